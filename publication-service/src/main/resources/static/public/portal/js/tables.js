// The nine tables laid out as published, from the recomputed tables (rows and cells in the order the replay gives)
// and, when given, the template (column labels, row labels and which columns a line has). Shared by the bureau's
// department page and the public page; amounts stay the decimal strings they are.
import { el } from './dom.js';

/** The cell's stable id, as findings name cells: "T1:27:1". */
export function cellId(table, row, column) {
  return `${table}:${row}:${column}`;
}

function numeric(a, b) {
  const na = Number(a), nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : String(a).localeCompare(String(b));
}

/** Template table (or null) + recomputed table -> {columns:[{key,label}], rows:[{key,label,code,columns:Set|null}]} */
function layout(recomputed, templateTable) {
  const cells = recomputed.cells || [];
  const rowOrder = [];
  const names = new Map();
  for (const c of cells) {
    if (!names.has(c.row)) { rowOrder.push(c.row); names.set(c.row, c.name || ''); }
  }
  let columns;
  if (templateTable && templateTable.columns) {
    columns = templateTable.columns.map(c => ({ key: String(c.key), label: c.label || '' }));
  } else if (recomputed.columns) {
    columns = recomputed.columns.map(c => (typeof c === 'string' ? { key: c, label: '' } : { key: String(c.key), label: c.label || '' }));
  } else {
    columns = [...new Set(cells.map(c => String(c.column)))].sort(numeric).map(k => ({ key: k, label: '' }));
  }
  const listed = new Map((templateTable && templateTable.rows ? templateTable.rows : []).map(r => [String(r.key), r]));
  const subjects = templateTable && /SUBJECT/.test(templateTable.rowKind || '');
  const rows = [];
  const seen = new Set();
  const add = key => {
    if (seen.has(key)) return;
    seen.add(key);
    const t = listed.get(key);
    const isCode = /^\d{3,}$/.test(key);
    rows.push({
      key,
      label: (t && t.label) || names.get(key) || (key === 'total' ? '合计' : ''),
      code: isCode ? key : '',
      columns: t && t.columns ? new Set(t.columns.map(String)) : null,
      listed: !!t,
    });
  };
  // lines and fixed rows of the template are printed even when empty; subject codes only as stated
  if (templateTable && !subjects) for (const key of listed.keys()) add(key);
  for (const key of rowOrder) add(key);
  if (templateTable && subjects) for (const key of listed.keys()) if (!seen.has(key)) add(key);
  return { columns, rows, subjects: subjects || rows.some(r => r.code) };
}

/** Rows split in two sides (表1: 收入 | 支出) when the template gives each line exactly one of two column sets. */
function sides(rows) {
  const groups = [];
  for (const r of rows) {
    if (!r.columns) return null;
    const key = [...r.columns].join(',');
    let g = groups.find(x => x.key === key);
    if (!g) {
      if (groups.length && groups[groups.length - 1].key !== key && groups.some(x => x.key === key)) return null;
      g = { key, rows: [] };
      groups.push(g);
    }
    g.rows.push(r);
  }
  return groups.length === 2 ? groups : null;
}

function valueCell(tableId, row, column, byKey, decorate) {
  const c = byKey.get(row.key + '\u0000' + column.key);
  const td = el('td', { class: 'amount', 'data-cell': cellId(tableId, row.key, column.key) });
  if (c) {
    const shown = c.stated ?? c.computed ?? '';
    td.textContent = shown;
    if (c.stated == null && c.computed != null) td.classList.add('cell-derived');
    if (c.stated != null && c.computed != null && c.stated !== c.computed) {
      td.classList.add('cell-differs');
      td.title = `填报 ${c.stated}，复算 ${c.computed}` + (c.computedFrom ? `（${c.computedFrom}）` : '');
    } else if (c.computedFrom) {
      td.title = `= ${c.computedFrom}`;
    }
  }
  if (decorate) decorate(td, c);
  return td;
}

function header(columns, leading) {
  const tr = el('tr');
  for (const h of leading) tr.append(el('th', { text: h }));
  for (const c of columns) tr.append(el('th', { 'data-column': c.key }, el('span', { class: 'col-label', text: c.label }), el('span', { class: 'col-no', text: c.key + (/^\d+$/.test(c.key) ? '栏' : '') })));
  return el('thead', {}, tr);
}

/**
 * Renders one table into a <section data-table="T1">.
 * @param decorate optional (td, recomputedCell|undefined) => void, e.g. to mark cells with findings
 */
export function renderTable(recomputed, templateTable, decorate) {
  const tableId = recomputed.table;
  const { columns, rows, subjects } = layout(recomputed, templateTable);
  const byKey = new Map((recomputed.cells || []).map(c => [c.row + '\u0000' + c.column, c]));
  const number = templateTable && templateTable.number ? templateTable.number : tableId.replace(/^T/, '');
  const title = recomputed.title || (templateTable && templateTable.title) || tableId;
  const section = el('section', { class: 'report-table', 'data-table': tableId, id: 'table-' + tableId },
    el('h3', { text: `表${number} ${title}` }));
  const table = el('table', { class: 'report' });
  const two = !subjects ? sides(rows) : null;
  if (two) {
    const [left, right] = two;
    const leftCols = columns.filter(c => left.key.split(',').includes(c.key));
    const rightCols = columns.filter(c => right.key.split(',').includes(c.key));
    const tr = el('tr');
    for (const cols of [leftCols, rightCols]) {
      tr.append(el('th', { text: '项目' }), el('th', { text: '行次' }));
      for (const c of cols) tr.append(el('th', { 'data-column': c.key, text: c.label }));
    }
    table.append(el('thead', {}, tr));
    const body = el('tbody');
    for (let i = 0; i < Math.max(left.rows.length, right.rows.length); i++) {
      const line = el('tr');
      for (const [side, cols] of [[left.rows[i], leftCols], [right.rows[i], rightCols]]) {
        if (side) {
          line.append(el('td', { class: 'label', text: side.label }), el('td', { class: 'line-no', text: side.key }));
          for (const c of cols) line.append(valueCell(tableId, side, c, byKey, decorate));
        } else {
          line.append(el('td'), el('td'));
          for (const _ of cols) line.append(el('td'));
        }
      }
      body.append(line);
    }
    table.append(body);
  } else {
    table.append(header(columns, subjects ? ['科目编码', '科目名称'] : ['项目', '行次']));
    const body = el('tbody');
    for (const r of rows) {
      const level = r.code ? (r.code.length <= 3 ? 'class' : r.code.length <= 5 ? 'section' : 'item') : (r.key === 'total' ? 'total' : '');
      const tr = el('tr', { 'data-row': r.key, class: level ? 'row-' + level : null });
      if (subjects) tr.append(el('td', { class: 'code', text: r.code }), el('td', { class: 'label', text: r.label }));
      else tr.append(el('td', { class: 'label', text: r.label }), el('td', { class: 'line-no', text: r.listed || /^\d{1,3}$/.test(r.key) ? r.key : '' }));
      for (const c of columns) {
        if (r.columns && !r.columns.has(c.key)) tr.append(el('td', { class: 'na' }));
        else tr.append(valueCell(tableId, r, c, byKey, decorate));
      }
      body.append(tr);
    }
    table.append(body);
  }
  if (!(recomputed.cells || []).length) section.append(el('p', { class: 'empty', text: '本表无数据。' }));
  section.append(table);
  return section;
}

/** All tables, in the template's order when there is one. */
export function renderTables(container, recomputedTables, template, decorate) {
  container.replaceChildren();
  const byId = new Map((template && template.tables ? template.tables : []).map(t => [t.id, t]));
  const ids = template && template.tables ? template.tables.map(t => t.id) : [];
  const given = new Map((recomputedTables || []).map(t => [t.table, t]));
  for (const t of recomputedTables || []) if (!ids.includes(t.table)) ids.push(t.table);
  for (const id of ids) {
    const recomputed = given.get(id) || { table: id, title: byId.get(id) && byId.get(id).title, cells: [] };
    container.append(renderTable(recomputed, byId.get(id) || null, decorate));
  }
}

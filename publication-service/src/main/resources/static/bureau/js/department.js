// One department's year for review: the nine tables as recomputed, each cell with a finding marked and linked to
// it, the findings with their arithmetic, any cell's history, the four charts, and approve / return / publish
// (each names the version read, so a decision is never taken on a stale page).
import { ApiError, getJson, param, postJson } from './api.js';
import { displayStatus, formatTime, statusLabel } from './status.js';
import { showSession } from './session.js';
import { cellId, renderTables } from '/public/portal/js/tables.js';
import { renderCharts } from '/public/portal/js/charts.js';
import { renderEvaluations } from '/public/portal/js/evaluations.js';
import { el } from '/public/portal/js/dom.js';

const $ = id => document.getElementById(id);
const dept = param('dept', '');
const year = param('year', '');
const asOf = param('asOf', '');
const base = `/api/v1/read-models/${encodeURIComponent(dept)}/${encodeURIComponent(year)}`;
const pageOf = extra => `department.html?dept=${encodeURIComponent(dept)}&year=${encodeURIComponent(year)}${extra}`;
const state = { model: null, template: null, templateVersion: null, findingsByCell: new Map(), pending: null };

const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
const RANK = { ERROR: 3, WARNING: 2, INFO: 1 };
const EVENT_NAMES = {
  SubmissionOpened: '开始填报', FiguresReported: '填报数字', FiguresWithdrawn: '撤回数字', FiguresCorrected: '更正数字',
  NarrativeReported: '填报情况说明', PerformanceEvaluationReported: '填报绩效自评', SubmissionSubmitted: '提交',
  SubmissionWithdrawn: '撤回提交', SubmissionApproved: '审核通过', SubmissionReturned: '退回', SubmissionPublished: '公开',
  SubmissionReopened: '重新打开更正',
};

function showMessage(id, text, kind, details = []) {
  const p = $(id);
  p.hidden = !text;
  p.className = 'message ' + (kind || '');
  p.replaceChildren(text || '');
  if (details.length) p.append(el('ul', {}, ...details.map(d => el('li', { text: d }))));
}

/** What a problem+json lists beside its detail (the offending fields, the ERROR findings of a refused approval). */
function problemDetails(problem) {
  // the errors name each finding with its cells already; the findings themselves only when there are no errors
  const list = (problem.errors && problem.errors.length) ? problem.errors : (problem.findings || []);
  return list.map(x => (typeof x === 'string' ? x
    : x.ruleId ? `${x.ruleId}：${x.message}` : x.message || x.detail || x.reason || JSON.stringify(x)));
}

function cellLabel(c) {
  if (/^T\d+$/.test(c.table)) return `表${c.table.substring(1)} ${c.row}${/^\d{1,2}$/.test(c.row) ? '行' : ''} ${c.column}栏`;
  if (c.table === 'narrative') return `情况说明 ${c.row}`;
  if (c.table === 'evaluation') return `绩效自评 ${c.row} ${c.column}`;
  return `${c.table} ${c.row} ${c.column}`;
}

function tablesOf(model) {
  return model.tables || (model.validation && model.validation.tables) || [];
}

function countsOf(validation) {
  if (!validation) return null;
  const c = validation.counts || validation;
  return { errors: c.errors ?? 0, warnings: c.warnings ?? 0, infos: c.infos ?? 0 };
}

function indexFindings(findings) {
  const map = new Map();
  findings.forEach((f, i) => {
    for (const c of f.cells || []) {
      if (c.fiscalYear && String(c.fiscalYear) !== String(year)) continue;
      const key = cellId(c.table, c.row, c.column);
      if (!map.has(key)) map.set(key, []);
      if (!map.get(key).includes(i)) map.get(key).push(i);
    }
  });
  return map;
}

function focusCell(key) {
  // a narrative or self-evaluation cell is shown as its whole section: the closest element names its first two parts
  const [table, row] = key.split(':');
  const td = document.querySelector(`[data-cell="${CSS.escape(key)}"]`)
    || document.querySelector(`[data-cell^="${CSS.escape(`${table}:${row}:`)}"]`);
  if (!td) return;
  document.querySelectorAll('.cell-focus').forEach(e => e.classList.remove('cell-focus'));
  td.classList.add('cell-focus');
  td.scrollIntoView({ block: 'center', inline: 'center' });
}

function focusFinding(index) {
  const li = $('finding-' + index);
  if (!li) return;
  document.querySelectorAll('.finding-focus').forEach(e => e.classList.remove('finding-focus'));
  li.classList.add('finding-focus');
  li.scrollIntoView({ block: 'nearest' });
}

function findingItem(f, i, idPrefix = 'finding-') {
  const li = el('li', { id: idPrefix ? idPrefix + i : null, class: 'finding severity-' + f.severity, 'data-finding': String(i),
    'data-severity': f.severity, 'data-rule': f.ruleId });
  li.append(el('span', { class: 'severity', text: SEVERITY[f.severity] || f.severity }), ' ',
    el('code', { class: 'rule', text: f.ruleId }), ' ', el('span', { class: 'finding-message', text: f.message }));
  if (f.expected != null || f.actual != null || f.difference != null) {
    const math = el('div', { class: 'arithmetic' });
    if (f.expected != null) math.append(el('span', { class: 'expected', text: `应为 ${f.expected}` }));
    if (f.actual != null) math.append(el('span', { class: 'actual', text: `实为 ${f.actual}` }));
    if (f.difference != null) math.append(el('span', { class: 'difference', text: `差额 ${f.difference}` }));
    li.append(math);
  }
  if ((f.cells || []).length) {
    const cells = el('div', { class: 'finding-cells' }, '涉及：');
    for (const c of f.cells) {
      const other = c.fiscalYear && String(c.fiscalYear) !== String(year);
      const key = cellId(c.table, c.row, c.column);
      const text = (other ? `${c.fiscalYear}年 ` : '') + cellLabel(c) + (c.value != null ? ` = ${c.value}` : '');
      if (other) {
        cells.append(el('span', { class: 'finding-cell other-year', text }));
      } else {
        const a = el('a', { href: '#', class: 'finding-cell', 'data-target-cell': key, text });
        a.addEventListener('click', e => { e.preventDefault(); focusCell(key); });
        cells.append(a);
      }
    }
    li.append(cells);
  }
  return li;
}

function renderFindings(model) {
  const v = model.validation;
  const findings = (v && v.findings) || [];
  const list = $('findings');
  list.replaceChildren();
  const order = findings.map((f, i) => i).sort((a, b) => (RANK[findings[b].severity] || 0) - (RANK[findings[a].severity] || 0) || a - b);
  for (const i of order) list.append(findingItem(findings[i], i));
  const counts = countsOf(v);
  if (!v) {
    $('findings-summary').textContent = '（尚未校验）';
  } else {
    const stale = v.current === false
      || (v.current === undefined && v.basedOnSequence != null && model.version != null && Number(v.basedOnSequence) !== Number(model.version) - 1);
    $('findings-summary').textContent = `（错误 ${counts.errors}，警告 ${counts.warnings}，提示 ${counts.infos}；校验的是第 ${Number(v.basedOnSequence) + 1} 版`
      + (stale ? `，最新为第 ${model.version} 版，新的校验尚未完成` : '') + '）';
    $('findings-summary').dataset.stale = String(stale);
  }
  if (!findings.length) list.append(el('li', { class: 'finding none', text: v ? '没有发现问题。' : '校验结果还没有到达。' }));
}

function decorate(td) {
  const key = td.dataset.cell;
  const indices = state.findingsByCell.get(key);
  const findings = (state.model.validation && state.model.validation.findings) || [];
  if (indices && indices.length) {
    const worst = indices.map(i => findings[i].severity).sort((a, b) => (RANK[b] || 0) - (RANK[a] || 0))[0];
    td.classList.add(worst === 'ERROR' ? 'cell-error' : worst === 'WARNING' ? 'cell-warning' : 'cell-info');
    td.dataset.findings = indices.join(' ');
  }
  td.tabIndex = 0;
  td.addEventListener('click', () => {
    focusCell(key);
    if (indices && indices.length) focusFinding(indices[0]);
    showHistory(key);
  });
}

async function showHistory(key) {
  const [table, row, column] = key.split(':');
  const panel = $('cell-history');
  panel.hidden = false;
  panel.dataset.cell = key;
  $('cell-history-cell').textContent = cellLabel({ table, row, column });
  const body = panel.querySelector('tbody');
  body.replaceChildren(el('tr', {}, el('td', { colspan: '6', text: '读取中……' })));
  const findings = (state.model.validation && state.model.validation.findings) || [];
  const related = $('cell-history-findings');
  related.replaceChildren(...(state.findingsByCell.get(key) || []).map(i => {
    const li = el('li', {}, el('a', { href: '#finding-' + i, class: 'to-finding', 'data-finding': String(i),
      text: `${SEVERITY[findings[i].severity] || ''} ${findings[i].ruleId}：${findings[i].message}` }));
    li.firstChild.addEventListener('click', e => { e.preventDefault(); focusFinding(i); });
    return li;
  }));
  try {
    const entries = await getJson(`${base}/cells/${encodeURIComponent(table)}/${encodeURIComponent(row)}/${encodeURIComponent(column)}/history`);
    if (panel.dataset.cell !== key) return;
    body.replaceChildren();
    for (const h of entries || []) {
      body.append(el('tr', { 'data-sequence': String(h.sequence) },
        el('td', { text: String(h.sequence) }), el('td', { text: formatTime(h.timestamp) }), el('td', { class: 'actor', text: h.actor || '' }),
        el('td', { text: EVENT_NAMES[h.type] || h.type }), el('td', { class: 'from amount', text: h.from ?? '（空）' }),
        el('td', { class: 'to amount', text: h.to ?? '（空）' })));
    }
    if (!(entries || []).length) body.append(el('tr', {}, el('td', { colspan: '6', text: '这个单元格没有填报记录（是复算得到的合计或未填）。' })));
  } catch (e) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: '6', text: e.message })));
  }
}

function renderReview(model, review) {
  const history = model.reviewHistory || (review && review.reviewHistory) || (review && review.history) || [];
  const names = { SubmissionApproved: '审核通过', SubmissionReturned: '退回', SubmissionPublished: '公开', SubmissionReopened: '重新打开更正', SubmissionSubmitted: '提交', SubmissionWithdrawn: '撤回提交',
    APPROVED: '审核通过', RETURNED: '退回', PUBLISHED: '公开', REOPENED: '重新打开', SUBMITTED: '提交' };
  $('review-history').replaceChildren(...history.map(h => el('li', { 'data-type': h.type },
    `${formatTime(h.at || h.timestamp)} ${h.actor || ''} ${names[h.type] || h.type}（第 ${h.version ?? '?'} 版）`,
    (h.reasons && h.reasons.length) ? el('div', { class: 'reasons', text: '原因：' + h.reasons.join('；') }) : null,
    h.comment ? el('div', { class: 'comment', text: (h.type === 'SubmissionReopened' ? '说明：' : '意见：') + h.comment }) : null)));
  if (!history.length) $('review-history').append(el('li', { class: 'muted', text: '暂无审核记录' }));
  const published = model.publishedVersions || (review && review.publishedVersions) || [];
  $('published-versions').replaceChildren(...published.map(p => {
    const n = p.publishedVersion ?? p;
    return el('li', { 'data-published-version': String(n) },
      el('a', { href: `/public/portal/?year=${encodeURIComponent(year)}&dept=${encodeURIComponent(dept)}&version=${n}`, target: '_blank', text: `公开第 ${n} 版` }),
      p.publishedAt ? ` ${formatTime(p.publishedAt)} ${p.publishedBy || ''}` : '');
  }));
  if (!published.length) $('published-versions').append(el('li', { class: 'muted', text: '尚未公开' }));
  const status = model.status;
  $('approve').disabled = status !== 'SUBMITTED';
  $('return').disabled = status !== 'SUBMITTED';
  $('publish').disabled = status !== 'APPROVED';
}

/** 表1's totals and 表3's classes beside last year's, when the platform holds last year's submission. */
function renderYearOnYear(model) {
  const yoy = model.validation && model.validation.yearOnYear;
  $('year-on-year-section').hidden = !(yoy && (yoy.lines || []).length);
  if (!yoy) return;
  $('year-on-year-source').textContent = `（${yoy.previousFiscalYear} 年度：${yoy.previousSource || ''}）`;
  $('year-on-year').querySelector('tbody').replaceChildren(...(yoy.lines || []).map(l => {
    const key = cellId(l.table, l.row, l.column);
    const link = el('a', { href: '#', 'data-target-cell': key, text: l.label });
    link.addEventListener('click', e => { e.preventDefault(); focusCell(key); });
    return el('tr', { 'data-cell-ref': key }, el('td', {}, link), el('td', { class: 'amount', text: l.current ?? '' }),
      el('td', { class: 'amount', text: l.previous ?? '' }), el('td', { class: 'amount', text: l.change ?? '' }),
      el('td', { class: 'amount', text: l.rate != null ? `${l.rate}%` : '' }));
  }));
}

/** The narrative's sections and the self-evaluations a finding points at are marked like table cells. */
function markSections() {
  const findings = (state.model.validation && state.model.validation.findings) || [];
  for (const [key, indices] of state.findingsByCell) {
    const [table, row] = key.split(':');
    if (/^T\d+$/.test(table)) continue;
    const box = document.querySelector(`#narrative [data-cell^="${CSS.escape(`${table}:${row}:`)}"], #evaluations [data-cell^="${CSS.escape(`${table}:${row}:`)}"]`);
    if (!box) continue;
    const worst = indices.map(i => findings[i].severity).sort((a, b) => (RANK[b] || 0) - (RANK[a] || 0))[0];
    box.classList.add(worst === 'ERROR' ? 'cell-error' : worst === 'WARNING' ? 'cell-warning' : 'cell-info');
    const marked = new Set((box.dataset.findings || '').split(' ').filter(Boolean).concat(indices.map(String)));
    box.dataset.findings = [...marked].join(' ');
    box.addEventListener('click', () => focusFinding(indices[0]));
  }
}

/** The stream's steps, each a link to the document as it stood right after it. */
function renderEvents(model) {
  const history = model.history || [];
  $('event-history').replaceChildren(...history.map(h => el('li', { 'data-sequence': String(h.sequence) },
    `${formatTime(h.timestamp)} ${h.actor || ''} ${EVENT_NAMES[h.type] || h.type} `,
    el('a', { href: pageOf(`&asOf=${Number(h.sequence) + 1}`), class: 'as-of-link', text: `查看第 ${Number(h.sequence) + 1} 版` }))));
  if (!history.length) $('event-history').append(el('li', { class: 'muted', text: '暂无记录' }));
}

function renderNarrative(model) {
  const sections = (model.narrative && model.narrative.sections) || [];
  $('narrative').replaceChildren(...sections.map(s => el('section', { 'data-cell': cellId('narrative', s.id, 'text') },
    el('h3', { text: s.title || s.id }), el('p', { text: s.text || '' }))));
  if (!sections.length) $('narrative').append(el('p', { class: 'muted', text: '尚未填报情况说明。' }));
}

async function templateOf(version) {
  if (!version) return null;
  if (state.templateVersion === version) return state.template;
  try {
    state.template = await getJson(`/api/v1/templates/${encodeURIComponent(version)}`);
  } catch (e) {
    state.template = null;
  }
  state.templateVersion = version;
  return state.template;
}

async function load() {
  let model;
  try {
    model = await getJson(asOf ? `${base}?asOf=${encodeURIComponent(asOf)}` : base);
  } catch (e) {
    showMessage('department-message', e instanceof ApiError ? e.message : '无法读取：' + e.message, 'error');
    return;
  }
  const [template, review] = await Promise.all([
    templateOf(model.templateVersion),
    getJson(`/api/v1/reviews/${encodeURIComponent(dept)}/${encodeURIComponent(year)}`).catch(() => null),
  ]);
  state.model = model;
  state.review = review;
  const counts = countsOf(model.validation);
  const display = displayStatus(model.status, counts ? counts.errors : 0);
  const main = $('department');
  main.dataset.dept = model.departmentCode || dept;
  main.dataset.year = String(model.fiscalYear || year);
  main.dataset.version = String(model.version);
  main.dataset.status = display;
  document.title = `${model.departmentName || dept} ${year} 年度 · 财政局看板`;
  $('department-name').textContent = `${model.departmentName || dept} ${model.fiscalYear || year} 年度部门决算`;
  $('department-code').textContent = model.departmentCode || dept;
  $('fiscal-year').textContent = String(model.fiscalYear || year);
  $('department-status').textContent = statusLabel(display);
  $('department-status').className = 'status status-' + display;
  $('department-status').dataset.status = display;
  $('department-version').textContent = String(model.version);
  $('template-version').textContent = model.templateVersion || '';
  $('validation-counts').textContent = counts ? `错误 ${counts.errors}，警告 ${counts.warnings}` : '尚未校验';
  state.findingsByCell = indexFindings((model.validation && model.validation.findings) || []);
  renderFindings(model);
  renderTables($('tables'), tablesOf(model), template, decorate);
  renderReview(model, review);
  renderYearOnYear(model);
  renderNarrative(model);
  renderEvaluations($('evaluations'), model.evaluations || []);
  markSections();
  renderEvents(model);
  renderCharts($('charts'), model.charts || {});
  if (location.hash && !state.scrolled) {
    // a link to one table (#table-T3) or finding (#finding-2) opens there once the page is drawn
    state.scrolled = true;
    const target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (target) target.scrollIntoView();
  }
  if (asOf) {
    // a past version is for reading: decisions are taken on the latest one
    const banner = $('as-of-banner');
    banner.hidden = false;
    banner.replaceChildren(`这是 ${/^\d+$/.test(asOf) ? `第 ${asOf} 版` : formatTime(asOf)} 时的样子（只读）。`,
      el('a', { id: 'as-of-latest', href: pageOf(''), text: '回到最新版本' }));
    ['approve', 'return', 'publish'].forEach(id => { $(id).disabled = true; });
  }
}

async function decide(action, body, done) {
  const buttons = ['approve', 'return', 'publish'].map($);
  buttons.forEach(b => { b.disabled = true; });
  try {
    const outcome = await postJson(`/api/v1/reviews/${encodeURIComponent(dept)}/${encodeURIComponent(year)}/${action}`,
      { version: state.model.version, ...body });
    showMessage('review-message', done + (outcome && outcome.version != null ? `（现为第 ${outcome.version} 版）` : ''), 'ok');
    await load();
    return true;
  } catch (e) {
    showMessage('review-message', e instanceof ApiError ? e.message : '操作失败：' + e.message, 'error',
      e instanceof ApiError ? problemDetails(e.problem) : []);
    if (state.model) renderReview(state.model, state.review);
    return false;
  }
}

function setupReview() {
  $('approve').addEventListener('click', () => {
    const comment = $('approve-comment').value.trim();
    decide('approve', comment ? { comment } : {}, '已审核通过。');
  });
  $('return').addEventListener('click', () => {
    const reasons = $('return-reason').value.split('\n').map(s => s.trim()).filter(Boolean);
    if (!reasons.length) {
      showMessage('review-message', '请填写退回原因：部门会看到它。', 'error');
      $('return-reason').focus();
      return;
    }
    decide('return', { reasons }, '已退回部门。').then(ok => { if (ok) $('return-reason').value = ''; });
  });
  $('publish').addEventListener('click', () => decide('publish', {}, '已公开。'));
  $('cell-history-close').addEventListener('click', () => { $('cell-history').hidden = true; });
}

function listen() {
  if (!year || asOf) return;
  const source = new EventSource(`/api/v1/overview/${encodeURIComponent(year)}/events`);
  source.addEventListener('change', event => {
    let change = {};
    try { change = JSON.parse(event.data); } catch (e) { /* fetch again anyway */ }
    if (change.departmentCode && change.departmentCode !== dept) return;
    clearTimeout(state.pending);
    state.pending = setTimeout(load, 250);
  });
}

$('back').href = `./?year=${encodeURIComponent(year)}`;
setupReview();
showSession();
if (!dept || !year) {
  showMessage('department-message', '请从看板选择部门（地址需要 dept 与 year 参数）。', 'error');
} else {
  load();
  listen();
}

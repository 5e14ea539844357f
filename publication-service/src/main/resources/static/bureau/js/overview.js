// The year's overview: every department with its status and counts, filters, the district aggregation with its
// chart, and live updates: each `change` of the year's event stream fetches the overview again (no reload).
import { ApiError, getJson, param } from './api.js';
import { STATUSES, displayStatus, formatTime, statusLabel } from './status.js';
import { showSession } from './session.js';
import { renderBars } from '/public/portal/js/charts.js';

const $ = id => document.getElementById(id);
const state = { year: null, over: 'all', overview: null, source: null, pending: null, changed: new Set() };

function td(text, attrs = {}) {
  const e = document.createElement('td');
  e.textContent = text ?? '';
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** Without ?year=, the latest year any department has opened (else last year): the one a reviewer is working on. */
async function defaultYear() {
  const thisYear = new Date().getFullYear();
  for (let y = thisYear; y >= FIRST_YEAR; y--) {
    try {
      const overview = await getJson(`/api/v1/overview/${y}`);
      if ((overview.departments || []).some(d => displayStatus(d.status, d.errors) !== 'NOT_OPENED')) return y;
    } catch (e) {
      // a year without a template answers 4xx: look further back
    }
  }
  return thisYear - 1;
}

const FIRST_YEAR = 2018;

function setupControls(year) {
  const thisYear = new Date().getFullYear();
  const years = new Set([year]);
  for (let y = FIRST_YEAR; y <= thisYear; y++) years.add(y);
  for (const y of [...years].sort((a, b) => b - a)) {
    const o = new Option(`${y} 年度`, String(y));
    $('year').append(o);
  }
  $('year').value = String(year);
  state.year = year;
  for (const s of STATUSES) $('filter-status').append(new Option(s.label, s.key));
  $('filter-status').value = param('status', '');
  $('year').addEventListener('change', () => {
    state.year = Number($('year').value);
    const url = new URL(location.href);
    url.searchParams.set('year', String(state.year));
    history.replaceState(null, '', url);
    load();
    listen();
  });
  for (const id of ['filter-status', 'filter-errors', 'filter-name']) {
    $(id).addEventListener('input', renderDepartments);
    $(id).addEventListener('change', renderDepartments);
  }
  $('aggregation-over').addEventListener('change', () => {
    state.over = $('aggregation-over').value;
    load();
  });
}

async function load() {
  try {
    const overview = await getJson(`/api/v1/overview/${state.year}?over=${encodeURIComponent(state.over)}`);
    state.overview = overview;
    $('overview-message').hidden = true;
    renderDepartments();
    renderAggregation(overview.aggregation);
  } catch (e) {
    $('overview-message').hidden = false;
    $('overview-message').textContent = e instanceof ApiError ? e.message : '无法读取区级总览：' + e.message;
  }
}

function matches(d, filter) {
  if (filter.status && d.display !== filter.status) return false;
  if (filter.errors && !(d.errors > 0)) return false;
  if (filter.name) {
    const q = filter.name.toLowerCase();
    return (d.departmentName || '').toLowerCase().includes(q) || (d.departmentCode || '').toLowerCase().includes(q);
  }
  return true;
}

function renderDepartments() {
  if (!state.overview) return;
  const departments = (state.overview.departments || []).map(d => ({ ...d, display: displayStatus(d.status, d.errors) }));
  const filter = { status: $('filter-status').value, errors: $('filter-errors').checked, name: $('filter-name').value.trim() };
  const body = $('overview-table').querySelector('tbody');
  body.replaceChildren();
  const shown = departments.filter(d => matches(d, filter));
  for (const d of shown) {
    const tr = document.createElement('tr');
    tr.dataset.dept = d.departmentCode;
    tr.dataset.status = d.display;
    if (state.changed.has(d.departmentCode)) tr.classList.add('updated');
    tr.append(td(d.departmentCode, { class: 'code' }), td(d.departmentName, { class: 'name' }));
    const status = td(statusLabel(d.display), { class: 'status status-' + d.display, 'data-status': d.display });
    tr.append(status);
    tr.append(td(d.errors ?? '—', { class: 'errors' + (d.errors > 0 ? ' has-errors' : ''), 'data-errors': d.errors ?? '' }));
    tr.append(td(d.warnings ?? '—', { class: 'warnings', 'data-warnings': d.warnings ?? '' }));
    tr.append(td(d.version || '', { class: 'version' }));
    const open = document.createElement('td');
    if (d.display !== 'NOT_OPENED') {
      const a = document.createElement('a');
      a.href = `department.html?dept=${encodeURIComponent(d.departmentCode)}&year=${state.year}`;
      a.className = 'open-department';
      a.textContent = '查看';
      open.append(a);
    }
    tr.append(open);
    body.append(tr);
  }
  $('overview-count').textContent = `（显示 ${shown.length} / 共 ${departments.length} 个部门）`;
  const summary = $('status-summary');
  summary.replaceChildren();
  for (const s of STATUSES) {
    const n = departments.filter(d => d.display === s.key).length;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'status-count status-' + s.key;
    b.dataset.status = s.key;
    b.textContent = `${s.label} ${n}`;
    b.addEventListener('click', () => {
      $('filter-status').value = $('filter-status').value === s.key ? '' : s.key;
      renderDepartments();
    });
    summary.append(b);
  }
}

function columnKeys(rows) {
  const keys = new Set();
  for (const r of rows) for (const k of Object.keys(r.columns || {})) keys.add(k);
  return [...keys].sort((a, b) => Number(a) - Number(b));
}

function renderClassTable(table, rows, unit) {
  const keys = columnKeys(rows);
  const head = document.createElement('tr');
  for (const h of ['科目编码', '科目名称', '级次', ...keys.map(k => k + '栏')]) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  table.querySelector('thead').replaceChildren(head);
  const body = table.querySelector('tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = document.createElement('tr');
    tr.dataset.code = r.code;
    tr.className = r.level === '类' ? 'row-class' : 'row-section';
    tr.append(td(r.code, { class: 'code' }), td(r.name), td(r.level));
    for (const k of keys) tr.append(td((r.columns || {})[k] ?? '', { class: 'amount' }));
    body.append(tr);
  }
  if (!rows.length) {
    const tr = document.createElement('tr');
    tr.append(td('无数据', { colspan: 3 }));
    body.append(tr);
  }
}

function renderAggregation(aggregation) {
  const a = aggregation || {};
  const unit = a.unit || '万元';
  const codes = a.departmentCodes || [];
  $('aggregation-departments').textContent = `（${codes.length} 个部门，单位：${unit}）`;
  $('aggregation').dataset.over = a.over || state.over;
  const body = $('aggregation-table1').querySelector('tbody');
  body.replaceChildren();
  for (const r of a.table1 || []) {
    const tr = document.createElement('tr');
    tr.dataset.row = r.row;
    tr.append(td(r.row), td(r.name), td(r.amount, { class: 'amount' }));
    body.append(tr);
  }
  const table3 = a.table3 || [];
  renderClassTable($('aggregation-table3'), table3, unit);
  renderClassTable($('aggregation-table6'), a.table6 || [], unit);
  const classes = table3.filter(r => r.level === '类').map(r => ({ name: `${r.code} ${r.name}`, value: (r.columns || {})['1'] }));
  renderBars($('aggregation-chart'), `表3 本年支出合计（按类，${unit}）`, classes);
}

/** Re-fetches soon after a change; several changes in a burst fetch once. */
function scheduleReload() {
  clearTimeout(state.pending);
  state.pending = setTimeout(load, 250);
}

function listen() {
  if (state.source) state.source.close();
  const source = new EventSource(`/api/v1/overview/${state.year}/events`);
  state.source = source;
  const live = $('live-status');
  source.onopen = () => { live.dataset.state = 'open'; live.textContent = '实时更新：已连接'; };
  source.onerror = () => { live.dataset.state = 'retrying'; live.textContent = '实时更新：连接中断，正在重连……'; };
  source.addEventListener('change', event => {
    let change = {};
    try { change = JSON.parse(event.data); } catch (e) { /* a change without data still means: fetch again */ }
    if (change.departmentCode) {
      state.changed.add(change.departmentCode);
      $('last-change').textContent = `最近更新：${change.departmentCode}（${formatTime(new Date().toISOString())}）`;
      $('last-change').dataset.dept = change.departmentCode;
    }
    scheduleReload();
  });
}

showSession();
(async () => {
  const asked = Number(param('year', ''));
  setupControls(Number.isInteger(asked) && asked > 0 ? asked : await defaultYear());
  load();
  listen();
})();

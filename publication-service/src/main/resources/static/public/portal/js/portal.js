// A portal's view of one published department, built only from the public JSON (/public/v1/final-accounts/…):
// the narrative, the nine tables, the charts, the self-evaluations and the list of published versions.
// Without a department it lists the year's published departments.
import { renderTables } from './tables.js';
import { renderCharts } from './charts.js';
import { renderEvaluations } from './evaluations.js';
import { el } from './dom.js';

const $ = id => document.getElementById(id);
const query = new URLSearchParams(location.search);
const year = query.get('year') || String(new Date().getFullYear() - 1);
const dept = query.get('dept') || '';
const version = query.get('version') || '';
const api = `/public/v1/final-accounts/${encodeURIComponent(year)}`;

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && (body.detail || body.title)) || `无法读取（HTTP ${response.status}）`);
  }
  return body;
}

function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const k of keys) if (body && Array.isArray(body[k])) return body[k];
  return [];
}

function fail(message) {
  $('portal-message').hidden = false;
  $('portal-message').className = 'message error';
  $('portal-message').textContent = message;
}

function renderNarrative(narrative) {
  const sections = (narrative && narrative.sections) || [];
  $('narrative').replaceChildren(...sections.map(s => el('section', { 'data-section': s.id },
    el('h3', { text: s.title || '' }), el('p', { text: s.text || '' }))));
  if (!sections.length) $('narrative').append(el('p', { class: 'muted', text: '无情况说明。' }));
}

function renderVersions(versions, shown) {
  const list = $('versions');
  list.replaceChildren();
  for (const v of versions) {
    const n = v.publishedVersion ?? v.version ?? v;
    const li = el('li', { 'data-published-version': String(n), class: String(n) === String(shown) ? 'current' : null },
      el('a', { href: `?year=${encodeURIComponent(year)}&dept=${encodeURIComponent(dept)}&version=${n}`, text: `第 ${n} 版` }),
      v.publishedAt ? `　公开于 ${String(v.publishedAt).replace('T', ' ').replace(/\.\d+/, '').replace('Z', '')}` : '');
    list.append(li);
  }
  if (!versions.length) list.append(el('li', { class: 'muted', text: '无' }));
}

async function showDepartment() {
  const path = `${api}/${encodeURIComponent(dept)}` + (version ? `/versions/${encodeURIComponent(version)}` : '');
  $('source-url').textContent = path;
  let doc;
  try {
    doc = await getJson(path);
  } catch (e) {
    fail(e.message);
    return;
  }
  const versions = await getJson(`${api}/${encodeURIComponent(dept)}/versions`).then(b => listOf(b, 'versions', 'items')).catch(() => []);
  // the column labels of the year's 表式, where the public API serves them; the tables number columns otherwise
  const template = doc.template || (doc.templateVersion
    ? await getJson(`/public/v1/templates/${encodeURIComponent(doc.templateVersion)}`).catch(() => null) : null);
  const name = doc.departmentName || dept;
  const shown = doc.publishedVersion ?? version;
  document.title = `${name} ${doc.fiscalYear || year} 年度部门决算`;
  $('portal-title').textContent = `${name} ${doc.fiscalYear || year} 年度部门决算`;
  $('portal-subtitle').textContent = (shown ? `第 ${shown} 版` : '') + (doc.publishedAt ? `，公开于 ${String(doc.publishedAt).replace('T', ' ').replace(/\.\d+/, '').replace('Z', '')}` : '');
  const main = $('portal');
  main.dataset.dept = doc.departmentCode || dept;
  main.dataset.year = String(doc.fiscalYear || year);
  main.dataset.version = String(shown || '');
  $('unit').textContent = `（单位：${doc.unit || '万元'}）`;
  $('document').hidden = false;
  renderNarrative(doc.narrative);
  renderTables($('tables'), doc.tables || [], template);
  renderCharts($('charts'), doc.charts || {});
  renderEvaluations($('evaluations'), doc.evaluations || doc.selfEvaluations || []);
  renderVersions(versions, shown);
}

async function showYear() {
  $('portal-title').textContent = `${year} 年度部门决算公开`;
  $('source-url').textContent = api;
  $('department-list-section').hidden = false;
  try {
    const departments = listOf(await getJson(api), 'departments', 'items', 'published');
    $('department-list').replaceChildren(...departments.map(d => el('li', { 'data-dept': d.departmentCode },
      el('a', { href: `?year=${encodeURIComponent(year)}&dept=${encodeURIComponent(d.departmentCode)}`, text: d.departmentName || d.departmentCode }))));
    if (!departments.length) $('department-list').append(el('li', { class: 'muted', text: '本年度还没有公开的部门决算。' }));
  } catch (e) {
    fail(e.message);
  }
}

if (dept) showDepartment(); else showYear();

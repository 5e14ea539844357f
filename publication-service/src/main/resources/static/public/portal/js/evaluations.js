// The performance self-evaluations (绩效自评) as published: each with its figures and its indicators. Each block
// carries data-cell="evaluation:<id>:" so that a finding about one of its fields can point at it.
import { el } from './dom.js';

export function renderEvaluations(box, evaluations) {
  box.replaceChildren();
  for (const e of evaluations || []) {
    const div = el('div', { class: 'evaluation', 'data-evaluation': e.evaluationId || '', 'data-cell': `evaluation:${e.evaluationId || ''}:` },
      el('h3', { text: `${e.scope === 'project' ? '项目' : '部门整体'}绩效自评：${e.name || ''}` }));
    const facts = [['预算数', e.budget], ['执行数', e.executed], ['执行率', e.rate], ['权重', e.weight], ['得分', e.score], ['总分', e.totalScore]]
      .filter(([, v]) => v != null && v !== '');
    if (facts.length) div.append(el('p', { text: facts.map(([k, v]) => `${k} ${v}`).join('　') }));
    const indicators = e.indicators || [];
    if (indicators.length) {
      const table = el('table', { class: 'grid' }, el('thead', {}, el('tr', {},
        ...['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'].map(h => el('th', { text: h })))));
      const body = el('tbody');
      for (const i of indicators) {
        body.append(el('tr', {}, ...[i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score].map(v => el('td', { text: v ?? '' }))));
      }
      table.append(body);
      div.append(table);
    }
    box.append(div);
  }
  if (!(evaluations || []).length) box.append(el('p', { class: 'muted', text: '无绩效自评。' }));
}

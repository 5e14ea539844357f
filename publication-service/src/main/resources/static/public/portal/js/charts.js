// The narrative's four charts with Apache ECharts (loaded by the page as the global `echarts`, from the webjar).
// A chart is {title, unit, items:[{name, value, previous?}]} or {title, unit, categories:[…], series:[{name, values:[…]}]};
// values are decimal strings: they become numbers only to be drawn.

export const CHART_TITLES = {
  incomeExpenditureTotals: '收支决算总计变动情况',
  incomeStructure: '收入决算结构',
  expenditureStructure: '支出决算结构',
  fiscalAppropriationTotals: '财政拨款收支决算总计变动情况',
};

function num(v) {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}

function seriesOf(chart) {
  const data = chart.series || chart.data;
  if (!Array.isArray(data)) return null;
  return data.map(s => ({ name: s.name, values: (s.values || s.data || []).map(v => (v && typeof v === 'object' ? v.value : v)) }));
}

/** The ECharts option of one chart, or null when it has nothing to draw. */
export function chartOption(key, chart) {
  if (!chart) return null;
  const title = chart.title || CHART_TITLES[key] || key;
  const unit = chart.unit ? `（${chart.unit}）` : '';
  const items = Array.isArray(chart.items) ? chart.items : null;
  if (items && items.length && /Structure/.test(key)) {
    return {
      title: { text: title + unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['30%', '60%'], data: items.map(i => ({ name: i.name, value: num(i.value) })) }],
    };
  }
  if (items && items.length && items.some(i => i.previous != null)) {
    // a change over the year: last year's bar beside this year's
    return {
      title: { text: title + unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: items.map(i => i.name) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: '上年', data: items.map(i => (i.previous == null ? null : num(i.previous))), label: { show: true, position: 'top' } },
        { type: 'bar', name: '本年', data: items.map(i => num(i.value)), label: { show: true, position: 'top' } },
      ],
    };
  }
  if (items && items.length) {
    return {
      title: { text: title + unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: items.map(i => i.name) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: items.map(i => num(i.value)), label: { show: true, position: 'top' } }],
    };
  }
  const series = seriesOf(chart);
  if (series && series.length) {
    const categories = chart.categories || chart.labels || series[0].values.map((_, i) => String(i + 1));
    return {
      title: { text: title + unit, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value' },
      series: series.map(s => ({ type: 'bar', name: s.name, data: s.values.map(num), label: { show: true, position: 'top' } })),
    };
  }
  return null;
}

/** Draws every chart of `charts` into `container` (one <div data-chart="key"> each). */
export function renderCharts(container, charts) {
  container.replaceChildren();
  const keys = Object.keys(CHART_TITLES).concat(Object.keys(charts || {}).filter(k => !(k in CHART_TITLES)));
  for (const key of keys) {
    const chart = charts ? charts[key] : null;
    const box = document.createElement('div');
    box.className = 'chart';
    box.id = 'chart-' + key;
    box.dataset.chart = key;
    container.append(box);
    const option = chartOption(key, chart);
    if (!option || typeof echarts === 'undefined') {
      box.classList.add('chart-empty');
      box.textContent = `${(chart && chart.title) || CHART_TITLES[key] || key}：无数据`;
      continue;
    }
    echarts.init(box, null, { renderer: 'svg' }).setOption(option);
    box.dataset.rendered = 'true';
  }
}

/** A bar chart of the district aggregation's 类 (or any [{name, value}]). */
export function renderBars(box, title, items) {
  if (typeof echarts === 'undefined') return;
  const existing = echarts.getInstanceByDom(box);
  const chart = existing || echarts.init(box, null, { renderer: 'svg' });
  chart.setOption({
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 20, bottom: 90 },
    xAxis: { type: 'category', data: items.map(i => i.name), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: items.map(i => num(i.value)) }],
  }, true);
  box.dataset.rendered = 'true';
}

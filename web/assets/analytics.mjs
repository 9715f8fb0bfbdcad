// The analyst dashboard: the reports of GET /v1/themes/stats as charts and tables, each
// figure opening the list of answers behind it.
import {
  api, bassinLabel, docLink, el, getLang, initPage, loadThemes, showError, t, themeLabel, themeList,
} from './common.mjs';
import { BASSIN_CODES } from './i18n.mjs';
import { PALETTE, lineChart, months, stackedBars } from './charts.mjs';

const $ = (id) => document.getElementById(id);
const TOP_THEMES = 5;
const TOP_PAIRS = 15;
const DRILL_PAGE = 20;
const BASSIN_COLORS = Object.fromEntries(BASSIN_CODES.map((b, i) => [b, PALETTE[i]]));

const data = {};                               // report name -> last body
const drill = { label: '', ids: [], shown: 0 };
let controller = null;

function filters() {
  return { from: $('from').value, to: $('to').value, bassin: $('bassin').value, theme: $('theme').value };
}

function query(report, extra = {}) {
  const f = filters();
  const p = new URLSearchParams({ report, ...extra });
  for (const k of ['from', 'to', 'bassin', 'theme']) {
    if (f[k]) p.set(k, f[k]);
  }
  return `/v1/themes/stats?${p}`;
}

// The filters live in the address, so a reload or a shared link shows the same figures.
function keepInAddress() {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(filters())) {
    if (v) p.set(k, v); else p.delete(k);
  }
  history.replaceState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
}

/** Shows the answers behind a figure: the first 20, then 20 more at a time. */
function select(label, ids) {
  Object.assign(drill, { label, ids: [...ids], shown: Math.min(DRILL_PAGE, ids.length) });
  renderDrill();
  $('drill-h').focus();
}

function renderDrill() {
  if (!drill.label) return;
  $('drill-label').textContent = t('drill_count', { label: drill.label, n: drill.ids.length });
  $('drill-list').replaceChildren(...drill.ids.slice(0, drill.shown).map((id) => el('li', {},
    docLink(id, id, { 'aria-label': t('open_answer', { id }) }))));
  $('drill-more').hidden = drill.shown >= drill.ids.length;
}

function fillSelect(select, allKey, options) {
  const keep = select.value;
  select.replaceChildren(el('option', { value: '' }, t(allKey)),
    ...options.map(([v, label]) => el('option', { value: v }, label)));
  select.value = keep;
}

function renderFilters() {
  fillSelect($('bassin'), 'all_bassins', BASSIN_CODES.map((b) => [b, bassinLabel(b)]));
  fillSelect($('theme'), 'all_themes', themeList().map((th) => [th.code, themeLabel(th.code)])
    .sort((a, b) => a[1].localeCompare(b[1], getLang())));
}

function renderByBassin() {
  const body = data.byBassin;
  if (!body) return;
  $('range').textContent = t('range', { from: body.from, to: body.to, n: body.answer_count });
  const themes = new Map();
  for (const r of body.rows) {
    if (!themes.has(r.theme)) themes.set(r.theme, new Map());
    themes.get(r.theme).set(r.bassin, r);
  }
  const bassins = BASSIN_CODES.filter((b) => body.rows.some((r) => r.bassin === b));
  const rows = [...themes].map(([code, byB]) => ({
    key: code, label: themeLabel(code),
    parts: bassins.map((b) => ({
      key: b, value: byB.get(b)?.count ?? 0, answers: byB.get(b)?.answers ?? [],
      name: `${themeLabel(code)} · ${bassinLabel(b)}`,
      label: `${themeLabel(code)} · ${bassinLabel(b)}: ${byB.get(b)?.count ?? 0}`,
    })),
  })).sort((a, b) => b.parts.reduce((s, p) => s + p.value, 0) - a.parts.reduce((s, p) => s + p.value, 0));
  $('bassin-legend').replaceChildren(...bassins.map((b) => el('li', {},
    el('span', { class: 'swatch', style: `background:${BASSIN_COLORS[b]}` }), bassinLabel(b))));
  $('chart-bassin').replaceChildren(rows.length ? stackedBars({
    rows, colors: BASSIN_COLORS, title: t('by_bassin_h'), axisTitle: t('axis_answers'),
    onSelect: (row, part) => select(part.name, part.answers),
  }) : el('p', { class: 'note' }, t('no_data')));
}

function renderByMonth() {
  const body = data.byMonth;
  if (!body) return;
  const totals = new Map();
  for (const r of body.rows) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.count);
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP_THEMES).map(([c]) => c);
  const series = top.map((code, i) => ({
    key: code, label: themeLabel(code), color: PALETTE[i],
    values: new Map(body.rows.filter((r) => r.theme === code)
      .map((r) => [r.month, { value: r.count, answers: r.answers }])),
  }));
  $('month-legend').replaceChildren(...series.map((s) => el('li', {},
    el('span', { class: 'swatch', style: `background:${s.color}` }),
    el('button', {
      type: 'button',
      onclick: () => select(`${s.label} (${body.from} – ${body.to})`,
        [...s.values.values()].flatMap((r) => r.answers)),
    }, `${s.label} (${totals.get(s.key)})`))));
  $('chart-month').replaceChildren(series.length ? lineChart({
    xs: months(body.from, body.to), series, title: t('by_month_h'), xTitle: t('axis_month'),
    yTitle: t('axis_answers'), onSelect: (s, x, p) => select(`${s.label} · ${x}`, p.answers),
  }) : el('p', { class: 'note' }, t('no_data')));
}

// A table cell that lists its answers when activated.
function cell(value, label, ids, attrs = {}) {
  return el('td', { class: 'num', ...attrs }, ids?.length
    ? el('button', { type: 'button', class: 'cell', onclick: () => select(label, ids) }, String(value))
    : String(value));
}

const missing = (x) => x === null || x === undefined;
const pct = (x) => (missing(x) ? '—' : `${x > 0 ? '+' : ''}${Math.round(x * 100)} %`);
const num = (x, d = 2) => (missing(x) ? '—' : x.toLocaleString(getLang(), { maximumFractionDigits: d }));
// A p-value below what four decimals show reads "< 0,0001", not "0".
const pValue = (p) => (missing(p) ? '—' : p < 0.0001 ? `< ${num(0.0001, 4)}` : num(p, 4));

// head: [[text, class]]; rows: <tr> elements.
function table(head, rows, tableClass) {
  return el('table', { class: tableClass },
    el('thead', {}, el('tr', {}, head.map(([text, c]) => el('th', { class: c, scope: 'col' }, text)))),
    el('tbody', {}, rows));
}

function renderTrends() {
  const body = data.trends;
  if (!body) return;
  const r0 = body.recent; const b0 = body.baseline;
  $('trends-notices').textContent = (body.notices ?? []).join(' ');
  const rows = [...body.rows].sort((a, b) => (b.rising - a.rising) || (a.p_value - b.p_value));
  $('trends-table').replaceChildren(table([
    [t('t_theme')], [t('t_latest', { m: body.month ?? body.week ?? '' }), 'num'], [t('t_prev'), 'num'],
    [t('t_year'), 'num'], [t('t_recent', r0), 'num'], [t('t_baseline', b0), 'num'],
    [t('t_ratio'), 'num'], [t('t_p'), 'num'], [t('t_rising')],
  ], rows.map((r) => {
    const name = themeLabel(r.theme);
    return el('tr', { class: r.rising ? 'rising' : undefined, 'data-theme': r.theme },
      el('th', { scope: 'row' }, name),
      cell(r.count, `${name} · ${body.month ?? body.week}`, r.answers),
      el('td', { class: 'num' }, pct(r.change_previous)),
      el('td', { class: 'num' }, pct(r.change_year_ago)),
      cell(`${r.recent?.count ?? 0} / ${r.recent?.total ?? 0}`, `${name} · ${r0.from} – ${r0.to}`,
        r.recent?.answers),
      cell(`${r.baseline?.count ?? 0} / ${r.baseline?.total ?? 0}`, `${name} · ${b0.from} – ${b0.to}`,
        r.baseline?.answers),
      el('td', { class: 'num' }, num(r.rate_ratio)),
      el('td', { class: 'num' }, pValue(r.p_value)),
      el('td', {}, r.rising ? el('span', { class: 'flag' }, t('rising')) : ''));
  })));
}

// Light backgrounds only, so the dark text keeps its contrast: amber above 1, blue below.
function heat(value, max) {
  const a = Math.min(1, Math.abs(value) / max) * 0.75;
  const rgb = value >= 0 ? '234, 140, 30' : '60, 120, 200';
  return `background: rgba(${rgb}, ${a.toFixed(2)})`;
}

function renderCooc() {
  const body = data.cooc;
  if (!body) return;
  const rows = body.rows.slice(0, TOP_PAIRS);
  $('cooc-table').replaceChildren(rows.length ? table([
    [t('c_pair')], [t('c_count'), 'num'], [t('c_expected'), 'num'], [t('c_lift'), 'num'],
  ], rows.map((r) => {
    const name = `${themeLabel(r.theme_a)} + ${themeLabel(r.theme_b)}`;
    return el('tr', {}, el('th', { scope: 'row' }, name), cell(r.count, name, r.answers),
      el('td', { class: 'num' }, num(r.expected, 1)),
      el('td', { class: 'num', style: heat(Math.log2(r.lift), 2.5) }, num(r.lift)));
  })) : el('p', { class: 'note' }, t('no_data')));
}

function renderEmerging() {
  const body = data.emerging;
  if (!body) return;
  $('emerging-note').textContent = t('emerging_note', {
    from: body.recent.from, to: body.recent.to, n: body.recent.answer_count,
  }) + (body.notices?.length ? ` ${body.notices.join(' ')}` : '');
  $('emerging-table').replaceChildren(body.terms.length ? table([
    [t('e_term')], [t('e_count'), 'num'], [t('e_base'), 'num'], [t('e_ratio'), 'num'], [t('e_themes')],
  ], body.terms.map((w) => el('tr', {}, el('th', { scope: 'row' }, w.term),
    cell(w.count, `« ${w.term} » ${body.recent.from} – ${body.recent.to}`, w.answers),
    cell(w.baseline_count, `« ${w.term} » ${body.baseline.from} – ${body.baseline.to}`,
      w.baseline_answers),
    el('td', { class: 'num' }, num(w.ratio, 1)),
    el('td', {}, Object.entries(w.themes).map(([c, n]) => `${themeLabel(c)} (${n})`).join(', ')))))
    : el('p', { class: 'note' }, t('emerging_none')));
}

function renderGaps() {
  const body = data.gaps;
  if (!body) return;
  $('gaps-note').textContent = t('gaps_note', { m: num(body.median_pressure) });
  const bassins = BASSIN_CODES.filter((b) => body.rows.some((r) => r.bassin === b));
  const byTheme = new Map();
  for (const r of body.rows) {
    if (!byTheme.has(r.theme)) byTheme.set(r.theme, new Map());
    byTheme.get(r.theme).set(r.bassin, r);
  }
  const themes = [...byTheme.keys()].sort((a, b) =>
    Math.max(...[...byTheme.get(b).values()].map((r) => r.relative))
    - Math.max(...[...byTheme.get(a).values()].map((r) => r.relative)));
  $('gaps-table').replaceChildren(themes.length ? table(
    [[t('t_theme')], ...bassins.map((b) => [bassinLabel(b), 'num'])],
    themes.map((code) => el('tr', {}, el('th', { scope: 'row' }, themeLabel(code)),
      bassins.map((b) => {
        const r = byTheme.get(code).get(b);
        if (!r) return el('td', {}, '');
        const label = t('g_cell', { theme: themeLabel(code), bassin: bassinLabel(b), count: r.count,
          services: r.services, local: r.local_services });
        const td = cell(`${r.gap ? '⚠ ' : ''}${r.count} / ${r.services} (${r.local_services})`, label,
          r.answers, { class: `heat${r.gap ? ' gap' : ''}`, style: heat(r.relative, 4), title: label });
        td.querySelector('button')?.setAttribute('aria-label', r.gap ? `${label} — ${t('gap')}` : label);
        return td;
      }))), 'heatmap') : el('p', { class: 'note' }, t('no_data')));
}

function renderAll() {
  renderFilters();
  renderByBassin();
  renderByMonth();
  renderTrends();
  renderCooc();
  renderEmerging();
  renderGaps();
  renderDrill();
}

async function loadEmerging(signal) {
  const recent = $('recent').value;
  data.emerging = await api(query('emerging', /^\d+$/.test(recent) ? { recent } : {}), { signal });
  renderEmerging();
}

async function load() {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  keepInAddress();
  const jobs = {
    byBassin: [query('counts', { by: 'bassin' }), renderByBassin],
    byMonth: [query('counts', { by: 'month' }), renderByMonth],
    trends: [query('trends', { by: 'month' }), renderTrends],
    cooc: [query('cooccurrence'), renderCooc],
    gaps: [query('gaps'), renderGaps],
  };
  const results = await Promise.allSettled([
    ...Object.entries(jobs).map(async ([name, [url, render]]) => {
      data[name] = await api(url, { signal });
      render();
    }),
    loadEmerging(signal),
  ]);
  if (signal.aborted) return;
  const failed = results.find((r) => r.status === 'rejected');
  showError(failed ? failed.reason : null);
}

async function start() {
  try {
    await loadThemes();
  } catch (e) {
    showError(e);
    return;
  }
  renderFilters();
  if (asked) {
    for (const k of ['from', 'to', 'bassin', 'theme']) $(k).value = asked.get(k) ?? '';
    asked = null;
  }
  load();
}

let asked = new URLSearchParams(location.search); // the filters of the address, used once
$('filters').addEventListener('submit', (ev) => {
  ev.preventDefault();
  load();
});
for (const id of ['bassin', 'theme', 'from', 'to']) $(id).addEventListener('change', load);
$('reset').addEventListener('click', () => {
  for (const id of ['bassin', 'theme', 'from', 'to']) $(id).value = '';
  load();
});
$('recent').addEventListener('change', () => loadEmerging().catch(showError));
$('drill-more').addEventListener('click', () => {
  const first = drill.shown;
  drill.shown = Math.min(drill.ids.length, drill.shown + DRILL_PAGE);
  renderDrill();
  $('drill-list').children[first]?.querySelector('a')?.focus();
});
document.addEventListener('orienta:lang', renderAll);
initPage(start);

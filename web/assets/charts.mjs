// Small inline-SVG charts: stacked horizontal bars and lines over months. No library: each
// returns an <svg> element whose marks call `onSelect` when clicked (bars also by keyboard).

const NS = 'http://www.w3.org/2000/svg';
// Dark enough for 3:1 against white, and told apart by more than hue in the legends.
export const PALETTE = ['#0b57a4', '#c2410c', '#047857', '#7e22ce', '#8a5a00', '#4b5563'];

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null) node.append(c);
  }
  return node;
}

/** Round axis ticks from 0 to at least `max`: [0, step, ..., top]. */
export function ticks(max, count = 5) {
  const raw = Math.max(max, 1) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v < max + step; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function activate(node, run) {
  node.addEventListener('click', run);
  node.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      run();
    }
  });
}

/**
 * Horizontal stacked bars. rows: [{label, parts: [{key, value, label}]}]; colors: key -> colour.
 * Each part is a focusable button-like rect that calls onSelect(row, part).
 */
export function stackedBars({ rows, colors, title, axisTitle, onSelect }) {
  const W = 780; const left = 280; const right = 48; const top = 8; const barH = 18; const gap = 8;
  const H = top + rows.length * (barH + gap) + 46;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const axis = ticks(max);
  const scale = (W - left - right) / axis[axis.length - 1];
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': title },
    svg('title', {}, title));
  const yAxis = top + rows.length * (barH + gap);
  for (const v of axis) {
    const x = left + v * scale;
    root.append(svg('line', { x1: x, x2: x, y1: top - 4, y2: yAxis, stroke: '#d5dbe3' }),
      svg('text', { x, y: yAxis + 16, 'text-anchor': 'middle', 'font-size': 12, fill: '#4a5360' }, v));
  }
  root.append(svg('text', { x: left + (W - left - right) / 2, y: H - 6, 'text-anchor': 'middle',
    'font-size': 13, fill: '#1b1f24' }, axisTitle));
  rows.forEach((row, i) => {
    const y = top + i * (barH + gap);
    root.append(svg('text', { x: left - 8, y: y + barH - 4, 'text-anchor': 'end', 'font-size': 13,
      fill: '#1b1f24' }, svg('title', {}, row.label), clip(row.label, 38)));
    let x = left;
    for (const part of row.parts) {
      if (!part.value) continue;
      const w = part.value * scale;
      const rect = svg('rect', { x, y, width: w, height: barH, fill: colors[part.key], stroke: '#fff',
        class: 'bar', tabindex: 0, role: 'button', 'data-key': part.key, 'data-row': row.key,
        'aria-label': part.label }, svg('title', {}, part.label));
      activate(rect, () => onSelect(row, part));
      root.append(rect);
      x += w;
    }
    const total = row.parts.reduce((s, p) => s + p.value, 0);
    root.append(svg('text', { x: x + 5, y: y + barH - 4, 'font-size': 12, fill: '#1b1f24' }, total));
  });
  return root;
}

/**
 * Lines over periods. xs: the period labels in order; series: [{key, label, color,
 * values: Map(x -> {value, ...})}]. A dot calls onSelect(series, x, point).
 */
export function lineChart({ xs, series, title, xTitle, yTitle, onSelect }) {
  const W = 760; const H = 320; const left = 52; const right = 16; const top = 12; const bottom = 58;
  const max = Math.max(1, ...series.flatMap((s) => [...s.values.values()].map((p) => p.value)));
  const axis = ticks(max);
  const yScale = (H - top - bottom) / axis[axis.length - 1];
  const step = xs.length > 1 ? (W - left - right) / (xs.length - 1) : 0;
  const X = (i) => left + i * step;
  const Y = (v) => H - bottom - v * yScale;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': title },
    svg('title', {}, title));
  for (const v of axis) {
    root.append(svg('line', { x1: left, x2: W - right, y1: Y(v), y2: Y(v), stroke: '#d5dbe3' }),
      svg('text', { x: left - 6, y: Y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5360' }, v));
  }
  const every = Math.max(1, Math.ceil(xs.length / 12));
  xs.forEach((x, i) => {
    if (i % every) return;
    root.append(svg('line', { x1: X(i), x2: X(i), y1: H - bottom, y2: H - bottom + 4, stroke: '#4a5360' }),
      svg('text', { x: X(i), y: H - bottom + 18, 'text-anchor': 'middle', 'font-size': 12,
        fill: '#4a5360' }, x));
  });
  root.append(
    svg('line', { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: '#4a5360' }),
    svg('text', { x: left + (W - left - right) / 2, y: H - 10, 'text-anchor': 'middle',
      'font-size': 13, fill: '#1b1f24' }, xTitle),
    svg('text', { x: 14, y: top + (H - top - bottom) / 2, 'text-anchor': 'middle', 'font-size': 13,
      fill: '#1b1f24', transform: `rotate(-90 14 ${top + (H - top - bottom) / 2})` }, yTitle));
  // Monthly counts are small and jumpy: a thin line for them, a thick centred 3-period average.
  for (const s of series) {
    const v = xs.map((x) => s.values.get(x)?.value ?? 0);
    const avg = v.map((_, i) => {
      const w = v.slice(Math.max(0, i - 1), i + 2);
      return w.reduce((a, b) => a + b, 0) / w.length;
    });
    const path = (ys) => ys.map((y, i) => `${i ? 'L' : 'M'}${X(i).toFixed(1)},${Y(y).toFixed(1)}`).join('');
    root.append(svg('path', { d: path(v), fill: 'none', stroke: s.color, 'stroke-width': 1,
      'stroke-opacity': 0.45 }),
    svg('path', { d: path(avg), fill: 'none', stroke: s.color, 'stroke-width': 3,
      'data-series': s.key }));
    xs.forEach((x, i) => {
      const p = s.values.get(x);
      if (!p?.value) return;
      const dot = svg('circle', { cx: X(i), cy: Y(p.value), r: 3, fill: s.color, class: 'dot' },
        svg('title', {}, `${s.label}, ${x}: ${p.value}`));
      dot.addEventListener('click', () => onSelect(s, x, p));
      root.append(dot);
    });
  }
  return root;
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function months(from, to) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { y += 1; m = 1; }
  }
  return out;
}

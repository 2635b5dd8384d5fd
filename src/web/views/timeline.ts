/// <reference lib="dom" />
import { api, type CountRow } from '../api.js';
import { clear, fmt, h, s } from '../dom.js';
import { TYPES, typeColor } from '../colors.js';
import { current, filtersWithout, update } from '../state.js';

type Interval = 'day' | 'week' | 'month';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Every period from the first to the last (so that quiet days show as gaps). */
function periods(first: string, last: string, interval: Interval): string[] {
  const out: string[] = [];
  if (interval === 'month') {
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      if (++m > 12) { m = 1; y++; }
    }
    return out;
  }
  const step = interval === 'week' ? 7 * DAY : DAY;
  for (let t = Date.parse(first); t <= Date.parse(last) && out.length < 5000; t += step) out.push(iso(t));
  return out;
}

/** First and last day of a period. */
function periodRange(p: string, interval: Interval): [string, string] {
  if (interval === 'month') {
    const [y, m] = p.split('-').map(Number);
    return [`${p}-01`, iso(Date.UTC(y, m, 0))];
  }
  if (interval === 'week') return [p, iso(Date.parse(p) + 6 * DAY)];
  return [p, p];
}

async function loadCounts(): Promise<{ rows: CountRow[]; interval: Interval; undated: number }> {
  // The timeline keeps its context: it ignores from/to (the brush shows them instead).
  const p = filtersWithout('from', 'to');
  p.set('by', 'type');
  p.set('interval', 'auto');
  const r = await api<{ interval: Interval; rows: CountRow[] }>('counts', p);
  const undated = r.rows.filter((x) => !x.period).reduce((n, x) => n + x.events, 0);
  return { rows: r.rows.filter((x) => x.period), interval: r.interval, undated };
}

/**
 * Stacked bars of event counts per period by PLOVER type (SVG). Dragging across the bars sets
 * from/to in the URL, which filters every other view; a click picks one period.
 */
export async function renderTimeline(root: HTMLElement, options: { tall: boolean; isStale: () => boolean }): Promise<void> {
  const { rows, interval, undated } = await loadCounts();
  if (options.isStale()) return;
  clear(root);
  root.classList.add('timeline');
  const from = current().get('from');
  const to = current().get('to');
  const head = h('div', { class: 'panel-head' },
    h('strong', {}, `Events per ${interval} by type`),
    h('span', { class: 'muted' }, from || to ? ` · selected ${from ?? '…'} to ${to ?? '…'} ` : ' · drag across the bars to select dates '),
    from || to ? h('button', { type: 'button', class: 'link', onclick: () => update({ from: null, to: null }) }, 'all dates') : null,
    undated ? h('span', { class: 'muted' }, ` · ${fmt(undated)} undated`) : null,
  );
  root.appendChild(head);
  if (!rows.length) {
    root.appendChild(h('p', { class: 'empty' }, 'No dated events match these filters.'));
    return;
  }
  const ps = periods(rows[0].period, rows[rows.length - 1].period, interval);
  const index = new Map(ps.map((p, i) => [p, i]));
  const stacks = ps.map(() => new Map<string, number>());
  const goldstein = ps.map(() => 0);
  for (const r of rows) {
    const i = index.get(r.period);
    if (i === undefined) continue;
    stacks[i].set(r.key, (stacks[i].get(r.key) ?? 0) + r.events);
    goldstein[i] += r.goldstein;
  }
  const totals = stacks.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const W = Math.max(root.clientWidth || 900, 320);
  const H = options.tall ? 320 : 130;
  const m = { l: 40, r: 10, t: 8, b: 22 };
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const bw = iw / ps.length;
  const y = (v: number) => m.t + ih - (v / max) * ih;
  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'event counts over time' });
  // y axis: 0, max/2, max
  for (const v of [0, Math.round(max / 2), max]) {
    svg.appendChild(s('line', { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), class: 'grid' }));
    svg.appendChild(s('text', { x: m.l - 4, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, fmt(v)));
  }
  const inSel = (p: string) => {
    const [a, b] = periodRange(p, interval);
    return (!from || b >= from) && (!to || a <= to);
  };
  const bars = s('g', { class: 'bars' });
  ps.forEach((p, i) => {
    let acc = 0;
    const x = m.l + i * bw;
    const g = s('g', { class: `bar${from || to ? (inSel(p) ? ' in' : ' out') : ''}`, 'data-period': p });
    for (const t of [...TYPES, ...[...stacks[i].keys()].filter((k) => !(TYPES as readonly string[]).includes(k))]) {
      const n = stacks[i].get(t);
      if (!n) continue;
      g.appendChild(
        s('rect', { x: x + 0.5, y: y(acc + n), width: Math.max(1, bw - 1), height: y(acc) - y(acc + n), fill: typeColor(t), 'data-type': t },
          s('title', {}, `${p}  ${t}: ${fmt(n)}`)),
      );
      acc += n;
    }
    bars.appendChild(g);
  });
  svg.appendChild(bars);
  // x ticks: about 8 labels
  const every = Math.max(1, Math.ceil(ps.length / 8));
  ps.forEach((p, i) => {
    if (i % every) return;
    svg.appendChild(s('text', { x: m.l + i * bw + bw / 2, y: H - 6, class: 'tick', 'text-anchor': 'middle' }, p));
  });
  // brush
  const brush = s('rect', { class: 'brush', x: 0, y: m.t, width: 0, height: ih, visibility: 'hidden' });
  const overlay = s('rect', { class: 'overlay', x: m.l, y: m.t, width: iw, height: ih, 'data-testid': 'timeline-brush' });
  svg.appendChild(brush);
  svg.appendChild(overlay);
  const periodAt = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * W;
    return Math.min(ps.length - 1, Math.max(0, Math.floor((x - m.l) / bw)));
  };
  let start: number | null = null;
  overlay.addEventListener('pointerdown', (ev) => {
    start = periodAt(ev.clientX);
    overlay.setPointerCapture(ev.pointerId);
    brush.setAttribute('visibility', 'visible');
    brush.setAttribute('x', String(m.l + start * bw));
    brush.setAttribute('width', String(bw));
  });
  overlay.addEventListener('pointermove', (ev) => {
    if (start === null) return;
    const end = periodAt(ev.clientX);
    const a = Math.min(start, end);
    const b = Math.max(start, end);
    brush.setAttribute('x', String(m.l + a * bw));
    brush.setAttribute('width', String((b - a + 1) * bw));
  });
  overlay.addEventListener('pointerup', (ev) => {
    if (start === null) return;
    const end = periodAt(ev.clientX);
    const a = Math.min(start, end);
    const b = Math.max(start, end);
    start = null;
    update({ from: periodRange(ps[a], interval)[0], to: periodRange(ps[b], interval)[1] });
  });
  root.appendChild(h('div', { class: 'chart-wrap' }, svg));

  if (options.tall) {
    // Goldstein sum per period: above the line cooperative, below conflictual.
    const gmax = Math.max(1, ...goldstein.map(Math.abs));
    const GH = 120;
    const gy = (v: number) => 10 + (GH - 20) / 2 - (v / gmax) * ((GH - 20) / 2);
    const g = s('svg', { width: W, height: GH, viewBox: `0 0 ${W} ${GH}`, class: 'chart', role: 'img', 'aria-label': 'Goldstein sum over time' });
    g.appendChild(s('line', { x1: m.l, x2: W - m.r, y1: gy(0), y2: gy(0), class: 'grid' }));
    g.appendChild(s('text', { x: m.l - 4, y: gy(gmax) + 4, class: 'tick', 'text-anchor': 'end' }, `+${fmt(Math.round(gmax))}`));
    g.appendChild(s('text', { x: m.l - 4, y: gy(-gmax) + 4, class: 'tick', 'text-anchor': 'end' }, `-${fmt(Math.round(gmax))}`));
    goldstein.forEach((v, i) => {
      if (!v) return;
      g.appendChild(
        s('rect', { x: m.l + i * bw + 0.5, y: Math.min(gy(v), gy(0)), width: Math.max(1, bw - 1), height: Math.abs(gy(v) - gy(0)), class: v > 0 ? 'gs-pos' : 'gs-neg' },
          s('title', {}, `${ps[i]}  Goldstein sum ${v.toFixed(1)}`)),
      );
    });
    root.appendChild(h('div', { class: 'panel-head' }, h('strong', {}, `Goldstein sum per ${interval}`), h('span', { class: 'muted' }, ' · cooperative above the line, conflictual below')));
    root.appendChild(h('div', { class: 'chart-wrap' }, g));
  }
  // legend: click a type to filter by it
  const present = new Set(rows.map((r) => r.key));
  const selected = new Set((current().get('type') ?? '').split(',').filter(Boolean));
  root.appendChild(
    h('div', { class: 'legend' },
      ...TYPES.filter((t) => present.has(t) || selected.has(t)).map((t) =>
        h('button', {
          type: 'button', class: `swatch${selected.has(t) ? ' on' : ''}`, 'data-type': t, title: `show only ${t} (click again to remove)`,
          onclick: () => {
            const next = new Set(selected);
            if (next.has(t)) next.delete(t);
            else next.add(t);
            update({ type: [...next].join(',') || null });
          },
        }, h('i', { style: `background:${typeColor(t)}` }), t),
      ),
    ),
  );
}

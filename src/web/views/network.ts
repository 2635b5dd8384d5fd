/// <reference lib="dom" />
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { api, type DyadRow } from '../api.js';
import { clear, fmt, h, s } from '../dom.js';
import { CONFLICTUAL, COOPERATIVE, NEUTRAL, mixColor } from '../colors.js';
import { filters, update } from '../state.js';

interface Node extends SimulationNodeDatum { id: string; name: string; events: number }
interface Edge extends SimulationLinkDatum<Node> { source: Node | string; target: Node | string; events: number; cooperative: number; conflictual: number; goldstein: number }

/** Dyads -> actors and directed edges. A compound side ("UKRREB;UKRREB") counts once per distinct actor. */
export function graph(rows: DyadRow[]): { nodes: Node[]; edges: Edge[] } {
  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  const split = (codes: string, names: string) => {
    const cs = codes.split(';');
    const ns = (names ?? '').split('; ');
    const out = new Map<string, string>();
    cs.forEach((c, i) => out.set(c, ns[i] ?? c));
    return out;
  };
  for (const r of rows) {
    const src = split(r.source_code, r.source_name);
    const tgt = split(r.target_code, r.target_name);
    for (const [sc, sn] of src) {
      for (const [tc, tn] of tgt) {
        if (sc === tc) continue;
        for (const [c, n] of [[sc, sn], [tc, tn]]) {
          const node = nodes.get(c) ?? { id: c, name: n, events: 0 };
          node.events += r.events;
          nodes.set(c, node);
        }
        const key = `${sc}>${tc}`;
        const e = edges.get(key) ?? { source: sc, target: tc, events: 0, cooperative: 0, conflictual: 0, goldstein: 0 };
        e.events += r.events;
        e.cooperative += r.cooperative;
        e.conflictual += r.conflictual;
        e.goldstein += r.goldstein;
        edges.set(key, e);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Who acts on whom: d3-force layout in SVG, edge width = events, colour = cooperative vs conflictual. */
export async function renderNetwork(root: HTMLElement, options: { isStale: () => boolean }): Promise<void> {
  const params = filters();
  params.set('limit', '80');
  const rows = (await api<{ rows: DyadRow[] }>('dyads', params)).rows;
  if (options.isStale()) return;
  clear(root);
  const { nodes, edges } = graph(rows);
  root.appendChild(
    h('div', { class: 'panel-head' },
      h('strong', {}, 'Who acts on whom'),
      h('span', { class: 'muted' }, ` · ${fmt(nodes.length)} actors, ${fmt(edges.length)} directed pairs (top ${rows.length} dyads) · click an actor to filter by it`),
    ),
  );
  if (!nodes.length) {
    root.appendChild(h('p', { class: 'empty' }, 'No events with both a source and a target match these filters.'));
    return;
  }
  const W = Math.max(root.clientWidth || 900, 360);
  const H = Math.max(420, Math.min(720, 160 + nodes.length * 22));
  const maxE = Math.max(1, ...edges.map((e) => e.events));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (n: Node) => 6 + 16 * Math.sqrt(n.events / maxN);
  const sim = forceSimulation<Node>(nodes)
    .force('link', forceLink<Node, Edge>(edges).id((n) => n.id).distance(170).strength(0.3))
    .force('charge', forceManyBody().strength(-1100))
    .force('center', forceCenter(W / 2, H / 2))
    .force('x', forceX(W / 2).strength(0.03))
    .force('y', forceY(H / 2).strength(0.08))
    .force('collide', forceCollide<Node>().radius((n) => radius(n) + 18))
    .stop();
  // A fixed number of ticks, then draw once: the same data gives the same picture.
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(80, Math.min(W - 80, n.x ?? W / 2));
    n.y = Math.max(30, Math.min(H - 40, n.y ?? H / 2));
  }

  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'network chart', role: 'img', 'aria-label': 'actor network' });
  const defs = s('defs');
  for (const [id, color] of [['coop', COOPERATIVE], ['conf', CONFLICTUAL], ['even', NEUTRAL]]) {
    defs.appendChild(
      s('marker', { id: `arrow-${id}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto' },
        s('path', { d: 'M0,0 L10,5 L0,10 z', fill: color })),
    );
  }
  svg.appendChild(defs);
  const eg = s('g', { class: 'edges' });
  for (const e of edges) {
    const a = e.source as Node;
    const b = e.target as Node;
    const color = mixColor(e.cooperative, e.conflictual);
    const kind = color === COOPERATIVE ? 'coop' : color === CONFLICTUAL ? 'conf' : 'even';
    // Stop the line at the target's circle; bend it a little so that A->B and B->A do not overlap.
    const dx = b.x! - a.x!;
    const dy = b.y! - a.y!;
    const len = Math.hypot(dx, dy) || 1;
    const ex = b.x! - (dx / len) * (radius(b) + 3);
    const ey = b.y! - (dy / len) * (radius(b) + 3);
    const mx = (a.x! + ex) / 2 - (dy / len) * 18;
    const my = (a.y! + ey) / 2 + (dx / len) * 18;
    eg.appendChild(
      s('path', {
        d: `M${a.x!.toFixed(1)},${a.y!.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
        class: `edge ${kind}`, stroke: color, 'stroke-width': (1.2 + 6 * Math.sqrt(e.events / maxE)).toFixed(2), fill: 'none',
        'marker-end': `url(#arrow-${kind})`, 'data-source': a.id, 'data-target': b.id,
      }, s('title', {}, `${a.name} → ${b.name}: ${fmt(e.events)} events (${fmt(e.cooperative)} cooperative, ${fmt(e.conflictual)} conflictual), Goldstein ${e.goldstein.toFixed(1)}`)),
    );
  }
  svg.appendChild(eg);
  const ng = s('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = s('g', { class: 'node', transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`, 'data-code': n.id, tabindex: 0, role: 'button' },
      s('circle', { r: radius(n).toFixed(1) }),
      s('text', { y: radius(n) + 13, 'text-anchor': 'middle', class: 'label' }, n.name.length > 32 ? n.name.slice(0, 31) + '…' : n.name),
      s('text', { y: 4, 'text-anchor': 'middle', class: 'code' }, n.id.length > 7 ? n.id.slice(0, 6) + '…' : n.id),
      s('title', {}, `${n.name} (${n.id}): ${fmt(n.events)} events`),
    );
    const pick = () => update({ actor: n.id, role: null, view: 'table' });
    g.addEventListener('click', pick);
    g.addEventListener('keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Enter') pick();
    });
    ng.appendChild(g);
  }
  svg.appendChild(ng);
  root.appendChild(h('div', { class: 'chart-wrap' }, svg));
  root.appendChild(
    h('div', { class: 'legend' },
      h('span', {}, h('i', { class: 'dot', style: `background:${COOPERATIVE}` }), 'mostly cooperative (QuadClass 1-2)'),
      h('span', {}, h('i', { class: 'dot', style: `background:${CONFLICTUAL}` }), 'mostly conflictual (QuadClass 3-4)'),
      h('span', { class: 'muted' }, 'line width = number of events; arrow = source → target'),
    ),
  );
}

/// <reference lib="dom" />
import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { api, type MapPoint } from '../api.js';
import { clear, fmt, h } from '../dom.js';
import { mixColor } from '../colors.js';
import { filters, update, href } from '../state.js';

let basemap: FeatureCollection | null = null;

/** Country outlines from world-atlas (Natural Earth 1:110m), bundled: no tile server, works offline. */
async function countries(): Promise<FeatureCollection> {
  if (!basemap) {
    const topo = (await import('world-atlas/countries-110m.json', { with: { type: 'json' } })).default as unknown as Topology<{ countries: GeometryCollection }>;
    const all = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
    // Antarctica (010) is cut along the antimeridian into a line across the whole map: leave it out.
    // Russia (643) and Fiji (242) cross the antimeridian: draw their far-east parts east of 180°.
    const shift = (c: unknown): unknown =>
      typeof (c as number[])[0] === 'number' ? ((c as number[])[0] < -160 ? [(c as number[])[0] + 360, (c as number[])[1]] : c) : (c as unknown[]).map(shift);
    all.features = all.features
      .filter((f) => f.id !== '010')
      .map((f) => (f.id === '643' || f.id === '242') && 'coordinates' in f.geometry
        ? { ...f, geometry: { ...f.geometry, coordinates: shift(f.geometry.coordinates) } as typeof f.geometry }
        : f);
    basemap = all;
  }
  return basemap;
}

/** The popup of a point: built from elements, names as text. */
function popup(p: MapPoint): HTMLElement {
  return h('div', { class: 'popup' },
    h('strong', {}, p.name || '(unnamed place)'), p.country ? h('span', { class: 'muted' }, ` ${p.country}`) : null,
    h('div', {}, `${fmt(p.events)} events: ${fmt(p.cooperative)} cooperative, ${fmt(p.conflictual)} conflictual`),
    h('div', {}, `Goldstein sum ${p.goldstein.toFixed(1)}`),
    h('a', { href: href({ view: 'table', place: p.name, bbox: null }), class: 'to-table', onclick: (ev: Event) => {
      ev.preventDefault();
      update({ view: 'table', place: p.name, bbox: null });
    } }, 'show these events'),
  );
}

/** Events on a map: one circle per place, area by number of events, colour by cooperative vs conflictual. */
export async function renderMap(root: HTMLElement, options: { isStale: () => boolean }): Promise<void> {
  const params = filters();
  params.set('limit', '2000');
  const [rows, world] = await Promise.all([api<{ rows: MapPoint[] }>('map', params).then((r) => r.rows), countries()]);
  if (options.isStale()) return;
  clear(root);
  const total = rows.reduce((n, r) => n + r.events, 0);
  const mapEl = h('div', { class: 'map', id: 'map', 'data-points': rows.length });
  root.appendChild(
    h('div', { class: 'panel-head' },
      h('strong', {}, 'Events by place'),
      h('span', { class: 'muted' }, ` · ${fmt(total)} events at ${fmt(rows.length)} places with coordinates`),
      h('button', { type: 'button', class: 'link', id: 'bbox-filter', onclick: () => {
        const b = map.getBounds();
        const r = (v: number) => v.toFixed(3);
        update({ bbox: [r(Math.max(-180, b.getWest())), r(Math.max(-90, b.getSouth())), r(Math.min(180, b.getEast())), r(Math.min(90, b.getNorth()))].join(',') });
      } }, 'filter to this map area'),
    ),
  );
  root.appendChild(mapEl);
  const map = L.map(mapEl, { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.5, attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Country outlines: Natural Earth via world-atlas');
  L.geoJSON(world, { style: { color: '#9aa3ad', weight: 0.7, fillColor: '#eef0e8', fillOpacity: 1 }, interactive: false }).addTo(map);
  const max = Math.max(1, ...rows.map((r) => r.events));
  const layer = L.featureGroup();
  for (const p of rows) {
    const radius = 4 + 22 * Math.sqrt(p.events / max);
    const color = mixColor(p.cooperative, p.conflictual);
    L.circleMarker([p.lat, p.lon], { radius, color: '#333', weight: 1, fillColor: color, fillOpacity: 0.75, className: 'point' })
      .bindPopup(popup(p))
      .addTo(layer);
  }
  layer.addTo(map);
  if (rows.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 });
  else map.setView([30, 10], 1.5);
  root.appendChild(
    h('div', { class: 'legend' },
      h('span', {}, h('i', { class: 'dot', style: `background:${mixColor(1, 0)}` }), 'mostly cooperative'),
      h('span', {}, h('i', { class: 'dot', style: `background:${mixColor(0, 1)}` }), 'mostly conflictual'),
      h('span', {}, h('i', { class: 'dot', style: `background:${mixColor(0, 0)}` }), 'even'),
      h('span', { class: 'muted' }, 'circle area = number of events; click a circle for details'),
    ),
  );
}

/// <reference lib="dom" />
import { clear, h } from './dom.js';
import { filterBar } from './filters.js';
import { href, onChange, update, view, type View } from './state.js';
import { renderTimeline } from './views/timeline.js';

const TABS: Array<[View, string]> = [
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['network', 'Network'],
  ['table', 'Events'],
  ['article', 'Article'],
];

const app = document.getElementById('app')!;
let generation = 0;

function tabs(active: View): HTMLElement {
  return h('nav', { class: 'tabs', 'aria-label': 'views' },
    ...TABS.map(([v, label]) =>
      h('a', {
        href: href({ view: v, ...(v === 'article' ? {} : { id: null, event: null }) }),
        class: v === active ? 'tab active' : 'tab', 'data-view': v, 'aria-current': v === active ? 'page' : null,
        onclick: (ev: Event) => {
          ev.preventDefault();
          update({ view: v });
        },
      }, label),
    ),
  );
}

function showError(where: HTMLElement, err: unknown): void {
  clear(where);
  where.appendChild(h('div', { class: 'error', role: 'alert' }, `Could not load: ${(err as Error).message ?? String(err)}`));
}

/** Views other than the timeline load on demand (Leaflet and d3-force are split into their own chunks). */
async function renderView(v: View, root: HTMLElement, isStale: () => boolean): Promise<void> {
  if (v === 'map') return (await import('./views/map.js')).renderMap(root, { isStale });
  if (v === 'network') return (await import('./views/network.js')).renderNetwork(root, { isStale });
  if (v === 'table') return (await import('./views/table.js')).renderTable(root, { isStale });
  if (v === 'article') return (await import('./views/article.js')).renderArticle(root, { isStale });
  return renderTimeline(root, { tall: true, isStale });
}

async function render(): Promise<void> {
  const gen = ++generation;
  const isStale = () => gen !== generation;
  const v = view();
  document.body.dataset.view = v;
  document.body.dataset.ready = 'false';
  clear(app);
  const strip = h('section', { class: 'panel strip', id: 'timeline-strip' });
  const main = h('section', { class: 'panel main', id: 'view', 'data-view': v }, h('p', { class: 'loading' }, 'Loading…'));
  app.appendChild(
    h('header', { class: 'top' },
      h('h1', {}, h('a', { href: '?', onclick: (ev: Event) => { ev.preventDefault(); update({ view: 'timeline' }); } }, 'wirecoder')),
      tabs(v),
      h('a', { href: 'openapi.json', class: 'api-link', title: 'the HTTP API' }, 'API'),
    ),
  );
  app.appendChild(filterBar());
  // The timeline strip sits above the map, network and table: brushing it filters them.
  if (v !== 'timeline' && v !== 'article') app.appendChild(strip);
  app.appendChild(main);
  const jobs: Array<Promise<void>> = [renderView(v, main, isStale).catch((err) => { if (!isStale()) showError(main, err); })];
  if (strip.isConnected) jobs.push(renderTimeline(strip, { tall: false, isStale }).catch((err) => { if (!isStale()) showError(strip, err); }));
  await Promise.all(jobs);
  if (!isStale()) document.body.dataset.ready = 'true';
}

onChange(() => void render());
void render();

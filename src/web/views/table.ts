/// <reference lib="dom" />
import { api, type EventT } from '../api.js';
import { clear, fmt, h } from '../dom.js';
import { typeColor } from '../colors.js';
import { filters, href, update } from '../state.js';

const codes = (xs: EventT['source']) => [...new Set(xs.map((a) => a.code))].join(';');

function actorCell(xs: EventT['source']): HTMLElement {
  if (!xs.length) return h('td', { class: 'muted' }, '—');
  return h('td', {},
    ...xs.map((a, i) =>
      h('span', {},
        i ? ', ' : '',
        h('a', { href: href({ actor: a.code, role: null }), class: 'actor-link', title: `filter by ${a.code}`, onclick: (ev: Event) => {
          ev.preventDefault();
          update({ actor: a.code, role: null });
        } }, a.name),
      ),
    ),
    h('div', { class: 'muted small' }, codes(xs)),
  );
}

function row(e: EventT): HTMLElement {
  const [articleId, eventId] = e.id.split('/');
  const open = (ev: Event) => {
    ev.preventDefault();
    update({ view: 'article', id: articleId, event: eventId });
  };
  const chain = [e.article.source ?? 'outlet', ...e.attribution.map((l) => l.name)];
  return h('tr', { 'data-event': e.id, 'data-type': e.plover.type },
    h('td', { class: 'nowrap' }, e.date ?? '—'),
    h('td', { class: 'nowrap' }, h('span', { class: 'type', style: `border-color:${typeColor(e.plover.type)}` }, e.plover.type), h('div', { class: 'muted small' }, `CAMEO ${e.cameo}`)),
    actorCell(e.source),
    actorCell(e.target),
    h('td', {}, e.modality, e.negated ? h('div', { class: 'small' }, 'negated') : null),
    h('td', { class: 'chain-cell' }, chain.join(' → ')),
    h('td', {}, e.place?.name ?? h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num' }, e.goldstein === null ? '' : e.goldstein.toFixed(1)),
    h('td', {}, h('a', { href: href({ view: 'article', id: articleId, event: eventId }), class: 'open-article', onclick: open }, e.article.title ?? articleId)),
  );
}

/** The event table: the URL's filters, newest first, one page at a time (cursor paging). */
export async function renderTable(root: HTMLElement, options: { isStale: () => boolean }): Promise<void> {
  const params = filters();
  const pageParams = new URLSearchParams(params);
  pageParams.set('limit', '100');
  const [page, count] = await Promise.all([
    api<{ events: EventT[]; next: string | null }>('events', pageParams),
    api<{ count: number }>('events/count', params),
  ]);
  if (options.isStale()) return;
  clear(root);
  const body = h('tbody', {}, ...page.events.map(row));
  const exportLinks = (['csv', 'jsonl', 'gdelt', 'parquet'] as const).map((f) => {
    const p = new URLSearchParams(params);
    p.set('format', f);
    return h('a', { href: `./api/export?${p}`, class: 'export', download: `events.${f === 'gdelt' ? 'tsv' : f}` }, f.toUpperCase());
  });
  root.appendChild(
    h('div', { class: 'panel-head' },
      h('strong', { id: 'event-count', 'data-count': count.count }, `${fmt(count.count)} events`),
      h('span', { class: 'muted' }, ' · newest first · click a title to read the article · export: '),
      ...exportLinks.flatMap((a, i) => (i ? [' ', a] : [a])),
    ),
  );
  const table = h('table', { class: 'events', id: 'events' },
    h('thead', {}, h('tr', {}, ...['date', 'type', 'source', 'target', 'modality', 'according to', 'place', 'Goldstein', 'article'].map((c) => h('th', {}, c)))),
    body,
  );
  root.appendChild(h('div', { class: 'table-wrap' }, table));
  if (!page.events.length) root.appendChild(h('p', { class: 'empty' }, 'No events match these filters.'));
  let next = page.next;
  const more = h('button', { type: 'button', id: 'more', onclick: async () => {
    if (!next) return;
    const p = new URLSearchParams(pageParams);
    p.set('cursor', next);
    more.setAttribute('disabled', '');
    const r = await api<{ events: EventT[]; next: string | null }>('events', p);
    for (const e of r.events) body.appendChild(row(e));
    next = r.next;
    more.removeAttribute('disabled');
    if (!next) more.remove();
  } }, 'more events');
  if (next) root.appendChild(h('div', { class: 'more' }, more));
}

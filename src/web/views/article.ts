/// <reference lib="dom" />
import { api, type ArticleRecord, type ArticleRow, type LinkT, type SearchHit } from '../api.js';
import { clear, fmt, h, safeHref } from '../dom.js';
import { typeColor } from '../colors.js';
import { current, href, update } from '../state.js';

type Ev = ArticleRecord['events'][number];

interface Mark {
  start: number;
  end: number;
  cls: string;
  title: string;
  event?: string;
}

/** The attribution chain of an event or quote, outside in: outlet -> agency -> speaker -> document. */
export function chainOf(doc: ArticleRecord, links: LinkT[]): Array<{ name: string; kind: string; cue: string | null }> {
  const out: Array<{ name: string; kind: string; cue: string | null }> = [];
  if (links[0]?.kind !== 'outlet') out.push({ name: doc.article.source ?? 'the outlet', kind: 'outlet', cue: null });
  for (const l of links) out.push({ name: l.name, kind: l.kind === 'person' || l.kind === 'organization' ? 'speaker' : l.kind, cue: l.cue });
  return out;
}

function chainEl(doc: ArticleRecord, links: LinkT[]): HTMLElement {
  const steps = chainOf(doc, links);
  const el = h('ol', { class: 'chain', 'aria-label': 'attribution chain' });
  steps.forEach((st, i) => {
    el.appendChild(
      h('li', { class: `step ${st.kind}`, 'data-kind': st.kind, title: st.cue ? `cue: ${st.cue}` : st.kind },
        h('span', { class: 'kind' }, st.kind), h('span', { class: 'name' }, st.name)),
    );
    if (i < steps.length - 1) el.appendChild(h('li', { class: 'arrow', 'aria-hidden': 'true' }, '→'));
  });
  return el;
}

/** The key event when the URL names none: the one reported most often (most evidence spans). */
function keyEvent(doc: ArticleRecord): Ev | null {
  let best: Ev | null = null;
  for (const e of doc.events) if (!best || e.evidence.length > best.evidence.length) best = e;
  return best;
}

/**
 * The text split at every annotation boundary; each piece a text node, or a <span> with the
 * classes of the annotations covering it. The text itself only ever goes through createTextNode.
 */
function highlighted(doc: ArticleRecord, selected: string | null): HTMLElement {
  const t = doc.text;
  const actorById = new Map(doc.actors.map((a) => [a.id, a]));
  const marks: Mark[] = [];
  for (const a of doc.actors) for (const m of a.mentions) marks.push({ ...m, cls: 'm-actor', title: `actor: ${a.name} (${a.code})` });
  for (const p of doc.places) for (const m of p.mentions) marks.push({ ...m, cls: 'm-place', title: `place: ${p.name}${p.country ? ` (${p.country})` : ''}` });
  for (const q of doc.quotes) {
    const who = q.speaker ? actorById.get(q.speaker)?.name : q.speakerText;
    marks.push({ start: q.start, end: q.end, cls: q.direct ? 'quote' : 'quote indirect', title: `${q.direct ? 'quote' : 'reported speech'}: ${who ?? 'unknown speaker'}` });
  }
  for (const e of doc.events) {
    for (const m of e.evidence) {
      marks.push({ ...m, cls: e.id === selected ? 'ev ev-key' : 'ev', title: `event ${e.id}: ${e.plover.type} (CAMEO ${e.cameo})`, event: e.id });
    }
  }
  const valid = marks.filter((m) => m.start >= 0 && m.end <= t.length && m.start < m.end);
  const cuts = new Set<number>([0, t.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const box = h('div', { class: 'text', id: 'article-text' });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = t.slice(a, b);
    const on = valid.filter((m) => m.start <= a && m.end >= b);
    if (!on.length) {
      box.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = [...new Set(on.flatMap((m) => m.cls.split(' ')))];
    const events = [...new Set(on.filter((m) => m.event).map((m) => m.event!))];
    const span = h('span', { class: classes.join(' '), title: [...new Set(on.map((m) => m.title))].join('\n'), 'data-events': events.join(' ') || null });
    span.appendChild(document.createTextNode(piece));
    if (events.length) {
      span.addEventListener('click', () => update({ event: events.includes(selected ?? '') ? events[(events.indexOf(selected!) + 1) % events.length] : events[0] }, { replace: true }));
    }
    box.appendChild(span);
  }
  return box;
}

function eventCard(doc: ArticleRecord, e: Ev, selected: boolean): HTMLElement {
  const actor = new Map(doc.actors.map((a) => [a.id, a]));
  const names = (ids: string[]) => ids.map((id) => actor.get(id)?.name ?? id).join(', ') || '—';
  const place = e.place ? doc.places.find((p) => p.id === e.place) : null;
  const card = h('li', { class: `event-card${selected ? ' selected' : ''}`, 'data-event': e.id, tabindex: 0 },
    h('div', { class: 'ev-head' },
      h('span', { class: 'type', style: `border-color:${typeColor(e.plover.type)}` }, e.plover.type),
      h('span', { class: 'muted' }, ` CAMEO ${e.cameo}${e.plover.mode ? ` · ${e.plover.mode}` : ''}${e.plover.context.length ? ` · ${e.plover.context.join(', ')}` : ''}`),
    ),
    h('div', { class: 'ev-actors' }, h('span', { class: 'src' }, names(e.source)), ' → ', h('span', { class: 'tgt' }, names(e.target))),
    h('div', { class: 'muted small' },
      `${e.date ?? 'no date'} · ${e.modality}${e.negated ? ' · negated' : ''}${place ? ` · ${place.name}` : ''}` +
      `${e.goldstein === null ? '' : ` · Goldstein ${e.goldstein}`} · ${e.evidence.length} mention${e.evidence.length === 1 ? '' : 's'} in the text`),
    chainEl(doc, e.attribution),
  );
  const pick = () => update({ event: e.id }, { replace: true });
  card.addEventListener('click', pick);
  card.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') pick();
  });
  return card;
}

async function articleList(root: HTMLElement, isStale: () => boolean): Promise<void> {
  const q = current().get('q');
  const rows: Array<ArticleRow | SearchHit> = q
    ? (await api<{ rows: SearchHit[] }>('search', new URLSearchParams({ q, limit: '50' }))).rows
    : (await api<{ rows: ArticleRow[] }>('articles', new URLSearchParams({ limit: '50' }))).rows;
  if (isStale()) return;
  clear(root);
  root.appendChild(h('div', { class: 'panel-head' }, h('strong', {}, q ? `Articles matching “${q}”` : 'Latest articles'), h('span', { class: 'muted' }, ' · pick one to read it with its annotations')));
  root.appendChild(
    h('ul', { class: 'article-list' },
      ...rows.map((r) =>
        h('li', {},
          h('a', { href: href({ view: 'article', id: r.id, event: null }), onclick: (ev: Event) => {
            ev.preventDefault();
            update({ view: 'article', id: r.id, event: null });
          } }, r.title ?? r.id),
          h('span', { class: 'muted' }, ` ${r.date ?? ''} ${r.source ?? ''}`),
          'snippet' in r ? h('div', { class: 'small muted' }, r.snippet) : null,
        ),
      ),
    ),
  );
  if (!rows.length) root.appendChild(h('p', { class: 'empty' }, 'No articles.'));
}

/** The article reader: text with actors, places, quotes and event evidence highlighted; events with their chains. */
export async function renderArticle(root: HTMLElement, options: { isStale: () => boolean }): Promise<void> {
  const id = current().get('id');
  if (!id) return articleList(root, options.isStale);
  const doc = await api<ArticleRecord>(`articles/${encodeURIComponent(id)}`);
  if (options.isStale()) return;
  clear(root);
  const wanted = current().get('event');
  const key = (wanted && doc.events.find((e) => e.id === wanted)) || keyEvent(doc);
  const a = doc.article;
  const url = safeHref(a.url);
  root.appendChild(
    h('header', { class: 'article-head' },
      h('h2', { id: 'article-title' }, a.title ?? '(no title)'),
      h('div', { class: 'muted' },
        [a.date ?? 'no date', a.source ?? null, `id ${a.id}`].filter(Boolean).join(' · '),
        url ? h('span', {}, ' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')) : a.url ? h('span', {}, ` · ${a.url}`) : null,
      ),
      h('div', { class: 'legend marks' },
        h('span', { class: 'm-actor' }, 'actor'), h('span', { class: 'm-place' }, 'place'), h('span', { class: 'quote' }, 'quote'),
        h('span', { class: 'ev' }, 'event evidence'), h('span', { class: 'ev ev-key' }, 'selected event'),
      ),
    ),
  );
  const text = highlighted(doc, key?.id ?? null);
  const side = h('aside', { class: 'side' });
  side.appendChild(h('h3', {}, `Events (${doc.events.length})`));
  side.appendChild(h('ol', { class: 'event-cards' }, ...doc.events.map((e) => eventCard(doc, e, e.id === key?.id))));
  if (!doc.events.length) side.appendChild(h('p', { class: 'empty' }, 'No events were coded in this article.'));
  side.appendChild(h('h3', {}, `Actors (${doc.actors.length})`));
  side.appendChild(
    h('ul', { class: 'plain' },
      ...doc.actors.map((x) =>
        h('li', {},
          h('a', { href: href({ view: 'table', actor: x.code, id: null, event: null }), onclick: (ev: Event) => {
            ev.preventDefault();
            update({ view: 'table', actor: x.code, role: null, id: null, event: null });
          } }, x.name),
          h('span', { class: 'muted' }, ` ${x.code} · ${x.mentions.length}×`),
        ),
      ),
    ),
  );
  side.appendChild(h('h3', {}, `Places (${doc.places.length})`));
  side.appendChild(h('ul', { class: 'plain' }, ...doc.places.map((p) => h('li', {}, p.name, h('span', { class: 'muted' }, ` ${p.country ?? ''} · ${p.mentions.length}×`)))));
  side.appendChild(h('h3', {}, `Quotes (${doc.quotes.length})`));
  const actorById = new Map(doc.actors.map((x) => [x.id, x]));
  side.appendChild(
    h('ol', { class: 'quote-list' },
      ...doc.quotes.map((q) =>
        h('li', {},
          h('div', {}, h('strong', {}, (q.speaker ? actorById.get(q.speaker)?.name : q.speakerText) ?? 'unknown speaker'),
            h('span', { class: 'muted' }, ` ${q.direct ? 'direct' : 'indirect'}${q.cue ? ` · ${q.cue}` : ''}`)),
          h('div', { class: 'small quote-text' }, doc.text.slice(q.start, Math.min(q.end, q.start + 140)) + (q.end - q.start > 140 ? '…' : '')),
          chainEl(doc, q.attribution),
        ),
      ),
    ),
  );
  root.appendChild(h('div', { class: 'reader' }, h('article', { class: 'article-body' }, text), side));
  root.appendChild(h('p', { class: 'muted small' }, `${fmt(doc.text.length)} characters · ${fmt(doc.mentions.length)} mentions`));
  const first = text.querySelector('.ev-key');
  if (first && wanted) first.scrollIntoView({ block: 'center' });
}

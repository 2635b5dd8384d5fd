import type { Doc, Span } from '../model/doc.js';

export interface RenderOptions {
  color: boolean;
  eventsOnly?: boolean;
}

const C = {
  bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m', actor: '\x1b[36m', place: '\x1b[32m', quote: '\x1b[33m', event: '\x1b[4m',
};

/** Text with actor mentions, places and quotes marked: colours on a terminal, brackets otherwise. */
export function highlight(doc: Doc, color: boolean): string {
  type Mark = { at: number; open: boolean; kind: 'actor' | 'place' | 'quote'; label: string };
  const marks: Mark[] = [];
  const add = (s: Span, kind: Mark['kind'], label: string) => {
    marks.push({ at: s.start, open: true, kind, label }, { at: s.end, open: false, kind, label });
  };
  const actorCode = new Map(doc.actors.map((a) => [a.id, a.code]));
  for (const m of doc.mentions) {
    if (m.actor) add(m, 'actor', actorCode.get(m.actor) ?? '');
    else if (m.place) add(m, 'place', '');
  }
  for (const p of doc.places) for (const s of p.mentions) if (!doc.mentions.some((m) => m.start === s.start)) add(s, 'place', '');
  if (doc.mentions.length === 0) for (const a of doc.actors) for (const s of a.mentions) add(s, 'actor', a.code);
  marks.sort((x, y) => x.at - y.at || (x.open === y.open ? 0 : x.open ? 1 : -1));
  let out = '';
  let pos = 0;
  for (const m of marks) {
    out += doc.text.slice(pos, m.at);
    pos = m.at;
    if (color) out += m.open ? C[m.kind] : C.reset;
    else if (m.kind !== 'quote') out += m.open ? '[' : `]${m.label ? '/' + m.label : ''}`;
    if (color && !m.open && m.label && m.kind === 'actor') out += `${C.dim}/${m.label}${C.reset}`;
  }
  return out + doc.text.slice(pos);
}

export function renderDoc(doc: Doc, opts: RenderOptions): string {
  const b = (s: string) => (opts.color ? C.bold + s + C.reset : s);
  const a = doc.article;
  const actorName = new Map(doc.actors.map((x) => [x.id, `${x.name} (${x.code})`]));
  const placeName = new Map(doc.places.map((p) => [p.id, p.name]));
  const lines: string[] = [];
  lines.push(b(a.title ?? '(no title)'));
  lines.push(`id ${a.id} · date ${a.date ?? '?'} · source ${a.source ?? '?'}${a.url ? ' · ' + a.url : ''}`);
  lines.push(`from ${a.origin.file}${a.origin.record != null ? ':' + a.origin.record : ''} (${a.origin.format})`);
  if (!opts.eventsOnly) {
    lines.push('', highlight(doc, opts.color));
    if (doc.actors.length) {
      lines.push('', b(`Actors (${doc.actors.length})`));
      for (const x of doc.actors) lines.push(`  ${x.code.padEnd(10)} ${x.name}${x.role ? ', ' + x.role : ''} ×${x.mentions.length}`);
    }
    if (doc.places.length) {
      lines.push('', b(`Places (${doc.places.length})`));
      for (const p of doc.places) lines.push(`  ${p.name} ${p.country ?? ''} ${p.lat ?? ''},${p.lon ?? ''} geonames:${p.geonameId ?? '-'} ×${p.mentions.length}`);
    }
  }
  lines.push('', b(`Events (${doc.events.length})`));
  for (const e of doc.events) {
    const src = e.source.map((id) => actorName.get(id) ?? id).join(' + ') || '?';
    const tgt = e.target.map((id) => actorName.get(id) ?? id).join(' + ') || '-';
    lines.push(`  ${e.plover.type} (CAMEO ${e.cameo}${e.plover.mode ? ', ' + e.plover.mode : ''}) ${src} -> ${tgt}`);
    lines.push(`    ${e.modality}${e.negated ? ', negated' : ''} · date ${e.date ?? '?'} (${e.dateSource ?? '-'}) · place ${e.place ? placeName.get(e.place) : '-'} · Goldstein ${e.goldstein ?? '-'}`);
    if (e.attribution.length) lines.push(`    according to: ${['outlet', ...e.attribution.map((l) => `${l.name} [${l.kind}${l.cue ? ', ' + l.cue : ''}]`)].join(' -> ')}`);
    for (const s of e.evidence) lines.push(`    evidence ${s.start}-${s.end}: "${doc.text.slice(s.start, s.end).slice(0, 160)}"`);
  }
  if (!opts.eventsOnly && doc.quotes.length) {
    lines.push('', b(`Quotes (${doc.quotes.length})`));
    for (const q of doc.quotes) {
      const who = q.speaker ? actorName.get(q.speaker) : q.speakerText ?? '?';
      lines.push(`  ${q.direct ? 'direct  ' : 'indirect'} ${who}${q.cue ? ' (' + q.cue + ')' : ''}: "${doc.text.slice(q.start, q.end).slice(0, 120)}"`);
      if (q.attribution.length) lines.push(`    chain: ${q.attribution.map((l) => l.name).join(' -> ')}`);
    }
  }
  const notable = doc.messages.filter((m) => m.severity !== 'info');
  if (!opts.eventsOnly && doc.messages.length) {
    lines.push('', b(`Messages (${doc.messages.length}, ${notable.length} warnings/errors)`));
    for (const m of doc.messages.slice(0, 30)) lines.push(`  ${m.start != null ? `${m.start}-${m.end}: ` : ''}${m.reason} [${m.ruleId}]`);
  }
  return lines.join('\n');
}

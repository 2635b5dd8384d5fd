/**
 * A hand-made database for the API and browser tests: the example article coded by hand (as
 * ../shared/examples/000_80fcfe79319a8e65.expected.md describes it), synthetic articles spread
 * over four weeks, and a hostile article whose text, title and names are HTML that must never run.
 * None of it depends on what the coding stages produce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Doc, EventRecord, Link, Mention, Place, Quote, Span } from '../model/doc.js';
import { makeDoc } from '../testing/make-doc.js';
import { parseTextArticle } from '../ingest/formats/text.js';
import { SqliteStore } from '../store/sqlite.js';
import { packageRoot } from '../pipeline/data-path.js';

export const EXAMPLE_FILE = join(packageRoot(), 'examples', '000_80fcfe79319a8e65.txt');

/** Every occurrence of `needle` in the text (optionally after `from`). */
function all(text: string, needle: string, from = 0): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}
function first(text: string, needle: string, from = 0): Span {
  const i = text.indexOf(needle, from);
  if (i === -1) throw new Error(`fixture: "${needle}" not in text`);
  return { start: i, end: i + needle.length };
}

function addMentions(doc: Doc): void {
  const ms: Mention[] = [];
  for (const a of doc.actors) {
    for (const s of a.mentions) {
      const kind = (['person', 'organization', 'country', 'media'].includes(a.type) ? a.type : 'organization') as Mention['kind'];
      ms.push({ id: `m${ms.length + 1}`, ...s, kind, text: doc.text.slice(s.start, s.end), actor: a.id, place: null, rule: 'fixture' });
    }
  }
  for (const p of doc.places) {
    for (const s of p.mentions) ms.push({ id: `m${ms.length + 1}`, ...s, kind: 'place', text: doc.text.slice(s.start, s.end), actor: null, place: p.id, rule: 'fixture' });
  }
  doc.mentions = ms.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const l of ['mentions', 'actors', 'places', 'quotes', 'events'] as const) if (!doc.layers.includes(l)) doc.layers.push(l);
}

/** The example article, read and cleaned as ingest does, then coded by hand. */
export function exampleDoc(source: string | null = null): Doc {
  const raw = parseTextArticle(readFileSync(EXAMPLE_FILE, 'utf8'), 'examples/000_80fcfe79319a8e65.txt');
  const doc = makeDoc(raw.text, [], { title: raw.title, date: raw.date, source, origin: raw.origin });
  const t = doc.text;
  const body = t.indexOf('The heads of the Donetsk');
  const actor = (id: string, name: string, code: string, country: string, sector: string | null, type: string, role: string | null, names: string[]): Actor => ({
    id, name, code, country, sector, type, role,
    mentions: names.flatMap((n) => all(t, n, body)).sort((a, b) => a.start - b.start),
  });
  doc.actors = [
    actor('a1', 'Luhansk separatist leadership', 'UKRREB', 'UKR', 'REB', 'person', 'Head of the Lugansk People\'s Republic', ['Leonid Pasechnik', 'LPR']),
    actor('a2', 'Donetsk separatist leadership', 'UKRREB', 'UKR', 'REB', 'person', 'Head of the Donetsk People\'s Republic', ['Denis Pushilin', 'DPR']),
    actor('a3', 'Vladimir Putin', 'RUSGOV', 'RUS', 'GOV', 'person', 'President', ['Russian President Vladimir Putin', 'the Russian president']),
    actor('a4', 'Dmitry Peskov', 'RUSGOV', 'RUS', 'GOV', 'person', 'Kremlin spokesman', ['Kremlin Spokesman Dmitry Peskov', ' Peskov said', 'he added']),
    actor('a5', 'TASS', 'RUSMED', 'RUS', 'MED', 'media', null, ['TASS news agency']),
    actor('a6', "Ukraine's armed forces", 'UKRMIL', 'UKR', 'MIL', 'organization', null, ['Ukrainian Armed Forces', "Ukraine's Armed Forces", 'Ukrainian armed forces']),
    actor('a7', 'Kiev', 'UKRGOV', 'UKR', 'GOV', 'country', null, ['Kiev is continuing', 'The Kiev regime']),
    actor('a8', 'United States', 'USA', 'USA', null, 'country', null, ['the United States']),
  ];
  // " Peskov said" and "he added" were searched with context: trim to the name.
  for (const a of doc.actors) {
    a.mentions = a.mentions.map((s) => {
      const txt = t.slice(s.start, s.end);
      if (txt === ' Peskov said') return { start: s.start + 1, end: s.start + 7 };
      if (txt === 'he added') return { start: s.start, end: s.start + 2 };
      if (txt === 'Kiev is continuing') return { start: s.start, end: s.start + 4 };
      return s;
    });
  }
  const place = (id: string, name: string, lat: number, lon: number, geonameId: number | null, featureType: string, names: string[]): Place => ({
    id, name, country: 'UKR', lat, lon, geonameId, featureType, confidence: 0.9,
    mentions: names.flatMap((n) => all(t, n)).filter((s) => !/[A-Za-z]/.test(t[s.end] ?? ' ')).sort((a, b) => a.start - b.start),
  });
  doc.places = [
    place('p1', 'Kyiv', 50.45, 30.52, 703448, 'city', ['Kyiv', 'from Kiev']),
    place('p2', 'Donbas', 48.0, 38.0, null, 'region', ['Donbass']),
    place('p3', 'Luhansk', 48.57, 39.32, 702658, 'city', ['Lugansk']),
    place('p4', 'Donetsk', 48.02, 37.8, 709717, 'city', ['Donetsk']),
  ];
  doc.places[0].mentions = doc.places[0].mentions.map((s) => (t.slice(s.start, s.end) === 'from Kiev' ? { start: s.start + 5, end: s.end } : s));

  const tass: Link = { name: 'TASS', actor: 'a5', kind: 'agency', cue: 'reports' };
  const peskov: Link = { name: 'Dmitry Peskov', actor: 'a4', kind: 'person', cue: 'said' };
  const letters: Link = { name: 'the letters', actor: null, kind: 'document', cue: 'quoting the letters' };
  const quotes: Quote[] = [];
  const indirect = first(t, 'The heads of the Donetsk');
  quotes.push({ id: 'q1', start: indirect.start, end: first(t, 'humanitarian disaster in Donbass').end, direct: false, speaker: 'a4', speakerText: 'Kremlin Spokesman Dmitry Peskov', cue: 'told reporters', attribution: [{ ...peskov, cue: 'told reporters' }] });
  for (const m of t.matchAll(/"[^"]+"/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    const byLetters = m[0].startsWith('"Kiev is continuing');
    const quoting = m[0].startsWith('"Their appeals') || m[0].startsWith('"In view');
    quotes.push({
      id: `q${quotes.length + 1}`, start: s, end: e, direct: true,
      speaker: byLetters ? null : 'a4', speakerText: byLetters ? 'the letters' : 'Peskov', cue: byLetters ? 'said' : quoting ? 'said, quoting the letters' : 'said',
      attribution: byLetters || quoting ? [tass, peskov, letters] : [tass, peskov],
    });
  }
  doc.quotes = quotes;

  const ev = (e: Partial<EventRecord> & Pick<EventRecord, 'id' | 'cameo' | 'plover' | 'source' | 'target' | 'evidence' | 'attribution' | 'goldstein' | 'quadClass'>): EventRecord => ({
    date: raw.date, dateSource: 'article', modality: 'claimed', negated: false, place: null, pattern: 'fixture/hand-coded', ...e,
  });
  doc.events = [
    ev({
      id: 'e1', cameo: '0232', plover: { type: 'REQUEST', mode: 'assist', context: ['military'] }, source: ['a1', 'a2'], target: ['a3'],
      evidence: [first(t, 'asked Russian President Vladimir Putin to offer help'), first(t, 'Written requests have come through'), first(t, 'ask the Russian president to help')],
      attribution: [tass, peskov], goldstein: 3.4, quadClass: 1, place: 'p2',
    }),
    ev({
      id: 'e2', cameo: '051', plover: { type: 'SUPPORT', mode: null, context: ['diplomatic'] }, source: ['a1', 'a2'], target: ['a3'],
      evidence: [first(t, 'express their gratitude to the Russian president')], attribution: [tass, peskov], goldstein: 3.4, quadClass: 1,
    }),
    ev({
      id: 'e3', cameo: '190', plover: { type: 'ASSAULT', mode: null, context: ['military'] }, source: ['a6'], target: ['a1', 'a2'],
      evidence: [first(t, "continuing military aggression by Ukraine's Armed Forces")], attribution: [tass, peskov, letters], goldstein: -10, quadClass: 4, place: 'p2',
    }),
    ev({
      id: 'e4', cameo: '154', plover: { type: 'MOBILIZE', mode: null, context: ['military'] }, source: ['a7'], target: [],
      evidence: [first(t, 'Kiev is continuing its military buildup')], attribution: [peskov, letters], goldstein: -7.2, quadClass: 4, place: 'p1',
    }),
    ev({
      id: 'e5', cameo: '072', plover: { type: 'AID', mode: null, context: ['military'] }, source: ['a8'], target: ['a7'],
      evidence: [first(t, 'receiving comprehensive support, including military one, from the United States')], attribution: [peskov, letters], goldstein: 8.3, quadClass: 2, place: 'p1',
    }),
  ];
  addMentions(doc);
  return doc;
}

// ---- synthetic articles (words written for the fixture, not taken from any corpus) ----

interface A { name: string; code: string; country: string; sector: string | null; type: string }
const ACTORS: Record<string, A> = {
  rusmil: { name: 'Russian forces', code: 'RUSMIL', country: 'RUS', sector: 'MIL', type: 'organization' },
  rusgov: { name: 'the Kremlin', code: 'RUSGOV', country: 'RUS', sector: 'GOV', type: 'organization' },
  ukrgov: { name: 'the Ukrainian government', code: 'UKRGOV', country: 'UKR', sector: 'GOV', type: 'organization' },
  ukrmil: { name: 'Ukrainian troops', code: 'UKRMIL', country: 'UKR', sector: 'MIL', type: 'organization' },
  usagov: { name: 'Washington', code: 'USAGOV', country: 'USA', sector: 'GOV', type: 'country' },
  deugov: { name: 'Germany', code: 'DEUGOV', country: 'DEU', sector: 'GOV', type: 'country' },
  turgov: { name: 'Turkey', code: 'TURGOV', country: 'TUR', sector: 'GOV', type: 'country' },
  fragov: { name: 'France', code: 'FRAGOV', country: 'FRA', sector: 'GOV', type: 'country' },
};
const PLACES: Record<string, { name: string; country: string; lat: number; lon: number; geonameId: number }> = {
  kyiv: { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, geonameId: 703448 },
  kharkiv: { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, geonameId: 706483 },
  mariupol: { name: 'Mariupol', country: 'UKR', lat: 47.1, lon: 37.55, geonameId: 701822 },
  moscow: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, geonameId: 524901 },
  istanbul: { name: 'Istanbul', country: 'TUR', lat: 41.01, lon: 28.95, geonameId: 745044 },
  berlin: { name: 'Berlin', country: 'DEU', lat: 52.52, lon: 13.41, geonameId: 2950159 },
  paris: { name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35, geonameId: 2988507 },
};
interface Template { s: string; t: string; verb: string; place: string; cameo: string; type: string; g: number; q: number; by?: string }
const TEMPLATES: Template[] = [
  { s: 'rusmil', t: 'ukrmil', verb: 'shelled positions of', place: 'kharkiv', cameo: '195', type: 'ASSAULT', g: -10, q: 4, by: 'the Ukrainian defence ministry' },
  { s: 'rusmil', t: 'ukrgov', verb: 'fired missiles at buildings used by', place: 'kyiv', cameo: '190', type: 'ASSAULT', g: -10, q: 4, by: 'city officials' },
  { s: 'ukrmil', t: 'rusmil', verb: 'pushed back', place: 'mariupol', cameo: '190', type: 'ASSAULT', g: -10, q: 4 },
  { s: 'usagov', t: 'ukrgov', verb: 'announced new military aid for', place: 'kyiv', cameo: '072', type: 'AID', g: 8.3, q: 2 },
  { s: 'deugov', t: 'ukrgov', verb: 'agreed to send humanitarian supplies to', place: 'berlin', cameo: '073', type: 'AID', g: 7.4, q: 2 },
  { s: 'turgov', t: 'rusgov', verb: 'hosted talks with', place: 'istanbul', cameo: '043', type: 'CONSULT', g: 2.8, q: 1 },
  { s: 'ukrgov', t: 'rusgov', verb: 'accused', place: 'kyiv', cameo: '112', type: 'ACCUSE', g: -2, q: 3, by: 'a presidential adviser' },
  { s: 'rusgov', t: 'usagov', verb: 'warned', place: 'moscow', cameo: '138', type: 'THREATEN', g: -7, q: 3, by: 'state media' },
  { s: 'fragov', t: 'rusgov', verb: 'called for a ceasefire in talks with', place: 'paris', cameo: '020', type: 'REQUEST', g: 3, q: 1 },
  { s: 'usagov', t: 'rusgov', verb: 'imposed sanctions on', place: 'moscow', cameo: '163', type: 'SANCTION', g: -8, q: 4 },
];
const OUTLETS = ['Example Wire', 'Daily Fixture', 'Test Times'];

/** `n` synthetic articles, one or two events each, dated from 2022-02-20 on. */
export function syntheticDocs(n = 36): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2022, 1, 20 + ((i * 5) % 28)));
    const date = day.toISOString().slice(0, 10);
    const tA = TEMPLATES[i % TEMPLATES.length];
    const tB = TEMPLATES[(i * 3 + 1) % TEMPLATES.length];
    const templates = i % 3 === 0 ? [tA, tB] : [tA];
    const sentences = templates.map((tp) => {
      const s = ACTORS[tp.s].name;
      const cap = s[0].toUpperCase() + s.slice(1);
      return `${cap} ${tp.verb} ${ACTORS[tp.t].name} near ${PLACES[tp.place].name} on ${date}${tp.by ? `, ${tp.by} said` : ''}.`;
    });
    const title = `Report ${i + 1}: ${ACTORS[tA.s].name} and ${ACTORS[tA.t].name}`;
    const doc = makeDoc(`${sentences.join(' ')}\n\nMore details were expected later in the day, the report number ${i + 1} added.`, [], {
      title, date, source: OUTLETS[i % OUTLETS.length], url: `https://example.org/fixture/${i + 1}`,
    });
    const t = doc.text;
    const actorIds = new Map<string, string>();
    const placeIds = new Map<string, string>();
    let from = t.indexOf('\n\n') + 2;
    templates.forEach((tp, k) => {
      const sent = first(t, sentences[k], from);
      from = sent.end;
      const getActor = (key: string, at: number): string => {
        const a = ACTORS[key];
        const sp = first(t.toLowerCase(), a.name.toLowerCase(), at);
        let id = actorIds.get(key);
        if (!id) {
          id = `a${actorIds.size + 1}`;
          actorIds.set(key, id);
          doc.actors.push({ id, ...a, role: null, mentions: [] });
        }
        doc.actors.find((x) => x.id === id)!.mentions.push(sp);
        return id;
      };
      const src = getActor(tp.s, sent.start);
      const tgt = getActor(tp.t, sent.start + ACTORS[tp.s].name.length + tp.verb.length);
      const pl = PLACES[tp.place];
      let pid = placeIds.get(tp.place);
      if (!pid) {
        pid = `p${placeIds.size + 1}`;
        placeIds.set(tp.place, pid);
        doc.places.push({ id: pid, name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon, geonameId: pl.geonameId, featureType: 'city', confidence: 0.9, mentions: [] });
      }
      doc.places.find((p) => p.id === pid)!.mentions.push(first(t, pl.name, sent.start));
      const attribution: Link[] = tp.by ? [{ name: tp.by, actor: null, kind: 'organization', cue: 'said' }] : [];
      doc.events.push({
        id: `e${k + 1}`, cameo: tp.cameo, plover: { type: tp.type, mode: null, context: [] }, source: [src], target: [tgt], date, dateSource: 'text',
        modality: tp.by ? 'claimed' : 'asserted', negated: false, place: pid, evidence: [sent], attribution, goldstein: tp.g, quadClass: tp.q,
        pattern: 'fixture/synthetic',
      });
    });
    addMentions(doc);
    docs.push(doc);
  }
  return docs;
}

/** Markup that must show up as text, never run: the page sets window.__pwned if it does. */
export const HOSTILE = {
  title: 'Hostile <img src=x onerror="window.__pwned=1"> title',
  body: 'The <script>window.__pwned=2</script> militia attacked <img src=x onerror="window.__pwned=3"> the <b onmouseover="window.__pwned=4">town</b> of Testville, the <svg onload="window.__pwned=5"> agency said.',
  actor: '<script>window.__pwned=6</script> militia',
  outlet: '<img src=x onerror="window.__pwned=7">Outlet',
  agency: '<svg onload="window.__pwned=8">agency',
  place: '<iframe src="javascript:window.__pwned=9">Testville',
};

export function hostileDoc(): Doc {
  const doc = makeDoc(HOSTILE.body, [], { title: HOSTILE.title, date: '2022-03-05', source: HOSTILE.outlet, url: 'javascript:window.__pwned=10' });
  const t = doc.text;
  doc.actors = [
    { id: 'a1', name: HOSTILE.actor, code: 'XSSREB', country: 'XSS', sector: 'REB', type: 'organization', role: null, mentions: [first(t, '<script>window.__pwned=2</script> militia')] },
    { id: 'a2', name: 'Testville <b>council</b>', code: 'XSSGOV', country: 'XSS', sector: 'GOV', type: 'organization', role: null, mentions: [first(t, '<b onmouseover="window.__pwned=4">town</b>')] },
  ];
  doc.places = [{ id: 'p1', name: HOSTILE.place, country: 'XSS', lat: 10, lon: 10, geonameId: null, featureType: 'city', confidence: 0.5, mentions: [first(t, 'Testville')] }];
  doc.quotes = [];
  doc.events = [{
    id: 'e1', cameo: '190', plover: { type: 'ASSAULT', mode: null, context: [] }, source: ['a1'], target: ['a2'], date: '2022-03-05', dateSource: 'article',
    modality: 'claimed', negated: false, place: 'p1', evidence: [first(t, 'attacked <img src=x onerror="window.__pwned=3">')],
    attribution: [{ name: HOSTILE.agency, actor: null, kind: 'agency', cue: '<i>said</i>' }], goldstein: -10, quadClass: 4, pattern: 'fixture/hostile',
  }];
  addMentions(doc);
  return doc;
}

export interface Fixture {
  store: SqliteStore;
  exampleId: string;
  hostileId: string;
  docs: Doc[];
}

/** Create (or add to) a database at `path` with the example, the synthetic articles and (unless told not to) the hostile one. */
export async function buildFixtureDb(path: string, options: { synthetic?: number; hostile?: boolean } = {}): Promise<Fixture> {
  const store = new SqliteStore(path);
  const example = exampleDoc();
  const hostile = hostileDoc();
  const docs = [example, ...syntheticDocs(options.synthetic ?? 36), ...(options.hostile === false ? [] : [hostile])];
  await store.putBatch(docs, []);
  return { store, exampleId: example.article.id, hostileId: hostile.article.id, docs };
}

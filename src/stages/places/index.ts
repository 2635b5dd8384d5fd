import type { Doc, Mention, Place, Span, Token } from '../../model/doc.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { FULL, Gazetteer, loadGazetteer, PREFIX } from './gazetteer.js';
import { normKey } from './normalize.js';
import { loadTables, type StopClass, type TableEntry, type Tables } from './tables.js';

export interface PlacesOptions {
  /** Drop places resolved with less confidence than this (default 0: keep all accepted). */
  minConfidence?: number;
}

/** Longest name, in tokens, the scanner tries. */
const MAX_TOKENS = 7;

/** Words before a toponym that make a place reading likely ("in Nice", "near Bakhmut"). */
const LOCATIVE = new Set([
  'in', 'near', 'outside', 'around', 'into', 'inside', 'towards', 'toward', 'from', 'across', 'through', 'at',
  'to', 'via', 'between', 'within', 'throughout', 'beyond', 'entered', 'captured', 'shelled', 'struck',
  'hit', 'took', 'seized', 'liberated', 'encircled', 'besieged', 'attacked', 'visited', 'reached',
]);
/** The locative words that rarely come before a person's name. */
const STRONG_LOCATIVE = new Set([
  'in', 'near', 'outside', 'around', 'into', 'inside', 'towards', 'toward', 'across', 'through', 'within',
  'throughout', 'entered', 'captured', 'shelled', 'liberated', 'encircled', 'besieged',
]);
/** Titles before a name: what follows is a person. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'gen', 'general', 'senator', 'sen', 'rep', 'governor', 'gov',
  'mayor', 'spokesman', 'spokeswoman', 'secretary', 'chancellor', 'premier', 'colonel', 'col', 'lt', 'sgt', 'capt',
  'captain', 'prince', 'king', 'queen', 'pope', 'saint', 'st', 'sir', 'lord', 'lady', 'judge', 'justice', 'prof',
  'professor', 'ambassador', 'commander', 'chief', 'director', 'leader', 'mrs.', 'mr.',
]);
/** Speech verbs after a name: a person (or a capital used for its government). */
const SAY = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'noted', 'explained', 'tweeted', 'insisted', 'asked']);
/** Capitalised words that may follow a place without making it part of a person's name. */
const FOLLOW_OK = new Set([
  'oblast', 'region', 'province', 'district', 'city', 'airport', 'people', "people's", 'republic', 'county', 'state',
  'river', 'mountains', 'bay', 'sea', 'valley', 'island', 'islands', 'peninsula', 'port', 'harbour', 'harbor', 'station',
  'square', 'street', 'avenue', 'bridge', 'dam', 'plant', 'nuclear', 'power', 'mayor', 'governor', 'council',
  'administration', 'authorities', 'government', 'police', 'metro', 'university', 'front', 'direction', 'axis',
  'raion', 'krai', 'kray', 'territory', 'area', 'governorate', 'prefecture', 'municipality', 'center', 'centre',
]);
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
const AGENCIES = 'Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|DPA|Xinhua|TASS|RIA|Interfax|Ukrinform|BBC|Sputnik|IANS|PTI|ANI|RFE\\/RL|Anadolu|PAP|Belta|BelTA|Kyodo|Yonhap|VOA|NPR|ABC|CBS|NBC|Al Jazeera';
/** A dateline at a paragraph start: "KYIV, Feb 24 (Reuters) -", "Moscow CNN —", "CAPRI, Italy (AP) —". */
const DATELINE = new RegExp(
  `^([A-Z][A-Za-z.'\\u2019\\- ]{1,40}?(?:\\s*/\\s*[A-Z][A-Za-z.'\\- ]{1,40}?)*)` +
    `(?:,\\s*([A-Z][A-Za-z. ]{1,30}?))?` +
    `(?:,?\\s*(?:${MONTHS})\\.?\\s+\\d{1,2})?` +
    `\\s*(?:\\((?:${AGENCIES})[^)]{0,20}\\)|(?:${AGENCIES})(?: Business)?)?\\s*[-\\u2013\\u2014:]`,
);

interface Cand {
  id: string;
  /** Gazetteer index or -1. */
  place: number;
  entry: TableEntry | null;
  alias: boolean;
  /** 0 matched by the place's name, 1 by a spelling among its alternate names, 2 by another name. */
  alt: number;
  iso3: string | null;
  admin1: string | null;
  pop: number;
  fcode: string;
  score: number;
}

interface Hit extends Span {
  key: string;
  first: number;
  last: number;
  /** Candidates (empty for blocks, which only consume their span). */
  cands: Cand[];
  block: boolean;
  stop: StopClass | null;
  sentenceInitial: boolean;
  allCaps: boolean;
  pos: string;
  locative: boolean;
  strongLocative: boolean;
  /** The last token is capitalised ("Frankfurt am Main", not "Kuwait by"). */
  lastCapital: boolean;
  nameContext: boolean;
  /** In a dateline; 'strong' when it has an agency, a date or a qualifier ("CAPRI, Italy (AP) —"). */
  dateline: 'strong' | 'weak' | null;
  /** Index of a "X, Q" qualifier hit, or -1. */
  qualifier: number;
  /** The word before: "state" ("the state of Georgia") or "city" ("the city of Paris"). */
  hint: 'state' | 'city' | null;
  dropped: boolean;
}

const FC_BONUS: Record<string, number> = { PPLC: 2, PPLA: 0.7, PPLG: 0.7, PPLA2: 0.3, PPLX: -0.8, PPLH: -2, PPLQ: -3, PPLW: -3 };

const WORDY = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function datelineOf(spans: Array<Span & { strong: boolean }>, start: number, end: number): 'strong' | 'weak' | null {
  for (const d of spans) if (start >= d.start && end <= d.end) return d.strong ? 'strong' : 'weak';
  return null;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Toponyms resolved to GeoNames places (countries, regions, cities), with confidence. */
export function places(options: PlacesOptions = {}): Stage {
  const gaz = loadGazetteer();
  const tables = loadTables(gaz);
  const minConfidence = options.minConfidence ?? 0;
  return {
    name: 'places',
    requires: ['sentences', 'mentions'],
    provides: ['places'],
    run(doc: Doc, ctx: StageContext) {
      runPlaces(doc, ctx, gaz, tables, minConfidence);
    },
  };
}

function candidatesFor(gaz: Gazetteer, tables: Tables, key: string, surface: string, g: number, gFull: boolean): { cands: Cand[]; block: boolean } {
  const cands: Cand[] = [];
  let block = false;
  const te = tables.keys.get(key);
  if (te) {
    for (const e of te.entries) {
      if (e.exact !== null && e.exact !== surface) continue;
      if (e.kind === 'block') {
        block = true;
        continue;
      }
      if (cands.some((c) => c.id === e.id)) continue;
      if (e.kind === 'alias') {
        cands.push({
          id: e.id, place: e.place, entry: e, alias: true, alt: 0, iso3: e.iso3, admin1: e.admin1,
          pop: e.place >= 0 ? gaz.pop[e.place] : 0, fcode: e.place >= 0 ? gaz.fcode(e.place) : 'PPL', score: 0,
        });
      } else {
        cands.push({ id: e.id, place: -1, entry: e, alias: false, alt: 0, iso3: e.iso3, admin1: e.admin1, pop: 0, fcode: '', score: 0 });
      }
    }
  }
  if (block) return { cands: [], block: true };
  if (g >= 0 && gFull && key.length >= 3) {
    // A table naming a country or region ("Hong Kong", "Gaza", "Georgia") stands for the cities of
    // that country with the same name; aliases stand for their own place.
    const shadow = new Set(cands.filter((c) => c.entry && c.entry.kind !== 'alias').map((c) => c.iso3));
    const theKey = key.startsWith('the ');
    const arr = gaz.candidates(g);
    for (let i = 0; i < arr.length; i++) {
      const p = arr[i] >>> 2;
      const id = `g:${gaz.geonameid[p]}`;
      const alt = arr[i] & 3;
      if (cands.some((c) => c.id === id)) continue; // the alias entry already stands for it
      const iso3 = tables.iso2to3.get(gaz.country(p)) ?? null;
      if (shadow.has(iso3)) continue;
      if (theKey && (alt || gaz.pop[p] < 100000)) continue; // "The Hague", not "The Center"
      cands.push({ id, place: p, entry: null, alias: false, alt, iso3, admin1: gaz.admin1(p), pop: gaz.pop[p], fcode: gaz.fcode(p), score: 0 });
    }
  }
  return { cands, block: false };
}

function runPlaces(doc: Doc, ctx: StageContext, gaz: Gazetteer, tables: Tables, minConfidence: number): void {
  const text = doc.text;
  const tokens = doc.tokens;
  const hits: Hit[] = [];
  const candCache = new Map<string, { cands: Cand[]; block: boolean }>();

  // Datelines in the first paragraphs after the title.
  const datelineSpans: Array<Span & { strong: boolean }> = [];
  for (const s of doc.sentences) {
    if (s.paragraph > 4) break;
    if (s.paragraph === 0 || (s.start > 0 && text.charCodeAt(s.start - 1) !== 10)) continue;
    const m = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!m) continue;
    const head = m[1];
    const hasAgencyOrDate = m[0].length > head.length + (m[2] ? m[2].length + 2 : 0) + 2;
    const strong = hasAgencyOrDate || !!m[2];
    if (!strong && !isAllCaps(head.replace(/[^A-Za-z]/g, ''))) continue;
    datelineSpans.push({ start: s.start, end: s.start + m[0].length, strong });
  }

  // 1. Scan: longest match of gazetteer/table keys from each capitalised token, within a sentence.
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const tok = tokens[i];
      let startTok = i;
      if (!isUpperAt(text, tok.start)) {
        // "the Hague": a lower-case "the" before a capitalised name the city data knows with "the".
        if (tok.norm !== 'the' || i + 1 >= s.lastToken || !isUpperAt(text, tokens[i + 1].start)) continue;
      }
      let best = -1;
      let bestKey = '';
      let bestG = -1;
      let bestGFull = false;
      for (let j = i; j < s.lastToken && j < i + MAX_TOKENS; j++) {
        if (j > i) {
          const gap = tokens[j].start - tokens[j - 1].end;
          if (gap > 1 || (gap === 1 && text.charCodeAt(tokens[j - 1].end) !== 32)) break;
        }
        const t = tokens[j];
        let key: string | null;
        if (j === i && /^[a-z]+$/.test(t.norm)) key = t.norm;
        else key = normKey(text.slice(tok.start, t.end));
        if (key === null) break;
        const g = gaz.find(key);
        const te = tables.keys.get(key);
        if (g < 0 && !te) break;
        const gFlags = g >= 0 ? gaz.flags(g) : 0;
        const gFull = (gFlags & FULL) !== 0;
        if ((gFull || (te && te.entries.length > 0)) && WORDY.test(t.norm)) {
          if (!(j === i && tok.norm === 'the')) {
            best = j;
            bestKey = key;
            bestG = g;
            bestGFull = gFull;
          }
        }
        if (!((gFlags & PREFIX) !== 0 || te?.prefix)) break;
      }
      if (best < 0) continue;
      if (tok.norm === 'the' && !bestKey.startsWith('the ')) {
        continue; // the name itself is found from the next token
      }
      const end = tokens[best].end;
      // Whole words only: the tokenizer may cut "Ługańsk" inside the word.
      if ((tok.start > 0 && LETTER.test(text[tok.start - 1])) || (end < text.length && LETTER.test(text[end]))) continue;
      const surface = text.slice(tok.start, end);
      // One candidate list per distinct name and surface in the document (hits of a name share it).
      const cacheKey = `${bestKey}\u0000${surface}`;
      let cb = candCache.get(cacheKey);
      if (!cb) candCache.set(cacheKey, (cb = candidatesFor(gaz, tables, bestKey, surface, bestG, bestGFull)));
      const { cands, block } = cb;
      if (cands.length > 0 || block) {
        const prev = startTok > s.firstToken ? tokens[startTok - 1] : null;
        const next = best + 1 < s.lastToken ? tokens[best + 1] : null;
        const sentenceInitial =
          startTok === s.firstToken || (prev !== null && startTok - 1 === s.firstToken && prev.pos === 'PUNCT');
        hits.push({
          start: tok.start, end: tokens[best].end, key: bestKey, first: startTok, last: best + 1, cands, block,
          stop: best === startTok ? tables.stop.get(tok.norm) ?? null : null,
          sentenceInitial,
          allCaps: isAllCaps(surface.replace(/[^\p{L}]/gu, '')),
          pos: tok.pos,
          locative: prev !== null && LOCATIVE.has(prev.norm),
          strongLocative: prev !== null && STRONG_LOCATIVE.has(prev.norm),
          lastCapital: isUpperAt(text, tokens[best].start) || /^\d/.test(tokens[best].norm),
          nameContext: nameContext(text, tokens, s.firstToken, startTok, best, s.lastToken, prev, next),
          dateline: datelineOf(datelineSpans, tok.start, end),
          qualifier: -1,
          hint: hintBefore(tokens, startTok, s.firstToken),
          dropped: false,
        });
      }
      i = best;
    }
  }
  if (hits.length === 0) {
    doc.places = [];
    return;
  }

  // 2. Hard filters per hit: blocks, mentions of people/media, person-name contexts, stop words.
  const byMention = new Map<string, Mention>();
  for (const m of doc.mentions) byMention.set(`${m.start}:${m.end}`, m);
  // Mentions that hide a place inside them, by start; swept once along the hits (which are in text order).
  const hiding = doc.mentions
    .filter((m) => m.kind === 'person' || m.kind === 'media' || m.kind === 'pronoun')
    .sort((a, b) => a.start - b.start);
  let hp = 0;
  let active: Mention[] = [];
  for (const h of hits) {
    if (h.block) {
      h.dropped = true;
      continue;
    }
    while (hp < hiding.length && hiding[hp].start <= h.start) active.push(hiding[hp++]);
    if (active.length > 0) {
      active = active.filter((m) => m.end > h.start);
      for (const m of active) {
        if (m.end < h.end) continue;
        // Inside a name ("Paris Hilton", "Kyiv Post"), not inside a description ("the head of the Donetsk
        // People's Republic", "Kharkiv Mayor Ihor Terekhov").
        if (isDescription(text, m, h, tokens)) continue;
        h.dropped = true;
        break;
      }
    }
    if (h.dropped) continue;
    if (h.stop === 'never') {
      // Only hits from the city data are affected: tables and aliases stand.
      h.cands = h.cands.filter((c) => c.entry !== null);
      if (h.cands.length === 0) h.dropped = true;
    } else if (h.stop === 'name' && h.nameContext) {
      h.dropped = true;
    }
  }

  // Qualifiers: "Paris, Texas", "Atlanta, United States", "Nice, France".
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k];
    const b = hits[k + 1];
    if (a.dropped || b.dropped) continue;
    if (b.first !== a.last + 1 || tokens[a.last].norm !== ',') continue;
    if (b.cands.some((c) => c.entry !== null && (c.entry.kind === 'country' || c.entry.kind === 'region'))) a.qualifier = k + 1;
  }
  // "Donetsk and Luhansk regions": the first name is a region too.
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k];
    const b = hits[k + 1];
    if (a.dropped || b.dropped || b.first !== a.last + 1) continue;
    const conj = tokens[a.last].norm;
    if (conj !== 'and' && conj !== ',' && conj !== 'or') continue;
    const lastWord = b.key.slice(b.key.lastIndexOf(' ') + 1);
    if (lastWord !== 'regions' && lastWord !== 'oblasts' && lastWord !== 'provinces') continue;
    const te = tables.keys.get(`${a.key} region`);
    const reg = te?.entries.find((e) => e.kind === 'region');
    if (reg) {
      a.cands = [{ id: reg.id, place: -1, entry: reg, alias: false, alt: 0, iso3: reg.iso3, admin1: reg.admin1, pop: 0, fcode: '', score: 0 }];
    }
  }

  // 3. Context: countries and first-level regions the article names unambiguously, the dateline, the actors.
  const countryW = new Map<string, number>();
  const subW = new Map<string, number>(); // sub-national evidence per country
  const adminW = new Map<string, number>();
  const addW = (m: Map<string, number>, k: string | null, w: number) => {
    if (k) m.set(k, (m.get(k) ?? 0) + w);
  };
  let datelineCountry: string | null = null;
  for (const h of hits) {
    if (h.dropped || h.cands.length === 0) continue;
    const strong = h.cands.filter((c) => c.entry !== null);
    const top = strong.length === 1 ? strong[0] : h.cands.length === 1 ? h.cands[0] : null;
    if (!top) continue;
    if (top.entry === null && top.pop < 100000 && !h.dateline) continue;
    const w = h.dateline ? 3 : 1;
    addW(countryW, top.iso3, w);
    if ((top.entry === null || top.entry.kind !== 'country') && top.fcode !== 'PPLC') {
      addW(subW, top.iso3, w);
      if (top.admin1) addW(adminW, `${top.iso3}.${top.admin1}`, w);
    }
    if (h.dateline && !datelineCountry) datelineCountry = top.iso3;
  }
  for (const a of doc.actors) {
    if (a.country && /^[A-Z]{3}$/.test(a.country)) addW(countryW, a.country, 0.5 * Math.min(3, a.mentions.length));
  }

  // 4. Resolve each key once (one sense per discourse), using the context built above.
  const byKey = new Map<string, Hit[]>();
  for (const h of hits) {
    if (h.dropped) continue;
    let arr = byKey.get(h.key);
    if (!arr) byKey.set(h.key, (arr = []));
    arr.push(h);
  }
  let maxW = 0;
  for (const v of countryW.values()) maxW = Math.max(maxW, v);
  const resolved = new Map<Hit, { cand: Cand; confidence: number }>();
  const lowerMemo = new Map<string, boolean>();
  /** Does the word also occur in lower case in this article ("reading", "nice")? */
  const seenLower = (w: string) => {
    let seen = lowerMemo.get(w);
    if (seen === undefined) {
      seen = false;
      for (const t of tokens) {
        if (t.norm === w && text.charCodeAt(t.start) >= 97 && text.charCodeAt(t.start) <= 122) {
          seen = true;
          break;
        }
      }
      lowerMemo.set(w, seen);
    }
    return seen;
  };

  for (const [, group] of byKey) {
    const h0 = group[0];
    const qualifiers = group.filter((h) => h.qualifier >= 0).map((h) => hits[h.qualifier]);
    const hint = group.find((h) => h.hint)?.hint ?? null;
    let best: Cand | null = null;
    let second = -Infinity;
    for (const c of h0.cands) {
      c.score = scoreCand(c, countryW, subW, adminW, maxW, datelineCountry, qualifiers, hint, group.length);
      if (!best || c.score > best.score) {
        if (best) second = Math.max(second, best.score);
        best = c;
      } else second = Math.max(second, c.score);
    }
    if (!best) continue;
    let z = 0;
    for (const c of h0.cands) z += Math.exp(2 * (c.score - best.score));
    let confidence = (1 / z) * (1 / (1 + Math.exp(-2 * (best.score - 5))));
    confidence = Math.max(0.05, Math.min(0.99, confidence));

    // Acceptance.
    const qualified = qualifiers.some((q) => qualifies(best!, q));
    const hasCountry = best.iso3 !== null && ((countryW.get(best.iso3) ?? 0) > 0 || datelineCountry === best.iso3);
    const hasAdmin = best.admin1 !== null && (adminW.get(`${best.iso3}.${best.admin1}`) ?? 0) > 0;
    for (const h of group) {
      let ok: boolean;
      if (best.entry !== null) {
        // Tables and aliases: a capitalised exact name is enough; shouting only for exact forms or in a dateline.
        ok = !h.allCaps || h.dateline !== null || best.entry.exact !== null || h.key.length > 3;
        if (h.stop === 'name' && h.nameContext) ok = false;
      } else {
        const multi = h.last - h.first > 1;
        const pop = best.pop;
        const t1 = best.fcode === 'PPLC' || (!best.alt && pop >= 100000) || pop >= 1000000 || (multi && !best.alt && pop >= 50000);
        const t2 = pop >= 15000 || best.fcode === 'PPLA' || multi;
        const weak = h.stop === 'word' || h.stop === 'name';
        if (h.key.length < 3 || (multi && !h.lastCapital)) ok = false;
        else if (h.dateline === 'strong' || qualified) ok = pop >= 1000 || qualified;
        else if (h.dateline === 'weak') ok = t1;
        else if (weak) ok = h.strongLocative && hasCountry && !(h.stop === 'name' && h.nameContext);
        else {
          ok = t1 || (t2 && hasCountry && h.locative) || (hasAdmin && (t2 || h.locative)) || (hasCountry && h.strongLocative);
          if (ok && !multi && h.nameContext && best.fcode !== 'PPLC' && pop < 1000000) ok = false;
          if (ok && best.alt === 2 && !hasCountry) ok = false; // "Salisbury" is not Harare without Zimbabwe
          if (ok && h.pos !== 'PROPN' && !multi && !(t1 && !h.sentenceInitial)) ok = false;
          if (ok && h.allCaps && pop < 500000) ok = false;
          if (ok && !multi && best.fcode !== 'PPLC' && seenLower(h0.key)) ok = false;
        }
      }
      if (ok) resolved.set(h, { cand: best, confidence });
    }
  }

  // 5. Places (in order of first mention) and mentions.
  const placeById = new Map<string, Place>();
  const out: Place[] = [];
  let nextMention = 1;
  for (const m of doc.mentions) {
    const n = /^m(\d+)$/.exec(m.id);
    if (n) nextMention = Math.max(nextMention, Number(n[1]) + 1);
  }
  for (const h of hits) {
    const r = resolved.get(h);
    if (!r || r.confidence < minConfidence) continue;
    const c = r.cand;
    let place = placeById.get(c.id);
    if (!place) {
      place = makePlace(`p${out.length + 1}`, c, gaz, tables, r.confidence);
      placeById.set(c.id, place);
      out.push(place);
    } else place.confidence = Math.max(place.confidence, round2(r.confidence));
    place.mentions.push({ start: h.start, end: h.end });
    const m = byMention.get(`${h.start}:${h.end}`);
    if (m) m.place = place.id;
    else {
      const rule = h.dateline !== null ? 'places/dateline' : c.entry ? `places/${c.entry.kind}` : 'places/gazetteer';
      doc.mentions.push({ id: `m${nextMention++}`, start: h.start, end: h.end, kind: 'place', text: text.slice(h.start, h.end), actor: null, place: place.id, rule });
    }
    if (r.confidence < 0.5) {
      ctx.report({ ruleId: 'places/ambiguous', reason: `"${text.slice(h.start, h.end)}" resolved to ${place.name} (${place.country ?? '?'}) with confidence ${round2(r.confidence)}`, start: h.start, end: h.end, severity: 'info' });
    }
  }
  doc.places = out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function qualifies(c: Cand, q: Hit): boolean {
  return q.cands.some((qc) => {
    const e = qc.entry;
    if (!e) return false;
    if (e.kind === 'country') return e.iso3 === c.iso3 && c.entry?.kind !== 'country';
    if (e.kind === 'region') return e.iso3 === c.iso3 && e.admin1 !== null && e.admin1 === c.admin1 && c.entry === null;
    return false;
  });
}

function scoreCand(
  c: Cand,
  countryW: Map<string, number>,
  subW: Map<string, number>,
  adminW: Map<string, number>,
  maxW: number,
  datelineCountry: string | null,
  qualifiers: Hit[],
  hint: 'state' | 'city' | null,
  mentions: number,
): number {
  let s: number;
  const e = c.entry;
  if (e && e.kind === 'country') s = 9.5;
  else if (e && (e.kind === 'region' || e.kind === 'area')) s = 8.5;
  else {
    s = 1.2 * Math.log10(c.pop + 1) + (FC_BONUS[c.fcode] ?? 0) - (c.alt === 1 ? 0.7 : c.alt === 2 ? 1.5 : 0);
    if (c.alias) s += 4;
  }
  const share = (m: Map<string, number>, k: string | null, div: number) => (k ? Math.min(1, (m.get(k) ?? 0) / div) : 0);
  if (e && e.kind === 'country') {
    // A country's own name: the article naming its places (Tbilisi for Georgia) supports it.
    s += 2 * share(subW, c.iso3, 2);
  } else if (e && e.kind !== 'alias') {
    // A region: supported by other places of its country below country level (Atlanta for Georgia the state).
    s += 3 * share(subW, c.iso3, 2);
  } else {
    s += maxW > 0 ? 2 * share(countryW, c.iso3, maxW) : 0;
    if (c.admin1) s += 2 * share(adminW, `${c.iso3}.${c.admin1}`, 1);
  }
  if (datelineCountry && c.iso3 === datelineCountry) s += 1;
  for (const q of qualifiers) if (qualifies(c, q)) s += 10;
  if (hint === 'state' && e && e.kind === 'region') s += 5;
  if (hint === 'city' && !e) s += 2;
  void mentions;
  return s;
}

function isDescription(text: string, m: Span, h: Hit, tokens: Token[]): boolean {
  if (/(^|\s)[a-z]/.test(text.slice(m.start, m.end))) return true;
  const next = tokens[h.last];
  return next !== undefined && next.start < m.end && (FOLLOW_OK.has(next.norm) || next.norm === "people's");
}

function hintBefore(tokens: Token[], i: number, first: number): 'state' | 'city' | null {
  if (i - 2 < first || tokens[i - 1].norm !== 'of') return null;
  const w = tokens[i - 2].norm;
  if (w === 'state') return 'state';
  if (w === 'city' || w === 'town' || w === 'village') return 'city';
  return null;
}

/** Is this name part of a person's name ("Vladimir Putin", "Michael Jordan", "President Jackson", "Jackson said")? */
function nameContext(
  text: string,
  tokens: Token[],
  first: number,
  i: number,
  j: number,
  last: number,
  prev: Token | null,
  next: Token | null,
): boolean {
  if (prev) {
    const p = prev.norm.replace(/\.$/, '');
    if (TITLES.has(p)) return true;
    const pt = text.slice(prev.start, prev.end);
    if (prev.pos === 'PROPN' && isUpperAt(text, prev.start) && (!isAllCaps(pt) || /^[A-Z]\.?$/.test(pt))) return true;
  }
  // "Kara-Murza", "Thomas-Greenfield": a double-barrelled name.
  const end = tokens[j].end;
  if (text[end] === '-' && end + 1 < text.length && isUpperAt(text, end + 1) && next && next.pos === 'PUNCT') {
    const after = tokens[j + 2];
    if (after && after.pos === 'PROPN') return true;
  }
  if (next) {
    if (SAY.has(next.norm)) return true;
    // "Vladimir Putin": a capitalised name follows that is not "Kharkiv Oblast".
    if (j + 1 < last && next.pos === 'PROPN' && isUpperAt(text, next.start) && !FOLLOW_OK.has(next.norm)) return true;
  }
  return false;
}

function makePlace(id: string, c: Cand, gaz: Gazetteer, tables: Tables, confidence: number): Place {
  const e = c.entry;
  const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  if (c.place >= 0) {
    const p = c.place;
    const gid = gaz.geonameid[p];
    return {
      id, name: tables.displayName.get(gid) ?? gaz.name(p), country: c.iso3, lat: r4(gaz.lat[p]), lon: r4(gaz.lon[p]),
      geonameId: gid, featureType: 'city', confidence: round2(confidence), mentions: [],
    };
  }
  return {
    id, name: e!.name, country: e!.iso3, lat: r4(e!.lat), lon: r4(e!.lon), geonameId: e!.geonameId,
    featureType: e!.kind === 'country' ? 'country' : e!.kind === 'area' ? 'area' : 'region',
    confidence: round2(confidence), mentions: [],
  };
}

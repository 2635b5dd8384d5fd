import type { Actor, Doc, Link, LinkKind, Quote } from '../../model/doc.js';
import type { Clause } from './clause.js';
import { SPEECH } from './lexicon.js';

/**
 * Who says an event happened. The quotes stage gives attribution chains for reported speech
 * (`Quote.attribution`); when no quote covers an event, a sentence-level detector finds
 * "..., X said.", "X said (that) ...", "according to X" and ", saying ...".
 */

/** A stretch of a sentence [from, to) (token indices) that someone other than the outlet says. */
export interface Claim {
  from: number;
  to: number;
  link: Link;
  /** The speaker's actors, when known. */
  speaker?: string[];
}

const ORG_HEADS = new Set(
  'ministry government army military police agency office council committee union group company party organization organisation authorities forces ministry spokesman'.split(' '),
);

/** The innermost quote covering [start, end), or null. (The quotes stage exports the same; this keeps events independent.) */
export function quoteCovering(quotes: Quote[], start: number, end: number): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.start <= start && q.end >= end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** The chain for an event inside a quote: its attribution, or its speaker when the chain is empty. */
export function quoteChain(doc: Doc, q: Quote, actorsById: Map<string, Actor>): Link[] {
  if (q.attribution.length) return q.attribution;
  if (q.speaker) {
    const a = actorsById.get(q.speaker);
    if (a) return [linkForActor(a, q.cue)];
  }
  if (q.speakerText) return [{ name: q.speakerText, actor: null, kind: 'person', cue: q.cue }];
  return [];
}

export function linkKind(a: Actor): LinkKind {
  switch (a.type) {
    case 'person':
      return 'person';
    case 'media':
      return 'agency';
    case 'document':
      return 'document';
    default:
      return 'organization';
  }
}

export function linkForActor(a: Actor, cue: string | null): Link {
  return { name: a.name, actor: a.id, kind: linkKind(a), cue };
}

/** Claims in one sentence made by reporting verbs. */
export function sentenceClaims(c: Clause, doc: Doc, actorsById: Map<string, Actor>): Claim[] {
  const out: Claim[] = [];
  const { toks, lo, hi } = c;
  const text = doc.text;
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    // "according to X"
    if (t.norm === 'according' && toks[k + 1]?.norm === 'to' && k + 2 < hi) {
      const g = c.groupsRight(k + 2, 4);
      let e = g.length ? g[0].end : k + 2;
      while (e < hi && toks[e].norm !== ',' && toks[e].norm !== '.' && e - k < 10) e++;
      const link = g.length ? speakerLink(c, g[0].group, actorsById, 'according to') : npLink(c, k + 2, e, text, 'according to');
      if (link) {
        if (k > lo) out.push({ from: lo, to: k, link });
        if (e < hi) out.push({ from: e, to: hi, link });
      }
      continue;
    }
    if (t.pos !== 'VERB' || !SPEECH.has(t.lemma)) continue;
    // "an attack claimed by Islamic State", "the group claimed responsibility": a claim of responsibility reports no speech
    if (t.lemma === 'claim' && (toks[k + 1]?.norm === 'by' || toks[k + 1]?.norm === 'responsibility' || toks[k + 2]?.norm === 'responsibility')) continue;
    const cue = cueText(c, k, text);
    // "..., X said." / "..., X told reporters on Monday."
    const comma = commaBefore(c, k);
    if (comma > lo && closesSentence(c, k)) {
      const g = c.npLeft(k - 1);
      const link = g ? speakerLink(c, g, actorsById, cue) : npLink(c, comma + 1, k, text, cue);
      if (link) out.push({ from: lo, to: comma, link });
      continue;
    }
    // "..., said X."
    if (k - 1 > lo && (toks[k - 1].norm === ',' || toks[k - 1].norm === '"')) {
      const g = c.groupsRight(k + 1, 4);
      if (g.length && closesSentence(c, g[0].end - 1)) {
        const link = speakerLink(c, g[0].group, actorsById, cue);
        if (link) out.push({ from: lo, to: k - 1, link });
        continue;
      }
    }
    // "X said (that) ...", ", saying ..."
    let from = k + 1;
    if (t.lemma === 'tell' || t.lemma === 'warn' || t.lemma === 'inform') {
      // the hearer: "told reporters", "told the BBC"
      while (from < hi && from - k < 5 && toks[from].norm !== 'that' && toks[from].pos !== 'AUX' && toks[from].pos !== 'VERB' && toks[from].norm !== ',') from++;
    }
    if (from < hi && toks[from].norm === 'that') from++;
    if (!isClause(c, from)) continue;
    const s = c.subjectOf(k);
    let link = s ? speakerLink(c, s.group, actorsById, cue) : npLink(c, subjectStart(c, k), k, text, cue);
    // "It was emphasised that ...", "it has been noted that": the readout itself says so (a document, no named speaker)
    if (!link && !s && impersonalPassive(c, k)) {
      let it = k - 1;
      while (it > lo && toks[it].norm !== 'it') it--;
      link = { name: text.slice(toks[it].start, toks[k].end), actor: null, kind: 'document', cue };
    }
    if (link) out.push({ from, to: contentEnd(c, from), link, speaker: s?.group.flatMap((g) => c.am[g].actors) ?? [] });
  }
  return out;
}

/**
 * Where reported content ends: at a clause that is the outlet's again (", while Washington urged",
 * ", and Putin vowed", "and demanded that" with the speaker as subject), else the sentence end.
 */
export function contentEnd(c: Clause, from: number): number {
  const { toks, hi } = c;
  for (let q = from + 1; q < hi; q++) {
    const n = toks[q].norm;
    if (n === 'while' || n === 'whereas') return q;
    if (n === ',' && q + 1 < hi && ['and', 'but', 'while', 'whereas', 'as'].includes(toks[q + 1].norm)) {
      // a new clause with its own subject
      let r = q + 2;
      while (r < hi && (c.tokAm[r] >= 0 || ['DET', 'ADJ', 'NOUN', 'PROPN', "'s"].includes(toks[r].pos) || toks[r].norm === "'s")) r++;
      if (r > q + 2 && r < hi && (toks[r].pos === 'VERB' || toks[r].pos === 'AUX')) return q;
    }
    // "said X ... and demanded": a verb coordinated with the reporting verb
    if (n === 'and' && q + 1 < hi && toks[q + 1].pos === 'VERB' && toks[q + 1].norm !== toks[q + 1].lemma && !isGerund(toks[q + 1].norm)) return q;
  }
  return hi;
}

const isGerund = (n: string) => n.length > 4 && n.endsWith('ing');

/** Does a clause start at `from` (within a few words, a finite verb or auxiliary)? */
function isClause(c: Clause, from: number): boolean {
  for (let q = from; q < c.hi && q < from + 10; q++) {
    const t = c.toks[q];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing'))) return q > from;
    if (t.norm === ',' || t.norm === ';') return false;
  }
  return false;
}

function closesSentence(c: Clause, k: number): boolean {
  // the cue (plus its hearer, a time adverbial) ends the sentence, or a non-clausal tail follows
  // (", following months of protests", ", adding ...", ", in the worst unrest since ...")
  let inPhrase = false;
  for (let q = k + 1; q < c.hi && q < k + 10; q++) {
    const n = c.toks[q].norm;
    if (n === '.' || n === '!' || n === '?' || n === '"' || n === ';') return true;
    if (n === ',') return q + 1 < c.hi && (TAIL_OPENERS.has(c.toks[q + 1].norm) || c.toks[q + 1].pos === 'ADP');
    // a prepositional phrase ("in a televised address", "on condition of anonymity") is no clause
    if (c.toks[q].pos === 'ADP') inPhrase = true;
    if (c.toks[q].pos === 'VERB' && !inPhrase && !['DET', 'ADJ'].includes(c.toks[q - 1].pos)) return false;
  }
  return k + 1 >= c.hi - 1;
}

/** Prepositions inside a speaker's description ("a senior official in Islamabad", "a spokesman for the rebels"). */
const SPEAKER_PREP = new Set(['of', 'in', 'for', 'at', 'from', 'with']);

const TAIL_OPENERS = new Set(['adding', 'following', 'after', 'amid', 'citing', 'saying', 'according', 'as', 'in', 'a', 'the', 'two', 'hours', 'days', 'weeks']);

/** The comma before the speaker phrase of a trailing cue ("..., the regional governor said"). */
function commaBefore(c: Clause, k: number): number {
  for (let q = k - 1; q >= c.lo && k - q <= 10; q--) {
    const t = c.toks[q];
    if (t.norm === ',' || t.norm === '"') return q;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'ADP' && !SPEAKER_PREP.has(t.norm))) return -1;
  }
  return -1;
}

/** "it was stressed", "it is noted", "it has been emphasised": an impersonal passive of the reporting verb at `k`. */
function impersonalPassive(c: Clause, k: number): boolean {
  const { toks, lo } = c;
  let q = k - 1;
  if (q >= lo && toks[q].norm === 'been') q--;
  if (q < lo || !['is', 'was', 'has', "'s"].includes(toks[q].norm)) return false;
  return q - 1 >= lo && toks[q - 1].norm === 'it';
}

function subjectStart(c: Clause, k: number): number {
  let q = k - 1;
  while (q >= c.lo && k - q <= 6 && (c.toks[q].pos === 'NOUN' || c.toks[q].pos === 'PROPN' || c.toks[q].pos === 'ADJ' || c.toks[q].pos === 'DET')) q--;
  return q + 1;
}

function cueText(c: Clause, k: number, text: string): string {
  const t = c.toks[k];
  const n = c.toks[k + 1];
  if ((t.lemma === 'tell' || t.lemma === 'quote') && n && (n.pos === 'NOUN' || n.pos === 'PROPN') && n.norm !== 'that') return text.slice(t.start, n.end);
  return text.slice(t.start, t.end);
}

function speakerLink(c: Clause, group: number[], actorsById: Map<string, Actor>, cue: string): Link | null {
  if (!group.length) return null;
  // a person in the group names the speaker best ("Kremlin Spokesman Dmitry Peskov")
  let best: Actor | null = null;
  for (const g of group) {
    const a = actorsById.get(c.am[g].actors[0]);
    if (!a) continue;
    if (!best || (a.type === 'person' && best.type !== 'person')) best = a;
  }
  if (!best) {
    const m = c.am[group[0]].mention;
    return { name: m.text, actor: m.actor, kind: 'person', cue };
  }
  return linkForActor(best, cue);
}

function npLink(c: Clause, from: number, to: number, text: string, cue: string): Link | null {
  if (to <= from) return null;
  let f = from;
  while (f < to && c.toks[f].pos === 'DET') f++;
  if (f >= to) return null;
  const name = text.slice(c.toks[f].start, c.toks[to - 1].end);
  if (!/[A-Za-z]/.test(name) || to - f > 8) return null;
  const head = c.toks[to - 1].lemma;
  return { name, actor: null, kind: ORG_HEADS.has(head) && head !== 'spokesman' ? 'organization' : 'person', cue };
}

/**
 * Without a quotes layer: is the position inside quotation marks in its paragraph?
 * Returns the [open, close) character span of the quotation, or null.
 */
export function insideQuotationMarks(text: string, pos: number): { open: number; close: number } | null {
  let pStart = text.lastIndexOf('\n\n', pos);
  pStart = pStart < 0 ? 0 : pStart + 2;
  let pEnd = text.indexOf('\n\n', pos);
  if (pEnd < 0) pEnd = text.length;
  let open = -1;
  for (let i = pStart; i < pEnd; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    if (open < 0) open = i;
    else {
      if (open < pos && pos < i) return { open, close: i + 1 };
      open = -1;
    }
  }
  // an unclosed quotation runs to the end of the paragraph (a quote continued in the next one)
  if (open >= 0 && open < pos) return { open, close: pEnd };
  return null;
}

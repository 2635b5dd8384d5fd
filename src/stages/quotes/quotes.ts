/**
 * The quotes stage: direct and reported speech, who said it, and the chain through which the
 * article knows it (outlet -> agency -> speaker -> document). See README.md for the rules.
 */
import type { Actor, Doc, Link, LinkKind, Mention, Quote, Token } from '../../model/doc.js';
import type { StageContext } from '../../pipeline/stage.js';
import { paragraphSpans } from '../segment/segment.js';
import type { Lexicon, MediaEntry } from './lexicon.js';
import { scanMarks, type MarkSpan } from './marks.js';
import {
  ADJUNCT_PREPS,
  OBJECT_PRONOUNS,
  Phrases,
  SKIP_ADV,
  SUBJECT_PRONOUNS,
  isComma,
  isDash,
  isQuoteTok,
  type CueHit,
  type Range,
} from './phrases.js';

/** Who a quote is by, once resolved. */
interface Who {
  actor: string | null;
  /** The name used in the chain: the actor's name, or the words (of the antecedent for a pronoun). */
  name: string;
  /** The words that name the speaker where the quote is attributed ("he", "the letters"). */
  text: string;
  kind: LinkKind;
  /** Identity for "same speaker" decisions: actor id, or "n:" + a normalised name. */
  key: string | null;
  person: boolean;
  plural: boolean;
  /** Character position of the naming words. */
  pos: number;
}

type How = 'np' | 'subject' | 'agentless' | 'none';

interface Found {
  start: number;
  end: number;
  direct: boolean;
  mark: MarkSpan | null;
  cue: CueHit | null;
  cueText: string | null;
  np: Range | null;
  how: How;
  /** Position of the speaker's words (or of the quote) for resolution order. */
  pos: number;
  outer: Link[];
  inner: Link[];
  who: Who | null;
  attribution: Link[];
  sentence: number;
  paragraph: number;
  parent: Found | null;
  /** Set for a quote whose speaker came from the quote it continues. */
  continued: boolean;
}

interface Tail {
  /** One past the cue phrase (verb + addressee + adjuncts). */
  k: number;
  parts: string[];
  outer: Link[];
  inner: Link[];
  /** One past the chain words after the cue phrase (", reports TASS"), when read. */
  end?: number;
}

const FIRST_PERSON = new Set(['we', 'i', 'you']);
const SENT_END = new Set(['.', '!', '?']);
const POLITICIAN = new Set(['politician', 'lawmaker', 'mp', 'deputy', 'legislator']);
const LABEL_WORDS = new Set(['credit', 'photo', 'source', 'video', 'update', 'read', 'watch', 'note', 'editor', 'author', 'sources', 'image', 'picture']);
const PERSON_NOUNS = new Set(['leader', 'president', 'minister', 'premier', 'chancellor', 'secretary', 'diplomat', 'envoy', 'ambassador', 'counterpart', 'head', 'general', 'commander']);
const TIME_ADV = new Set(['earlier', 'later', 'late', 'early']);
const TIME_DET = new Set(['this', 'last', 'next']);
const BY_MEDIUM = new Set(['phone', 'telephone', 'video', 'videolink', 'email', 'e-mail', 'text', 'letter', 'satellite']);
const BELIEF = new Set(['believe', 'think', 'hope', 'fear', 'expect', 'feel']);
const DETS = /^(the|a|an|our|his|her|their|its)\s+/i;
const PRONOUN_CASE: Record<string, string> = { him: 'he', her: 'she', them: 'they', us: 'we', me: 'i' };

/** Agent actors this stage added to a Doc, so that running it again does not add them twice. */
const added = new WeakMap<Doc, Set<string>>();

/** Code one document. `lex` holds the tables built once by the factory. */
export function findQuotes(doc: Doc, lex: Lexicon, ctx: StageContext | null): Quote[] {
  const mine = added.get(doc);
  if (mine) doc.actors = doc.actors.filter((a) => !mine.has(a.id));
  const toks = doc.tokens;
  const text = doc.text;
  if (!toks.length || !doc.sentences.length) return [];

  const paras = paragraphSpans(text);
  let marks = scanMarks(text, paras);
  const qOf = new Int32Array(toks.length).fill(-1);
  const sentOf = new Int32Array(toks.length);
  doc.sentences.forEach((s, i) => sentOf.fill(i, s.firstToken, s.lastToken));
  const P = new Phrases(doc, lex, qOf, sentOf);
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    for (let t = P.tokAt(m.start); t < toks.length && toks[t].start < m.end; t++) qOf[t] = k;
  }
  let markTok = marks.map((m) => P.tokAt(m.open));

  const mentions = doc.mentions.length ? [...doc.mentions].sort((a, b) => a.start - b.start) : [];
  const used = new Uint8Array(toks.length);
  const found: Found[] = [];
  const sentences = doc.sentences;
  const lastSentenceIndex = sentences.length - 1;

  const make = (start: number, end: number, direct: boolean, mark: MarkSpan | null, sentence: number): Found => ({
    start,
    end,
    direct,
    mark,
    cue: null,
    cueText: null,
    np: null,
    how: 'none',
    pos: start,
    outer: [],
    inner: [],
    who: null,
    attribution: [],
    sentence,
    paragraph: sentences[sentence].paragraph,
    parent: null,
    continued: false,
  });

  /** Is there a person mention with an actor over the phrase (used before speakers are resolved)? */
  function headMentionEarly(r: Range): boolean {
    const a = toks[r[0]].start;
    const b = toks[r[1] - 1].end;
    for (const m of mentions) if (m.actor && m.kind === 'person' && m.start < b && m.end > a) return true;
    return false;
  }

  // ---------------------------------------------------------------- links for noun phrases

  const mediaLink = (m: MediaEntry, cue: string | null): Link => ({ name: m.name, actor: actorOfMedia(m), kind: m.kind, cue });
  const actorById = new Map<string, Actor>();
  for (const a of doc.actors) actorById.set(a.id, a);
  function actorOfMedia(m: MediaEntry): string | null {
    for (const a of doc.actors) if (a.name === m.name || m.variants.includes(a.name.toLowerCase())) return a.id;
    return null;
  }

  /** A link for a cited source ("citing officials", "quoting the letters"). */
  function linkFor(r: Range, cue: string): Link {
    const name = P.str(r[0], r[1]);
    const head = P.head(r);
    const media = P.mediaIn(r);
    if (media && !lex.documents.has(head.lemma)) return mediaLink(media, cue);
    const mention = bestMention(r);
    const actor = mention?.actor ?? null;
    if (lex.documents.has(head.lemma)) return { name, actor, kind: 'document', cue };
    if (actor) return { name: actorById.get(actor)?.name ?? name, actor, kind: kindOfActor(actorById.get(actor)), cue };
    if (lex.orgs.has(head.lemma)) return { name, actor: null, kind: 'organization', cue };
    return { name, actor: null, kind: 'person', cue };
  }

  // ---------------------------------------------------------------- cue phrases

  /** Read the cue phrase after a cue word: addressee, "as", adjuncts. */
  function tail(c: CueHit, hi: number): Tail {
    const out: Tail = { k: c.last, parts: [P.str(c.first, c.last)], outer: [], inner: [] };
    let k = c.last;
    const verb = toks[c.first].norm;
    if (k < hi && c.cue.object) {
      const t = toks[k];
      if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.norm)) k++;
      else if (t.norm !== 'that' && !(t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) && t.norm !== ':' && !isComma(t)) {
        const np = P.npRight(k, hi);
        if (np) {
          const head = P.head(np);
          const media = P.mediaIn(np);
          if (media) {
            out.outer.push(mediaLink(media, verb));
            out.parts.push(P.str(np[0], np[1]));
          } else if (lex.mediaWords.has(head.lemma) || lex.mediaWords.has(head.norm)) {
            out.outer.push({ name: P.str(np[0], np[1]).replace(DETS, ''), actor: null, kind: 'outlet', cue: verb });
            out.parts.push(P.str(np[0], np[1]));
          } else if (lex.audiences.has(head.lemma)) out.parts.push(P.str(np[0], np[1]));
          k = np[1];
        }
      }
      if (c.cue.object === 'as' && toks[k]?.norm === 'as') k++;
    }
    let lastMedium = '';
    for (let guard = 0; k < hi && guard < 12; guard++) {
      const t = toks[k];
      if (isComma(t) && toks[k + 1]?.norm === 'external') {
        k += 2;
        continue;
      }
      if (t.norm === 'external' && isComma(toks[k - 1])) {
        k++;
        continue;
      }
      if (isComma(t)) {
        // "noting, in particular, that ..."
        let m = k + 1;
        while (m < hi && m <= k + 5 && !isComma(toks[m])) m++;
        if (m < hi && m <= k + 5 && toks[m + 1]?.norm === 'that') {
          k = m + 1;
          continue;
        }
        break;
      }
      if ((SKIP_ADV.has(t.norm) && t.pos !== 'DET') || P.isTime(t) || (t.pos === 'ADV' && t.norm.endsWith('ly'))) {
        k++;
        continue;
      }
      // "earlier this week", "late on Tuesday", "this morning", "last week".
      const nx = toks[k + 1];
      if (nx && (TIME_ADV.has(t.norm) || TIME_DET.has(t.norm)) && (P.isTime(nx) || TIME_DET.has(nx.norm) || nx.norm === 'on' || nx.norm === 'in')) {
        k++;
        continue;
      }
      // "told CNN by phone", "said by video link".
      if (t.norm === 'by' && nx && BY_MEDIUM.has(nx.norm)) {
        const k0 = k;
        k += 2;
        if (toks[k]?.norm === 'link' || toks[k]?.norm === 'call' || toks[k]?.norm === 'message') k++;
        out.parts.push(P.str(k0, k));
        continue;
      }
      if (ADJUNCT_PREPS.has(t.norm) && (t.pos === 'ADP' || t.pos === 'SCONJ') && t.norm !== 'by') {
        const np = P.npRight(k + 1, hi, false);
        if (!np) break;
        const head = P.head(np);
        const media = P.mediaIn(np);
        const phrase = P.str(k, np[1]);
        if (media) {
          out.outer.push(mediaLink(media, lastMedium ? `${lastMedium} ${t.norm}` : t.norm));
          out.parts.push(phrase);
        } else if (lex.documents.has(head.lemma) && (t.norm === 'in' || t.norm === 'on')) {
          out.inner.push({ name: P.str(np[0], np[1]), actor: bestMention(np)?.actor ?? null, kind: 'document', cue: t.norm });
          out.parts.push(phrase);
        } else if (lex.mediums.has(head.lemma) || lex.mediums.has(head.norm)) {
          out.parts.push(phrase);
          lastMedium = phrase;
        }
        k = np[1];
        continue;
      }
      break;
    }
    out.k = k;
    return out;
  }

  /** Chain words after a cue phrase: ", quoting the letters", ", reports TASS", ", Interfax reported". */
  function chainTail(k0: number, hi: number, tl: Tail): number {
    const k = chainTailRead(k0, hi, tl);
    tl.end = k;
    return k;
  }

  function chainTailRead(k: number, hi: number, tl: Tail): number {
    for (let guard = 0; guard < 4 && k < hi && isComma(toks[k]); guard++) {
      const c = P.cueAt(k + 1, true);
      if (c && c.cue.cls === 'cite') {
        const np = P.npRight(c.last, hi, false);
        if (!np) break;
        tl.inner.push(linkFor(np, toks[c.first].norm));
        tl.parts.push(`, ${P.str(c.first, np[1])}`);
        k = np[1];
        continue;
      }
      if (c && (c.cue.cls === 'report' || c.cue.cls === 'speech' || c.cue.cls === 'source')) {
        const np = P.npRight(c.last, hi, false);
        const media = np ? P.mediaIn(np) : null;
        if (np && media) {
          tl.outer.unshift(mediaLink(media, P.str(c.first, c.last).toLowerCase()));
          k = np[1];
          continue;
        }
        break;
      }
      const np = P.npRight(k + 1, hi, false);
      if (np) {
        const media = P.mediaIn(np);
        const c2 = P.cueAt(np[1], true);
        if (media && c2 && (c2.cue.cls === 'report' || c2.cue.cls === 'speech')) {
          tl.outer.unshift(mediaLink(media, P.str(c2.first, c2.last).toLowerCase()));
          k = c2.last;
          continue;
        }
      }
      break;
    }
    return k;
  }

  /** "X declined to comment but did tell reporters ...": a verb coordinated with the main one. */
  function coordinated(verb: number, lo: number): boolean {
    let j = verb - 1;
    while (j >= lo && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || SKIP_ADV.has(toks[j].norm))) j--;
    return j >= lo && (toks[j].norm === 'and' || toks[j].norm === 'but' || toks[j].norm === 'or');
  }

  /** "X, citing Y, said": the cited source of an appositive becomes a link after the speaker. */
  function asideLinks(aside: Range | null, tl: Tail) {
    if (!aside || aside[1] <= aside[0]) return;
    const c = P.cueAt(aside[0], true);
    if (!c || c.cue.cls !== 'cite') return;
    const np = P.npRight(c.last, aside[1], false);
    if (!np) return;
    tl.inner.push(linkFor(np, toks[c.first].norm));
    tl.parts.push(`, ${P.str(c.first, np[1])}`);
  }

  function skipBack(e: number, lo: number): number {
    while (e - 1 >= lo && (toks[e - 1].norm === ':' || isComma(toks[e - 1]) || toks[e - 1].norm === 'external' || toks[e - 1].norm === '—' || toks[e - 1].norm === '-')) e--;
    return e;
  }

  // ---------------------------------------------------------------- direct quotes

  interface Attr {
    cue: CueHit;
    np: Range | null;
    how: How;
    tl: Tail;
    consume: boolean;
  }

  /** `"...," Peskov said` / `," said the chairman` / `," he added, quoting ...`. */
  function afterCue(i: number, hi: number): Attr | null {
    while (i < hi && (isComma(toks[i]) || toks[i].norm === 'external')) i++;
    if (i < hi && toks[i].norm === '(') {
      while (i < hi && toks[i].norm !== ')') i++;
      i++;
      while (i < hi && (isComma(toks[i]) || isDash(toks[i]))) i++;
    }
    if (i >= hi) return null;
    const c = P.cueAt(i, true);
    if (c && c.cue.cls !== 'cite' && !toks[c.first].norm.endsWith('ing')) {
      if (c.cue.cls === 'source') {
        const np = P.npRight(c.last, hi, false);
        if (!np) return null;
        const tl: Tail = { k: np[1], parts: ['according to'], outer: [], inner: [] };
        chainTail(np[1], hi, tl);
        return { cue: c, np, how: 'np', tl, consume: true };
      }
      let np = P.npRight(c.last, hi, false);
      // `- ... - said after the meeting in Sochaczew MP Radoslaw Fogiel.`: the name after an adjunct.
      if (!np && toks[c.last]?.pos === 'ADP') np = nameAtEnd(c.last + 1, hi);
      if (!np) return null;
      np = extendToPerson(np, hi);
      const tl = tail({ ...c, last: c.last }, c.last);
      const after = tail({ cue: c.cue, first: c.first, last: np[1] }, hi);
      tl.k = after.k;
      tl.outer.push(...after.outer);
      tl.inner.push(...after.inner);
      tl.parts.push(...after.parts.slice(1));
      chainTail(tl.k, hi, tl);
      return { cue: c, np, how: 'np', tl, consume: true };
    }
    const np = P.npRight(i, hi, false);
    if (!np) return null;
    let j = np[1];
    if (j < hi && (isComma(toks[j]) || isDash(toks[j]))) {
      const dash = isDash(toks[j]);
      let m = j + 1;
      for (let n = 0; m < hi && n < 30; m++, n++) if (dash ? isDash(toks[m]) : isComma(toks[m])) break;
      if (m >= hi) {
        // `," Mariana Olisif, head of the agency in Ukraine told CNN.`: the appositive's closing comma is missing.
        m = j + 1;
        while (m < hi && !(toks[m].pos === 'VERB' && P.cueAt(m, true))) m++;
        if (m >= hi) return null;
        j = m;
      } else j = m + 1;
    }
    while (j < hi && (SKIP_ADV.has(toks[j].norm) || toks[j].pos === 'AUX' || (toks[j].pos === 'ADV' && toks[j].norm.endsWith('ly')))) j++;
    const c2 = j < hi ? P.cueAt(j, true) : null;
    if (!c2 || c2.cue.cls === 'cite' || c2.cue.cls === 'source') return null;
    const tl = tail(c2, hi);
    chainTail(tl.k, hi, tl);
    return { cue: c2, np, how: 'np', tl, consume: true };
  }

  /**
   * `- Text - said X.` / `- Text - X said.`: a dash opening a paragraph (or a sentence) and a
   * spaced dash followed by a speech cue close a quote. Quotes in marks win where they overlap.
   */
  function dashQuotes(ps: Array<{ start: number; end: number }>): MarkSpan[] {
    const out: MarkSpan[] = [];
    const OPEN = /(^|[.!?\u2026]["']?\s*)[-\u2013\u2014][ \u00a0]+(?=[^\s-])/g;
    const CLOSE = /[ \u00a0][-\u2013\u2014][ \u00a0]+/g;
    for (const para of ps) {
      const body = text.slice(para.start, para.end);
      OPEN.lastIndex = 0;
      let lastEnd = -1;
      for (let mo = OPEN.exec(body); mo; mo = OPEN.exec(body)) {
        const open = para.start + mo.index + mo[1].length;
        const start = para.start + mo.index + mo[0].length;
        if (start <= lastEnd) continue;
        if (marks.some((m) => m.depth === 0 && m.open <= start && m.end >= start)) continue;
        CLOSE.lastIndex = start - para.start;
        for (let mc = CLOSE.exec(body); mc; mc = CLOSE.exec(body)) {
          const close = para.start + mc.index + 1;
          const after = para.start + mc.index + mc[0].length;
          const t = P.tokAt(after);
          if (t >= toks.length) break;
          const s = sentOf[t];
          let hi = sentences[s].lastToken;
          // The cue phrase stops at the next glued dash quote (`... said X.- Next ...`).
          for (let j = t; j < hi; j++) if (isDash(toks[j]) && j > t && SENT_END.has(toks[j - 1].norm)) hi = j;
          const attr = afterCue(t, hi);
          if (!attr || toks[attr.cue.first].norm.endsWith('ing')) continue;
          // The cue phrase closes the sentence: `- ... - we would answer it - ...` is no cue.
          let k = Math.max(attr.tl.end ?? 0, attr.tl.k, attr.np ? attr.np[1] : 0);
          while (k < hi && !SENT_END.has(toks[k].norm) && !isComma(toks[k]) && !isDash(toks[k]) && toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX' && toks[k].pos !== 'PRON') k++;
          if (k < hi && !SENT_END.has(toks[k].norm) && !isComma(toks[k]) && !isDash(toks[k])) continue;
          let end = close;
          while (end > start && /\s/.test(text[end - 1])) end--;
          if (end - start < 3) break;
          out.push({ open, close, start, end, depth: 0, parent: -1, single: false, multiParagraph: false, dash: true });
          lastEnd = close;
          OPEN.lastIndex = mc.index + mc[0].length;
          break;
        }
      }
    }
    return out;
  }

  /** The proper-noun run that ends the sentence (or the region) after token `a`, or null. */
  function nameAtEnd(a: number, hi: number): Range | null {
    let e = hi;
    for (let j = a; j < hi; j++) {
      if (isComma(toks[j]) || SENT_END.has(toks[j].norm)) {
        e = j;
        break;
      }
    }
    let b = e;
    while (b > a && toks[b - 1].pos === 'PROPN') b--;
    return b < e && e - b <= 4 ? [b, e] : null;
  }

  /** `said Law and Justice MP Marek Suski`: the phrase runs on to the person named in it. */
  function extendToPerson(np: Range, hi: number): Range {
    if (headMentionEarly(np)) return np;
    for (let j = np[1]; j < hi && j < np[1] + 8; j++) {
      const t = toks[j];
      if (isComma(t) || SENT_END.has(t.norm) || t.pos === 'VERB' || t.pos === 'AUX') break;
      for (const m of mentions) {
        if (m.kind === 'person' && m.actor && m.start <= t.start && m.end > t.start) {
          let e = j;
          while (e < hi && toks[e].start < m.end) e++;
          return [np[0], e];
        }
      }
    }
    return np;
  }

  /** For a sentence that starts inside a quote: the words naming that quote's speaker, or null. */
  function quoteOwnerNp(t: number): Range | null {
    const k = qOf[t];
    if (k < 0 || isQuoteTok(toks[t])) return null;
    for (const f of found) if (f.mark === marks[k] && f.np && f.how === 'np') return f.np;
    // `X pointed out that they are "... . ...," adding ...`: the cue before the quote's opening mark.
    const ot = markTok[k];
    return ot < toks.length ? earlierCueSpeaker(sentOf[ot], ot) : null;
  }

  /**
   * The speaker of a cue with no subject of its own in sentence `s` (a participle: ", adding that"): `earlier`
   * (the speaker of a cue before it), else the sentence's subject; when that is missing or inside a quote, the
   * speaker of the quote the sentence is in (`"...," said X in an interview, noting that ...`), or the last
   * speaker found in the sentence before the cue.
   */
  function fallbackSpeaker(s: number, cueFirst: number, earlier: Range | null): { np: Range | null; how: How } {
    let np = earlier;
    let how: How = 'np';
    if (!np) {
      np = P.sentenceSubject(s);
      how = 'subject';
    }
    if (!np || (qOf[np[0]] >= 0 && !isQuoteTok(toks[np[0]]))) {
      np = quoteOwnerNp(sentences[s].firstToken);
      for (const f of found) if (f.np && f.how === 'np' && sentOf[f.np[0]] === s && f.np[1] <= cueFirst) np = f.np;
      how = 'np';
    }
    return { np, how };
  }

  /** The speaker of the last speech cue before token `before` in sentence `s` ("X said ..., adding"). */
  function earlierCueSpeaker(s: number, before: number): Range | null {
    const lo = sentences[s].firstToken;
    let out: Range | null = null;
    for (let t = lo; t < before; t++) {
      if (qOf[t] >= 0 || toks[t].norm.endsWith('ing')) continue;
      const c = P.cueAt(t);
      if (!c || c.cue.cls !== 'speech') continue;
      const prev = toks[t - 1];
      const np = prev && isComma(prev) ? P.npRight(c.last, before, false) : P.subjectLeft(t, lo, { range: null });
      if (np) out = np;
    }
    return out;
  }

  /** `X said: "..."` / `saying "..."` / `described reports as "..."` / `According to X, "..."`. */
  function beforeCue(lo: number, e0: number, s: number, topLevel: boolean): Attr | null {
    const e = skipBack(e0, lo);
    const punct = e < e0;
    let thatOrAs = false;
    let e2 = e;
    if (e2 - 1 >= lo && (toks[e2 - 1].norm === 'that' || toks[e2 - 1].norm === 'as')) {
      e2--;
      thatOrAs = toks[e2].norm === 'that';
    }
    // The last cue in the region whose phrase runs right up to the quote.
    for (let i = e2 - 1; i >= lo && i >= e2 - 14; i--) {
      if (qOf[i] !== qOf[e0 - 1 >= 0 ? e0 - 1 : 0] && qOf[i] >= 0 && !topLevel) break;
      const c = P.cueAt(i, true);
      if (!c || c.cue.cls === 'cite') continue;
      if (c.cue.cls === 'source') {
        const np = P.npRight(c.last, e2, false);
        if (!np || skipBack(e2, np[1]) !== np[1]) continue;
        return { cue: c, np, how: 'np', tl: { k: e0, parts: ['according to'], outer: [], inner: [] }, consume: true };
      }
      const tl = tail(c, e2);
      if (tl.k !== e2 && !(c.cue.object === 'as' && toks[tl.k - 1]?.norm === 'as' && tl.k === e)) continue;
      const participle = toks[c.first].norm.endsWith('ing');
      const aside: { range: Range | null } = { range: null };
      let np: Range | null = participle ? null : P.subjectLeft(c.first, lo, aside);
      let how: How = 'np';
      if (!np) {
        const prev = toks[c.first - 1];
        if ((participle || coordinated(c.first, lo) || prev?.norm === ',') && topLevel) {
          ({ np, how } = fallbackSpeaker(s, c.first, participle ? earlierCueSpeaker(s, c.first) : null));
        }
        if (!np) continue;
      }
      asideLinks(aside.range, tl);
      return { cue: c, np, how, tl, consume: (punct || toks[e0 - 1]?.norm === 'as' || e === e0) && !thatOrAs };
    }
    return null;
  }

  // Dash-introduced quotes (Polish and Ukrainian outlets): `- Text - said X.`
  if (text.includes('- ') || text.includes('\u2014 ') || text.includes('\u2013 ')) {
    const dash = dashQuotes(paras);
    if (dash.length) {
      marks = [...marks, ...dash].sort((a, b) => a.open - b.open || a.depth - b.depth);
      qOf.fill(-1);
      for (let k = 0; k < marks.length; k++) {
        const m = marks[k];
        for (let t = P.tokAt(m.start); t < toks.length && toks[t].start < m.end; t++) qOf[t] = k;
      }
      markTok = marks.map((m) => P.tokAt(m.open));
    }
  }
  const fragments: Array<{ attr: Attr; s: number; a: number; b: number }> = [];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    const ot = markTok[k];
    const firstContent = P.tokAt(m.start);
    if (firstContent >= toks.length) continue;
    const s = sentOf[Math.min(firstContent, toks.length - 1)];
    const f = make(m.start, m.end, true, m, s);
    const parent = m.parent >= 0 ? marks[m.parent] : null;
    const pLo = parent ? P.tokAt(parent.start) : 0;
    const pHi = parent ? P.tokAt(parent.end) : toks.length;
    let attr: Attr | null = null;
    if (m.close >= 0) {
      const ct = P.tokAt(m.close);
      if (ct < toks.length) {
        const cs = sentOf[ct];
        let hi = Math.min(sentences[cs].lastToken, pHi);
        for (let j = k + 1; j < marks.length; j++) {
          if (marks[j].open > m.close) {
            hi = Math.min(hi, markTok[j]);
            break;
          }
        }
        // `... imprisoned?" said X.`: the splitter may end the sentence at the mark.
        if (ct + 1 >= sentences[cs].lastToken && cs < lastSentenceIndex && !parent) {
          const ns = sentences[cs + 1];
          if (ns.paragraph === sentences[cs].paragraph && /[a-z]/.test(text[ns.start])) hi = ns.lastToken;
          for (let j = k + 1; j < marks.length; j++) {
            if (marks[j].open > m.close) {
              hi = Math.min(hi, markTok[j]);
              break;
            }
          }
        }
        attr = afterCue(ct + 1, hi);
        // A quoted fragment inside a reported clause: `<clause> "fragment," X said.` gives the
        // fragment (direct) and the whole clause (reported).
        if (attr && m.depth === 0 && !m.dash && ot > sentences[cs].firstToken && sentOf[ot] === cs && qOf[sentences[cs].firstToken] < 0) {
          fragments.push({ attr, s: cs, a: sentences[cs].firstToken, b: ct });
        }
      }
    }
    if (!attr && ot < toks.length) {
      const os = sentOf[Math.min(ot, toks.length - 1)];
      let lo = Math.max(sentences[os].firstToken, pLo);
      for (let j = k - 1; j >= 0; j--) {
        const o = marks[j];
        if (o.close >= 0 && o.close < m.open && o.depth === m.depth) {
          lo = Math.max(lo, P.tokAt(o.close) + 1);
          break;
        }
      }
      attr = beforeCue(lo, ot, os, m.depth === 0);
      // `he "underscored his support ..."`: a subject right before a quote that starts with a verb.
      if (!attr && ot > lo && firstContent < toks.length && toks[firstContent].pos === 'VERB') {
        const np = P.npLeft(ot, lo);
        if (np && np[1] === ot) {
          const fake: CueHit = { cue: { cue: '', rest: [], cls: 'speech', polarity: 1, modality: 'claimed', object: null }, first: ot, last: ot };
          attr = { cue: fake, np, how: 'np', tl: { k: ot, parts: [], outer: [], inner: [] }, consume: false };
        }
      }
      // `He said:` closing the paragraph before.
      if (!attr && m.depth === 0 && ot === sentences[os].firstToken && os > 0) {
        const ps = sentences[os - 1];
        if (toks[ps.lastToken - 1]?.norm === ':') attr = beforeCue(ps.firstToken, ps.lastToken, os - 1, true);
      }
    }
    if (attr) {
      f.cue = attr.cue;
      f.np = attr.np;
      f.how = attr.how;
      f.cueText = attr.tl.parts.join(' ').replace(/ ,/g, ',') || null;
      f.outer = attr.tl.outer;
      f.inner = attr.tl.inner;
      f.pos = attr.np ? toks[attr.np[0]].start : m.start;
      if (attr.consume) for (let t = attr.cue.first; t < Math.max(attr.cue.last, attr.tl.end ?? 0); t++) used[t] = 1;
    }
    if (m.close < 0 && ctx && m.depth === 0) {
      ctx.report({ ruleId: 'unclosed-quote', reason: 'quote mark never closed: quote taken to the end of the paragraph', start: m.open, end: m.end, severity: 'info' });
    }
    found.push(f);
  }

  // ---------------------------------------------------------------- reported speech

  function trimEnd(a: number, b: number): number {
    // Character end of tokens [a, b), without trailing punctuation.
    let e = toks[b - 1].end;
    while (e > toks[a].start && /[\s.,;:]/.test(text[e - 1])) e--;
    return e;
  }

  /** Where reported content that starts at token `from` stops. */
  function contentEnd(from: number, hi: number): number {
    let m = from;
    for (; m < hi; m++) {
      if (qOf[m] >= 0 && !isQuoteTok(toks[m])) continue;
      const t = toks[m];
      if (t.norm === ';') break;
      if (t.norm === ':' && toks[m + 1]?.norm === '"') break;
      // Sentences glued by lost spaces: `... reparations.- There is` / `... done.The next`.
      if (SENT_END.has(t.norm) && m > from && m + 1 < hi) {
        const n = toks[m + 1];
        if (isDash(n) || (n.start === t.end && /[A-Z]/.test(text[n.start]))) break;
      }
      // `... the circumstances" adding that ...`: a participle cue without its comma.
      if (m > from + 2 && t.norm.endsWith('ing') && !isComma(toks[m - 1]) && toks[m - 1].pos !== 'ADP' && toks[m - 1].pos !== 'AUX' && isQuoteTok(toks[m - 1])) {
        const cc = P.cueAt(m, true);
        if (cc && cc.cue.cls === 'speech') break;
      }
      if (isComma(t) && m > from) {
        let n = toks[m + 1];
        if (!n) break;
        // `..., but also in ...`, `..., but if ...`: the clause goes on.
        if (n.norm === 'but' && !/^(also|if|when|only|rather|not|at)$/.test(toks[m + 2]?.norm ?? '')) break;
        // `..., and a police official told CNN that ...`: another attribution.
        if (n.norm === 'and' || n.norm === 'while') {
          const np2 = P.npRight(m + 2, hi, false);
          if (np2) {
            let j = np2[1];
            while (j < hi && (SKIP_ADV.has(toks[j].norm) || toks[j].pos === 'AUX')) j++;
            const c3 = P.cueAt(j, true);
            if (c3 && c3.cue.cls === 'speech' && speakerLike(np2)) break;
          }
        }
        n = toks[m + 1];
        const cc = P.cueAt(m + 1, true);
        if (cc && (cc.cue.cls === 'source' || (toks[m + 1].norm.endsWith('ing') && cc.cue.cls !== 'cite'))) break;
        const np = P.npRight(m + 1, hi, false);
        if (np) {
          let j = np[1];
          while (j < hi && (SKIP_ADV.has(toks[j].norm) || toks[j].pos === 'AUX')) j++;
          const c2 = P.cueAt(j, true);
          if (c2 && c2.cue.cls !== 'cite' && c2.cue.cls !== 'source') break;
        }
      }
      if (t.norm === 'and' && m > from) {
        const n = toks[m + 1];
        if (n && n.pos === 'VERB' && (BELIEF.has(n.lemma) || P.cueAt(m + 1))) break;
        // "... troops to Ukraine and Cameron said it was ...": another speaker's clause.
        const np3 = n && (n.pos === 'PROPN' || n.pos === 'DET') ? P.npRight(m + 1, hi, false) : null;
        if (np3 && np3[1] - np3[0] <= 5) {
          const c4 = P.cueAt(np3[1], true);
          if (c4 && c4.cue.cls === 'speech' && speakerLike(np3)) break;
        }
      }
    }
    return m;
  }

  function pushIndirect(c: CueHit, s: number, a: number, b: number, np: Range | null, how: How, tl: Tail) {
    while (a < b && (isComma(toks[a]) || toks[a].norm === ':')) a++;
    if (b - a < 2) return;
    // "when we say that ...", "I said": the text's own speaker, not a source it cites.
    if (np && np[1] - np[0] === 1 && FIRST_PERSON.has(toks[np[0]].norm)) return;
    // "the figures indicate", "the quality confirms": things do not speak.
    if (np && how === 'np' && !speakerLike(np)) return;
    const start = toks[a].start;
    let end = trimEnd(a, b);
    if (end <= start) return;
    // `pointed out that they are "sometimes happy. Life goes on," adding ...`: a quote the
    // clause runs into goes on past the sentence the splitter ended inside it.
    const qk = qOf[b - 1];
    if (qk >= 0 && marks[qk].depth === 0 && marks[qk].open >= start - 1 && marks[qk].end > sentences[sentOf[b - 1]].end && !text.slice(end, marks[qk].end).includes('\n')) end = marks[qk].end;
    // Content that is one direct quote and nothing else: the direct quote carries it.
    for (const f of found) {
      if (f.direct && f.mark && f.mark.open >= start - 1 && f.mark.open <= start && f.end >= end - 1) {
        if (!f.cue) {
          f.cue = c;
          f.np = np;
          f.how = how;
          f.cueText = tl.parts.join(' ').replace(/ ,/g, ',');
          f.outer = tl.outer;
          f.inner = tl.inner;
          f.pos = np ? toks[np[0]].start : f.pos;
        }
        return;
      }
    }
    const f = make(start, end, false, null, s);
    f.cue = c;
    f.np = np;
    f.how = how;
    f.cueText = tl.parts.join(' ').replace(/ ,/g, ',');
    f.outer = tl.outer;
    f.inner = tl.inner;
    f.pos = np ? toks[np[0]].start : toks[c.first].start;
    found.push(f);
  }

  /** Can these words name someone who speaks: a name, a pronoun, a person/organisation/document noun, a coded actor? */
  function speakerLike(r: Range): boolean {
    const h = P.headIdx(r);
    const head = toks[h];
    if (head.pos === 'PROPN' || head.pos === 'PRON' || /[A-Z]/.test(text[head.start])) return true;
    const l = head.lemma;
    if (lex.roles.has(l) || lex.sources.has(l) || lex.orgs.has(l) || lex.documents.has(l) || lex.mediaWords.has(l) || lex.audiences.has(l)) return true;
    if (lex.sources.has(head.norm) || lex.orgs.has(head.norm) || lex.demonyms.has(head.norm)) return true;
    if (P.mediaIn(r)) return true;
    const a = toks[r[0]].start;
    const b = toks[r[1] - 1].end;
    for (const m of mentions) if (m.actor && m.start < b && m.end > a && m.start <= head.start && m.end >= head.end) return true;
    return false;
  }

  /** The first token of a sentence after "And", "But", "In addition," etc. */
  function afterIntro(lo: number, hi: number): number {
    let i = lo;
    while (i < hi && (toks[i].pos === 'CCONJ' || (toks[i].pos === 'ADV' && isComma(toks[i + 1] ?? toks[i])))) i++;
    if (i < hi && isComma(toks[i])) i++;
    if (toks[i]?.pos === 'ADP') {
      for (let k = i; k < hi && k < i + 5; k++) if (isComma(toks[k])) return k + 1;
    }
    return i;
  }

  /**
   * Where a sentence's own words start after a run-in heading that opens its paragraph
   * (`Siege continues: Ukrainians defend the city, officials said.`): after the colon, when the
   * words before it hold no cue; else the sentence start.
   */
  function labelEnd(s: number, cue: number): number {
    const sent = sentences[s];
    const a = sent.firstToken;
    if (s > 0 && sentences[s - 1].paragraph === sent.paragraph) return a;
    for (let i = a + 1; i < sent.lastToken && i <= a + 12 && i < cue; i++) {
      const t = toks[i];
      if (qOf[i] >= 0 || P.cueAt(i)) return a;
      if (t.norm === ':') {
        const n = toks[i + 1];
        return n && i + 1 < cue && /[A-Z]/.test(text[n.start]) ? i + 1 : a;
      }
    }
    return a;
  }

  function indirectAt(c: CueHit, s: number) {
    const sent = sentences[s];
    const hi = sent.lastToken;
    const lo = labelEnd(s, c.first);
    const prev = toks[c.first - 1];
    if (c.cue.cls === 'source') {
      const np = toks[c.last]?.pos === 'PRON' ? ([c.last, c.last + 1] as Range) : P.npRight(c.last, hi, false);
      if (!np) return;
      const tl: Tail = { k: np[1], parts: ['according to'], outer: [], inner: [] };
      const k = np[1];
      if (c.first === afterIntro(lo, hi) && k < hi && isComma(toks[k])) {
        pushIndirect(c, s, k + 1, contentEnd(k + 1, hi), np, 'np', tl);
      } else if (prev && isComma(prev) && c.first - 1 > lo) {
        const kk = chainTail(k, hi, tl);
        const nx = toks[kk + 1];
        if (kk >= hi || SENT_END.has(toks[kk].norm)) pushIndirect(c, s, lo, c.first - 1, np, 'np', tl);
        // `<clause>, according to X, but <another clause>`: the content ends before the source.
        else if (isComma(toks[kk]) && nx && (nx.norm === 'but' || nx.norm === 'and' || nx.norm === 'while' || nx.norm === 'as')) pushIndirect(c, s, lo, c.first - 1, np, 'np', tl);
        else if (isComma(toks[kk])) pushIndirect(c, s, lo, contentEnd(kk + 1, hi), np, 'np', tl);
      }
      return;
    }
    // Passive: "it was noted that ...", "This was stated by X ...".
    if (prev && prev.pos === 'AUX' && c.first - 1 >= lo && /^(was|were|is|are|been|be)$/.test(prev.norm)) {
      let q = c.first - 2;
      while (q >= lo && /^(has|have|had|been)$/.test(toks[q].norm)) q--;
      if (toks[c.last]?.norm === 'by') {
        const np = P.npRight(c.last + 1, hi, false);
        if (np && q >= lo && /^(this|that|it)$/.test(toks[q].norm) && q <= afterIntro(lo, hi) && s > 0 && sentences[s - 1].paragraph === sent.paragraph) {
          const ps = sentences[s - 1];
          if (qOf[ps.firstToken] < 0 && !isQuoteTok(toks[ps.firstToken])) {
            const tl = tail({ cue: c.cue, first: c.first, last: c.last }, c.last);
            tl.parts = [P.str(q, c.last + 1)];
            pushIndirect(c, s - 1, ps.firstToken, ps.lastToken, np, 'np', tl);
          }
        }
        return;
      }
      if (q >= lo && toks[q].norm === 'it' && toks[c.last]?.norm === 'that') {
        const tl: Tail = { k: c.last + 1, parts: [P.str(q, c.last)], outer: [], inner: [] };
        pushIndirect(c, s, c.last + 1, contentEnd(c.last + 1, hi), null, 'agentless', tl);
      }
      return;
    }
    const participle = toks[c.first].norm.endsWith('ing');
    // Inverted, clause-final: "..., said the official."
    // (Not for a verb with an addressee: in "..., X, chief of police, told CNN." CNN is no speaker.)
    if (!participle && c.cue.object !== 'tell' && prev && (isComma(prev) || (isQuoteTok(prev) && isComma(toks[c.first - 2] ?? prev)))) {
      const np = P.npRight(c.last, hi, false);
      if (np) {
        const tl = tail({ cue: c.cue, first: c.first, last: np[1] }, hi);
        tl.parts = [P.str(c.first, c.last), ...tl.parts.slice(1)];
        const kk = chainTail(tl.k, hi, tl);
        if (kk >= hi || SENT_END.has(toks[kk].norm)) {
          const commaTok = isComma(prev) ? c.first - 1 : c.first - 2;
          if (commaTok - lo >= 3 && !wholeDirect(lo, commaTok)) pushIndirect(c, s, lo, commaTok, np, 'np', tl);
          return;
        }
      }
    }
    let np: Range | null = null;
    let how: How = 'np';
    const aside: { range: Range | null } = { range: null };
    if (participle && prev && isComma(prev)) {
      // "<content>, he said, adding that ...": the speaker of the cue before it in the sentence.
      let earlier: Range | null = null;
      for (const f of found) if (f.np && f.how === 'np' && f.cue && sentOf[f.cue.first] === s && f.cue.first < c.first && sentOf[f.np[0]] === s) earlier = f.np;
      ({ np, how } = fallbackSpeaker(s, c.first, earlier));
    } else {
      np = P.subjectLeft(c.first, lo, aside);
      // "... said he would send troops to Ukraine and Cameron said ...": the subject starts after
      // the "and" that ends the clause before.
      if (np) {
        const s0 = toks[np[0]].start;
        if (found.some((f) => !f.direct && f.start <= s0 && f.end > s0)) {
          let j = np[1] - 1;
          while (j > np[0] && toks[j].norm !== 'and') j--;
          if (j > np[0] && j + 1 < np[1]) np = [j + 1, np[1]];
        }
      }
      // "confirmed by the Olympic Committee, who said ...": the relative pronoun's antecedent.
      if (!np && prev && (prev.norm === 'who' || prev.norm === 'which') && c.first - 2 > lo && isComma(toks[c.first - 2])) np = P.npLeft(c.first - 2, lo);
      if (!np && coordinated(c.first, lo)) {
        np = P.sentenceSubject(s);
        how = 'subject';
      }
    }
    if (!np) return;
    const tl = tail(c, hi);
    asideLinks(aside.range, tl);
    const k = tl.k;
    const kt = toks[k];
    if (kt && kt.norm === 'that' && k < hi - 1) {
      pushIndirect(c, s, k + 1, contentEnd(k + 1, hi), np, how, tl);
      return;
    }
    if (kt && kt.norm === ':' && toks[k + 1] && toks[k + 1].norm !== '"') {
      pushIndirect(c, s, k + 1, contentEnd(k + 1, hi), np, how, tl);
      return;
    }
    const before = toks[np[0] - 1];
    const afterComma = before && np[0] - 1 >= lo && (isComma(before) || (isQuoteTok(before) && isComma(toks[np[0] - 2] ?? before)));
    if (afterComma && how === 'np') {
      const kk = chainTail(k, hi, tl);
      const commaTok = isComma(before) ? np[0] - 1 : np[0] - 2;
      if (kk >= hi || SENT_END.has(toks[kk].norm)) {
        // Clause-final: "<content>, Peskov told reporters."
        if (commaTok - lo >= 3 && !wholeDirect(lo, commaTok)) pushIndirect(c, s, lo, commaTok, np, how, tl);
        return;
      }
      if (isComma(toks[kk])) {
        // "<content>, he said, adding that ...": clause-final after all; the participle has its own quote.
        const n1 = toks[kk + 1];
        const pc = n1 ? (n1.norm === 'and' ? P.cueAt(kk + 2, true) : P.cueAt(kk + 1, true)) : null;
        if (pc && pc.cue.cls === 'speech' && (n1.norm === 'and' || n1.norm.endsWith('ing'))) {
          if (commaTok - lo >= 3 && !wholeDirect(lo, commaTok)) pushIndirect(c, s, lo, commaTok, np, how, tl);
          return;
        }
        // Parenthetical: "Such a ban, he argued, would ..." / "In addition, he said, recognising ..."
        const first = toks[lo];
        const adverbial = first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'CCONJ' || first.pos === 'SCONJ';
        const a = adverbial ? kk + 1 : lo;
        pushIndirect(c, s, a, contentEnd(kk + 1, hi), np, how, tl);
        return;
      }
    }
    // "The company reported a loss": a report verb needs "that", a colon or a clause-final place.
    if (kt && c.cue.cls !== 'report' && P.clauseStart(k, hi)) {
      pushIndirect(c, s, k, contentEnd(k, hi), np, how, tl);
      return;
    }
    // "told China it should ...": the addressee may be the clause's subject after all.
  }

  /** Is tokens [a, b) one direct quote from its opening mark? */
  function wholeDirect(a: number, b: number): boolean {
    // Content that starts inside a quote that began in an earlier sentence: not a clause of its own.
    if (qOf[a] >= 0 && !isQuoteTok(toks[a])) return true;
    if (!isQuoteTok(toks[a])) return false;
    const k = qOf[a + 1];
    if (k < 0) return false;
    const m = marks[k];
    return m.open === toks[a].start && m.end >= toks[b - 1].start - 1;
  }

  for (const fr of fragments) pushIndirect(fr.attr.cue, fr.s, fr.a, fr.b, fr.attr.np, fr.attr.how, fr.attr.tl);

  // ---------------------------------------------------------------- transcripts

  /** `President of Russia Vladimir Putin: Colleagues, ...` — a speaker label opening a sentence. */
  function turnLabel(s: number): Range | null {
    const sent = sentences[s];
    const a = sent.firstToken;
    if (qOf[a] >= 0 || !(toks[a].pos === 'PROPN' || toks[a].pos === 'NOUN') || !/[A-Z]/.test(text[toks[a].start])) return null;
    for (let i = a + 1; i < sent.lastToken && i <= a + 9; i++) {
      const t = toks[i];
      if (t.norm === ':') {
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (prev.pos !== 'PROPN' || !next || !/[A-Z"]/.test(text[next.start])) return null;
        return [a, i];
      }
      if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.norm === 'of' || t.norm === 'the' || t.norm === "'s" || t.norm === '-')) return null;
    }
    return null;
  }
  const turns: Array<{ s: number; label: Range }> = [];
  for (let s = 0; s <= lastSentenceIndex; s++) {
    const label = turnLabel(s);
    if (label) turns.push({ s, label });
  }
  // One label is a heading more often than a transcript ("Update: ..."), unless it names a person.
  const personLabel = (r: Range) => !!headMentionEarly(r) || lex.roles.has(toks[r[0]].lemma) || r[1] - r[0] >= 2;
  // "Credit: Visit Ukraine", "Photo: ...": a label that is one common noun is no speaker.
  for (let k = turns.length - 1; k >= 0; k--) {
    const r = turns[k].label;
    if (r[1] - r[0] === 1 && !headMentionEarly(r) && !lex.roles.has(toks[r[0]].lemma) && (toks[r[0]].pos !== 'PROPN' || LABEL_WORDS.has(toks[r[0]].norm))) turns.splice(k, 1);
  }
  if (turns.length >= 2 || (turns.length === 1 && personLabel(turns[0].label))) {
    for (let k = 0; k < turns.length; k++) {
      const { s, label } = turns[k];
      const from = label[1] + 1;
      let endPos = k + 1 < turns.length ? sentences[turns[k + 1].s].start : text.length;
      const stars = text.indexOf('* * *', toks[from].start);
      if (stars >= 0 && stars < endPos) endPos = stars;
      let e = endPos;
      while (e > toks[from].start && /\s/.test(text[e - 1])) e--;
      if (e <= toks[from].start) continue;
      const f = make(toks[from].start, e, true, null, s);
      f.np = label;
      f.how = 'np';
      f.cueText = null;
      f.pos = toks[label[0]].start;
      found.push(f);
    }
  }
  for (let s = 0; s <= lastSentenceIndex; s++) {
    const sent = sentences[s];
    for (let t = sent.firstToken; t < sent.lastToken; t++) {
      if (qOf[t] >= 0 || used[t]) continue;
      const tk = toks[t];
      if (!lex.cues.has(tk.lemma) && !lex.cues.has(tk.norm) && !(tk.norm.endsWith('ing') && toks[t - 1]?.norm === ',')) continue;
      const c = P.cueAt(t);
      if (!c || c.cue.cls === 'cite') continue;
      indirectAt(c, s);
    }
  }

  // ---------------------------------------------------------------- nesting

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    for (let j = i - 1; j >= 0; j--) {
      const o = found[j];
      if (o.start <= f.start && o.end >= f.end && !(o.start === f.start && o.end === f.end)) {
        f.parent = o;
        break;
      }
    }
  }
  const insideDirect = (f: Found) => {
    for (let p = f.parent; p; p = p.parent) if (p.direct) return true;
    return false;
  };

  // ---------------------------------------------------------------- speakers

  /** The mention (with an actor) over a phrase's head word, or null. */
  function headMention(r: Range): Mention | null {
    const m = bestMention(r);
    if (!m) return null;
    const h = toks[P.headIdx(r)];
    return m.start <= h.start && m.end >= h.end ? m : null;
  }

  function bestMention(r: Range): Mention | null {
    if (!mentions.length) return null;
    const s = toks[r[0]].start;
    const e = toks[r[1] - 1].end;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    // The mention over the phrase's head word wins (the longest one); else a person; else the last.
    const h = toks[P.headIdx(r)];
    let best: Mention | null = null;
    let bestScore = -1;
    for (let i = Math.max(0, lo - 4); i < mentions.length && mentions[i].start < e; i++) {
      const m = mentions[i];
      if (m.end <= s || !m.actor) continue;
      const onHead = m.start <= h.start && m.end >= h.end;
      const score = (onHead ? 4 : 0) + (m.kind === 'person' ? 2 : 0) + (m.end - m.start) / 1000 + m.start / 1e9;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  function kindOfActor(a: Actor | undefined): LinkKind {
    if (!a) return 'person';
    if (a.type === 'person') return 'person';
    if (a.type === 'media') {
      const m = lex.media.get(a.name.toLowerCase().split(/[\s-]/)[0]);
      return m?.[0]?.kind ?? 'outlet';
    }
    if (a.type === 'document') return 'document';
    if (a.type === 'agent') {
      const last = (a.role ?? a.name).toLowerCase().split(/\s+/).pop() ?? '';
      return lex.orgs.has(last) || lex.orgs.has(last.replace(/s$/, '')) ? 'organization' : 'person';
    }
    return 'organization';
  }

  const cands: Who[] = [];
  const subjectCache = new Map<number, Who | null>();
  let nextAgent = 1;
  for (const a of doc.actors) {
    const m = /^a(\d+)$/.exec(a.id);
    if (m) nextAgent = Math.max(nextAgent, Number(m[1]) + 1);
  }
  const agents = new Map<string, Actor>();

  function hasDemonym(r: Range): boolean {
    for (let i = r[0]; i < r[1]; i++) {
      const t = toks[i];
      if (lex.demonyms.has(t.norm) && lex.demonyms.get(t.norm)!.country) return true;
      if (i + 1 < r[1] && lex.demonyms.has(`${t.norm} ${toks[i + 1].norm}`)) return true;
    }
    return false;
  }

  function hasName(r: Range): boolean {
    for (let i = r[0]; i < r[1]; i++) {
      const t = toks[i];
      if (t.pos !== 'PROPN') continue;
      if (lex.demonyms.has(t.norm) || lex.orgs.has(t.norm) || lex.roles.has(t.lemma) || lex.sources.has(t.lemma)) continue;
      if (i + 1 < r[1] && lex.demonyms.has(`${t.norm} ${toks[i + 1].norm}`)) {
        i++;
        continue;
      }
      if (i > r[0] && lex.demonyms.has(`${toks[i - 1].norm} ${t.norm}`)) continue;
      return true;
    }
    return false;
  }

  function whoFromActor(a: Actor, text: string, pos: number, head: Token | null): Who {
    const kind = kindOfActor(a);
    return {
      actor: a.id,
      name: a.name,
      text,
      kind,
      key: a.id,
      person: kind === 'person',
      plural: !!head && head.norm !== head.lemma && head.pos === 'NOUN',
      pos,
    };
  }

  function agentFor(r: Range, text: string, head: Token): Who {
    const norm = text.toLowerCase().replace(DETS, '');
    let actor = agents.get(norm);
    if (!actor) {
      let country: string | null = null;
      let sector: string | null = null;
      for (let i = r[0]; i < r[1]; i++) {
        const d = lex.demonyms.get(toks[i].norm) ?? (i + 1 < r[1] ? lex.demonyms.get(`${toks[i].norm} ${toks[i + 1].norm}`) : undefined);
        if (!d) continue;
        country ??= d.country;
        sector ??= d.sector;
      }
      sector ??= lex.sources.get(head.lemma) ?? null;
      actor = {
        id: `a${nextAgent++}`,
        name: text.replace(/^(the|an?)\s+/i, (d) => (d.toLowerCase().startsWith('the') ? '' : d)),
        country,
        sector,
        code: `${country ?? ''}${sector ?? ''}` || 'UNK',
        type: 'agent',
        role: head.lemma,
        mentions: [],
      };
      agents.set(norm, actor);
      doc.actors.push(actor);
      let set = added.get(doc);
      if (!set) added.set(doc, (set = new Set()));
      set.add(actor.id);
      actorById.set(actor.id, actor);
    }
    actor.mentions.push({ start: toks[r[0]].start, end: toks[r[1] - 1].end });
    return { ...whoFromActor(actor, text, toks[r[0]].start, head), person: true, plural: head.norm !== head.lemma };
  }

  function agentFits(a: Actor, head: Token): boolean {
    const names = `${a.name} ${a.role ?? ''}`.toLowerCase();
    return names.includes(head.lemma) || names.includes(head.norm);
  }

  function compatible(w: Who, pronoun: string): boolean {
    if (pronoun === 'he' || pronoun === 'she') return w.person && !w.plural;
    if (pronoun === 'they') return w.plural || w.kind === 'organization';
    if (pronoun === 'it') return !w.person && !w.plural;
    return false;
  }

  function subjectWho(s: number): Who | null {
    if (subjectCache.has(s)) return subjectCache.get(s)!;
    subjectCache.set(s, null);
    let r = P.sentenceSubject(s);
    // "Macron's visit was ...", "The French president's talks ...": the possessor is the one talked about.
    if (r) {
      const h0 = P.headIdx(r);
      const hl = toks[h0].lemma;
      const speaking = toks[h0].pos === 'PROPN' || lex.orgs.has(hl) || lex.roles.has(hl) || lex.sources.has(hl) || lex.documents.has(hl) || lex.mediaWords.has(hl) || PERSON_NOUNS.has(hl);
      for (let i = r[0] + 1; i < h0 && !speaking; i++) {
        if (toks[i].norm !== "'s" && toks[i].norm !== "'") continue;
        const poss: Range = [r[0], i];
        if (P.headIdx(poss) >= poss[0] && (toks[i - 1].pos === 'PROPN' || lex.roles.has(toks[i - 1].lemma) || PERSON_NOUNS.has(toks[i - 1].lemma))) r = poss;
        break;
      }
    }
    const w = r && !(r[1] - r[0] === 1 && toks[r[0]].pos === 'PRON') ? resolve(r, false, false) : null;
    const h = r ? P.head(r) : null;
    const known = !!h && (lex.orgs.has(h.lemma) || lex.sources.has(h.lemma) || lex.roles.has(h.lemma) || lex.documents.has(h.lemma));
    subjectCache.set(s, w && (w.actor || hasName(r!) || known) ? w : null);
    return subjectCache.get(s)!;
  }

  function antecedent(pronoun: string, pos: number): Who | null {
    const s0 = sentOf[Math.min(P.tokAt(pos), toks.length - 1)];
    for (let s = s0; s >= 0 && s >= s0 - 8; s--) {
      const from = toks[sentences[s].firstToken].start;
      let best: Who | null = null;
      for (let i = cands.length - 1; i >= 0; i--) {
        const w = cands[i];
        if (w.pos >= pos || w.pos < from) continue;
        if (toks[sentences[s].lastToken - 1].end < w.pos) continue;
        if (compatible(w, pronoun)) {
          best = w;
          break;
        }
      }
      const subj = subjectWho(s);
      if (subj && subj.pos < pos && compatible(subj, pronoun) && (!best || subj.pos > best.pos)) best = subj;
      if (best) return best;
    }
    return null;
  }

  /** "the former president": the person last named as a sentence's subject. */
  function formerHolder(pos: number): Who | null {
    const s0 = sentOf[Math.min(P.tokAt(pos), toks.length - 1)];
    for (let s = s0 - 1; s >= 0 && s >= s0 - 5; s--) {
      const w = subjectWho(s);
      if (w && w.person && !w.plural) return w;
    }
    return null;
  }

  function byHead(head: Token, pos: number, personRole: boolean, country: string | null = null): Who | null {
    // "the President of Russia" is not the President of France quoted before.
    const otherCountry = (w: Who) => !!country && whoCountry(w) !== null && whoCountry(w) !== country;
    const re = new RegExp(`\\b${head.lemma.replace(/[^a-z]/g, '')}`, 'i');
    const singular = head.norm === head.lemma;
    for (let i = cands.length - 1; i >= 0; i--) {
      const w = cands[i];
      if (w.pos >= pos || otherCountry(w) || (singular && (w.plural || w.name.toLowerCase().endsWith(`${head.norm}s`)))) continue;
      if (re.test(w.text) || re.test(w.name) || (w.actor && re.test(actorById.get(w.actor)?.role ?? ''))) return w;
    }
    for (const a of doc.actors) {
      if (singular && /s$/.test(a.name.split(/\s+/).pop() ?? '') && a.type !== 'person') continue;
      if (country && a.country && a.country !== country) continue;
      if (a.role && re.test(a.role) && a.mentions.some((m) => m.start < pos)) return whoFromActor(a, a.name, pos, head);
    }
    const s0 = sentOf[Math.min(P.tokAt(pos), toks.length - 1)];
    for (let s = s0 - 1; s >= 0 && s >= s0 - 10; s--) {
      const w = subjectWho(s);
      if (w && !(singular && w.plural) && !otherCountry(w) && (re.test(w.text) || re.test(w.name))) return w;
    }
    if (personRole) {
      // "the head of state noted": the person last quoted, if recent.
      const s0 = sentOf[Math.min(P.tokAt(pos), toks.length - 1)];
      for (let i = cands.length - 1; i >= 0; i--) {
        const w = cands[i];
        if (w.pos >= pos || !w.person || w.plural || otherCountry(w)) continue;
        const s = sentOf[Math.min(P.tokAt(w.pos), toks.length - 1)];
        // "the mayor" is not "the commander" quoted last; a name ("Vasily Orlov") may hold any title.
        if (s0 - s <= 10 && !otherRole(w, head)) return w;
        break;
      }
    }
    return null;
  }

  /** Does the role phrase name an organisation (a proper noun, not a country or the actor's own name)? */
  function orgRole(r: Range, a: Actor): boolean {
    const own = a.name.toLowerCase();
    for (let i = r[0]; i < r[1]; i++) if (toks[i].pos === 'PROPN' && own.includes(toks[i].norm)) return false;
    // The words right before the role head: "PiS president", "the party's chairman".
    for (let i = P.headIdx(r) - 1, n = 0; i >= r[0] && n < 3; i--, n++) {
      const t = toks[i];
      if (t.norm === "'s") continue;
      if (t.pos !== 'PROPN' && !/^[A-Z]{2,}/.test(text.slice(t.start, t.end))) {
        if (t.pos === 'NOUN' || t.pos === 'ADJ') continue;
        return false;
      }
      if (lex.demonyms.has(t.norm) || lex.roles.has(t.lemma)) return false;
      const mm = mentions.find((x) => x.start <= t.start && x.end >= t.end && x.actor);
      const ma = mm ? actorById.get(mm.actor!) : undefined;
      if (ma && ma.type === 'country') return false;
      return true;
    }
    return false;
  }

  /** `the <demonym> <person noun>`: the nearest earlier person actor of that country (8 sentences). */
  function countryPerson(r: Range, pos: number): Who | null {
    const h = P.headIdx(r);
    const head = toks[h];
    if (!(lex.roles.has(head.lemma) || PERSON_NOUNS.has(head.lemma)) || head.norm !== head.lemma) return null;
    let country: string | null = null;
    for (let i = r[0]; i < h && !country; i++) country = lex.demonyms.get(toks[i].norm)?.country ?? null;
    if (!country) return null;
    const s0 = sentOf[Math.min(P.tokAt(pos), toks.length - 1)];
    const from = sentences[Math.max(0, s0 - 8)].start;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m.end > pos) continue;
      if (m.start < from) break;
      const a = m.actor ? actorById.get(m.actor) : undefined;
      if (!a || a.type !== 'person' || a.country !== country) continue;
      // The title must fit: "the British foreign secretary" is not the Prime Minister named before.
      const words = `${m.text} ${a.role ?? ''}`.toLowerCase();
      const fits = head.lemma === 'leader' ? /president|prime minister|premier|chancellor|leader|king/.test(words) : words.includes(head.lemma);
      if (fits) return whoFromActor(a, a.name, m.start, head);
    }
    return null;
  }

  /**
   * "the President", "the minister", "the head of state": a title with no modifier, which may
   * stand for the person quoted last. "the British foreign secretary" names a post of its own.
   */
  function plainRole(r: Range): boolean {
    const h = P.headIdx(r);
    for (let i = r[0] + 1; i < h; i++) if (toks[i].pos !== 'DET') return false;
    return true;
  }

  /** The person actor the actors stage gave these words (or the same words elsewhere in the text). */
  function sameTitle(r: Range): Actor | null {
    const m = headMention(r);
    const a = m?.actor ? actorById.get(m.actor) : undefined;
    if (a && a.type === 'person') return a;
    const key = P.str(r[0], r[1]).toLowerCase();
    let found: Actor | null = null;
    for (const x of mentions) {
      if (x.kind !== 'person' || !x.actor || x.text.toLowerCase() !== key) continue;
      const xa = actorById.get(x.actor);
      if (!xa || xa.type !== 'person') continue;
      if (found && found.id !== xa.id) return null;
      found = xa;
    }
    return found;
  }

  /** Names a person (a proper noun that is no demonym, organisation or acronym of one)? */
  function named0(r: Range): boolean {
    for (let i = r[0]; i < r[1]; i++) {
      const t = toks[i];
      if (t.pos !== 'PROPN' || lex.demonyms.has(t.norm) || lex.orgs.has(t.norm)) continue;
      if (/^[A-Z]{2,}$/.test(text.slice(t.start, t.end))) continue;
      if (mentions.some((m) => m.kind === 'person' && m.start <= t.start && m.end >= t.end && m.text !== P.str(r[0], r[1]))) return true;
    }
    return false;
  }

  /** Do the words that named `w` (or its actor's role) give it a title other than `head`? */
  function otherRole(w: Who, head: Token): boolean {
    const words = `${w.text} ${w.actor ? actorById.get(w.actor)?.role ?? '' : ''}`.toLowerCase().match(/[a-z]+/g) ?? [];
    let other = false;
    for (const x of words) {
      if (x === head.lemma || x === head.norm) return false;
      if (lex.roles.has(x) || PERSON_NOUNS.has(x)) other = true;
    }
    return other;
  }

  /** The country a phrase names ("the Russian President", "the President of Russia"), or null. */
  function roleCountry(r: Range): string | null {
    for (let i = r[0]; i < r[1]; i++) {
      const d = lex.demonyms.get(toks[i].norm);
      if (d?.country) return d.country;
    }
    return null;
  }

  /** The country of a resolved speaker: its actor's, else a demonym in its words. */
  function whoCountry(w: Who): string | null {
    const a = w.actor ? actorById.get(w.actor) : undefined;
    if (a?.country) return a.country;
    for (const x of w.text.toLowerCase().split(/[^a-z]+/)) {
      const d = lex.demonyms.get(x);
      if (d?.country) return d.country;
    }
    return null;
  }

  /** Resolve the words naming a speaker to an actor or a name. */
  function resolve(r: Range, nested: boolean, allowPronoun = true): Who {
    const text = P.str(r[0], r[1]);
    const pos = toks[r[0]].start;
    const t0 = toks[r[0]];
    const textOnly = (kind: LinkKind, person: boolean, plural: boolean, key: string | null): Who => ({ actor: null, name: text, text, kind, key, person, plural, pos });
    if (r[1] - r[0] === 1 && t0.pos === 'PRON') {
      const pron = PRONOUN_CASE[t0.norm] ?? t0.norm;
      const plural = pron === 'they' || pron === 'we';
      const person = pron !== 'it';
      if (nested || !allowPronoun) return textOnly(person ? 'person' : 'organization', person, plural, null);
      // Our own antecedent first (it knows who was quoted last); the actors stage's as a fallback.
      const a = antecedent(pron, pos);
      if (a) return { ...a, text, pos };
      const m = bestMention(r);
      if (m?.actor && actorById.has(m.actor)) return whoFromActor(actorById.get(m.actor)!, text, pos, null);
      return textOnly(person ? 'person' : 'organization', person, plural, null);
    }
    const hi = P.headIdx(r);
    const head = toks[hi];
    // "the President", "the Head of State": who held the floor last knows better than a title table.
    const bareRole = !nested && (t0.norm === 'the' || t0.norm === 'our') && lex.roles.has(head.lemma) && !P.hasPropn([r[0] + 1, hi]) && !hasDemonym(r);
    if (bareRole) {
      const former = /\b(former|ex-)/i.test(text);
      let a = former ? formerHolder(pos) : byHead(head, pos, false, roleCountry(r));
      if (!a && !former) {
        // The actors stage's reading of the same title (here or elsewhere in the text: "the
        // President" is one person through a readout) beats "the person quoted last".
        const same = sameTitle(r);
        if (same) return whoFromActor(same, text, pos, head);
        a = byHead(head, pos, plainRole(r), roleCountry(r));
      }
      if (a) return { ...a, text, pos };
    }
    const m = headMention(r);
    let ma = m?.actor ? actorById.get(m.actor) : undefined;
    // "the PiS president", "the party chairman": a role in an organisation the title table does
    // not know; the person quoted last with that role (or last quoted) beats the country's holder.
    if (ma && ma.type === 'person' && !nested && lex.roles.has(head.lemma) && orgRole(r, ma)) {
      const a = byHead(head, pos, true, roleCountry(r));
      if (a && a.actor !== ma.id) return { ...a, text, pos };
    }
    if (lex.documents.has(head.lemma) && ma?.type !== 'document') return textOnly('document', false, false, `d:${head.lemma}`);
    // An agent actor named for another noun ("troops" for "the military") is not this speaker.
    // "the politician" is not the "Opposition politicians" an earlier sentence named.
    if (ma && ma.type !== 'person' && head.pos === 'NOUN' && head.norm === head.lemma && ma.name.toLowerCase().endsWith(` ${head.norm}s`)) ma = undefined;
    // "a UN official": an unnamed person of an organisation is not the organisation.
    if (ma && (ma.type === 'organization' || ma.type === 'country') && head.pos === 'NOUN' && lex.sources.has(head.lemma) && !lex.orgs.has(head.lemma) && !named0(r)) ma = undefined;
    if (ma && ma.type === 'agent' && !nested && (t0.norm === 'the' || t0.norm === 'this') && !hasName(r)) {
      const byCountry = countryPerson(r, pos);
      if (byCountry) return { ...byCountry, text, pos };
    }
    if (ma && !(ma.type === 'agent' && !agentFits(ma, head))) return whoFromActor(ma, text, pos, head);
    const media = P.mediaIn(r);
    if (media && !lex.documents.has(head.lemma) && (lex.mediaWords.has(head.lemma) || P.mediaIn([hi, hi + 1]) || r[1] - r[0] <= 3)) {
      return { actor: actorOfMedia(media), name: media.name, text, kind: media.kind, key: `m:${media.name}`, person: false, plural: false, pos };
    }
    if (lex.documents.has(head.lemma)) return textOnly('document', false, false, `d:${head.lemma}`);
    if (lex.mediaWords.has(head.lemma) || lex.mediaWords.has(head.norm)) return textOnly('outlet', false, false, `m:${text.toLowerCase().replace(DETS, '')}`);
    const plural = head.pos === 'NOUN' && head.norm !== head.lemma;
    const definite = t0.norm === 'the' || t0.norm === 'this' || t0.norm === 'our';
    const named = hasName(r);
    if (lex.sources.has(head.lemma) && !named) {
      if (definite && !nested) {
        const a = byHead(head, pos, plural ? false : POLITICIAN.has(head.lemma), roleCountry(r));
        if (a) return { ...a, text, pos };
      }
      if (nested) return textOnly('person', true, plural, null);
      return agentFor(r, text, head);
    }
    if (definite && !named && !nested) {
      // "the British leader", "the Finnish president": the person of that country named last.
      const byCountry = countryPerson(r, pos);
      if (byCountry) return { ...byCountry, text, pos };
      const role = lex.roles.has(head.lemma);
      const former = /\b(former|ex-)/i.test(text);
      const a = former ? formerHolder(pos) : byHead(head, pos, role && plainRole(r), roleCountry(r));
      if (a) return { ...a, text, pos };
      const org = lex.orgs.has(head.lemma);
      return textOnly(org ? 'organization' : 'person', !org, plural, null);
    }
    // A name the actors stage did not code: keep the words; the surname is its identity.
    let key: string | null = null;
    for (let i = r[1] - 1; i >= r[0]; i--) {
      if (toks[i].pos === 'PROPN' && !lex.demonyms.has(toks[i].norm)) {
        key = `n:${toks[i].norm}`;
        break;
      }
    }
    const org = lex.orgs.has(head.lemma) || lex.demonyms.has(head.norm) || (head.pos === 'PROPN' && lex.demonyms.has(text.toLowerCase()));
    const person = !org && (named || lex.roles.has(head.lemma));
    return textOnly(org || !person ? 'organization' : 'person', person, plural, key ?? `n:${text.toLowerCase().replace(DETS, '')}`);
  }

  const byPos = [...found].sort((a, b) => a.pos - b.pos);
  for (const f of byPos) {
    if (!f.np || f.how === 'agentless') continue;
    const nested = insideDirect(f);
    f.who = resolve(f.np, nested);
    if (!nested && f.who) cands.push(f.who);
  }

  // ---------------------------------------------------------------- chains

  // An agency or outlet cited for a speaker applies to all that speaker's quotes in the article.
  const agencyOf = new Map<string, Link>();
  for (const f of found) {
    const key = f.who?.key;
    if (!key || insideDirect(f)) continue;
    const media = f.outer.find((l) => l.kind === 'agency' || l.kind === 'outlet');
    if (media && !agencyOf.has(key)) agencyOf.set(key, media);
  }

  const speakerLink = (f: Found, w: Who): Link => ({ name: w.name, actor: w.actor, kind: w.kind, cue: f.cueText });
  const headWord = (name: string) => name.toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter(Boolean);

  function documentChain(f: Found, w: Who): Link[] {
    const words = new Set(headWord(w.text).map((x) => x.replace(/s$/, '')));
    // Only "the letters", "the statement" refer back to a document quoted before; "the Kremlin
    // statement" does so only to a document whose name has "Kremlin" in it.
    const modifiers: string[] = [];
    if (f.np) for (let i = f.np[0], h = P.headIdx(f.np); i < h; i++) if (toks[i].pos === 'PROPN') modifiers.push(toks[i].norm);
    const definite = /^(the|this|that|these|those)\b/i.test(w.text);
    for (let i = definite ? found.indexOf(f) - 1 : -1; i >= 0; i--) {
      const o = found[i];
      const at = o.attribution.findIndex(
        (l) =>
          l.kind === 'document' &&
          headWord(l.name).some((x) => words.has(x.replace(/s$/, ''))) &&
          modifiers.every((m) => l.name.toLowerCase().includes(m)),
      );
      if (at >= 0) return o.attribution.slice(0, at + 1);
    }
    // A new document: its link, then its author when the words name one ("the Kremlin statement").
    const out: Link[] = [{ name: w.text, actor: w.actor, kind: 'document', cue: f.cueText }];
    if (f.np) {
      const h = P.headIdx(f.np);
      for (const m of mentions) {
        if (m.start < toks[f.np[0]].start || m.end > toks[h].start || !m.actor) continue;
        const a = actorById.get(m.actor);
        if (a && a.type !== 'document') {
          out.push({ name: a.name, actor: a.id, kind: kindOfActor(a), cue: null });
          break;
        }
      }
    }
    return out;
  }

  function sentenceHasQuote(s: number): boolean {
    const a = sentences[s].start;
    const b = sentences[s].end;
    return found.some((f) => f.start < b && f.end > a);
  }
  function headingLike(s: number): boolean {
    const sent = sentences[s];
    let last = sent.lastToken - 1;
    while (last > sent.firstToken && isQuoteTok(toks[last])) last--;
    return last - sent.firstToken < 12 && !SENT_END.has(toks[last].norm);
  }
  function adjacent(prev: Found, f: Found): boolean {
    const ps = sentOf[Math.min(P.tokAt(Math.max(prev.end - 1, 0)), toks.length - 1)];
    for (let s = ps + 1; s < f.sentence; s++) if (!sentenceHasQuote(s) && !headingLike(s)) return false;
    return true;
  }

  const top = (f: Found) => !f.parent;
  let lastTop: Found | null = null;
  for (const f of found) {
    if (f.how === 'none' && !f.who) {
      if (f.parent && !f.parent.direct) {
        f.who = f.parent.who;
        f.attribution = f.parent.attribution.slice();
        continue;
      }
      if (f.direct && top(f) && lastTop && lastTop.who && !(lastTop.cue && BELIEF.has(toks[lastTop.cue.first].lemma)) && adjacent(lastTop, f) && f.mark && P.tokAt(f.mark.open) === sentences[f.sentence].firstToken) {
        // A quote with no cue that continues the one before it.
        f.who = lastTop.who;
        f.cueText = null;
        f.attribution = lastTop.attribution.slice();
        f.continued = true;
        lastTop = f;
        continue;
      }
      if (f.direct && top(f)) {
        const sent = sentences[f.sentence];
        let cueInSentence = false;
        for (let t = sent.firstToken; t < sent.lastToken && !cueInSentence; t++) if (qOf[t] < 0 && P.cueAt(t)) cueInSentence = true;
        if (cueInSentence) f.who = subjectWho(f.sentence);
      }
    }
    const w = f.who;
    let chain: Link[] = [];
    if (w) {
      const own: Link[] = [];
      if (w.key && !f.outer.some((l) => l.kind === 'agency' || l.kind === 'outlet')) {
        const ag = agencyOf.get(w.key);
        if (ag && !insideDirect(f) && ag.name !== w.name) own.push(ag);
      }
      own.push(...f.outer.filter((l) => l.name !== w.name));
      if (w.kind === 'document') own.push(...documentChain(f, w));
      else own.push(speakerLink(f, w));
      own.push(...f.inner);
      const base = f.parent ? f.parent.attribution : [];
      const parentWho = f.parent?.who;
      chain = [...base];
      for (const l of own) {
        if (parentWho && parentWho.key && w.key === parentWho.key && l.name === parentWho.name) continue;
        if (chain.some((x) => x.name === l.name && x.kind === l.kind)) continue;
        chain.push(l);
      }
    } else if (f.parent) chain = f.parent.attribution.slice();
    f.attribution = chain;
    if (top(f) && f.direct) lastTop = f;
    else if (top(f) && w) lastTop = f;
  }

  // A speaker who quotes a document goes on quoting it in the quotes that follow straight on.
  let run: { key: string; doc: Link; last: Found } | null = null;
  for (const f of found) {
    if (!top(f)) continue;
    if (run && !(f.paragraph <= run.last.paragraph + 1 && f.sentence - sentOf[Math.min(P.tokAt(run.last.end - 1), toks.length - 1)] <= 2)) run = null;
    const w = f.who;
    const docLink = f.inner.find((l) => l.kind === 'document');
    if (w?.kind === 'document') {
      if (run) run.last = f;
      continue;
    }
    if (docLink && w?.key) {
      run = { key: w.key, doc: docLink, last: f };
      continue;
    }
    if (run && f.attribution.some((l) => l.name === run!.doc.name && l.kind === 'document')) {
      run.last = f;
      continue;
    }
    if (run && w?.key === run.key && !f.attribution.some((l) => l.kind === 'document')) {
      f.attribution = [...f.attribution, run.doc];
      run.last = f;
      continue;
    }
    run = null;
  }

  // Drop scare quotes and titles: quoted words nobody is said to have said, inside a sentence,
  // and quotes inside a quote that have no speaker of their own (the outer quote covers them).
  const kept = found.filter((f) => {
    if (!f.direct || f.who) return true;
    if (f.parent) return !f.parent.direct;
    const n = words(text, f.start, f.end);
    const startsSentence = f.mark !== null && P.tokAt(f.mark.open) === sentences[f.sentence].firstToken;
    return n > 3 && (startsSentence || n >= 8);
  });

  return kept.map((f, i) => ({
    id: `q${i + 1}`,
    start: f.start,
    end: f.end,
    direct: f.direct,
    speaker: f.who?.actor ?? null,
    speakerText: f.who ? f.who.text : null,
    cue: f.cueText,
    attribution: f.attribution,
  }));
}

function words(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const sp = text.charCodeAt(i) <= 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** The innermost quote whose span covers [start, end), or null. */
export function quoteAt(doc: Pick<Doc, 'quotes'>, start: number, end: number): Quote | null {
  let best: Quote | null = null;
  for (const q of doc.quotes) {
    if (q.start <= start && q.end >= end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

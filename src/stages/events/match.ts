import type { Token } from '../../model/doc.js';
import { Clause, isGerund, type Chain, type Subject } from './clause.js';
import { LIGHT_VERBS, POSSESSIVE } from './lexicon.js';
import type { Element, Pattern, Role } from './patterns.js';

/** One pattern matched at one anchor, with its actors and the words it used. */
export interface Candidate {
  pattern: Pattern;
  anchor: number;
  /** Tokens matched by the pattern's literals (another pattern may not use them as its anchor). */
  claimed: number[];
  /** Indices into DocView.am. */
  source: number[];
  target: number[];
  /** Token span of the evidence [first, last). */
  first: number;
  last: number;
  subject: Subject | null;
  chain: Chain | null;
  passive: boolean;
  score: number;
}

interface Capture {
  role: Role;
  group: number[];
  first: number;
  last: number;
}

/** How a token is compared to a pattern word: its lemma, its lower-cased form, or a second lemma. */
export type WordTest = (t: Token, words: string[]) => boolean;

const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);

/** A literal's part-of-speech constraint: N = noun, V = verb (the tagger's VERB/AUX; gerunds count as both). */
export function posOk(t: Token, pos: 'N' | 'V' | undefined): boolean {
  if (!pos) return true;
  if (pos === 'N') return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ';
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && t.norm.endsWith('ing'));
}

/**
 * Match patterns against one sentence. Backtracking over a small element list, continuation style:
 * each element calls `k(next position)` for every way it can match.
 */
export class Matcher {
  private claimed: number[] = [];
  private caps: Capture[] = [];

  constructor(
    readonly c: Clause,
    readonly test: WordTest,
  ) {}

  /** Try one pattern at anchor token `i`; returns a candidate or null. */
  match(p: Pattern, i: number): Candidate | null {
    const c = this.c;
    const tok = c.toks[i];
    const verbal = tok.pos === 'VERB' || tok.pos === 'AUX';
    this.claimed = [];
    this.caps = [];
    let rest = p.rest;
    let passive = false;
    let agent: Capture | null = null;
    let start = i + 1;
    let chain: Chain | null = null;

    if (p.subject !== null && verbal) {
      chain = c.chainLeft(i);
      passive = chain.passive;
      // reduced passive: "soldiers detained by the authorities"
      if (!passive && !isGerund(tok) && tok.norm !== tok.lemma) {
        const by = this.skipAdv(i + 1);
        if (by < c.hi && c.toks[by].norm === 'by') {
          const g = c.groupsRight(by + 1, 3);
          if (g.length) passive = true;
        }
      }
      if (passive) {
        if (rest[0]?.k === 'slot' && rest[0].role === 'Y') rest = rest.slice(1);
        else if (p.subject === 'X' && hasSlot(rest, 'Y')) passive = false; // the object is elsewhere: not this pattern's passive
        const by = this.skipAdv(i + 1);
        if (passive && by < c.hi && c.toks[by].norm === 'by') {
          const g = c.groupsRight(by + 1, 3);
          if (g.length) {
            agent = { role: 'X', group: g[0].group, first: by, last: g[0].end };
            start = g[0].end;
          }
        }
      }
    }

    // the anchor itself
    let end = -1;
    const done = (q: number) => {
      end = q;
      return true;
    };
    const anchor = p.anchor;
    let ok = false;
    if (anchor.k === 'lit') {
      if (!posOk(tok, anchor.pos)) return null;
      this.claimed.push(i);
      ok = this.seq(rest, 0, start, done);
    } else if (anchor.k === 'group') {
      for (const alt of anchor.alts) {
        const first = alt[0];
        if (first.k !== 'lit' || !this.test(tok, first.words) || !posOk(tok, first.pos)) continue;
        this.claimed = [i];
        this.caps = [];
        if (this.seq(alt, 1, i + 1, (q) => this.seq(rest, 0, q, done))) {
          ok = true;
          break;
        }
      }
    }
    if (!ok) return null;

    // the subject
    let subject: Subject | null = null;
    let source: number[] = [];
    let target: number[] = [];
    let first = i;
    let last = Math.max(end, i + 1);
    for (const cap of this.caps) {
      if (cap.role === 'X') source.push(...cap.group);
      else if (cap.role === 'Y') target.push(...cap.group);
      last = Math.max(last, cap.last);
    }
    if (p.subject !== null) {
      subject = verbal ? c.subjectOf(i) : this.nominalSubject(i);
      if (passive && p.subject === 'X') {
        // "Y was attacked by X": the subject is the target; the agent the source
        if (subject) target = [...subject.group, ...target];
        if (!agent) agent = this.agentAfter(last);
        if (agent) {
          source.push(...agent.group);
          last = Math.max(last, agent.last);
        }
      } else if (subject) {
        if (p.subject === 'X') source = [...subject.group, ...source];
        else if (p.subject === 'Y') target = [...subject.group, ...target];
      }
      if (subject && subject.first < first && i - subject.first < 40) first = subject.first;
      if (!chain && subject) chain = subject.chain;
      if (verbal && subject) chain = subject.chain;
    }
    if (source.length === 0) return null;
    return {
      pattern: p,
      anchor: i,
      claimed: [...this.claimed],
      source: dedupe(source),
      target: dedupe(target),
      first,
      last,
      subject,
      chain,
      passive,
      score: p.weight + (target.length ? 1 : 0),
    };
  }

  private skipAdv(q: number): number {
    while (q < this.c.hi && this.c.toks[q].pos === 'ADV') q++;
    return q;
  }

  /** "Y was attacked on Monday by X": the by-agent within a few words. */
  private agentAfter(from: number): Capture | null {
    const c = this.c;
    for (let q = from; q < c.hi && q < from + 8; q++) {
      const n = c.toks[q].norm;
      if (n === ';' || n === '"') break;
      if (n === 'by') {
        const g = c.groupsRight(q + 1, 3);
        if (g.length) return { role: 'X', group: g[0].group, first: q, last: g[0].end };
        return null;
      }
    }
    return null;
  }

  /**
   * The doer of an event noun: "Russia's invasion", "Israeli air strikes", "aggression by X",
   * or the subject of the verb that governs it ("Kiev is continuing its military buildup").
   */
  private nominalSubject(i: number): Subject | null {
    const c = this.c;
    const { toks, tokAm, lo, hi } = c;
    const emptyChain = (): Chain => ({ begin: i, negated: false, future: false, modal: false, would: false, passive: false, control: null, controls: [] });
    // possessive or modifier right before the noun
    let k = i - 1;
    let steps = 0;
    while (k >= lo && tokAm[k] < 0 && steps < 3 && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].norm === "'s" || toks[k].norm === "'")) {
      k--;
      steps++;
    }
    if (k >= lo && tokAm[k] >= 0) {
      const g = c.npLeft(k);
      if (g) return { group: g, first: c.am[g[0]].first, chain: emptyChain(), via: 'possessive' };
    }
    // "by X" after the noun
    let q = i + 1;
    if (q < hi && toks[q].norm === 'by') {
      const g = c.groupsRight(q + 1, 3);
      if (g.length) return { group: g[0].group, first: i, chain: emptyChain(), via: 'by' };
    }
    // the governing verb
    k = i - 1;
    steps = 0;
    while (
      k >= lo &&
      steps < 5 &&
      (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM' || toks[k].pos === 'NOUN' || POSSESSIVE.has(toks[k].norm)) &&
      tokAm[k] < 0
    ) {
      k--;
      steps++;
    }
    if (k >= lo && toks[k].pos === 'VERB' && LIGHT_VERBS.has(toks[k].lemma)) {
      const s = c.subjectOf(k);
      if (s) return { ...s, via: 'light-verb' };
    }
    return null;
  }

  /** Match elements els[e..] from token q; call k at the end. */
  private seq(els: Element[], e: number, q: number, k: (q: number) => boolean): boolean {
    if (e === els.length) return k(q);
    const el = els[e];
    const c = this.c;
    switch (el.k) {
      case 'lit': {
        // up to 3 modifiers may sit before a word ("launched two missile strikes")
        for (let skip = 0, r = q; skip <= 3 && r < c.hi; skip++, r++) {
          if (this.test(c.toks[r], el.words) && posOk(c.toks[r], el.pos)) {
            if (!el.context) this.claimed.push(r);
            if (this.seq(els, e + 1, r + 1, k)) return true;
            if (!el.context) this.claimed.pop();
          }
          const t = c.toks[r];
          if (!(MODIFIER_POS.has(t.pos) || POSSESSIVE.has(t.norm) || t.norm === "'s")) break;
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'group': {
        for (const alt of el.alts) {
          const mark = this.claimed.length;
          const capMark = this.caps.length;
          if (this.seq(alt, 0, q, (r) => this.seq(els, e + 1, r, k))) return true;
          this.claimed.length = mark;
          this.caps.length = capMark;
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'slot': {
        for (const g of c.groupsRight(q)) {
          this.caps.push({ role: el.role, group: g.group, first: c.am[g.group[0]].first, last: g.end });
          const after = c.skipHeadRight(g.end);
          if (this.seq(els, e + 1, after, k)) return true;
          if (after !== g.end && this.seq(els, e + 1, g.end, k)) return true;
          this.caps.pop();
        }
        return el.opt ? this.seq(els, e + 1, q, k) : false;
      }
      case 'gap': {
        for (let g = 0; g <= el.max && q + g <= c.hi; g++) {
          if (g > 0) {
            const n = c.toks[q + g - 1].norm;
            if (n === ';' || n === '"' || n === ':') break;
          }
          if (this.seq(els, e + 1, q + g, k)) return true;
        }
        return false;
      }
    }
  }
}

function hasSlot(els: Element[], role: Role): boolean {
  return els.some((el) => (el.k === 'slot' && el.role === role) || (el.k === 'group' && el.alts.some((a) => hasSlot(a, role))));
}

function dedupe(xs: number[]): number[] {
  return [...new Set(xs)];
}

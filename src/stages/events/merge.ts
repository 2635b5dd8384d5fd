import type { EventRecord, Link, Modality, Span } from '../../model/doc.js';
import type { CodeInfo } from './codes.js';

/** One report of an event, before reports of the same event are merged. */
export interface RawEvent {
  cameo: string;
  plover: string;
  mode: string | null;
  context: string[];
  pattern: string;
  /** The pattern's specificity: the most specific report names the merged event's code. */
  weight: number;
  source: string[];
  target: string[];
  /** The target was not named by the pattern but guessed by a fallback (attachment.ts): it does not keep reports apart. */
  guessedTarget?: boolean;
  modality: Modality;
  negated: boolean;
  attribution: Link[];
  evidence: Span;
  anchor: Span;
  actorSpans: Span[];
  date: string | null;
  dateSource: 'text' | 'article' | null;
  place: string | null;
  /** Index of the sentence it was found in. */
  sentence: number;
}

/** Reports that may be the same event: asserted and claimed reports merge; planned, hypothetical, denied only with their own kind. */
function modalityClass(m: Modality): string {
  return m === 'asserted' || m === 'claimed' ? 'real' : m;
}

const sameCode = (a: string, b: string) => a.slice(0, 3) === b.slice(0, 3);
/** Codes that can name one event: the same 3-digit code, or one of them is a root's "not specified" code (x0). */
const compatibleCodes = (a: string, b: string) => sameCode(a, b) || a.slice(0, 3).endsWith('0') || b.slice(0, 3).endsWith('0');

/** A report whose targets are all among its sources ("The leaders exchanged views": both sides on both slots). */
const isReciprocal = (x: RawEvent) => x.target.length > 0 && x.target.every((t) => x.source.includes(t));

const overlaps = (a: string[], b: string[], same: (x: string, y: string) => boolean) => a.some((x) => b.some((y) => same(x, y)));

/**
 * One event, many reports: reports with the same PLOVER type, polarity and kind of modality whose
 * sources overlap and whose targets overlap (or one has none) become one event with one evidence
 * span per report. `sameActor` may treat two actor ids as one (same code), default: equal ids.
 */
export function mergeEvents(raw: RawEvent[], codes: Map<string, CodeInfo>, sameActor: (a: string, b: string) => boolean = (a, b) => a === b): EventRecord[] {
  const groups: RawEvent[][] = [];
  for (const ev of raw) {
    const g = groups.find((grp) => {
      const h = grp[0];
      if (h.plover !== ev.plover || h.negated !== ev.negated || modalityClass(h.modality) !== modalityClass(ev.modality)) return false;
      // within one sentence, two codes are two events ("detained X and declared a state of emergency");
      // across sentences, a generic code ("requests", 020) is a report of the specific one (0232)
      const sameSentence = grp.some((x) => x.sentence === ev.sentence);
      // (but "held a telephone conversation with Rutte, during which the sides discussed ...": a meeting's parties
      // discussing is that meeting, so CONSULT's "not specified" 040 is a report of the specific code here too)
      // (a visit and a meeting in one sentence stay two events: "travelled to Kyiv to meet Zelenskiy")
      const fits = sameSentence && !(ev.plover === 'CONSULT' && (isReciprocal(ev) || grp.some(isReciprocal))) ? sameCode : compatibleCodes;
      if (!grp.every((x) => fits(x.cameo, ev.cameo))) return false;
      const src = grp.flatMap((x) => x.source);
      const tgt = grp.flatMap((x) => (x.guessedTarget ? [] : x.target));
      if (!overlaps(src, ev.source, sameActor)) return false;
      // one sentence, one code, one source: one event ("agreed to restrict banks' access and to ban arms sales to Moscow")
      if (sameSentence) return true;
      return tgt.length === 0 || ev.target.length === 0 || ev.guessedTarget || overlaps(tgt, ev.target, sameActor);
    });
    if (g) g.push(ev);
    else groups.push([ev]);
  }
  return groups.map((grp, n) => {
    // the most specific report names the event: a specific code over a root's "not specified" (x0), then 4 digits over 3
    const rank = (x: RawEvent) => (x.cameo.slice(0, 3).endsWith('0') ? 0 : 100) + x.cameo.length * 10 + x.weight * 0.01;
    const best = grp.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const code = codes.get(best.cameo);
    const source = [...new Set(grp.flatMap((x) => x.source))];
    // reciprocal events keep their parties on both sides
    const reciprocal = grp.some(isReciprocal);
    // named targets; guessed ones only when no report names one (the first report's guess)
    const named = grp.filter((x) => !x.guessedTarget && x.target.length > 0);
    const targets = named.length ? named : grp.filter((x) => x.target.length > 0).slice(0, 1);
    const target = [...new Set(targets.flatMap((x) => x.target))].filter((t) => reciprocal || !source.includes(t));
    const asserted = grp.some((x) => x.modality === 'asserted');
    const claimed = grp.filter((x) => x.attribution.length > 0);
    const attribution = asserted
      ? []
      : claimed.reduce<Link[]>((acc, x) => (x.attribution.length > acc.length ? x.attribution : acc), []);
    const withDate = grp.find((x) => x.dateSource === 'text') ?? grp[0];
    const evidence: Span[] = [];
    for (const x of grp) if (!evidence.some((e) => e.start < x.evidence.end && x.evidence.start < e.end)) evidence.push(x.evidence);
    return {
      id: `e${n + 1}`,
      cameo: best.cameo,
      plover: { type: best.plover, mode: best.mode, context: best.context },
      source,
      target,
      date: withDate.date,
      dateSource: withDate.dateSource,
      modality: asserted ? 'asserted' : grp[0].modality,
      negated: grp[0].negated,
      place: grp.find((x) => x.place)?.place ?? null,
      evidence,
      attribution,
      goldstein: code?.goldstein ?? null,
      quadClass: code?.quadClass ?? null,
      pattern: best.pattern,
    };
  });
}

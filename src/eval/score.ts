import type { GoldActor, GoldEvent, GoldRecord } from './gold.js';

/**
 * Scoring predicted events against gold, sentence by sentence (test/gold/README.md, "Guidance
 * for the evaluator"):
 * - events are matched within a sentence on the PLOVER type first, then on their actors;
 * - actors compare by country; a gold sector of null is a wildcard, and so is a predicted sector of
 *   null (a bare country name makes no sector claim); a gold actor with no country
 *   (IGOs, transnational groups) compares by sector, or by name when it has no sector;
 * - compound actors compare as sets: any overlap counts as a match ("partial"), equal sets are "full";
 * - a reciprocal gold event (source list = target list) may be matched in either direction;
 * - an empty gold slot accepts anything.
 */

export interface PredActor {
  country: string | null;
  sector: string | null;
  name: string;
}

export interface PredEvent {
  plover: string;
  cameo: string;
  modality: string;
  negated: boolean;
  source: PredActor[];
  target: PredActor[];
  pattern: string;
  /** The words that gave the event (for the worst-cases listing). */
  evidence: string;
}

export interface Prediction {
  id: string;
  events: PredEvent[];
}

export type SlotMatch = 'full' | 'partial' | 'none';

export interface Pair {
  gold: GoldEvent;
  pred: PredEvent;
  source: SlotMatch;
  target: SlotMatch;
  cameoOk: boolean;
  modalityOk: boolean | null;
}

export interface RecordScore {
  id: string;
  text: string;
  gold: GoldEvent[];
  pred: PredEvent[];
  pairs: Pair[];
  /** Gold events with no predicted event of their type. */
  missed: GoldEvent[];
  /** Predicted events with no gold event of their type. */
  extra: PredEvent[];
  /** Leftovers paired across types, for the confusion table: [gold type, predicted type]. */
  confusions: Array<[string, string]>;
}

export interface Prf {
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  sentences: number;
  goldEvents: number;
  predEvents: number;
  type: Prf;
  typeSource: Prf;
  typeTarget: Prf;
  typeSourceTarget: Prf;
  /** Same, counting only equal actor sets. */
  typeSourceTargetFull: Prf;
  /** Predicted events of a type the sentence does not have, per sentence. */
  wrongTypePerSentence: number;
  /** Among type matches: predicted CAMEO has the gold code's 3-digit prefix. */
  cameoAccuracy: number;
  /** Among type matches with a gold modality: equal modality. */
  modalityAccuracy: number;
  byType: Record<string, Prf & { gold: number; pred: number }>;
  /** confusion[gold][pred] counts; "-" is no event. */
  confusion: Record<string, Record<string, number>>;
  records: RecordScore[];
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

function nameMatches(gold: string | undefined, pred: string): boolean {
  if (!gold) return false;
  const p = norm(pred);
  if (!p) return false;
  return gold.split(/[/,]/).some((part) => {
    const g = norm(part);
    return g.length > 1 && (p.includes(g) || g.includes(p));
  });
}

export function actorMatches(g: GoldActor, p: PredActor): boolean {
  const gc = g.country ?? null;
  const gs = g.sector ?? null;
  // a predicted actor with no sector ("Russia has massed troops") makes no sector claim: its country decides
  if (gc) return p.country === gc && (gs === null || p.sector === null || p.sector === gs);
  // no country: an IGO, a transnational group, a loose group ("Western leaders")
  if (gs) return (p.country === null || nameMatches(g.name, p.name)) && p.sector === gs;
  return nameMatches(g.name, p.name);
}

export function slotMatch(gold: GoldActor[], pred: PredActor[]): SlotMatch {
  if (gold.length === 0) return 'full';
  if (pred.length === 0) return 'none';
  const goldHit = gold.filter((g) => pred.some((p) => actorMatches(g, p))).length;
  const predHit = pred.filter((p) => gold.some((g) => actorMatches(g, p))).length;
  if (goldHit === gold.length && predHit === pred.length) return 'full';
  return goldHit > 0 ? 'partial' : 'none';
}

const slotValue = (m: SlotMatch) => (m === 'full' ? 1 : m === 'partial' ? 0.6 : 0);

function sameActors(a: GoldActor[], b: GoldActor[]): boolean {
  const key = (x: GoldActor) => `${x.country ?? ''}|${x.sector ?? ''}|${x.name ?? ''}`;
  const ka = a.map(key).sort().join(',');
  return a.length > 0 && ka === b.map(key).sort().join(',');
}

/** Source and target match of a predicted event against a gold event (either direction for reciprocal gold). */
export function actorsMatch(g: GoldEvent, p: PredEvent): { source: SlotMatch; target: SlotMatch } {
  const direct = { source: slotMatch(g.source, p.source), target: slotMatch(g.target, p.target) };
  if (!sameActors(g.source, g.target)) return direct;
  // reciprocal gold: the parties may be split between source and target in the prediction
  const all = [...p.source, ...p.target];
  const both = slotMatch(g.source, all);
  const swapped = { source: slotMatch(g.source, p.target), target: slotMatch(g.target, p.source) };
  const candidates = [direct, swapped, { source: both, target: both }];
  return candidates.reduce((a, b) => (slotValue(b.source) + slotValue(b.target) > slotValue(a.source) + slotValue(a.target) ? b : a));
}

export function cameoMatches(gold: string | undefined, pred: string): boolean {
  if (!gold) return true;
  const prefix = gold.slice(0, 3);
  return pred.startsWith(prefix);
}

/** Score one record: pair gold and predicted events on type, then actors. */
export function scoreRecord(gold: GoldRecord, pred: PredEvent[], ploverOf: (cameo: string) => string | null): RecordScore {
  const goldType = (e: GoldEvent) => e.plover ?? (e.cameo ? ploverOf(e.cameo) : null) ?? '?';
  const cands: Array<{ gi: number; pi: number; score: number; source: SlotMatch; target: SlotMatch }> = [];
  gold.events.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (goldType(g) !== p.plover) return;
      const m = actorsMatch(g, p);
      const score = 10 + slotValue(m.source) * 2 + slotValue(m.target) + (cameoMatches(g.cameo, p.cameo) ? 0.5 : 0) + (g.modality === p.modality ? 0.2 : 0);
      cands.push({ gi, pi, score, ...m });
    }),
  );
  cands.sort((a, b) => b.score - a.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cands) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    const g = gold.events[c.gi];
    const p = pred[c.pi];
    pairs.push({
      gold: g,
      pred: p,
      source: c.source,
      target: c.target,
      cameoOk: cameoMatches(g.cameo, p.cameo),
      modalityOk: g.modality ? g.modality === p.modality : null,
    });
  }
  const missed = gold.events.filter((_, i) => !usedG.has(i));
  const extra = pred.filter((_, i) => !usedP.has(i));
  // leftovers of different types: pair them by actors for the confusion table
  const confusions: Array<[string, string]> = [];
  const leftG = [...missed];
  const leftP = [...extra];
  const cross: Array<{ g: GoldEvent; p: PredEvent; s: number }> = [];
  for (const g of leftG) for (const p of leftP) {
    const m = actorsMatch(g, p);
    cross.push({ g, p, s: slotValue(m.source) * 2 + slotValue(m.target) });
  }
  cross.sort((a, b) => b.s - a.s);
  const doneG = new Set<GoldEvent>();
  const doneP = new Set<PredEvent>();
  for (const c of cross) {
    if (doneG.has(c.g) || doneP.has(c.p)) continue;
    doneG.add(c.g);
    doneP.add(c.p);
    confusions.push([goldType(c.g), c.p.plover]);
  }
  for (const g of leftG) if (!doneG.has(g)) confusions.push([goldType(g), '-']);
  for (const p of leftP) if (!doneP.has(p)) confusions.push(['-', p.plover]);
  return { id: gold.id, text: gold.text, gold: gold.events, pred, pairs, missed, extra, confusions };
}

function prf(tp: number, pred: number, gold: number): Prf {
  const precision = pred ? tp / pred : gold ? 0 : 1;
  const recall = gold ? tp / gold : pred ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, precision, recall, f1 };
}

const ok = (m: SlotMatch) => m !== 'none';

/** Score every record and sum up. */
export function score(gold: GoldRecord[], predictions: Map<string, PredEvent[]>, ploverOf: (cameo: string) => string | null): Report {
  const records = gold.map((g) => scoreRecord(g, predictions.get(g.id) ?? [], ploverOf));
  const goldEvents = records.reduce((n, r) => n + r.gold.length, 0);
  const predEvents = records.reduce((n, r) => n + r.pred.length, 0);
  const pairs = records.flatMap((r) => r.pairs);
  const count = (f: (p: Pair) => boolean) => pairs.filter(f).length;
  const byType: Report['byType'] = {};
  const goldType = (e: GoldEvent) => e.plover ?? (e.cameo ? ploverOf(e.cameo) : null) ?? '?';
  const types = new Set<string>([...records.flatMap((r) => r.gold.map(goldType)), ...records.flatMap((r) => r.pred.map((p) => p.plover))]);
  for (const t of [...types].sort()) {
    const g = records.reduce((n, r) => n + r.gold.filter((e) => goldType(e) === t).length, 0);
    const p = records.reduce((n, r) => n + r.pred.filter((e) => e.plover === t).length, 0);
    byType[t] = { ...prf(count((x) => x.pred.plover === t), p, g), gold: g, pred: p };
  }
  const confusion: Report['confusion'] = {};
  const bump = (g: string, p: string) => {
    confusion[g] ??= {};
    confusion[g][p] = (confusion[g][p] ?? 0) + 1;
  };
  for (const r of records) {
    for (const p of r.pairs) bump(p.pred.plover, p.pred.plover);
    for (const [g, p] of r.confusions) bump(g, p);
  }
  const withModality = pairs.filter((p) => p.modalityOk !== null);
  return {
    sentences: records.length,
    goldEvents,
    predEvents,
    type: prf(pairs.length, predEvents, goldEvents),
    typeSource: prf(count((p) => ok(p.source)), predEvents, goldEvents),
    typeTarget: prf(count((p) => ok(p.target)), predEvents, goldEvents),
    typeSourceTarget: prf(count((p) => ok(p.source) && ok(p.target)), predEvents, goldEvents),
    typeSourceTargetFull: prf(count((p) => p.source === 'full' && p.target === 'full'), predEvents, goldEvents),
    wrongTypePerSentence: records.length ? (predEvents - pairs.length) / records.length : 0,
    cameoAccuracy: pairs.length ? count((p) => p.cameoOk) / pairs.length : 0,
    modalityAccuracy: withModality.length ? withModality.filter((p) => p.modalityOk).length / withModality.length : 0,
    byType,
    confusion,
    records,
  };
}

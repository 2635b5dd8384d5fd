import type { GoldActor, GoldEvent } from './gold.js';
import type { PredActor, PredEvent, Prf, RecordScore, Report } from './score.js';

/** Plain-text rendering of an evaluation report. */

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, p: Prf) => `${label.padEnd(26)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   (${p.tp} matched)`;

export function formatSummary(r: Report): string {
  const lines = [
    `sentences ${r.sentences}, gold events ${r.goldEvents}, predicted events ${r.predEvents}`,
    '',
    `${''.padEnd(26)}  prec.  recall     F1`,
    row('event type (PLOVER)', r.type),
    row('type + source', r.typeSource),
    row('type + target', r.typeTarget),
    row('type + source + target', r.typeSourceTarget),
    row('  (actor sets equal)', r.typeSourceTargetFull),
    '',
    `events of a wrong type per sentence: ${r.wrongTypePerSentence.toFixed(3)}`,
    `CAMEO code right (3-digit prefix) among type matches: ${pct(r.cameoAccuracy).trim()}%`,
    `modality right among type matches: ${pct(r.modalityAccuracy).trim()}%`,
  ];
  return lines.join('\n');
}

export function formatByType(r: Report): string {
  const lines = [`${'type'.padEnd(10)}  gold  pred  prec. recall    F1`];
  for (const [t, s] of Object.entries(r.byType)) {
    lines.push(`${t.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
  return lines.join('\n');
}

export function formatConfusion(r: Report): string {
  const types = [...new Set([...Object.keys(r.confusion), ...Object.values(r.confusion).flatMap((x) => Object.keys(x))])].sort((a, b) =>
    a === '-' ? 1 : b === '-' ? -1 : a.localeCompare(b),
  );
  const short = (t: string) => (t === '-' ? 'none' : t.slice(0, 5));
  const lines = ['gold \\ predicted'.padEnd(12) + types.map((t) => short(t).padStart(6)).join('')];
  for (const g of types) {
    const cells = types.map((p) => {
      const n = r.confusion[g]?.[p] ?? 0;
      return (n ? String(n) : '.').padStart(6);
    });
    lines.push(short(g).padEnd(12) + cells.join(''));
  }
  return lines.join('\n');
}

const actorText = (a: GoldActor | PredActor) => {
  const code = `${a.country ?? '-'}${a.sector ? ' ' + a.sector : ''}`;
  const name = 'name' in a && a.name ? a.name : '';
  return name && !a.country ? `${code} ${name}` : code;
};
const goldText = (e: GoldEvent) =>
  `${e.plover ?? '?'} ${e.cameo ?? ''} ${e.source.map(actorText).join('+') || '∅'} -> ${e.target.map(actorText).join('+') || '∅'}${e.modality ? ' ' + e.modality : ''}`;
const predText = (e: PredEvent) =>
  `${e.plover} ${e.cameo} ${e.source.map(actorText).join('+') || '∅'} -> ${e.target.map(actorText).join('+') || '∅'} ${e.modality} [${e.pattern}]`;

function badness(r: RecordScore): number {
  const actorMiss = r.pairs.filter((p) => p.source === 'none' || p.target === 'none').length;
  return r.missed.length + r.extra.length + 0.5 * actorMiss;
}

/** The records with the most errors. With `showText` false, ids only (for held-out sets). */
export function formatWorst(r: Report, n: number, showText = true): string {
  const worst = r.records
    .map((x) => ({ x, b: badness(x) }))
    .filter((w) => w.b > 0)
    .sort((a, b) => b.b - a.b || a.x.id.localeCompare(b.x.id))
    .slice(0, n);
  const lines: string[] = [];
  for (const { x, b } of worst) {
    if (!showText) {
      lines.push(`${x.id}  missed ${x.missed.length}, extra ${x.extra.length}, score ${b}`);
      continue;
    }
    lines.push(`${x.id}: ${x.text}`);
    for (const p of x.pairs) {
      const mark = p.source !== 'none' && p.target !== 'none' ? 'ok  ' : 'ACT ';
      lines.push(`  ${mark} gold ${goldText(p.gold)}`);
      lines.push(`       pred ${predText(p.pred)}`);
    }
    for (const g of x.missed) lines.push(`  MISS gold ${goldText(g)}`);
    for (const p of x.extra) lines.push(`  XTRA pred ${predText(p)}  «${p.evidence.slice(0, 90)}»`);
  }
  return lines.join('\n');
}

export function formatReport(r: Report, opts: { worst?: number; showText?: boolean } = {}): string {
  const parts = [formatSummary(r), '', 'by type:', formatByType(r), '', 'confusion (rows gold, columns predicted):', formatConfusion(r)];
  if ((opts.worst ?? 10) > 0) parts.push('', `worst cases:`, formatWorst(r, opts.worst ?? 10, opts.showText ?? true));
  return parts.join('\n');
}

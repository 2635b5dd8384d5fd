import { readFileSync } from 'node:fs';
import { dataFile } from '../../pipeline/data-path.js';

/** What the events stage knows about one CAMEO code (data/codes.tsv). */
export interface CodeInfo {
  cameo: string;
  /** PLOVER event type, or null for the CAMEO 01x statements, which PLOVER does not code. */
  plover: string | null;
  mode: string | null;
  context: string[];
  goldstein: number | null;
  quadClass: number;
  label: string;
}

/** Read data/codes.tsv: code, plover, mode, context (";"-separated), goldstein, quadclass, label. "-" = none. */
export function loadCodes(path = dataFile('events', 'codes.tsv')): Map<string, CodeInfo> {
  const out = new Map<string, CodeInfo>();
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    if (!line || line.startsWith('#')) continue;
    const [cameo, plover, mode, context, goldstein, quad, label] = line.split('\t');
    out.set(cameo, {
      cameo,
      plover: plover === '-' ? null : plover,
      mode: mode === '-' || !mode ? null : mode,
      context: context === '-' || !context ? [] : context.split(';'),
      goldstein: goldstein === '-' || goldstein === undefined ? null : Number(goldstein),
      quadClass: Number(quad),
      label: label ?? '',
    });
  }
  return out;
}

/** QuadClass (GDELT) from a CAMEO code's root: 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, 15-20 material conflict. */
export function quadClassOf(cameo: string): number {
  const root = Number(cameo.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

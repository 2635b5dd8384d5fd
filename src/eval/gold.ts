import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Gold records for `wirecoder eval`: one sentence (or short text) per line with the events a
 * careful coder would code. See test/gold/README.md for the conventions.
 */

const GoldActor = z.object({
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  name: z.string().optional(),
});

const GoldEvent = z.object({
  plover: z.string().optional(),
  cameo: z.string().optional(),
  source: z.array(GoldActor).default([]),
  target: z.array(GoldActor).default([]),
  modality: z.string().optional(),
});

const GoldRecord = z.object({
  id: z.string(),
  date: z.string().nullable().optional(),
  text: z.string(),
  /** What came before the sentence in its article (headline, earlier sentences): coded with it, not scored. */
  context: z.string().optional(),
  events: z.array(GoldEvent),
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

export type GoldActor = z.infer<typeof GoldActor>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldRecord = z.infer<typeof GoldRecord>;

export class GoldError extends Error {}

/** Read a gold JSONL file; a bad line is an error naming the line. */
export function readGold(path: string): GoldRecord[] {
  return parseGold(readFileSync(path, 'utf8'), path);
}

export function parseGold(text: string, name = 'gold'): GoldRecord[] {
  const out: GoldRecord[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new GoldError(`${name}:${n + 1}: not JSON (${(err as Error).message})`);
    }
    const r = GoldRecord.safeParse(data);
    if (!r.success) throw new GoldError(`${name}:${n + 1}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const e of r.data.events) {
      if (!e.plover && !e.cameo) throw new GoldError(`${name}:${n + 1}: an event needs plover or cameo`);
    }
    out.push(r.data);
  }
  return out;
}

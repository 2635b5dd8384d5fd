/**
 * Small helpers for the actors stage's tests: code a sentence and read back actors by mention text.
 * (Plain functions over the public stage; nothing here runs in the pipeline.)
 */
import type { Doc, RawArticle } from '../../model/doc.js';
import { buildPipeline } from '../../pipeline/run.js';
import type { Stage } from '../../pipeline/stage.js';
import { segment } from '../segment/segment.js';
import { actors } from './index.js';

let seg: Stage | null = null;
let shared: Stage | null = null;

/** Clean, segment and run the actors stage (the default one unless given) over a text dated `date`. */
export function code(text: string, date: string | null = '2022-02-24', st?: Stage): Doc {
  seg ??= segment();
  shared ??= actors();
  const raw: RawArticle = { text, title: null, date, source: null, url: null, sourceId: null, origin: { file: 'test', record: null, format: 'text' } };
  return buildPipeline([seg, st ?? shared]).run(raw);
}

export interface ActorView {
  id: string;
  name: string;
  code: string;
  country: string | null;
  sector: string | null;
  role: string | null;
}

/** The actor the nth mention with exactly this text points at, or null. */
export function actorAt(doc: Doc, text: string, nth = 0): ActorView | null {
  const m = doc.mentions.filter((x) => x.text === text && x.actor)[nth];
  if (!m) return null;
  const a = doc.actors.find((x) => x.id === m.actor)!;
  return { id: a.id, name: a.name, code: a.code, country: a.country, sector: a.sector, role: a.role };
}

/** "name=CODE" for every actor, in order. */
export function summary(doc: Doc): string[] {
  return doc.actors.map((a) => `${a.name}=${a.code}`);
}

/** The texts of the mentions of the actor named `name`. */
export function mentionsOf(doc: Doc, name: string): string[] {
  const a = doc.actors.find((x) => x.name === name);
  return a ? a.mentions.map((m) => doc.text.slice(m.start, m.end)) : [];
}

import type { Doc, EventRecord, Message } from '../../model/doc.js';
import { makeDoc } from '../../testing/make-doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { addActors, addPlace, type ActorSpec } from './testing.js';

/** An event as the tests read it: codes, actor names, modality. */
export interface Coded {
  cameo: string;
  plover: string;
  source: string[];
  target: string[];
  modality: string;
  negated: boolean;
  date: string | null;
  dateSource: string | null;
  place: string | null;
  evidence: string[];
  attribution: string[];
  pattern: string;
  event: EventRecord;
}

/**
 * Code a text with hand-made actors: `code(stage, 'Russia attacked Ukraine.', {Russia: 'RUS', Ukraine: 'UKR'})`.
 * Actor specs are "COUNTRY SECTOR" strings ("-" for no country) or ActorSpec objects; `places` maps a place
 * name in the text to its country.
 */
export function code(
  stage: Stage,
  text: string,
  actors: Record<string, string | ActorSpec>,
  meta: { date?: string | null; title?: string | null; places?: Record<string, string>; prepare?: (doc: Doc) => void } = {},
): { events: Coded[]; doc: Doc; messages: Message[] } {
  const doc = makeDoc(text, [], { date: meta.date === undefined ? '2022-02-24' : meta.date, title: meta.title ?? null });
  addActors(doc, actors);
  for (const [p, iso] of Object.entries(meta.places ?? {})) addPlace(doc, p, { country: iso });
  meta.prepare?.(doc);
  const messages: Message[] = [];
  stage.run(doc, { report: (m) => messages.push({ severity: 'warning', ...m }) });
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? id;
  const events = doc.events.map((e) => ({
    cameo: e.cameo,
    plover: e.plover.type,
    source: e.source.map(name),
    target: e.target.map(name),
    modality: e.modality,
    negated: e.negated,
    date: e.date,
    dateSource: e.dateSource,
    place: e.place ? (doc.places.find((p) => p.id === e.place)?.name ?? e.place) : null,
    evidence: e.evidence.map((s) => doc.text.slice(s.start, s.end)),
    attribution: e.attribution.map((l) => l.name),
    pattern: e.pattern,
    event: e,
  }));
  return { events, doc, messages };
}

/** "PLOVER cameo source -> target modality": a short line to compare in tests. */
export function brief(e: Coded): string {
  return [e.plover, e.cameo, e.source.join('+'), '->', e.target.join('+'), e.modality].filter(Boolean).join(' ');
}

/**
 * The two helpers the vocabulary tests share: `run` (brief lines of the events coded in a sentence with hand-made
 * actors and places) and `types` (their "PLOVER CAMEO" only).
 */
export function runners(stage: Stage): {
  run: (text: string, actors: Record<string, string>, places?: Record<string, string>) => string[];
  types: (text: string, actors: Record<string, string>, places?: Record<string, string>) => string[];
} {
  const run = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) => code(stage, text, actors, { places }).events.map(brief);
  const types = (text: string, actors: Record<string, string>, places: Record<string, string> = {}) => run(text, actors, places).map((b) => b.split(' ').slice(0, 2).join(' '));
  return { run, types };
}

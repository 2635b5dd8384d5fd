import type { Doc, Link, MentionKind } from '../../model/doc.js';

/**
 * Test helpers for the events stage: put actors, places and quotes into a Doc by hand
 * (the actors/places/quotes stages are separate; these tests must not depend on them).
 */

export interface ActorSpec {
  country?: string | null;
  sector?: string | null;
  /** Actor name (default: the text). Several calls with the same name add mentions to one actor. */
  name?: string;
  /** person | organization | country | agent | media | document (default: person when sector is GOV-like and the text has two capitalised words, else agent). */
  type?: string;
  kind?: MentionKind;
  /** Which occurrence (0-based); default: every occurrence. */
  nth?: number;
  /** Find the text only after this position. */
  after?: number;
}

function occurrences(text: string, sub: string, after = 0): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(sub, after); i >= 0; i = text.indexOf(sub, i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1];
    const next = text[i + sub.length] ?? ' ';
    if (/\w/.test(before) || /\w/.test(next)) continue; // whole words only
    out.push(i);
  }
  return out;
}

/** Add an actor mention by substring: `addActor(doc, 'Putin', {country: 'RUS', sector: 'GOV'})`. Returns the actor id. */
export function addActor(doc: Doc, text: string, spec: ActorSpec = {}): string {
  const name = spec.name ?? text;
  let actor = doc.actors.find((a) => a.name === name);
  if (!actor) {
    const country = spec.country ?? null;
    const sector = spec.sector ?? null;
    actor = {
      id: `a${doc.actors.length + 1}`,
      name,
      country,
      sector,
      code: `${country ?? ''}${sector ?? ''}`,
      type: spec.type ?? (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name) ? 'person' : 'agent'),
      role: null,
      mentions: [],
    };
    doc.actors.push(actor);
  }
  let at = occurrences(doc.text, text, spec.after ?? 0);
  if (spec.nth !== undefined) at = at.slice(spec.nth, spec.nth + 1);
  if (at.length === 0) throw new Error(`addActor: "${text}" not in the text`);
  for (const start of at) {
    const end = start + text.length;
    doc.mentions.push({
      id: `m${doc.mentions.length + 1}`,
      start,
      end,
      kind: spec.kind ?? (actor.type === 'person' ? 'person' : actor.type === 'country' ? 'country' : 'agent'),
      text,
      actor: actor.id,
      place: null,
      rule: 'test',
    });
    actor.mentions.push({ start, end });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  return actor.id;
}

/** Add several actors at once: `addActors(doc, {Putin: 'RUS GOV', Ukraine: 'UKR'})`. */
export function addActors(doc: Doc, specs: Record<string, string | ActorSpec>): void {
  for (const [text, spec] of Object.entries(specs)) {
    if (typeof spec === 'string') {
      const [country, sector] = spec.split(/\s+/);
      addActor(doc, text, { country: country === '-' ? null : country, sector: sector ?? null, type: sector ? undefined : 'country' });
    } else addActor(doc, text, spec);
  }
}

/** Add a place mention by substring. Returns the place id. */
export function addPlace(doc: Doc, text: string, spec: { country?: string | null; name?: string } = {}): string {
  const name = spec.name ?? text;
  let place = doc.places.find((p) => p.name === name);
  if (!place) {
    place = { id: `p${doc.places.length + 1}`, name, country: spec.country ?? null, lat: null, lon: null, geonameId: null, featureType: 'city', confidence: 1, mentions: [] };
    doc.places.push(place);
  }
  for (const start of occurrences(doc.text, text)) place.mentions.push({ start, end: start + text.length });
  return place.id;
}

/** Add a quote spanning from the first occurrence of `from` to the end of `to`. */
export function addQuote(doc: Doc, from: string, to: string, spec: { direct?: boolean; speaker?: string | null; attribution?: Link[]; cue?: string } = {}): void {
  const start = doc.text.indexOf(from);
  const endAt = doc.text.indexOf(to, start);
  if (start < 0 || endAt < 0) throw new Error(`addQuote: "${from}" .. "${to}" not in the text`);
  doc.quotes.push({
    id: `q${doc.quotes.length + 1}`,
    start,
    end: endAt + to.length,
    direct: spec.direct ?? true,
    speaker: spec.speaker ?? null,
    speakerText: null,
    cue: spec.cue ?? 'said',
    attribution: spec.attribution ?? [],
  });
}

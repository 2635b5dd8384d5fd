import type { Doc } from './doc.js';

/**
 * The JSON Lines record of `wirecoder code` (the output contract in ../shared/OUTPUT.md).
 * Fields beyond the contract are additions; the contract's names and meanings never change.
 */
export function toOutputRecord(doc: Doc) {
  const a = doc.article;
  return {
    article: { id: a.id, date: a.date, title: a.title, source: a.source, url: a.url, sourceId: a.sourceId, origin: a.origin },
    text: doc.text,
    actors: doc.actors.map((x) => ({
      id: x.id, name: x.name, country: x.country, sector: x.sector, code: x.code, type: x.type, role: x.role, mentions: x.mentions,
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      cameo: e.cameo,
      plover: e.plover,
      source: e.source,
      target: e.target,
      date: e.date,
      dateSource: e.dateSource,
      modality: e.modality,
      negated: e.negated,
      place: e.place,
      evidence: e.evidence,
      attribution: e.attribution,
      goldstein: e.goldstein,
      quadClass: e.quadClass,
      pattern: e.pattern,
    })),
    quotes: doc.quotes.map((q) => ({
      id: q.id, start: q.start, end: q.end, direct: q.direct, speaker: q.speaker, speakerText: q.speakerText, cue: q.cue, attribution: q.attribution,
    })),
    places: doc.places.map((p) => ({
      id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, geonameId: p.geonameId, featureType: p.featureType,
      confidence: p.confidence, mentions: p.mentions,
    })),
    mentions: doc.mentions.map((m) => ({ id: m.id, start: m.start, end: m.end, kind: m.kind, actor: m.actor, place: m.place })),
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    offsets: doc.offsets,
    messages: doc.messages,
  };
}

export type OutputRecord = ReturnType<typeof toOutputRecord>;

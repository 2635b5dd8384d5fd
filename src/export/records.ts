import type { EventRow } from '../store/query.js';

export interface ExportActor {
  id: string;
  name: string;
  code: string;
  country: string | null;
  sector: string | null;
}

/** The JSON Lines export record: OUTPUT.md's event fields, actors spelled out, plus the article's metadata. */
export function eventRecord(r: EventRow) {
  return {
    id: `${r.article_id}/${r.event_id}`,
    article: { id: r.article_id, date: r.article_date, title: r.article_title, source: r.article_source, url: r.article_url },
    cameo: r.cameo,
    plover: { type: r.plover_type, mode: r.plover_mode, context: r.plover_context ? r.plover_context.split(',') : [] },
    source: JSON.parse(r.source_actors) as ExportActor[],
    target: JSON.parse(r.target_actors) as ExportActor[],
    date: r.date,
    dateSource: r.date_source,
    modality: r.modality,
    negated: r.negated === 1,
    place: r.place_id ? { id: r.place_id, name: r.place_name, country: r.place_country, lat: r.lat, lon: r.lon } : null,
    evidence: JSON.parse(r.evidence) as Array<{ start: number; end: number }>,
    attribution: JSON.parse(r.attribution) as Array<{ name: string; kind: string; cue: string | null }>,
    goldstein: r.goldstein,
    quadClass: r.quad_class,
    pattern: r.pattern,
  };
}

/** The flat CSV columns: one row per event, compound actors joined with ';'. */
export const CSV_COLUMNS = [
  'article_id', 'event_id', 'date', 'date_source', 'cameo', 'cameo_root', 'plover_type', 'plover_mode', 'plover_context',
  'source_code', 'source_name', 'source_country', 'source_sector', 'target_code', 'target_name', 'target_country', 'target_sector',
  'modality', 'negated', 'place_name', 'place_country', 'lat', 'lon', 'goldstein', 'quad_class', 'according_to', 'evidence',
  'article_date', 'article_title', 'article_source', 'article_url',
] as const;

/**
 * The JSON Lines record as a string, built from the stored JSON columns without parsing them
 * (exports run at hundreds of thousands of events per second). Same fields as eventRecord().
 */
export function eventRecordJson(r: EventRow): string {
  const s = JSON.stringify;
  const context = r.plover_context ? s(r.plover_context.split(',')) : '[]';
  const place = r.place_id ? `{"id":${s(r.place_id)},"name":${s(r.place_name)},"country":${s(r.place_country)},"lat":${s(r.lat)},"lon":${s(r.lon)}}` : 'null';
  return (
    `{"id":${s(`${r.article_id}/${r.event_id}`)},"article":{"id":${s(r.article_id)},"date":${s(r.article_date)},"title":${s(r.article_title)},` +
    `"source":${s(r.article_source)},"url":${s(r.article_url)}},"cameo":${s(r.cameo)},` +
    `"plover":{"type":${s(r.plover_type)},"mode":${s(r.plover_mode)},"context":${context}},` +
    `"source":${r.source_actors},"target":${r.target_actors},"date":${s(r.date)},"dateSource":${s(r.date_source)},` +
    `"modality":${s(r.modality)},"negated":${r.negated === 1},"place":${place},"evidence":${r.evidence},` +
    `"attribution":${r.attribution},"goldstein":${s(r.goldstein)},"quadClass":${s(r.quad_class)},"pattern":${s(r.pattern)}}`
  );
}

/** Evidence spans as "start-end;start-end", read straight from the stored JSON. */
function spansText(evidence: string): string {
  let out = '';
  for (const m of evidence.matchAll(/"start":(\d+),"end":(\d+)/g)) out += (out ? ';' : '') + m[1] + '-' + m[2];
  return out;
}

export function csvRow(r: EventRow): Array<string | number | null> {
  return [
    r.article_id, r.event_id, r.date, r.date_source, r.cameo, r.cameo_root, r.plover_type, r.plover_mode, r.plover_context,
    r.source_code, r.source_name?.replace(/; /g, ';') ?? null, r.source_country, r.source_sector,
    r.target_code, r.target_name?.replace(/; /g, ';') ?? null, r.target_country, r.target_sector,
    r.modality, r.negated, r.place_name, r.place_country, r.lat, r.lon, r.goldstein, r.quad_class, r.according_to, spansText(r.evidence),
    r.article_date, r.article_title, r.article_source, r.article_url,
  ];
}

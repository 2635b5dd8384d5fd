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

export function csvRow(r: EventRow): Array<string | number | null> {
  const src = JSON.parse(r.source_actors) as ExportActor[];
  const tgt = JSON.parse(r.target_actors) as ExportActor[];
  const join = (xs: ExportActor[], k: keyof ExportActor) => xs.map((x) => x[k] ?? '').join(';');
  const ev = (JSON.parse(r.evidence) as Array<{ start: number; end: number }>).map((s) => `${s.start}-${s.end}`).join(';');
  return [
    r.article_id, r.event_id, r.date, r.date_source, r.cameo, r.cameo_root, r.plover_type, r.plover_mode, r.plover_context,
    join(src, 'code'), join(src, 'name'), join(src, 'country'), join(src, 'sector'),
    join(tgt, 'code'), join(tgt, 'name'), join(tgt, 'country'), join(tgt, 'sector'),
    r.modality, r.negated, r.place_name, r.place_country, r.lat, r.lon, r.goldstein, r.quad_class, r.according_to, ev,
    r.article_date, r.article_title, r.article_source, r.article_url,
  ];
}

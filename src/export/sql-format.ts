/**
 * The export formats written as SQLite expressions over `events e`, so that SQLite builds each event's text
 * itself: reading one text column per row is ~4x cheaper than materialising 33 columns as an object, and
 * exports reach hundreds of thousands of events per second. The article's fields are added by the caller
 * (from a per-article cache), so no join with the large articles table is needed.
 * export.test.ts checks that these give exactly the text of the JavaScript formatters in records.ts/gdelt.ts.
 */

const TAB = 'char(9)';

/** A number as JavaScript prints it (SQLite prints -10.0 where JavaScript prints -10). */
function num(col: string): string {
  return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${col} = CAST(${col} AS INTEGER) THEN CAST(CAST(${col} AS INTEGER) AS TEXT) ELSE CAST(${col} AS TEXT) END`;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (as csv-stringify does). */
function csv(col: string): string {
  return `CASE WHEN ${col} IS NULL THEN '' WHEN instr(${col}, '"') OR instr(${col}, ',') OR instr(${col}, char(10)) OR instr(${col}, char(13))
    THEN '"' || replace(${col}, '"', '""') || '"' ELSE ${col} END`;
}

/** A GDELT field: no tabs or line breaks inside. */
function tsv(expr: string): string {
  return `replace(replace(replace(coalesce(${expr}, ''), char(9), ' '), char(10), ' '), char(13), ' ')`;
}

/** The first of a ';'-joined list (the first source or target actor). */
function first(col: string, sep = ';'): string {
  return `CASE WHEN instr(${col}, '${sep}') THEN substr(${col}, 1, instr(${col}, '${sep}') - 1) ELSE ${col} END`;
}

/** [{"start":0,"end":7},{"start":8,"end":14}] -> 0-7;8-14 (the stored JSON always has this exact shape). */
const SPANS = `replace(replace(replace(replace(e.evidence, '[{"start":', ''), '},{"start":', ';'), ',"end":', '-'), '}]', '')`;

/** JSON Lines: the event record without its "article" member, which the caller splices in after "id". */
export const JSONL_EVENT = `json_object(
  'id', e.article_id || '/' || e.event_id,
  'cameo', e.cameo,
  'plover', json_object('type', e.plover_type, 'mode', e.plover_mode,
    'context', CASE WHEN coalesce(e.plover_context, '') = '' THEN json('[]') ELSE json('["' || replace(e.plover_context, ',', '","') || '"]') END),
  'source', json(e.source_actors), 'target', json(e.target_actors),
  'date', e.date, 'dateSource', e.date_source, 'modality', e.modality,
  'negated', CASE e.negated WHEN 1 THEN json('true') ELSE json('false') END,
  'place', CASE WHEN e.place_id IS NULL THEN NULL ELSE json_object('id', e.place_id, 'name', e.place_name, 'country', e.place_country,
    'lat', json(${num('e.lat')}), 'lon', json(${num('e.lon')})) END,
  'evidence', json(e.evidence), 'attribution', json(e.attribution),
  'goldstein', json(${num('e.goldstein')}), 'quadClass', e.quad_class, 'pattern', e.pattern)`;

/** A field that can never need quoting (codes, dates, numbers): only NULL -> ''. */
const plain = (col: string) => `coalesce(${col}, '')`;

/** CSV: every column of CSV_COLUMNS up to according_to and evidence; the caller appends the article's four. */
export const CSV_EVENT = [
  plain('e.article_id'), plain('e.event_id'), plain('e.date'), plain('e.date_source'), plain('e.cameo'), plain('e.cameo_root'),
  plain('e.plover_type'), csv('e.plover_mode'), csv('e.plover_context'),
  csv('e.source_code'), csv("replace(e.source_name, '; ', ';')"), csv('e.source_country'), csv('e.source_sector'),
  csv('e.target_code'), csv("replace(e.target_name, '; ', ';')"), csv('e.target_country'), csv('e.target_sector'),
  plain('e.modality'), plain('CAST(e.negated AS TEXT)'), csv('e.place_name'), csv('e.place_country'), plain(num('e.lat')), plain(num('e.lon')),
  plain(num('e.goldstein')), plain('CAST(e.quad_class AS TEXT)'), csv('e.according_to'), plain(SPANS),
].join(" || ',' || ");

const YEAR = "CAST(substr(coalesce(e.date, ''), 1, 4) AS INTEGER)";
const FRACTION = `CASE WHEN e.date IS NULL THEN '' ELSE printf('%.4f', ${YEAR} + (julianday(e.date) - julianday(substr(e.date, 1, 4) || '-01-01'))
  / (julianday(printf('%04d-01-01', ${YEAR} + 1)) - julianday(substr(e.date, 1, 4) || '-01-01'))) END`;

function gdeltActor(prefix: 'source' | 'target'): string[] {
  const code = `e.${prefix}_code`;
  return [
    plain(first(code)), tsv(`upper(${first(`e.${prefix}_name`, '; ')})`), `CASE WHEN ${code} IS NULL THEN '' ELSE coalesce(${first(`e.${prefix}_country`)}, '') END`,
    "''", "''", "''", "''", `CASE WHEN ${code} IS NULL THEN '' ELSE coalesce(${first(`e.${prefix}_sector`)}, '') END`, "''", "''",
  ];
}

/**
 * GDELT: columns 2 to 59 (SQLDATE .. ActionGeo_FeatureID) for events that have their own date; the caller adds
 * GLOBALEVENTID first and DATEADDED, SOURCEURL last, and falls back to the article date (see gdeltRow).
 */
export const GDELT_EVENT = [
  "replace(coalesce(e.date, ''), '-', '')", "substr(replace(coalesce(e.date, ''), '-', ''), 1, 6)", "substr(coalesce(e.date, ''), 1, 4)", FRACTION,
  ...gdeltActor('source'), ...gdeltActor('target'),
  "'1'", 'e.cameo', 'substr(e.cameo, 1, 3)', 'substr(e.cameo, 1, 2)', plain('CAST(e.quad_class AS TEXT)'), plain(num('e.goldstein')),
  `CAST((length(e.evidence) - length(replace(e.evidence, '"start"', ''))) / 7 AS TEXT)`, "'1'", "'1'", "''",
  ...Array(16).fill("''"),
  "CASE WHEN e.place_id IS NULL THEN '' WHEN e.lat IS NULL THEN '1' ELSE '4' END", tsv('e.place_name'), "''", "''", "''",
  plain(num('e.lat')), plain(num('e.lon')), plain('CAST(e.place_geoname_id AS TEXT)'),
].join(` || ${TAB} || `);

/**
 * The export formats written as SQLite expressions over `events e`, so that SQLite builds each event's text
 * itself: reading one text column per row is ~4x cheaper than materialising 33 columns as an object, and
 * exports reach hundreds of thousands of events per second. The article's fields are added by the caller
 * (from a per-article cache), so no join with the large articles table is needed.
 * export.test.ts checks that these give exactly the text of the JavaScript formatters in records.ts/gdelt.ts.
 */

/** A number as JavaScript prints it (SQLite prints -10.0 where JavaScript prints -10). */
function num(col: string): string {
  return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${col} = CAST(${col} AS INTEGER) THEN CAST(CAST(${col} AS INTEGER) AS TEXT) ELSE CAST(${col} AS TEXT) END`;
}
/** A string as JSON.stringify writes it (json_quote escapes the same characters); NULL -> null. */
const jstr = (col: string) => `json_quote(${col})`;
/** A number as JSON.stringify writes it; NULL -> null. */
const jnum = (col: string) => `coalesce(${num(col)}, 'null')`;

/**
 * concat() of many parts: one allocation per row, where a chain of || allocates and copies the growing string
 * at every step (GDELT: 60 parts; 933 -> 718 ms of SQLite time for 200k events).
 */
const concat = (parts: string[]) => `concat(${parts.join(', ')})`;

/** One CSV field exactly as csv-stringify writes it: quoted when it holds a comma, a quote or a line break. */
function csv(col: string): string {
  return `CASE WHEN ${col} GLOB '*[",\n\r]*' THEN '"' || replace(${col}, '"', '""') || '"' ELSE coalesce(${col}, '') END`;
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

/**
 * JSON Lines: the event record without its "article" member, which the caller splices in after "id". Written
 * the way eventRecordJson() (records.ts) writes it: strings quoted, the stored JSON columns copied as they are
 * (json_object() and json() parsed and re-wrote them for every row: 551 -> ~300 ms of SQLite time per 200k).
 */
export const JSONL_EVENT = concat([
  `'{"id":'`, jstr("e.article_id || '/' || e.event_id"),
  `',"cameo":'`, jstr('e.cameo'),
  `',"plover":{"type":'`, jstr('e.plover_type'), `',"mode":'`, jstr('e.plover_mode'),
  `',"context":'`, `CASE WHEN coalesce(e.plover_context, '') = '' THEN '[]' ELSE '[' || replace(json_quote(e.plover_context), ',', '","') || ']' END`,
  `'},"source":'`, 'e.source_actors', `',"target":'`, 'e.target_actors',
  `',"date":'`, jstr('e.date'), `',"dateSource":'`, jstr('e.date_source'), `',"modality":'`, jstr('e.modality'),
  `',"negated":'`, `CASE e.negated WHEN 1 THEN 'true' ELSE 'false' END`,
  `',"place":'`, `CASE WHEN e.place_id IS NULL THEN 'null' ELSE concat('{"id":', json_quote(e.place_id), ',"name":', json_quote(e.place_name),
    ',"country":', json_quote(e.place_country), ',"lat":', ${jnum('e.lat')}, ',"lon":', ${jnum('e.lon')}, '}') END`,
  `',"evidence":'`, 'e.evidence', `',"attribution":'`, 'e.attribution',
  `',"goldstein":'`, jnum('e.goldstein'), `',"quadClass":'`, jnum('e.quad_class'), `',"pattern":'`, jstr('e.pattern'), `'}'`,
]);

/** A field that can never need quoting (codes, dates, numbers): only NULL -> ''. */
const plain = (col: string) => `coalesce(${col}, '')`;
/** The CSV fields that may hold a comma, a quote or a line break. */
const CSV_FREE = ['e.plover_mode', 'e.plover_context', 'e.source_code', "replace(e.source_name, '; ', ';')", 'e.source_country', 'e.source_sector',
  'e.target_code', "replace(e.target_name, '; ', ';')", 'e.target_country', 'e.target_sector', 'e.place_name', 'e.place_country', 'e.according_to'];
const csvRowOf = (field: (col: string) => string) => [
  plain('e.article_id'), plain('e.event_id'), plain('e.date'), plain('e.date_source'), plain('e.cameo'), plain('e.cameo_root'),
  plain('e.plover_type'), field(CSV_FREE[0]), field(CSV_FREE[1]),
  field(CSV_FREE[2]), field(CSV_FREE[3]), field(CSV_FREE[4]), field(CSV_FREE[5]),
  field(CSV_FREE[6]), field(CSV_FREE[7]), field(CSV_FREE[8]), field(CSV_FREE[9]),
  plain('e.modality'), plain('CAST(e.negated AS TEXT)'), field(CSV_FREE[10]), field(CSV_FREE[11]), plain(num('e.lat')), plain(num('e.lon')),
  plain(num('e.goldstein')), plain('CAST(e.quad_class AS TEXT)'), field(CSV_FREE[12]), plain(SPANS),
].flatMap((x, i) => (i ? ["','", x] : [x]));
/**
 * CSV: every column of CSV_COLUMNS up to according_to and evidence; the caller appends the article's four.
 * Most rows hold no character that needs quoting: one test over all free-text fields together picks the plain
 * row, and only the others pay for a test per field (the per-field tests were a third of the SQLite time).
 */
export const CSV_EVENT = `CASE WHEN concat(${CSV_FREE.join(', ')}) GLOB '*[",\n\r]*' THEN ${concat(csvRowOf(csv))} ELSE ${concat(csvRowOf(plain))} END`;

function gdeltActor(prefix: 'source' | 'target'): string[] {
  const code = `e.${prefix}_code`;
  return [
    plain(first(code)), tsv(`upper(${first(`e.${prefix}_name`, '; ')})`), `CASE WHEN ${code} IS NULL THEN '' ELSE coalesce(${first(`e.${prefix}_country`)}, '') END`,
    "''", "''", "''", "''", `CASE WHEN ${code} IS NULL THEN '' ELSE coalesce(${first(`e.${prefix}_sector`)}, '') END`, "''", "''",
  ];
}
/**
 * GDELT: columns 6 to 59 (Actor1Code .. ActionGeo_FeatureID). The caller adds GLOBALEVENTID and the four date
 * columns first (from the event's date or else the article's, see gdeltRow; FractionDate is computed once per
 * date in JavaScript: julianday() per row cost a fifth of the export), and DATEADDED, SOURCEURL last.
 */
export const GDELT_EVENT = concat(
  [
    ...gdeltActor('source'), ...gdeltActor('target'),
    "'1'", 'e.cameo', 'substr(e.cameo, 1, 3)', 'substr(e.cameo, 1, 2)', plain('CAST(e.quad_class AS TEXT)'), plain(num('e.goldstein')),
    `CAST((length(e.evidence) - length(replace(e.evidence, '"start"', ''))) / 7 AS TEXT)`, "'1'", "'1'", "''",
    ...Array(16).fill("''"),
    "CASE WHEN e.place_id IS NULL THEN '' WHEN e.lat IS NULL THEN '1' ELSE '4' END", tsv('e.place_name'), "''", "''", "''",
    plain(num('e.lat')), plain(num('e.lon')), plain('CAST(e.place_geoname_id AS TEXT)'),
  ].flatMap((x, i) => (i ? ["char(9)", x] : [x])),
);

/**
 * The Parquet export's pipe to DuckDB (not a user-facing format): the CSV columns of CSV_COLUMNS in order, but
 * every free-text field between char(30) quotes (DuckDB reads it with quote = escape = char(30)), so that commas,
 * double quotes and line breaks need no test per row; only a field holding char(30) itself (never in news text)
 * takes the escaped row. Numbers go as SQLite prints them, names keep their '; ' and evidence stays the stored JSON:
 * DuckDB rewrites those on its own thread (PIPE_SELECT). 507 -> ~330 ms of SQLite time per 200k events.
 */
const RS = 'char(30)';
const PIPE_FIELDS: Array<[string, boolean]> = [
  ['e.article_id', false], ['e.event_id', false], ['e.date', false], ['e.date_source', false], ['e.cameo', false], ['e.cameo_root', false],
  ['e.plover_type', false], ['e.plover_mode', true], ['e.plover_context', true], ['e.source_code', true], ['e.source_name', true],
  ['e.source_country', true], ['e.source_sector', true], ['e.target_code', true], ['e.target_name', true], ['e.target_country', true],
  ['e.target_sector', true], ['e.modality', false], ['e.negated', false], ['e.place_name', true], ['e.place_country', true], ['e.lat', false],
  ['e.lon', false], ['e.goldstein', false], ['e.quad_class', false], ['e.according_to', true], ['e.evidence', true],
];
/**
 * concat() of the fields with the separators and quotes as literal parts between them ('\x1e,\x1e'): no || per
 * field. A NULL or empty free field gives an empty quoted field, which DuckDB reads as NULL (allow_quoted_nulls),
 * as it reads the empty fields of CSV_EVENT.
 */
function pipeRow(escape: boolean): string {
  const parts: string[] = [];
  let lit = '';
  PIPE_FIELDS.forEach(([col, free], i) => {
    if (i) lit += ',';
    if (free) lit += '\x1e';
    parts.push(`'${lit}'`, free && escape ? `replace(${col}, ${RS}, ${RS} || ${RS})` : col);
    lit = free ? '\x1e' : '';
  });
  if (lit) parts.push(`'${lit}'`);
  return concat(parts.filter((x) => x !== "''"));
}
const PIPE_FREE = PIPE_FIELDS.filter(([, free]) => free).map(([col]) => col);
export const PIPE_EVENT = `CASE WHEN instr(concat(${PIPE_FREE.join(', ')}), ${RS}) THEN ${pipeRow(true)} ELSE ${pipeRow(false)} END`;

/** The pipe's columns as DuckDB selects them: what CSV_EVENT writes in SQLite, done by DuckDB. */
export const PIPE_SELECT = `* REPLACE (replace(source_name, '; ', ';') AS source_name, replace(target_name, '; ', ';') AS target_name,
  replace(replace(replace(replace(evidence, '[{"start":', ''), '},{"start":', ';'), ',"end":', '-'), '}]', '') AS evidence)`;

/** One field of the pipe written in JavaScript (the article's fields): null -> empty, else between char(30) quotes. */
export function pipeField(s: string | null): string {
  return s === null ? '' : '\x1e' + (s.includes('\x1e') ? s.replaceAll('\x1e', '\x1e\x1e') : s) + '\x1e';
}

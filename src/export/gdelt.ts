import type { EventRow } from '../store/query.js';

/** GDELT 2.0 event table columns, in GDELT's order (../shared/reference/README.md). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode',
  'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code',
  'Actor1Type3Code', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code', 'IsRootEvent',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles',
  'AvgTone', 'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID', 'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID', 'ActionGeo_Type',
  'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long',
  'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const;

const clean = (v: unknown) => (v == null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function fraction(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const day = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return (y + day / days).toFixed(4);
}

/** SQLDATE, MonthYear, Year and FractionDate of a YYYY-MM-DD date (all '' without one), tab-separated. */
export function gdeltDateColumns(date: string | null): string {
  if (!date) return '\t\t\t';
  const sqlDate = clean(date.replace(/-/g, ''));
  return `${sqlDate}\t${sqlDate.slice(0, 6)}\t${sqlDate.slice(0, 4)}\t${fraction(date)}`;
}

/**
 * One GDELT row. What wirecoder does not know is blank: ethnic/religion/known-group codes, AvgTone,
 * ADM codes, and the *_Geo_CountryCode fields (GDELT uses FIPS 10-4 there; wirecoder has ISO codes).
 * Actor1 = the first source actor, Actor2 = the first target actor; the event's place fills ActionGeo_*.
 * GLOBALEVENTID is a running number for this export (GDELT's own ids are GDELT's).
 */
export function gdeltRow(r: EventRow, n: number, added: string): string {
  const first = (v: string | null, sep = ';') => (v == null ? '' : v.split(sep)[0]);
  const date = r.date ?? r.article_date;
  const mentions = (r.evidence.match(/"start"/g) ?? []).length;
  const actor = (code: string | null, name: string | null, country: string | null, sector: string | null) =>
    code ? [first(code), first(name, '; ').toUpperCase(), first(country), '', '', '', '', first(sector), '', ''] : ['', '', '', '', '', '', '', '', '', ''];
  const geoType = r.place_id ? (r.lat == null ? '1' : '4') : '';
  const cols = [
    ...actor(r.source_code, r.source_name, r.source_country, r.source_sector),
    ...actor(r.target_code, r.target_name, r.target_country, r.target_sector),
    '1', r.cameo, r.cameo.slice(0, 3), r.cameo.slice(0, 2), r.quad_class ?? '', r.goldstein ?? '',
    mentions, 1, 1, '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    geoType, r.place_name ?? '', '', '', '', r.lat ?? '', r.lon ?? '', r.place_geoname_id ?? '',
    added, r.article_url ?? '',
  ];
  return `${n}\t${gdeltDateColumns(date)}\t${cols.map(clean).join('\t')}`;
}

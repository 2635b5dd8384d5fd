import * as chrono from 'chrono-node';

/**
 * Normalise a date as found in input data to YYYY-MM-DD, or null.
 * The calendar date is taken as written (a timestamp's own time zone, not converted to UTC):
 * "2022-06-24T23:23:00-04:00" is 2022-06-24. Cheap patterns first, chrono-node for the rest.
 */

/** Month names and abbreviations: English, German, French, Spanish, Portuguese, Italian, Dutch. */
const MONTHS: Record<string, number> = {};
const NAMES: Array<[number, string[]]> = [
  [1, ['jan', 'january', 'januar', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'jän', 'jänner']],
  [2, ['feb', 'february', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'fevereiro', 'fev', 'fév', 'febbraio', 'februari']],
  [3, ['mar', 'march', 'märz', 'marz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt']],
  [4, ['apr', 'april', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei']],
  [6, ['jun', 'june', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu']],
  [7, ['jul', 'july', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug']],
  [8, ['aug', 'august', 'août', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'set', 'settembre']],
  [10, ['oct', 'october', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro']],
  [12, ['dec', 'december', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre']],
];
for (const [m, names] of NAMES) for (const n of names) MONTHS[n] = m;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= DAYS_IN_MONTH[m - 1])) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

function year(s: string): number {
  const y = +s;
  return s.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const SLASH_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DMY_NUM = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
/** "Wed, 31 Jan 2018 20:15:15 GMT", "Wednesday, 23 February 2022", "23 Feb. 2022", "Seg, 24 Set 2018" */
const D_MON_Y = /^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})\.?\s+([\p{L}]{3,10})\.?,?\s+(\d{4}|\d{2})\b/u;
/** "Feb 26, 1987", "February 26 1987", "Wednesday, February 23, 2022" */
const MON_D_Y = /^(?:[\p{L}]+\.?,?\s+)?([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

export function normalizeDate(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'number') return fromEpoch(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if ((m = COMPACT.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = SLASH_YMD.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = D_MON_Y.exec(s))) {
    const mo = month(m[2]);
    if (mo) return ymd(year(m[3]), mo, +m[1]);
  }
  if ((m = MON_D_Y.exec(s))) {
    const mo = month(m[1]);
    if (mo) return ymd(+m[3], mo, +m[2]);
  }
  if ((m = DMY_NUM.exec(s))) {
    // 26.02.1987 and 26-02-1987 are day first (European); with slashes, 02/26/1987 and 06/03/2021
    // are month first (US) unless the first number cannot be a month (23/06/2021).
    const a = +m[1];
    const b = +m[3];
    if (m[2] === '/') return a <= 12 ? ymd(+m[4], a, b) : ymd(+m[4], b, a);
    return ymd(+m[4], b, a) ?? ymd(+m[4], a, b);
  }
  if (/^\d{9,13}$/.test(s)) return fromEpoch(+s);
  return viaChrono(s);
}

/** Seconds or milliseconds since 1970 (UTC). */
function fromEpoch(n: number): string | null {
  if (!isFinite(n) || n <= 0) return null;
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  if (isNaN(d.getTime())) return null;
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function viaChrono(s: string): string | null {
  if (s.length > 200) return null;
  let results;
  try {
    results = chrono.parse(s, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return null;
  }
  for (const r of results) {
    const c = r.start;
    // Only absolute dates: relative ones ("yesterday") depend on when the reader runs.
    if (!/\b\d{4}\b/.test(r.text)) continue;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    if (y != null && mo != null && d != null) return ymd(y, mo, d);
  }
  return null;
}

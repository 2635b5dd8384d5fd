/**
 * A reader for PETRARCH/TABARI-style `.actors` dictionaries, written from the format's description:
 *
 *   # comment                      (also "; comment" as in TABARI)
 *   VLADIMIR_PUTIN_  [RUSGOV 000507-080507] [RUSELI]
 *   +PUTIN_                        a synonym of the entry above (or, before any entry, of the next one)
 *   +VLADIMIR_V._PUTIN_
 *       [RUSGOV >120507]           a further code of the entry above, on its own line
 *   POLICE_ [~COP]                 an agent (a code starting with ~ has no country)
 *
 * Underscores join words; a trailing underscore marks the end of the last word. A code may carry a date
 * restriction: `>YYMMDD` (from that day), `<YYMMDD` (before that day), `YYMMDD-YYMMDD` (a term) or
 * `YYMMDD-` (from, open). Two-digit years below 50 are 20xx, the others 19xx; eight-digit dates
 * (YYYYMMDD) are also read. A line `---STOP---` ends the dictionary.
 */

export interface PetrarchCode {
  code: string;
  /** First day the code applies (YYYY-MM-DD), or null. */
  start: string | null;
  /** First day it no longer applies (exclusive), or null. */
  end: string | null;
}

export interface PetrarchActor {
  /** Words joined by single spaces, as written (upper case). */
  name: string;
  aliases: string[];
  codes: PetrarchCode[];
  /** 1-based line of the entry, for messages. */
  line: number;
}

export function parseActorsFile(text: string): PetrarchActor[] {
  const out: PetrarchActor[] = [];
  let current: PetrarchActor | null = null;
  let pending: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (/^\s*---STOP---/.test(raw)) break;
    const line = stripComment(raw);
    if (!line.trim()) continue;
    if (/[{}]/.test(line)) continue; // TABARI specials we do not use
    const trimmed = line.trim();
    if (trimmed.startsWith('+')) {
      const alias = words(trimmed.slice(1).replace(/\[.*$/, ''));
      if (!alias) continue;
      if (current) current.aliases.push(alias);
      else pending.push(alias);
      continue;
    }
    if (/^\s/.test(line) && trimmed.startsWith('[')) {
      if (current) current.codes.push(...codes(trimmed, i + 1));
      continue;
    }
    const at = trimmed.indexOf('[');
    const name = words(at < 0 ? trimmed : trimmed.slice(0, at));
    if (!name) continue;
    current = { name, aliases: pending, codes: at < 0 ? [] : codes(trimmed.slice(at), i + 1), line: i + 1 };
    pending = [];
    out.push(current);
  }
  return out.filter((a) => a.codes.length > 0);
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  const semi = line.indexOf(';');
  let cut = -1;
  if (hash >= 0) cut = hash;
  if (semi >= 0 && (cut < 0 || semi < cut)) cut = semi;
  return cut >= 0 ? line.slice(0, cut) : line;
}

/** "VLADIMIR_V._PUTIN_" -> "VLADIMIR V. PUTIN" */
function words(s: string): string {
  return s.trim().replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}

function codes(s: string, line: number): PetrarchCode[] {
  const out: PetrarchCode[] = [];
  for (const m of s.matchAll(/\[([^\]]*)\]/g)) {
    const parts = m[1].trim().split(/\s+/);
    const code = parts[0];
    if (!code) continue;
    if (!/^~?[A-Z0-9]+$/.test(code)) throw new Error(`line ${line}: bad code "${code}"`);
    const restriction = parts.slice(1).join('');
    let start: string | null = null;
    let end: string | null = null;
    if (restriction) {
      let r: RegExpMatchArray | null;
      if ((r = restriction.match(/^>(\d{6}|\d{8})$/))) start = date(r[1]);
      else if ((r = restriction.match(/^<(\d{6}|\d{8})$/))) end = date(r[1]);
      else if ((r = restriction.match(/^(\d{6}|\d{8})-(\d{6}|\d{8})?$/))) {
        start = date(r[1]);
        end = r[2] ? date(r[2]) : null;
      } else throw new Error(`line ${line}: bad date restriction "${restriction}"`);
    }
    out.push({ code, start, end });
  }
  return out;
}

function date(d: string): string {
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const yy = Number(d.slice(0, 2));
  const year = yy < 50 ? 2000 + yy : 1900 + yy;
  return `${year}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

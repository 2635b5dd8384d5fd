import * as chrono from 'chrono-node';

/**
 * The event's own date from the words of its sentence ("on Monday", "last week", "Feb. 21",
 * "yesterday"), resolved against the article date. A bare weekday in news means the past
 * (the most recent such day, today included), unless the event is planned or the text says "next".
 */

const CUE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:yesterday|today|tonight|tomorrow|ago)\b|\b(?:last|next|this) (?:week|weekend|month|night)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? +\d{1,2}\b|\b\d{1,2} +(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };

export interface FoundDate {
  date: string;
  /** Character span of the date words. */
  start: number;
  end: number;
}

/** Cheap test: could this text contain a date expression? */
export function mayHaveDate(text: string): boolean {
  return CUE.test(text);
}

function ymd(d: Date): string {
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

function refDate(articleDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(articleDate);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0);
}

/**
 * Date expressions in `text` (a sentence starting at character `offset` of the document),
 * resolved against the article date. `future` resolves bare weekdays forward (planned events).
 */
export function findDates(text: string, offset: number, articleDate: string | null, future: boolean): FoundDate[] {
  if (!articleDate || !mayHaveDate(text)) return [];
  const ref = refDate(articleDate);
  if (!ref) return [];
  const out: FoundDate[] = [];
  // parse only short windows around the date words (chrono over a whole long sentence is slow)
  const results: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = [];
  const cues = new RegExp(CUE.source, 'gi');
  let m: RegExpExecArray | null;
  let covered = -1;
  while ((m = cues.exec(text))) {
    if (m.index < covered) continue;
    const from = Math.max(0, m.index - 16);
    const to = Math.min(text.length, m.index + m[0].length + 16);
    covered = to;
    try {
      for (const r of chrono.parse(text.slice(from, to), ref)) {
        const index = r.index + from;
        if (!results.some((x) => x.index === index)) results.push({ index, text: r.text, start: r.start });
      }
    } catch {
      // a date the parser cannot read is no date
    }
  }
  for (const r of results) {
    const s = r.start;
    let d: Date | null = null;
    if (s.isCertain('day')) {
      d = s.date();
      if (!s.isCertain('year')) {
        // "Feb. 21" without a year: the nearest such date, not months ahead of the article
        const ahead = (d.getTime() - ref.getTime()) / 86400000;
        if (ahead > 60 && !future) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
        if (ahead < -300) d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate(), 12);
      }
    } else if (s.isCertain('weekday')) {
      const w = WEEKDAY.exec(r.text);
      if (!w) continue;
      const target = WEEKDAY_INDEX[w[1].toLowerCase()];
      const today = ref.getDay();
      const next = /\bnext\b/i.test(r.text) || /\bnext\s*$/i.test(text.slice(Math.max(0, r.index - 6), r.index));
      const last = /\blast\b/i.test(r.text);
      let delta: number;
      if (next || (future && !last)) delta = (target - today + 7) % 7 || 7;
      else delta = -((today - target + 7) % 7);
      if (last && delta === 0) delta = -7;
      d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + delta, 12);
    } else {
      continue; // "this week", "last month": not a day
    }
    out.push({ date: ymd(d), start: offset + r.index, end: offset + r.index + r.text.length });
  }
  return out;
}

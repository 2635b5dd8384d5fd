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

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
const MONTH_DAY = /^([a-z]+)\.? +(\d{1,2})(?:st|nd|rd|th)?\b(?:,? +(\d{4})\b)?/i;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)? +(?:of +)?([a-z]+)\b(?:,? +(\d{4})\b)?/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

interface MonthDay {
  month: number;
  day: number;
  year: number | null;
  end: number;
}

/** "Feb. 21", "February 21, 2022", "21 March 2023" at `at` in `text`, or null. */
function monthDay(text: string, at: number): MonthDay | null {
  const rest = text.slice(at, at + 40);
  let m = MONTH_DAY.exec(rest);
  if (m && MONTHS[m[1].toLowerCase()] !== undefined) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    return { month: MONTHS[m[1].toLowerCase()], day, year: m[3] ? Number(m[3]) : null, end: at + m[0].length };
  }
  m = DAY_MONTH.exec(rest);
  if (m && MONTHS[m[2].toLowerCase()] !== undefined) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { month: MONTHS[m[2].toLowerCase()], day, year: m[3] ? Number(m[3]) : null, end: at + m[0].length };
  }
  return null;
}

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
  const results: Array<{ index: number; text: string; start: chrono.ParsedComponents | null; day?: MonthDay; offsetDays?: number }> = [];
  const cues = new RegExp(CUE.source, 'gi');
  let m: RegExpExecArray | null;
  let covered = -1;
  while ((m = cues.exec(text))) {
    if (m.index < covered) continue;
    // the common cues need no parser: a bare weekday, "yesterday", "today", "tomorrow"
    const cue = m[0].toLowerCase();
    const w = WEEKDAY.exec(cue);
    if (w && w.index === 0 && cue.length === w[0].length + (cue.endsWith('s') ? 1 : 0)) {
      const before = text.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "Monday, March 3" / "Monday 3 March": the date that follows
      const skip = /^,?\s*/.exec(after)![0].length;
      const md = /^,?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after) ? monthDay(text, m.index + m[0].length + skip) : null;
      if (md) {
        covered = md.end;
        results.push({ index: m.index, text: text.slice(m.index, md.end), start: null, day: md });
        continue;
      }
      if (!/^,?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)) {
        const prefix = /\b(next|last|this)\s*$/.exec(before);
        results.push({ index: prefix ? m.index - (before.length - prefix.index) : m.index, text: prefix ? `${prefix[1]} ${m[0]}` : m[0], start: null });
        continue;
      }
    } else if (cue === 'yesterday' || cue === 'today' || cue === 'tonight' || cue === 'tomorrow') {
      results.push({ index: m.index, text: m[0], start: null });
      continue;
    } else if (/^(?:last|next|this) (?:week|weekend|month|night)$/.test(cue)) {
      // "last week" is the day a week ago (as chrono reads it), "last night" yesterday; the rest is no day
      const days = cue === 'last night' ? -1 : cue === 'last week' ? -7 : cue === 'next week' ? 7 : null;
      if (days !== null) results.push({ index: m.index, text: m[0], start: null, offsetDays: days });
      continue;
    } else if (cue === 'ago') {
      // "two days ago", "a week ago"
      const before = /\b(a|an|one|two|three|four|five|six|seven|\d{1,2}) (day|days|week|weeks) $/i.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (before) {
        const n = NUMBER_WORDS[before[1].toLowerCase()] ?? Number(before[1]);
        const days = n * (before[2].toLowerCase().startsWith('week') ? 7 : 1);
        results.push({ index: m.index - before[0].length, text: before[0] + m[0], start: null, offsetDays: -days });
      }
      continue;
    } else {
      // "Feb. 21", "February 21, 2022", "21 March (2023)": read by hand, the parser is slow
      const md = monthDay(text, m.index);
      if (md) {
        covered = md.end;
        results.push({ index: m.index, text: text.slice(m.index, md.end), start: null, day: md });
        continue;
      }
    }
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
    if (r.offsetDays !== undefined) {
      d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + r.offsetDays, 12);
    } else if (r.day) {
      d = new Date(r.day.year ?? ref.getFullYear(), r.day.month, r.day.day, 12);
      if (r.day.year === null) {
        // no year: the nearest such date, not months ahead of the article
        const ahead = (d.getTime() - ref.getTime()) / 86400000;
        if (ahead > 60 && !future) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
        if (ahead < -300) d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate(), 12);
      }
      if (d.getMonth() !== r.day.month) continue; // "Feb 31"
    } else if (s === null) {
      const word = r.text.toLowerCase();
      const days = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word === 'today' || word === 'tonight' ? 0 : null;
      if (days !== null) d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + days, 12);
    }
    if (d) {
      // set above
    } else if (s === null || (!s.isCertain('day') && s.isCertain('weekday'))) {
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
    } else if (s.isCertain('day')) {
      d = s.date();
      if (!s.isCertain('year')) {
        // "Feb. 21" without a year: the nearest such date, not months ahead of the article
        const ahead = (d.getTime() - ref.getTime()) / 86400000;
        if (ahead > 60 && !future) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
        if (ahead < -300) d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate(), 12);
      }
    } else {
      continue; // "this week", "last month": not a day
    }
    out.push({ date: ymd(d), start: offset + r.index, end: offset + r.index + r.text.length });
  }
  return out;
}

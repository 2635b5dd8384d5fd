/**
 * Direct-quote spans from quote marks. Cleaning has already turned curly quotes into straight
 * ones, so an opening and a closing mark look the same: whether a `"` opens or closes is read
 * from its neighbours (space before and a letter after opens; a letter or punctuation before and
 * a space or punctuation after closes) and, when the neighbours do not tell, from whether a
 * quote is open. Single quotes count only inside double quotes (quotes inside quotes), so
 * apostrophes ("People's", "republics'") never open one.
 */

export interface MarkSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs to the end of a paragraph unclosed. */
  close: number;
  /** The quoted content, without the marks (whitespace trimmed). */
  start: number;
  end: number;
  /** 0 for a top-level quote, 1 inside another, ... */
  depth: number;
  /** Index (in the returned array) of the enclosing quote, or -1. */
  parent: number;
  /** True for a quote in single marks. */
  single: boolean;
  /** True when the quote runs over more than one paragraph. */
  multiParagraph: boolean;
  /** True for a dash-introduced quote (`- Text - said X.`), which has no marks. */
  dash?: boolean;
}

const HAS_WORD = /[A-Za-z0-9]/;
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '';
const OPEN_BEFORE = '([{—-/:\u2013';
const CLOSE_AFTER = '.,;:!?)]}—-…\u2013\'"';

function classify(text: string, i: number): { openLike: boolean; closeLike: boolean } {
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 1 < text.length ? text[i + 1] : '';
  const openLike = (isSpace(prev) || OPEN_BEFORE.includes(prev) || prev === '"' || prev === "'") && !isSpace(next);
  const closeLike = !isSpace(prev) && (isSpace(next) || CLOSE_AFTER.includes(next));
  return { openLike, closeLike };
}

/** A paragraph that interrupts a quote running over paragraphs: "Advertisement", "Read more". */
function isBoilerplate(text: string, start: number, end: number): boolean {
  if (end - start > 40) return false;
  const s = text.slice(start, end);
  if (s.includes('"')) return false;
  return s.trim().split(/\s+/).length <= 3 && !/[.!?]$/.test(s.trim());
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

/**
 * Scan `text` (paragraphs separated by blank lines) for quote marks. Returns quotes sorted by
 * opening position, outer before inner.
 */
export function scanMarks(text: string, paragraphs: Array<{ start: number; end: number }>): MarkSpan[] {
  const out: MarkSpan[] = [];
  // Stack of indices into `out` of quotes still open.
  const stack: number[] = [];
  // A top-level quote carried over a paragraph break, waiting for the next paragraph's mark.
  let carried = -1;
  let carriedEnd = 0;

  const finish = (k: number, close: number, contentEnd: number) => {
    const q = out[k];
    q.close = close;
    [q.start, q.end] = trimSpan(text, q.start, contentEnd);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (carried >= 0) {
      if (text[para.start] === '"') {
        // The usual way to run a quote over paragraphs: a new opening mark, no closing one.
        stack.push(carried);
        out[carried].multiParagraph = true;
        i = para.start + 1;
        carried = -1;
      } else if (isBoilerplate(text, para.start, para.end) && p + 1 < paragraphs.length && text[paragraphs[p + 1].start] === '"') {
        continue;
      } else {
        finish(carried, -1, carriedEnd);
        carried = -1;
      }
    }
    for (;;) {
      const at = text.indexOf('"', i);
      if (at < 0 || at >= para.end) break;
      i = at + 1;
      const { openLike, closeLike } = classify(text, at);
      const inside = stack.length > 0;
      let opens: boolean;
      if (openLike && !closeLike) opens = true;
      else if (closeLike && !openLike) opens = false;
      else opens = !inside;
      if (opens && inside) {
        // A new sentence starting with a mark inside an open quote, in text that has lost its
        // paragraph breaks: the quote goes on (`... he has. "If you want ...`).
        const p1 = text[at - 1];
        const p2 = at >= 2 ? text[at - 2] : '';
        const n = text[at + 1] ?? '';
        if (stack.length === 1 && p1 === ' ' && (p2 === '.' || p2 === '?' || p2 === '!') && n >= 'A' && n <= 'Z') continue;
      }
      if (opens) {
        out.push({
          open: at,
          close: -1,
          start: at + 1,
          end: at + 1,
          depth: stack.length,
          parent: stack.length ? stack[stack.length - 1] : -1,
          single: false,
          multiParagraph: false,
        });
        stack.push(out.length - 1);
      } else if (inside) {
        const k = stack.pop()!;
        finish(k, at, at);
      }
      // A closing-looking mark with nothing open is stray: ignored.
    }
    // Paragraph end: inner quotes stop here; a top-level quote may go on in the next paragraph.
    while (stack.length > 1) finish(stack.pop()!, -1, para.end);
    if (stack.length === 1) {
      carried = stack.pop()!;
      carriedEnd = para.end;
    }
  }
  if (carried >= 0) finish(carried, -1, carriedEnd);

  // Quotes inside quotes in single marks.
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const q = out[k];
    if (q.single) continue;
    scanSingles(text, q, k, out);
  }
  const kept = out.filter((q) => HAS_WORD.test(text.slice(q.start, q.end)));
  kept.sort((a, b) => a.open - b.open || a.depth - b.depth);
  return fixParents(kept);
}

function scanSingles(text: string, q: MarkSpan, k: number, out: MarkSpan[]) {
  let i = q.start;
  let open = -1;
  for (;;) {
    const at = text.indexOf("'", i);
    if (at < 0 || at >= q.end) break;
    i = at + 1;
    const prev = at > 0 ? text[at - 1] : '';
    const next = text[at + 1] ?? '';
    const letterNext = /[A-Za-z0-9[]/.test(next);
    if (open < 0) {
      if ((isSpace(prev) || prev === '"' || prev === '(' || prev === '—' || prev === ':') && letterNext && at + 2 < q.end) open = at;
    } else if (!isSpace(prev) && (isSpace(next) || CLOSE_AFTER.includes(next) || at + 1 >= q.end)) {
      const [s, e] = trimSpan(text, open + 1, at);
      if (e > s) {
        out.push({ open, close: at, start: s, end: e, depth: q.depth + 1, parent: k, single: true, multiParagraph: text.slice(s, e).includes('\n\n') });
      }
      open = -1;
    }
  }
}

/** Recompute `parent` as an index into the sorted array (innermost enclosing quote) and `depth`. */
function fixParents(out: MarkSpan[]): MarkSpan[] {
  for (let k = 0; k < out.length; k++) {
    const q = out[k];
    q.parent = -1;
    for (let j = k - 1; j >= 0; j--) {
      const o = out[j];
      if (o.open < q.open && o.end >= q.end) {
        q.parent = j;
        break;
      }
    }
    q.depth = q.parent < 0 ? 0 : out[q.parent].depth + 1;
  }
  return out;
}

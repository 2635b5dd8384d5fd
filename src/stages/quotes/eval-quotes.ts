/**
 * Evaluate the quotes stage on the hand-annotated real quotes in test/gold/quotes.real.jsonl.
 *
 *   npx tsx src/stages/quotes/eval-quotes.ts [--gold FILE] [--corpus DIR] [--verbose] [--min-span X --min-speaker Y]
 *
 * Each gold line locates one quote in ../shared/corpus: `file` (+ `row`, the 1-based CSV data
 * record, and `field` for CSV files), `start_anchor` (the first words of the quoted content) and
 * `end_anchor` (its last words), `direct`, `speaker` (+ `speaker_aliases`), `tags`.
 * The article runs through the default pipeline (so speakers resolve to the actors stage's
 * actors when it is there). Scores, over all gold quotes:
 * - span: some predicted quote has the gold span, both ends compared after trimming
 *   whitespace, quote marks and . , ; : ! ? - (so `"... ineffective,"` = `... ineffective`);
 * - direct: that quote's `direct` flag is the gold one;
 * - speaker: on that quote (else on the predicted quote overlapping the gold span most, if it
 *   covers half of it), one of the speaker's names (the actor's name, `speakerText`, or the
 *   name of the chain's last non-document link) matches the gold speaker or an alias: equal,
 *   one containing the other (4+ characters), or the gold surname as a word. A gold speaker of
 *   null (unattributed) is matched by a quote without a speaker.
 * Exit status 1 when --min-span / --min-speaker are given and not reached.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Doc, Quote, RawArticle } from '../../model/doc.js';
import { defaultPipeline } from '../../pipeline/registry.js';
import { dateFromFileName } from '../../ingest/formats/text.js';
import { cleanInline } from '../clean/clean.js';

interface Gold {
  id: string;
  file: string;
  row: number | null;
  field: string | null;
  direct: boolean;
  start_anchor: string;
  end_anchor: string;
  speaker: string | null;
  speaker_aliases: string[];
  cue: string | null;
  tags: string[];
}

export interface ItemResult {
  id: string;
  located: boolean;
  span: boolean;
  direct: boolean;
  speaker: boolean;
  /** Speaker right when `speakerText` also counts. */
  lenientSpeaker: boolean;
  got: string;
  want: string;
}

const TRIM = /[\s"'.,;:!?\-—]/;

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM.test(text[a])) a++;
  while (b > a && TRIM.test(text[b - 1])) b--;
  return [a, b];
}

const norm = (s: string) =>
  (cleanInline(s) ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(the|a|an|mr|ms|mrs|dr)\s+/, '')
    .trim();

function nameMatches(got: string, want: string): boolean {
  const g = norm(got);
  const w = norm(want);
  if (!g || !w) return false;
  if (g === w) return true;
  if (g.length >= 4 && w.length >= 4 && (g.includes(w) || w.includes(g))) return true;
  const surname = w.split(/\s+/).pop() ?? '';
  return surname.length >= 4 && new RegExp(`(^|\\W)${surname.replace(/[^\p{L}\p{N}]/gu, '.')}(\\W|$)`, 'u').test(g);
}

/**
 * The name a quote's speaker resolved to: the actor's name when the speaker is an actor, else
 * the name of the chain's last non-document link (a pronoun's antecedent), else `speakerText`.
 * With `lenient`, `speakerText` and every such name count as well.
 */
export function speakerNames(doc: Doc, q: Quote, lenient = false): string[] {
  const out: string[] = [];
  const actor = q.speaker ? doc.actors.find((a) => a.id === q.speaker) : undefined;
  if (actor) out.push(actor.name);
  if (!actor || lenient) {
    // A document that speaks ("the statement said") is named by its own words.
    const docSpeaker = q.attribution.some((l) => l.kind === 'document' && l.name === q.speakerText);
    for (let i = q.attribution.length - 1; i >= 0 && !docSpeaker; i--) {
      const l = q.attribution[i];
      if (l.kind === 'document') continue;
      out.push(l.name);
      break;
    }
    if (!out.length && q.speakerText) out.push(q.speakerText);
  }
  if (lenient && q.speakerText) out.push(q.speakerText);
  return out;
}

/** Score one gold quote against the Doc of its article. */
export function scoreItem(doc: Doc, g: Gold): ItemResult {
  const text = doc.text;
  const sa = cleanInline(g.start_anchor) ?? g.start_anchor;
  const ea = cleanInline(g.end_anchor) ?? g.end_anchor;
  const s = text.indexOf(sa);
  const e0 = s < 0 ? -1 : text.indexOf(ea, s);
  const want = `${g.speaker ?? '(none)'}`;
  if (s < 0 || e0 < 0) return { id: g.id, located: false, span: false, direct: false, speaker: false, lenientSpeaker: false, got: 'gold span not found', want };
  const [gs, ge] = trimmed(text, s, e0 + ea.length);
  const same = doc.quotes.filter((q) => {
    const [a, b] = trimmed(text, q.start, q.end);
    return a === gs && b === ge;
  });
  let q: Quote | undefined = same.find((x) => x.direct === g.direct) ?? same[0];
  if (!q) {
    let best = 0;
    for (const x of doc.quotes) {
      const ov = Math.min(x.end, ge) - Math.max(x.start, gs);
      if (ov > best && ov >= (ge - gs) / 2) {
        best = ov;
        q = x;
      }
    }
  }
  const names = q ? speakerNames(doc, q) : [];
  const judge = (ns: string[]) => {
    if (!q) return false;
    if (g.speaker == null) return !q.speaker && !q.speakerText;
    return ns.some((n) => [g.speaker!, ...g.speaker_aliases].some((w) => nameMatches(n, w)));
  };
  const speaker = judge(names);
  const lenientSpeaker = speaker || judge(q ? speakerNames(doc, q, true) : []);
  const got = q
    ? `${q.direct ? 'D' : 'I'} ${JSON.stringify(text.slice(q.start, q.end).slice(0, 60))}… by ${names.join(' / ') || '(none)'}`
    : 'no quote';
  const by = q?.speakerText && q.speakerText !== names[0] ? ` ("${q.speakerText}")` : '';
  return { id: g.id, located: true, span: same.length > 0, direct: !!q && q.direct === g.direct, speaker, lenientSpeaker, got: got + by, want };
}

/** "2022-02-24", "2022-02-24 10:00", "Wednesday, 23 February 2022" -> "YYYY-MM-DD" (null when unreadable). */
function isoDate(s: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return iso[0];
  const t = Date.parse(`${s.replace(/^[A-Za-z]+,\s*/, '')} UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function readArticle(corpus: string, g: Gold, csvCache: Map<string, Array<Record<string, string>>>): RawArticle {
  const path = join(corpus, g.file);
  let text: string;
  let date: string | null = null;
  if (g.row == null) {
    text = readFileSync(path, 'utf8');
    date = dateFromFileName(path);
  } else {
    let rows = csvCache.get(path);
    if (!rows) {
      rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as Array<Record<string, string>>;
      csvCache.set(path, rows);
    }
    const row = rows[g.row - 1] ?? {};
    text = row[g.field ?? 'body'] ?? '';
    date = isoDate(row.date ?? row.Date ?? '');
  }
  return { text, title: null, date, source: null, url: null, sourceId: g.file, origin: { file: path, record: g.row, format: g.row == null ? 'text' : 'csv' } };
}

export function evaluate(goldFile: string, corpus: string): ItemResult[] {
  const gold = readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  const pipeline = defaultPipeline();
  const docs = new Map<string, Doc>();
  const csvCache = new Map<string, Array<Record<string, string>>>();
  const out: ItemResult[] = [];
  for (const g of gold) {
    const key = `${g.file}#${g.row ?? ''}#${g.field ?? ''}`;
    let doc = docs.get(key);
    if (!doc) {
      doc = pipeline.run(readArticle(corpus, g, csvCache));
      docs.set(key, doc);
    }
    out.push(scoreItem(doc, g));
  }
  return out;
}

function main(argv: string[]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const opt = (name: string, dflt: string | null) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const goldFile = opt('--gold', join(root, 'test', 'gold', 'quotes.real.jsonl'))!;
  const corpus = opt('--corpus', join(root, '..', 'shared', 'corpus'))!;
  const verbose = argv.includes('--verbose');
  const results = evaluate(goldFile, corpus);
  const n = results.length;
  const pct = (k: number) => `${k}/${n} = ${((100 * k) / Math.max(n, 1)).toFixed(1)}%`;
  for (const r of results) {
    if (verbose || !r.span || !r.speaker) {
      console.log(`${r.id} span:${r.span ? 'ok' : '--'} speaker:${r.speaker ? 'ok' : '--'} direct:${r.direct ? 'ok' : '--'} want ${r.want} | got ${r.got}`);
    }
  }
  const span = results.filter((r) => r.span).length;
  const speaker = results.filter((r) => r.speaker).length;
  const direct = results.filter((r) => r.direct).length;
  const located = results.filter((r) => r.located).length;
  console.log(`gold quotes: ${n} (located ${located})`);
  console.log(`span accuracy:    ${pct(span)}`);
  console.log(`speaker accuracy: ${pct(speaker)}  (counting speakerText too: ${pct(results.filter((r) => r.lenientSpeaker).length)})`);
  console.log(`direct flag:      ${pct(direct)}`);
  const minSpan = opt('--min-span', null);
  const minSpeaker = opt('--min-speaker', null);
  if ((minSpan && span / n < Number(minSpan)) || (minSpeaker && speaker / n < Number(minSpeaker))) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));

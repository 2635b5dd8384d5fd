/**
 * CSV/TSV with a header row, streamed through csv-parse. Columns are found by name
 * (see fields.ts) or by `options.map`. Record = 1-based data row (the header is row 0);
 * failures also name the line, since quoted fields can span lines.
 */
import { parse, type CsvError, type Options as CsvOptions } from 'csv-parse';
import type { ByteSource } from '../bytes.js';
import { article, failure, type ReaderContext } from '../context.js';
import { decodeChunks } from '../decode.js';
import { guessDelimiter } from '../detect.js';
import { buildArticle, CANDIDATES, planFields, type FieldPlan } from '../fields.js';
import type { ReadEvent } from '../types.js';

interface Row {
  cells: string[];
  row: number;
  line: number;
}

export async function* readCsv(src: ByteSource, ctx: ReaderContext, tab = false): AsyncGenerator<ReadEvent> {
  const headText = src.head.toString('utf8').replace(/^\uFEFF/, '');
  if (headText.trim() === '') {
    yield failure(ctx.file, null, 'empty file');
    return;
  }
  const firstLine = headText.split('\n', 1)[0];
  const delimiter = tab ? '\t' : guessDelimiter(firstLine);
  const skipped: Array<{ row: number; reason: string }> = [];
  let skips = 0;
  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count_less: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: ctx.maxArticleChars * 2 + 100_000,
    on_record: (record: string[], context: { records: number; lines: number }): Row => ({ cells: record, row: context.records - 1 + skips, line: context.lines }),
    on_skip: (err: CsvError | undefined) => {
      skips++;
      const e = err as (CsvError & { records?: number; lines?: number }) | undefined;
      const row = (e?.records ?? 0) - 1 + skips;
      skipped.push({ row, reason: `malformed CSV (line ${e?.lines ?? '?'}): ${csvMessage(e)}` });
    },
  } as unknown as CsvOptions);

  // Feed the decoded text in the background, with backpressure.
  const feeding = (async () => {
    try {
      for await (const s of decodeChunks(src.chunks(), ctx.decodeState())) {
        if (parser.destroyed) break;
        if (!parser.write(s)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              resolve();
            };
            parser.on('drain', done);
            parser.on('close', done);
          });
        }
      }
      if (parser.destroyed) src.close();
      else parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();

  let plan: FieldPlan | null = null;
  let header: string[] = [];
  let rows = 0;
  const flush = function* (upTo: number): Generator<ReadEvent> {
    while (skipped.length && skipped[0].row <= upTo) {
      const s = skipped.shift()!;
      yield failure(ctx.file, s.row, s.reason);
    }
  };
  try {
    for await (const r of parser as AsyncIterable<Row>) {
      if (!plan) {
        header = r.cells.map((c) => c.trim());
        const { plan: p, missing } = planFields(header, ctx.map);
        if (missing.length) {
          yield failure(ctx.file, null, `mapped column${missing.length > 1 ? 's' : ''} not in the header: ${missing.join(', ')} (header: ${header.join(', ')})`);
          parser.destroy();
          return;
        }
        if (!p.text && !p.summary) {
          yield failure(
            ctx.file,
            null,
            `no text column (looked for ${CANDIDATES.text.slice(0, 5).join(', ')}, …; header: ${header.slice(0, 20).join(', ')}); use --map text=COLUMN`,
          );
          parser.destroy();
          return;
        }
        plan = p;
        continue;
      }
      yield* flush(r.row);
      rows++;
      const idx = new Map<string, number>();
      const get = (name: string): unknown => {
        let i = idx.get(name);
        if (i === undefined) {
          i = header.indexOf(name);
          idx.set(name, i);
        }
        return i >= 0 ? r.cells[i] : undefined;
      };
      const built = buildArticle(get, plan, { file: ctx.file, record: r.row, format: 'csv' }, ctx.maxArticleChars, () => []);
      if (built.ok) yield article(built.article);
      else yield failure(ctx.file, r.row, `${built.reason} (line ${r.line})`);
    }
  } catch (err) {
    yield* flush(Infinity);
    yield failure(ctx.file, null, `cannot read CSV${rows ? ` after row ${rows}` : ''}: ${(err as Error).message}`);
    return;
  } finally {
    if (!parser.writableEnded) parser.destroy();
    await feeding;
  }
  yield* flush(Infinity);
  if (!plan) yield failure(ctx.file, null, 'empty file');
  else if (rows === 0 && skips === 0) yield failure(ctx.file, null, 'no rows after the header');
}

function csvMessage(e: (CsvError & { code?: string }) | undefined): string {
  if (!e) return 'unreadable row';
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is not closed (the rest of the file was swallowed by it)';
  if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') return e.message.replace(/ on line \d+$/, '').replace('Invalid Record Length: expect', 'more fields than the header: expected');
  if (e.code === 'CSV_MAX_RECORD_SIZE') return 'row too large';
  return e.message;
}

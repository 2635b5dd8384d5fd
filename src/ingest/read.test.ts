import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from './read.js';
import { collect, fixtures, generatedFixtures } from './test-helpers.js';

const fx = (name: string) => join(fixtures, name);
let gen: string;
const g = (name: string) => join(gen, name);

beforeAll(() => {
  gen = generatedFixtures();
});
afterAll(() => {
  rmSync(gen, { recursive: true, force: true });
});

describe('JSON Lines', () => {
  it('reads records, maps field names, normalises dates, reports bad lines and goes on', async () => {
    const r = await collect([fx('sample.jsonl')]);
    expect(r.articles.map((a) => a.origin.record)).toEqual([1, 2, 6, 8]); // line numbers (line 5 is blank)
    const [a1, a2, a5, a7] = r.articles;
    expect(a1).toMatchObject({ title: 'Talks on grain exports resume', date: '1987-02-26', source: 'Example Wire', sourceId: 'wire-1' });
    expect(a1.origin).toEqual({ file: fx('sample.jsonl'), record: 1, format: 'jsonl' });
    expect(a2).toMatchObject({ title: 'Parliament backs budget', date: '2018-01-31', url: 'https://wire.example/budget', source: 'Eastria Wire' });
    expect(a5.text).toBe('First paragraph about the river commission.\n\nSecond paragraph about the dams.');
    expect(a5.date).toBe('1987-02-26');
    // Field names found case- and space-insensitively: Text, Heading, Date, Article Url.
    expect(a7).toMatchObject({ title: 'Foreign ministers meet', date: '2022-02-23', url: 'https://paper.example/ministers-meet' });
    expect(a7.text).not.toMatch(/\r/);

    expect(r.failures.map((f) => f.record)).toEqual([3, 4, 7]);
    expect(r.failures[0].reason).toMatch(/^not valid JSON/);
    expect(r.failures[1].reason).toMatch(/no text field.*fields present: title, date/);
    expect(r.failures[2].reason).toMatch(/expected a JSON object, found an array/);
    expect(r.order).toBe('aaffafa'); // in input order
  });

  it('honours options.map', async () => {
    const dir = join(gen, 'map');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'm.jsonl'), JSON.stringify({ Heading: 'H', Story: 'S', Body: 'the real body', When: '2020-01-02', meta: { outlet: 'Deep' } }) + '\n');
    const r = await collect([join(dir, 'm.jsonl')], { map: { text: 'Body', title: 'Heading', date: 'When', source: 'meta.outlet' } });
    expect(r.articles[0]).toMatchObject({ text: 'the real body', title: 'H', date: '2020-01-02', source: 'Deep' });
  });

  it('puts a dateline kept in its own field back at the start of the body, once', async () => {
    const dir = join(gen, 'dateline');
    mkdirSync(dir, { recursive: true });
    const lines = [
      { title: 'Cocoa review', dateline: 'SALVADOR, Feb 26 -', text: 'Showers continued throughout the week.' },
      { title: 'Talks', dateline: 'MOSCOW', body: 'Ministers met on Monday.' },
      { title: 'Already there', dateline: 'KYIV, Feb 24 (Reuters) -', text: 'KYIV, Feb 24 (Reuters) - Sirens sounded.' },
      { title: 'Empty', dateline: '', text: 'No dateline here.' },
    ];
    writeFileSync(join(dir, 'd.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = await collect([join(dir, 'd.jsonl')]);
    expect(r.articles.map((a) => a.text)).toEqual([
      'SALVADOR, Feb 26 - Showers continued throughout the week.',
      'MOSCOW - Ministers met on Monday.',
      'KYIV, Feb 24 (Reuters) - Sirens sounded.',
      'No dateline here.',
    ]);
  });

  it('reads gzipped JSON Lines', async () => {
    const r = await collect([g('many.jsonl.gz')]);
    expect(r.articles).toHaveLength(400);
    expect(r.failures).toHaveLength(0);
    expect(r.articles[399].sourceId).toBe('gen-400');
  });

  it('a truncated gzip yields the records before the break, then a failure', async () => {
    const r = await collect([g('truncated.jsonl.gz')]);
    expect(r.articles.length).toBeGreaterThan(100);
    expect(r.articles.length).toBeLessThan(400);
    expect(r.order).toMatch(/^a+f$/);
    expect(r.failures[0]).toMatchObject({ file: g('truncated.jsonl.gz'), record: null });
    expect(r.failures[0].reason).toMatch(/gzip data cut short \(truncated file\) after \d+ records/);
  });
});

describe('JSON', () => {
  it('streams an array of objects; bad elements are failures with their index', async () => {
    const r = await collect([fx('sample.json')]);
    expect(r.articles.map((a) => a.sourceId)).toEqual(['1', '2', '5']);
    expect(r.articles.map((a) => a.date)).toEqual(['2021-06-01', '2021-06-02', '2021-06-03']);
    expect(r.articles[2].text).toContain('Escaped "quotes", commas, [brackets] and {braces}');
    expect(r.failures.map((f) => f.record)).toEqual([3, 4]);
    expect(r.failures[1].reason).toMatch(/expected a JSON object, found string/);
  });

  it('finds the array inside an object (NewsAPI shape); content, publishedAt, source.name', async () => {
    const r = await collect([fx('newsapi.json')]);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]).toMatchObject({ title: 'Strike ends', source: 'Courier', date: '2021-11-20', url: 'https://courier.example/strike-ends' });
    expect(r.articles[0].text).toMatch(/^Dock workers/);
    // content null -> the description is the text
    expect(r.articles[1].text).toMatch(/^The ferry/);
  });

  it('reads a single object as one article', async () => {
    const r = await collect([fx('single.json')]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ title: 'One article', date: '2022-05-08' });
  });

  it('reports a cut-off array after the elements read', async () => {
    writeFileSync(g('cut.json'), '[{"text":"one whole record"},{"text":"second re');
    const r = await collect([g('cut.json')]);
    expect(r.articles).toHaveLength(1);
    expect(r.failures[0].reason).toMatch(/not closed.*after 1 records/);
  });
});

describe('CSV', () => {
  it('detects columns by name, falls back to the summary, keeps multi-line fields, reports bad rows', async () => {
    const r = await collect([fx('sample.csv')]);
    expect(r.articles.map((a) => a.origin.record)).toEqual([1, 2, 3, 6]);
    expect(r.articles[0]).toMatchObject({ title: 'Talks in Midford', date: '2022-06-24', url: 'https://gov.example/1' });
    expect(r.articles[0].text).toMatch(/^The president of Northland held talks/);
    expect(r.articles[1].text).toMatch(/^The president sent a message of condolences/); // empty body -> summary
    expect(r.articles[2].text).toBe('First paragraph of a body that spans lines.\n\nSecond paragraph, with "quoted" words and a comma, inside.');
    expect(r.articles[3].date).toBe('1987-02-26');
    expect(r.failures).toEqual([
      { file: fx('sample.csv'), record: 4, reason: 'malformed CSV (line 7): more fields than the header: expected 6, got 8' },
      { file: fx('sample.csv'), record: 5, reason: 'empty text ("body" or "summary") (line 8)' },
    ]);
    expect(r.order).toBe('aaaffa');
  });

  it('reads TSV and names in other languages', async () => {
    const r = await collect([fx('sample.tsv')]);
    expect(r.articles[0]).toMatchObject({ title: 'Gespräche in Midford', date: '2022-02-26', source: 'Beispiel-Zeitung' });
  });

  it('needs a map when no column looks like text; a mapped column must exist', async () => {
    const none = await collect([fx('custom.csv')]);
    expect(none.articles).toHaveLength(0);
    expect(none.failures[0].reason).toMatch(/no text column .*header: Story Heading, Story Body, When, Where From.*--map text=COLUMN/);

    const mapped = await collect([fx('custom.csv')], { map: { text: 'Story Body', title: 'story heading', date: 'When', source: 'Where From' } });
    expect(mapped.articles[0]).toMatchObject({ title: 'Harbour reopens', date: '2020-03-02', source: 'Harbour News' });

    const wrong = await collect([fx('custom.csv')], { map: { text: 'Article' } });
    expect(wrong.failures[0].reason).toMatch(/mapped column not in the header: text=Article/);
  });

  it('an unclosed quote is reported with its row', async () => {
    writeFileSync(g('quote.csv'), 'title,text\nA,"fine"\nB,"never closed\nC,lost\n');
    const r = await collect([g('quote.csv')]);
    expect(r.articles).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ record: 2 });
    expect(r.failures[0].reason).toMatch(/quoted field is not closed/);
  });
});

describe('HTML', () => {
  const LEAKS = /NAVLEAK|ADLEAK|SHARELEAK|CAPTIONLEAK|RELATEDLEAK|COMMENTLEAK|SIDEBARLEAK|FOOTERLEAK|NEWSLETTERLEAK/;

  it('extracts the article text and metadata without navigation, ads, related links or comments', async () => {
    const r = await collect([fx('article.html')]);
    expect(r.failures).toEqual([]);
    const a = r.articles[0];
    expect(a.text).not.toMatch(LEAKS);
    expect(a.text).toMatch(/^The water ministers of Northland and Southland agreed on Tuesday/);
    expect(a.text).toMatch(/expected next month\.$/);
    // Paragraphs: a blank line between <p>s, no line breaks inside one.
    const paras = a.text.split('\n\n');
    expect(paras).toHaveLength(4);
    expect(paras.every((p) => !p.includes('\n'))).toBe(true);
    expect(a).toMatchObject({
      title: 'Ministers agree on river water deal after two days of talks',
      date: '2023-03-14', // article:published_time wins over JSON-LD
      source: 'The Daily Courier',
      url: 'https://courier.example/world/2023/03/14/river-water-deal',
      origin: { file: fx('article.html'), record: null, format: 'html' },
    });
  });

  it('takes the date from <time>, the outlet from JSON-LD, and drops the date line', async () => {
    const r = await collect([fx('article-time.html')]);
    const a = r.articles[0];
    expect(a.text).not.toMatch(LEAKS);
    expect(a.text).toMatch(/^Dock workers at the port of Easthaven/);
    expect(a).toMatchObject({ date: '2021-11-02', source: 'Harbour News', title: 'Port strike enters third week', url: null });
  });

  it('a page without an article is a failure', async () => {
    const r = await collect([fx('no-article.html')]);
    expect(r.articles).toHaveLength(0);
    expect(r.failures).toEqual([{ file: fx('no-article.html'), record: null, reason: 'no article text found' }]);
  });

  it('honours a declared charset without a warning', async () => {
    const r = await collect([g('declared-latin1.html')]);
    expect(r.warnings).toEqual([]);
    expect(r.articles[0].title).toBe('Café talks');
    expect(r.articles[0].text).toContain('São Tomé');
  });
});

describe('RSS and Atom', () => {
  it('RSS 2.0: content:encoded over description, entities, feed tails dropped, headline-only items', async () => {
    const r = await collect([fx('feed.rss')]);
    expect(r.failures).toEqual([]);
    expect(r.articles).toHaveLength(4);
    const [a, b, c, d] = r.articles;
    expect(a).toMatchObject({ title: 'Port strike enters third week', date: '2021-11-02', source: 'Harbour News & Views', url: 'https://harbour.example/port-strike', sourceId: 'hn-101' });
    expect(a.text).toBe('Dock workers at the port of Easthaven stayed off the job for a fifteenth day.\n\nThe union said talks had broken down & called on the government to step in.');
    expect(a.origin).toEqual({ file: fx('feed.rss'), record: 1, format: 'rss' });
    expect(b).toMatchObject({ title: 'Ferry timetable changes', date: '2021-11-03', text: 'The island ferry will sail twice a day from Monday.' });
    expect(c).toMatchObject({ title: 'Weather warning for the coast', text: '' }); // the headline alone
    expect(d.text).toBe('Plain text description\nwith a line break.\n\nAnd a second paragraph.');
  });

  it('Atom: xhtml and escaped html content, alternate link, published date', async () => {
    const r = await collect([fx('feed.atom')]);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]).toMatchObject({
      title: 'Border crossing reopens',
      text: 'The Highgate crossing reopened to freight on Thursday.\n\nCustoms officers will carry out joint checks.',
      url: 'https://gazette.example/news/border',
      date: '2023-03-17',
      source: 'Valley Gazette',
      origin: { record: 1, format: 'atom' },
    });
    expect(r.articles[1]).toMatchObject({ url: 'https://gazette.example/news/minister', date: '2023-03-16', text: 'The Eastria transport minister resigned on Thursday evening.\n\nShe gave no reason.' });
  });
});

describe('WARC', () => {
  for (const name of ['sample.warc', 'sample.warc.gz']) {
    it(`${name}: HTML responses only; target URI; WARC-Date when the page has none`, async () => {
      const r = await collect([g(name)]);
      expect(r.failures).toEqual([]);
      expect(r.articles).toHaveLength(2);
      const [a, b] = r.articles;
      expect(a.origin).toEqual({ file: g(name), record: 3, format: 'warc' });
      expect(a.url).toBe('https://courier.example/world/2023/03/14/river-water-deal?utm=feed');
      expect(a.date).toBe('2023-03-14');
      expect(a.text).not.toMatch(/LEAK/);
      // chunked + gzip-encoded page without a date of its own
      expect(b.origin.record).toBe(6);
      expect(b).toMatchObject({ date: '2023-03-17', source: 'Valley Gazette', title: 'Border crossing reopens for trucks', url: 'https://gazette.example/news/border-crossing-reopens' });
      expect(b.text).toMatch(/^The Highgate border crossing/);
      expect(b.text).not.toMatch(/LEAK/);
    });
  }

  it('garbage between records is reported and skipped; WET conversion records are text', async () => {
    const { readFileSync } = await import('node:fs');
    const whole = readFileSync(g('sample.warc'));
    const at = whole.indexOf('WARC/1.0', 10);
    writeFileSync(g('garbage.warc'), Buffer.concat([whole.subarray(0, at), Buffer.from('GARBAGE LINE\r\nmore\r\n\r\n'), whole.subarray(at)]));
    const r = await collect([g('garbage.warc')]);
    expect(r.articles.map((a) => a.origin.record)).toEqual([3, 6]);
    expect(r.failures).toEqual([{ file: g('garbage.warc'), record: 2, reason: expect.stringMatching(/^not a WARC record .*"GARBAGE LINE"/) }]);

    const text = Buffer.from('Extracted text of the page: the talks went on.');
    const wet = Buffer.concat([
      Buffer.from(`WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://x.example/a\r\nWARC-Date: 2020-02-02T00:00:00Z\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n`),
      text,
      Buffer.from('\r\n\r\n'),
    ]);
    writeFileSync(g('a.warc.wet.gz'), gzipSync(wet));
    const w = await collect([g('a.warc.wet.gz')]);
    expect(w.articles).toEqual([
      { text: text.toString(), title: null, date: '2020-02-02', source: null, url: 'https://x.example/a', sourceId: null, origin: { file: g('a.warc.wet.gz'), record: 1, format: 'warc' } },
    ]);
  });

  it('a WARC cut short reports the record', async () => {
    const { readFileSync } = await import('node:fs');
    const whole = readFileSync(g('sample.warc'));
    writeFileSync(g('cut.warc'), whole.subarray(0, whole.length - 300));
    const r = await collect([g('cut.warc')]);
    expect(r.articles).toHaveLength(1);
    expect(r.failures).toEqual([{ file: g('cut.warc'), record: 6, reason: expect.stringMatching(/WARC record cut short/) }]);
  });
});

describe('text', () => {
  it('reads the example header format and plain text with a date in the file name', async () => {
    const dir = join(gen, 'texts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), ' date 2022-02-24 Headline here\n\nBody text of the article.\n');
    writeFileSync(join(dir, '20220125T090000Z_GB_en_7d015e6984.txt'), 'Just a body sentence. And another.\n');
    const r = await collect([dir]);
    expect(r.articles.map((a) => [a.title, a.date])).toEqual([
      [null, '2022-01-25'],
      ['Headline here', '2022-02-24'],
    ]);
  });

  it('refuses a text file over maxArticleChars without reading it all', async () => {
    writeFileSync(g('big.txt'), 'word '.repeat(300_000));
    const r = await collect([g('big.txt')], { maxArticleChars: 100_000 });
    expect(r.failures).toEqual([{ file: g('big.txt'), record: null, reason: 'too large for one article (over 100000 characters)' }]);
  });
});

describe('bad input', () => {
  it('empty, blank, binary and missing files are failures; the rest goes on', async () => {
    const r = await collect([g('empty.txt'), g('blank.jsonl'), g('binary.txt'), g('nope.txt'), fx('single.json')]);
    expect(r.failures).toEqual([
      { file: g('empty.txt'), record: null, reason: 'empty file' },
      { file: g('blank.jsonl'), record: null, reason: 'empty file' },
      { file: g('binary.txt'), record: null, reason: expect.stringMatching(/^binary file, not text/) },
      { file: g('nope.txt'), record: null, reason: 'no such file or folder' },
    ]);
    expect(r.articles).toHaveLength(1);
  });

  it('invalid UTF-8 is read as Windows-1252 with a warning before the article', async () => {
    const r = await collect([g('latin1.txt')]);
    expect(r.order).toBe('wa');
    expect(r.warnings).toEqual([{ file: g('latin1.txt'), record: null, reason: 'not valid UTF-8; read as Windows-1252' }]);
    expect(r.articles[0].title).toBe('Minister visits Café São Paulo');
    expect(r.articles[0].text).toContain('minister’s visit to São Paulo – her first abroad –');
  });

  it('readInputs hands warnings to onWarning and yields only articles and failures', async () => {
    const warnings: string[] = [];
    const kinds: string[] = [];
    for await (const it of readInputs([g('latin1.txt'), g('empty.txt')], { onWarning: (w) => warnings.push(w.reason) })) kinds.push(it.kind);
    expect(kinds).toEqual(['article', 'failure']);
    expect(warnings).toEqual(['not valid UTF-8; read as Windows-1252']);
  });

  it('a gzip file that is not gzip inside is a failure, not a crash', async () => {
    writeFileSync(g('fake.jsonl.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not really gzip data at all')]));
    const r = await collect([g('fake.jsonl.gz'), fx('single.json')]);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0].file).toBe(g('fake.jsonl.gz'));
    expect(r.articles).toHaveLength(1);
  });
});

describe('inputs', () => {
  it('folders: recursive, sorted, hidden and unknown files skipped', async () => {
    const dir = join(gen, 'tree');
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, '.hidden'), { recursive: true });
    const art = (t: string) => ` date 2020-01-01 ${t}\n\nSome body text.\n`;
    writeFileSync(join(dir, 'z.txt'), art('Z'));
    writeFileSync(join(dir, 'a.txt'), art('A'));
    writeFileSync(join(dir, 'b', 'c', 'm.txt'), art('M'));
    writeFileSync(join(dir, 'b', 'x.jsonl.gz'), gzipSync(JSON.stringify({ title: 'X', text: 'gz body' }) + '\n'));
    writeFileSync(join(dir, '.secret.txt'), art('HIDDEN'));
    writeFileSync(join(dir, '.hidden', 'h.txt'), art('HIDDEN'));
    writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(dir, 'a.expected.json'), '{"events": []}');
    const r = await collect([dir]);
    expect(r.failures).toEqual([]);
    expect(r.articles.map((a) => a.title)).toEqual(['A', 'M', 'X', 'Z']);
  });

  it('globs', async () => {
    const dir = join(gen, 'globbed');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'one.jsonl'), JSON.stringify({ title: '1', text: 'one' }) + '\n');
    writeFileSync(join(dir, 'two.jsonl'), JSON.stringify({ title: '2', text: 'two' }) + '\n');
    writeFileSync(join(dir, 'three.csv'), 'title,text\n3,three\n');
    writeFileSync(join(dir, 'sub', 'four.jsonl'), JSON.stringify({ title: '4', text: 'four' }) + '\n');
    expect((await collect([join(dir, '*.jsonl')])).articles.map((a) => a.title)).toEqual(['1', '2']);
    expect((await collect([join(dir, '**/*.jsonl')])).articles.map((a) => a.title)).toEqual(['1', '4', '2']);
    expect((await collect([join(dir, '*.{csv,jsonl}')])).articles.map((a) => a.title)).toEqual(['1', '3', '2']);
    expect((await collect([join(dir, 't??.*')])).articles.map((a) => a.title)).toEqual(['2']);
    const none = await collect([join(dir, '*.xml')]);
    expect(none.failures).toEqual([{ file: join(dir, '*.xml'), record: null, reason: 'no files match this pattern' }]);
  });

  it('"-" reads JSON Lines from options.stdin', async () => {
    const stdin = Readable.from([Buffer.from('{"title":"S1","text":"from stdin"}\n{"title":"S2",'), Buffer.from('"body":"second"}\nnot json\n')]);
    const r = await collect(['-'], { stdin });
    expect(r.articles.map((a) => [a.title, a.text, a.origin.file, a.origin.record])).toEqual([
      ['S1', 'from stdin', '-', 1],
      ['S2', 'second', '-', 2],
    ]);
    expect(r.failures).toEqual([{ file: '-', record: 3, reason: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('"-" accepts gzip and other formats by content', async () => {
    const stdin = Readable.from([gzipSync('title,text\nT,csv from stdin\n')]);
    const r = await collect(['-'], { stdin });
    expect(r.articles[0]).toMatchObject({ title: 'T', text: 'csv from stdin', origin: { format: 'csv' } });
  });

  it('tiny chunks: escapes, brackets and multi-byte characters split across chunk boundaries', async () => {
    const records = [
      { title: 'Ünïcödé “quotes”', text: 'He said \\"no\\" — twice. Path C:\\dir\\ and emoji 🎉 [x] {y}' },
      { title: 'Second', text: 'Zweite Meldung über Gespräche in São Paulo.' },
    ];
    const bytes = Buffer.from(JSON.stringify(records, null, 1));
    const pieces: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
    const r = await collect(['-'], { stdin: Readable.from(pieces), format: 'json' });
    expect(r.failures).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.articles.map((a) => [a.title, a.text])).toEqual(records.map((x) => [x.title, x.text]));

    const lines = Buffer.from(records.map((x) => JSON.stringify(x)).join('\n'));
    const linePieces: Buffer[] = [];
    for (let i = 0; i < lines.length; i += 5) linePieces.push(lines.subarray(i, i + 5));
    const l = await collect(['-'], { stdin: Readable.from(linePieces) });
    expect(l.warnings).toEqual([]);
    expect(l.articles.map((a) => a.text)).toEqual(records.map((x) => x.text));
  });

  it('whole-file formats over maxWholeFileBytes are refused', async () => {
    const r = await collect([fx('feed.rss')], { maxWholeFileBytes: 1000 });
    expect(r.failures).toEqual([{ file: fx('feed.rss'), record: null, reason: 'too large to read as one feed (over 1000 bytes)' }]);
    const h = await collect([fx('article.html')], { maxArticleChars: 500, maxWholeFileBytes: 1000 });
    expect(h.failures[0].reason).toMatch(/^too large for one article/);
  });

  it('options.format overrides detection', async () => {
    writeFileSync(g('feed.data'), '<rss><channel><title>F</title><item><title>I</title><description>text of item</description></item></channel></rss>');
    writeFileSync(g('lines.txt'), '{"title":"L","text":"a JSON line in a .txt file"}\n');
    expect((await collect([g('feed.data')])).articles[0]).toMatchObject({ title: 'I', source: 'F' }); // sniffed
    expect((await collect([g('lines.txt')])).articles[0].origin.format).toBe('text');
    expect((await collect([g('lines.txt')], { format: 'jsonl' })).articles[0]).toMatchObject({ title: 'L', origin: { format: 'jsonl' } });
    expect((await collect([g('feed.data')], { format: 'text' })).articles[0].origin.format).toBe('text');
  });
});

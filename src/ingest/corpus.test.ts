/**
 * The readers on the real corpora in ../shared/corpus (skipped, with the reason, when absent),
 * with reading speed measured in words (whitespace-separated tokens of the text) per second.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputEvents } from './read.js';
import { collect, corpusDir } from './test-helpers.js';

const corpus = corpusDir();
const reason = corpus ? '' : ' (skipped: ../shared/corpus not found; set WIRECODER_CORPUS to run)';
const c = (p: string) => join(corpus ?? '', p);

function countWords(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    const space = ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 12 || ch === 11 || ch === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Read and count; the time includes the reading only (words are counted afterwards). */
async function measure(paths: string[]) {
  const texts: string[] = [];
  let failures = 0;
  const t0 = performance.now();
  for await (const ev of readInputEvents(paths)) {
    if (ev.kind === 'article') texts.push(ev.article.text);
    else if (ev.kind === 'failure') failures++;
  }
  const secs = (performance.now() - t0) / 1000;
  const words = texts.reduce((s, t) => s + countWords(t), 0);
  return { articles: texts.length, failures, words, secs, wordsPerSecond: words / secs };
}

describe.skipIf(!corpus)(`shared corpus${reason}`, () => {
  it('reuters21578.jsonl: 19,043 records, streamed, >= 1M words/s', async () => {
    await measure([c('reuters21578.jsonl')]); // warm-up (JIT, file cache)
    const m = await measure([c('reuters21578.jsonl')]);
    console.log(`reuters21578.jsonl: ${m.articles} articles, ${m.words} words in ${m.secs.toFixed(2)} s = ${Math.round(m.wordsPerSecond).toLocaleString('en')} words/s`);
    expect(m.articles).toBe(19_043);
    expect(m.failures).toBe(0);
    expect(m.wordsPerSecond).toBeGreaterThan(1_000_000);
  });

  it('reuters records keep title, date, source and id', async () => {
    for await (const ev of readInputEvents([c('reuters21578.jsonl')])) {
      if (ev.kind !== 'article') continue;
      expect(ev.article).toMatchObject({ title: 'BAHIA COCOA REVIEW', date: '1987-02-26', source: 'Reuters', sourceId: 'reuters-1', origin: { record: 1, format: 'jsonl' } });
      break;
    }
  });

  it('Guardian CSV: 250 rows (238 with text, 12 podcasts without), mapped by column names', async () => {
    const r = await collect([c('ukraine-2022/guardian-nato-2022/guard-articles-nato.csv')]);
    expect(r.articles.length + r.failures.length).toBe(250);
    expect(r.articles).toHaveLength(238);
    expect(r.failures.every((f) => /empty text \("Text"\)/.test(f.reason))).toBe(true);
    expect(r.articles[0]).toMatchObject({
      title: 'What steps should Britain take to avert war in Ukraine?',
      date: '2022-02-23',
      url: 'https://www.theguardian.com/world/2022/feb/23/what-steps-should-britain-take-to-avert-war-in-ukraine',
    });
    expect(r.articles.every((a) => a.date && a.date >= '2022-02-23' && a.date <= '2022-07-03')).toBe(true);
  });

  it('press releases: kremlin 816 rows, zelensky 980 rows, speed', async () => {
    const k = await collect([c('ukraine-2022/press-releases/kremlin_putin.csv')]);
    expect(k.articles).toHaveLength(816);
    expect(k.failures).toHaveLength(0);
    expect(k.articles.every((a) => a.title && a.date && a.url?.startsWith('http://en.kremlin.ru/'))).toBe(true);
    const z = await collect([c('ukraine-2022/press-releases/president_gov_ua_zelenskyy.csv')]);
    expect(z.articles).toHaveLength(980);
    expect(z.failures).toHaveLength(0);
    const m = await measure([c('ukraine-2022/press-releases')]);
    console.log(`press-releases CSV: ${m.articles} articles, ${m.words} words in ${m.secs.toFixed(2)} s = ${Math.round(m.wordsPerSecond).toLocaleString('en')} words/s`);
    expect(m.articles).toBe(1796);
    // Measured 2-6 M words/s here (small files include start-up); the floor only guards against
    // regressions without making CI flaky on a busy 2-core machine.
    expect(m.wordsPerSecond).toBeGreaterThan(400_000);
  });

  it('outlet articles: 447 text files dated from their names, speed', async () => {
    const r = await collect([c('ukraine-2022/outlet-articles')]);
    expect(r.articles).toHaveLength(447);
    expect(r.failures).toHaveLength(0);
    expect(r.articles.every((a) => /^20(22|23|24)-\d\d-\d\d$/.test(a.date ?? ''))).toBe(true);
    const m = await measure([c('ukraine-2022/outlet-articles')]);
    console.log(`outlet-articles text: ${m.articles} files, ${m.words} words in ${m.secs.toFixed(2)} s = ${Math.round(m.wordsPerSecond).toLocaleString('en')} words/s`);
    expect(m.wordsPerSecond).toBeGreaterThan(400_000); // measured 1.9-5 M words/s; see above
  });

  it('feeds: guardian.rss 55 items, heise.atom 15 entries, uolNoticias.rss 15 items (Latin-1, no declaration)', async () => {
    const gu = await collect([c('feeds/guardian.rss')]);
    expect(gu.articles).toHaveLength(55);
    expect(gu.failures).toHaveLength(0);
    expect(gu.articles[0]).toMatchObject({ title: 'Trump State of the Union address promised unity but emphasized discord', date: '2018-01-31', source: 'The Guardian', origin: { format: 'rss', record: 1 } });
    expect(gu.articles.every((a) => a.date && a.date >= '2017-12-01' && a.date <= '2018-01-31' && a.url?.startsWith('https://www.theguardian.com/'))).toBe(true);
    expect(gu.articles.some((a) => /Continue reading/.test(a.text))).toBe(false);

    const he = await collect([c('feeds/heise.atom')]);
    expect(he.articles).toHaveLength(15);
    expect(he.articles[0]).toMatchObject({ title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei', date: '2016-02-01', source: 'heise developer neueste Meldungen', origin: { format: 'atom' } });
    expect(he.articles[0].text).toMatch(/^Die nun verfügbare Version 10/);

    const uol = await collect([c('feeds/uolNoticias.rss')]);
    expect(uol.articles).toHaveLength(15);
    expect(uol.warnings.map((w) => w.reason)).toEqual(['not valid UTF-8; read as Windows-1252']);
    expect(uol.articles[0].title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(uol.articles[0].date).toBe('2018-09-24');
    expect(uol.articles.filter((a) => a.text === '')).toHaveLength(4); // items with an empty description: headline only
  });

  it('a glob over the corpus', async () => {
    const r = await collect([c('feeds/*.{rss,atom}')]);
    expect(r.articles).toHaveLength(55 + 15 + 15);
  });
});

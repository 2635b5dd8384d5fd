import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanArticle, contentId } from './clean.js';
import { toRawOffset } from '../../model/doc.js';
import { rawArticle } from '../../testing/make-doc.js';
import { parseTextArticle } from '../../ingest/formats/text.js';

const msg = (m: { start?: number; end?: number; reason: string; ruleId: string }) => `${m.start ?? '-'}-${m.end ?? '-'}: ${m.reason} [${m.ruleId}]`;

describe('clean', () => {
  it('decodes HTML entities and says so with a position', () => {
    const doc = cleanArticle(rawArticle('People&#039;s Republic &amp; friends'));
    expect(doc.text).toBe("People's Republic & friends");
    expect(doc.messages.map(msg)).toEqual([
      `6-7: decoded &#039; as "'" [clean/html-entity]`,
      '18-19: decoded &amp; as "&" [clean/html-entity]',
    ]);
  });

  it('normalises quotes, dashes and odd spaces', () => {
    const doc = cleanArticle(rawArticle('\u201CYes,\u201D he said\u00A0\u2014 it\u2019s 2014\u20132022\u2026'));
    expect(doc.text).toBe('"Yes," he said — it\'s 2014-2022...');
  });

  it('drops an exact duplicate line and keeps one copy', () => {
    const doc = cleanArticle(rawArticle('Caption of the photo here\nCaption of the photo here\n\nBody text.'));
    expect(doc.text).toBe('Caption of the photo here\n\nBody text.');
    expect(doc.messages.map((m) => m.ruleId)).toContain('clean/duplicate-line');
  });

  it('collapses whitespace and keeps paragraphs', () => {
    const doc = cleanArticle(rawArticle('  One   two\t three.  \n\n\n\n Four.'));
    expect(doc.text).toBe('One two three.\n\nFour.');
  });

  it('unwraps hard-wrapped wire copy but keeps indented paragraphs', () => {
    const body = [
      'Showers continued throughout the week in the Bahia cocoa zone,',
      'alleviating the drought since early January and improving',
      'prospects for the coming temporao, although normal humidity',
      'levels have not been restored, the company said in its review.',
      '    The dry period means the temporao will be late this year and',
      'arrivals for the week ended February 22 were 155,221 bags of',
      '60 kilos making a cumulative total for the season of 5.93 mln.',
    ].join('\n');
    const doc = cleanArticle(rawArticle(body));
    const paras = doc.text.split('\n\n');
    expect(paras).toHaveLength(2);
    expect(paras[0]).toContain('zone, alleviating');
    expect(paras[1].startsWith('The dry period')).toBe(true);
  });

  it('maps every cleaned position back to the raw text', () => {
    const raw = 'Title &amp; more\n\n  A  line\u00A0with \u201Cquotes\u201D &#039;x&#039;\nA  line\u00A0with \u201Cquotes\u201D &#039;x&#039;\n\nLast line here.';
    const doc = cleanArticle(rawArticle(raw));
    // Every word of the cleaned text is found at its mapped raw position.
    for (const m of doc.text.matchAll(/[A-Za-z]+/g)) {
      const at = toRawOffset(doc.offsets, m.index!);
      expect(raw.slice(at, at + m[0].length)).toBe(m[0]);
    }
  });

  it('puts the title first and derives the id from the body only', () => {
    const a = cleanArticle(rawArticle('Same body text.', { title: 'One title' }));
    const b = cleanArticle(rawArticle('Same   body text.\n', { title: 'Another title' }));
    expect(a.text).toBe('One title\n\nSame body text.');
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(contentId('Other text.')).not.toBe(a.article.id);
  });

  it('warns about an empty article', () => {
    const doc = cleanArticle(rawArticle('   \n\n  '));
    expect(doc.messages.map((m) => m.ruleId)).toContain('clean/empty');
  });

  it('cleans the example article as expected', () => {
    const file = new URL('../../../examples/000_80fcfe79319a8e65.txt', import.meta.url);
    const doc = cleanArticle(parseTextArticle(readFileSync(file, 'utf8'), 'example.txt'));
    expect(doc.article.date).toBe('2022-02-24');
    expect(doc.article.title).toBe("Kremlin says Ukraine rebels asked Russia's help against Kyiv");
    expect(doc.text).not.toContain('&#');
    expect(doc.text.split("Heads of the Lugansk and Donetsk People's Republics")).toHaveLength(2);
    expect(doc.messages.map(msg)).toEqual([
      `142-143: decoded &#039; as "'" [clean/html-entity]`,
      '154-154: duplicated line removed: "Leonid Pasechnik (L) and Denis Pushilin, Heads of the Lug..." [clean/duplicate-line]',
    ]);
  });
});

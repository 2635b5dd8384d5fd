import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../ingest/formats/text.js';
import { buildPipeline } from '../../pipeline/run.js';
import { segment } from '../segment/segment.js';
import { actors } from './index.js';

// The bundled example article and the actor expectations of ../shared/examples (matched as check_expected.py does).
const root = new URL('../../..', import.meta.url).pathname;
const article = join(root, 'examples', '000_80fcfe79319a8e65.txt');
const expectedFile = join(root, '..', 'shared', 'examples', '000_80fcfe79319a8e65.expected.json');

describe.skipIf(!existsSync(article))('the example article', () => {
  const doc = buildPipeline([segment(), actors()]).run(parseTextArticle(readFileSync(article, 'utf8'), article));
  const named = (name: string) => doc.actors.find((a) => a.name === name);
  const texts = (name: string) => (named(name)?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));

  it.skipIf(!existsSync(expectedFile))('meets every actor expectation of the expected.json', () => {
    const exp = JSON.parse(readFileSync(expectedFile, 'utf8')) as { actors: Array<{ names: string[]; country: string; sector?: string }> };
    const low = (s: string | null) => (s ?? '').toLowerCase();
    for (const want of exp.actors) {
      const hit = doc.actors.filter((a) => want.names.some((w) => low(a.name).includes(low(w)) || (a.name && low(w).includes(low(a.name)))));
      const ok = hit.some((a) => a.country === want.country && (want.sector === undefined || a.sector === want.sector));
      expect(ok, `${want.names[0]}: got ${JSON.stringify(hit.map((a) => [a.name, a.country, a.sector]))}`).toBe(true);
    }
  });

  it('each republic head is an actor of their own, named by the person, with their titles and "the two republics\' heads"', () => {
    for (const name of ['Leonid Pasechnik', 'Denis Pushilin']) {
      expect(named(name)).toMatchObject({ country: 'UKR', sector: 'REB' });
      expect(texts(name)).toContain("the two republics' heads");
    }
    expect(texts('Leonid Pasechnik')).toContain("the head of the Lugansk People's Republic");
  });

  it('Peskov: title, surname and "he"', () => {
    expect(named('Dmitry Peskov')).toMatchObject({ code: 'RUSGOV' });
    expect(texts('Dmitry Peskov')).toEqual(expect.arrayContaining(['Kremlin Spokesman Dmitry Peskov', 'Peskov', 'he']));
  });

  it('Putin: title + name, "the Russian president", "Putin"', () => {
    expect(texts('Vladimir Putin')).toEqual(expect.arrayContaining(['Russian President Vladimir Putin', 'the Russian president', 'Putin']));
  });

  it('metonyms, media, armed forces, the United States, the republics as organisations', () => {
    const codeOf = (text: string) => doc.actors.find((a) => a.id === doc.mentions.find((m) => m.text === text && m.actor)?.actor)?.code;
    expect(codeOf('Kremlin')).toBe('RUSGOV');
    expect(codeOf('Kyiv')).toBe('UKRGOV');
    expect(codeOf('Kiev')).toBe('UKRGOV');
    expect(codeOf('The Kiev regime')).toBe('UKRGOV');
    expect(codeOf('the TASS news agency')).toBe('RUSMED');
    expect(codeOf('the Ukrainian Armed Forces')).toBe('UKRMIL');
    expect(codeOf("Ukraine's Armed Forces")).toBe('UKRMIL');
    expect(codeOf('DPR')).toBe('UKRREB');
    expect(codeOf('LPR')).toBe('UKRREB');
    expect(named('United States')?.code).toBe('USA');
    expect(doc.actors.map((a) => a.name)).not.toContain('L');
  });
});

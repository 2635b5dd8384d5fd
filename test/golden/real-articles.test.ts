import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultPipeline } from '../../src/pipeline/registry.js';
// @ts-expect-error plain JS helper shared with bench/eval-*.js
import { loadGoldArticle, findAnchor, rawArticleOf, haveCorpus, norm } from '../../bench/gold-corpus.js';

// Real articles from ../shared/corpus/ukraine-2022 (read at test time; the corpus stays out of the repo), with the
// actors and quotes a careful reader expects, written down by hand in test/gold/golden-articles.json.
type GoldActor = { names: string[]; country: string | null; sector: string | null; optional?: boolean };
type GoldQuote = { start_anchor: string; speaker: string | null; optional?: boolean };
type GoldArticle = { file: string; row: number | null; field?: string | null; actors: GoldActor[]; quotes: GoldQuote[] };
const gold: GoldArticle[] = JSON.parse(readFileSync(new URL('../gold/golden-articles.json', import.meta.url), 'utf8'));

describe.skipIf(!haveCorpus)('golden real articles (test/gold/golden-articles.json)', () => {
  const pipeline = defaultPipeline();
  for (const g of gold) {
    const label = `${g.file}${g.row ? '#' + g.row : ''}`;
    const doc = pipeline.run(rawArticleOf(loadGoldArticle(g)));
    // Compare as the clean stage writes text (straight quotes and apostrophes).
    const lc = (s: string | null | undefined) => norm(s ?? '').toLowerCase();

    it(`${label}: the expected actors, with country and sector`, () => {
      const missing: string[] = [];
      for (const want of g.actors.filter((a) => !a.optional)) {
        const hit = doc.actors.some((a) => {
          const spans = a.mentions.map((m) => lc(doc.text.slice(m.start, m.end)));
          const named = want.names.some((n) => lc(a.name).includes(lc(n)) || lc(n).includes(lc(a.name)) || spans.some((s) => s && (lc(n).includes(s) || s.includes(lc(n)))));
          return named && a.country === want.country && (want.sector === null || a.sector === want.sector);
        });
        if (!hit) missing.push(`${want.names[0]} ${want.country}/${want.sector}`);
      }
      expect(missing).toEqual([]);
    });

    it(`${label}: the expected quotes, with their speakers`, () => {
      const wrong: string[] = [];
      for (const want of g.quotes.filter((q) => !q.optional)) {
        const at = findAnchor(doc.text, want.start_anchor);
        const q = doc.quotes.find((q) => q.start <= at + 3 && q.end > at);
        if (!q) {
          wrong.push(`no quote at "${want.start_anchor}"`);
          continue;
        }
        if (want.speaker) {
          const spk = q.speaker ? doc.actors.find((a) => a.id === q.speaker) : undefined;
          const said = `${lc(spk?.name)} ${lc(q.speakerText)}`;
          // Transliterations differ (Zelenskyy/Zelensky/Zelenskiy): compare the surname's first six letters.
          const surname = lc(want.speaker).split(' ').pop()!.slice(0, 6);
          if (!said.includes(surname) && !said.includes(lc(want.speaker))) wrong.push(`"${want.start_anchor}": speaker ${want.speaker}, got ${said.trim() || 'none'}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

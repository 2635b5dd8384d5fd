import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { actorLexicon } from './index.js';
import { tokenizeAlias, pluralOf, singulars } from './lexicon.js';
import { loadLexicon } from './load.js';

const lex = actorLexicon();

/** Every alias path in the trie, as token lists. */
function aliases(): string[][] {
  const out: string[][] = [];
  const walk = (node: typeof lex.root, path: string[]) => {
    if (node.terms?.some((t) => !t.plural)) out.push(path);
    for (const [k, child] of node.next ?? []) walk(child, [...path, k]);
  };
  walk(lex.root, []);
  return out;
}

describe('the lexicon', () => {
  it('loads every dictionary within the budget (1 s, 300 MB)', () => {
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const fresh = actorLexicon();
    const ms = performance.now() - t0;
    expect(fresh.entries.length).toBeGreaterThan(1500);
    expect(ms).toBeLessThan(1000);
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(300);
  });

  it('has every ISO 3166-1 country once, with a 3-letter code and a name', () => {
    const countries = lex.entries.filter((e) => e.kind === 'country');
    const codes = countries.map((c) => c.country);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) expect(c.country).toMatch(/^[A-Z]{3}$/);
    for (const iso of ['RUS', 'UKR', 'USA', 'GBR', 'CHN', 'PSE', 'XKX', 'TWN', 'VAT']) expect(codes).toContain(iso);
  });

  it('no alias starts with a determiner (they are read by rule)', () => {
    for (const a of aliases()) expect(a[0]).not.toBe('the');
  });

  it('splits aliases the way the segmenter splits text', () => {
    const nlp = winkNLP(model, []);
    const bad: string[] = [];
    const all = loadLexicon({ recordSurfaces: true }).surfaces!;
    expect(all.length).toBeGreaterThan(3000);
    for (const [surface] of all) {
      const ours = tokenizeAlias(surface.replace(/^the\s+/i, ''));
      const wink = (nlp.readDoc(surface.replace(/^the\s+/i, '')).tokens().out() as string[]).filter((t) => t.trim()).map((t) => t.toLowerCase());
      if (ours.join(' ') !== wink.join(' ')) bad.push(`${surface}: ${ours.join('|')} vs ${wink.join('|')}`);
    }
    expect(bad).toEqual([]);
  });

  it('plurals and singulars', () => {
    expect(pluralOf('foreign minister')).toBe('foreign ministers');
    expect(pluralOf('militia')).toBe('militias');
    expect(pluralOf('Chinese')).toBeNull();
    expect(pluralOf('businessman')).toBe('businessmen');
    expect(singulars('republics')).toContain('republic');
    expect(singulars('ministries')).toContain('ministry');
  });

  it('knows office holders by country and role', () => {
    expect(lex.holder('RUS', 'head_of_state', '2022-02-24')?.name).toBe('Vladimir Putin');
    expect(lex.holder('USA', 'head_of_state', '2014-03-01')?.name).toBe('Barack Obama');
  });
});

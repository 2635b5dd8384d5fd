import { describe, expect, it } from 'vitest';
import { rawArticle } from '../../testing/make-doc.js';
import { cleanArticle } from '../clean/clean.js';
import { segment, type SegmentOptions } from './segment.js';

// Texts written for this test. The first ones teach wink-nlp whole words ("week's," "Corp's>" "Japan's,") that
// it would otherwise split; the later ones use the same words in ordinary positions.
const TEXTS = [
  "It was a week's, not a month's work, officials said.",
  "Ford Motor Co selected <Scicon Corp's>\nSystems Control unit to install a system, Scicon said.",
  "Exports rose in Japan's, Korea's and Taiwan's markets.",
  "Last week's deal was the biggest this year, analysts said.",
  "Standard and Poor's said it downgraded Hyponex Corp's 30 mln dlrs of debt.",
  "Japan's net buying in overseas stockmarkets this year may double, brokers said.",
  'The Zorblatt Group said Zorblatt would sell its Qwexit unit.\n\nQwexit, based in Lyon, makes valves.',
  "The month's setback came after last month's rescheduling by the Paris Club.",
  'The dollar closed at 1.30 USD, and Qwexit said the USD/JPY rate fell.',
  'Zorblatt/Qwexit and USD/JPY: the ZORBLATT-QWEXIT deal, signed by Zorblatt.',
  'Output rose 5.93 pct to 155,221 tonnes (1987: 150,000), or 155,221/150,000, against 5.93-6.1 pct.',
  'In 1987 output was 155,221 tonnes, up 5.93 pct.',
  'They sent 155 mm shells.',
  'Also 120 mm mortars.155 mm shells went too.',
];

function code(texts: string[], order: number[], options: SegmentOptions = {}): string[] {
  const seg = segment(options);
  const out = new Array<string>(texts.length);
  for (const i of order) {
    const doc = cleanArticle(rawArticle(texts[i]));
    seg.run(doc, { report() {} });
    out[i] = JSON.stringify([doc.tokens.map((t) => [doc.text.slice(t.start, t.end), t.pos, t.lemma]), doc.sentences]);
  }
  return out;
}

const forward = TEXTS.map((_, i) => i);

describe('segment output depends on the article alone, not on what was read before', () => {
  it('tags "week" in "Last week\'s deal" the same whether or not "week\'s," was read in an earlier article', () => {
    const alone = code([TEXTS[3]], [0])[0];
    const after = code([TEXTS[0], TEXTS[3]], [0, 1])[1];
    expect(after).toBe(alone);
    const [tokens] = JSON.parse(alone) as [Array<[string, string, string]>];
    expect(tokens.slice(1, 3)).toEqual([
      ['week', 'NOUN', 'week'],
      ["'s", 'PART', "'s"],
    ]);
  });

  it('gives the same tokens, tags, lemmas and sentences in forward and reverse order', () => {
    expect(code(TEXTS, [...forward].reverse())).toEqual(code(TEXTS, forward));
  });

  it('gives the same output as a fresh instance per article', () => {
    const fresh = TEXTS.map((t) => code([t], [0])[0]);
    expect(code(TEXTS, forward)).toEqual(fresh);
  });

  it('stays the same when the wink-nlp instance is rebuilt after a few learned words', () => {
    const fresh = TEXTS.map((t) => code([t], [0])[0]);
    expect(code(TEXTS, forward, { maxLearned: 3 })).toEqual(fresh);
    expect(code(TEXTS, [...forward].reverse(), { maxLearned: 0 })).toEqual(fresh);
  });

  it('without POS tagging too', () => {
    expect(code(TEXTS, [...forward].reverse(), { pos: false })).toEqual(code(TEXTS, forward, { pos: false }));
  });

  it('gives a contraction kept whole ("Cannot,") the same lemma after wink-nlp has learned many words', () => {
    // Its lemma field is a pointer wink reads as a word index: beyond the lexicon in a fresh instance, a learned
    // word once ~46,000 words have been learned (the pointer for "Cannot" is ~133,900; the lexicon has 87,593).
    const many = Array.from({ length: 60_000 }, (_, i) => 'zq' + i.toString(36)).join(' ') + '.';
    const text = '"Such cutbacks ... Cannot, in certain cases, be sustained," he said.';
    const alone = code([text], [0])[0];
    expect(code([many, text], [0, 1])[1]).toBe(alone);
    const [tokens] = JSON.parse(alone) as [Array<[string, string, string]>];
    expect(tokens.find((t) => t[0] === 'Cannot')).toEqual(['Cannot', 'AUX', 'cannot']);
  });
});

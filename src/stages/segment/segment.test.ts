import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../testing/make-doc.js';

describe('segment', () => {
  it('splits sentences without breaking on abbreviations and never across paragraphs', () => {
    const doc = makeDoc('Mr. Smith went to Washington on Feb. 21. He met U.S. officials there.\n\nA new paragraph without a stop\n\nLast one.');
    const s = doc.sentences.map((x) => doc.text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Smith went to Washington on Feb. 21.', 'He met U.S. officials there.', 'A new paragraph without a stop', 'Last one.']);
    expect(doc.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('gives tokens exact spans, parts of speech and lemmas', () => {
    const doc = makeDoc('Rebels asked Russia for help.');
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    const asked = doc.tokens.find((t) => t.norm === 'asked')!;
    expect(asked.lemma).toBe('ask');
    expect(asked.pos).toBe('VERB');
  });
});

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

describe('tokens depend on the article alone', () => {
  it("splits a possessive even after wink-nlp's lexicon cache has learned the whole word", () => {
    // Reading "Scicon Corp's>" teaches wink-nlp's (process-wide) cache the word "corp's"; without the split in
    // segment.ts the next article's "Hyponex Corp's debt" kept "Corp's" whole and lost the actor.
    makeDoc("Ford Motor Co selected <Scicon Corp's>\nSystems Control unit to install a system, Scicon said.");
    const doc = makeDoc("Standard and Poor's said it downgraded Hyponex Corp's 30 mln dlrs of debt.");
    const words = doc.tokens.map((t) => doc.text.slice(t.start, t.end));
    const i = words.indexOf('Corp');
    expect(i).toBeGreaterThan(0);
    expect(words[i + 1]).toBe("'s");
    expect(doc.tokens[i + 1].pos).toBe('PART');
    // the sentence still ends at the last token
    expect(doc.sentences[doc.sentences.length - 1].lastToken).toBe(doc.tokens.length);
  });
});

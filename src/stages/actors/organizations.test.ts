import { describe, expect, it } from 'vitest';
import { actorAt, code, summary } from './testkit.js';

describe('organisations the dictionaries do not know, and references to them', () => {
  it('a capitalised name ending in an organisation word is an organisation of that sector', () => {
    const doc = code('Harlow Valve Corp said profits rose. The Zarvanian Liberation Front denied it.', '1987-03-01');
    expect(actorAt(doc, 'Harlow Valve Corp')).toMatchObject({ code: 'BUS' });
    expect(actorAt(doc, 'The Zarvanian Liberation Front')?.sector).toBe('REB');
  });

  it('a name with "and" before an organisation word: "Savings and Loan Association"', () => {
    const doc = code('The Midland Savings and Loan Association said it would merge.', '1987-03-01');
    expect(doc.actors.map((a) => a.name)).toContain('Midland Savings and Loan Association');
  });

  it('"the company" is the company named last', () => {
    const doc = code('Harlow Valve Corp said sales rose. The company also said it would hire.', '1987-03-01');
    expect(actorAt(doc, 'The company')?.name).toBe('Harlow Valve Corp');
  });

  it('a company suffix after a known organisation belongs to it', () => {
    const doc = code('General Motors Corp and Standard and Poor\'s Corp commented.', '1987-03-01');
    expect(actorAt(doc, 'General Motors Corp')?.code).toBe('USABUS');
    expect(actorAt(doc, "Standard and Poor's Corp")?.code).toBe('USABUS');
  });

  it('a title before a company name does not make a person: "General Electric Co"', () => {
    const doc = code('General Electric Co said orders fell.', '1987-03-01');
    expect(doc.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('generic nouns in a capitals headline, and weak plural titles alone, are no actors', () => {
    const doc = code('FIRM SAYS BOARD WILL MEET\n\nThe directors and delegates met on Tuesday.', '1987-03-01');
    expect(summary(doc)).toEqual([]);
  });

  it('an organisation name does not run on over a date ("the Future Forward Party on Friday")', () => {
    const doc = code('A court dissolved the opposition Future Forward Party on Friday.', '2020-02-28');
    expect(doc.mentions.map((m) => m.text)).not.toContain('the opposition Future Forward Party on Friday');
    expect(doc.mentions.map((m) => m.text).join('|')).toMatch(/Future Forward Party(\||$)/);
  });
});

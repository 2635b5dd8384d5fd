import { describe, expect, it } from 'vitest';
import { actorAt, code, summary } from './testkit.js';

// The tagger sometimes reads a verb as a noun in a short sentence ("shot/NOUN dead", "retook/NOUN"). Such a word ends
// the phrase before it instead of making the actor a modifier of it. All sentences are written for these tests.
describe('verbs the tagger reads as nouns', () => {
  it('a past form after a group noun, before "dead", an object or a name, is the group acting', () => {
    const d1 = code('Moldovan troops shot dead a farmer near the border on Sunday.', '2022-03-01');
    expect(actorAt(d1, 'Moldovan troops')).toMatchObject({ code: 'MDAMIL' });
    const d2 = code('Police shot three demonstrators outside the stadium.', '2022-03-01');
    expect(actorAt(d2, 'Police')?.sector).toBe('COP');
    const d3 = code('Belarusian authorities tortured the students, a rights group said.', '2022-03-01');
    expect(actorAt(d3, 'Belarusian authorities')).toMatchObject({ code: 'BLRGOV' });
    const d4 = code('Malian forces retook Timbuktu on Wednesday.', '2022-03-01');
    expect(actorAt(d4, 'Malian forces')).toMatchObject({ code: 'MLIMIL' });
    const d5 = code('Syrian soldiers detained them at a checkpoint.', '2022-03-01');
    expect(actorAt(d5, 'Syrian soldiers')).toMatchObject({ code: 'SYRMIL' });
  });

  it('an -s form before an article, a number or an object pronoun is the group acting; before other words it is a noun', () => {
    expect(actorAt(code('The army shells the villages every night.', '2022-03-01'), 'The army')?.sector).toBe('MIL');
    expect(actorAt(code('Police arrests two men in dawn raids.', '2022-03-01'), 'Police')?.sector).toBe('COP');
    // "military victories any more": a compound noun, no actor
    expect(code('Tears do not make impossible military victories any more likely.', '2022-03-01').mentions.some((m) => m.actor)).toBe(false);
  });

  it('a state named before a past form acts; the noun after it is not its modifier', () => {
    const d1 = code('Turkey shot dead two smugglers at the frontier.', '2022-03-01');
    expect(actorAt(d1, 'Turkey')).toMatchObject({ code: 'TUR' });
    expect(d1.mentions.some((m) => m.text === 'Turkey shot dead two smugglers')).toBe(false);
    const d2 = code('Iran armed militias across the region, the report said.', '2022-03-01');
    expect(actorAt(d2, 'Iran')).toMatchObject({ code: 'IRN' });
  });

  it('keeps compounds and participles that modify a noun', () => {
    // "armed" before a noun is an adjective
    expect(actorAt(code('Ukrainian armed forces held the line near the river.', '2022-03-01'), 'Ukrainian armed forces')).toMatchObject({ code: 'UKRMIL' });
    expect(actorAt(code("Israel's armed forces were on alert.", '2022-03-01'), "Israel's armed forces")).toMatchObject({ code: 'ISRMIL' });
    // a noun after the word: a compound, no actor before it
    const d = code('Peace talks resumed in Vienna. The border shots were heard by villagers.', '2022-03-01');
    expect(d.mentions.some((m) => m.text.startsWith('Peace') || m.text.includes('border'))).toBe(false);
    expect(actorAt(code('The Foreign Office said it was concerned.', '2022-03-01'), 'The Foreign Office')?.sector).toBe('GOV');
    // "police cars": an agent before a plain noun still modifies it
    expect(code('Police cars blocked the road.', '2022-03-01').mentions.some((m) => m.text === 'Police' && m.actor)).toBe(false);
  });

  it('coordinated demonyms before one head with words between give one actor each', () => {
    const d1 = code('Chinese and Pakistani naval units held joint drills.', '2022-03-01');
    expect(summary(d1).map((s) => s.split('=')[1])).toEqual(expect.arrayContaining(['CHNMIL', 'PAKMIL']));
    const d2 = code('U.S. and British forces attacked the airport.', '2022-03-01');
    expect(summary(d2).map((s) => s.split('=')[1])).toEqual(expect.arrayContaining(['USAMIL', 'GBRMIL']));
    const d3 = code('Russian and Ukrainian armed forces clashed near the town.', '2022-03-01');
    expect(summary(d3).map((s) => s.split('=')[1])).toEqual(expect.arrayContaining(['RUSMIL', 'UKRMIL']));
  });
});

describe('coordination across common words stays within "and"/"or"', () => {
  it('a country in apposition to a possessive description is not coordinated with it', () => {
    const d = code('The United States, Brazil\'s main trading partner, has said the tariffs are too high.', '1987-03-10');
    expect(actorAt(d, 'United States')?.code ?? actorAt(d, 'The United States')?.code).toBe('USA');
  });
});

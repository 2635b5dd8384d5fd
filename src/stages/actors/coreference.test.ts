import { describe, expect, it } from 'vitest';
import { actorAt, code, mentionsOf } from './testkit.js';

describe('coreference in one article', () => {
  it('a surname after a full name is that person', () => {
    const doc = code('Kremlin spokesman Dmitry Peskov spoke on Tuesday. Peskov said the letters had arrived.');
    expect(actorAt(doc, 'Peskov')?.name).toBe('Dmitry Peskov');
  });

  it('"he" after a named speaker, skipping names inside quotes', () => {
    const doc = code(
      'Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n"The letters came from Leonid Pasechnik," Peskov said.\n\n"They are grateful," he added.',
    );
    const he = doc.mentions.find((m) => m.kind === 'pronoun');
    expect(doc.actors.find((a) => a.id === he?.actor)?.name).toBe('Dmitry Peskov');
  });

  it('"she" agrees in gender', () => {
    const doc = code('Maria Zakharova met John Smith, a diplomat. Later she said talks had failed.');
    const she = doc.mentions.find((m) => m.kind === 'pronoun');
    expect(doc.actors.find((a) => a.id === she?.actor)?.name).toBe('Maria Zakharova');
  });

  it('"the president" is the earlier president of the article', () => {
    const doc = code('Zarvanian President Omar Telek flew to Paris. The president said he wanted peace.', null);
    expect(actorAt(doc, 'The president')?.name).toBe('Omar Telek');
  });

  it('"the Russian president" is the earlier Russian president', () => {
    const doc = code('Russian President Igor Novak met envoys. They thanked the Russian president.', '1700-01-01');
    expect(actorAt(doc, 'the Russian president')?.name).toBe('Igor Novak');
  });

  it('"the two republics\' heads" are the heads named before', () => {
    const doc = code(
      "Leonid Pasechnik, the head of the Lugansk People's Republic, and Denis Pushilin, the head of the Donetsk People's Republic, wrote letters. " +
        "The two republics' heads asked for help. The heads of those republics thanked Moscow.",
    );
    const heads = doc.mentions.filter((m) => m.text === "The two republics' heads").map((m) => doc.actors.find((a) => a.id === m.actor)!.name);
    expect(heads.sort()).toEqual(['Denis Pushilin', 'Leonid Pasechnik']);
    expect(mentionsOf(doc, 'Denis Pushilin')).toContain('The heads of those republics');
  });

  it('"his spokesman" is owned by the person "his" stands for', () => {
    const doc = code('Vladimir Putin spoke first. Then his spokesman said the talks were over.');
    expect(actorAt(doc, 'his spokesman')?.country).toBe('RUS');
  });
});

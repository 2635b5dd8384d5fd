import { describe, expect, it } from 'vitest';
import { actors } from './index.js';
import { actorAt, code } from './testkit.js';

// A small people table of our own in the people.tsv format (not the shipped one).
const PEOPLE = [
  'name\taliases\tcountry\tsector\tcode\trole\ttitle\tstart\tend',
  'Arvo Lind\tLind\tZZA\tGOV\t\thead_of_state\tPresident\t2010-05-01\t2018-05-01',
  'Berit Holm\tHolm\tZZA\tGOV\t\thead_of_state\tPresident\t2018-05-01\t',
  'Arvo Lind\tLind\tZZA\tGOV\t\tforeign_minister\tForeign Minister\t2019-01-01\t2021-01-01',
  'Carl Dahl\tDahl\tRUS\tGOV\t\tforeign_minister\tForeign Minister\t2004-03-09\t',
].join('\n');

describe('time-aware roles (people.tsv)', () => {
  const st = actors({ peopleText: PEOPLE });

  it('"the president" of a country is the holder on the article date', () => {
    // ZZA is not a real country: give the owner by a person who holds the office.
    const a2014 = code("Lind's successor is not known. Russia's foreign minister met him.", '2014-06-01', st);
    expect(actorAt(a2014, "Russia's foreign minister")?.name).toBe('Carl Dahl');
  });

  it('a person is coded by the row of the article date; out of office by the nearest row', () => {
    const d2015 = code('Arvo Lind spoke.', '2015-01-01', st);
    expect(actorAt(d2015, 'Arvo Lind')?.code).toBe('ZZAGOV');
    const d2020 = code('Arvo Lind spoke.', '2020-01-01', st);
    expect(actorAt(d2020, 'Arvo Lind')?.role).toBe('Foreign Minister');
  });

  it('the shipped people.tsv: the Russian president in 2014 and in 2022, the US president in 2014 and in 2022', () => {
    const a = code('The Russian president and the US president spoke by phone.', '2014-03-01');
    const b = code('The Russian president and the US president spoke by phone.', '2022-03-01');
    expect(actorAt(a, 'The Russian president')?.name).toBe('Vladimir Putin');
    expect(actorAt(b, 'The Russian president')?.name).toBe('Vladimir Putin');
    expect(actorAt(a, 'the US president')?.name).toBe('Barack Obama');
    expect(actorAt(b, 'the US president')?.name).toBe('Joe Biden');
  });

  it('a role with no known holder is a role actor of its country', () => {
    const doc = code('The Zambian defence minister resigned.', '2022-03-01', st);
    expect(actorAt(doc, 'The Zambian defence minister')).toMatchObject({ code: 'ZMBGOV' });
  });

  it('"former" is not the holder', () => {
    const doc = code('The former US president spoke.', '2022-03-01');
    expect(actorAt(doc, 'The former US president')?.name).not.toBe('Joe Biden');
  });
});

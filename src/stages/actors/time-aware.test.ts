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

  it('"Russia\'s foreign minister" is the holder on the article date, and before his term a role actor', () => {
    const a2014 = code("Russia's foreign minister met the envoys.", '2014-06-01', st);
    expect(actorAt(a2014, "Russia's foreign minister")?.name).toBe('Carl Dahl');
    const a2001 = code("Russia's foreign minister met the envoys.", '2001-06-01', st);
    expect(actorAt(a2001, "Russia's foreign minister")).toMatchObject({ code: 'RUSGOV', name: 'foreign minister' });
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

describe('people who share a name', () => {
  const two = [
    'name\taliases\tcountry\tsector\tcode\trole\ttitle\tstart\tend',
    'Gerd Vossberg\tVossberg\tDEU\tGOV\t\tfinance_minister\tFinance Minister\t1982-10-04\t1989-04-21',
    'Jan Vossberg\tVossberg\t\tIGO\tIGONAT\tigo_head\tNATO Secretary-General\t2014-10-01\t2024-10-01',
  ].join('\n');
  const st = actors({ peopleText: two });

  it('a shared surname is the person nearest the article date', () => {
    expect(actorAt(code('Vossberg said the budget was tight.', '1987-05-01', st), 'Vossberg')?.name).toBe('Gerd Vossberg');
    expect(actorAt(code('Vossberg said the alliance was united.', '2022-05-01', st), 'Vossberg')?.name).toBe('Jan Vossberg');
  });

  it('... or the one the article named in full before', () => {
    const doc = code('Gerd Vossberg, now retired, spoke. Vossberg said he had warned them.', '2022-05-01', st);
    expect(actorAt(doc, 'Vossberg')?.name).toBe('Gerd Vossberg');
  });
});

describe('people who share a name, no date', () => {
  const two = [
    'name\taliases\tcountry\tsector\tcode\trole\ttitle\tstart\tend',
    'Gerd Vossberg\tVossberg\tDEU\tGOV\t\tfinance_minister\tFinance Minister\t1982-10-04\t1989-04-21',
    'Jan Vossberg\tVossberg\t\tIGO\tIGONAT\tigo_head\tNATO Secretary-General\t2014-10-01\t2024-10-01',
  ].join('\n');
  it('an undated article means the one in office most recently', () => {
    const st = actors({ peopleText: two });
    expect(actorAt(code('Mr Vossberg said the alliance was united.', null, st), 'Mr Vossberg')?.name).toBe('Jan Vossberg');
  });
});

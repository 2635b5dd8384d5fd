import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

// People named without any country word: the dictionary (people.tsv) alone gives country and sector.
// All sentences are written for these tests.
describe('people named without a country', () => {
  it('activists, journalists and whistleblowers get their country and a civilian or media sector', () => {
    const doc = code('Julian Assange was arrested by police in London on Thursday.', '2019-04-11');
    expect(actorAt(doc, 'Julian Assange')).toMatchObject({ code: 'AUSCVL' });
    const doc2 = code('Friends of journalist Jamal Khashoggi demanded answers about his death.', '2018-10-20');
    expect(actorAt(doc2, 'journalist Jamal Khashoggi')).toMatchObject({ code: 'SAUMED' });
    const doc3 = code('Edward Snowden said he would seek asylum. Malala Yousafzai urged leaders to fund schools.', '2013-07-01');
    expect(actorAt(doc3, 'Edward Snowden')).toMatchObject({ code: 'USACVL' });
    expect(actorAt(doc3, 'Malala Yousafzai')).toMatchObject({ code: 'PAKCVL' });
  });

  it('rebel and militant figures', () => {
    const doc = code('Salih Mustafa was convicted of war crimes by a court in The Hague.', '2022-12-16');
    expect(actorAt(doc, 'Salih Mustafa')).toMatchObject({ country: 'XKX', sector: 'REB' });
    const doc2 = code('Joseph Kony ordered new raids, witnesses said.', '2005-03-01');
    expect(actorAt(doc2, 'Joseph Kony')).toMatchObject({ code: 'UGAREB' });
    const doc3 = code('Abdullah Ocalan called on fighters to lay down their arms.', '2013-03-21');
    expect(actorAt(doc3, 'Abdullah Ocalan')).toMatchObject({ code: 'TURREB' });
  });

  it('a dated change of sector: opposition leader, then president', () => {
    const before = code('Alpha Conde said the vote had been rigged.', '2003-12-22');
    expect(actorAt(before, 'Alpha Conde')).toMatchObject({ code: 'GINOPP' });
    const after = code('Alpha Conde said the vote had been fair.', '2015-10-20');
    expect(actorAt(after, 'Alpha Conde')).toMatchObject({ code: 'GINGOV' });
    const rebel = code('Guillaume Soro said his fighters held the north.', '2003-01-10');
    expect(actorAt(rebel, 'Guillaume Soro')).toMatchObject({ code: 'CIVREB' });
    const speaker = code('Guillaume Soro opened the session.', '2015-06-01');
    expect(actorAt(speaker, 'Guillaume Soro')).toMatchObject({ code: 'CIVLEG' });
  });

  it('a lawmaker and an international judge', () => {
    const doc = code('Leyla Guven ended her hunger strike on Sunday.', '2019-05-26');
    expect(actorAt(doc, 'Leyla Guven')).toMatchObject({ code: 'TURLEG' });
    const doc2 = code('Fatou Bensouda opened an inquiry into the killings.', '2016-04-25');
    expect(actorAt(doc2, 'Fatou Bensouda')).toMatchObject({ country: null, sector: 'JUD' });
  });
});

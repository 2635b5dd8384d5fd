import { describe, expect, it } from 'vitest';
import { actorAt, code, mentionsOf, summary } from './testkit.js';

describe('titles and names', () => {
  it('codes a title + name by the demonym and the title', () => {
    const doc = code('Ukrainian Defence Minister Olek Brunovsky visited the front on Monday.');
    expect(actorAt(doc, 'Ukrainian Defence Minister Olek Brunovsky')).toMatchObject({ name: 'Olek Brunovsky', code: 'UKRGOV' });
  });

  it('takes the sector from a seat of power before a weak title', () => {
    const doc = code('Kremlin spokesman Dmitry Peskov told reporters the talks had stalled. Pentagon spokesman Tom Brackett disagreed.');
    expect(actorAt(doc, 'Kremlin spokesman Dmitry Peskov')).toMatchObject({ name: 'Dmitry Peskov', code: 'RUSGOV' });
    expect(actorAt(doc, 'Pentagon spokesman Tom Brackett')).toMatchObject({ name: 'Tom Brackett', code: 'USAMIL' });
  });

  it('codes an unknown name after a known title', () => {
    const doc = code('Army General Zorbek Tulanov said the brigade had withdrawn.');
    expect(actorAt(doc, 'Army General Zorbek Tulanov')?.sector).toBe('MIL');
  });

  it('codes an officer of an international organisation by its code', () => {
    const doc = code('NATO Secretary-General Jens Stoltenberg said the alliance would not send troops.');
    expect(actorAt(doc, 'NATO Secretary-General Jens Stoltenberg')).toMatchObject({ code: 'IGONAT', sector: 'IGO', country: null });
  });

  it('reads a name after an "of" complement: Head of the DPR Denis Pushilin', () => {
    const doc = code('Head of the DPR Denis Pushilin said shelling continued.');
    expect(actorAt(doc, 'Head of the DPR Denis Pushilin')).toMatchObject({ name: 'Denis Pushilin', code: 'UKRREB' });
  });

  it('codes a person by an apposition with a role, either way round', () => {
    const doc = code(
      "Talks were led by Ivan Zorin, the head of the Lugansk People's Republic. Russia's foreign minister, Sergei Lavrov, spoke later.",
    );
    expect(actorAt(doc, 'Ivan Zorin')).toMatchObject({ name: 'Ivan Zorin', code: 'UKRREB' });
    expect(actorAt(doc, 'Sergei Lavrov')?.code).toBe('RUSGOV');
  });

  it('distributes a coordinated apposition over coordinated organisations, in order', () => {
    const doc = code("Leonid Pasechnik (L) and Denis Pushilin, Heads of the Lugansk and Donetsk People's Republics, met.");
    expect(actorAt(doc, 'Leonid Pasechnik')).toMatchObject({ code: 'UKRREB' });
    expect(actorAt(doc, 'Denis Pushilin')).toMatchObject({ code: 'UKRREB' });
    expect(summary(doc)).not.toContain('L=');
    expect(mentionsOf(doc, 'Leonid Pasechnik')).toContain("Heads of the Lugansk and Donetsk People's Republics");
  });

  it('uses honorifics and ranks', () => {
    const doc = code('Gen. Ostap Vilchenko inspected the troops. Mr Vilchenko then left.');
    expect(actorAt(doc, 'Gen. Ostap Vilchenko')?.sector).toBe('MIL');
    expect(actorAt(doc, 'Mr Vilchenko')?.name).toBe('Ostap Vilchenko');
  });

  it('gives a person owner a nested mention with its title: "President Vladimir Putin\'s spokesman Dmitry Peskov"', () => {
    const doc = code("President Vladimir Putin's spokesman Dmitry Peskov said no decision had been taken.");
    expect(actorAt(doc, "President Vladimir Putin's spokesman Dmitry Peskov")).toMatchObject({ name: 'Dmitry Peskov', code: 'RUSGOV' });
    expect(actorAt(doc, 'President Vladimir Putin')?.code).toBe('RUSGOV');
  });

  it('codes a named person by the organisation they speak from', () => {
    const doc = code('Nikolai Petrov from the Chatham House thinktank was sceptical.');
    expect(actorAt(doc, 'Nikolai Petrov')).toMatchObject({ code: 'GBRNGO' });
  });

  it('a named organisation after an agent noun is that organisation', () => {
    const doc = code('The TASS news agency and the news agency Interfax both reported it.');
    expect(actorAt(doc, 'The TASS news agency')).toMatchObject({ name: 'TASS', code: 'RUSMED' });
    expect(actorAt(doc, 'the news agency Interfax')).toMatchObject({ name: 'Interfax', code: 'RUSMED' });
  });

  it('the pope is the Holy See whatever his nationality', () => {
    const doc = code('The Argentinian pontiff praised the Ukrainians.');
    expect(actorAt(doc, 'The Argentinian pontiff')?.country).toBe('VAT');
  });
});

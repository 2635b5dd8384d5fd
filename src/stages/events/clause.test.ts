import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { addPlace } from './testing.js';
import { brief, code } from './test-helpers.js';

/** Source and target from sentence structure; dates; places; merging; messages. */
const stage = events();
const run = (text: string, actors: Record<string, string>, date = '2022-02-24') => code(stage, text, actors, { date }).events;

describe('source and target from the sentence structure', () => {
  it('passive with an agent swaps source and target', () => {
    expect(run('The village was shelled by government troops.', { 'The village': 'SDN CVL', 'government troops': 'SDN MIL' }).map(brief)).toEqual([
      'ASSAULT 194 government troops -> The village asserted',
    ]);
  });
  it('reduced passive: "detained by"', () => {
    expect(run('Journalists detained by the police were released.', { Journalists: 'TUR MED', 'the police': 'TUR COP' }).map(brief)).toContain(
      'COERCE 173 the police -> Journalists asserted',
    );
  });
  it('an apposition between subject and verb', () => {
    expect(
      run("Josep Borrell, the EU's foreign policy chief, criticised Hungary.", { 'Josep Borrell': '- IGO', "the EU's foreign policy chief": '- IGO', Hungary: 'HUN' }).map(brief),
    ).toEqual(["ACCUSE 111 Josep Borrell+the EU's foreign policy chief -> Hungary asserted"]);
  });
  it('a relative clause between subject and verb', () => {
    expect(run('Hamas, which controls Gaza, fired rockets at Israel.', { Hamas: 'PSE REB', Gaza: 'PSE', Israel: 'ISR' }).map(brief)).toEqual([
      'ASSAULT 194 Hamas -> Israel asserted',
    ]);
  });
  it('coordinated subjects are a compound source', () => {
    expect(run('France, Germany and Italy condemned the coup leaders.', { France: 'FRA', Germany: 'DEU', Italy: 'ITA', 'the coup leaders': 'NER MIL' }).map(brief)).toEqual([
      'ACCUSE 111 France+Germany+Italy -> the coup leaders asserted',
    ]);
  });
  it('a coordinated verb takes the subject of the verb it is coordinated with', () => {
    expect(run('The envoy met the rebels and urged them to disarm.', { 'The envoy': '- IGO', 'the rebels': 'COD REB' }).map(brief)).toEqual([
      'CONSULT 040 The envoy -> the rebels asserted',
      'REQUEST 020 The envoy -> the rebels asserted',
    ]);
  });
  it('a participle after a comma belongs to the main clause; same-type consequences fold into the main event', () => {
    expect(run('Troops shelled the town on Monday, killing 12 civilians.', { Troops: 'MMR MIL', '12 civilians': 'MMR CVL' }).map(brief)).toEqual([
      'ASSAULT 194 Troops -> 12 civilians asserted',
    ]);
  });
  it('a purpose clause takes the main subject', () => {
    expect(run('Blinken flew to Riyadh on Monday to meet the crown prince.', { Blinken: 'USA GOV', 'the crown prince': 'SAU GOV' }).map(brief)).toEqual([
      'CONSULT 040 Blinken -> the crown prince asserted',
    ]);
  });
  it('the object of a preposition inside the subject is not the subject: supporters of X are a group of their own', () => {
    const evs = run('Supporters of the president stormed the parliament.', { 'the president': 'KGZ GOV', 'the parliament': 'KGZ LEG' });
    expect(evs.map((e) => `${e.plover} ${e.cameo} ${e.source.join('+')} -> ${e.target.join('+')}`)).toEqual(['PROTEST 145 supporters of the president -> the parliament']);
  });
  it('an event without a codable source is not emitted, and a message says so (gunmen are an agent now: engine.test.ts)', () => {
    const { events: evs, messages } = code(stage, 'Someone attacked the embassy.', { 'the embassy': 'USA GOV' });
    expect(evs).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['no-source']);
    expect(messages[0].reason).toMatch(/no codable source/);
  });
});

describe('dates', () => {
  it('a bare weekday means the past, resolved against the article date', () => {
    // 2022-02-24 was a Thursday
    const [e] = run('Russia attacked Ukraine on Monday.', { Russia: 'RUS', Ukraine: 'UKR' });
    expect([e.date, e.dateSource]).toEqual(['2022-02-21', 'text']);
  });
  it('a planned event on a weekday is in the future', () => {
    const [e] = run('Scholz will visit Poland on Monday.', { Scholz: 'DEU GOV', Poland: 'POL' });
    expect([e.modality, e.date]).toEqual(['planned', '2022-02-28']);
  });
  it('yesterday, a month and day, else the article date', () => {
    expect(run('Iran seized a tanker yesterday.', { Iran: 'IRN' })[0].date).toBe('2022-02-23');
    expect(run('Iran seized a tanker on Feb. 21.', { Iran: 'IRN' })[0].date).toBe('2022-02-21');
    const [e] = run('Iran seized a tanker.', { Iran: 'IRN' });
    expect([e.date, e.dateSource]).toEqual(['2022-02-24', 'article']);
  });
});

describe('places', () => {
  it('a place mention in the clause ("in ...")', () => {
    const { events: [e] } = code(stage, 'Police arrested 30 protesters in Minsk.', { Police: 'BLR COP', '30 protesters': 'BLR CVL' }, { prepare: (doc) => addPlace(doc, 'Minsk', { country: 'BLR' }) });
    expect(e.place).toBe('Minsk');
  });
  it('else null', () => {
    expect(run('Police arrested 30 protesters.', { Police: 'BLR COP', '30 protesters': 'BLR CVL' })[0].place).toBeNull();
  });
});

describe('one event, many reports', () => {
  it('merges reports of the same event in different sentences', () => {
    const evs = run('Egypt asked Israel to allow aid into Gaza. The request to Israel came from Egypt on Sunday.', { Egypt: 'EGY', Israel: 'ISR', Gaza: 'PSE' });
    const req = evs.filter((e) => e.plover === 'REQUEST');
    expect(req).toHaveLength(1);
    expect(req[0].evidence).toHaveLength(2);
  });
  it('keeps two codes in one sentence apart', () => {
    expect(run('The army detained the president and declared a state of emergency.', { 'The army': 'MMR MIL', 'the president': 'MMR GOV' }).map(brief)).toEqual([
      'COERCE 173 The army -> the president asserted',
      'COERCE 1724 The army -> MMR asserted',
    ]);
  });
});

describe('CAMEO extras', () => {
  it('Goldstein, QuadClass, PLOVER mode and context come from the code', () => {
    const [e] = run('Israel launched air strikes on Gaza.', { Israel: 'ISR', Gaza: 'PSE' });
    expect(e.event).toMatchObject({ cameo: '195', goldstein: -10, quadClass: 4, plover: { type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] } });
  });
});

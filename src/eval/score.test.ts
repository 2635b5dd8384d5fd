import { describe, expect, it } from 'vitest';
import type { Doc, EventRecord, RawArticle } from '../model/doc.js';
import type { Pipeline } from '../pipeline/run.js';
import { makeDoc } from '../testing/make-doc.js';
import { parseGold } from './gold.js';
import { formatReport, formatSummary } from './report.js';
import { evaluate } from './run.js';
import { actorMatches, actorsMatch, score, slotMatch, type PredEvent } from './score.js';

const pred = (plover: string, cameo: string, source: Array<[string | null, string | null]>, target: Array<[string | null, string | null]>, modality = 'asserted'): PredEvent => ({
  plover,
  cameo,
  modality,
  negated: false,
  source: source.map(([country, sector]) => ({ country, sector, name: `${country}${sector}` })),
  target: target.map(([country, sector]) => ({ country, sector, name: `${country}${sector}` })),
  pattern: 'p',
  evidence: '',
});
const ploverOf = (c: string) => ({ '19': 'ASSAULT', '04': 'CONSULT', '11': 'ACCUSE' })[c.slice(0, 2)] ?? null;

describe('actor matching', () => {
  it('compares countries; a null sector (gold or predicted) is a wildcard', () => {
    expect(actorMatches({ country: 'RUS', sector: 'MIL' }, { country: 'RUS', sector: 'MIL', name: '' })).toBe(true);
    expect(actorMatches({ country: 'RUS', sector: null }, { country: 'RUS', sector: 'GOV', name: '' })).toBe(true);
    expect(actorMatches({ country: 'RUS', sector: 'MIL' }, { country: 'RUS', sector: null, name: 'Russia' })).toBe(true);
    expect(actorMatches({ country: 'RUS', sector: 'MIL' }, { country: 'RUS', sector: 'GOV', name: '' })).toBe(false);
    expect(actorMatches({ country: 'RUS', sector: 'MIL' }, { country: 'UKR', sector: 'MIL', name: '' })).toBe(false);
  });
  it('actors with no country compare by sector, or by name', () => {
    expect(actorMatches({ country: null, sector: 'IGO', name: 'NATO' }, { country: null, sector: 'IGO', name: 'NATO' })).toBe(true);
    expect(actorMatches({ country: null, sector: 'IGO', name: 'NATO' }, { country: 'USA', sector: 'IGO', name: 'United States' })).toBe(false);
    expect(actorMatches({ country: null, sector: null, name: 'Western powers' }, { country: null, sector: null, name: 'the Western powers' })).toBe(true);
  });
  it('compound actors: overlap is partial, equal sets are full; an empty gold slot accepts anything', () => {
    const g = [{ country: 'USA', sector: 'MIL' }, { country: 'GBR', sector: 'MIL' }];
    expect(slotMatch(g, [{ country: 'USA', sector: 'MIL', name: '' }])).toBe('partial');
    expect(slotMatch(g, [{ country: 'USA', sector: 'MIL', name: '' }, { country: 'GBR', sector: null, name: '' }])).toBe('full');
    expect(slotMatch(g, [{ country: 'FRA', sector: 'MIL', name: '' }])).toBe('none');
    expect(slotMatch([], [{ country: 'FRA', sector: 'MIL', name: '' }])).toBe('full');
  });
  it('reciprocal gold events match in either direction', () => {
    const g = { plover: 'CONSULT', source: [{ country: 'PER' }, { country: 'CHL' }], target: [{ country: 'PER' }, { country: 'CHL' }] };
    // the parties split over source and target still name all of them
    expect(actorsMatch(g, pred('CONSULT', '040', [['CHL', null]], [['PER', null]]))).toEqual({ source: 'full', target: 'full' });
    expect(actorsMatch(g, pred('CONSULT', '040', [['CHL', null]], []))).toEqual({ source: 'partial', target: 'partial' });
    expect(actorsMatch(g, pred('CONSULT', '040', [['PER', null], ['CHL', null]], [['PER', null], ['CHL', null]]))).toEqual({ source: 'full', target: 'full' });
  });
});

describe('scoring', () => {
  const gold = parseGold(
    [
      '{"id":"a","text":"Troops shelled the town.","events":[{"plover":"ASSAULT","cameo":"194","source":[{"country":"RUS","sector":"MIL"}],"target":[{"country":"UKR"}],"modality":"asserted"}]}',
      '{"id":"b","text":"They met.","events":[{"cameo":"040","source":[{"country":"PER"}],"target":[{"country":"CHL"}]}]}',
      '{"id":"c","text":"Markets fell.","events":[]}',
    ].join('\n'),
  );
  const predictions = new Map([
    ['a', [pred('ASSAULT', '195', [['RUS', 'MIL']], [['UKR', null]])]],
    ['b', [pred('ACCUSE', '111', [['PER', null]], [['CHL', null]])]],
    ['c', [pred('PROTEST', '141', [['USA', 'CVL']], [])]],
  ]);
  const r = score(gold, predictions, ploverOf);
  it('counts type, source and target matches, and wrong types per sentence', () => {
    expect(r.goldEvents).toBe(2);
    expect(r.predEvents).toBe(3);
    expect(r.type.tp).toBe(1);
    expect(r.type.precision).toBeCloseTo(1 / 3);
    expect(r.type.recall).toBeCloseTo(1 / 2);
    expect(r.typeSourceTarget.tp).toBe(1);
    expect(r.wrongTypePerSentence).toBeCloseTo(2 / 3);
    expect(r.cameoAccuracy).toBe(0); // 195 is not 194
    expect(r.modalityAccuracy).toBe(1);
  });
  it('fills a confusion table, gold type from the CAMEO code when PLOVER is missing', () => {
    expect(r.confusion.ASSAULT.ASSAULT).toBe(1);
    expect(r.confusion.CONSULT.ACCUSE).toBe(1);
    expect(r.confusion['-'].PROTEST).toBe(1);
  });
  it('prints a summary, tables and worst cases (and only ids when asked to hide the text)', () => {
    const text = formatReport(r, { worst: 5 });
    expect(text).toMatch(/event type \(PLOVER\)\s+33\.3\s+50\.0\s+40\.0/);
    expect(text).toContain('confusion (rows gold, columns predicted)');
    expect(text).toContain('Markets fell.');
    expect(formatReport(r, { worst: 5, showText: false })).not.toContain('Markets fell.');
    expect(formatSummary(r)).not.toContain('Markets');
  });
});

describe('evaluate', () => {
  it('codes every gold text with the pipeline and scores its events', () => {
    const gold = parseGold('{"id":"x","date":"2020-01-01","text":"Iran attacked Iraq.","events":[{"plover":"ASSAULT","source":[{"country":"IRN"}],"target":[{"country":"IRQ"}]}]}');
    const fake: Pipeline = {
      stages: [],
      runDoc: (d: Doc) => d,
      run(raw: RawArticle): Doc {
        const doc = makeDoc(raw.text, [], { date: raw.date });
        doc.actors.push(
          { id: 'a1', name: 'Iran', country: 'IRN', sector: null, code: 'IRN', type: 'country', role: null, mentions: [] },
          { id: 'a2', name: 'Iraq', country: 'IRQ', sector: null, code: 'IRQ', type: 'country', role: null, mentions: [] },
        );
        const e: EventRecord = {
          id: 'e1', cameo: '190', plover: { type: 'ASSAULT', mode: null, context: [] }, source: ['a1'], target: ['a2'], date: raw.date, dateSource: 'article',
          modality: 'asserted', negated: false, place: null, evidence: [{ start: 0, end: 13 }], attribution: [], goldstein: -10, quadClass: 4, pattern: 'attack',
        };
        doc.events.push(e);
        return doc;
      },
    };
    const { report } = evaluate(gold, fake);
    expect(report.typeSourceTarget.f1).toBe(1);
    expect(report.records[0].pairs[0].pred.evidence).toBe('Iran attacked');
  });
  it('refuses a bad gold line with its line number', () => {
    expect(() => parseGold('{"id":"x","text":"t","events":[{}]}', 'g.jsonl')).toThrow(/g.jsonl:1: an event needs plover or cameo/);
    expect(() => parseGold('nope', 'g.jsonl')).toThrow(/g.jsonl:1: not JSON/);
  });
});

describe('gold records with a context', () => {
  it('the context is coded with the sentence; only the events of the sentence are scored', async () => {
    const { defaultPipeline } = await import('../pipeline/registry.js');
    const gold = parseGold(
      JSON.stringify({
        id: 'c1',
        date: '2022-02-20',
        context: 'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.',
        text: 'The leaders agreed to continue contacts.',
        events: [{ plover: 'AGREE', cameo: '036', source: [{ country: 'RUS' }, { country: 'FRA' }], target: [{ country: 'RUS' }, { country: 'FRA' }] }],
      }),
    );
    const { report } = evaluate(gold, defaultPipeline());
    // the call in the context is not counted; the agreement needs the context to find its parties
    expect(report.predEvents).toBe(1);
    expect(report.typeSourceTarget.f1).toBe(1);
  });
});

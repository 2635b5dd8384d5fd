import { describe, expect, it } from 'vitest';
import { actorAt, code, summary } from './testkit.js';

describe('countries, demonyms and agents', () => {
  it('a demonym or possessive country gives an agent its country', () => {
    const doc = code("Ukrainian forces shelled the town. Ukraine's Armed Forces said later that the Ukrainian armed forces had withdrawn.");
    expect(actorAt(doc, 'Ukrainian forces')?.code).toBe('UKRMIL');
    expect(actorAt(doc, "Ukraine's Armed Forces")?.code).toBe('UKRMIL');
    // one actor for the military of one country
    expect(actorAt(doc, 'the Ukrainian armed forces')?.id).toBe(actorAt(doc, 'Ukrainian forces')?.id);
  });

  it('reads a quantified, modified agent: "a senior US official"', () => {
    const doc = code('A senior US official said Washington would respond.');
    expect(actorAt(doc, 'A senior US official')?.code).toBe('USAGOV');
  });

  it('codes the generic agents', () => {
    const doc = code(
      'Russian police detained protesters while rebels and separatists shelled the city; the opposition called on Belarusian lawmakers and French judges to act, and refugees fled.',
    );
    expect(actorAt(doc, 'Russian police')?.code).toBe('RUSCOP');
    expect(actorAt(doc, 'Belarusian lawmakers')?.code).toBe('BLRLEG');
    expect(actorAt(doc, 'French judges')?.code).toBe('FRAJUD');
    expect(actorAt(doc, 'rebels')?.sector).toBe('REB');
    expect(actorAt(doc, 'separatists')?.sector).toBe('REB');
    expect(actorAt(doc, 'the opposition')?.sector).toBe('OPP');
    expect(actorAt(doc, 'refugees')?.sector).toBe('REF');
    expect(actorAt(doc, 'protesters')?.sector).toBe('CVL');
  });

  it('a stronger noun sets the sector of a weak one', () => {
    const doc = code('Rebel officials and opposition leaders met German government officials.');
    expect(actorAt(doc, 'Rebel officials')?.sector).toBe('REB');
    expect(actorAt(doc, 'opposition leaders')?.sector).toBe('OPP');
    expect(actorAt(doc, 'German government officials')?.code).toBe('DEUGOV');
  });

  it('coordinated demonyms give one actor each', () => {
    const doc = code('Russian and Ukrainian troops exchanged fire.');
    const codes = doc.mentions.filter((m) => m.text === 'Russian and Ukrainian troops').map((m) => doc.actors.find((a) => a.id === m.actor)!.code);
    expect(codes.sort()).toEqual(['RUSMIL', 'UKRMIL']);
  });

  it('a country acting is an actor with no sector; a plural demonym is the people', () => {
    const doc = code('Russia denies the plan, and the United States accuses it. The Ukrainians resisted.');
    expect(actorAt(doc, 'Russia')).toMatchObject({ code: 'RUS', sector: null });
    expect(actorAt(doc, 'United States')).toMatchObject({ code: 'USA', name: 'United States' });
    expect(actorAt(doc, 'The Ukrainians')?.country).toBe('UKR');
  });

  it('regions: "Western states", "the West"', () => {
    const doc = code('Western states sent weapons, and the West imposed sanctions.');
    expect(actorAt(doc, 'Western states')).toMatchObject({ code: 'WSTGOV', country: null, sector: 'GOV' });
    expect(actorAt(doc, 'the West')?.code).toMatch(/^WST/);
  });

  it('organisations from the dictionaries', () => {
    const doc = code('The OSCE, Amnesty International, Hamas, the Taliban and Reuters all commented, as did the Kyiv Independent.');
    expect(actorAt(doc, 'The OSCE')).toMatchObject({ code: 'IGOOSC', sector: 'IGO', country: null });
    expect(actorAt(doc, 'Amnesty International')?.sector).toBe('NGO');
    expect(actorAt(doc, 'Hamas')?.code).toBe('PSEREB');
    expect(actorAt(doc, 'the Taliban')?.code).toBe('AFGGOV');
    expect(actorAt(doc, 'Reuters')?.sector).toBe('MED');
    expect(actorAt(doc, 'the Kyiv Independent')).toMatchObject({ code: 'UKRMED' });
    expect(summary(doc).join(' ')).not.toMatch(/Kyiv=UKRGOV/);
  });

  it('dated organisations: the Taliban were rebels before August 2021', () => {
    const doc = code('The Taliban attacked a checkpoint.', '2015-06-01');
    expect(actorAt(doc, 'The Taliban')?.code).toBe('AFGREB');
  });

  it('pro-X: the patron country is not the actor\'s country', () => {
    const doc = code('Pro-Russian separatists seized the building.');
    expect(actorAt(doc, 'Pro-Russian separatists')?.country ?? null).not.toBe('RUS');
    expect(actorAt(doc, 'Pro-Russian separatists')?.sector).toBe('REB');
  });

  it('an agent noun that modifies another noun is no actor', () => {
    const doc = code('The Russian military buildup and government bonds worried investors in Poland.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('The Russian military');
    expect(doc.mentions.map((m) => m.text)).not.toContain('government');
  });

  it('an agent with no country takes the country of the dateline', () => {
    const doc = code('MINSK, 28 January - Officials said the National Assembly would meet.');
    expect(actorAt(doc, 'Officials')?.code).toBe('BLRGOV');
    expect(actorAt(doc, 'the National Assembly')?.code).toBe('BLRLEG');
    expect(actorAt(doc, 'MINSK')).toBeNull();
  });
});

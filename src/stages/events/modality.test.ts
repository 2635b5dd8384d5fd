import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { addQuote } from './testing.js';
import { brief, code } from './test-helpers.js';

/** One test per modality and polarity rule, with sentences written for them. */
const stage = events();
const run = (text: string, actors: Record<string, string>) => code(stage, text, actors).events;

describe('asserted and claimed', () => {
  it('the outlet in its own voice: asserted, empty attribution', () => {
    const [e] = run('Turkey shelled Kurdish positions in northern Syria.', { Turkey: 'TUR', 'Kurdish positions': 'SYR REB' });
    expect(e.modality).toBe('asserted');
    expect(e.attribution).toEqual([]);
  });
  it('a trailing "..., X said." makes the sentence claimed, with X in the chain', () => {
    const [e] = run('Rebels shelled the airport overnight, the army said.', { Rebels: 'LBY REB', 'the army': 'LBY MIL' });
    expect(brief(e)).toBe('ASSAULT 194 Rebels -> claimed');
    expect(e.attribution).toEqual(['the army']);
  });
  it('"X said (that) ..." claims what follows, not the speaker\'s own act before it', () => {
    const evs = run('Chad expelled the French ambassador, saying Paris had insulted its army.', { Chad: 'TCD', 'the French ambassador': 'FRA GOV', Paris: 'FRA GOV' });
    expect(evs.map(brief)).toEqual(['SANCTION 161 Chad -> the French ambassador asserted']);
    const [c] = run('Officials said militants had attacked a police station.', { Officials: 'AFG GOV', militants: 'AFG REB', 'a police station': 'AFG COP' });
    expect(brief(c)).toBe('ASSAULT 190 militants -> a police station claimed');
    expect(c.attribution).toEqual(['Officials']);
  });
  it('"according to X"', () => {
    const [e] = run('According to the United Nations, government forces bombed a market.', { 'the United Nations': '- IGO', 'government forces': 'SDN MIL' });
    expect(e.modality).toBe('claimed');
    expect(e.attribution).toEqual(['the United Nations']);
  });
  it('inside a quote: the quote\'s attribution chain', () => {
    const { events: [e] } = code(stage, '"The militia attacked our villages," the governor said.', { 'The militia': 'NGA REB', 'the governor': 'NGA GOV' }, {
      prepare: (doc) =>
        addQuote(doc, 'The militia', 'villages', {
          attribution: [
            { name: 'AFP', actor: null, kind: 'agency', cue: 'reported' },
            { name: 'the governor', actor: null, kind: 'person', cue: 'said' },
          ],
        }),
    });
    expect(e.modality).toBe('claimed');
    expect(e.attribution).toEqual(['AFP', 'the governor']);
  });
  it('an accused act is claimed by the accuser', () => {
    const evs = run('Kyiv accused Moscow of shelling a nuclear plant.', { Kyiv: 'UKR GOV', Moscow: 'RUS GOV' });
    // (the accused act's unnamed target is the sentence's other party: the accuser, see attachment.ts)
    expect(evs.map(brief)).toEqual(['ACCUSE 1123 Kyiv -> Moscow asserted', 'ASSAULT 194 Moscow -> Kyiv claimed']);
    expect(evs[1].attribution).toEqual(['Kyiv']);
  });
  it('an unresolved pronoun in a reported clause is the speaker', () => {
    const [e] = run('Britain said it would send more tanks to Ukraine.', { Britain: 'GBR', Ukraine: 'UKR' });
    expect(brief(e)).toBe('AID 072 Britain -> Ukraine planned');
  });
});

describe('denied and negated', () => {
  it('"denied attacking": denied', () => {
    const [e] = run('The army denied attacking civilians.', { 'The army': 'MMR MIL', civilians: 'MMR CVL' });
    expect(brief(e)).toBe('ASSAULT 190 The army -> civilians denied');
    expect(e.negated).toBe(false);
  });
  it('"denied that ..." and "rejected accusations that ...": denied, and no REJECT', () => {
    expect(run('Moscow denied that its jets had bombed the hospital.', { Moscow: 'RUS GOV', 'its jets': 'RUS MIL' }).map(brief)).toEqual([
      'ASSAULT 195 its jets -> denied',
    ]);
    expect(run('Israel rejected accusations that its troops had shot the journalist.', { Israel: 'ISR', 'its troops': 'ISR MIL', 'the journalist': 'PSE MED' }).map(brief)).toEqual([
      'ASSAULT 193 its troops -> the journalist denied',
    ]);
  });
  it('a negated event is coded denied with negated=true', () => {
    const [e] = run('The government did not agree to a ceasefire.', { 'The government': 'UKR GOV' });
    expect(brief(e)).toBe('RETREAT 0871 The government -> denied');
    expect(e.negated).toBe(true);
    const [r] = run('The army has not withdrawn its troops.', { 'The army': 'MLI MIL' });
    expect(brief(r)).toBe('RETREAT 087 The army -> denied');
    expect(r.negated).toBe(true);
    // a refusal is itself an event: REJECT, asserted
    expect(run('The junta refused to release the prisoners.', { 'The junta': 'MLI GOV' }).map(brief)).toEqual(['REJECT 1243 The junta -> asserted']);
  });
});

describe('planned', () => {
  it('"will" and "plans to"', () => {
    expect(run('Japan will send aid to Turkey.', { Japan: 'JPN', Turkey: 'TUR' }).map(brief)).toEqual(['AID 070 Japan -> Turkey planned']);
    expect(run('Macron plans to visit Algeria.', { Macron: 'FRA GOV', Algeria: 'DZA' }).map(brief)).toEqual(['CONSULT 042 Macron -> Algeria planned']);
  });
  it('"agreed to" + a hostile act: the act, planned; + a cooperative act: a commitment, asserted', () => {
    expect(run('The allies agreed to impose sanctions on Belarus.', { 'The allies': '- GOV', Belarus: 'BLR' }).map(brief)).toEqual([
      'COERCE 163 The allies -> Belarus planned',
    ]);
    expect(run('Ghana agreed to hold talks with Togo.', { Ghana: 'GHA', Togo: 'TGO' }).map(brief)).toEqual(['AGREE 036 Ghana -> Togo asserted']);
  });
  it('"said it would": planned (future in the past)', () => {
    expect(run('Seoul said it would expel the envoy.', { Seoul: 'KOR GOV', 'the envoy': 'PRK GOV' }).map(brief)).toEqual(['SANCTION 161 Seoul -> the envoy planned']);
  });
});

describe('hypothetical and conditional', () => {
  it('"could"/"might": hypothetical', () => {
    expect(run('Turkey could block the deal.', { Turkey: 'TUR' }).map(brief)).toEqual(['REJECT 120 Turkey -> hypothetical']);
  });
  it('the consequent of "if" is hypothetical; the antecedent is not coded', () => {
    const evs = run('Ankara said it would close the border if Syrian forces attacked the town.', { Ankara: 'TUR GOV', 'Syrian forces': 'SYR MIL', 'the town': 'SYR' });
    expect(evs.map(brief)).toEqual(['COERCE 191 Ankara -> hypothetical']);
  });
  it('a threat verb makes the conditional one THREATEN, asserted, and its content is not coded', () => {
    const evs = run('Pyongyang threatened to attack Seoul if the drills continued.', { Pyongyang: 'PRK GOV', Seoul: 'KOR GOV' });
    expect(evs.map(brief)).toEqual(['THREATEN 138 Pyongyang -> Seoul asserted']);
  });
  it('what was asked for is not an event: only the request is', () => {
    const evs = run('Washington urged Israel to halt its offensive.', { Washington: 'USA GOV', Israel: 'ISR' });
    expect(evs.map(brief)).toEqual(['REQUEST 0256 Washington -> Israel asserted']);
  });
});

describe('background nouns', () => {
  it('an event named only as a noun phrase is not coded in the outlet\'s voice', () => {
    expect(run("Protests followed Russia's invasion of Ukraine.", { Russia: 'RUS', Ukraine: 'UKR' })).toEqual([]);
  });
  it('but it is when it is what a statement is about', () => {
    expect(run("Kyiv said Russia's invasion of Ukraine had failed.", { Kyiv: 'UKR GOV', Russia: 'RUS', Ukraine: 'UKR' }).map(brief)).toEqual([
      'ASSAULT 190 Russia -> Ukraine claimed',
    ]);
  });
});

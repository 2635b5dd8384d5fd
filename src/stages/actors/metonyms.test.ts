import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

describe('capitals and seats of power', () => {
  it('a capital that acts is its government', () => {
    const doc = code('Kiev is continuing its military buildup. Threats from Kiev grew, and the Kiev regime refused. Washington and Beijing traded barbs.');
    expect(actorAt(doc, 'Kiev')?.code).toBe('UKRGOV');
    expect(actorAt(doc, 'Kiev', 1)?.code).toBe('UKRGOV');
    expect(actorAt(doc, 'the Kiev regime')?.code).toBe('UKRGOV');
    expect(actorAt(doc, 'Washington')?.code).toBe('USAGOV');
    expect(actorAt(doc, 'Beijing')?.code).toBe('CHNGOV');
  });

  it('Kiev and Kyiv are one actor', () => {
    const doc = code('Kyiv rejected the offer. Kiev said it would not talk.');
    expect(actorAt(doc, 'Kyiv')?.id).toBe(actorAt(doc, 'Kiev')?.id);
  });

  it('seats of power, with their sector', () => {
    const doc = code(
      'The Kremlin said it was ready. The Pentagon denied it, Downing Street declined to comment, the Elysee was silent and Zhongnanhai said nothing.',
    );
    expect(actorAt(doc, 'The Kremlin')?.code).toBe('RUSGOV');
    expect(actorAt(doc, 'The Pentagon')?.code).toBe('USAMIL');
    expect(actorAt(doc, 'Downing Street')?.code).toBe('GBRGOV');
    expect(actorAt(doc, 'the Elysee')?.code).toBe('FRAGOV');
    expect(actorAt(doc, 'Zhongnanhai')?.code).toBe('CHNGOV');
  });

  it('a capital or country used as a place is a place mention without actor', () => {
    const doc = code('Explosions were heard in Kyiv and north of Kharkiv, and thousands fled to Poland. The Kyiv region was quiet. Officials met at the Pentagon.');
    const kyiv = doc.mentions.find((m) => m.text === 'Kyiv');
    expect(kyiv?.actor).toBeNull();
    expect(kyiv?.kind).toBe('place');
    expect(doc.mentions.find((m) => m.text === 'Poland')?.actor).toBeNull();
    expect(doc.mentions.find((m) => m.text === 'the Pentagon')?.actor ?? null).toBeNull();
    expect(actorAt(doc, 'Kyiv')).toBeNull();
  });

  it('a capital inside another name is no actor', () => {
    const doc = code('Ukraine gave up its nuclear weapons under the Budapest Memorandum.');
    expect(actorAt(doc, 'Budapest')).toBeNull();
  });
});

describe('"X-led" and "X-backed" groups (session 5)', () => {
  it('"Russian-led forces" are the leader\'s; "Iranian-backed militias" are not Iran\'s (Iran is their patron)', () => {
    const doc = code('Russian-led forces shelled the town. Iranian-backed militias attacked the base.');
    expect(actorAt(doc, 'Russian-led forces')?.country).toBe('RUS');
    expect(actorAt(doc, 'Russian-led forces')?.sector).toBe('MIL');
    expect(actorAt(doc, 'Iranian-backed militias')?.country).not.toBe('IRN');
  });
});

import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

// The article's context country for agents that name none, decided over the whole article when the start
// of it does not settle it; "the enemy" as the context country's rival; "foreign" groups without a country.
describe('context country', () => {
  it('an agent named before the article settles its country is coded from the whole article', () => {
    const doc = code(
      'Residents fled the shelling overnight. Georgia said the talks would go on. Georgian officials said Georgia wanted calm.',
      '2022-05-01',
    );
    expect(actorAt(doc, 'Residents')).toMatchObject({ code: 'GEOCVL' });
  });

  it('merges such an agent into the same group named later with its country', () => {
    const doc = code('Civilians were evacuated. Moldova said the Moldovan civilians were safe. Moldova thanked Romania.', '2022-05-01');
    expect(actorAt(doc, 'Civilians')?.id).toBe(actorAt(doc, 'the Moldovan civilians')?.id);
  });

  it('gives no country when the article never settles one', () => {
    const doc = code('Civilians were evacuated from the town.', '2022-05-01');
    expect(actorAt(doc, 'Civilians')).toMatchObject({ code: 'CVL', country: null });
  });

  it('"the enemy" is the rival of the context country, when the article names it', () => {
    const doc = code(
      'Ukraine will hold the line, the general said. The enemy shelled the bridge again. Ukraine says Russia moved more troops. Ukraine asked for help.',
      '2023-03-01',
    );
    expect(actorAt(doc, 'The enemy')).toMatchObject({ code: 'RUSMIL' });
  });

  it('"the enemy" stays without a country when the context country has no rival at the time', () => {
    const doc = code('Chile will hold the line. The enemy shelled the bridge again. Chile asked for help.', '2023-03-01');
    expect(actorAt(doc, 'The enemy')).toMatchObject({ country: null, sector: 'MIL' });
  });

  it('"foreign" people never take the context country', () => {
    const doc = code('Ukraine said Ukraine would let foreign journalists and civilians leave the city.', '2022-03-10');
    expect(actorAt(doc, 'foreign journalists')).toMatchObject({ country: null, sector: 'MED' });
    expect(actorAt(doc, 'civilians')).toMatchObject({ code: 'UKRCVL' });
  });
});

describe('roles without an article date', () => {
  it('are role actors of their country, not a guessed office holder', () => {
    const doc = code("Norway's defence minister said the order was signed.", null);
    expect(actorAt(doc, "Norway's defence minister")).toMatchObject({ code: 'NORGOV', name: 'defence minister' });
  });

  it('still resolve to a holder the article named before', () => {
    const doc = code('Vladimir Putin met the envoys. The Russian president said he was ready.', null);
    expect(actorAt(doc, 'The Russian president')?.name).toBe('Vladimir Putin');
  });
});

describe('whose side', () => {
  it('"our people" and "the occupiers" in a first-person address: the side of the person named most', () => {
    const doc = code(
      'Volodymyr Zelensky spoke tonight. Russia shelled the city again; Russia lies; Russia will pay; Russia must leave. ' +
        'Volodymyr Zelensky said our defenders hold the line and the occupiers will be driven out.',
      null,
    );
    expect(actorAt(doc, 'our defenders')).toMatchObject({ code: 'UKRMIL' });
    expect(actorAt(doc, 'the occupiers')).toMatchObject({ code: 'RUSMIL' });
  });

  it('civilians are coded by where things happen when that country is named about as often as the context country', () => {
    const doc = code('Russia said Russia would go on. Shelling hit homes in Ukraine, in eastern Ukraine and across Ukraine. Civilians died.', '2022-03-01');
    expect(actorAt(doc, 'Civilians')).toMatchObject({ code: 'UKRCVL' });
  });

  it('several-state groups and diplomats get no context country', () => {
    const doc = code('Ukraine said Ukraine was ready. The foreign ministers met, and diplomats said the three countries\' leaders agreed.', '2022-03-01');
    expect(actorAt(doc, 'The foreign ministers')?.country ?? null).toBeNull();
    expect(actorAt(doc, 'diplomats')?.country ?? null).toBeNull();
  });
});

describe('countries from the sentence', () => {
  it('the subject that has or sends a force owns it', () => {
    const doc = code('Canada will deploy 3,000 more troops, and Russia has massed more than 100,000 soldiers nearby.', '2022-02-01');
    expect(actorAt(doc, 'troops')).toMatchObject({ code: 'CANMIL' });
    expect(actorAt(doc, 'soldiers')).toMatchObject({ code: 'RUSMIL' });
  });

  it('a governing body "in" a capital is that country\'s; diplomats "in" it are not', () => {
    const doc = code('Poland said Poland accused the authorities in Minsk, as Canada kept diplomats in Kyiv.', '2022-02-01');
    expect(actorAt(doc, 'the authorities')).toMatchObject({ code: 'BLRGOV' });
    expect(actorAt(doc, 'diplomats')?.country ?? null).not.toBe('UKR');
  });
});

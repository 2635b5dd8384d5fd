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

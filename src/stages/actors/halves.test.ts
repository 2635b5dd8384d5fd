import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

// "the North"/"the South" of a divided state the article is about (data/halves.tsv).
describe('halves of divided states', () => {
  it('reads "the North" and "the South" as the two Koreas in a Korean story', () => {
    const doc = code(
      'South Korea\'s defence minister warned of "enormous retaliation" if the North attacked again. The South put its troops on alert, and the North said it would respond.',
      '2010-11-24',
    );
    expect(actorAt(doc, 'the North')).toMatchObject({ country: 'PRK' });
    expect(actorAt(doc, 'The South')).toMatchObject({ country: 'KOR' });
  });

  it('leaves regions, longer names and stories about other countries alone', () => {
    const regions = code('Seoul said fighting in the North had stopped and aid went to the South. Pyongyang was silent.', '2010-11-24');
    expect(actorAt(regions, 'the North')).toBeNull();
    expect(actorAt(regions, 'the South')).toBeNull();
    const names = code('North Korea said the North Atlantic Treaty Organisation and the South-East were to blame.', '2010-11-24');
    expect(names.actors.some((a) => a.country === 'KOR')).toBe(false);
    const other = code('Italy said the North had voted for the league, and the South had not.', '2010-11-24');
    expect(other.actors.some((a) => a.country === 'PRK' || a.country === 'KOR')).toBe(false);
  });

  it('knows when a state was divided (Sudan from July 2011, Yemen until 1990)', () => {
    expect(actorAt(code('Sudan accused the South of backing rebels.', '2012-04-10'), 'the South')).toMatchObject({ country: 'SSD' });
    expect(actorAt(code('Sudan accused the South of backing rebels.', '2005-04-10'), 'the South')).toBeNull();
  });
});

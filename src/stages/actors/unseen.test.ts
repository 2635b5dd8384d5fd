import { describe, expect, it } from 'vitest';
import { actorAt, code } from './testkit.js';

// Rules added after scoring on unseen text (test/gold/actors.dev2.jsonl): plain descriptions, groups that refer back to
// a group named with its country, and the article's country when it names people more than countries.
// All sentences are written for these tests.
describe('actors on unseen text', () => {
  it('a definite group takes the country of the group of its kind named just before', () => {
    const doc2 = code('Nicaraguan rebels attacked a village. France and Germany said so. The rebels withdrew.', '1987-03-10');
    expect(actorAt(doc2, 'The rebels')).toMatchObject({ code: 'NICREB' });
    const doc3 = code('Israeli helicopter gunships attacked targets near Sidon. Syria protested. The military said all aircraft returned.', '1987-04-09');
    expect(actorAt(doc3, 'Israeli helicopter gunships')).toMatchObject({ code: 'ISRMIL' });
    expect(actorAt(doc3, 'The military')).toMatchObject({ code: 'ISRMIL' });
  });

  it('a title with a sector of its own and no owner is a role actor of the article country', () => {
    const doc = code('Iraq said its troops held the line. Iraq denied losses. A military spokesman said the attack failed.', '1987-03-05');
    expect(actorAt(doc, 'A military spokesman')).toMatchObject({ code: 'IRQMIL' });
    const doc2 = code('Brazil said talks would resume. Brazil named a special prosecutor. The prosecutor said he would act.', '1987-03-05');
    expect(actorAt(doc2, 'prosecutor')?.country).toBe('BRA');
  });

  it('"the administration" alone is the government of the article country', () => {
    const doc = code('Canada said it would act. Canada will vote. The administration said the plan was working.', '1987-03-05');
    expect(actorAt(doc, 'The administration')).toMatchObject({ code: 'CANGOV' });
  });

  it('with no country named twice, the country of the people named most is the article country', () => {
    const doc = code(
      'Vladimir Putin met the governor. The authorities said the region was stable. Vladimir Putin thanked them.',
      null,
    );
    expect(actorAt(doc, 'The authorities')).toMatchObject({ code: 'RUSGOV' });
  });

  it('a country name that modifies a compound noun does not make the article that country\'s', () => {
    const doc = code(
      'Senators argued over the Iran arms scandal. The Iran arms payments went astray, President Ronald Reagan said. President Ronald Reagan denied it. The Senate will vote.',
      '1987-03-11',
    );
    expect(actorAt(doc, 'The Senate')?.country).toBe('USA');
    expect(actorAt(doc, 'Senators')?.country).toBe('USA');
  });
});

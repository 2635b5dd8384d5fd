import { describe, expect, it } from 'vitest';
import type { Actor, Doc, Mention, Quote } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { makeDoc } from '../../testing/make-doc.js';
import { quoteAt, quotes } from './index.js';

/** An actor coded by hand: every occurrence of `words` in the text becomes a mention of it. */
interface HandActor {
  name: string;
  words: string[];
  type?: string;
  kind?: Mention['kind'];
  country?: string | null;
  sector?: string | null;
}

/** A stand-in for the actors stage: pushes Actor and Mention records by hand. */
function handActors(list: HandActor[]): Stage {
  return {
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'actors'],
    run(doc: Doc) {
      list.forEach((h, i) => {
        const actor: Actor = {
          id: `a${i + 1}`,
          name: h.name,
          country: h.country ?? null,
          sector: h.sector ?? null,
          code: `${h.country ?? ''}${h.sector ?? ''}`,
          type: h.type ?? 'person',
          role: null,
          mentions: [],
        };
        doc.actors.push(actor);
        for (const w of h.words) {
          for (let at = doc.text.indexOf(w); at >= 0; at = doc.text.indexOf(w, at + 1)) {
            const before = doc.text[at - 1] ?? ' ';
            const after = doc.text[at + w.length] ?? ' ';
            if (/\w/.test(before) || /\w/.test(after)) continue;
            actor.mentions.push({ start: at, end: at + w.length });
            doc.mentions.push({ id: `m${doc.mentions.length + 1}`, start: at, end: at + w.length, kind: h.kind ?? 'person', text: w, actor: actor.id, place: null, rule: 'test' });
          }
        }
      });
    },
  };
}

const PESKOV: HandActor = { name: 'Dmitry Peskov', words: ['Dmitry Peskov', 'Peskov'], country: 'RUS', sector: 'GOV' };
const TASS: HandActor = { name: 'TASS', words: ['TASS'], type: 'media', kind: 'media', country: 'RUS', sector: 'MED' };

function run(text: string, actors: HandActor[] = []): Doc {
  return makeDoc(text, [handActors(actors), quotes()]);
}

const content = (doc: Doc, q: Quote) => doc.text.slice(q.start, q.end);
/** The innermost quote whose content has `words`. */
const find = (doc: Doc, words: string) => {
  const q = doc.quotes.filter((x) => content(doc, x).includes(words)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(doc.quotes.map((x) => content(doc, x)))}`);
  return q;
};
const chain = (q: Quote) => q.attribution.map((l) => `${l.kind}:${l.name}`);

describe('quotes: direct speech', () => {
  it('takes the words inside the marks and the speaker after them', () => {
    const doc = run('"We will not allow this," Peskov said.', [PESKOV]);
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0];
    expect(content(doc, q)).toBe('We will not allow this,');
    expect(q).toMatchObject({ id: 'q1', direct: true, speaker: 'a1', speakerText: 'Peskov', cue: 'said' });
    expect(chain(q)).toEqual(['person:Dmitry Peskov']);
  });

  it('reads an inverted cue: "...," said the minister', () => {
    const doc = run('"The talks were useful," said Foreign Minister Anna Berg.');
    const q = doc.quotes[0];
    expect(q.speakerText).toBe('Foreign Minister Anna Berg');
    expect(q.cue).toBe('said');
  });

  it('reads a cue before the quote: X said: "..."', () => {
    const doc = run('The governor told reporters: "The bridge is closed until further notice."');
    const q = find(doc, 'The bridge is closed');
    expect(q.direct).toBe(true);
    expect(q.speakerText).toBe('The governor');
    expect(q.cue).toBe('told reporters');
  });

  it('gives both halves of an interrupted quote the same speaker', () => {
    const doc = run('"The first part is ready," Peskov said, "and the second will follow."', [PESKOV]);
    expect(doc.quotes.map((q) => [content(doc, q), q.speaker])).toEqual([
      ['The first part is ready,', 'a1'],
      ['and the second will follow.', 'a1'],
    ]);
  });

  it('runs a quote over paragraphs that open with a mark and never close', () => {
    const doc = run('"The first paragraph of the speech.\n\n"The second paragraph, and the end," the mayor said.');
    expect(doc.quotes).toHaveLength(1);
    expect(content(doc, doc.quotes[0])).toBe('The first paragraph of the speech.\n\n"The second paragraph, and the end,');
    expect(doc.quotes[0].speakerText).toBe('the mayor');
  });

  it('keeps a quote going past a boilerplate paragraph', () => {
    const doc = run('"We talked for an hour.\n\nAdvertisement\n\n"Nothing was agreed," the envoy said.');
    expect(doc.quotes).toHaveLength(1);
    expect(content(doc, doc.quotes[0])).toContain('Nothing was agreed');
  });

  it('finds single-quoted quotes inside double quotes, with their own speaker and a nested chain', () => {
    const doc = run('"I asked him, and he said, \'There will be no deal.\' Then he left," Peskov said.', [PESKOV]);
    const outer = find(doc, 'I asked him');
    const inner = find(doc, 'There will be no deal');
    expect(outer.speaker).toBe('a1');
    expect(inner.direct).toBe(true);
    expect(inner.speakerText).toBe('he');
    expect(inner.speaker).toBeNull();
    expect(chain(inner)).toEqual(['person:Dmitry Peskov', 'person:he']);
    expect(quoteAt(doc, inner.start + 2, inner.start + 6)).toBe(inner);
  });

  it('does not take apostrophes for quote marks', () => {
    const doc = run('"The republics\' citizens are leaving and People\'s Republics are asking for help," Peskov said.', [PESKOV]);
    expect(doc.quotes).toHaveLength(1);
  });

  it('opens a quote glued to the sentence before it', () => {
    const doc = run('He spoke about trade."This matters for both peoples," the President of Finland stressed.');
    expect(content(doc, find(doc, 'This matters'))).toBe('This matters for both peoples,');
    expect(find(doc, 'This matters').speakerText).toBe('the President of Finland');
  });

  it('reads a cue that the sentence splitter put after a question', () => {
    const doc = run('"Who gains from this war?" said the prime minister.');
    expect(doc.quotes[0].speakerText).toBe('the prime minister');
  });

  it('gives a quote without a cue the speaker of the quote it continues', () => {
    const doc = run('"The convoy left at dawn," Peskov said.\n\n"It will arrive by noon."', [PESKOV]);
    const q = find(doc, 'arrive by noon');
    expect(q.speaker).toBe('a1');
    expect(q.cue).toBeNull();
  });

  it('does not continue across a paragraph in the outlet\'s own voice', () => {
    const doc = run('"The convoy left at dawn," Peskov said.\n\nThe road was later closed by police.\n\n"We are ready for anything that comes."', [PESKOV]);
    expect(find(doc, 'ready for anything').speaker).toBeNull();
  });

  it('drops scare quotes nobody is said to have said', () => {
    const doc = run('The so-called "referendum" was held in September.');
    expect(doc.quotes).toHaveLength(0);
  });
});

describe('quotes: reported speech', () => {
  it('X told reporters that <clause>', () => {
    const doc = run('Peskov told reporters that the talks would resume on Monday.', [PESKOV]);
    const q = doc.quotes[0];
    expect(content(doc, q)).toBe('the talks would resume on Monday');
    expect(q).toMatchObject({ direct: false, speaker: 'a1', cue: 'told reporters' });
  });

  it('X said <clause> (no "that")', () => {
    const doc = run('The minister said the border crossing would reopen next week.');
    expect(content(doc, doc.quotes[0])).toBe('the border crossing would reopen next week');
    expect(doc.quotes[0].speakerText).toBe('The minister');
  });

  it('<clause>, X told reporters (clause-final cue)', () => {
    const doc = run('The two leaders asked Moscow for help against the army, Kremlin spokesman Dmitry Peskov told reporters.', [PESKOV]);
    const q = doc.quotes[0];
    expect(content(doc, q)).toBe('The two leaders asked Moscow for help against the army');
    expect(q.speaker).toBe('a1');
  });

  it('according to X, before and after', () => {
    const a = run('According to the regional governor, three villages were shelled overnight.');
    expect(content(a, a.quotes[0])).toBe('three villages were shelled overnight');
    expect(a.quotes[0]).toMatchObject({ speakerText: 'the regional governor', cue: 'according to' });
    const b = run('Three villages were shelled overnight, according to the regional governor.');
    expect(content(b, b.quotes[0])).toBe('Three villages were shelled overnight');
  });

  it('claimed / warned / insisted / denied', () => {
    for (const verb of ['claimed', 'warned', 'insisted', 'denied']) {
      const doc = run(`The ministry ${verb} that its troops had crossed the river.`);
      expect(doc.quotes[0]?.cue).toBe(verb);
      expect(content(doc, doc.quotes[0])).toBe('its troops had crossed the river');
    }
  });

  it('a parenthetical cue: "Such a step, he argued, would ..."', () => {
    const doc = run('Anna Berg spoke on Monday.\n\nSuch a ban, she argued, would hurt ordinary people.');
    const q = find(doc, 'Such a ban');
    expect(content(doc, q)).toBe('Such a ban, she argued, would hurt ordinary people');
    expect(chain(q)).toEqual(['person:Anna Berg']);
  });

  it('a participle cue takes the sentence subject: "..., saying ..."', () => {
    const doc = run('Peskov rejected the plan, saying it ignored Russian interests.', [PESKOV]);
    const q = doc.quotes[0];
    expect(content(doc, q)).toBe('it ignored Russian interests');
    expect(q.speaker).toBe('a1');
  });

  it('"it was noted that" has no speaker; "This was stated by X" reports the sentence before', () => {
    const a = run('During the call, it was noted that the grain deal had expired.');
    expect(a.quotes[0]).toMatchObject({ speaker: null, speakerText: null });
    const b = run('The blockade must end now. This was stated by Anna Berg at a briefing.');
    expect(content(b, b.quotes[0])).toBe('The blockade must end now');
    expect(b.quotes[0].speakerText).toBe('Anna Berg');
  });

  it('stops the clause before another attribution or a coordinated cue', () => {
    const doc = run('Officials warned that the war was close, Peskov told reporters on Friday: "There is no threat."', [PESKOV]);
    expect(content(doc, find(doc, 'the war was close'))).toBe('the war was close');
    expect(find(doc, 'There is no threat').speaker).toBe('a1');
    const b = run('The mayor has claimed that the city is safe and believes that the siege will end.');
    expect(content(b, b.quotes[0])).toBe('the city is safe');
  });

  it('a quoted fragment inside a reported clause gives both quotes', () => {
    const doc = run('Fighting in the city would be "long and bloody," the general said.');
    expect(doc.quotes.map((q) => [q.direct, content(doc, q)])).toEqual([
      [false, 'Fighting in the city would be "long and bloody'],
      [true, 'long and bloody,'],
    ]);
    expect(doc.quotes.every((q) => q.speakerText === 'the general')).toBe(true);
  });

  it('nested reported speech gets a nested chain, outermost first', () => {
    const doc = run('The press service said in a statement that Putin told the president that the talks had failed.', [
      { name: 'Vladimir Putin', words: ['Putin'], country: 'RUS', sector: 'GOV' },
    ]);
    const inner = find(doc, 'the talks had failed');
    expect(content(doc, inner)).toBe('the talks had failed');
    expect(inner.speaker).toBe('a1');
    expect(chain(inner)).toEqual(['organization:The press service', 'document:a statement', 'person:Vladimir Putin']);
  });
});

describe('quotes: speakers', () => {
  it('resolves pronouns to the speaker quoted before', () => {
    const doc = run('"Written requests have arrived," Peskov said.\n\n"The leaders are grateful," he added.', [PESKOV]);
    const q = find(doc, 'grateful');
    expect(q).toMatchObject({ speaker: 'a1', speakerText: 'he', cue: 'added' });
  });

  it('resolves a pronoun to a named subject when no quote came before', () => {
    const doc = run('Zelensky was asked about the election.\n\n"Of course I want peace," he replied.', [
      { name: 'Volodymyr Zelensky', words: ['Zelensky'], country: 'UKR', sector: 'GOV' },
    ]);
    expect(doc.quotes[0].speaker).toBe('a1');
  });

  it('resolves role nouns to the person named in that role before', () => {
    const doc = run('Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n"No decision has been taken," the spokesman said.', [PESKOV]);
    expect(doc.quotes[0]).toMatchObject({ speaker: 'a1', speakerText: 'the spokesman' });
  });

  it('keeps an unnamed source as an agent actor, numbered after the others, with its country and sector', () => {
    const doc = run(
      'A senior Ukrainian official, who spoke on condition of anonymity, said the counter-offensive had begun.\n\n"We will not stop," the official said.',
      [PESKOV],
    );
    const first = find(doc, 'counter-offensive');
    expect(first.speakerText).toBe('A senior Ukrainian official');
    const agent = doc.actors.find((a) => a.id === first.speaker)!;
    expect(agent).toMatchObject({ id: 'a2', type: 'agent', country: 'UKR', sector: 'GOV' });
    expect(find(doc, 'We will not stop').speaker).toBe('a2');
  });

  it('prefers the name over the role in an appositive', () => {
    const doc = run('The Deputy Minister of Defence, Hanna Berg, described the reports as "false".');
    expect(doc.quotes[0].speakerText).toBe('Hanna Berg');
  });
});

describe('quotes: attribution chains', () => {
  it('puts an agency cited for a quote first, and carries it to the speaker\'s other quotes', () => {
    const doc = run(
      'The leaders asked for help, Peskov told reporters.\n\n"Requests have come through," Peskov said, reports the TASS news agency.\n\n"They are grateful," he added.',
      [PESKOV, TASS],
    );
    const q = find(doc, 'Requests have come through');
    expect(q.attribution[0]).toMatchObject({ name: 'TASS', actor: 'a2', kind: 'agency', cue: 'reports' });
    expect(chain(q)).toEqual(['agency:TASS', 'person:Dmitry Peskov']);
    expect(chain(find(doc, 'grateful'))).toEqual(['agency:TASS', 'person:Dmitry Peskov']);
    expect(chain(find(doc, 'asked for help'))).toEqual(['agency:TASS', 'person:Dmitry Peskov']);
  });

  it('"told Reuters", "Interfax reported" and "in an interview with ..." name the outlet', () => {
    const a = run('General Ivan Sirko told Reuters that the town had fallen.');
    expect(chain(a.quotes[0])).toEqual(['agency:Reuters', 'person:General Ivan Sirko']);
    expect(a.quotes[0].attribution[0].cue).toBe('told');
    const b = run('"The town has fallen," General Ivan Sirko said, Interfax reported.');
    expect(chain(b.quotes[0])).toEqual(['agency:Interfax', 'person:General Ivan Sirko']);
    const c = run('The mayor said in an interview with the BBC that the city had no water.');
    expect(chain(c.quotes[0])).toEqual(['outlet:BBC', 'person:The mayor']);
  });

  it('"X, citing Y, said" and "said, quoting the letters" add the cited source after the speaker', () => {
    const a = run('The ministry, citing military sources, said the airport was hit.');
    expect(chain(a.quotes[0])).toEqual(['organization:The ministry', 'person:military sources']);
    expect(a.quotes[0].cue).toBe('said, citing military sources');
    const b = run('"Our appeals are urgent," Peskov said, quoting the letters.', [PESKOV]);
    expect(b.quotes[0].cue).toBe('said, quoting the letters');
    expect(chain(b.quotes[0])).toEqual(['person:Dmitry Peskov', 'document:the letters']);
  });

  it('a document that speaks keeps the chain of the person who quoted it, and the run goes on', () => {
    const doc = run(
      '"The situation is grave," Peskov said, quoting the letters.\n\n"Kiev is massing troops," the letters to Putin said.\n\n"We ask for help," Peskov said.\n\nThe Kremlin gave no details.\n\n"We will decide soon," Peskov said.',
      [PESKOV],
    );
    const letters = find(doc, 'massing troops');
    expect(letters).toMatchObject({ speaker: null, speakerText: 'the letters to Putin' });
    expect(chain(letters)).toEqual(['person:Dmitry Peskov', 'document:the letters']);
    expect(chain(find(doc, 'We ask for help'))).toEqual(['person:Dmitry Peskov', 'document:the letters']);
    expect(chain(find(doc, 'decide soon'))).toEqual(['person:Dmitry Peskov']);
  });

  it('"said in a statement" / "on Telegram" go into the cue; a statement is a document link', () => {
    const a = run('The ministry said in a statement that two drones were shot down.');
    expect(a.quotes[0].cue).toBe('said in a statement');
    expect(chain(a.quotes[0])).toEqual(['organization:The ministry', 'document:a statement']);
    const b = run('The governor said on Telegram that power had been restored.');
    expect(b.quotes[0].cue).toBe('said on Telegram');
  });

  it('the outlet\'s own voice has no quotes; quoteAt finds the innermost quote or null', () => {
    const doc = run('Russian troops crossed the border on Thursday. "We are defending ourselves," the president said.');
    expect(doc.quotes).toHaveLength(1);
    expect(quoteAt(doc, 0, 10)).toBeNull();
    const q = doc.quotes[0];
    expect(quoteAt(doc, q.start + 3, q.start + 8)).toBe(q);
  });
});

describe('quotes: transcripts', () => {
  it('reads "Name: words" turns as direct speech up to the next turn', () => {
    const doc = run(
      'Mayor Anna Berg: Good afternoon, colleagues. We have a lot to discuss. Ivan Sirko: Thank you. The bridge is ready. Mayor Anna Berg: Good.',
    );
    expect(doc.quotes.map((q) => [q.direct, content(doc, q), q.speakerText])).toEqual([
      [true, 'Good afternoon, colleagues. We have a lot to discuss.', 'Mayor Anna Berg'],
      [true, 'Thank you. The bridge is ready.', 'Ivan Sirko'],
      [true, 'Good.', 'Mayor Anna Berg'],
    ]);
  });

  it('does not take a one-word heading for a speaker', () => {
    const doc = run('Update: The bridge reopened on Monday.');
    expect(doc.quotes).toHaveLength(0);
  });

  it('does not let things speak', () => {
    const doc = run('The figures indicate that growth is slowing.');
    expect(doc.quotes).toHaveLength(0);
  });
});

describe('quotes: stage contract', () => {
  it('can run twice on one Doc without adding its agents twice', () => {
    const stage = quotes();
    const doc = run('A senior official said the talks had stalled.');
    const n = doc.actors.length;
    stage.run(doc, { report() {} });
    expect(doc.actors.length).toBe(n);
    expect(doc.quotes).toHaveLength(1);
  });

  it('reports a quote mark that is never closed', () => {
    const doc = run('"We will see what happens next week," the mayor said. "And then');
    expect(doc.messages.some((m) => m.ruleId === 'quotes/unclosed-quote')).toBe(true);
  });

  it('requires tokens, sentences and actors and provides quotes', () => {
    expect(quotes()).toMatchObject({ name: 'quotes', requires: ['sentences', 'tokens', 'actors'], provides: ['quotes'] });
  });
});

describe('quoteModality', () => {
  it('reads the cue verb of a quote', async () => {
    const { quoteModality } = await import('./index.js');
    expect(quoteModality({ cue: 'denied' })).toBe('denied');
    expect(quoteModality({ cue: 'rejected' })).toBe('denied');
    expect(quoteModality({ cue: 'said in a statement' })).toBe('claimed');
    expect(quoteModality({ cue: 'told reporters' })).toBe('claimed');
    expect(quoteModality({ cue: 'promised' })).toBe('planned');
    expect(quoteModality({ cue: 'suggested' })).toBe('hypothetical');
    expect(quoteModality({ cue: null })).toBe('claimed');
  });
});

describe('quotes: held-out error kinds (sentences written for the rules)', () => {
  const NOWAK: HandActor = { name: 'Adam Nowak', words: ['Adam Nowak', 'Nowak'], country: 'POL', sector: 'LEG' };
  const KOWAL: HandActor = { name: 'Ewa Kowal', words: ['Ewa Kowal', 'Kowal'], country: 'POL', sector: 'GOV' };

  it('reads dash-introduced quotes: "- Text - said X." at a paragraph start and glued after a sentence', () => {
    const doc = run('- We will build the road next year - said Adam Nowak.\n\nThe mayor spoke in the square.- The money is ready. We only wait for the permit - adds Ewa Kowal.', [NOWAK, KOWAL]);
    const a = find(doc, 'We will build the road');
    expect(content(doc, a)).toBe('We will build the road next year');
    expect(a).toMatchObject({ direct: true, speaker: 'a1', cue: 'said' });
    const b = find(doc, 'The money is ready');
    expect(content(doc, b)).toBe('The money is ready. We only wait for the permit');
    expect(b.speaker).toBe('a2');
  });

  it('reads "- Text - X said" with the speaker before the cue, and a dash inside the quote', () => {
    const doc = run('- If there were a threat - and there is one - we would answer it - the minister said.');
    const q = find(doc, 'If there were a threat');
    expect(content(doc, q)).toBe('If there were a threat - and there is one - we would answer it');
    expect(q.speakerText).toBe('the minister');
  });

  it('finds the speaker after an adjunct: "- Text - said after the meeting MP Adam Nowak."', () => {
    const doc = run('- People react well - said after the meeting in Lodz MP Adam Nowak.', [NOWAK]);
    expect(find(doc, 'People react well').speaker).toBe('a1');
  });

  it('does not read dashes in headings and lists as quotes', () => {
    const doc = run('– Talks in Geneva –\n\nWorld War I – Treaty of Brest (1918). Russia agreed to it.');
    expect(doc.quotes).toHaveLength(0);
  });

  it('takes "believes that" as reported speech', () => {
    const doc = run('The governor believes that the new bridge will cut travel times.');
    const q = find(doc, 'the new bridge');
    expect(content(doc, q)).toBe('the new bridge will cut travel times');
    expect(q.speakerText).toBe('The governor');
  });

  it('stops the clause before ", and X told Y that" and before a participle cue without a comma', () => {
    const doc = run('Officials say hundreds of people are sheltering in the plant, and a police official told CNN that food was running out.\n\nThe minister said the war was "a disaster for the region" adding that talks would go on.');
    expect(content(doc, find(doc, 'hundreds of people'))).toBe('hundreds of people are sheltering in the plant');
    expect(content(doc, find(doc, 'food was running out'))).toBe('food was running out');
    expect(content(doc, find(doc, 'the war was'))).toBe('the war was "a disaster for the region"');
  });

  it('keeps ", but also ..." and ", but if ..." inside the reported clause', () => {
    const doc = run('The minister said that the aid will go not only to the army, but also to hospitals in the east.');
    expect(content(doc, find(doc, 'the aid will go'))).toBe('the aid will go not only to the army, but also to hospitals in the east');
  });

  it('stops a reported clause at a sentence glued to it ("...reparations.- There is")', () => {
    const doc = run('Nowak said that now is the time to ask for reparations.- There is something like timing in politics - said Nowak.', [NOWAK]);
    expect(content(doc, find(doc, 'now is the time'))).toBe('now is the time to ask for reparations');
    expect(find(doc, 'There is something').direct).toBe(true);
  });

  it('reads a list subject after a cue without "that" and resolves "It" to the ministry quoted before', () => {
    const doc = run('"A depot was damaged," the defence ministry says.\n\nKallas said that the move was a response.\n\nIt says power lines, a power plant and houses also suffered damage.');
    const q = find(doc, 'power lines');
    expect(content(doc, q)).toBe('power lines, a power plant and houses also suffered damage');
    expect(q.attribution.at(-1)?.name).toMatch(/defence ministry/);
  });

  it('reads a subject whose verb was tagged as a noun: "Energoatom reports ..., but says ..."', () => {
    const doc = run('Energoatom reports a cyberattack on its website, but says its operations have not been disrupted.');
    const q = find(doc, 'its operations');
    expect(q.speakerText).toBe('Energoatom');
  });

  it('gives "the politician" the person quoted last, not an earlier group of politicians', () => {
    const doc = run('According to opposition politicians, the topic returns in every crisis.\n\nNow MP Adam Nowak says that the work "has been completed".- Today we can say, a report - the politician added.', [NOWAK]);
    expect(find(doc, 'Today we can say').speaker).toBe('a1');
  });

  it('reads "the PiS president" as the party leader quoted before, not the head of state the title table knows', () => {
    const doc = run('"The debt is not settled," Jan Lis said at a meeting. The PiS president also added that maybe now is the best time.', [
      { name: 'Jan Lis', words: ['Jan Lis'] },
      { name: 'Andrzej Duda', words: ['The PiS president'], country: 'POL', sector: 'GOV' },
    ]);
    const q = find(doc, 'maybe now is the best time');
    expect(q.speaker).toBe('a1');
  });

  it('does not read "Credit: Visit Ukraine" captions as transcript turns', () => {
    const doc = run('Tours run daily.Credit: Visit Ukraine\n\nGuides help.Credit: Visit Ukraine\n\n"It is not only about bombs," Tanko stressed.');
    const q = find(doc, 'It is not only about bombs');
    expect(content(doc, q)).toBe('It is not only about bombs,');
    expect(doc.quotes.some((x) => content(doc, x).includes('Visit Ukraine'))).toBe(false);
  });

  it('does not take a cue inside a compound ("self-proclaimed")', () => {
    const doc = run('The recognition of the self-proclaimed "republics" will be an act of aggression, the envoy added.');
    expect(doc.quotes.every((q) => q.cue !== 'proclaimed')).toBe(true);
  });

  it('gives a participle after a direct quote the quote\'s speaker: "- ... - said X in an interview, noting that ..."', () => {
    const doc = run('- I do not feel comfortable - said MP Adam Nowak in an interview with Radio Plus, noting that the border is long.', [NOWAK]);
    expect(find(doc, 'the border is long').speaker).toBe('a1');
  });

  it('finds the subject after an opening phrase with a relative clause in it', () => {
    const doc = run('In his speech to the summit in Madrid, which took place on Monday, Zelensky asked for help, telling the summit that Ukraine needed air defence.', [
      { name: 'Volodymyr Zelensky', words: ['Zelensky'], country: 'UKR', sector: 'GOV' },
    ]);
    expect(find(doc, 'Ukraine needed air defence').speaker).toBe('a1');
  });

  it('reads "the British leader" as the Briton with a fitting title named before, not one with another title', () => {
    const people: HandActor[] = [
      { name: 'Boris Johnson', words: ['British Prime Minister Boris Johnson'], country: 'GBR', sector: 'GOV' },
      { name: 'Volodymyr Zelensky', words: ['Ukrainian President Volodymyr Zelensky'], country: 'UKR', sector: 'GOV' },
    ];
    const doc = run('British Prime Minister Boris Johnson met Ukrainian President Volodymyr Zelensky in Kyiv. The British leader said that Britain would stand with Ukraine.\n\nThe British foreign secretary said that the talks were useful.', people);
    expect(find(doc, 'Britain would stand').speaker).toBe('a1');
    expect(find(doc, 'the talks were useful').speaker).toBeNull();
  });

  it('gives "the President" of a readout the actor the actors stage gave the same title, not the governor quoted last', () => {
    const doc = run('Ivan Orlov said that the region had grown. He said that jobs had been created. Vladimir Putin thanked him for his work. This requires attention, the President said.', [
      { name: 'Ivan Orlov', words: ['Ivan Orlov'] },
      { name: 'Vladimir Putin', words: ['Vladimir Putin', 'the President'] },
    ]);
    expect(find(doc, 'jobs had been created').speaker).toBe('a1');
    expect(find(doc, 'This requires attention').speaker).toBe('a2');
  });

  it('takes "reaffirmed that" as a speech cue', () => {
    const doc = run('He reaffirmed that the goals were unchanged.');
    expect(content(doc, find(doc, 'the goals'))).toBe('the goals were unchanged');
  });

  it('ends "<clause>, according to X, but <clause>" before the source', () => {
    const doc = run('A corridor has been agreed for the evacuation of women, according to the deputy prime minister, but troops are advancing on the route.');
    expect(content(doc, find(doc, 'A corridor'))).toBe('A corridor has been agreed for the evacuation of women');
  });

  it('starts a clause after a run-in heading: "Siege continues: <clause>, the council said."', () => {
    const doc = run('Troops attempt advance on city: The city is in the direction of an attempted advance, the regional council said Wednesday.');
    expect(content(doc, find(doc, 'attempted advance'))).toBe('The city is in the direction of an attempted advance');
  });

  it('finds the cue after an appositive that lost its closing comma', () => {
    const doc = run('"We will invite people after the war," Maria Olis, head of the state tourism agency told CNN.');
    expect(find(doc, 'We will invite people').speakerText).toBe('Maria Olis');
  });

  it('gives a quote after "X told CNN, adding:" the speaker of the quote before it', () => {
    const doc = run('"I call for caution," McGrath told CNN, adding: "The west is safer than the east."');
    expect(find(doc, 'The west is safer').speakerText).toBe('McGrath');
  });

  it('reads "believes increased supply will ..." (a participle opening the clause)', () => {
    const doc = run('The governor believes increased gas supply will help transport.');
    expect(content(doc, find(doc, 'gas supply'))).toBe('increased gas supply will help transport');
  });

  it('reads "told CNN by phone Tuesday evening that" and "..., X, chief of police, told CNN earlier this week."', () => {
    const doc = run('The commander, Serhii Volyna, told CNN by phone Tuesday evening that the plant was surrounded.\n\nMany civilians were sheltering inside the plant, Myhailo Vershynin, chief of the patrol police, told CNN earlier this week.');
    const a = find(doc, 'the plant was surrounded');
    expect(a.speakerText).toBe('Serhii Volyna');
    expect(a.cue).toBe('told CNN by phone');
    const b = find(doc, 'Many civilians');
    expect(content(doc, b)).toBe('Many civilians were sheltering inside the plant');
    expect(b.speakerText).toBe('Myhailo Vershynin');
  });

  it('does not give "the mayor" to "the commander" quoted last', () => {
    const doc = run('The commander told CNN that the plant was surrounded.\n\nFood is running out, the mayor told CNN.');
    expect(find(doc, 'Food is running out').speakerText).toBe('the mayor');
    expect(find(doc, 'Food is running out').attribution.map((l) => l.name)).not.toContain('commander');
  });

  it('keeps "said that last year ..." whole', () => {
    const doc = run('He said that last year the index was 105 percent.');
    expect(content(doc, find(doc, 'the index'))).toBe('last year the index was 105 percent');
  });

  it('ends "<content>, he said, adding that ..." before the cue and gives the participle the same speaker', () => {
    const doc = run('The talks will resume next week, Peskov said, adding that both sides were ready.', [PESKOV]);
    expect(content(doc, find(doc, 'The talks'))).toBe('The talks will resume next week');
    const b = find(doc, 'both sides');
    expect(content(doc, b)).toBe('both sides were ready');
    expect(b.speaker).toBe('a1');
  });

  it('reads "said Thursday, warning that ..." (a participle the tagger reads as a noun)', () => {
    const doc = run('Russia will respond, Peskov said Thursday, warning that the West would regret it.', [PESKOV]);
    expect(content(doc, find(doc, 'Russia will respond'))).toBe('Russia will respond');
    const w = find(doc, 'the West would regret it');
    expect(w.speaker).toBe('a1');
    expect(w.cue).toBe('warning');
  });

  it('gives "X said ..., adding: \"...\"" the cue\'s speaker, not the sentence\'s first noun', () => {
    const doc = run('The army is ready, Peskov said on Thursday, adding: "We will not retreat."', [PESKOV]);
    expect(find(doc, 'We will not retreat').speaker).toBe('a1');
  });

  it('runs a reported clause on to the end of a quote the splitter cut, and gives the next "adding that" the same speaker', () => {
    const doc = run('Tanko pointed out that they are "sometimes happy, and sad. Life continues, and there is hope," adding that "children grow up, and we try to live life."');
    const a = find(doc, 'they are');
    expect(a.direct).toBe(false);
    expect(content(doc, a)).toContain('there is hope');
    expect(find(doc, 'children grow up').speakerText).toBe('Tanko');
  });

  it('does not give "the President of Russia" / "the Russian President" to the President of France quoted before', () => {
    const doc = run('President of France Emmanuel Macron said that Europe wanted peace. The President of Russia noted that Kiev had sabotaged the agreements. The Russian President said that talks were possible.', [
      { name: 'Emmanuel Macron', words: ['President of France Emmanuel Macron'], country: 'FRA', sector: 'GOV' },
    ]);
    expect(find(doc, 'Europe wanted peace').speaker).toBe('a1');
    expect(find(doc, 'Kiev had sabotaged').speaker).toBeNull();
    expect(find(doc, 'talks were possible').speaker).toBeNull();
    expect(find(doc, 'talks were possible').attribution.map((l) => l.name)).not.toContain('Emmanuel Macron');
  });

  it('reads the possessor of a subject like "Macron\'s visit" as the one a later "He" refers to', () => {
    const doc = run('French President Emmanuel Macron arrived in Kyiv on Thursday. Volodymyr Zelensky welcomed him at the station.\n\nMacron\'s visit was his first since the war began.\n\nHe said France would send more weapons.', [
      { name: 'Emmanuel Macron', words: ['French President Emmanuel Macron', 'Macron'], country: 'FRA', sector: 'GOV' },
      { name: 'Volodymyr Zelensky', words: ['Volodymyr Zelensky'], country: 'UKR', sector: 'GOV' },
    ]);
    expect(find(doc, 'France would send').speaker).toBe('a1');
  });

  it('reads clauses whose subject holds an infinitive or a parenthesis between dashes', () => {
    const doc = run('Truss said the moves to isolate Russia proved that access was no longer a given.\n\nShe suggested China\'s rise - now the second largest economy - could be targeted.');
    expect(content(doc, find(doc, 'the moves'))).toBe('the moves to isolate Russia proved that access was no longer a given');
    expect(content(doc, find(doc, 'rise'))).toBe("China's rise - now the second largest economy - could be targeted");
  });

  it('ends a clause before "and X said" and reads "..., who said" with the relative\'s antecedent', () => {
    const doc = run('Macron has said he would send troops to Ukraine and Cameron said it was up to Kyiv.\n\nThe news was confirmed by the Olympic Committee, who said the athlete died in combat.');
    expect(content(doc, find(doc, 'he would send'))).toBe('he would send troops to Ukraine');
    expect(find(doc, 'it was up to Kyiv').speakerText).toBe('Cameron');
    expect(find(doc, 'the athlete died').speakerText).toBe('the Olympic Committee');
  });
});

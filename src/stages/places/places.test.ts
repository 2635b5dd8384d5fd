import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { makeDoc } from '../../testing/make-doc.js';
import { places } from './index.js';
import { normKey } from './normalize.js';
import { expand } from './tables.js';

const stage = places();

/** Stands in for the actors stage: provides the layers, optionally with given mentions. */
function fakeActors(mentions: (doc: Doc) => Mention[] = () => []): Stage {
  return {
    name: 'actors',
    requires: ['sentences'],
    provides: ['mentions', 'actors'],
    run(doc) {
      doc.mentions = mentions(doc);
    },
  };
}

function run(text: string, meta = {}): Doc {
  return makeDoc(text, [fakeActors(), stage], meta);
}

function placeOf(doc: Doc, surface: string) {
  const at = doc.text.indexOf(surface);
  return doc.places.find((p) => p.mentions.some((m) => m.start === at && m.end === at + surface.length));
}

describe('places: names and spellings', () => {
  it('resolves Kiev and Kyiv to one place with every mention', () => {
    const doc = run('Kyiv said on Monday that Kiev would not give in. Troops are near Kiev.');
    const kyiv = doc.places.filter((p) => p.geonameId === 703448);
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0]).toMatchObject({ name: 'Kyiv', country: 'UKR', featureType: 'city' });
    expect(kyiv[0].mentions).toHaveLength(3);
    expect(kyiv[0].lat).toBeCloseTo(50.45, 1);
    expect(kyiv[0].lon).toBeCloseTo(30.52, 1);
  });

  it('treats Russian and Ukrainian transliterations as the same places', () => {
    const doc = run('Shelling hit Lugansk and Luhansk, Kharkov and Kharkiv, Odessa and Odesa, Nikolaev and Mykolaiv.');
    const ids = (a: string) => placeOf(doc, a)?.geonameId;
    expect(ids('Lugansk')).toBe(702658);
    expect(ids('Luhansk')).toBe(702658);
    expect(ids('Kharkov')).toBe(ids('Kharkiv'));
    expect(ids('Odessa')).toBe(ids('Odesa'));
    expect(ids('Nikolaev')).toBe(ids('Mykolaiv'));
    expect(doc.places).toHaveLength(4);
  });

  it('finds countries, multi-word names and U.S. forms', () => {
    const doc = run('The United States, the U.S. and Russia met in Rio de Janeiro.');
    expect(placeOf(doc, 'United States')).toMatchObject({ country: 'USA', featureType: 'country' });
    expect(placeOf(doc, 'U.S.')).toBe(placeOf(doc, 'United States'));
    expect(placeOf(doc, 'Russia')).toMatchObject({ country: 'RUS', featureType: 'country', geonameId: 2017370 });
    expect(placeOf(doc, 'Rio de Janeiro')).toMatchObject({ country: 'BRA' });
  });

  it('does not read "us" or a shouted US-word as the United States', () => {
    const doc = run('They told us to leave. Police said nothing.');
    expect(doc.places).toHaveLength(0);
  });
});

describe('places: regions and aliases', () => {
  it('resolves regions the city data lacks', () => {
    const doc = run('Fighting in Donbas and Donbass spread to the Gaza Strip, Crimea and Nagorno-Karabakh.');
    expect(placeOf(doc, 'Donbas')).toMatchObject({ name: 'Donbas', country: 'UKR', featureType: 'area' });
    expect(placeOf(doc, 'Donbass')).toBe(placeOf(doc, 'Donbas'));
    expect(placeOf(doc, 'Donbas')!.lat).toBeCloseTo(48, 0);
    expect(placeOf(doc, 'Gaza Strip')).toMatchObject({ country: 'PSE' });
    expect(placeOf(doc, 'Crimea')).toMatchObject({ country: 'UKR', featureType: 'region' });
    expect(placeOf(doc, 'Nagorno-Karabakh')).toMatchObject({ country: 'AZE' });
  });

  it('reads "X region" as the oblast, in both spellings, and "X and Y regions"', () => {
    const doc = run('Russia attacked the Lugansk region and the Luhansk Oblast. Shells fell in the Donetsk and Luhansk regions.');
    expect(placeOf(doc, 'Lugansk region')).toMatchObject({ name: 'Luhansk Oblast', country: 'UKR', featureType: 'region' });
    expect(placeOf(doc, 'Luhansk Oblast')).toBe(placeOf(doc, 'Lugansk region'));
    expect(placeOf(doc, 'Donetsk')).toMatchObject({ name: 'Donetsk Oblast' });
  });

  it('finds "the Hague", "Washington state" and "New York City"', () => {
    const doc = run('Judges in the Hague ruled. Voters in Washington state and New York City agreed with Washington.');
    expect(placeOf(doc, 'the Hague')).toMatchObject({ country: 'NLD', featureType: 'city' });
    expect(placeOf(doc, 'Washington state')).toMatchObject({ country: 'USA', featureType: 'region' });
    expect(placeOf(doc, 'New York City')).toMatchObject({ name: 'New York', country: 'USA' });
    const dc = doc.places.find((p) => p.geonameId === 4140963);
    expect(dc?.featureType).toBe('city');
  });

  it('records a place named inside "Donetsk People\'s Republic"', () => {
    const doc = run("The head of the Donetsk People's Republic spoke.");
    expect(placeOf(doc, 'Donetsk')).toMatchObject({ name: 'Donetsk', country: 'UKR' });
  });

  it('skips places inside newspaper names and treaties', () => {
    const doc = run('The Kyiv Independent and the Washington Post said the Minsk agreements were dead.');
    expect(doc.places).toHaveLength(0);
  });
});

describe('places: ambiguity from context', () => {
  it('Paris is in France by default, and in Texas when the text says so', () => {
    const a = run('The president flew to Paris on Monday.');
    expect(placeOf(a, 'Paris')).toMatchObject({ country: 'FRA' });
    expect(placeOf(a, 'Paris')!.confidence).toBeGreaterThan(0.8);
    const b = run('The storm hit Paris, Texas, on Monday.');
    expect(placeOf(b, 'Paris')).toMatchObject({ country: 'USA' });
    expect(placeOf(b, 'Texas')).toMatchObject({ country: 'USA', featureType: 'region' });
  });

  it('Georgia is the country near Russia and the U.S. state near Atlanta', () => {
    const a = run('Russia fought a war with Georgia in 2008. Tbilisi protested.');
    expect(placeOf(a, 'Georgia')).toMatchObject({ country: 'GEO', featureType: 'country' });
    const b = run('Voters in Atlanta and Savannah went to the polls as Georgia and Florida counted ballots.');
    expect(placeOf(b, 'Georgia')).toMatchObject({ country: 'USA', featureType: 'region', geonameId: 4197000 });
    const c = run('The state of Georgia passed a law.');
    expect(placeOf(c, 'Georgia')).toMatchObject({ country: 'USA' });
  });

  it('says how sure it is', () => {
    const doc = run('Russia fought a war with Georgia in 2008.');
    const g = placeOf(doc, 'Georgia')!;
    expect(g.confidence).toBeGreaterThan(0.5);
    expect(g.confidence).toBeLessThan(placeOf(doc, 'Russia')!.confidence + 0.001);
  });

  it('uses the dateline', () => {
    const doc = run('Talks stall\n\nKYIV, Feb 24 (Reuters) - Officials met on Thursday.');
    const kyiv = placeOf(doc, 'KYIV');
    expect(kyiv).toMatchObject({ geonameId: 703448, country: 'UKR' });
    const m = doc.mentions.find((x) => x.place === kyiv!.id)!;
    expect(m.rule).toBe('places/dateline');
  });

  it('does not read the month or weekday of a dateline as a town ("SEOUL, Nov 24 -" is not Nov, Tajikistan)', () => {
    const doc = run('Seoul warns\n\nSEOUL, Nov 24 - Officials met on Thursday. SEOUL, Sat Dec 5 - More talks.');
    expect(doc.places.map((p) => p.country)).toEqual(['KOR']);
  });
});

describe('places: words that are also towns', () => {
  it('does not take common words or first names for towns', () => {
    const doc = run(
      'Police said most of the troops would march in March. Reading the news, Vladimir Putin said Nice words. Mobile phones split the vote.',
    );
    expect(doc.places).toHaveLength(0);
  });

  it('keeps a stop-word town when the text supports it', () => {
    const doc = run('The match was played in Nice, France, on Sunday.');
    expect(placeOf(doc, 'Nice')).toMatchObject({ country: 'FRA' });
  });

  it('takes a small town only with support from the text', () => {
    const doc = run('Russian troops shelled Hostomel and entered Borodianka, north-west of Kyiv in Ukraine.');
    expect(placeOf(doc, 'Hostomel')).toMatchObject({ country: 'UKR' });
    expect(placeOf(doc, 'Borodianka')).toMatchObject({ country: 'UKR' });
  });
});

describe('places: mentions', () => {
  it('links an existing mention with the same span and adds place mentions after the existing ids', () => {
    const text = 'Kiev is continuing its buildup, Moscow said.';
    const doc = makeDoc(text, [
      fakeActors((d) => [
        { id: 'm1', start: 0, end: 4, kind: 'country', text: 'Kiev', actor: 'a1', place: null, rule: 'actors/capital' },
        { id: 'm7', start: d.text.indexOf('Moscow'), end: d.text.indexOf('Moscow') + 6, kind: 'person', text: 'Moscow', actor: 'a2', place: null, rule: 'test' },
      ]),
      stage,
    ]);
    const kyiv = placeOf(doc, 'Kiev')!;
    expect(doc.mentions[0].place).toBe(kyiv.id);
    expect(doc.mentions).toHaveLength(2); // Moscow is covered by a person mention here: no place
    // A person mention that is a description, not a name, does not hide the place inside it.
    const t3 = "Denis Pushilin, the head of the Donetsk People's Republic, spoke.";
    const doc3 = makeDoc(t3, [
      fakeActors((d) => {
        const at = d.text.indexOf('the head');
        return [{ id: 'm1', start: at, end: d.text.indexOf(', spoke'), kind: 'person', text: '', actor: 'a1', place: null, rule: 'test' }];
      }),
      stage,
    ]);
    expect(placeOf(doc3, 'Donetsk')).toMatchObject({ country: 'UKR' });
    const doc2 = run('Kiev and Moscow.');
    expect(doc2.mentions.map((m) => [m.id, m.kind, m.text, m.rule])).toEqual([
      ['m1', 'place', 'Kiev', 'places/alias'],
      ['m2', 'place', 'Moscow', 'places/alias'],
    ]);
    expect(doc2.places.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('the example article: Kyiv, Donbass, Lugansk, Donetsk and the countries', () => {
    const text = [
      "Kremlin says Ukraine rebels asked Russia's help against Kyiv",
      "The heads of the Donetsk and Lugansk People's Republics asked for help in Donbass, Peskov said.",
      'Kiev is continuing its military buildup, with support from the United States. The Kiev regime is determined. Threats from Kiev.',
    ].join('\n\n');
    const doc = run(text);
    const kyiv = placeOf(doc, 'Kyiv')!;
    expect(kyiv.mentions.length).toBeGreaterThanOrEqual(4);
    expect(placeOf(doc, 'Donbass')).toMatchObject({ country: 'UKR' });
    expect(placeOf(doc, 'Lugansk')).toMatchObject({ name: 'Luhansk', country: 'UKR' });
    expect(placeOf(doc, 'Donetsk')).toMatchObject({ country: 'UKR' });
    for (const c of ['Ukraine', 'Russia', 'United States']) expect(placeOf(doc, c)?.featureType).toBe('country');
  });
});

describe('places: keys', () => {
  it('normalises names the same way as the gazetteer builder', async () => {
    // @ts-expect-error: a plain ESM script without types
    const build = (await import('../../../scripts/build-gazetteer.mjs')) as { normKey(s: string): string | null };
    for (const s of ['Kyiv', 'Ivano-Frankivsk', 'St. Petersburg', 'Kraków', 'Łódź', "Côte d'Ivoire", 'São Paulo', 'Zürich', 'Київ']) {
      expect(normKey(s)).toBe(build.normKey(s));
    }
    expect(normKey('Ivano-Frankivsk')).toBe('ivano frankivsk');
    expect(normKey('Łódź')).toBe('lodz');
    expect(normKey('Київ')).toBeNull();
  });

  it('expands {a,b} groups in table variants', () => {
    expect(expand('{Donetsk,Donetska} {Oblast,Region}')).toEqual(['Donetsk Oblast', 'Donetsk Region', 'Donetska Oblast', 'Donetska Region']);
  });
});

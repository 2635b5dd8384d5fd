import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, Link } from '../../model/doc.js';
import { packageRoot } from '../../pipeline/data-path.js';
import { makeDoc } from '../../testing/make-doc.js';
import { events } from './index.js';
import { addActor, addPlace, addQuote } from './testing.js';

/**
 * The example article (examples/000_80fcfe79319a8e65.txt) with its actors, places and quotes put
 * in by hand as the actors/places/quotes stages would: the events stage must find the key event
 * once, with three reports, claimed by Peskov via TASS, and the four "should" events.
 */
function exampleDoc(): Doc {
  const raw = readFileSync(join(packageRoot(), 'examples', '000_80fcfe79319a8e65.txt'), 'utf8');
  const body = raw.slice(raw.indexOf('\n') + 1);
  const doc = makeDoc(body, [], { title: "Kremlin says Ukraine rebels asked Russia's help against Kyiv", date: '2022-02-24' });
  const A = (text: string, spec: Parameters<typeof addActor>[2]) => addActor(doc, text, spec);
  A('Leonid Pasechnik', { country: 'UKR', sector: 'REB', name: 'Leonid Pasechnik', type: 'person' });
  A('Denis Pushilin', { country: 'UKR', sector: 'REB', name: 'Denis Pushilin', type: 'person' });
  A("the head of the Lugansk People's Republic", { name: 'Leonid Pasechnik' });
  A("the head of the Donetsk People's Republic", { name: 'Denis Pushilin' });
  A('DPR', { name: 'Denis Pushilin' });
  A('LPR', { name: 'Leonid Pasechnik' });
  A('Russian President Vladimir Putin', { country: 'RUS', sector: 'GOV', name: 'Vladimir Putin', type: 'person' });
  A('Putin', { name: 'Vladimir Putin', after: 1500 });
  A('the Russian president', { name: 'Vladimir Putin' });
  A('Kremlin Spokesman Dmitry Peskov', { country: 'RUS', sector: 'GOV', name: 'Dmitry Peskov', type: 'person' });
  A('Peskov', { name: 'Dmitry Peskov', after: 800 });
  A('TASS news agency', { country: 'RUS', sector: 'MED', name: 'TASS', type: 'media' });
  A('Ukrainian Armed Forces', { country: 'UKR', sector: 'MIL', name: 'Ukrainian Armed Forces', type: 'organization' });
  A("Ukraine's Armed Forces", { name: 'Ukrainian Armed Forces' });
  A('Ukrainian armed forces', { name: 'Ukrainian Armed Forces' });
  A('Kiev', { country: 'UKR', sector: 'GOV', name: 'Kiev', type: 'organization' });
  A('the United States', { country: 'USA', sector: null, name: 'United States', type: 'country' });
  A("the two republics' heads", { country: 'UKR', sector: 'REB', name: 'DPR/LPR heads', type: 'agent' });
  A('The heads of those republics', { name: 'DPR/LPR heads' });
  addPlace(doc, 'Donbass', { country: 'UKR', name: 'Donbas' });
  const tass: Link = { name: 'TASS', actor: null, kind: 'agency', cue: 'reports' };
  const peskov: Link = { name: 'Dmitry Peskov', actor: null, kind: 'person', cue: 'said' };
  const letters: Link = { name: 'the letters', actor: null, kind: 'document', cue: 'quoting' };
  addQuote(doc, 'The heads of the Donetsk', 'Donbass', { direct: false, cue: 'told reporters', attribution: [{ ...peskov, cue: 'told reporters' }] });
  addQuote(doc, 'Written requests', "Donetsk People's Republic,", { attribution: [tass, peskov] });
  addQuote(doc, 'The heads of those republics', 'their states,', { attribution: [tass, peskov] });
  addQuote(doc, 'Their appeals', 'children,', { attribution: [peskov, letters] });
  addQuote(doc, 'Kiev is continuing', 'by force,', { attribution: [peskov, letters] });
  addQuote(doc, 'In view of the above', 'the republics,', { attribution: [peskov, letters] });
  return doc;
}

describe('the example article', () => {
  const doc = exampleDoc();
  const messages: string[] = [];
  events().run(doc, { report: (m) => messages.push(`${m.ruleId}: ${m.reason}`) });
  const actor = (id: string) => doc.actors.find((a) => a.id === id)!;
  const code = (ids: string[]) => ids.map((id) => `${actor(id).country}/${actor(id).sector}`);

  it('codes the appeal for military aid once, with three reports, claimed by Peskov via TASS', () => {
    const requests = doc.events.filter((e) => e.plover.type === 'REQUEST');
    expect(requests).toHaveLength(1);
    const [e] = requests;
    expect(e.cameo).toBe('0232');
    expect(e.plover).toEqual({ type: 'REQUEST', mode: 'assist', context: ['military'] });
    expect(new Set(code(e.source))).toEqual(new Set(['UKR/REB']));
    expect(code(e.target)).toEqual(['RUS/GOV']);
    expect(e.modality).toBe('claimed');
    expect(e.attribution.map((l) => l.name)).toContain('Dmitry Peskov');
    expect(e.evidence).toHaveLength(3);
    expect(doc.text.slice(e.evidence[0].start, e.evidence[0].end)).toContain('asked Russian President Vladimir Putin to offer help');
    expect(e.goldstein).toBe(3.4);
    expect(e.quadClass).toBe(1);
    expect(e.dateSource).toBe('article');
    expect(e.date).toBe('2022-02-24');
    expect(e.place && doc.places.find((p) => p.id === e.place)?.name).toBe('Donbas');
  });

  it('codes the "should" events', () => {
    const brief = doc.events.map((e) => `${e.plover.type} ${e.cameo.slice(0, 2)} ${code(e.source).join('+')} -> ${code(e.target).join('+')} ${e.modality}`);
    expect(brief).toContain('SUPPORT 05 UKR/REB -> RUS/GOV claimed');
    expect(brief).toContain('ASSAULT 19 UKR/MIL ->  claimed');
    expect(brief).toContain('MOBILIZE 15 UKR/GOV ->  claimed');
    expect(brief).toContain('AID 07 USA/null -> UKR/GOV claimed');
    const aid = doc.events.find((e) => e.plover.type === 'AID')!;
    expect(aid.plover.context).toEqual(['military']);
    expect(aid.attribution.map((l) => l.name)).toEqual(['Dmitry Peskov', 'the letters']);
  });

  it('codes nothing from the title and nothing more', () => {
    expect(doc.events).toHaveLength(5);
    expect(doc.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });
});

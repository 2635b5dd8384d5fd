import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorAt, code, summary } from './testkit.js';

describe('precision: what is not an actor', () => {
  it('sentence-initial capitals, months, weekdays and "The" make no actors', () => {
    const doc = code('Written requests have come through. On Monday, March talks began. The Talks Were Long. Meanwhile nothing happened.');
    expect(summary(doc)).toEqual([]);
  });

  it('a caption\'s "(L)" is not an actor', () => {
    const doc = code('Leonid Pasechnik (L) and Denis Pushilin attended.');
    expect(doc.actors.map((a) => a.name)).not.toContain('L');
    expect(doc.mentions.map((m) => m.text)).not.toContain('L');
  });

  it('lower-case words that are names in capitals: turkey, china, us, chad', () => {
    const doc = code('They ate turkey from fine china with us, and chad fell from the ballots.');
    expect(summary(doc)).toEqual([]);
  });

  it('a first name that is also a place starts a name: "Jordan Bardella", "Israel Katz"', () => {
    const doc = code('Jordan Bardella said so, and Israel Katz agreed.');
    expect(doc.actors.map((a) => a.code)).not.toContain('JOR');
    expect(doc.actors.map((a) => a.code)).not.toContain('ISR');
  });

  it('title-case headlines do not make people of capitalised words', () => {
    const doc = code('Kremlin Says Ukraine Rebels Asked Russia\'s Help Against Kyiv\n\nThe text follows.');
    expect(doc.actors.filter((a) => a.type === 'person')).toEqual([]);
    expect(actorAt(doc, 'Kremlin')?.code).toBe('RUSGOV');
  });

  it('ALL-CAPS wire headlines do not flood actors, and "US"/"IT"/"WHO" in them are words', () => {
    const doc = code('BAHIA COCOA REVIEW\n\nLET US SEE WHO IS IT\n\nShowers continued in the cocoa zone.');
    expect(summary(doc)).toEqual([]);
  });

  it('an unknown single capitalised word is no actor without a title', () => {
    const doc = code('Comissaria reported that Smith went home.');
    expect(summary(doc)).toEqual([]);
  });

  const reuters = '../shared/corpus/reuters21578.jsonl';
  it.skipIf(!existsSync(reuters))('on real 1987 wire copy, actors come from the body, not the capitals headlines', () => {
    const lines = readFileSync(reuters, 'utf8').split('\n').slice(0, 300).filter(Boolean);
    let inCaps = 0;
    let total = 0;
    for (const l of lines) {
      const r = JSON.parse(l) as { title: string; text: string; date: string };
      const doc = code(`${r.title}\n\n${r.text}`, r.date.slice(0, 10));
      const title = doc.sentences.filter((s) => s.paragraph === 0);
      const titleEnd = title.length ? title[title.length - 1].end : 0;
      for (const a of doc.actors) {
        total++;
        if (a.mentions.every((m) => m.end <= titleEnd) && a.type === 'person') inCaps++;
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(inCaps).toBe(0);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodes } from './codes.js';
import { events, loadTables } from './index.js';
import { anchorWords, compilePattern, parsePattern, PatternError, readTsvPatterns } from './patterns.js';
import { brief, code } from './test-helpers.js';

const codes = loadCodes();

describe('the pattern language', () => {
  it('parses words, alternatives, groups, optional elements, gaps, slots and context words', () => {
    const els = parsePattern('X ask|urge Y to? (help|assist) ...4 (repel the attack|defend) &military Y:army|troops?');
    expect(els.map((e) => e.k)).toEqual(['slot', 'lit', 'slot', 'lit', 'lit', 'gap', 'group', 'lit', 'slot']);
    expect(els[1]).toMatchObject({ words: ['ask', 'urge'] });
    expect(els[3]).toMatchObject({ words: ['to'], opt: true });
    expect(els[5]).toMatchObject({ max: 4 });
    expect(els[7]).toMatchObject({ words: ['military'], context: true });
    expect(els[8]).toMatchObject({ role: 'Y', heads: ['army', 'troops'], opt: true });
  });
  it('parses part-of-speech constraints', () => {
    expect(parsePattern('X talk/N with Y')[1]).toMatchObject({ words: ['talk'], pos: 'N' });
    expect(parsePattern('X (resign|quit)/V')[1]).toMatchObject({ words: ['resign', 'quit'], pos: 'V' });
  });
  it('indexes a pattern by its anchor words', () => {
    const p = compilePattern({ id: 't', cameo: '195', pattern: 'X (air strike|airstrike) on Y', where: 'test' }, codes);
    expect(anchorWords(p.anchor)).toEqual(['air', 'airstrike']);
    expect(p).toMatchObject({ subject: 'X', plover: 'ASSAULT', mode: 'heavy-weapons', context: ['military'], needsTarget: true });
  });
  it('maps 02x appeals to REQUEST with the mode and context of the matching demand', () => {
    expect(compilePattern({ id: 't', cameo: '0232', pattern: 'X ask Y for weapons', where: 't' }, codes)).toMatchObject({
      plover: 'REQUEST',
      mode: 'assist',
      context: ['military'],
    });
  });
  it('says where a pattern is wrong', () => {
    expect(() => compilePattern({ id: 'a', cameo: '999', pattern: 'X attack Y', where: 'my.patterns.tsv:3' }, codes)).toThrow(/my.patterns.tsv:3: unknown CAMEO code "999"/);
    expect(() => compilePattern({ id: 'b', cameo: '010', pattern: 'X say', where: 'f:1' }, codes)).toThrow(/no PLOVER type/);
    expect(() => compilePattern({ id: 'c', cameo: '190', pattern: 'attack Y', where: 'f:2' }, codes)).toThrow(/no source slot X/);
    expect(() => compilePattern({ id: 'd', cameo: '190', pattern: 'X (attack', where: 'f:3' }, codes)).toThrow(PatternError);
    expect(() => readTsvPatterns('only\ttwo\n', 'f.patterns.tsv')).toThrow(/f.patterns.tsv:1: expected/);
  });
  it('no two shipped patterns share an id (a later one would silently replace the earlier)', async () => {
    const { builtinPatternFiles, readPatternFile } = await import('./patterns.js');
    const ids = builtinPatternFiles().flatMap((f) => readPatternFile(f).map((l) => l.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('every shipped pattern compiles and every anchor is indexed', () => {
    const t = loadTables();
    expect(t.index.all.length).toBeGreaterThan(400);
    for (const p of t.index.all) for (const w of anchorWords(p.anchor)) expect(t.index.byWord.get(w)).toContain(p);
  });
});

describe('user patterns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirecoder-patterns-'));
  it('a .patterns.tsv file adds a pattern (and other --dict files are ignored)', () => {
    const file = join(dir, 'mine.patterns.tsv');
    writeFileSync(file, '# my patterns\nmy.drones\t0232\tX beg Y for ...2 drones\n');
    writeFileSync(join(dir, 'actors.tsv'), 'not a pattern file\n');
    const stage = events({ dicts: [file, join(dir, 'actors.tsv')] });
    const { events: evs } = code(stage, 'Kyiv begged Washington for more drones.', { Kyiv: 'UKR GOV', Washington: 'USA GOV' });
    expect(evs.map((e) => `${brief(e)} ${e.pattern}`)).toEqual(['REQUEST 0232 Kyiv -> Washington asserted my.drones']);
  });
  it('a .patterns.yaml file, with options', () => {
    const file = join(dir, 'mine.patterns.yaml');
    writeFileSync(file, '- id: my.embargo\n  cameo: "163"\n  pattern: X blacklist Y\n  mode: restrict\n');
    const stage = events({ dicts: [file] });
    const { events: evs } = code(stage, 'Washington blacklisted the company.', { Washington: 'USA GOV', 'the company': 'CHN BUS' });
    expect(evs.map(brief)).toEqual(['COERCE 163 Washington -> the company asserted']);
    expect(evs[0].event.plover.mode).toBe('restrict');
  });
  it('a user pattern with a built-in id replaces it', () => {
    const stage = events({ patterns: 'attack\t180\tX attack Y' });
    const { events: evs } = code(stage, 'Rebels attacked the convoy guards.', { Rebels: 'COD REB', 'the convoy guards': 'COD MIL' });
    expect(evs.map(brief)).toEqual(['ASSAULT 180 Rebels -> the convoy guards asserted']);
  });
  it('not= words also block their base forms, notbefore= looks at the three words before the trigger', () => {
    const notPlural = events({ patterns: 'curb.trade.x\t163\tX curb/V Y\tnot=prices' });
    expect(code(notPlural, 'Japan curbed Korea on price grounds.', { Japan: 'JPN', Korea: 'KOR' }).events).toEqual([]);
    const before = events({ patterns: 'curb.trade.x\t163\tX curb/V Y\tnotbefore=makers' });
    expect(code(before, 'Car makers in Japan curbed Korea.', { Japan: 'JPN', Korea: 'KOR' }).events).toEqual([]);
    expect(code(before, 'Japan curbed Korea.', { Japan: 'JPN', Korea: 'KOR' }).events.map(brief)).toEqual(['COERCE 163 Japan -> Korea asserted']);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actors } from './index.js';
import { parseActorsFile } from './petrarch.js';
import { actorAt, code } from './testkit.js';
import { readFileSync } from 'node:fs';

const yamlFile = fileURLToPath(new URL('./fixtures/my-actors.yaml', import.meta.url));
const actorsFile = fileURLToPath(new URL('./fixtures/sample.actors', import.meta.url));

describe('user dictionaries (--dict)', () => {
  const st = actors({ dicts: [yamlFile] });

  it('YAML: a new organisation with aliases', () => {
    const doc = code('The Zarvanian People\'s Front said ZPF fighters had left.', '2022-03-01', st);
    expect(actorAt(doc, "The Zarvanian People's Front")).toMatchObject({ code: 'UKRREB' });
    expect(actorAt(doc, 'ZPF fighters')?.code).toBe('UKRREB');
  });

  it('YAML: a dated person, and "the Polish foreign minister" on that date', () => {
    const doc = code('Tomas Reder arrived. Later the Polish foreign minister said the talks went well.', '2022-03-01', st);
    expect(actorAt(doc, 'Tomas Reder')?.code).toBe('POLGOV');
    expect(actorAt(doc, 'the Polish foreign minister')?.name).toBe('Tomas Reder');
  });

  it('YAML: overrides a built-in entry of the same name', () => {
    const doc = code('TASS said so.', '2022-03-01', st);
    expect(actorAt(doc, 'TASS')?.code).toBe('RUSGOV');
    const plain = code('TASS said so.', '2022-03-01');
    expect(actorAt(plain, 'TASS')?.code).toBe('RUSMED');
  });

  it('YAML: a new agent noun', () => {
    const doc = code('Russian drone operators hit the depot.', '2022-03-01', st);
    expect(actorAt(doc, 'Russian drone operators')?.code).toBe('RUSMIL');
  });

  it('rejects a YAML entry without a name', () => {
    expect(() => actors({ dicts: [fileURLToPath(new URL('./fixtures/bad.yaml', import.meta.url))] })).toThrow();
  });
});

describe('PETRARCH/TABARI .actors files', () => {
  it('parses entries, synonyms, dated codes, continuation lines, comments and ---STOP---', () => {
    const entries = parseActorsFile(readFileSync(actorsFile, 'utf8'));
    expect(entries.map((e) => e.name)).toEqual(['BORIS VANTAR', 'KESTREL BRIGADE', 'NORTH VALE PARTY', 'MIRA OSTROVA', 'ORDER OF THE SILVER DOVE', 'CUSTOMS GUARDS']);
    expect(entries[0].aliases).toEqual(['VANTAR', 'B. VANTAR']);
    expect(entries[0].codes).toEqual([
      { code: 'XYZGOV', start: '2010-01-01', end: '2015-12-31' },
      { code: 'XYZELI', start: null, end: null },
    ]);
    expect(entries[2].codes[0]).toEqual({ code: 'XYZPTY', start: '2020-03-01', end: null });
    expect(entries[3].codes).toHaveLength(2);
  });

  it('rejects a malformed date restriction', () => {
    expect(() => parseActorsFile('X_ [ABCGOV 12-34]')).toThrow(/bad date/);
  });

  it('imports a file into the stage: dated codes, aliases and agents', () => {
    const st = actors({ dicts: [actorsFile] });
    const in2012 = code('Boris Vantar met Kestrel Brigade commanders. Vantar left.', '2012-05-01', st);
    expect(actorAt(in2012, 'Boris Vantar')?.code).toBe('XYZGOV');
    expect(actorAt(in2012, 'Vantar')?.name).toBe('Boris Vantar');
    expect(actorAt(in2012, 'Kestrel Brigade commanders')?.code).toBe('XYZREB');
    const in2018 = code('Boris Vantar met the press.', '2018-05-01', st);
    expect(actorAt(in2018, 'Boris Vantar')?.code).toBe('XYZELI');
    const mira = code('Mira Ostrova spoke.', '2020-01-01', st);
    expect(actorAt(mira, 'Mira Ostrova')?.code).toBe('XYZGOV');
    const dove = code('The Order of the Silver Dove sent aid.', '2020-01-01', st);
    expect(actorAt(dove, 'The Order of the Silver Dove')).toMatchObject({ code: 'NGOSDV', sector: 'NGO', country: null });
    const guards = code('Russian customs guards stopped the lorry.', '2020-01-01', st);
    expect(actorAt(guards, 'Russian customs guards')?.code).toBe('RUSCOP');
  });
});

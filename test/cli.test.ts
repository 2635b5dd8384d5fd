import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI as users run it: bin/wirecoder.js over dist/ (built by `npm ci` / `npm test`'s pretest).
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'wirecoder.js');
const example = join(root, 'examples', '000_80fcfe79319a8e65.txt');
const dir = mkdtempSync(join(tmpdir(), 'wirecoder-cli-'));
const db = join(dir, 'test.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('wirecoder CLI', () => {
  it('code: writes one JSON line per article with the contract fields', () => {
    const r = run(['code', example]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(Object.keys(rec)).toEqual(expect.arrayContaining(['article', 'text', 'actors', 'events', 'quotes', 'places', 'messages']));
    expect(rec.article.date).toBe('2022-02-24');
    expect(rec.article.title).toBe("Kremlin says Ukraine rebels asked Russia's help against Kyiv");
  });

  it('code -: reads JSON Lines from stdin, body/headline accepted', () => {
    const input = [JSON.stringify({ headline: 'First', body: 'Text one.', date: '2020-01-02' }), JSON.stringify({ text: 'Text two.' })].join('\n');
    const r = run(['code', '-'], input);
    expect(r.code).toBe(0);
    const recs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.article.title)).toEqual(['First', null]);
    expect(recs[0].article.date).toBe('2020-01-02');
  });

  it('ingest stores articles once; a second ingest adds nothing', () => {
    const first = run(['ingest', '--db', db, example]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/1 new, 0 already stored, 0 failed/);
    const again = run(['ingest', '--db', db, example]);
    expect(again.err).toMatch(/0 new, 1 already stored, 0 failed/);
    const stats = JSON.parse(run(['stats', '--db', db, '--json']).out);
    expect(stats.articles).toBe(1);
  });

  it('search, show and stats read the database', () => {
    const s = run(['search', '--db', db, 'Peskov']);
    expect(s.code).toBe(0);
    expect(s.out).toContain('Kremlin says Ukraine rebels');
    const id = s.out.split(/\s+/)[0];
    const show = run(['show', '--db', db, id.slice(0, 8), '--no-color']);
    expect(show.code).toBe(0);
    expect(show.out).toContain('Kremlin says Ukraine rebels');
    expect(show.out).toContain('Events (');
    expect(run(['show', '--db', db, 'ffffffffffff']).code).toBe(3);
    expect(run(['stats', '--db', db]).out).toMatch(/articles\s+1/);
  });

  it('export to a folder that does not exist: a clear usage error, no stack trace', () => {
    for (const format of ['csv', 'parquet']) {
      const r = run(['export', '--db', db, '--format', format, '--out', join(dir, 'no-such-folder', `x.${format}`)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot write .*no-such-folder.*: no folder/);
      expect(r.err).not.toContain('internal error');
    }
  });

  it('bad input: names the file, goes on with the rest, records the failure', () => {
    const bad = join(dir, 'missing.txt');
    const r = run(['ingest', '--db', db, bad, example]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.txt');
    const stats = JSON.parse(run(['stats', '--db', db, '--json']).out);
    expect(stats.failures).toBeGreaterThanOrEqual(1);
    expect(stats.articles).toBe(1);
  });

  it('usage errors exit 2 with help; a missing database exits 4', () => {
    expect(run(['ingest']).code).toBe(2);
    expect(run(['code', '--format', 'nope', example]).code).toBe(2);
    expect(run(['stats', '--db', join(dir, 'none.db')]).code).toBe(4);
  });

  it('--jobs 2 codes in worker threads with the same result', () => {
    const one = run(['code', example]);
    const two = run(['code', '--jobs', '2', example]);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
  });
});

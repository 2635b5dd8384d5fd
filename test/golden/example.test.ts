import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The bundled example, checked with the project's own checker (../shared/tools/check_expected.py) as users do:
// `wirecoder code examples/X.txt | python3 check_expected.py X.expected.json`.
const root = new URL('../..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const checker = join(shared, 'tools', 'check_expected.py');
const expected = join(shared, 'examples', '000_80fcfe79319a8e65.expected.json');
const hasChecker = existsSync(checker) && existsSync(expected) && spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!hasChecker)('example article against its expectations (../shared/examples)', () => {
  const out = spawnSync(process.execPath, [join(root, 'bin', 'wirecoder.js'), 'code', join(root, 'examples', '000_80fcfe79319a8e65.txt')], { encoding: 'utf8' });
  const check = spawnSync('python3', [checker, expected], { input: out.stdout, encoding: 'utf8' });
  const lines = check.stdout.split('\n').filter((l) => /^(PASS|FAIL)/.test(l));
  const section = (prefix: string) => lines.filter((l) => l.replace(/^(PASS|FAIL) (\[must\] )?/, '').startsWith(prefix));

  it('passes every must', () => {
    expect(lines.filter((l) => l.startsWith('FAIL [must]'))).toEqual([]);
    expect(check.status).toBe(0);
  });
  it('passes every actor expectation', () => {
    expect(section('actor ').filter((l) => l.startsWith('FAIL'))).toEqual([]);
  });
  it('passes every place expectation', () => {
    expect(section('place ').filter((l) => l.startsWith('FAIL'))).toEqual([]);
  });
  it('passes every quote expectation', () => {
    expect(section('quote ').filter((l) => l.startsWith('FAIL'))).toEqual([]);
  });
  it('passes at least 3 of the 4 should events', () => {
    const events = section('event: ').filter((l) => !l.includes('[must]'));
    expect(events.filter((l) => l.startsWith('PASS')).length).toBeGreaterThanOrEqual(3);
  });
});

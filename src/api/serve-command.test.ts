import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFixtureDb } from './test-fixture.js';
import { packageRoot } from '../pipeline/data-path.js';
// Response bodies in tests are read loosely typed.
const jsonOf = async (r: Response): Promise<any> => r.json();


/**
 * `wirecoder serve` as a process: registerServe() on a program of its own (the integrator wires it
 * into src/cli/main.ts), started with tsx, stopped with SIGTERM.
 */
const dir = mkdtempSync(join(tmpdir(), 'wirecoder-serve-'));
const db = join(dir, 'serve.db');
const script = join(dir, 'serve-cli.mts');

beforeAll(async () => {
  const fx = await buildFixtureDb(db, { synthetic: 2 });
  await fx.store.close();
  const serve = pathToFileURL(join(packageRoot(), 'src', 'cli', 'commands', 'serve.ts')).href;
  const exit = pathToFileURL(join(packageRoot(), 'src', 'cli', 'exit.ts')).href;
  const commander = pathToFileURL(join(packageRoot(), 'node_modules', 'commander', 'esm.mjs')).href;
  writeFileSync(
    script,
    `import { Command } from '${commander}';
import { registerServe } from '${serve}';
import { CliError } from '${exit}';
const program = new Command().exitOverride();
registerServe(program);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CliError) { process.stderr.write('wirecoder: ' + err.message + '\\n'); process.exit(err.code); }
  process.exit(2);
}
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]): { child: ChildProcess; stderr: () => string; url: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'serve', ...args], {
    cwd: packageRoot(),
    env: { ...process.env, WIRECODER_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving .* at (http:\/\/[^/\s]+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => err, url, exit };
}

describe('wirecoder serve', () => {
  it('serves read-only by default and stops cleanly on SIGTERM', async () => {
    const s = start(['--db', db, '--port', '0']);
    const url = await s.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await jsonOf(await fetch(`${url}/api/stats`))).articles).toBe(4);
    expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
    const post = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    expect(post.status).toBe(403);
    expect(s.stderr()).toMatch(/read-only/);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
  });

  it('with --allow-ingest and no token, makes one up, prints it and accepts articles with it', async () => {
    const s = start(['--db', db, '--port', '0', '--allow-ingest']);
    const url = await s.url;
    const token = /Authorization: Bearer (\S+)"/.exec(s.stderr())![1];
    expect(token.length).toBeGreaterThan(20);
    const post = (t: string) =>
      fetch(`${url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
        body: JSON.stringify({ title: 'Posted', date: '2022-03-02', text: 'Talks were held in Geneva on Wednesday.' }),
      });
    expect((await post('wrong')).status).toBe(401);
    const ok = await post(token);
    expect(ok.status).toBe(201);
    expect((await jsonOf(await fetch(`${url}/api/stats`))).articles).toBe(5);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
  });

  it('says so when the database is missing or the port is out of range', async () => {
    const missing = start(['--db', join(dir, 'nothing.db'), '--port', '0']);
    expect(await missing.exit).toBe(4);
    expect(missing.stderr()).toMatch(/no database at/);
    const port = start(['--db', db, '--port', '70000']);
    expect(await port.exit).toBe(2);
    expect(port.stderr()).toMatch(/--port/);
  });
});

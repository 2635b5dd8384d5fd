/**
 * The web UI over the real demo database: examples/ read and coded by the default pipeline (what
 * `npm run demo` does), whatever the stages find today. The test asks the API what exists and checks
 * that every view shows exactly that; the example's key event (the appeal for military aid, REQUEST)
 * is checked with its chain when the coder finds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite.js';
import { readInputs } from '../../src/ingest/read.js';
import { defaultPipeline } from '../../src/pipeline/registry.js';
import { packageRoot } from '../../src/pipeline/data-path.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import type { Doc } from '../../src/model/doc.js';
import { buildWeb, HAVE_CHROMIUM, launch, SKIP_MESSAGE, type Browser } from './browser.js';

if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('web UI (the demo database from examples/)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirecoder-demo-ui-'));
  let store: SqliteStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let example: Doc;
  const errors: string[] = [];

  beforeAll(async () => {
    const web = await buildWeb(join(dir, 'web'));
    store = new SqliteStore(join(dir, 'demo.db'));
    const pipeline = defaultPipeline();
    const docs: Doc[] = [];
    for await (const item of readInputs([join(packageRoot(), 'examples')])) {
      if (item.kind === 'article') docs.push({ ...pipeline.run(item.article), tokens: [] });
    }
    await store.putBatch(docs, []);
    example = docs.find((d) => d.article.origin.file.endsWith('000_80fcfe79319a8e65.txt'))!;
    server = await startServer(store, { port: 0, webRoot: web });
    browser = await launch();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = async (path: string) => (await fetch(`${server.url}/api/${path}`)).json();
  async function open(query: string): Promise<void> {
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('body[data-ready="true"]');
  }

  it('every view shows what the API holds for the example', async () => {
    const events = (await api(`events?article=${example.article.id}&limit=1000`)).events as Array<{ id: string; plover: { type: string } }>;
    if (!events.length) console.warn('demo database: the coder found no events in the example yet; checking the views render empty');

    await open('');
    const counts = (await api('counts?interval=day')).rows as Array<{ period: string; events: number }>;
    expect(await page.locator('#view svg .bars rect').count()).toBe(counts.filter((r) => r.period).length);

    await open('?view=table');
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe((await api('events/count')).count);
    expect(await page.locator('#events tbody tr').count()).toBe(Math.min(100, events.length));

    await open('?view=map');
    expect(Number(await page.getAttribute('#map', 'data-points'))).toBe((await api('map')).rows.length);

    await open('?view=network');
    const dyads = (await api('dyads?limit=80')).rows as Array<{ source_code: string; target_code: string }>;
    const pairs = dyads.flatMap((d) => d.source_code.split(';').flatMap((s) => d.target_code.split(';').filter((t) => t !== s).map((t) => [s, t])));
    expect(await page.locator('svg.network g.node').count()).toBe(new Set(pairs.flat()).size);

    await open(`?view=article&id=${example.article.id}`);
    expect(await page.textContent('#article-title')).toBe(example.article.title);
    expect(await page.locator('.event-card').count()).toBe(events.length);
    expect(await page.locator('#article-text .m-actor').count()).toBeGreaterThanOrEqual(example.actors.length ? 1 : 0);
    expect(errors).toEqual([]);
  });

  it('filter by an actor of the example, open the article, see the key event and its chain', async () => {
    const withActors = example.events.filter((e) => e.source.length || e.target.length);
    if (!withActors.length) {
      console.warn('demo database: no event with actors in the example yet; skipping the actor-filter walk');
      return;
    }
    // The key event: the appeal for aid (REQUEST) when found, else the event reported most often.
    const key = example.events.find((e) => e.plover.type === 'REQUEST') ?? [...withActors].sort((a, b) => b.evidence.length - a.evidence.length)[0];
    const actorId = key.source[0] ?? key.target[0];
    const code = example.actors.find((a) => a.id === actorId)!.code;
    await open('?view=table');
    await page.fill('input[name="actor"]', code);
    await page.click('form.filters button[type="submit"]');
    await page.waitForSelector('body[data-ready="true"]');
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe((await api(`events/count?actor=${encodeURIComponent(code)}`)).count);
    await page.click(`#events tbody tr[data-event="${example.article.id}/${key.id}"] a.open-article`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(new URL(page.url()).searchParams.get('event')).toBe(key.id);
    const marked = (await page.$$eval('#article-text .ev-key', (es) => es.map((e) => e.textContent))).join('');
    const merged: Array<{ start: number; end: number }> = [];
    for (const sp of [...key.evidence].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
      else merged.push({ ...sp });
    }
    expect(marked).toBe(merged.map((sp) => example.text.slice(sp.start, sp.end)).join(''));
    const chain = await page.locator('.event-card.selected ol.chain li.step .name').allTextContents();
    expect(chain.slice(chain.length - key.attribution.length)).toEqual(key.attribution.map((l) => l.name));
    if (key.plover.type === 'REQUEST' && key.attribution.length) expect(chain.join(' ')).toMatch(/Peskov/);
    await page.screenshot({ path: join(dir, 'demo-article.png') });
  });
});

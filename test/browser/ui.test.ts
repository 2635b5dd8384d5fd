/**
 * The web UI in a real browser, over the hand-made fixture database (src/api/test-fixture.ts):
 * every view renders, filters live in the URL, brushing the timeline filters the rest, the
 * reader highlights the example's key event with its attribution chain, and hostile article
 * markup is shown as text and never runs. Screenshots of the five views: docs/screenshots/
 * (rewritten when UPDATE_SCREENSHOTS=1 or when missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtureDb, HOSTILE, type Fixture } from '../../src/api/test-fixture.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { packageRoot } from '../../src/pipeline/data-path.js';
import { buildWeb, HAVE_CHROMIUM, launch, SKIP_MESSAGE, type Browser } from './browser.js';

if (!HAVE_CHROMIUM) console.warn(SKIP_MESSAGE);

const SHOTS = join(packageRoot(), 'docs', 'screenshots');

describe.skipIf(!HAVE_CHROMIUM)('web UI (fixture database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirecoder-ui-'));
  let fx: Fixture;
  let hostileFx: Fixture;
  let server: RunningServer;
  let hostileServer: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const web = await buildWeb(join(dir, 'web'));
    fx = await buildFixtureDb(join(dir, 'ui.db'), { hostile: false });
    hostileFx = await buildFixtureDb(join(dir, 'hostile.db'), { synthetic: 3 });
    server = await startServer(fx.store, { port: 0, webRoot: web });
    hostileServer = await startServer(hostileFx.store, { port: 0, webRoot: web });
    browser = await launch();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hostileServer?.close();
    await fx?.store.close();
    await hostileFx?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(query: string): Promise<number> {
    const t0 = Date.now();
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('body[data-ready="true"]');
    return Date.now() - t0;
  }
  const ready = () => page.waitForSelector('body[data-ready="true"]');
  const api = async (path: string) => (await fetch(`${server.url}/api/${path}`)).json();

  async function shot(name: string): Promise<void> {
    const file = join(SHOTS, `${name}.png`);
    const target = process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(file) ? file : join(dir, `${name}.png`);
    mkdirSync(join(target, '..'), { recursive: true });
    await page.screenshot({ path: target, fullPage: false });
    expect(statSync(target).size).toBeGreaterThan(10_000);
  }

  it('timeline: stacked bars by type for every day with events, first load under a second', async () => {
    const ms = await open('');
    expect(ms).toBeLessThan(3000); // target 1 s; the benchmark measures it without test overhead
    const counts = (await api('counts?interval=day')).rows as Array<{ events: number }>;
    const total = counts.reduce((n, r) => n + r.events, 0);
    const rects = await page.$$eval('#view svg .bars rect', (rs) => rs.length);
    expect(rects).toBe(counts.length);
    const titles = await page.$$eval('#view svg .bars rect title', (ts) => ts.map((t) => Number(t.textContent!.split(': ')[1])));
    expect(titles.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.locator('#view .legend .swatch[data-type="ASSAULT"]').count()).toBe(1);
    await shot('timeline');
  });

  it('table: filter by actor through the form; the URL carries the filter', async () => {
    await open('?view=table');
    const all = Number(await page.getAttribute('#event-count', 'data-count'));
    expect(all).toBe((await api('events/count')).count);
    await page.fill('input[name="actor"]', 'Putin');
    await page.click('form.filters button[type="submit"]');
    await ready();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('Putin');
    expect(await page.getAttribute('#event-count', 'data-count')).toBe('2');
    const rows = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toContain('Vladimir Putin');
    expect(await page.locator('.chip[data-key="actor"]').textContent()).toContain('Putin');
  });

  it('reader: opening the event shows the key event highlighted with its chain outlet -> agency -> speaker', async () => {
    await open('?view=table&actor=Putin&type=REQUEST');
    await page.click('#events tbody tr[data-type="REQUEST"] a.open-article');
    await ready();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('article');
    expect(url.searchParams.get('id')).toBe(fx.exampleId);
    expect(url.searchParams.get('event')).toBe('e1');
    expect(await page.textContent('#article-title')).toBe("Kremlin says Ukraine rebels asked Russia's help against Kyiv");
    // Nested marks (an actor inside the evidence) split it into pieces: join them back.
    const key = (await page.$$eval('#article-text .ev-key', (es) => es.map((e) => e.textContent))).join('');
    expect(key).toContain('asked Russian President Vladimir Putin to offer help');
    expect(key).toContain('Written requests have come through');
    expect(key).toContain('ask the Russian president to help');
    const card = page.locator('.event-card.selected');
    expect(await card.getAttribute('data-event')).toBe('e1');
    const chain = await card.locator('ol.chain li.step').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('data-kind')}:${l.querySelector('.name')!.textContent}`));
    expect(chain).toEqual(['outlet:the outlet', 'agency:TASS', 'speaker:Dmitry Peskov']);
    expect(await page.locator('#article-text .m-actor').count()).toBeGreaterThan(10);
    expect(await page.locator('#article-text .m-place').count()).toBeGreaterThan(3);
    expect(await page.locator('#article-text .quote').count()).toBeGreaterThan(5);
    // The chain that reaches a document: outlet -> agency -> speaker -> document.
    await page.click('.event-card[data-event="e3"]');
    await ready();
    const chain3 = await page.locator('.event-card.selected ol.chain li.step').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-kind')));
    expect(chain3).toEqual(['outlet', 'agency', 'speaker', 'document']);
    expect(await page.textContent('#article-text .ev-key')).toContain('military aggression');
    await page.click('.event-card[data-event="e1"]');
    await ready();
    await page.locator('#article-text .ev-key').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('article');
  });

  it('timeline brush on the map view filters the map and the table by date', async () => {
    await open('?view=map');
    const overlay = await page.locator('#timeline-strip [data-testid="timeline-brush"]').boundingBox();
    expect(overlay).not.toBeNull();
    const y = overlay!.y + overlay!.height / 2;
    await page.mouse.move(overlay!.x + overlay!.width * 0.1, y);
    await page.mouse.down();
    await page.mouse.move(overlay!.x + overlay!.width * 0.3, y, { steps: 5 });
    await page.mouse.up();
    await ready();
    const p = new URL(page.url()).searchParams;
    const from = p.get('from')!;
    const to = p.get('to')!;
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to >= from).toBe(true);
    const inRange = (await api(`map?from=${from}&to=${to}`)).rows.length;
    expect(Number(await page.getAttribute('#map', 'data-points'))).toBe(inRange);
    expect(await page.locator('#map path.point').count()).toBe(inRange);
    await page.click('a.tab[data-view="table"]');
    await ready();
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe((await api(`events/count?from=${from}&to=${to}`)).count);
    const shared = page.url();
    // Back goes to the map with the same range; a fresh load of the link gives the same table.
    await page.goBack();
    await ready();
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    await page.goto('about:blank');
    await page.goto(shared);
    await ready();
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe((await api(`events/count?from=${from}&to=${to}`)).count);
  });

  it('map: one circle per place; a popup leads to the events of that place', async () => {
    await open('?view=map');
    const places = (await api('map')).rows as Array<{ name: string; events: number }>;
    expect(await page.locator('#map path.point').count()).toBe(places.length);
    expect(await page.locator('#map path.leaflet-interactive').count()).toBeGreaterThanOrEqual(places.length);
    expect(await page.locator('#map svg path').count()).toBeGreaterThan(100); // country outlines
    await shot('map');
    await page.locator('#map path.point').first().click({ force: true });
    const popup = page.locator('.leaflet-popup-content .popup');
    await popup.waitFor();
    const name = (await popup.locator('strong').textContent())!;
    await popup.locator('a.to-table').click();
    await ready();
    expect(new URL(page.url()).searchParams.get('place')).toBe(name);
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe(places.find((r) => r.name === name)!.events);
  });

  it('network: actors and dyads; clicking an actor filters the table by it', async () => {
    await open('?view=network');
    const dyads = (await api('dyads?limit=80')).rows as Array<{ source_code: string; target_code: string }>;
    const codes = new Set(dyads.flatMap((d) => [...d.source_code.split(';'), ...d.target_code.split(';')]));
    expect(await page.locator('svg.network g.node').count()).toBe(codes.size);
    expect(await page.locator('svg.network path.edge.conf').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.network path.edge.coop').count()).toBeGreaterThan(0);
    await shot('network');
    await page.click('svg.network g.node[data-code="USAGOV"]');
    await ready();
    const p = new URL(page.url()).searchParams;
    expect(p.get('view')).toBe('table');
    expect(p.get('actor')).toBe('USAGOV');
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBe((await api('events/count?actor=USAGOV')).count);
  });

  it('table screenshot, type filter from the timeline legend, and bad URL parameters shown as a message', async () => {
    await open('?view=table');
    await shot('table');
    await page.click('#timeline-strip .legend .swatch[data-type="AID"]');
    await ready();
    expect(new URL(page.url()).searchParams.get('type')).toBe('AID');
    const types = await page.$$eval('#events tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-type')));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['AID']));
    await open('?view=table&from=2022-13-45');
    expect(await page.textContent('#view .error')).toMatch(/from/);
    expect(errors).toEqual([]);
  });

  it('hostile article markup is rendered as text and never runs (CSP bypassed, so only the rendering protects)', async () => {
    const b = await launch({ bypassCSP: true });
    try {
      const p = await b.context.newPage();
      const dialogs: string[] = [];
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const go = async (q: string) => {
        await p.goto(`${hostileServer.url}/${q}`);
        await p.waitForSelector('body[data-ready="true"]');
        await p.waitForTimeout(200);
      };
      await go(`?view=article&id=${hostileFx.hostileId}`);
      expect(await p.textContent('#article-title')).toBe(HOSTILE.title);
      const text = await p.textContent('#article-text');
      expect(text).toContain('<script>window.__pwned=2</script>');
      expect(text).toContain('<img src=x onerror="window.__pwned=3">');
      expect(await p.locator('.event-card ol.chain').textContent()).toContain(HOSTILE.agency);
      expect(await p.locator('.event-card ol.chain').textContent()).toContain(HOSTILE.outlet);
      await p.hover('#article-text .m-actor');
      await go('?view=table');
      expect(await p.locator('#events').textContent()).toContain(HOSTILE.actor);
      await go('?view=network');
      await go('?view=map');
      await p.locator('#map path.point').first().click({ force: true });
      await p.locator('.leaflet-popup-content').waitFor();
      await go('?view=article');
      await go('?view=timeline');
      const report = await p.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected: document.querySelectorAll('#app script, #app img, #app iframe, #app b, #app svg [onload], [onerror], [onload], [onmouseover]').length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
      }));
      expect(report).toEqual({ pwned: null, injected: 0, jsLinks: 0 });
      expect(dialogs).toEqual([]);
      // The reader never makes the javascript: URL a link.
      await go(`?view=article&id=${hostileFx.hostileId}`);
      expect(await p.locator('.article-head a').count()).toBe(0);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    } finally {
      await b.close();
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite.js';
import { makeDoc } from '../testing/make-doc.js';
import type { Doc } from '../model/doc.js';
import { eventFilterSchema } from './query.js';

/**
 * The contract every Store implementation passes. A PostgreSQL store adds itself to `stores`.
 */
const dirs: string[] = [];
const stores: Array<{ name: string; open: () => Store; reopen?: (s: Store) => Store }> = [
  {
    name: 'sqlite',
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'wirecoder-store-'));
      dirs.push(dir);
      return new SqliteStore(join(dir, 'test.db'));
    },
    reopen: (s) => new SqliteStore((s as SqliteStore).path),
  },
];

afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function codedDoc(text: string, title = 'A title'): Doc {
  const doc = makeDoc(text, [], { title, date: '2022-02-24', source: 'Test Wire' });
  doc.actors.push({ id: 'a1', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', code: 'RUSGOV', type: 'person', role: 'President', mentions: [{ start: 0, end: 5 }] });
  doc.actors.push({ id: 'a2', name: 'Ukraine', country: 'UKR', sector: null, code: 'UKR', type: 'country', role: null, mentions: [{ start: 6, end: 10 }] });
  doc.events.push({
    id: 'e1', cameo: '0232', plover: { type: 'REQUEST', mode: 'assist', context: ['military'] }, source: ['a2'], target: ['a1'],
    date: '2022-02-24', dateSource: 'article', modality: 'claimed', negated: false, place: null, evidence: [{ start: 0, end: 10 }],
    attribution: [{ name: 'TASS', actor: null, kind: 'agency', cue: 'reports' }], goldstein: 3.4, quadClass: 1, pattern: 'test',
  });
  return doc;
}

for (const impl of stores) {
  describe(`Store contract: ${impl.name}`, () => {
    it('stores a batch, finds it by id, prefix and full text', async () => {
      const store = impl.open();
      const doc = codedDoc('Putin says Ukraine asked for talks about grain exports.');
      const r = await store.putBatch([doc], []);
      expect(r).toEqual({ inserted: 1, duplicates: 0, failures: 0 });
      expect(await store.has(doc.article.id)).toBe(true);
      const back = await store.getDoc(doc.article.id.slice(0, 6));
      expect(back?.text).toBe(doc.text);
      expect(back?.events[0].attribution[0].name).toBe('TASS');
      expect(back?.actors.map((a) => a.code)).toEqual(['RUSGOV', 'UKR']);
      const hits = await store.search('grain', 5);
      expect(hits.map((h) => h.id)).toEqual([doc.article.id]);
      expect(hits[0].snippet).toContain('[grain]');
      expect(await store.search('"unbalanced quote', 5)).toEqual([]);
      await store.close();
    });

    it('adds nothing when the same article comes again, in the same or a later batch', async () => {
      const store = impl.open();
      const a = codedDoc('The same story, word for word.');
      const b = codedDoc('The  same story, word for word.', 'Other outlet title');
      expect(await store.putBatch([a, b], [])).toEqual({ inserted: 1, duplicates: 1, failures: 0 });
      expect(await store.putBatch([codedDoc('The same story, word for word.')], [])).toEqual({ inserted: 0, duplicates: 1, failures: 0 });
      expect((await store.stats()).articles).toBe(1);
      await store.close();
    });

    it('records failures and reports them in stats', async () => {
      const store = impl.open();
      await store.putBatch([codedDoc('Good article.')], [{ file: 'bad.jsonl', record: 3, reason: 'not JSON' }]);
      await store.putFailures([{ file: 'gone.txt', record: null, reason: 'cannot open' }]);
      const s = await store.stats();
      expect(s.failures).toBe(2);
      expect(s.recentFailures.map((f) => `${f.file}:${f.record}`)).toEqual(['gone.txt:null', 'bad.jsonl:3']);
      expect(s.events).toBe(1);
      expect(s.eventsByType).toEqual([{ type: 'REQUEST', events: 1 }]);
      await store.close();
    });

    it('counts, periods and dyads agree with the events they summarise, whatever the filter', async () => {
      const store = impl.open();
      const docs = ['2022-02-20', '2022-02-21', '2022-02-27', '2022-02-28', null].map((date, i) => {
        const d = codedDoc(`Story number ${i} about talks.`);
        d.events[0].date = date;
        d.events[0].quadClass = i % 2 ? 1 : null;
        d.events[0].goldstein = i === 4 ? null : 3.4;
        d.events.push({ ...d.events[0], id: 'e2', cameo: '190', plover: { type: 'ASSAULT', mode: null, context: [] }, source: ['a1'], target: ['a2'], goldstein: -10, quadClass: 4, modality: 'asserted' });
        return d;
      });
      await store.putBatch(docs, []);
      const filters = [{}, { type: 'ASSAULT' }, { actor: 'RUS*' }, { actor: 'putin', role: 'target' }, { country: 'UKR', role: 'source' },
        { from: '2022-02-21', to: '2022-02-27' }, { to: '2022-03-01' }, { quadClass: 1 }, { cameo: '19' }, { claimedOnly: true }, { q: 'talks' }];
      for (const raw of filters) {
        const f = eventFilterSchema.parse(raw);
        let n = 0;
        for await (const batch of store.eventBatches(f)) n += batch.length;
        expect(await store.countEvents(f), JSON.stringify(raw)).toBe(n);
        for (const interval of ['day', 'week', 'month'] as const) {
          const rows = await store.countByPeriod(f, { by: 'type', interval });
          expect(rows.reduce((s, r) => s + r.events, 0)).toBe(n);
        }
      }
      // Weeks run Monday to Sunday and are named by their Monday; events without a date count under ''.
      const weeks = await store.countByPeriod(eventFilterSchema.parse({ type: 'REQUEST' }), { by: 'none', interval: 'week' });
      expect(weeks).toEqual([
        { period: '', key: 'all', events: 1, goldstein: 0 },
        { period: '2022-02-14', key: 'all', events: 1, goldstein: 3.4 },
        { period: '2022-02-21', key: 'all', events: 2, goldstein: 6.8 },
        { period: '2022-02-28', key: 'all', events: 1, goldstein: 3.4 },
      ]);
      const quads = await store.countByPeriod(eventFilterSchema.parse({ type: 'REQUEST' }), { by: 'quadclass', interval: 'year' });
      expect(quads.map((r) => [r.period, r.key, r.events])).toEqual([['', null, 1], ['2022', null, 2], ['2022', '1', 2]]);
      expect((await store.topDyads(eventFilterSchema.parse({ actor: 'UKR' }), 5)).map((d) => [d.source_code, d.target_code, d.events])).toEqual([
        ['RUSGOV', 'UKR', 5], ['UKR', 'RUSGOV', 5],
      ]);
      await store.close();
    });

    it('keeps what was stored when a later batch fails half-way', async () => {
      const store = impl.open();
      await store.putBatch([codedDoc('First article stays.')], []);
      const broken = codedDoc('Second article breaks.');
      // An event pointing at an actor the doc lacks is fine; a non-serialisable doc is not: make the insert throw.
      (broken.article as { date: unknown }).date = { not: 'a date' };
      await expect(store.putBatch([codedDoc('Third would be fine.'), broken], [])).rejects.toThrow();
      const s = await store.stats();
      expect(s.articles).toBe(1);
      await store.close();
      if (impl.reopen) {
        const again = impl.reopen(store);
        expect((await again.stats()).articles).toBe(1);
        await again.close();
      }
    });
  });
}

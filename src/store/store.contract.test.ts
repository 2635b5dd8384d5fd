import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite.js';
import { makeDoc } from '../testing/make-doc.js';
import type { Doc } from '../model/doc.js';

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

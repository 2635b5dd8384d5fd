import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';
import { eventFilterSchema, type EventFilter } from './query.js';
import { makeDoc } from '../testing/make-doc.js';
import type { Actor, Doc, EventRecord } from '../model/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'wirecoder-query-'));
const store = new SqliteStore(join(dir, 'q.db'));

const A = {
  rus: { name: 'Russia', country: 'RUS', sector: 'MIL', code: 'RUSMIL', type: 'organization' },
  ukr: { name: 'Ukraine', country: 'UKR', sector: 'GOV', code: 'UKRGOV', type: 'country' },
  usa: { name: 'United States', country: 'USA', sector: 'GOV', code: 'USAGOV', type: 'country' },
} as const;

function doc(text: string, date: string, source: string, events: Array<[keyof typeof A, keyof typeof A, string, string, EventRecord['modality'], string?]>): Doc {
  const d = makeDoc(text, [], { date, source });
  const ids = new Map<string, string>();
  const actor = (k: keyof typeof A): string => {
    if (!ids.has(k)) {
      const id = `a${ids.size + 1}`;
      ids.set(k, id);
      d.actors.push({ id, ...A[k], role: null, mentions: [{ start: 0, end: 1 }] } as Actor);
    }
    return ids.get(k)!;
  };
  d.places.push({ id: 'p1', name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, geonameId: 703448, featureType: 'city', confidence: 1, mentions: [] });
  events.forEach(([s, t, type, cameo, modality, according], i) => {
    d.events.push({
      id: `e${i + 1}`, cameo, plover: { type, mode: null, context: [] }, source: [actor(s)], target: [actor(t)], date, dateSource: 'article',
      modality, negated: false, place: i === 0 ? 'p1' : null, evidence: [{ start: 0, end: 4 }],
      attribution: according ? [{ name: according, actor: null, kind: 'agency', cue: 'reported' }] : [],
      goldstein: type === 'ASSAULT' ? -10 : 3, quadClass: type === 'ASSAULT' ? 4 : 1, pattern: 't',
    });
  });
  return d;
}

beforeAll(async () => {
  await store.putBatch([
    doc('Shelling reported in Kyiv today.', '2022-02-24', 'TASS', [['rus', 'ukr', 'ASSAULT', '195', 'asserted'], ['ukr', 'usa', 'REQUEST', '0233', 'claimed', 'Interfax']]),
    doc('Talks continue about aid deliveries.', '2022-03-01', 'Reuters', [['usa', 'ukr', 'AID', '073', 'asserted']]),
    doc('More shelling was reported near the city.', '2022-03-02', 'Guardian', [['rus', 'ukr', 'ASSAULT', '190', 'claimed', 'TASS']]),
  ], []);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const f = (x: Record<string, unknown>): EventFilter => eventFilterSchema.parse(x);
const ids = async (x: Record<string, unknown>) => (await store.queryEvents(f(x), 100)).rows.map((r) => `${r.date}/${r.plover_type}`);

describe('event queries', () => {
  it('filters by actor name, code, prefix and side', async () => {
    expect(await ids({ actor: 'Russia' })).toEqual(['2022-03-02/ASSAULT', '2022-02-24/ASSAULT']);
    expect(await ids({ actor: 'USAGOV', role: 'target' })).toEqual(['2022-02-24/REQUEST']);
    expect(await ids({ actor: 'USA*', role: 'source' })).toEqual(['2022-03-01/AID']);
    expect(await ids({ source: 'UKRGOV' })).toEqual(['2022-02-24/REQUEST']);
    expect(await ids({ country: 'RUS', sector: 'MIL' })).toHaveLength(2);
  });

  it('filters by type, CAMEO prefix, dates, place, bbox, modality, attribution, outlet and text', async () => {
    expect(await ids({ type: 'AID,REQUEST' })).toEqual(['2022-03-01/AID', '2022-02-24/REQUEST']);
    expect(await ids({ cameo: '19' })).toHaveLength(2);
    expect(await ids({ from: '2022-03-01', to: '2022-03-01' })).toEqual(['2022-03-01/AID']);
    expect(await ids({ place: 'kyiv' })).toHaveLength(3);
    expect(await ids({ bbox: '30,50,31,51' })).toHaveLength(3);
    expect(await ids({ bbox: '0,0,1,1' })).toEqual([]);
    expect(await ids({ claimedOnly: true })).toEqual(['2022-03-02/ASSAULT', '2022-02-24/REQUEST']);
    expect(await ids({ accordingTo: 'TASS' })).toEqual(['2022-03-02/ASSAULT']);
    expect(await ids({ outlet: 'Reuters' })).toEqual(['2022-03-01/AID']);
    expect(await ids({ q: 'shelling' })).toHaveLength(3);
  });

  it('pages with cursors and counts', async () => {
    const p1 = await store.queryEvents(f({}), 2);
    expect(p1.rows).toHaveLength(2);
    const p2 = await store.queryEvents(f({}), 2, p1.next);
    expect(p2.rows).toHaveLength(2);
    expect(p2.next).toBeNull();
    expect(new Set([...p1.rows, ...p2.rows].map((r) => r.article_id + r.event_id)).size).toBe(4);
    expect(await store.countEvents(f({}))).toBe(4);
    await expect(store.queryEvents(f({}), 2, 'garbage')).rejects.toThrow(/cursor/);
  });

  it('aggregates per period and by dyad', async () => {
    const byMonth = await store.countByPeriod(f({}), { by: 'type', interval: 'month' });
    expect(byMonth).toContainEqual({ period: '2022-03', key: 'ASSAULT', events: 1, goldstein: -10 });
    const dyads = await store.topDyads(f({}), 5);
    expect(dyads[0]).toMatchObject({ source_code: 'RUSMIL', target_code: 'UKRGOV', events: 2, conflictual: 2, cooperative: 0 });
  });

  it('rejects bad parameters with a readable reason', () => {
    expect(eventFilterSchema.safeParse({ from: '2022-13-01' }).success).toBe(false);
    expect(eventFilterSchema.safeParse({ type: 'FIGHT' }).success).toBe(false);
    expect(eventFilterSchema.safeParse({ nonsense: 1 }).success).toBe(false);
  });
});

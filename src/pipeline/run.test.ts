import { describe, expect, it } from 'vitest';
import { buildPipeline } from './run.js';
import type { Stage } from './stage.js';
import { rawArticle } from '../testing/make-doc.js';
import { defaultStages } from './registry.js';

const stage = (name: string, requires: Stage['requires'], provides: Stage['provides'], run: Stage['run'] = () => {}): Stage => ({ name, requires, provides, run });

describe('pipeline', () => {
  it('refuses a stage whose requirement no earlier stage provides', () => {
    expect(() => buildPipeline([stage('events', ['actors'], ['events'])])).toThrow(/stage "events" requires "actors"/);
  });

  it('turns a throwing stage into an error message naming it and goes on', () => {
    const p = buildPipeline([
      stage('boom', ['text'], ['sentences'], () => {
        throw new Error('bad');
      }),
      stage('after', ['text'], ['tokens'], (doc, ctx) => ctx.report({ ruleId: 'ran', reason: 'after ran', severity: 'info' })),
    ]);
    const doc = p.run(rawArticle('Some text.'));
    expect(doc.messages.map((m) => `${m.severity} ${m.ruleId}`)).toEqual(['error boom/crash', 'info after/ran']);
    expect(doc.layers).toEqual(['text', 'tokens']);
  });

  it('the default pipeline is well formed and fills every layer', () => {
    const p = buildPipeline(defaultStages());
    const doc = p.run(rawArticle('Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.'));
    expect(doc.layers).toEqual(['text', 'sentences', 'tokens', 'mentions', 'actors', 'places', 'quotes', 'events']);
    expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});

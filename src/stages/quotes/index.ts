import type { Modality, Quote } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { lexicon, type Cue } from './lexicon.js';
import { findQuotes, quoteAt } from './quotes.js';

export { quoteAt };

/**
 * Direct and reported speech with speakers and attribution chains (see README.md).
 * Runs after the actors stage: speakers are resolved to `doc.actors` through `doc.mentions`;
 * an unnamed source ("a senior official") is added to `doc.actors` as an agent.
 */
export function quotes(): Stage {
  const lex = lexicon();
  return {
    name: 'quotes',
    requires: ['sentences', 'tokens', 'actors'],
    provides: ['quotes'],
    run(doc, ctx) {
      doc.quotes = findQuotes(doc, lex, ctx);
    },
  };
}

const IRREGULAR: Record<string, string> = { said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', went: 'go', goes: 'go' };
let forms: Map<string, Cue> | null = null;

/**
 * The modality a quote's cue gives the events inside it: "denied" for deny/reject/dismiss/refute,
 * "planned" for announce/promise/pledge/vow/urge/demand, "hypothetical" for suggest/predict/
 * estimate/hint/signal, else "claimed" (data/cues.tsv, columns polarity and modality).
 */
export function quoteModality(q: Pick<Quote, 'cue'>): Modality {
  if (!forms) {
    forms = new Map();
    for (const list of lexicon().cues.values()) {
      for (const c of list) {
        const w = c.cue.split(' ')[0];
        const stem = w.replace(/e$/, '');
        for (const f of [w, `${w}s`, `${w}es`, `${stem}ed`, `${stem}ing`, `${w}d`, w.replace(/y$/, 'ies'), w.replace(/y$/, 'ied')]) if (!forms.has(f)) forms.set(f, c);
      }
    }
    for (const [f, l] of Object.entries(IRREGULAR)) forms.set(f, lexicon().cues.get(l)![0]);
  }
  const first = (q.cue ?? '').toLowerCase().match(/[a-z]+/)?.[0] ?? '';
  const cue = forms.get(first);
  if (!cue) return 'claimed';
  return cue.polarity < 0 ? 'denied' : cue.modality;
}

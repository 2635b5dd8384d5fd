import type { Stage } from '../../pipeline/stage.js';
import { lexicon } from './lexicon.js';
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

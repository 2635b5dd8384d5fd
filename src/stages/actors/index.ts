import type { Doc } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { dataFile } from '../../pipeline/data-path.js';
import { existsSync, readFileSync } from 'node:fs';
import { loadLexicon, tsvRows } from './load.js';
import type { Lexicon } from './lexicon.js';
import { Scanner } from './scan.js';
import { DocResolver, type WordClasses } from './resolve.js';

export interface ActorsOptions {
  /** Extra dictionary files: YAML (.yaml/.yml), TSV with a header (.tsv), PETRARCH/TABARI (.actors). */
  dicts?: string[];
  /** Use this text instead of the built-in people.tsv (tests). */
  peopleText?: string;
}

/**
 * Mentions of people, organisations, countries, places and generic agents, coded into actors
 * (country ISO3 + CAMEO/PLOVER sector + CAMEO-style code). See README.md beside this file.
 */
export function actors(options: ActorsOptions = {}): Stage {
  const lex = loadLexicon({ dicts: options.dicts, peopleText: options.peopleText });
  const words = loadWordClasses();
  const scanner = new Scanner(lex, words);
  return {
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'actors'],
    run(doc: Doc) {
      doc.mentions = [];
      doc.actors = [];
      if (doc.tokens.length === 0) return;
      new DocResolver(doc, lex, scanner, words).run();
    },
  };
}

/** The lexicon alone (for tools and tests). */
export function actorLexicon(options: ActorsOptions = {}): Lexicon {
  return loadLexicon(options);
}

function loadWordClasses(): WordClasses {
  const w: WordClasses = { speech: new Set(), locative: new Set(), motion: new Set(), placeNouns: new Set() };
  const path = dataFile('actors', 'words.tsv');
  if (!existsSync(path)) return w;
  for (const [word, cls] of tsvRows(readFileSync(path, 'utf8'))) {
    const set = (w as unknown as Record<string, Set<string>>)[cls];
    if (set) set.add(word.toLowerCase());
  }
  return w;
}

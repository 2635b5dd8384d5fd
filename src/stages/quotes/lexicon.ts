import { readFileSync } from 'node:fs';
import type { Modality } from '../../model/doc.js';
import { dataFile } from '../../pipeline/data-path.js';

/** One line of data/cues.tsv. */
export interface Cue {
  /** The cue as written in the file ("say", "point out", "according to"). */
  cue: string;
  /** Lemmas of the words after the first ("out" for "point out"); empty for one-word cues. */
  rest: string[];
  cls: 'speech' | 'source' | 'cite' | 'report';
  polarity: 1 | -1;
  modality: Modality;
  /** "tell": takes an addressee before the content; "as": "described X as"; null: none. */
  object: 'tell' | 'as' | null;
}

export interface MediaEntry {
  name: string;
  kind: 'agency' | 'outlet';
  country: string | null;
  /** Lower-cased spellings, longest first. */
  variants: string[];
}

export interface Demonym {
  country: string | null;
  sector: string | null;
}

/** The lookup tables of the quotes stage, built once from the data files. */
export interface Lexicon {
  /** First word (lemma or lower-cased form) -> cues starting with it, longest first. */
  cues: Map<string, Cue[]>;
  /** First lower-cased token of a spelling -> outlets and agencies having that spelling. */
  media: Map<string, MediaEntry[]>;
  documents: Set<string>;
  mediums: Set<string>;
  mediaWords: Set<string>;
  audiences: Set<string>;
  /** Unnamed-source nouns -> sector hint. */
  sources: Map<string, string | null>;
  /** Organisation nouns -> sector hint. */
  orgs: Map<string, string | null>;
  roles: Set<string>;
  times: Set<string>;
  /** One- and two-word demonyms ("ukrainian", "white house"). */
  demonyms: Map<string, Demonym>;
}

function rows(name: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(dataFile('quotes', name), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

const dash = (s: string | undefined): string | null => (!s || s === '-' ? null : s);

let cached: Lexicon | null = null;

/** Load (once per process) and return the quotes stage's tables. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const cues = new Map<string, Cue[]>();
  for (const [cue, cls, pol, modality, object] of rows('cues.tsv')) {
    const words = cue.split(/\s+/);
    const entry: Cue = {
      cue,
      rest: words.slice(1),
      cls: cls as Cue['cls'],
      polarity: pol === '-' ? -1 : 1,
      modality: modality as Modality,
      object: object === 'tell' || object === 'as' ? object : null,
    };
    const list = cues.get(words[0]) ?? [];
    list.push(entry);
    list.sort((a, b) => b.rest.length - a.rest.length);
    cues.set(words[0], list);
  }

  const media = new Map<string, MediaEntry[]>();
  for (const [name, kind, country, others] of rows('media.tsv')) {
    const variants = [name, ...(others ? others.split(';') : [])]
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const entry: MediaEntry = { name, kind: kind === 'agency' ? 'agency' : 'outlet', country: dash(country), variants };
    for (const v of variants) {
      const first = v.split(/[\s-]/)[0];
      const list = media.get(first) ?? [];
      if (!list.includes(entry)) list.push(entry);
      media.set(first, list);
    }
  }

  const lex: Lexicon = {
    cues,
    media,
    documents: new Set(),
    mediums: new Set(),
    mediaWords: new Set(),
    audiences: new Set(),
    sources: new Map(),
    orgs: new Map(),
    roles: new Set(),
    times: new Set(),
    demonyms: new Map(),
  };
  for (const [word, cls, extra] of rows('words.tsv')) {
    switch (cls) {
      case 'document': lex.documents.add(word); break;
      case 'medium': lex.mediums.add(word); break;
      case 'mediaword': lex.mediaWords.add(word); break;
      case 'audience': lex.audiences.add(word); break;
      case 'source': lex.sources.set(word, dash(extra)); break;
      case 'org': lex.orgs.set(word, dash(extra)); break;
      case 'role': lex.roles.add(word); break;
      case 'time': lex.times.add(word); break;
      default: throw new Error(`quotes/words.tsv: unknown class "${cls}" for "${word}"`);
    }
  }
  for (const [word, country, sector] of rows('demonyms.tsv')) lex.demonyms.set(word, { country: dash(country), sector: dash(sector) });
  cached = lex;
  return lex;
}

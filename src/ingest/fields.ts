/**
 * Which field of a JSON object or CSV row holds the text, title, date, URL, source and id.
 * Names are compared case-insensitively and without spaces, dashes and underscores
 * ("Article Url" = "article_url" = "articleUrl"); `options.map` overrides the candidates.
 */
import type { RawArticle } from '../model/doc.js';
import { normalizeDate } from './date.js';

export type Field = 'text' | 'summary' | 'title' | 'date' | 'url' | 'source' | 'id' | 'dateline';
export const FIELDS: Field[] = ['text', 'summary', 'title', 'date', 'url', 'source', 'id', 'dateline'];

/** Candidate names per field, best first, in normalised form (see `normName`). */
export const CANDIDATES: Record<Field, string[]> = {
  text: ['text', 'body', 'content', 'article', 'articletext', 'articlebody', 'fulltext', 'bodytext', 'maintext', 'story', 'storytext', 'contenttext', 'plaintext', 'texte', 'texto', 'inhalt', 'corpo', 'cuerpo', 'tekst'],
  summary: ['summary', 'description', 'abstract', 'lead', 'lede', 'snippet', 'excerpt', 'teaser', 'standfirst'],
  title: ['title', 'headline', 'heading', 'subject', 'articletitle', 'titel', 'titre', 'titulo', 'título', 'titolo', 'überschrift', 'schlagzeile'],
  date: ['date', 'published', 'pubdate', 'publishdate', 'publisheddate', 'publishedat', 'publicationdate', 'datepublished', 'publishedtime', 'pubtime', 'datetime', 'timestamp', 'created', 'createdat', 'seendate', 'time', 'updated', 'dateformatted', 'datum', 'fecha', 'datapublicacao', 'datepublication'],
  url: ['url', 'link', 'articleurl', 'href', 'uri', 'permalink', 'canonicalurl', 'weburl', 'sourceurl', 'documenturl', 'pageurl', 'lien', 'enlace'],
  source: ['source', 'outlet', 'publisher', 'sitename', 'site', 'sourcename', 'publication', 'newspaper', 'domain', 'agency', 'quelle', 'fuente', 'fonte', 'medium', 'zeitung'],
  id: ['id', 'docid', 'articleid', 'documentid', 'guid', 'uuid', 'storyid', 'newsid', 'uid'],
  // Wire archives (Reuters-21578, many newsroom exports) keep "SALVADOR, Feb 26 -" apart from the body.
  dateline: ['dateline', 'placeline'],
};

export function normName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.:]+/g, '');
}

/** For each field, the name of the column/key that holds it (or a dotted path for JSON), or null. */
export type FieldPlan = Record<Field, string | null>;

/**
 * Choose the keys for each field among `names` (CSV header or an object's keys).
 * Returns the plan, and the mapped names that are missing (for a clear error).
 */
export function planFields(names: string[], map: Record<string, string> | undefined, allowPaths = false): { plan: FieldPlan; missing: string[] } {
  const byNorm = new Map<string, string>();
  for (const n of names) {
    const k = normName(n);
    if (k && !byNorm.has(k)) byNorm.set(k, n);
  }
  const plan = {} as FieldPlan;
  const missing: string[] = [];
  const used = new Set<string>();
  for (const f of FIELDS) {
    const wanted = map?.[f];
    if (wanted != null && wanted !== '') {
      if (names.includes(wanted)) plan[f] = wanted;
      else if (byNorm.has(normName(wanted))) plan[f] = byNorm.get(normName(wanted))!;
      else if (allowPaths) plan[f] = wanted; // JSON: per record (may be missing in some), or a dotted path
      else {
        plan[f] = null;
        missing.push(`${f}=${wanted}`);
      }
      if (plan[f]) used.add(plan[f]!);
      continue;
    }
    plan[f] = null;
  }
  // Candidates, skipping columns already taken by the map or another field.
  for (const f of FIELDS) {
    if (map?.[f]) continue;
    for (const c of CANDIDATES[f]) {
      const actual = byNorm.get(c);
      if (actual && !used.has(actual)) {
        plan[f] = actual;
        used.add(actual);
        break;
      }
    }
  }
  return { plan, missing };
}

/** Text from a field value: strings as they are, arrays of strings as paragraphs. */
export function textValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const parts = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return parts.length ? parts.join('\n\n') : null;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

/** A short single-line value (title, source, url, id); objects with a name/title/#text are accepted. */
export function shortValue(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return s || null;
  }
  if (typeof v === 'number' && isFinite(v)) return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return shortValue(o.name ?? o.title ?? o['#text'] ?? o.href ?? o.url ?? null);
  }
  if (Array.isArray(v) && v.length) return shortValue(v[0]);
  return null;
}

export function getPath(obj: Record<string, unknown>, key: string): unknown {
  if (key in obj) return obj[key];
  if (!key.includes('.')) return undefined;
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export type Built = { ok: true; article: RawArticle } | { ok: false; reason: string };

/** Build a RawArticle from a record with a field plan. */
export function buildArticle(
  get: (key: string) => unknown,
  plan: FieldPlan,
  origin: RawArticle['origin'],
  maxChars: number,
  presentNames: () => string[],
): Built {
  let text = plan.text ? textValue(get(plan.text)) : null;
  if ((text == null || text.trim() === '') && plan.summary) text = textValue(get(plan.summary));
  if (text == null || text.trim() === '') {
    if (plan.text || plan.summary) {
      const cols = [plan.text, plan.summary].filter(Boolean).map((c) => `"${c}"`).join(' or ');
      return { ok: false, reason: `empty text (${cols})` };
    }
    const names = presentNames();
    return {
      ok: false,
      reason: `no text field (looked for ${CANDIDATES.text.slice(0, 5).join(', ')}, …)${names.length ? `; fields present: ${names.slice(0, 12).join(', ')}` : ''} (use --map text=FIELD)`,
    };
  }
  if (text.length > maxChars) return { ok: false, reason: `too large for one article (${text.length} characters, limit ${maxChars})` };
  if (plan.dateline) text = withDateline(text, shortValue(get(plan.dateline)));
  return {
    ok: true,
    article: {
      text,
      title: plan.title ? shortValue(get(plan.title)) : null,
      date: plan.date ? normalizeDate(dateValue(get(plan.date))) : null,
      source: plan.source ? shortValue(get(plan.source)) : null,
      url: plan.url ? shortValue(get(plan.url)) : null,
      sourceId: plan.id ? shortValue(get(plan.id)) : null,
      origin,
    },
  };
}

/**
 * Put a dateline kept in its own field back where a wire story prints it, at the start of the body
 * ("SALVADOR, Feb 26 - Showers continued ..."): the places stage reads the event's place and the
 * events stage the home country of an unnamed government from it. A body that already starts with it
 * is left as it is.
 */
export function withDateline(text: string, dateline: string | null): string {
  if (!dateline) return text;
  const body = text.trimStart();
  if (body.startsWith(dateline) || body.slice(0, 200).includes(dateline)) return text;
  // A bare place ("MOSCOW") gets the dash that marks a dateline.
  const line = /[-\u2013\u2014:]$/.test(dateline) ? dateline : `${dateline} -`;
  return `${line} ${body}`;
}

function dateValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return o.$date ?? o.date ?? o['#text'] ?? null;
  }
  return v;
}

/**
 * A plan cache for JSON objects keyed by their key list: most files repeat the same keys,
 * so the name matching runs once per shape, not once per record.
 */
export class JsonPlanner {
  private cache = new Map<string, FieldPlan>();
  missing: string[] = [];
  constructor(private map: Record<string, string> | undefined) {}
  plan(obj: Record<string, unknown>): FieldPlan {
    const keys = Object.keys(obj);
    const sig = keys.join('\u0000');
    let p = this.cache.get(sig);
    if (!p) {
      const r = planFields(keys, this.map, true);
      // A mapped key missing from one record is only that record's problem.
      p = r.plan;
      if (this.cache.size > 256) this.cache.clear();
      this.cache.set(sig, p);
    }
    return p;
  }
}

/// <reference lib="dom" />
/** The API's answers, as the UI uses them (see /openapi.json for all fields). */

export interface Actor { id?: string; name: string; code: string; country: string | null; sector: string | null }
export interface LinkT { name: string; actor?: string | null; kind: string; cue: string | null }
export interface Span { start: number; end: number }
export interface EventT {
  id: string;
  article: { id: string; date: string | null; title: string | null; source: string | null; url: string | null };
  cameo: string;
  plover: { type: string; mode: string | null; context: string[] };
  source: Actor[];
  target: Actor[];
  date: string | null;
  modality: string;
  negated: boolean;
  place: { id: string; name: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  evidence: Span[];
  attribution: LinkT[];
  goldstein: number | null;
  quadClass: number | null;
}
export interface CountRow { period: string; key: string; events: number; goldstein: number }
export interface DyadRow {
  source_code: string; source_name: string; target_code: string; target_name: string;
  events: number; goldstein: number; cooperative: number; conflictual: number;
}
export interface MapPoint { name: string; country: string | null; lat: number; lon: number; events: number; cooperative: number; conflictual: number; goldstein: number }
export interface ArticleRow { id: string; date: string | null; title: string | null; source: string | null; url: string | null }
export interface SearchHit extends ArticleRow { snippet: string }

export interface ArticleRecord {
  article: { id: string; date: string | null; title: string | null; source: string | null; url: string | null; origin: { file: string } };
  text: string;
  actors: Array<Actor & { id: string; type: string; role: string | null; mentions: Span[] }>;
  events: Array<{
    id: string; cameo: string; plover: { type: string; mode: string | null; context: string[] }; source: string[]; target: string[];
    date: string | null; modality: string; negated: boolean; place: string | null; evidence: Span[]; attribution: LinkT[];
    goldstein: number | null; quadClass: number | null;
  }>;
  quotes: Array<Span & { id: string; direct: boolean; speaker: string | null; speakerText: string | null; cue: string | null; attribution: LinkT[] }>;
  places: Array<{ id: string; name: string; country: string | null; lat: number | null; lon: number | null; mentions: Span[] }>;
  mentions: Array<Span & { id: string; kind: string; actor: string | null; place: string | null }>;
}

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, params?: URLSearchParams): Promise<T> {
  const q = params && [...params.keys()].length ? `?${params}` : '';
  const res = await fetch(`api/${path}${q}`, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      /* not JSON */
    }
    throw new ApiFailure(res.status, message);
  }
  return (await res.json()) as T;
}

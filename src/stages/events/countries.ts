import { existsSync, readFileSync } from 'node:fs';
import type { Actor, Doc } from '../../model/doc.js';
import { dataFile } from '../../pipeline/data-path.js';
import type { Clause } from './clause.js';

/**
 * Country adjectives and people names ("Iraqi", "British", "North Korean"), from the actors
 * stage's countries.tsv (read once per factory): the actors stage makes them actors only before
 * an actor noun ("Iraqi troops"), the events stage also reads them as countries in a target
 * phrase ("two Iraqi bases", "a British-owned tanker", "the Kuwaiti border").
 */
export interface Demonyms {
  /** Lower-cased demonym (words joined by one space) -> ISO3. */
  byWord: Map<string, string>;
  /** The most words a demonym has. */
  longest: number;
  /** ISO3 -> the country's name. */
  names: Map<string, string>;
  /** Lower-cased phrases that start with a demonym and name no country ("indian ocean", "korean peninsula"). */
  negatives: Set<string>;
}

export function loadDemonyms(): Demonyms {
  const byWord = new Map<string, string>();
  const names = new Map<string, string>();
  const negatives = new Set<string>();
  let longest = 1;
  const rows = (name: string): string[][] => {
    const path = dataFile('actors', name);
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.replace(/\r$/, '').split('\t'));
  };
  for (const [iso, name, , demonyms] of rows('countries.tsv')) {
    if (!iso || !/^[A-Z]{3}$/.test(iso)) continue;
    if (name) names.set(iso, name.trim());
    for (const d of (demonyms ?? '').split('|')) {
      const w = d.trim().toLowerCase();
      if (!w) continue;
      byWord.set(w, iso);
      longest = Math.max(longest, w.split(' ').length);
    }
  }
  // regions.tsv's "-" row lists names that look like a country's and are not ("Indian Ocean")
  for (const [code, , aliases] of rows('regions.tsv')) {
    if (code?.trim() !== '-') continue;
    for (const a of (aliases ?? '').split('|')) if (a.trim()) negatives.add(a.trim().toLowerCase());
  }
  return { byWord, longest, names, negatives };
}

/**
 * Countries for an event's actors where the actors stage leaves none, from what the Doc gives:
 *
 * - **A place as target.** "shelled residential districts of Kharkiv", "fired missiles at Tel
 *   Aviv and Haifa": a place with a country in a target slot is coded as that country (sector
 *   null: a bare country). An actor of the document with that country and no sector is reused;
 *   otherwise the stage adds one (id `place.<ISO3>`, named after the place).
 * - **A generic agent with no country** ("police", "protesters", "gunmen", "security forces"):
 *   a country from, in this order, a place or country next to it ("police in Prague", "Prague
 *   police"), the one country the sentence names (places and country actors), the other party
 *   of a domestic act (police arresting protesters, protesters against a government), or the
 *   article's dateline. The stage adds an actor `<id>.<ISO3>` with the agent's name and sector.
 *
 * Added actors go to `doc.actors` (with the mention spans they were used at), so events only
 * ever point at actors of the document.
 */
export class CountryResolver {
  private readonly byId: Map<string, Actor>;
  private dateline: string | null | undefined;

  constructor(
    private readonly doc: Doc,
    byId: Map<string, Actor>,
    /** ISO3 -> country name (for added country actors). */
    private readonly names: ReadonlyMap<string, string> = new Map(),
  ) {
    this.byId = byId;
  }

  /** A country's name (its code when unknown). */
  countryName(iso: string): string {
    return this.names.get(iso) ?? iso;
  }

  /** The actor id a place stands for (its country). */
  placeActor(placeId: string, span: { start: number; end: number }): string | null {
    const place = this.doc.places.find((p) => p.id === placeId);
    const iso = place?.country;
    if (!place || !iso) return null;
    // an actor of the document that is the bare country
    for (const a of this.doc.actors) {
      if (a.country === iso && a.sector === null && a.type === 'country') return this.addSpan(a, span);
    }
    const id = `place.${iso}`;
    return this.added(id, span, () => ({ id, name: place.name, country: iso, sector: null, code: iso, type: 'country', role: null, mentions: [{ ...span }] }));
  }

  /**
   * The actor of a group no actor mention names: a crowd (`~people`: civilians of the country the
   * sentence names, if one) or the followers of an actor (`~followers:<id>`: civilians, or the
   * opposition when their leader is in the opposition, of the leader's country).
   */
  groupActor(c: Clause, amIndex: number, key: string, span: { start: number; end: number }, otherSpans: Array<[number, number]>): string | null {
    let iso: string | null;
    let sector = 'CVL';
    let name: string;
    if (key.startsWith('~followers:')) {
      const leader = this.byId.get(key.slice('~followers:'.length));
      if (!leader) return null;
      iso = leader.country;
      if (leader.sector === 'OPP') sector = 'OPP';
      name = `supporters of ${leader.name}`;
    } else {
      iso = this.inferCountry(c, amIndex, 'CVL', [], 'PROTEST', true, otherSpans);
      name = c.am[amIndex].mention.text;
    }
    const id = `${key.startsWith('~followers:') ? key.slice(1).replace(':', '.') : 'people'}${iso ? `.${iso}` : ''}`;
    return this.added(id, span, () => ({ id, name, country: iso, sector, code: `${iso ?? ''}${sector}`, type: 'agent', role: null, mentions: [{ ...span }] }));
  }

  /**
   * The actor id of the country a demonym in a target phrase names ("two Iraqi bases"): the bare
   * country's actor of the document, else an added actor `country.<ISO3>` (with the span).
   */
  demonymActor(iso: string, span: { start: number; end: number }, name = this.countryName(iso)): string {
    for (const a of this.doc.actors) if (a.country === iso && a.sector === null && a.type === 'country') return this.addSpan(a, span);
    const id = `country.${iso}`;
    return this.added(id, span, () => ({ id, name, country: iso, sector: null, code: iso, type: 'country', role: null, mentions: [{ ...span }] }));
  }

  /**
   * The actor of an agent the actors stage has no mention for ("Russian missiles", "Israeli
   * settlers"; see agents.ts): an agent actor of the document with that country and sector, else
   * an added one (`agent.<ISO3>.<SECTOR>`, `agent.<SECTOR>` without a country).
   */
  agentActor(iso: string | null, sector: string, name: string, span: { start: number; end: number }): string {
    if (iso) for (const a of this.doc.actors) if (a.country === iso && a.sector === sector && a.type === 'agent') return this.addSpan(a, span);
    const id = iso ? `agent.${iso}.${sector}` : `agent.${sector}`;
    return this.added(id, span, () => ({ id, name, country: iso, sector, code: `${iso ?? ''}${sector}`, type: 'agent', role: null, mentions: [{ ...span }] }));
  }

  /**
   * Students and unions (EDU, LAB descriptions, not named organisations) as civilians for an event
   * in the street: a copy of the actor with sector CVL (id `<id>.CVL`), else the id itself.
   */
  asCivilians(id: string): string {
    const a = this.byId.get(id);
    if (!a || a.type !== 'agent' || (a.sector !== 'EDU' && a.sector !== 'LAB')) return id;
    const cid = `${id}.CVL`;
    if (this.byId.has(cid)) return cid;
    const c: Actor = { ...a, id: cid, sector: 'CVL', code: `${a.country ?? ''}CVL`, mentions: a.mentions.map((m) => ({ ...m })) };
    this.doc.actors.push(c);
    this.byId.set(cid, c);
    return cid;
  }

  /**
   * The members, troops or aircraft of an IGO ("NATO troops", "NATO warplanes", "NATO defence
   * ministers": an agent with an IGO code and no country) act for the organisation: the event
   * codes the IGO (the gold set's convention). The organisation's actor of the document when there
   * is one (same code), else a copy with sector IGO (id `<id>.IGO`); other ids unchanged.
   */
  asIgo(id: string): string {
    const a = this.byId.get(id);
    if (!a || a.type !== 'agent' || a.country !== null || a.sector === 'IGO' || !a.code.startsWith('IGO')) return id;
    for (const b of this.doc.actors) if (b.sector === 'IGO' && b.code === a.code && b.country === null) return b.id;
    const cid = `${id}.IGO`;
    if (this.byId.has(cid)) return cid;
    const c: Actor = { ...a, id: cid, sector: 'IGO', mentions: a.mentions.map((m) => ({ ...m })) };
    this.doc.actors.push(c);
    this.byId.set(cid, c);
    return cid;
  }

  /** The actor id of a country's civilians (unnamed people an event hits, "its minority"), added once. */
  civilians(iso: string, sector: 'CVL' | 'OPP' = 'CVL'): string {
    const id = `${sector === 'CVL' ? 'civilians' : 'opposition'}.${iso}`;
    if (this.byId.has(id)) return id;
    const name = `${sector === 'CVL' ? 'civilians' : 'opposition'} of ${this.countryName(iso)}`;
    return this.added(id, null, () => ({ id, name, country: iso, sector, code: `${iso}${sector}`, type: 'agent', role: null, mentions: [] }));
  }

  /** The actor id of the UN Security Council (an actor of the document when there is one, else added once). */
  securityCouncil(): string {
    for (const a of this.doc.actors) if (a.sector === 'IGO' && /security council/i.test(a.name)) return a.id;
    const id = 'igo.UNSC';
    return this.added(id, null, () => ({ id, name: 'UN Security Council', country: null, sector: 'IGO', code: 'IGOUNO', type: 'organization', role: null, mentions: [] }));
  }

  /** The countries the sentence's places, country names and country adjectives name. */
  namedCountries(c: Clause): Set<string> {
    const out = new Set<string>();
    for (let t = c.lo; t < c.hi; t++) {
      const i = c.tokAm[t] >= 0 ? c.tokAm[t] : c.tokPlace[t];
      if (i < 0) continue;
      const e = c.am[i];
      t = e.last - 1;
      let iso: string | null = null;
      if (e.country) iso = e.country;
      else if (e.place) iso = this.doc.places.find((p) => p.id === e.place)?.country ?? null;
      else if (e.mention.kind === 'country' || e.mention.kind === 'place') iso = this.byId.get(e.actors[0])?.country ?? null;
      if (iso) out.add(iso);
    }
    return out;
  }

  /** The one country the sentence names (see namedCountries), or null. */
  oneCountry(c: Clause): string | null {
    const s = this.namedCountries(c);
    return s.size === 1 ? [...s][0] : null;
  }

  /** The actor id of a country as a whole (an actor of the document when there is one). */
  countryActor(iso: string): string {
    for (const a of this.doc.actors) if (a.country === iso && a.sector === null && a.type === 'country') return a.id;
    const id = `country.${iso}`;
    if (this.byId.has(id)) return id;
    const place = this.doc.places.find((p) => p.country === iso && p.featureType === 'country');
    return this.added(id, null, () => ({ id, name: place?.name ?? iso, country: iso, sector: null, code: iso, type: 'country', role: null, mentions: [] }));
  }

  /** The actor id of a country's government, implied by a state act (an actor of the document when there is one). */
  stateActor(iso: string): string {
    for (const a of this.doc.actors) if (a.country === iso && a.sector === 'GOV' && a.type !== 'person') return a.id;
    const id = `government.${iso}`;
    if (this.byId.has(id)) return id;
    const place = this.doc.places.find((p) => p.country === iso && p.featureType === 'country');
    return this.added(id, null, () => ({ id, name: `government of ${place?.name ?? iso}`, country: iso, sector: 'GOV', code: `${iso}GOV`, type: 'agent', role: null, mentions: [] }));
  }

  /** Is this actor a generic description with no country ("police", "gunmen"), for which a country may be inferred? */
  isGeneric(a: Actor, c: Clause, amIndex: number): boolean {
    if (a.country !== null || a.type !== 'agent' || a.sector === null || NO_COUNTRY_SECTORS.has(a.sector)) return false;
    // a group of several states coded by its region ("West African leaders" WAFGOV, "European ministers" EURGOV) has
    // no one country; a stateless nation ("Kurdish militants") has one, inferred like any generic agent
    if (a.code && a.code.length > a.sector.length && a.code.endsWith(a.sector) && !a.code.startsWith('KUR')) return false;
    const m = c.am[amIndex];
    // a capitalised word inside the phrase names something ("NATO troops", "Janjaweed militiamen")
    for (let t = m.first; t < m.last; t++) {
      const tok = c.toks[t];
      if (t === c.lo) continue;
      const ch = this.doc.text.charCodeAt(tok.start);
      // (an ethnic adjective names no actor: "Kurdish militants", "Chechen rebels")
      if (ch >= 65 && ch <= 90 && tok.pos !== 'ADJ' && !/(?:ish|ian|ese|en)$/.test(tok.norm)) return false;
    }
    return true;
  }

  /**
   * A country for the generic actor at `amIndex` (an index into the clause's mentions), or null.
   * `others`: the countries of the event's other side.
   */
  inferCountry(
    c: Clause,
    amIndex: number,
    sector: string,
    otherSide: Array<{ country: string | null; sector: string | null }>,
    plover: string,
    isSource: boolean,
    otherSpans: Array<[number, number]> = [],
  ): string | null {
    const { toks, tokAm, tokPlace, am, lo, hi } = c;
    const m = am[amIndex];
    const countryAt = (k: number): string | null => {
      const i = tokAm[k] >= 0 ? tokAm[k] : tokPlace[k];
      if (i < 0) return null;
      const e = am[i];
      if (e.country) return e.country;
      if (e.place) return this.doc.places.find((p) => p.id === e.place)?.country ?? null;
      if (e.mention.kind !== 'country' && e.mention.kind !== 'place') return null;
      const a = this.byId.get(e.actors[0]);
      return a && a.country && (a.sector === null || a.type === 'country') ? a.country : null;
    };
    // "its troops", "their forces": the country of the pronoun's referent ("Moscow denied that its troops ...")
    const pf = toks[m.first].norm === 'that' && m.last - m.first > 1 ? m.first + 1 : m.first;
    const head = toks[pf].norm;
    if ((head === 'its' || head === 'their') && m.first > lo) {
      const r = c.antecedent(m.first - 1, head === 'its' ? 'it' : 'them');
      if (r >= 0 && r !== amIndex) {
        for (const id of am[r].actors) {
          const a = this.byId.get(id);
          if (a?.country) return a.country;
        }
      }
    }
    // "police in Prague", "soldiers from Chad"
    let k = m.last;
    if (k < hi && (toks[k].norm === 'in' || toks[k].norm === 'from' || toks[k].norm === 'of')) {
      k++;
      while (k < hi && k < m.last + 4 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ')) k++;
      if (k < hi) {
        const iso = countryAt(k);
        if (iso) return iso;
      }
    }
    // "Prague police", "Myanmar's security forces"
    k = m.first - 1;
    if (k >= lo && toks[k].norm === "'s") k--;
    if (k >= lo) {
      const iso = countryAt(k);
      if (iso) return iso;
    }
    // "Myanmar's government freed prisoners", "Colombian police arrested a trafficker wanted in the
    // United States": the people a state detains, frees or yields to are its own
    if (!isSource && PEOPLE_SECTORS.has(sector) && (plover === 'COERCE' || plover === 'RETREAT' || plover === 'CONCEDE') && otherSide.length > 0) {
      const cs = new Set(otherSide.map((o) => (o.country && (o.sector === null || STATE_SECTORS.has(o.sector)) ? o.country : '')));
      if (cs.size === 1 && !cs.has('')) return [...cs][0];
    }
    // "the army ousted President Morsi", "the military detained Aung San Suu Kyi": soldiers who
    // seize or detain a government are its country's
    if (isSource && plover === 'COERCE' && (sector === 'MIL' || sector === 'COP') && otherSide.length > 0) {
      const cs = new Set(otherSide.map((o) => (o.country && o.sector === 'GOV' ? o.country : '')));
      if (cs.size === 1 && !cs.has('')) return [...cs][0];
    }
    // the one country the sentence names, outside the other party ("militants attacked the U.S. consulate")
    const seen = new Set<string>();
    for (let t = lo; t < hi; t++) {
      if (otherSpans.some(([a, b]) => t >= a && t < b)) continue;
      const iso = countryAt(t);
      if (iso) seen.add(iso);
    }
    if (seen.size === 1) return [...seen][0];
    if (seen.size > 1) return null;
    // else the one country of the sentence's other actors ("Lebanon's government ... as protesters filled the streets")
    for (let t = lo; t < hi; t++) {
      const i = tokAm[t];
      if (i < 0 || i === amIndex || otherSpans.some(([a, b]) => t >= a && t < b)) continue;
      t = am[i].last - 1;
      for (const id of am[i].actors) {
        const a = this.byId.get(id);
        if (a?.country) seen.add(a.country);
      }
    }
    if (seen.size === 1) return [...seen][0];
    if (seen.size > 1) return null;
    // a domestic act: police and protesters, a government and its opposition
    const countries = new Set(otherSide.map((o) => o.country).filter((x): x is string => !!x));
    if (countries.size === 1 && DOMESTIC_TYPES.has(plover)) {
      const other = otherSide.find((o) => o.country)!;
      const state = (s: string | null) => s !== null && STATE_SECTORS.has(s);
      const people = (s: string | null) => s !== null && PEOPLE_SECTORS.has(s);
      if ((state(sector) && people(other.sector)) || (people(sector) && state(other.sector))) return other.country;
      // "the authorities detained soldiers / dismissed judges": a state's measures against its own
      if (plover === 'COERCE' && !isSource && state(other.sector) && (sector === 'MIL' || sector === 'JUD' || sector === 'LEG' || sector === 'GOV')) return other.country;
      if (!isSource && people(sector) && other.sector === null && plover !== 'ASSAULT') return other.country;
    }
    return this.datelineCountry();
  }

  /** The actor id for a generic actor placed in a country (added to the document once). */
  withCountry(base: Actor, iso: string, span: { start: number; end: number }): string {
    const id = `${base.id}.${iso}`;
    return this.added(id, span, () => ({ ...base, id, country: iso, code: iso + (base.sector ?? ''), mentions: [{ ...span }] }));
  }

  /**
   * The actor `id` this stage added to the document, made by `make` the first time; `span` (when given) is
   * added to its mentions each time it is used.
   */
  private added(id: string, span: { start: number; end: number } | null, make: () => Actor): string {
    const existing = this.byId.get(id);
    if (existing) return span ? this.addSpan(existing, span) : id;
    const a = make();
    this.doc.actors.push(a);
    this.byId.set(id, a);
    return id;
  }

  private addSpan(a: Actor, span: { start: number; end: number }): string {
    if (!a.mentions.some((m) => m.start === span.start && m.end === span.end)) a.mentions.push({ ...span });
    return a.id;
  }

  /** The country of the article's dateline ("KYIV, March 3 (Reuters) -"), or null. */
  private datelineCountry(): string | null {
    if (this.dateline !== undefined) return this.dateline;
    this.dateline = null;
    const doc = this.doc;
    const s = doc.sentences.find((x) => x.paragraph >= 1) ?? doc.sentences[0];
    if (!s || doc.sentences.length < 2) return null;
    for (const p of doc.places) {
      if (!p.country) continue;
      for (const m of p.mentions) {
        if (m.start !== s.start) continue;
        const after = doc.text.slice(m.end, m.end + 3);
        if (/^\s*[,(\-—]/.test(after)) this.dateline = p.country;
      }
    }
    return this.dateline;
  }
}

/** Sectors that have no country of their own. */
const NO_COUNTRY_SECTORS = new Set(['IGO', 'NGO', 'MNC']);
/** Event types where two generic parties are usually of one country (police and protesters). */
const DOMESTIC_TYPES = new Set(['COERCE', 'ASSAULT', 'PROTEST', 'CONCEDE', 'REQUEST']);
const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'SPY']);
const PEOPLE_SECTORS = new Set(['CVL', 'OPP', 'EDU', 'LAB', 'MED', 'REF', 'HLH', 'REL', 'BUS']);

/**
 * Step 3: phrases -> entities (actors) and mentions, one article at a time, sentence by sentence,
 * so that what the article said before (full names, titles, abbreviations, named organisations)
 * resolves what comes after (surnames, "he", "the president", "the two republics' heads").
 */
import type { Actor, Doc, Mention, MentionKind, Token } from '../../model/doc.js';
import { codeOf, type Entry, type Lexicon } from './lexicon.js';
import { nameKey, Scanner, type Item, type ScanState } from './scan.js';
import { buildPhrases, linkAppositions, mistaggedVerb, shareCoordination, verbForm, type Phrase } from './phrases.js';

export interface WordClasses {
  speech: Set<string>;
  locative: Set<string>;
  motion: Set<string>;
  placeNouns: Set<string>;
}

/** One actor of the article, with what coreference needs to know about it. */
interface Ent {
  key: string;
  actor: Actor;
  entry: Entry | null;
  person: boolean;
  gender: string | null;
  /** people.tsv role key or the title's own name ("head"), for "the president" / "the heads". */
  roleKey: string | null;
  roleName: string | null;
  /** Entity key of the organisation the person acts for ("head of the LPR"). */
  owner: string | null;
  /** Coded from a dictionary or a title (not just a bare name). */
  coded: boolean;
}

interface Coding {
  country: string | null;
  sector: string | null;
  code: string;
  /** The country is to be guessed at the end of the article. */
  pending?: boolean;
}

const SENT_BACK_PRONOUN = 6;

export class DocResolver {
  private readonly ents = new Map<string, Ent>();
  private readonly state: ScanState;
  private readonly people: Array<{ ent: Ent; sent: number; inQuote: boolean }> = [];
  private readonly seen = new Set<string>();
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly date: string | null;
  private sent = 0;
  /** First token of the current sentence. */
  private first = 0;
  private paragraph = -1;
  /** The current sentence is written in capitals (a wire headline). */
  private caps = false;
  /** How often each country was named so far (countries, demonyms, capitals, seats), and a dateline's country. */
  private readonly countryCounts = new Map<string, number>();
  /** countryCounts plus 0.4 for each mention of a person of that country (see contextCountry). */
  private readonly mixedCounts = new Map<string, number>();
  /** Mentions of people by their country (for the protagonist). */
  private readonly personCounts = new Map<string, number>();
  /** How often each country was named as a place so far ("in Ukraine", "Ukraine's east"). */
  private readonly placeCounts = new Map<string, number>();
  private dateline: string | null = null;
  /** Groups and bodies coded with a country word, latest last: what "the rebels", "the military" refer back to. */
  private readonly groups: Array<{ country: string; sector: string; head: string; sent: number }> = [];
  private lastIts: { key: string | null; country: string | null; sent: number } | null = null;
  /** Agents and people waiting for the article's context country (see resolvePending). */
  private readonly pending = new Map<string, { ent: Ent; sector: string | null; suffix: string; foe: boolean; our: boolean }>();
  private readonly pendingPeople: Ent[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly lex: Lexicon,
    private readonly scanner: Scanner,
    private readonly words: WordClasses,
  ) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.date = doc.article.date;
    this.state = { abbrevs: new Map(), heads: new Map(), surnames: new Map(), inQuote: false, date: this.date };
  }

  run(): void {
    const { tokens, text } = this;
    for (let s = 0; s < this.doc.sentences.length; s++) {
      const sen = this.doc.sentences[s];
      this.sent = s;
      this.first = sen.firstToken;
      if (sen.paragraph !== this.paragraph) {
        this.paragraph = sen.paragraph;
        this.state.inQuote = false;
      }
      const [caps, titleCase] = casing(text, tokens, sen.firstToken, sen.lastToken);
      const items = this.scanner.scan(text, tokens, sen.firstToken, sen.lastToken, this.state, caps, titleCase);
      if (items.length === 0) continue;
      const phrases = buildPhrases(items, tokens, sen.firstToken);
      shareCoordination(phrases, tokens);
      linkAppositions(phrases, tokens);
      this.caps = caps;
      for (const p of phrases) if (!p.roleOf) this.resolve(p, sen.firstToken, sen.lastToken, caps || titleCase);
      // People described by an apposition come after their role phrase is known.
      for (const p of phrases) if (p.roleOf) this.resolve(p, sen.firstToken, sen.lastToken, caps || titleCase);
      this.abbreviations(phrases, sen.lastToken);
      this.affiliations(phrases);
      if (this.lex.halves.size) this.halves(sen.firstToken, sen.lastToken);
      this.pairs(sen.firstToken, sen.lastToken);
    }
    this.resolvePending();
    // Before the Soviet Union's end, Moscow, the Kremlin and "Russian" troops are Soviet.
    if (this.date && this.date < '1991-12-26') {
      for (const e of this.ents.values()) {
        const a = e.actor;
        if (a.country !== 'RUS') continue;
        a.country = 'SUN';
        if (a.code.startsWith('RUS')) a.code = 'SUN' + a.code.slice(3);
      }
    }
    // Entities made only to code something else (an owner) are not actors of the article; number the rest.
    const kept = [...this.ents.values()].map((e) => e.actor).filter((a) => a.mentions.length > 0);
    const ids = new Map<string, string>();
    kept.forEach((a, i) => {
      ids.set(a.id, 'a' + (i + 1));
      a.id = 'a' + (i + 1);
    });
    for (const m of this.doc.mentions) if (m.actor) m.actor = ids.get(m.actor) ?? null;
    this.doc.actors = kept;
  }

  // ---- phrases -------------------------------------------------------------------------------

  private resolve(p: Phrase, first: number, last: number, headline: boolean): void {
    this.count(p.head, p.kind === 'single');
    for (const it of p.owners) this.count(it);
    for (const it of p.complement) this.count(it);
    if (p.kind === 'person') this.resolvePerson(p);
    else if (p.kind === 'role' || p.persons) this.resolveRole(p);
    else if (p.kind === 'agent') this.resolveAgent(p, last);
    else this.resolveSingle(p, first, last, headline);
    // Apposition: the role phrase names the people it describes.
    const r = p.roleOf;
    if (r) {
      for (const k of p.targets) {
        const ent = this.ents.get(k)!;
        if (!r.targets.includes(k)) r.targets.push(k);
        this.mention(r.t0, r.t1, 'person', ent, 'apposition', r.inQuote);
      }
    }
  }

  /** A title and a name: "Russian President Vladimir Putin", "Kremlin Spokesman Dmitry Peskov". */
  private resolvePerson(p: Phrase): void {
    const name = p.name!;
    // One unknown word after a title must look like a name ("President Telek", not "Minister Occasional"),
    // and a name ending in an organisation word is no person ("General Electric Co").
    if (
      name.kind === 'name' &&
      ((name.t1 - name.t0 === 1 && (this.tokens[name.t0].pos !== 'PROPN' || this.hasCommonWord(name.t0, name.t1))) ||
        this.lex.orgWords.has(this.tokens[name.t1 - 1].norm))
    ) {
      // "Co-Chair of the Russia-Turkey Intergovernmental Commission": an organisation's name after the complement
      // stays in the phrase.
      p.kind = 'role';
      p.t1 = name.t0 > p.head.end && name.t1 - name.t0 > 1 ? name.end : p.head.end;
      p.name = null;
      return this.resolveRole(p);
    }
    const ownerEnts = this.ownerMentions(p);
    const ent = this.personOf(name, p);
    if (!ent) return;
    this.codePerson(ent, p);
    p.targets = [ent.key];
    this.mention(p.t0, p.t1, 'person', ent, 'title+name', p.inQuote);
  }

  /** A title without a name: "the Russian president", "the head of the LPR", "the two republics' heads". */
  private resolveRole(p: Phrase): void {
    // "Lehman Brothers": a capitalised kin word inside a sentence is part of a name.
    if (p.head.entry?.needsOwner && p.head.t0 > this.first && Scanner.capital(this.text, this.tokens[p.head.t0])) return;
    // "in general", "in particular": an adverbial, not a general (no owner, no name, no determiner)
    if (!p.persons && p.owners.length === 0 && p.head.t0 > this.first && this.tokens[p.head.t0 - 1].norm === 'in' && this.tokens[p.head.t0].norm === 'general') return;
    const ownerEnts = this.ownerMentions(p);
    const targets: Ent[] = [];
    if (p.persons) {
      // Apposition: resolved when the people are (they come after).
      for (const person of p.persons) {
        if (person.targets.length) for (const k of person.targets) targets.push(this.ents.get(k)!);
      }
    }
    const head = p.head;
    const roleKey = p.mods.has('former') || p.mods.has('deputy') ? null : (head.entry?.role ?? null);
    const roleName = roleNameOf(p);
    let owners = this.ownerList(p, ownerEnts);
    // "the President's wife", "the minister's spokesman": a possessive title before the head is the person it names.
    if (owners.length === 0 && p.core.length > 1) {
      const pc = p.core.find((c) => c !== head && c.possessive && c.kind === 'role');
      const holder = pc ? this.antecedentByRole(pc.entry?.role ?? '', (pc.entry?.name ?? '').toLowerCase()) : null;
      if (holder?.actor.country) owners = [{ kind: 'person', item: pc!, ent: holder, coding: { country: holder.actor.country, sector: holder.actor.sector, code: holder.actor.code } }];
    }
    if (owners.length === 0 && roleKey && !p.plural && p.det === 'the' && !this.antecedentByRole(roleKey, roleName)) {
      // "the president" with no earlier president: the office holder of the article's country.
      // ("the military spokesman" after "Israeli helicopter gunships": the group's country first)
      const s0 = coreSector(p);
      const c = (!s0.weak && s0.sector ? this.groupBefore(head.entry?.name ?? '', s0.sector) : null) ?? this.contextCountry();
      if (c) owners = [{ kind: 'country', item: head, ent: null, coding: { country: c, sector: null, code: c }, context: true }];
    }
    if (targets.length === 0 && !p.persons) {
      for (const o of owners.length ? owners : [null]) {
        const found = p.plural ? this.orgPeople(o, roleKey, roleName) : this.roleHolder(p, o, roleKey, roleName);
        for (const f of found) if (!targets.includes(f)) targets.push(f);
      }
      // "Ukrainian soldiers", "western leaders": a plural title without known people is a group;
      // a weak one needs an owner ("the directors", "delegates" alone say nothing).
      if (targets.length === 0 && p.plural) {
        if (owners.length === 0 && (coreSector(p).weak || p.head.entry?.needsOwner)) return;
        return this.resolveAgent(p, this.tokens.length);
      }
    }
    if (targets.length === 0 && p.persons) return; // filled in when the people resolve (see resolvePerson via roleOf)
    p.targets = targets.map((t) => t.key);
    for (const t of targets) this.mention(p.t0, p.t1, t.person ? 'person' : 'agent', t, 'role', p.inQuote);
  }

  /** Office holders or earlier actors with that role; else a role actor when the owner is known. */
  private roleHolder(p: Phrase, o: OwnerInfo | null, roleKey: string | null, roleName: string): Ent[] {
    const found = this.orgPeople(o, roleKey, roleName);
    if (found.length) return found;
    const orgOwner = o?.ent && !o.ent.person && o.kind === 'org' ? o.ent : null;
    const country = o?.coding.country ?? null;
    // The office holder on the article's date; with no date there is no telling who held it: a role actor.
    if (country && roleKey && !p.mods.has('former') && this.date) {
      const row = this.lex.holder(country, roleKey, this.date) ?? this.lex.holder(country, 't:' + roleName, this.date);
      if (row) {
        const ent = this.dictPerson(row);
        ent.roleKey ??= roleKey;
        ent.roleName ??= roleName;
        return [ent];
      }
    }
    // An earlier person with the same title (and country): "the president", "the spokesman".
    if (!orgOwner && !p.mods.has('former') && (p.det === 'the' || p.det === '' || p.det === 'this')) {
      for (let k = this.people.length - 1; k >= 0; k--) {
        const e = this.people[k].ent;
        if ((roleKey ? e.roleKey === roleKey : false) || e.roleName === roleName) {
          if (!country || e.actor.country === country) return [e];
        }
      }
    }
    if (!o) {
      // "a military spokesman", "a special prosecutor": a title with a sector of its own and no owner is a role actor
      // of the article's country (decided at the end when the article has not settled one yet).
      const s = coreSector(p);
      if (s.weak || !s.sector || p.plural || this.caps || p.head.entry?.needsOwner || p.mods.has('former') || p.mods.has('foreign')) return [];
      // "the general assembly", "a pilot project": a title word before a noun is no one.
      const nx = this.tokens[p.t1];
      if (nx && (nx.pos === 'NOUN' || nx.pos === 'PROPN') && nx.norm !== "'s") return [];
      const c = this.titleCoding(p, null);
      if (!c.country && !c.pending) return [];
      const role = roleKey ?? roleName;
      const key = `r:${c.code}:${role}` + (c.pending ? ':ctx' : '');
      const ent = this.ensure(key, () => ({ actor: newActor(this.roleText(p), c, 'agent', titleText(this.text, this.tokens, p)), person: false, coded: true }));
      ent.roleKey = roleKey;
      ent.roleName = roleName;
      if (c.pending) this.pending.set(key, { ent, sector: c.sector, suffix: ':' + role, foe: false, our: false });
      return [ent];
    }
    // A role actor: "the Russian president" when no holder is known; for a guessed country only when the article has
    // no date to look the holder up by ("The President instructed..." in an undated release).
    // (but a title a sector word makes specific, "the military spokesman", is a role actor of that country)
    if (o.context && this.date && !(p.core.length > 1 && !coreSector(p).weak)) return [];
    const c = this.titleCoding(p, o);
    const key = `r:${c.code}:${roleKey ?? roleName}`;
    const ent = this.ensure(key, () => ({
      actor: newActor(this.roleText(p), c, 'agent', titleText(this.text, this.tokens, p)),
      person: false,
      coded: true,
    }));
    ent.roleKey = roleKey;
    ent.roleName = roleName;
    return [ent];
  }

  private antecedentByRole(roleKey: string, roleName: string): Ent | null {
    for (let k = this.people.length - 1; k >= 0; k--) {
      const e = this.people[k].ent;
      if (e.roleKey === roleKey || e.roleName === roleName) return e;
    }
    return null;
  }

  /** The organisation of a sector the article named last (organisations and unknown organisation names). */
  private lastOrg(sector: string | null): Ent | null {
    let found: Ent | null = null;
    for (const e of this.ents.values()) {
      if (!e.person && (e.actor.type === 'organization' || e.actor.type === 'media') && e.actor.sector === sector && e.actor.mentions.length) {
        if (!found || e.actor.mentions[e.actor.mentions.length - 1].start > found.actor.mentions[found.actor.mentions.length - 1].start) found = e;
      }
    }
    return found;
  }

  /** "the heads of those republics": people of those organisations already in the article. */
  private orgPeople(o: OwnerInfo | null, roleKey: string | null, roleName: string): Ent[] {
    const orgOwner = o?.ent && !o.ent.person && o.kind === 'org' ? o.ent : null;
    if (!orgOwner) return [];
    return [...this.ents.values()].filter((e) => e.person && e.owner === orgOwner.key && (e.roleName === roleName || (roleKey !== null && e.roleKey === roleKey)));
  }

  /** An agent noun: "Ukrainian forces", "police", "a senior US official", "the TASS news agency". */
  private resolveAgent(p: Phrase, last: number): void {
    const head = p.head;
    const ownerEnts = this.ownerMentions(p);
    // "news agency TASS", "the militant group X": the name is the actor.
    if (p.name) {
      const ent = p.name.kind === 'organization' || p.name.kind === 'media' ? this.orgOf(p.name.entry!) : this.namedOrg(p);
      if (ent) {
        p.targets = [ent.key];
        this.mention(p.t0, p.t1, kindOf(ent), ent, 'agent+name', p.inQuote);
      }
      return;
    }
    // "joined forces": an idiom.
    if (p.t0 > 0 && this.tokens[p.t0].norm === 'forces' && this.tokens[p.t0 - 1].lemma === 'join') return;
    // "government-controlled", "army-run": the first part of a hyphenated word is no actor.
    if (!head.possessive && p.t1 + 1 < last && this.tokens[p.t1].norm === '-' && this.tokens[p.t1].start === this.tokens[p.t1 - 1].end && this.tokens[p.t1 + 1].start === this.tokens[p.t1].end) {
      this.possessiveOwnersAct(p, last);
      return;
    }
    // "military aggression", "government bonds": an agent noun used as a modifier is no actor (but "Ukrainian army
    // positions", "Russian military bases" are the army's); a possessive country before it still acts
    // ("Russia's military operation").
    if (!head.possessive && this.modifiesNoun(p.t1, last) && !(p.owners.length && this.facilityAfter(p.t1, last))) {
      this.possessiveOwnersAct(p, last);
      return;
    }
    // "his official Twitter": an agent word before a named organisation describes it.
    if (!head.possessive && p.t1 < last && Scanner.capital(this.text, this.tokens[p.t1]) && this.tokens[p.t1].start > this.tokens[p.t1 - 1].end) {
      const nx = this.scanner.match(this.text, this.tokens, p.t1, last, false)?.entry;
      if (nx && (nx.kind === 'organization' || nx.kind === 'media')) return;
    }
    // "the ceasefire regime", "market forces": a bare agent noun after another noun is part of a compound.
    if (!p.det && p.owners.length === 0 && p.core.length === 1 && p.mods.size === 0 && p.complement.length === 0) {
      const pv = p.t0 - 1;
      const pt = pv >= 0 ? this.tokens[pv] : null;
      if (pt && pt.pos === 'NOUN' && /^[a-z]/.test(pt.norm) && pv >= first0(this.doc, p.t0)) return;
    }
    const owners = this.ownerList(p, ownerEnts);
    const sector = coreSector(p);
    // "La Civilta Cattolica, a Jesuit publication": a group noun in apposition to an organisation of its sector.
    if (owners.length === 0 && !p.plural && p.complement.length === 0) {
      const org = this.orgApposition(p, sector.sector);
      if (org) {
        p.targets = [org.ent.key];
        this.mention(org.t0, p.t1, kindOf(org.ent), org.ent, 'apposition', p.inQuote);
        return;
      }
    }
    if (owners.length === 0) {
      // "COMPANY SAYS", "FIRM TO BUY": generic nouns in capitals headlines are no actors.
      if (this.caps) return;
      // "the company", "the firm": the company the article named last.
      if ((p.det === 'the' || p.det === 'this') && !p.plural && p.core.length === 1 && head.entry && ANAPHORIC_ORG.has(head.entry.name)) {
        const org = this.lastOrg(head.entry.sector);
        if (org) {
          p.targets = [org.key];
          this.mention(p.t0, p.t1, kindOf(org), org, 'the-company', p.inQuote);
          return;
        }
      }
      // "the company" with no company named before, "any company", "companies": no one in particular.
      if (sector.weak && head.entry?.sector === 'BUS' && !p.mods.has('foreign')) return;
      if (p.core.every((c) => c.kind === 'honorific')) return;
      // "Western states" but not "states"; "an opposition member" (a stronger noun owns it).
      // "our people", "their own people" (but "our partners" are not ours).
      // "the administration", "the cabinet" alone are the government of the article's country.
      const governing = p.det === 'the' && !p.plural && p.core.length === 1 && GOVERNING.has(head.entry?.name ?? '');
      if (head.entry?.needsOwner && !governing && (sector.weak || p.core.length < 2) && !(sector.sector === 'CVL' && (p.det === 'our' || (p.det === 'their' && this.tokens[p.t0 + 1]?.norm === 'own')))) return;
      // "the publication of documents", "ready for publication"
      if (head.entry?.notOf && (!p.det || (p.t1 < last && this.tokens[p.t1].norm === 'of' && p.complement.length === 0))) return;
      // "the state", "our state" (not "a state of emergency", "the state of play").
      if (head.entry?.definite && (!DEFINITE.has(p.det) || p.mods.has('self') || (p.t1 < last && this.tokens[p.t1].norm === 'of'))) return;
    }
    // "Russia has a very capable military": the country that has it.
    if (owners.length === 0 && !head.entry?.needsOwner && (HAVE_SECTORS.has(sector.sector ?? '') || IN_SECTORS.has(sector.sector ?? ''))) {
      const h = this.haver(p, last);
      if (h) owners.push(h);
    }
    // An agent with no country word: the article's context country (decided at the end of the article when it is
    // not clear yet), the other side for "the enemy", none for "foreign nationals".
    let context: string | null = null;
    let pending: Pending = '';
    if (owners.length === 0) ({ country: context, pending } = this.guess(p, sector.sector));
    const targets: Ent[] = [];
    for (const o of owners.length ? owners : [null]) {
      // "the TASS news agency", "Hamas fighters", "NATO allies": the organisation itself.
      if (o?.ent && !o.ent.person && o.kind === 'org' && (sector.weak || sector.sector === o.coding.sector || o.coding.sector === null)) {
        // "the official IRNA news agency ... The agency said"
        if (head.entry?.name === 'news agency' && !p.plural) {
          const list = this.state.heads.get('agency');
          if (!list) this.state.heads.set('agency', [o.ent.key]);
          else if (!list.includes(o.ent.key)) list.push(o.ent.key);
        }
        targets.push(o.ent);
        continue;
      }
      let c: Coding;
      // "the United States and its allies", "Russia's closest partners": a state's allies are not that state.
      if (o && RELATIONAL.has(head.entry?.name ?? '') && o.kind !== 'region' && o.kind !== 'org' && o.kind !== 'person') c = { country: null, sector: sector.sector, code: sector.sector ?? '' };
      else if (o) c = this.agentCoding(o, sector);
      else c = { country: context, sector: sector.sector, code: codeOf(context, sector.sector) };
      if (o && c.country && c.sector && !p.inQuote) this.groups.push({ country: c.country, sector: c.sector, head: head.entry?.name ?? '', sent: this.sent });
      if (!c.code && pending !== ':foe') continue;
      // Groups of people of one code are one actor ("Ukrainian forces", "the Ukrainian armed forces");
      // bodies keep their own ("the Russian defence ministry" is not "the Kremlin").
      const body = isBody(head.entry) ? ':' + head.entry!.name : '';
      const key = 'g:' + c.code + body + (o ? '' : pending);
      const ent = this.ensure(key, () => ({ actor: newActor(this.stripDet(p), c, 'agent', null), person: false, coded: true }));
      if (!o && (pending === ':ctx' || pending === ':foe' || pending === ':our')) this.pending.set(key, { ent, sector: c.sector, suffix: body, foe: pending === ':foe', our: pending === ':our' });
      targets.push(ent);
    }
    p.targets = targets.map((t) => t.key);
    for (const t of targets) this.mention(p.t0, p.t1, 'agent', t, context ? 'agent+context' : 'agent', p.inQuote);
  }

  private resolveSingle(p: Phrase, first: number, last: number, headline: boolean): void {
    const it = p.head;
    const e = it.entry;
    switch (it.kind) {
      case 'country': {
        // "a major U.S. economic program", "the Iran arms scandal": a country name before a compound noun is a
        // modifier, like a demonym, and no actor.
        // "China's Xi Jinping", "Vladimir Putin of Russia": the country is part of the person's name phrase.
        // ... and "Japan's Ministry of International Trade and Industry": a country's own body after it.
        const nx = it.possessive && it.end < last ? this.scanner.match(this.text, this.tokens, it.end, last, false) : null;
        const nextPerson = !!nx && (nx.kind === 'person' || (nx.kind === 'organization' && nx.entry?.country === e!.country));
        const ofPerson = it.t0 >= 2 && this.tokens[it.t0 - 1].norm === 'of' && this.people.length > 0 && this.people[this.people.length - 1].sent === this.sent &&
          this.doc.mentions.length > 0 && this.doc.mentions[this.doc.mentions.length - 1].end === this.tokens[it.t0 - 2].end && this.doc.mentions[this.doc.mentions.length - 1].kind === 'person';
        if (nextPerson || ofPerson || this.countryModifier(it, last)) {
          this.mention(it.t0, it.t1, 'country', null, 'country-modifier', p.inQuote);
          return;
        }
        const ent = this.placeActor(p, first, last) ? this.countryOf(e!) : null;
        if (!ent && e!.country) this.placeCounts.set(e!.country, (this.placeCounts.get(e!.country) ?? 0) + 1);
        this.mention(it.t0, it.t1, 'country', ent, ent ? 'country' : 'country-as-place', p.inQuote);
        if (ent) p.targets = [ent.key];
        // "Iraq said ...": the side that speaks in a wire counts once more for the article's country.
        if (ent && !p.inQuote && it.end < last && this.words.speech.has(this.tokens[it.end].norm)) this.bump(e!.country!);
        return;
      }
      case 'demonym': {
        // "the Ukrainians", "Russians": the people of a country; an adjective alone is no actor.
        if (!it.plural) return;
        const ent = this.countryOf(e!);
        this.mention(p.t0, it.t1, 'country', ent, 'demonym', p.inQuote);
        p.targets = [ent.key];
        return;
      }
      case 'capital':
      case 'seat': {
        const actor = this.placeActor(p, first, last);
        const c: Coding = { country: e!.country, sector: e!.sector, code: e!.code };
        // "Brussels wants more sanctions": the seat of the EU (the EC before November 1993) speaks for it.
        const igo = actor && it.kind === 'capital' ? CAPITAL_IGO[e!.name.toLowerCase()] : undefined;
        const igoEntry = igo ? this.lex.byName.get(this.date && this.date < '1993-11-01' ? igo[0] : igo[1]) : undefined;
        if (igoEntry) {
          const oe = this.orgOf(igoEntry);
          this.mention(p.t0, it.t1, 'organization', oe, 'metonym', p.inQuote);
          p.targets = [oe.key];
          return;
        }
        const ent = actor ? this.ensure('g:' + c.code, () => ({ actor: newActor(e!.name, c, 'agent', null), person: false, coded: true })) : null;
        this.mention(p.t0, it.t1, it.kind === 'capital' ? 'place' : 'organization', ent, actor ? 'metonym' : 'place', p.inQuote);
        if (ent) p.targets = [ent.key];
        return;
      }
      case 'region': {
        if (e!.code === '-' || (e!.head === 'demonym' && !it.plural)) return;
        if (!this.placeActor(p, first, last)) return;
        // "Kurdistan", "the Gulf", "Eastern Europe", "Latin America": a region's name alone is where things happen;
        // only "the West", "Europeans" and groups ("Arab nations", "Nordic countries") act.
        if (e!.code !== 'WST' && !it.plural && !GROUP_WORDS.has(this.tokens[it.t1 - 1].norm)) {
          this.mention(p.t0, it.t1, 'place', null, 'place', p.inQuote);
          return;
        }
        const c: Coding = { country: null, sector: null, code: e!.code };
        const ent = this.ensure('g:' + c.code, () => ({ actor: newActor(e!.name, c, 'agent', null), person: false, coded: true }));
        this.mention(p.t0, it.t1, 'agent', ent, 'region', p.inQuote);
        p.targets = [ent.key];
        return;
      }
      case 'organization':
      case 'media': {
        // "his official Twitter account", "on its Telegram channel": the platform is no actor.
        if (!it.possessive && it.t1 < last && PLATFORM_NOUNS.has(this.tokens[it.t1].norm)) return;
        const ent = this.orgOf(e!);
        this.mention(p.t0, it.t1, kindOf(ent), ent, 'dictionary', p.inQuote);
        p.targets = [ent.key];
        return;
      }
      case 'person': {
        const ent = this.personOf(it, p);
        if (!ent) return;
        this.codePerson(ent, p);
        this.mention(it.t0, it.t1, 'person', ent, 'dictionary', p.inQuote);
        p.targets = [ent.key];
        return;
      }
      case 'ref': {
        const targets = (it.refs ?? []).map((k) => this.ents.get(k)).filter((x): x is Ent => !!x);
        for (const t of targets) {
          if (t.person) this.codePerson(t, p);
          this.mention(p.t0, it.t1, kindOf(t), t, 'reference', p.inQuote);
        }
        p.targets = targets.map((t) => t.key);
        return;
      }
      case 'name': {
        if (headline) return;
        const ent = this.nameEvidence(p, last) ? this.personOf(it, p) : null;
        if (!ent) {
          const org = this.unknownOrg(it);
          if (org) {
            this.mention(p.t0, it.t1, 'organization', org, 'name+org-word', p.inQuote);
            p.targets = [org.key];
          }
          return;
        }
        this.codePerson(ent, p);
        this.mention(it.t0, it.t1, 'person', ent, 'name', p.inQuote);
        p.targets = [ent.key];
        return;
      }
      case 'pronoun': {
        if (it.inQuote || it.possessive) return;
        const ent = this.antecedent(this.tokens[it.t0].norm === 'she' ? 'f' : 'm');
        if (!ent) return;
        this.mention(it.t0, it.t1, 'pronoun', ent, 'pronoun', false);
        p.targets = [ent.key];
        return;
      }
      default:
        return;
    }
  }

  /**
   * Agents whose country the article had not made clear when they were named ("civilians" in the first
   * sentence), people coded by a domestic title without one, and "the enemy": coded now from the whole article.
   */
  private resolvePending(): void {
    if (this.pending.size === 0 && this.pendingPeople.length === 0) return;
    const ctx = this.contextCountry();
    if (!ctx && this.placeCounts.size === 0 && this.personCounts.size === 0) return;
    const moved = new Map<string, Ent>();
    for (const [, pe] of this.pending) {
      const ent = pe.ent;
      if (ent.actor.mentions.length === 0) continue;
      const home = this.protagonist() ?? leader(this.placeCounts) ?? ctx;
      // Whose "our" is told by the person named most, else by where things happen, before the country named most
      // (a Ukrainian address names Russia more often than Ukraine).
      const country = pe.foe ? (home ? this.rivalOf(home) : null) : pe.our ? home : VICTIM.has(pe.sector ?? '') ? this.victimCountry() : ctx;
      if (!country) {
        // "the aggressor country" with no rival in view: no actor at all.
        if (!ent.actor.code) this.unlink(ent);
        continue;
      }
      const c: Coding = { country, sector: pe.sector, code: codeOf(country, pe.sector) };
      const newKey = pe.sector ? 'g:' + c.code + pe.suffix : 'c:' + country;
      const ce = pe.sector ? null : this.lex.countryEntries.get(country);
      const target = ce ? this.countryOf(ce) : (moved.get(newKey) ?? this.ents.get(newKey));
      if (target && target !== ent && (target.actor.mentions.length > 0 || ce)) {
        const from = ent.actor.id;
        for (const m of this.doc.mentions) {
          if (m.actor !== from) continue;
          m.actor = target.actor.id;
          if (ce) m.kind = 'country';
        }
        target.actor.mentions.push(...ent.actor.mentions);
        target.actor.mentions.sort((a, b) => a.start - b.start);
        ent.actor.mentions = [];
        continue;
      }
      setCoding(ent.actor, c);
      moved.set(newKey, ent);
    }
    if (!ctx) return;
    for (const ent of this.pendingPeople) {
      if (ent.actor.country !== null || !ent.actor.sector) continue;
      setCoding(ent.actor, { country: ctx, sector: ent.actor.sector, code: codeOf(ctx, ent.actor.sector) });
    }
  }

  /** Detach an entity's mentions (they stay, with no actor). */
  private unlink(ent: Ent): void {
    const from = ent.actor.id;
    for (const m of this.doc.mentions) if (m.actor === from) m.actor = null;
    ent.actor.mentions = [];
  }

  /** The state the context country is at war with (rivals.tsv) on the article's date, if the article names it. */
  private rivalOf(ctx: string): string | null {
    let best: string | null = null;
    let bestN = 0;
    let only: string | null = null;
    let open = 0;
    for (const r of this.lex.rivals.get(ctx) ?? []) {
      if (!inTerm(this.date, r.start, r.end)) continue;
      if (only !== r.rival) open++;
      only = r.rival;
      const n = this.countryCounts.get(r.rival) ?? 0;
      if (n > bestN) {
        best = r.rival;
        bestN = n;
      }
    }
    // The one war the context country is in at the time, even when the article never names the other side.
    return best ?? (open === 1 ? only : null);
  }

  private bump(c: string): void {
    this.countryCounts.set(c, (this.countryCounts.get(c) ?? 0) + 1);
    this.mixedCounts.set(c, (this.mixedCounts.get(c) ?? 0) + 1);
  }

  private count(it: Item, alone = false): void {
    const k = it.kind;
    // "the Iran arms scandal", "a U.S. economic program": a country name that modifies a compound noun says little
    // about whose article it is.
    const nx = it.end < this.tokens.length ? this.tokens[it.end] : null;
    if (alone && k === 'country' && !it.possessive && nx && (nx.pos === 'NOUN' || nx.pos === 'ADJ') && /^[a-z]/.test(nx.norm) && nx.start === this.tokens[it.end - 1].end + 1 && /^[a-z]/.test(this.text[nx.start]) && this.tokens[it.end + 1]?.pos === 'NOUN' && /^[a-z]/.test(this.tokens[it.end + 1].norm)) return;
    if ((k === 'country' || k === 'demonym' || k === 'capital' || k === 'seat') && it.entry?.country) {
      this.countryCounts.set(it.entry.country, (this.countryCounts.get(it.entry.country) ?? 0) + 1);
      this.mixedCounts.set(it.entry.country, (this.mixedCounts.get(it.entry.country) ?? 0) + 1);
      if (k === 'country') this.lastIts = { key: null, country: it.entry.country, sent: this.sent };
    } else if ((k === 'organization' || k === 'media') && it.entry) {
      this.lastIts = { key: 'o:' + it.entry.name.toLowerCase(), country: null, sent: this.sent };
    }
  }

  /** What "its" stands for: the country or organisation named last, in this or the previous sentence. */
  private its(): Ent | null {
    const l = this.lastIts;
    if (!l || this.sent - l.sent > 1) return null;
    if (l.key) return this.ents.get(l.key) ?? null;
    const e = l.country ? this.lex.countryEntries.get(l.country) : undefined;
    return e ? this.countryOf(e) : null;
  }

  /** The entity a possessive pronoun stands for ("his", "her", "its"). */
  private possessor(it: Item): Ent | null {
    const n = this.tokens[it.t0].norm;
    if (it.inQuote) {
      // Inside a quotation only a man or woman named earlier in the same sentence ("costs to Putin and his regime").
      if (n === 'its') return null;
      const e = this.antecedent(n === 'her' ? 'f' : 'm', true);
      return e && this.people.some((r) => r.ent === e && r.sent === this.sent) ? e : null;
    }
    if (n === 'its') return this.its();
    return this.antecedent(n === 'her' ? 'f' : 'm', true);
  }

  /**
   * The country a group or title with no country word gets from the article: the context country (the theatre
   * country, where things happen, for civilians and refugees), or '' with a reason to wait or to give none:
   * ':ctx' (decide at the end of the article), ':foe' (the context country's rival), ':foreign' (none).
   */
  private guess(p: Phrase, sector: string | null): { country: string | null; pending: Pending } {
    if (p.core.some((c) => c.entry?.foe)) return { country: null, pending: FOE_DETS.has(p.det) ? ':foe' : ':foreign' };
    if (!sector || !DOMESTIC.has(sector)) return { country: null, pending: '' };
    // "foreign nationals", "diplomats", "the foreign ministers" (of several states) have no one country here, nor
    // "central banks", "governments" (each state has one).
    if ((p.plural && ONE_PER_STATE.has(p.head.entry?.name ?? '')) || (p.plural && p.head.kind === 'role' && sector === 'MED') || p.mods.has('foreign') || p.core.some((c) => c.entry?.abroad) || (p.plural && p.head.kind === 'role' && p.head.entry?.role)) {
      return { country: null, pending: ':foreign' };
    }
    // "three countries' leaders", "member states' ministers": of several states.
    if (p.core.some((c) => c !== p.head && c.entry?.needsOwner && !c.entry.weak && c.entry.sector === 'GOV' && /s$/.test(c.entry.name))) {
      return { country: null, pending: ':foreign' };
    }
    // "our defenders", "our people": the side of whoever speaks, decided at the end of the article.
    if (p.det === 'our') return { country: null, pending: PENDING.has(sector) ? ':our' : '' };
    // "Nicaraguan rebels ... the rebels", "Israeli helicopter gunships ... the military spokesman": a definite group
    // or title takes the country of the group of its kind named shortly before with a country word.
    const strong = !coreSector(p).weak;
    // (bare plurals only for the specific sectors: "Senators" after "the US Senate", not "officials")
    const bySector = p.det === 'the' || (p.det === '' && p.plural && SPECIFIC.has(sector));
    const back = ANAPHORIC_DETS.has(p.det) && strong ? this.groupBefore(p.head.entry?.name ?? '', bySector ? sector : '') : null;
    if (back) return { country: back, pending: '' };
    // "militants" in a Kremlin readout are not Russia's: armed groups with no country word are not of the country whose
    // people the article names most (the speaker's side), but of the one where things happen, or of none.
    if (sector === 'REB') {
      const ctx = this.contextCountry();
      if (ctx && ctx === this.protagonist()) {
        const t = leader(this.placeCounts);
        return { country: t !== ctx ? t : null, pending: '' };
      }
    }
    const c = VICTIM.has(sector) ? this.victimCountry() : this.contextCountry();
    if (c) return { country: c, pending: '' };
    return { country: null, pending: PENDING.has(sector) ? ':ctx' : '' };
  }

  /** The country of the latest group with this head noun (10 sentences back) or of this sector (4 back), or null. */
  private groupBefore(head: string, sector: string): string | null {
    for (let k = this.groups.length - 1; k >= 0; k--) {
      const g = this.groups[k];
      if (this.sent - g.sent > 10) break;
      if ((head && g.head === head) || (g.sector === sector && this.sent - g.sent <= 4)) return g.country;
    }
    return null;
  }

  /**
   * The country of the person the article names most (at least twice, ahead of the next): whose "our" and whose
   * enemy a first-person text means (Zelensky's addresses name Russia more often than Ukraine).
   */
  private protagonist(): string | null {
    return leader(this.personCounts);
  }

  /**
   * Where civilians and refugees are: the theatre country (the one most named as a place: "in Ukraine", "Ukraine's
   * east") when it is named about as often as the context country, else the context country.
   */
  private victimCountry(): string | null {
    const ctx = this.contextCountry();
    const t = leader(this.placeCounts);
    if (!t || !ctx || t === ctx) return ctx ?? t;
    return (this.countryCounts.get(t) ?? 0) * 4 >= (this.countryCounts.get(ctx) ?? 0) * 3 ? t : ctx;
  }

  /**
   * The country an article is about, for agents it names without one ("officials said", "civilians"):
   * the dateline's country, else the country named most so far (at least twice, ahead of the next).
   */
  private contextCountry(): string | null {
    if (this.dateline) return this.dateline;
    // No country named most: the country of the people named most (a Kremlin readout names Putin, not Russia).
    // People count too, at 0.4 a mention: an article about Reagan's policy that names Nicaragua three times is still
    // American ("the administration"); with no country named, the people's country.
    return leader(this.personCounts.size ? this.mixedCounts : this.countryCounts) ?? leader(this.personCounts);
  }

  // ---- owners and coding ----------------------------------------------------------------------

  /** Mentions for owners that are actors of their own (complements, possessive people), and their entities. */
  private ownerMentions(p: Phrase): Map<Item, Ent[]> {
    const out = new Map<Item, Ent[]>();
    for (const it of [...p.owners, ...p.complement]) {
      // Only people who own a title are mentions of their own ("President Vladimir Putin's spokesman ...");
      // a country or organisation in a title or on an agent is part of that phrase ("Head of the DPR X").
      const nested = it.kind === 'person' || it.kind === 'name' || (it.kind === 'ref' && it.possessive && (it.refs?.[0]?.startsWith('p:') ?? false));
      let ents: Ent[] = [];
      switch (it.kind) {
        case 'organization':
        case 'media':
          ents = [this.orgOf(it.entry!)];
          break;
        case 'person':
        case 'name': {
          // "Moody's analyst": one unknown capitalised word is no person.
          if (it.kind === 'name' && it.t1 - it.t0 < 2) break;
          const e = this.personOf(it, null);
          if (e) {
            this.codePerson(e, null);
            ents = [e];
          }
          break;
        }
        case 'ref':
          ents = (it.refs ?? []).map((k) => this.ents.get(k)).filter((x): x is Ent => !!x);
          break;
        case 'pronoun': {
          // "his spokesman", "her government", "its government": who or what the pronoun stands for.
          const e = this.possessor(it);
          if (e) ents = [e];
          break;
        }
        default:
          break;
      }
      out.set(it, ents);
      if (nested && !it.titled) for (const e of ents) this.mention(it.t0, it.t1, kindOf(e), e, 'nested', p.inQuote);
    }
    return out;
  }

  /** The owners of a phrase, coordinated ones separately ("Russian and Ukrainian forces"). */
  private ownerList(p: Phrase, ents: Map<Item, Ent[]>): OwnerInfo[] {
    const items = p.owners.length ? p.owners : p.complement;
    const out: OwnerInfo[] = [];
    // Adjacent owners refine each other ("the Kremlin" + "spokesman"); coordinated ones are separate.
    let cur: OwnerInfo | null = null;
    for (const it of items) {
      const info = this.ownerInfo(it, ents.get(it) ?? []);
      if (info.length === 0) continue;
      if (cur && !it.coord) {
        // Keep the more specific: an organisation or seat over a country.
        const better = info[0];
        if (rank(better) >= rank(cur)) {
          if (better.coding.country === null && cur.coding.country && better.kind !== 'org') better.coding.country = cur.coding.country;
          out[out.length - 1] = better;
          cur = better;
        }
        continue;
      }
      for (const x of info) out.push(x);
      cur = info[info.length - 1];
    }
    // A title that belongs to one state ("the pope", "the Argentinian pontiff": VAT; the demonym is his nationality).
    if (p.head.entry?.kind === 'role' && p.head.entry.country) {
      const c = p.head.entry.country;
      return [{ kind: 'country', item: p.head, ent: null, coding: { country: c, sector: null, code: c } }];
    }
    // Complement after prefix: "Russia's ambassador to ..." keeps the prefix; "head of the LPR" uses the complement.
    if (p.owners.length && p.complement.length) {
      const extra = p.complement.flatMap((it) => this.ownerInfo(it, ents.get(it) ?? []));
      if (extra.length && out.every((o) => o.kind !== 'org')) return extra.map((x) => ({ ...x, coding: { ...x.coding, country: x.coding.country ?? out[0]?.coding.country ?? null } }));
    }
    return out;
  }

  private ownerInfo(it: Item, ents: Ent[]): OwnerInfo[] {
    const e = it.entry;
    switch (it.kind) {
      case 'country':
      case 'demonym':
        return [{ kind: 'country', item: it, ent: null, coding: { country: e!.country, sector: null, code: e!.country! } }];
      case 'capital':
      case 'seat':
        return [{ kind: 'seat', item: it, ent: null, coding: { country: e!.country, sector: e!.sector, code: e!.code } }];
      case 'region':
        if (e!.code === '-') return [];
        return [{ kind: 'region', item: it, ent: null, coding: { country: null, sector: null, code: e!.code } }];
      case 'organization':
      case 'media':
      case 'ref':
      case 'person':
      case 'name':
      case 'pronoun':
        return ents.map((ent) => ({
          kind: ent.person ? 'person' : ent.actor.type === 'country' ? 'country' : 'org',
          item: it,
          ent,
          coding: { country: ent.actor.country, sector: ent.actor.sector, code: ent.actor.code },
        }));
      default:
        return [];
    }
  }

  /** Coding of a generic agent under an owner: "Ukrainian forces" UKR MIL, "Pentagon officials" USA MIL. */
  private agentCoding(o: OwnerInfo, s: { sector: string | null; weak: boolean }): Coding {
    let sector = s.sector;
    if (s.weak && o.kind === 'seat' && o.coding.sector) sector = o.coding.sector;
    if (o.kind === 'org' && s.weak) sector = o.coding.sector ?? sector;
    if (o.kind === 'region') {
      // "Kurdish rebels": a nation without a state of its own is coded under the state of the article.
      const ctx = this.contextCountry();
      const c = ctx && STATELESS.get(o.coding.code)?.has(ctx) ? ctx : null;
      if (c) return { country: c, sector, code: codeOf(c, sector) };
      return { country: null, sector, code: o.coding.code + (sector ?? '') };
    }
    if (o.kind === 'org' && !o.coding.country) return { country: null, sector, code: o.coding.code };
    return { country: o.coding.country, sector, code: codeOf(o.coding.country, sector) };
  }

  /** Coding of a title under an owner: the organisation's code for IGO/REB/... bodies, else country + title sector. */
  private titleCoding(p: Phrase, o: OwnerInfo | null): Coding {
    const s = coreSector(p);
    if (!o) {
      // "Yaroslav Zheleznyak, an opposition member": a domestic title takes the article's country.
      const g = this.guess(p, s.sector);
      return { country: g.country, sector: s.sector, code: codeOf(g.country, s.sector), pending: g.pending === ':ctx' };
    }
    if (o.kind === 'person' && s.sector && !s.weak && s.sector !== o.coding.sector && o.coding.country) {
      // "Biden's most senior military officer" USA MIL, "his son" CVL: a title of its own keeps its sector.
      return { country: o.coding.country, sector: s.sector, code: codeOf(o.coding.country, s.sector) };
    }
    if (o.kind === 'org' || o.kind === 'person') {
      return { country: o.coding.country, sector: o.coding.sector, code: o.coding.code };
    }
    // "Russian military analyst X": a title with no sector of its own is a private person's.
    const own = s.sector ?? (p.head.kind === 'role' && !p.head.entry?.sector && !p.head.entry?.weak ? 'CVL' : 'GOV');
    return this.agentCoding(o, { sector: own, weak: s.weak });
  }

  /**
   * "a delegation of Amnesty International led by Secretary General X": a title with no owner after "led by"
   * belongs to the organisation named last before it in the sentence.
   */
  private ledBy(p: Phrase): OwnerInfo | null {
    const { tokens } = this;
    const b = p.t0 - 1;
    if (b < this.first + 1 || tokens[b].norm !== 'by' || !LED.has(tokens[b - 1].norm)) return null;
    const from = tokens[this.first].start;
    const until = tokens[b - 1].start;
    const ms = this.doc.mentions;
    for (let k = ms.length - 1; k >= 0 && ms[k].start >= from; k--) {
      const m = ms[k];
      if (m.end > until || !m.actor || (m.kind !== 'organization' && m.kind !== 'media' && m.kind !== 'agent')) continue;
      const ent = [...this.ents.values()].find((e) => e.actor.id === m.actor);
      // ("a mission of the ICRC led by ...": a group phrase that stands for the organisation)
      if (m.kind === 'agent' && ent && ent.actor.type !== 'organization' && ent.actor.type !== 'media') continue;
      if (!ent || ent.person) return null;
      return { kind: 'org', item: p.head, ent, coding: { country: ent.actor.country, sector: ent.actor.sector, code: ent.actor.code } };
    }
    return null;
  }

  /** Give a person a coding from the title phrase, an apposition or the dictionary (by date). */
  private codePerson(ent: Ent, p: Phrase | null): void {
    if (ent.entry && !ent.coded) {
      const row = pickRow(ent.entry, this.date);
      setCoding(ent.actor, { country: row.country, sector: row.sector, code: row.code });
      ent.actor.role ??= row.title;
      ent.roleKey ??= row.role;
      ent.coded = true;
    }
    const role = p?.roleOf ?? (p && p.kind === 'person' ? p : null);
    if (!role) return;
    const owners = this.ownerList(role, this.ownerEntsQuiet(role));
    const o = owners.length ? owners[Math.min(p!.ownerIndex, owners.length - 1)] : this.ledBy(role);
    if (role !== p && !o && !role.head.entry?.sector) return;
    const title = titleText(this.text, this.tokens, role);
    ent.actor.role ??= title;
    ent.roleName ??= roleNameOf(role);
    ent.roleKey ??= role.head.entry?.role ?? null;
    if (o?.ent && !o.ent.person && o.kind === 'org') ent.owner ??= o.ent.key;
    if (role.head.kind === 'honorific' && !role.head.entry?.sector && !o) {
      if (role.head.entry?.role && !ent.gender) ent.gender = role.head.entry.role;
      return;
    }
    if (ent.coded) return;
    const c = this.titleCoding(role, o);
    if (!c.code) return;
    setCoding(ent.actor, c);
    ent.coded = true;
    // The head of a national body the dictionaries do not know gets its country when the body does (at the end).
    if (o?.ent && !o.ent.actor.country && o.kind === 'org' && this.pendingPeople.includes(o.ent)) this.pendingPeople.push(ent);
    // A title with no country: filled in from the article's context at its end, except officials and officers,
    // who are as often foreign ("National Security Council Spokesperson X").
    if (!o && c.pending && ((c.sector !== 'GOV' && c.sector !== 'MIL') || !coreSector(role).weak || role.complementNames?.length)) this.pendingPeople.push(ent);
  }

  private ownerEntsQuiet(p: Phrase): Map<Item, Ent[]> {
    const out = new Map<Item, Ent[]>();
    for (const it of [...p.owners, ...p.complement]) {
      if (it.kind === 'pronoun') {
        const e = this.possessor(it);
        out.set(it, e ? [e] : []);
      } else if (it.kind === 'organization' || it.kind === 'media') out.set(it, [this.orgOf(it.entry!)]);
      else if (it.kind === 'ref') out.set(it, (it.refs ?? []).map((k) => this.ents.get(k)).filter((x): x is Ent => !!x));
      else if (it.kind === 'person' || (it.kind === 'name' && it.t1 - it.t0 >= 2)) {
        const e = this.personOf(it, null);
        out.set(it, e ? [e] : []);
      }
    }
    return out;
  }

  // ---- entities -------------------------------------------------------------------------------

  private ensure(key: string, make: () => { actor: Actor; person: boolean; coded: boolean; entry?: Entry | null }): Ent {
    let e = this.ents.get(key);
    if (!e) {
      const m = make();
      m.actor.id = 'a' + (this.ents.size + 1);
      e = { key, actor: m.actor, entry: m.entry ?? null, person: m.person, gender: null, roleKey: null, roleName: null, owner: null, coded: m.coded };
      this.ents.set(key, e);
    }
    return e;
  }

  /**
   * "the North"/"the South" of a divided state the article is about (halves.tsv): "warned of retaliation if the North
   * attacked again" in a Korean story is North Korea acting. Not a region ("in the North"), not part of a longer name
   * ("the North Atlantic", "the South-East"), not inside another mention.
   */
  private halves(first: number, last: number): void {
    const { tokens, text } = this;
    for (let i = first + 1; i < last; i++) {
      const t = tokens[i];
      const rows = this.lex.halves.get(t.norm);
      if (!rows || tokens[i - 1].norm !== 'the' || !/[NS]/.test(text[t.start])) continue;
      const next = i + 1 < last ? tokens[i + 1] : null;
      if (next && (/[A-Z]/.test(text[next.start]) || next.norm === '-' || (next.start === t.end && next.norm !== "'s" && /\w/.test(text[next.start])))) continue;
      const before = i - 2 >= first ? tokens[i - 2] : null;
      if (before && (this.words.locative.has(before.norm) || ['to', 'from', 'of', 'into', 'across', 'throughout'].includes(before.norm))) continue;
      const row = rows.find((r) => r.context.some((c) => (this.countryCounts.get(c) ?? 0) > 0) && inTerm(this.date, r.start, r.end));
      if (!row) continue;
      const start = tokens[i - 1].start;
      if (this.doc.mentions.some((m) => m.start < t.end && m.end > start)) continue;
      const name = this.lex.countryNames.get(row.country) ?? row.country;
      const ent = this.ensure('c:' + row.country, () => ({ actor: newActor(name, { country: row.country, sector: null, code: row.country }, 'country', null), person: false, coded: true }));
      this.mention(i - 1, i + 1, 'country', ent, 'half-of-state', this.state.inQuote);
    }
  }

  /**
   * "the two presidents", "both leaders", "the two countries", "the two sides": the last two people (or countries,
   * or parties) the article named, one mention record per actor with the same span. Only when exactly the kind
   * asked for was named: two distinct people for people nouns, two distinct countries for country nouns.
   */
  private pairs(first: number, last: number): void {
    const { tokens } = this;
    for (let i = first; i + 1 < last; i++) {
      const n = tokens[i].norm;
      const two = (n === 'two' && i > first && tokens[i - 1].norm === 'the') || n === 'both';
      if (!two) continue;
      const head = tokens[i + 1].norm;
      const kind = PAIR_PEOPLE.has(head) ? 'person' : PAIR_STATES.has(head) ? 'country' : null;
      if (!kind) continue;
      const t0 = n === 'two' ? i - 1 : i;
      const start = tokens[t0].start;
      const end = tokens[i + 1].end;
      // a generic agent read in the same words ("the two presidents" as an agent with no country) gives way
      const generic = this.doc.mentions.findIndex((m) => m.start === start && m.end === end && m.rule === 'actors/agent');
      const genericActor = generic >= 0 ? [...this.ents.values()].find((e) => e.actor.id === this.doc.mentions[generic].actor) : undefined;
      if (this.doc.mentions.some((m, k) => m.start < end && m.end > start && !(k === generic && genericActor && genericActor.actor.country === null))) continue;
      // (not "both leaders of the opposition", "the two countries' leaders": those are other groups)
      const after = i + 2 < last ? tokens[i + 2].norm : '';
      if (after === 'of' || after === "'" || after === "'s") continue;
      const byId = new Map<string, Ent>();
      for (const e of this.ents.values()) byId.set(e.actor.id, e);
      const picked: Ent[] = [];
      for (let k = this.doc.mentions.length - 1; k >= 0 && picked.length < 3; k--) {
        const m = this.doc.mentions[k];
        if (m.start >= start || !m.actor) continue;
        const e = byId.get(m.actor);
        if (!e || picked.includes(e)) continue;
        const fits = kind === 'person' ? e.person : head === 'sides' || head === 'parties' ? e.actor.type !== 'agent' && !e.person : e.actor.type === 'country' || (e.actor.sector === 'GOV' && !e.person && e.actor.country !== null);
        if (!fits) continue;
        // (one country per state: "Russia" and "the Kremlin" are one side)
        if (kind === 'country' && picked.some((p) => p.actor.country === e.actor.country)) continue;
        picked.push(e);
      }
      // "King Mohammed VI received Israeli adviser Meir Ben-Shabbat ..., and the two countries signed": the people's states
      if (kind === 'country' && picked.length < 2) {
        const isos: string[] = picked.map((e) => e.actor.country!).filter((x) => x);
        for (let k = this.doc.mentions.length - 1; k >= 0 && isos.length < 2; k--) {
          const m = this.doc.mentions[k];
          const e = m.actor && m.start < start ? byId.get(m.actor) : undefined;
          if (e?.person && e.actor.country && !isos.includes(e.actor.country)) isos.push(e.actor.country);
        }
        if (isos.length < 2) continue;
        picked.length = 0;
        for (const iso of isos.slice(0, 2)) {
          const name = this.lex.countryNames.get(iso) ?? iso;
          picked.push(this.ensure('c:' + iso, () => ({ actor: newActor(name, { country: iso, sector: null, code: iso }, 'country', null), person: false, coded: true })));
        }
      }
      if (picked.length < 2) continue;
      if (generic >= 0 && genericActor) {
        // (kept as a mention of no actor, so that mention ids stay unique)
        const m = this.doc.mentions[generic];
        m.actor = null;
        genericActor.actor.mentions = genericActor.actor.mentions.filter((x) => x.start !== m.start || x.end !== m.end);
      }
      for (const e of picked.slice(0, 2).reverse()) this.mention(t0, i + 2, kind === 'person' ? 'person' : 'country', e, 'pair', this.state.inQuote);
    }
  }

  private countryOf(e: Entry): Ent {
    const c: Coding = { country: e.country, sector: null, code: e.country! };
    const name = this.lex.countryNames.get(e.country!) ?? e.name;
    return this.ensure('c:' + e.country, () => ({ actor: newActor(name, c, 'country', null), person: false, coded: true }));
  }

  private orgOf(entry: Entry): Ent {
    const e = pickRow(entry, this.date);
    const ent = this.ensure('o:' + entry.name.toLowerCase(), () => ({
      actor: newActor(entry.name, { country: e.country, sector: e.sector, code: e.code || codeOf(e.country, e.sector) }, entry.kind === 'media' ? 'media' : 'organization', null),
      person: false,
      coded: true,
      entry,
    }));
    // "the alliance" (NATO), "the bloc" (the EU), "the cartel" (OPEC): what the press calls some bodies besides their head noun.
    // "the New York Times ... the Times": a newspaper by the last word of its name.
    const mediaHead = entry.kind === 'media' ? MEDIA_HEADS.get(entry.name.slice(entry.name.lastIndexOf(' ') + 1).toLowerCase()) : undefined;
    for (const h of [entry.head, mediaHead, ...(EXTRA_HEADS[e.code ?? ''] ?? NONE_STR)]) {
      if (!h) continue;
      const list = this.state.heads.get(h);
      if (!list) this.state.heads.set(h, [ent.key]);
      else if (!list.includes(ent.key)) list.push(ent.key);
    }
    return ent;
  }

  private dictPerson(row: Entry): Ent {
    const main = this.lex.byName.get(row.name.toLowerCase()) ?? row;
    const ent = this.ensure('p:' + main.name.toLowerCase(), () => ({
      actor: newActor(main.name, { country: null, sector: null, code: '' }, 'person', null),
      person: true,
      coded: false,
      entry: main,
    }));
    if (!ent.coded) this.codePerson(ent, null);
    this.registerPerson(ent, main.name.toLowerCase().split(/\s+/));
    return ent;
  }

  /** The person a name item stands for: a dictionary person, a known surname, or a new name. */
  private personOf(it: Item, p: Phrase | null): Ent | null {
    if (it.kind === 'person') return this.dictPerson(it.entry!);
    if (it.kind === 'ref') {
      const e = this.ents.get(it.refs?.[0] ?? '');
      return e ?? null;
    }
    if (it.kind !== 'name') return null;
    const key = nameKey(this.tokens, it.t0, it.t1);
    const known = this.state.surnames.get(key);
    if (known) return this.ents.get(known) ?? null;
    const text = this.text.slice(this.tokens[it.t0].start, this.tokens[it.t1 - 1].end);
    const ent = this.ensure('p:' + key, () => ({ actor: newActor(text, { country: null, sector: null, code: '' }, 'person', null), person: true, coded: false }));
    const words = key.split(/\s+/);
    ent.gender ??= this.lex.firstNames.get(words[0]) ?? null;
    if (ent.gender === 'u') ent.gender = null;
    this.registerPerson(ent, words);
    void p;
    return ent;
  }

  private registerPerson(ent: Ent, words: string[]): void {
    const full = words.join(' ');
    if (!this.state.surnames.has(full)) this.state.surnames.set(full, ent.key);
    if (words.length >= 2) {
      const last = words[words.length - 1];
      // (not a word the dictionaries know on its own; "Diaz" may start a longer alias and still be this man's name)
      if (!this.state.surnames.has(last) && !this.lex.root.next!.get(last)?.terms) this.state.surnames.set(last, ent.key);
    }
    if (ent.gender === null && ent.entry) {
      const g = this.lex.firstNames.get(words[0]);
      if (g && g !== 'u') ent.gender = g;
    }
  }

  /** An organisation named after an agent noun: "the rebel group Ansar Dine". */
  private namedOrg(p: Phrase): Ent | null {
    const it = p.name!;
    if (it.kind !== 'name') return it.kind === 'ref' ? (this.ents.get(it.refs?.[0] ?? '') ?? null) : null;
    const s = coreSector(p);
    // "the militant group Ansar Dine": a determiner and one group noun; not "Troop Training" in a headline.
    if (!s.sector || p.head.plural || !p.det) return null;
    const owners = this.ownerList(p, new Map());
    const c = owners.length ? this.agentCoding(owners[0], s) : { country: null, sector: s.sector, code: s.sector };
    const text = this.text.slice(this.tokens[it.t0].start, this.tokens[it.t1 - 1].end);
    return this.ensure('o:' + text.toLowerCase(), () => ({ actor: newActor(text, c, 'organization', null), person: false, coded: true }));
  }

  /** A capitalised run ending in an organisation word ("... Workers' Party", "... Bank"). */
  private unknownOrg(it: Item): Ent | null {
    if (it.t1 - it.t0 < 2) return null;
    const lastWord = this.tokens[it.t1 - 1].norm;
    let sector = this.lex.orgWords.get(lastWord) ?? (it.org ? it.entry?.sector : undefined);
    // "Presidential Commission on Good Government": the organisation word before "on"/"for"/"of".
    for (let k = it.t1 - 2; !sector && it.org && k > it.t0; k--) {
      const n = this.tokens[k + 1].norm;
      if (n === 'on' || n === 'for' || n === 'of') sector = this.lex.orgWords.get(this.tokens[k].norm);
    }
    if (!sector) return null;
    const text = this.text.slice(this.tokens[it.t0].start, this.tokens[it.t1 - 1].end);
    const key = 'o:' + text.toLowerCase();
    const fresh = !this.ents.has(key);
    const ent = this.ensure(key, () => ({ actor: newActor(text, { country: null, sector, code: sector }, 'organization', null), person: false, coded: true }));
    // "San Miguel Corp", "the Presidential Commission on Good Government": a national body or firm the dictionaries do
    // not know is of the article's country (decided at its end).
    if (fresh && NATIONAL_ORG.has(sector)) this.pendingPeople.push(ent);
    return ent;
  }

  /** Is an unknown capitalised run a person? A first name, a speech verb, or an apposition says so. */
  private nameEvidence(p: Phrase, last: number): boolean {
    const it = p.head;
    if (p.roleOf) return true;
    const n = it.t1 - it.t0;
    if (n < 2 || n > 5 || it.org) return false;
    if (this.lex.orgWords.has(this.tokens[it.t1 - 1].norm)) return false;
    const g = this.lex.firstNames.get(this.tokens[it.t0].norm);
    if (g === 'm' || g === 'f') return true;
    const nx = it.end < last ? this.tokens[it.end].norm : '';
    const pv = it.t0 > 0 ? this.tokens[it.t0 - 1].norm : '';
    if (!this.words.speech.has(nx) && !this.words.speech.has(pv)) return false;
    // "the Conflict Observatory said": words the article also writes in lower case are no name.
    return !this.hasCommonWord(it.t0, it.t1);
  }

  private lower: Set<string> | null = null;

  /** Does [t0, t1) contain a word this article also writes in lower case? */
  private hasCommonWord(t0: number, t1: number): boolean {
    if (!this.lower) {
      this.lower = new Set();
      for (const t of this.tokens) {
        const c = this.text.charCodeAt(t.start);
        if (c >= 97 && c <= 122) this.lower.add(t.norm);
      }
    }
    for (let k = t0; k < t1; k++) if (this.lower.has(this.tokens[k].norm) || this.lex.orgWords.has(this.tokens[k].norm)) return true;
    return false;
  }

  /** The most recent person named outside quotes, agreeing in gender, within a few sentences. */
  private antecedent(gender: 'm' | 'f', possessive = false): Ent | null {
    for (let k = this.people.length - 1; k >= 0; k--) {
      const r = this.people[k];
      if (this.sent - r.sent > SENT_BACK_PRONOUN) break;
      // Names inside quotes are rarely what "he" outside them means; in the same sentence they may be
      // ("costs to Putin and his regime"), and quote marks in real text are not always balanced.
      if (r.inQuote && !(possessive && r.sent === this.sent)) continue;
      if (r.ent.gender && r.ent.gender !== gender) continue;
      return r.ent;
    }
    return null;
  }

  // ---- places as actors -------------------------------------------------------------------------

  /** A country or capital acts (is an actor) unless it is a place: "in Ukraine", "north of Kyiv", "Kyiv region". */
  private placeActor(p: Phrase, first: number, last: number): boolean {
    const { tokens, text } = this;
    const it = p.head;
    if (!it.possessive && it.t1 < last) {
      const nx = tokens[it.t1];
      // "Kyiv region", "Moscow time": a place noun after it.
      if (this.words.placeNouns.has(nx.norm) && !Scanner.capital(text, nx)) return false;
      // "the Budapest Memorandum", "Washington Consensus": part of another name.
      if (Scanner.capital(text, nx) && (nx.pos === 'PROPN' || nx.pos === 'NOUN') && !this.lex.root.next!.has(nx.norm) && !this.lex.notNames.has(nx.norm)) return false;
    }
    // A dateline: "MINSK, 28 January (BelTA) -".
    if (it.t0 === first && it.t1 < last && tokens[it.t1].norm === ',' && Scanner.upper(text, tokens[it.t0]) && tokens[it.t0].end - tokens[it.t0].start > 2) {
      if (this.sent < 3 && it.entry?.country) this.dateline ??= it.entry.country;
      return false;
    }
    let b = p.t0 - 1;
    if (b < first) return true;
    // "in Kiev's position": the preposition governs the noun after the possessive; but "Poland's skies",
    // "Ukraine's east", "Russia's border" are places.
    if (it.possessive) return !(it.end < last && this.words.placeNouns.has(tokens[it.end].norm));
    // "in southern Germany", "across eastern Ukraine": a compass adjective between the preposition and the place.
    if (COMPASS.has(tokens[b].norm) && b - 1 >= first) b--;
    const prev = tokens[b].norm;
    if (this.words.locative.has(prev)) return false;
    // "... in Port Stanley, and Britain broke off relations": a new clause's subject, not a list of places
    const clauseSubject = prev === 'and' && b - 1 >= first && tokens[b - 1].norm === ',' && it.t1 <= last && (tokens[it.t1]?.pos === 'VERB' || tokens[it.t1]?.pos === 'AUX');
    if ((prev === '-' || prev === 'and' || prev === ',' || prev === 'or') && !clauseSubject) {
      // "in Russia and Ukraine": look past a coordination to the preposition.
      for (let k = b - 1; k >= first && k >= b - 4; k--) {
        const n = tokens[k].norm;
        if (this.words.locative.has(n)) return false;
        if (n === '.' || n === ';' || tokens[k].pos === 'VERB') break;
      }
    }
    if (prev === 'to' || prev === 'from' || prev === 'of' || prev === 'with') {
      const b2 = b - 1;
      if (b2 >= first) {
        const w = tokens[b2];
        // "fled to Poland", "north of Kyiv", "its border with Ukraine".
        if (prev !== 'with' && (this.words.motion.has(w.lemma) || this.words.motion.has(w.norm))) return false;
        if ((prev === 'of' || prev === 'with') && this.words.placeNouns.has(w.norm)) return false;
      }
    }
    b = p.t1;
    return true;
  }

  /** The organisation right before ", a/the [one or two words] NOUN" when the noun's sector is the organisation's. */
  private orgApposition(p: Phrase, sector: string | null): { ent: Ent; t0: number } | null {
    if (!sector) return null;
    const { tokens } = this;
    let k = p.t0 - 1;
    let t0 = p.t0;
    if (!p.det) {
      // Up to two words between the article and the noun ("a Jesuit publication", "the state-owned broadcaster").
      let d = k;
      while (d >= this.first && d >= p.t0 - 2 && tokens[d].pos !== 'PUNCT' && tokens[d].pos !== 'DET' && tokens[d].pos !== 'VERB') d--;
      if (d < this.first || (tokens[d].norm !== 'a' && tokens[d].norm !== 'an' && tokens[d].norm !== 'the')) return null;
      t0 = d;
      k = d - 1;
    } else if (p.det !== 'a' && p.det !== 'an' && p.det !== 'the') return null;
    if (k < this.first + 1 || tokens[k].norm !== ',') return null;
    const end = tokens[k - 1].end;
    const ms = this.doc.mentions;
    for (let j = ms.length - 1; j >= 0 && ms[j].end >= end; j--) {
      const m = ms[j];
      if (m.end !== end || !m.actor || (m.kind !== 'organization' && m.kind !== 'media' && m.kind !== 'agent')) continue;
      const ent = [...this.ents.values()].find((e) => e.actor.id === m.actor);
      if (!ent || ent.person || ent.actor.sector !== sector || (m.kind === 'agent' && !ent.actor.country)) return null;
      return { ent, t0 };
    }
    return null;
  }

  /** A facility of the group within the next two words: "army training centres", "military bases". */
  private facilityAfter(t: number, last: number): boolean {
    for (let k = t; k < last && k < t + 2; k++) {
      const n = this.tokens[k].norm;
      if (FACILITY.has(n)) return true;
      if (this.tokens[k].pos !== 'NOUN') return false;
    }
    return false;
  }

  /** The possessive countries and capitals before an agent noun that is no actor itself act ("Russia's military operation"). */
  private possessiveOwnersAct(p: Phrase, last: number): void {
    for (const it of p.owners) {
      if (!it.possessive || !it.entry) continue;
      if (it.kind === 'country') {
        const ent = this.countryOf(it.entry);
        this.mention(it.t0, it.t1, 'country', ent, 'country', p.inQuote);
      } else if (it.kind === 'capital' || it.kind === 'seat') {
        const e = it.entry;
        const c: Coding = { country: e.country, sector: e.sector, code: e.code };
        const ent = this.ensure('g:' + c.code, () => ({ actor: newActor(e.name, c, 'agent', null), person: false, coded: true }));
        this.mention(it.t0, it.t1, it.kind === 'capital' ? 'place' : 'organization', ent, 'metonym', p.inQuote);
      }
    }
    void last;
  }

  /**
   * "Russia has a (very capable) military", "the United States will deploy 3,000 more troops", "the government in
   * Kyiv": the country of the subject that has or sends the group, or of the capital it sits in, as the owner.
   */
  private haver(p: Phrase, last: number): OwnerInfo | null {
    const { tokens } = this;
    let k = p.t0 - 1;
    // "a very capable", "more than 100,000", "tens of thousands of"
    while (k > this.first && (HAVE_GAP.has(tokens[k].pos) || HAVE_GAP_WORDS.has(tokens[k].norm))) k--;
    const groupIn = IN_SECTORS.has(coreSector(p).sector ?? '');
    if (!groupIn && k > this.first && HAVE_VERBS.has(tokens[k].lemma)) {
      k--;
      // "has amassed", "will deploy", "plans to send"
      for (let n = 0; n < 3 && k > this.first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' || tokens[k].pos === 'ADV' || PLAN_VERBS.has(tokens[k].lemma)); n++) k--;
      const ent = this.actorEndingAt(tokens[k].end);
      if (ent && !ent.person) {
        if (ent.actor.type === 'organization' && !ent.actor.country) return { kind: 'org', item: p.head, ent, coding: { country: null, sector: ent.actor.sector, code: ent.actor.code } };
        const c = ent.actor.country;
        if (c) return { kind: 'country', item: p.head, ent: null, coding: { country: c, sector: null, code: c } };
      }
    }
    // "the government in Kyiv", "officials in Beijing" (a place right after "in" is a place mention of its own).
    // ("terrorist groups in Lebanon", "civilians in Ukraine": armed groups and people where they are)
    if (p.t1 + 1 < last && tokens[p.t1].norm === 'in' && (GOVERNING.has(p.head.entry?.name ?? '') || groupIn)) {
      const it = this.scanner.match(this.text, tokens, p.t1 + 1, last, false);
      const e = it?.entry;
      if (e && (e.kind === 'capital' || e.kind === 'country') && (!groupIn || e.kind === 'country') && e.country && !it.possessive && !(it.t1 < last && this.words.placeNouns.has(tokens[it.t1].norm))) {
        return { kind: 'country', item: p.head, ent: null, coding: { country: e.country, sector: null, code: e.country } };
      }
    }
    return null;
  }

  /** The actor of a mention in this sentence that ends at a character offset (not a pronoun). */
  private actorEndingAt(end: number): Ent | null {
    const ms = this.doc.mentions;
    const from = this.tokens[this.first].start;
    for (let j = ms.length - 1; j >= 0 && ms[j].start >= from; j--) {
      const m = ms[j];
      if (m.end !== end || !m.actor || m.kind === 'pronoun') continue;
      return [...this.ents.values()].find((e) => e.actor.id === m.actor) ?? null;
    }
    return null;
  }

  /** The token after a phrase is a lower-case noun it modifies ("military aggression", "Kyiv region"). */
  /** A country name right before a lower-case adjective/noun + noun ("U.S. economic program", "Iran arms scandal"). */
  private countryModifier(it: Item, last: number): boolean {
    const t = it.end;
    if (it.possessive || t + 1 >= last) return false;
    const nx = this.tokens[t];
    const n2 = this.tokens[t + 1];
    if (nx.start !== this.tokens[t - 1].end + 1 || !/^[a-z]/.test(this.text[nx.start]) || (nx.pos !== 'NOUN' && nx.pos !== 'ADJ')) return false;
    // "Iran armed militias": a state's name with no determiner before a past form is the state acting
    if (verbForm(nx.norm) && !(it.t0 > 0 && this.tokens[it.t0 - 1].pos === 'DET')) return false;
    return n2.pos === 'NOUN' && /^[a-z]/.test(this.text[n2.start]) && !this.words.speech.has(nx.norm);
  }

  private modifiesNoun(t: number, last: number): boolean {
    if (t >= last) return false;
    const tok = this.tokens[t];
    if (tok.norm === 'one' || tok.pos === 'NUM') return true; // "military one"
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ') return false;
    if (Scanner.capital(this.text, tok)) return false;
    // (a dictionary word there starts an actor of its own; a mere prefix of one, "aid" of "aid agencies", does not)
    if (this.lex.root.next!.has(tok.norm) && this.scanner.match(this.text, this.tokens, t, last, false)) return false;
    // "a Senate committee", "a government commission": a body of the agent is the agent acting.
    if (BODY_NOUNS.has(tok.norm)) return false;
    if (this.words.speech.has(tok.norm)) return false;
    // "Israeli troops shot dead a teenager", "Afghan forces retook Kunduz": a verb the tagger read as a noun.
    if (mistaggedVerb(this.tokens, t, last)) return false;
    // "rebels say": the tagger sometimes calls a verb a noun.
    if (tok.norm.endsWith('s') && !tok.norm.endsWith('ss') && tok.pos !== 'ADJ' && t + 1 < last && isObjectStart(this.tokens[t + 1])) return false;
    return tok.pos !== 'ADJ' || (t + 1 < last && this.tokens[t + 1].pos === 'NOUN');
  }

  // ---- mentions and abbreviations ------------------------------------------------------------

  private mention(t0: number, t1: number, kind: MentionKind, ent: Ent | null, rule: string, inQuote: boolean): void {
    const start = this.tokens[t0].start;
    const end = this.tokens[t1 - 1].end;
    const sig = `${start}:${end}:${ent?.key ?? ''}`;
    if (this.seen.has(sig)) return;
    this.seen.add(sig);
    const m: Mention = {
      id: 'm' + (this.doc.mentions.length + 1),
      start,
      end,
      kind,
      text: this.text.slice(start, end),
      actor: ent ? ent.actor.id : null,
      place: null,
      rule: 'actors/' + rule,
    };
    this.doc.mentions.push(m);
    if (ent) {
      ent.actor.mentions.push({ start, end });
      if (ent.person && kind !== 'pronoun') {
        this.people.push({ ent, sent: this.sent, inQuote });
        const c = ent.actor.country;
        if (c) {
          this.personCounts.set(c, (this.personCounts.get(c) ?? 0) + 1);
          this.mixedCounts.set(c, (this.mixedCounts.get(c) ?? 0) + 0.4);
        }
      }
    }
  }

  /**
   * "the Donetsk and Lugansk People's Republics (DPR and LPR)": abbreviations in parentheses after
   * named actors stand for them, in order, for the rest of the article.
   */
  private abbreviations(phrases: Phrase[], last: number): void {
    const { tokens, text } = this;
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k];
      const open = p.t1;
      if (open >= last || tokens[open].norm !== '(') continue;
      const abbrs: number[] = [];
      let x = open + 1;
      let ok = false;
      while (x < last) {
        const t = tokens[x];
        if (t.norm === ')') {
          ok = abbrs.length > 0;
          break;
        }
        if (t.norm === 'and' || t.norm === ',' || t.norm === 'or') {
          x++;
          continue;
        }
        if (!Scanner.upper(text, t) || t.end - t.start < 2 || t.end - t.start > 8) break;
        abbrs.push(x);
        x++;
      }
      if (!ok) continue;
      const ents = this.bindable(p);
      if (ents.length === 0) continue;
      for (let a = 0; a < abbrs.length; a++) {
        const target = ents.length === abbrs.length ? ents[a] : abbrs.length === 1 ? ents[ents.length - 1] : null;
        if (!target) break;
        const tok = tokens[abbrs[a]];
        const abbr = text.slice(tok.start, tok.end);
        // An abbreviation must fit its name ("DPR" - "Donetsk People's Republic"), and one the dictionary
        // knows for something else is not rebound ("the United States (CNN)").
        if (!initialsFit(abbr, target.actor.name)) continue;
        const known = this.scanner.match(text, tokens, abbrs[a], abbrs[a] + 1, false)?.entry;
        if (known && known.kind !== 'modifier' && ('o:' + known.name.toLowerCase()) !== target.key && known.kind !== 'person') continue;
        this.state.abbrevs.set(abbr, [target.key]);
        this.mention(abbrs[a], abbrs[a] + 1, kindOf(target), target, 'abbreviation', p.inQuote);
      }
    }
  }

  /** "Nikolai Petrov from the Chatham House thinktank": a person named without title takes the organisation's code. */
  private affiliations(phrases: Phrase[]): void {
    const { tokens } = this;
    for (let k = 0; k + 1 < phrases.length; k++) {
      const a = phrases[k];
      const b = phrases[k + 1];
      if (a.kind !== 'single' || a.targets.length !== 1) continue;
      const person = this.ents.get(a.targets[0]);
      if (!person?.person || person.coded) continue;
      let x = a.t1;
      if (x >= b.t0 || !AFFIL.has(tokens[x].norm)) continue;
      x++;
      if (x !== b.t0) continue;
      const org = b.targets.length === 1 ? this.ents.get(b.targets[0]) : null;
      if (!org || org.person || (org.actor.type !== 'organization' && org.actor.type !== 'media')) continue;
      setCoding(person.actor, { country: org.actor.country, sector: org.actor.sector, code: org.actor.code });
      person.owner ??= org.key;
      person.coded = true;
    }
  }

  /** What an abbreviation after a phrase may stand for: its complement organisations, or what it names. */
  private bindable(p: Phrase): Ent[] {
    if (p.complement.length) {
      const out: Ent[] = [];
      for (const it of p.complement) {
        if (it.kind === 'organization' || it.kind === 'media') out.push(this.orgOf(it.entry!));
        else if (it.kind === 'ref') {
          for (const k of it.refs ?? []) if (this.ents.has(k)) out.push(this.ents.get(k)!);
        } else if (it.kind === 'name') {
          // "chairman of the Presidential Commission on Good Government (PCGG)"
          const org = this.unknownOrg(it);
          if (org) out.push(org);
        }
      }
      if (out.length) return out;
    }
    if (p.complementNames?.length) {
      const org = this.unknownOrg(p.complementNames[p.complementNames.length - 1]);
      if (org) return [org];
    }
    if (p.kind === 'single' && p.head.kind === 'name' && p.targets.length === 0) {
      const org = this.unknownOrg(p.head);
      if (org) {
        this.mention(p.head.t0, p.head.t1, 'organization', org, 'abbreviation-definition', p.inQuote);
        return [org];
      }
    }
    return p.targets.map((k) => this.ents.get(k)!).filter((e) => e && !e.person);
  }

  /** A role actor's name: the title without determiner or possessive owner ("Sweden's defence minister" -> "defence minister"). */
  private roleText(p: Phrase): string {
    let t0 = p.t0;
    for (const o of p.owners) if (o.possessive && o.end > t0 && o.end < p.t1) t0 = o.end;
    while (t0 < p.t1 - 1 && (isDet(this.tokens[t0].norm) || POSS_DET.has(this.tokens[t0].norm))) t0++;
    return this.text.slice(this.tokens[t0].start, this.tokens[p.t1 - 1].end).replace(/['’]s?$/, '');
  }

  private stripDet(p: Phrase): string {
    let t0 = p.t0;
    while (t0 < p.t1 - 1 && isDet(this.tokens[t0].norm)) t0++;
    return this.text.slice(this.tokens[t0].start, this.tokens[p.t1 - 1].end).replace(/['’]s?$/, '');
  }
}

interface OwnerInfo {
  kind: 'country' | 'seat' | 'region' | 'org' | 'person';
  item: Item;
  ent: Ent | null;
  coding: Coding;
  /** Guessed from the article (no word of the phrase says it). */
  context?: boolean;
}

function rank(o: OwnerInfo): number {
  return o.kind === 'org' ? 3 : o.kind === 'seat' ? 2 : o.kind === 'person' ? 1 : 0;
}

/** The key counted most, at least twice and more often than any other. */
function leader(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n1 = 0;
  let n2 = 0;
  for (const [c, n] of counts) {
    if (n > n1) {
      n2 = n1;
      n1 = n;
      best = c;
    } else if (n > n2) n2 = n;
  }
  return n1 >= 2 && n1 > n2 ? best : null;
}

type Pending = '' | ':ctx' | ':foe' | ':foreign' | ':our';

/** Determiners with which "enemy", "occupiers" name the other side ("the enemy"; not "other aggressors"). */
const FOE_DETS = new Set(['the', 'our', 'these', 'those', 'this']);
/** Sectors of victims and the displaced: coded by the theatre country first. */
const VICTIM = new Set(['CVL', 'REF']);
/** Sectors that wait for the whole article's context country when the start of it did not settle one. */
const PENDING = new Set(['CVL', 'REF', 'MIL', 'COP', 'GOV', 'LEG', 'JUD', 'OPP', 'REB']);
/** Governing bodies that belong to the capital or country they sit in ("the authorities in Kiev"). */
const GOVERNING = new Set(['government', 'authorities', 'regime', 'leadership', 'administration', 'cabinet', 'presidency', 'parliament']);

/** "DPR" fits "Donetsk People's Republic": its first letter starts one of the name's words. */
function initialsFit(abbr: string, name: string): boolean {
  const a = abbr[0].toLowerCase();
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => w.startsWith(a));
}

/** Nouns after a group noun that name its facilities or formations ("army positions", "military bases"). */
const FACILITY = new Set(['base', 'bases', 'position', 'positions', 'headquarters', 'centre', 'centres', 'center', 'centers', 'depot', 'depots', 'installation', 'installations', 'facility', 'facilities', 'barracks', 'airfield', 'airfields', 'post', 'posts', 'checkpoint', 'checkpoints', 'convoy', 'convoys', 'column', 'columns', 'camp', 'camps', 'outpost', 'outposts', 'garrison', 'garrisons', 'vehicles', 'aircraft', 'warships', 'helicopter', 'helicopters', 'jets', 'drones']);

/** Nouns after a platform's name that make it a medium, not an actor ("Twitter account"). */
const PLATFORM_NOUNS = new Set(['account', 'accounts', 'channel', 'channels', 'page', 'pages', 'feed', 'feeds', 'post', 'posts', 'profile', 'handle', 'app', 'website', 'livestream', 'messenger', 'blog']);

/** Sectors of what a country "has": an army, a government, police. */
const IN_SECTORS = new Set(['REB', 'CVL', 'REF']);
const HAVE_SECTORS = new Set(['MIL', 'GOV', 'COP', 'LEG', 'JUD', 'SPY']);
const HAVE_GAP = new Set(['ADJ', 'ADV', 'DET', 'NUM']);
/** Verbs (lemmas) whose subject has the group noun after them ("Russia has amassed troops", "the US will send troops"). */
const HAVE_VERBS = new Set(['have', 'deploy', 'send', 'dispatch', 'mobilize', 'mobilise', 'amass', 'station', 'mass', 'withdraw', 'pull', 'move', 'train', 'arm']);
const PLAN_VERBS = new Set(['plan', 'want', 'decide', 'agree', 'begin', 'start', 'continue', 'promise', 'pledge', 'threaten', 'intend', 'prepare', 'consider', 'be']);
const HAVE_GAP_WORDS = new Set(['"', 'but', 'than', 'of', 'tens', 'hundreds', 'thousands', 'dozens', 'some', 'about', 'around', 'nearly', 'almost', 'up', 'to']);
const DEFINITE = new Set(['the', 'our']);

const LED = new Set(['led', 'headed', 'chaired', 'represented']);

const AFFIL = new Set(['from', 'of', 'at', 'with']);

/** Nouns by which a text refers back to the organisation of its sector named last ("the company said"). */
const ANAPHORIC_ORG = new Set(['company', 'firm', 'corporation', 'business', 'airline', 'newspaper', 'broadcaster', 'news agency']);

/** Sectors of domestic agents that take the article's context country when the text gives none. */
const NONE_STR: string[] = [];
const SPECIFIC = new Set(['LEG', 'MIL', 'REB', 'COP', 'JUD']);
const MEDIA_HEADS = new Map(['times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'globe', 'gazette'].map((w) => [w, w]));
const STATELESS = new Map([['KUR', new Set(['TUR', 'IRQ', 'IRN', 'SYR'])]]);
const ONE_PER_STATE = new Set(['central bank', 'government', 'parliament', 'ministry', 'foreign ministry', 'defence ministry', 'national assembly', 'legislature', 'presidency', 'supreme court', 'constitutional court']);
const RELATIONAL = new Set(['ally', 'partner']);
const BODY_NOUNS = new Set(['committee', 'committees', 'subcommittee', 'commission', 'panel', 'caucus', 'delegation', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Capitals whose name as an actor means an international body: [before Nov. 1993, after] (lower-cased dictionary names). */
const CAPITAL_IGO: Record<string, [string, string]> = { brussels: ['european community', 'european union'] };
const EXTRA_HEADS: Record<string, string[]> = {
  IGONAT: ['alliance', 'bloc'],
  IGOWAR: ['alliance', 'bloc', 'pact'],
  IGOCSTO: ['alliance', 'bloc'],
  IGOEU: ['bloc', 'community'],
  IGOOPC: ['cartel', 'group'],
  IGOCMN: ['bloc', 'council'],
};
const NATIONAL_ORG = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'BUS', 'MED', 'EDU', 'HLH', 'OPP', 'LAB']);
const GROUP_WORDS = new Set(['countries', 'nations', 'states']);
const ANAPHORIC_DETS = new Set(['the', '']);
const DOMESTIC = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'CVL', 'REF', 'EDU', 'HLH', 'LAB', 'AGR', 'BUS', 'MED', 'REB', 'SPY']);

const BODY = /(ministry|department|office|parliament|court|council|assembly|agency|embassy|service|committee|commission|presidency|cabinet|administration|legislature|senate|congress|bank|tribunal|judiciary|delegation|guard|defen[cs]e)$/;

/** A body (ministry, court, parliament) rather than a group of people. */
function isBody(e: Entry | null): boolean {
  return !!e && BODY.test(e.name);
}

const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'mainland', 'occupied', 'war-torn', 'neighbouring', 'neighboring']);

const POSS_DET = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function isDet(n: string): boolean {
  return n === 'the' || n === 'a' || n === 'an' || n === 'this' || n === 'that' || n === 'these' || n === 'those' || n === 'two' || n === 'both' || n === 'three';
}

/** The first token of the sentence that token t is in. */
function first0(doc: Doc, t: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].firstToken <= t) lo = mid;
    else hi = mid - 1;
  }
  return doc.sentences[lo]?.firstToken ?? 0;
}

/** A token that starts what a verb says: "that", a determiner, a quote. */
function isObjectStart(t: Token): boolean {
  return t.norm === 'that' || t.norm === 'the' || t.norm === 'a' || t.norm === '"' || t.norm === ',' || t.pos === 'PRON';
}

/** The sector of a core ("rebel leaders" -> REB, "officials" -> GOV weak). */
function coreSector(p: Phrase): { sector: string | null; weak: boolean } {
  const core = p.core;
  const head = core[core.length - 1];
  const hs = head.entry?.sector ?? null;
  // "opposition activists", "opposition lawmakers": the opposition's people.
  if (core.length > 1 && (hs === 'CVL' || hs === 'LEG' || hs === 'GOV') && core.some((c) => c !== head && c.entry?.sector === 'OPP')) return { sector: 'OPP', weak: false };
  if (hs && !head.entry?.weak) return { sector: hs, weak: false };
  // "military analysts", "defence experts": a title with no sector of its own takes none from the words before it.
  if (!hs && head.kind === 'role' && !head.entry?.weak) return { sector: null, weak: true };
  for (let k = core.length - 2; k >= 0; k--) {
    const e = core[k].entry;
    if (e?.sector && !e.weak) return { sector: e.sector, weak: false };
  }
  // "company officials": a weak word before a weak government noun says whose they are.
  if (hs === 'GOV') {
    for (let k = core.length - 2; k >= 0; k--) {
      const e = core[k].entry;
      if (e?.sector && e.sector !== hs) return { sector: e.sector, weak: true };
    }
  }
  if (p.mods.has('self')) return { sector: 'REB', weak: false };
  return { sector: hs, weak: true };
}

function roleNameOf(p: Phrase): string {
  return (p.head.entry?.name ?? '').toLowerCase();
}

/** The title words of a phrase as written, without determiner and name ("Kremlin Spokesman"). */
function titleText(text: string, tokens: Token[], p: Phrase): string {
  let t0 = p.t0;
  while (t0 < p.t1 && isDet(tokens[t0].norm)) t0++;
  let t1 = p.name ? p.name.t0 : p.t1;
  if (t1 <= t0) t1 = p.t1;
  return text.slice(tokens[t0].start, tokens[t1 - 1].end).replace(/[,\s]+$/, '');
}

function kindOf(e: Ent): MentionKind {
  if (e.person) return 'person';
  const t = e.actor.type;
  return t === 'media' ? 'media' : t === 'country' ? 'country' : t === 'organization' ? 'organization' : 'agent';
}

/** Plural heads that "the two" / "both" put on two people named before ("the two presidents discussed ..."). */
const PAIR_PEOPLE = new Set(['presidents', 'leaders', 'ministers', 'premiers', 'men', 'heads', 'chancellors', 'monarchs', 'kings', 'envoys', 'diplomats', 'counterparts']);
/** ... and on two states or parties ("the two countries signed", "the two sides agreed"). */
const PAIR_STATES = new Set(['countries', 'nations', 'states', 'governments', 'sides', 'parties', 'neighbours', 'neighbors', 'capitals', 'allies']);

/** Whether a date falls in a term (its end day excluded, as in every dated data file); an undated article only in an open one. */
function inTerm(date: string | null, start: string | null, end: string | null): boolean {
  if (!date) return end === null;
  return (start === null || start <= date) && (end === null || date < end);
}

function newActor(name: string, c: Coding, type: string, role: string | null): Actor {
  return { id: '', name, country: c.country, sector: c.sector, code: c.code, type, role, mentions: [] };
}

function setCoding(a: Actor, c: Coding): void {
  a.country = c.country;
  a.sector = c.sector;
  a.code = c.code;
}

/** The dated row of a dictionary entry for the article's date: the term covering it, else the nearest. */
export function pickRow(entry: Entry, date: string | null): Entry {
  const rows = entry.rows;
  if (!rows || rows.length === 0) return entry;
  if (!date) return rows[rows.length - 1];
  let best: Entry | null = null;
  let bestDist = Infinity;
  for (const r of rows) {
    const inside = inTerm(date, r.start, r.end);
    if (inside) {
      if (!best || bestDist > 0 || (r.start ?? '') > (best.start ?? '')) {
        best = r;
        bestDist = 0;
      }
      continue;
    }
    if (bestDist === 0) continue;
    const d = Math.min(dist(r.start, date), dist(r.end, date));
    if (d < bestDist) {
      best = r;
      bestDist = d;
    }
  }
  return best ?? rows[rows.length - 1];
}

function dist(a: string | null, b: string): number {
  if (!a) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b));
}

/** [all capitals, title case] for a sentence: headlines written in capitals or with every word capitalised. */
function casing(text: string, tokens: Token[], first: number, last: number): [boolean, boolean] {
  let words = 0;
  let caps = 0;
  let upper = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    const c = t.norm.charCodeAt(0);
    if (!(c >= 97 && c <= 122)) continue;
    words++;
    const c0 = text.charCodeAt(t.start);
    if (c0 >= 65 && c0 <= 90) {
      caps++;
      if (t.end - t.start > 1 && Scanner.upper(text, t)) upper++;
    }
  }
  if (words < 2) return [false, false];
  return [upper / words > 0.6, words >= 3 && caps / words > 0.75];
}

/** Loads the JSON lexicons once and compiles them into one trie (see ../match.ts). Pure data → structures. */
import triggersJson from './triggers.json';
import modalityJson from './modality.json';
import gazetteerJson from './gazetteer.json';
import functionWordsJson from './function-words.json';
import { foldForMatch } from '../normalize';
import type { EventType, Modality, EntityKind } from '../../domain/event';

export type TriggerPos = 'noun' | 'verb' | 'imperfect';

/** What an event of type other is («relations broken»), for its title. */
export interface EventLabel { en: string; ar: string }

export type LexEntry =
  | { kind: 'trigger'; type: EventType; pos: TriggerPos; weak: boolean; requires: { after: string[]; window: number; toPlaceWindow: number } | null; form: string; label: EventLabel | null; discussion: boolean;
      /** A state begun on the date «منذ» gives right after it («علاقات دبلوماسية منذ عام 1964»). */
      datedBySince: boolean;
      /** «انعقدت … الدورة الثالثة للمشاورات»: a verb of being held, of the type of the event noun it has for subject. */
      ofItsSubject: boolean }
  | { kind: 'speech' }
  | { kind: 'clauseVerb' }
  | { kind: 'lookalike' }
  | { kind: 'cue'; modality: Exclude<Modality, 'occurred'>; scope: 'clause' | 'after' | 'sentence' | 'next' | 'before'; window: number; imperfect: boolean }
  | { kind: 'marker'; marker: 'anaphoric' | 'reference' | 'noFallback' | 'pluAux' | 'pluParticle' }
  | { kind: 'entity'; entityKind: Exclude<EntityKind, 'person'> | 'countryAdj'; id: string }
  | { kind: 'person'; id: string }
  | { kind: 'title'; role: string; family: string; en: string; of: string | null }
  | { kind: 'institution'; id: string; en: string }
  | { kind: 'region' };

export interface Role { role: string; country: string; post: string | null; from: string; to: string | null }
export interface PersonInfo { id: string; en: string; ar: string; country: string | null; roles: Role[] }
export interface CountryInfo { id: string; en: string; ar: string; capital: string | null; capitalSameName: boolean; familyNameFirst: boolean }
export interface CityInfo { id: string; en: string; ar: string; country: string | null }
export interface OrgInfo { id: string; en: string; ar: string; /** A body of states: its meeting is a conference of them. */ ofStates: boolean }

export interface Lexicon {
  entries: Array<{ pattern: string; entry: LexEntry; needSuffix: boolean; allowSuffix: boolean }>;
  people: Map<string, PersonInfo>;
  countries: Map<string, CountryInfo>;
  cities: Map<string, CityInfo>;
  orgs: Map<string, OrgInfo>;
  /** «القمة العربية»: the organisation whose members a summit or conference named by this adjective (folded) convenes. */
  convenedBy: Map<string, string>;
  pluperfectWindow: number;
  /** «العاصمة» or a nationality adjective («الروسية», «المصري») just before a city name: the city is where it happens. */
  placeIntroducer: RegExp;
}

const SUFFIXABLE_KINDS = new Set(['trigger', 'speech', 'clauseVerb', 'cue', 'marker', 'lookalike']);

function adjForms(stem: string): string[] {
  return [stem, stem + 'ة', stem + 'ين', stem + 'ون', stem + 'ان', stem + 'تين', stem + 'تان'];
}

const OFFICE_NOUNS = new Set(functionWordsJson.officeNouns.words);

/** «الشؤون», «مسؤول» are written «الشئون», «مسئول» in Egypt's press: the hamza of «ؤو» sits on ya there too. */
const withHamzaOnYa = (raw: string): string[] => (raw.includes('ؤو') ? [raw, raw.replaceAll('ؤو', 'ئو')] : [raw]);

/**
 * A title's spellings and, when it opens with an office noun, the same title for a woman («رئيس جمهورية» → «رئيسة
 * جمهورية», «الوزير الأول» → «الوزيرة الأول»), folded; a feminine the gazetteer already lists is not added twice.
 */
function withFeminineHead(spellings: string[]): string[] {
  const folded = spellings.flatMap(withHamzaOnYa).map(foldForMatch);
  const out = new Set(folded);
  for (const f of folded) {
    const [head = '', ...rest] = f.split(' ');
    const bare = head.replace(/^ال/, '');
    if (OFFICE_NOUNS.has(bare)) out.add([`${head}ه`, ...rest].join(' '));
  }
  return [...out];
}

function build(): Lexicon {
  const entries: Lexicon['entries'] = [];
  const add = (raw: string, entry: LexEntry) => { for (const spelling of withHamzaOnYa(raw)) addSpelling(spelling, entry); };
  const addSpelling = (raw: string, entry: LexEntry) => {
    const pattern = foldForMatch(raw);
    if (!pattern) return;
    const allowSuffix = SUFFIXABLE_KINDS.has(entry.kind) && !(entry.kind === 'cue' && (entry.scope === 'next' || entry.scope === 'before'));
    entries.push({ pattern, entry, needSuffix: false, allowSuffix });
    // ة (folded ه) turns into ت before a pronoun suffix: زيارة → زيارته.
    if (allowSuffix && pattern.endsWith('ه') && pattern.length > 2) {
      entries.push({ pattern: pattern.slice(0, -1) + 'ت', entry, needSuffix: true, allowSuffix: true });
    }
  };
  for (const t of triggersJson.triggers) {
    const r = (t as { requires?: { after: string[]; window: number } }).requires;
    const placeholders = new Set(['PERSON', 'PERSON_OR_TITLE', 'WITH_PERSON', 'PLACE', 'TO_PLACE', 'SUBJECT_TO_PLACE']);
    const toPlaceWindow = (t as { toPlaceWindow?: number }).toPlaceWindow ?? r?.window ?? 0;
    const requires = r ? { after: r.after.map((w) => (placeholders.has(w) ? w : foldForMatch(w))), window: r.window, toPlaceWindow } : null;
    for (const f of t.forms) {
      add(f, { kind: 'trigger', type: t.type as EventType, pos: t.pos as TriggerPos, weak: (t as { strength?: string }).strength === 'weak', requires, form: foldForMatch(f), label: (t as { label?: EventLabel }).label ?? null, discussion: (t as { role?: string }).role === 'discussion', datedBySince: (t as { datedBySince?: boolean }).datedBySince === true, ofItsSubject: (t as { ofItsSubject?: boolean }).ofItsSubject === true });
    }
  }
  for (const v of triggersJson.speechVerbs) add(v, { kind: 'speech' });
  for (const v of triggersJson.clauseVerbs) add(v, { kind: 'clauseVerb' });
  for (const w of triggersJson.lookalikes.words) add(w, { kind: 'lookalike' });
  for (const c of modalityJson.cues) {
    // «يؤجل» is also written in the future, «سيؤجل»; a form in the imperfect takes the future prefix.
    for (const f of c.forms) add(f, { kind: 'cue', modality: c.modality as Exclude<Modality, 'occurred'>, scope: c.scope as 'clause', window: (c as { window?: number }).window ?? 0, imperfect: /^[يتن]/.test(foldForMatch(f)) });
  }
  for (const f of modalityJson.anaphoric) add(f, { kind: 'marker', marker: 'anaphoric' });
  for (const f of modalityJson.referenceHeads) add(f, { kind: 'marker', marker: 'reference' });
  for (const f of modalityJson.noFallback) add(f, { kind: 'marker', marker: 'noFallback' });
  for (const f of modalityJson.pluperfect.aux) add(f, { kind: 'marker', marker: 'pluAux' });
  add(modalityJson.pluperfect.particle, { kind: 'marker', marker: 'pluParticle' });

  const g = gazetteerJson;
  const people = new Map<string, PersonInfo>();
  const countries = new Map<string, CountryInfo>();
  const cities = new Map<string, CityInfo>();
  const orgs = new Map<string, OrgInfo>();
  const convenedBy = new Map<string, string>();
  for (const c of g.countries) {
    countries.set(c.id, { id: c.id, en: c.en, ar: c.ar[0]!, capital: c.capital, capitalSameName: c.capitalSameName, familyNameFirst: c.familyNameFirst === true });
    for (const a of c.ar) add(a, { kind: 'entity', entityKind: 'country', id: c.id });
    for (const a of c.adj) for (const f of adjForms(a)) add(f, { kind: 'entity', entityKind: 'countryAdj', id: c.id });
    for (const a of c.adjPlural) add(a, { kind: 'entity', entityKind: 'countryAdj', id: c.id });
  }
  for (const c of g.cities) {
    cities.set(c.id, { id: c.id, en: c.en, ar: c.ar[0]!, country: c.country });
    for (const a of c.ar) add(a, { kind: 'entity', entityKind: 'city', id: c.id });
  }
  for (const o of g.organisations) {
    orgs.set(o.id, { id: o.id, en: o.en, ar: o.ar[0]!, ofStates: 'ofStates' in o && o.ofStates === true });
    for (const a of o.ar) add(a, { kind: 'entity', entityKind: 'organisation', id: o.id });
    for (const a of ('convenes' in o ? o.convenes ?? [] : [])) convenedBy.set(foldForMatch(a), o.id);
  }
  for (const p of g.people) {
    people.set(p.id, { id: p.id, en: p.en, ar: p.ar[0]!, country: p.country, roles: p.roles as Role[] });
    // One entry for all the person's spellings: a text that two of them match («بوتين», and «بو تين» across a missing
    // space) names the person once.
    const entry = { kind: 'person' as const, id: p.id };
    const spellings = new Set(p.ar.flatMap((a) => withSpacedBu(a).flatMap(withBinWrittenOtherwise).flatMap((x) => withGWrittenOtherwise(x, p.en))));
    for (const spelling of spellings) add(spelling, entry);
  }
  for (const [alias, id] of familyNamesAlone(g.people)) add(alias, { kind: 'person', id });
  for (const t of g.titles) for (const a of withFeminineHead(t.ar)) add(a, { kind: 'title', role: t.role, family: t.family, en: t.en, of: t.of ?? null });
  for (const i of g.institutions) for (const a of i.ar) add(a, { kind: 'institution', id: i.id, en: i.en });
  for (const r of g.regions.names) add(r, { kind: 'region' });
  const adjectives = g.countries.flatMap((c) => c.adj.map((a) => foldForMatch(a))).sort((a, b) => b.length - a.length);
  const placeIntroducer = new RegExp(`(?:العاصمه|ال(?:${adjectives.join('|')})ه?)\\s*$`);
  return {
    entries, people, countries, cities, orgs, convenedBy,
    pluperfectWindow: modalityJson.pluperfect.window,
    placeIntroducer,
  };
}

/** A Maghrebi family name in «بو» is also written with the «بو» apart («ناصر بو ريطة», «بو تفليقة»). */
const SPACED_BU = /(^|\s)بو(\S{3,})/g;
function withSpacedBu(alias: string): string[] {
  const spaced = alias.replace(SPACED_BU, '$1بو $2');
  return spaced === alias ? [alias] : [alias, spaced];
}

/**
 * «بن» in a name is also written «ابن» («محمد ابن سلمان»), and a long name may leave its first «بن» out («محمد
 * عبدالرحمن آل ثاني» for «محمد بن عبدالرحمن آل ثاني»); not a name of three words, which would become another name.
 */
function withBinWrittenOtherwise(alias: string): string[] {
  const words = alias.trim().split(/\s+/);
  const at = words.indexOf('بن');
  if (at < 0) return [alias];
  const ibn = words.map((w, i) => (i === at ? 'ابن' : w)).join(' ');
  return words.length >= 4 && at > 0 ? [alias, ibn, words.filter((_, i) => i !== at).join(' ')] : [alias, ibn];
}

/** The shortest single-word spelling given its G written the other way: shorter ones are words of their own («جني»). */
const G_SWAP_MIN_LETTERS = 5;

/**
 * A hard G is written «غ» by most outlets and «ج» by Egyptian ones («مارتن غريفيث», «مارتن جريفيث»): a name whose English
 * form has a G (not the «gh» of «غ» in Arabic names) is matched in either writing.
 */
function withGWrittenOtherwise(alias: string, en: string): string[] {
  if (!/g(?!h)/iu.test(en) || (!alias.includes(' ') && alias.length < G_SWAP_MIN_LETTERS)) return [alias];
  return [alias, alias.replaceAll('غ', 'ج'), alias.replaceAll('ج', 'غ')];
}

/** «بو», «أبو»: the particle of a family name of two words («عبد الله بو حبيب» is called «بو حبيب» again). */
const FAMILY_PARTICLE = /^(?:بو|أبو|ابو)$/u;

/**
 * The family names of two words («بو حبيب», «أبو الغيط») a story calls a gazetteer person by alone, each the name of one
 * person only and no spelling of anyone already; «بن …» is a father's name, shared by brothers, and stays out.
 */
function familyNamesAlone(people: ReadonlyArray<{ id: string; ar: string[] }>): Map<string, string> {
  const known = new Set(people.flatMap((p) => p.ar.map(foldForMatch)));
  const owners = new Map<string, Set<string>>();
  for (const p of people) for (const a of p.ar) {
    const words = a.trim().split(/\s+/);
    if (words.length < 3 || !FAMILY_PARTICLE.test(words[words.length - 2]!)) continue;
    const family = words.slice(-2).join(' ');
    if (!owners.has(foldForMatch(family))) owners.set(foldForMatch(family), new Set());
    owners.get(foldForMatch(family))!.add(p.id);
  }
  return new Map([...owners].filter(([family, ids]) => ids.size === 1 && !known.has(family)).map(([family, ids]) => [family, [...ids][0]!]));
}

let cached: Lexicon | null = null;
/** «شي جين بينغ»: whether the people of a country are written family name first, and so called again by the first word. */
export function writesFamilyNameFirst(country: string | null): boolean {
  return country !== null && getLexicon().countries.get(country)?.familyNameFirst === true;
}

const APPOINTING_ROLES = new Set(gazetteerJson.titles.filter((t) => 'appoints' in t && t.appoints).map((t) => t.en));
/** Whether a participant's role («President», «King») is an office whose holder appoints others. */
export function appointsOthers(role: string | null): boolean {
  return role !== null && APPOINTING_ROLES.has(role);
}

const POSTS_ABROAD = new Set(gazetteerJson.titles.filter((t) => t.family === 'diplomat' || t.role === 'charge-daffaires').map((t) => t.en));
/** Whether a participant's role («Ambassador», «Envoy») is served abroad, so the place an appointment is told in is not its post. */
export function servesAbroad(role: string | null): boolean {
  return role !== null && POSTS_ABROAD.has(role);
}

export function getLexicon(): Lexicon {
  if (!cached) cached = build();
  return cached;
}

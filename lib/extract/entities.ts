/**
 * Entities from lexicon matches: gazetteer people, countries (names and adjectives), cities and organisations, plus
 * people introduced by a title. A bare title («وزير الخارجية الروسي», «نظيره الجزائري») resolves to whoever held the
 * role on the article's date; a title followed by an unknown name yields a new person with the Arabic name.
 */
import functionWords from './lexicon/function-words.json';
import type { EntityKind } from '../domain/event';
import { getLexicon, writesFamilyNameFirst, type CountryInfo, type LexEntry, type PersonInfo } from './lexicon';
import { entryOf, isWordCode, type LexMatch } from './match';
import { foldForMatch } from './normalize';
import { nextWord, previousWord, wordsAhead, wordsBefore, wordsIn } from './spans';
import { completesGivenName, findNamedPeople, givenNameOf, inFamilyNames, inGivenNames, isGivenName, isNameLink, isNamedPlaceNoun, isNameStopWord, nameLike, opensNameBeforeNameWord } from './names';
import { transliterate, slug } from './translit';
import { spanIndex } from './span-index';
import { addMonths, dayOf, daysInMonth, iso, parseIso, ymd } from './temporal/calendar';

/** «مملكة», «جمهورية», «دولة», «إمارة», «سلطنة» between a title and a country's name (folded). */
const STATE_NOUN = /^\s+(?:مملكه|جمهوريه|دوله|اماره|سلطنه)\s+$/;

/** The first word of a person's gazetteer name as written in Arabic, folded for matching. */
const firstNameOf = (p: PersonInfo): string => foldForMatch(p.ar.split(' ')[0] ?? '');

/**
 * A foreign name's letters without the long vowels and hamza seats that transliterations add or leave out at will
 * («غريفيثس», «غريفثس»; «كودروف», «كودرووف»), and with one letter for the hard g that outlets write ج, غ, ق or ك
 * («جروندبرغ», «غروندبرغ»).
 */
const consonantSkeleton = (folded: string): string => folded.replace(/[\sاويىءئؤ]/g, '').replace(/[جغقك]/g, 'g');

let bySpelledName: Map<string, Set<string>> | null = null;
/** Gazetteer people by a written name of two words or more: its first word, then the skeleton of the rest. */
function peopleBySkeleton(): Map<string, Set<string>> {
  if (bySpelledName) return bySpelledName;
  bySpelledName = new Map();
  for (const { pattern, entry } of getLexicon().entries) {
    if (entry.kind !== 'person') continue;
    const [given, ...rest] = pattern.split(' ');
    if (!rest.length) continue;
    const key = given + '|' + consonantSkeleton(rest.join(''));
    const ids = bySpelledName.get(key) ?? new Set<string>();
    bySpelledName.set(key, ids.add(entry.id));
  }
  return bySpelledName;
}

/** «مارتن غريفثس» for «مارتن غريفيثس»: the one gazetteer person whose given name is written so and the rest of whose name differs only in vowels. */
function spelledOtherwise(written: string): PersonInfo | null {
  const [given, ...rest] = written.split(' ');
  if (!rest.length) return null;
  const ids = peopleBySkeleton().get(given + '|' + consonantSkeleton(rest.join('')));
  return ids?.size === 1 ? getLexicon().people.get([...ids][0]!) ?? null : null;
}

export interface EntityMention {
  start: number;
  end: number;
  kind: EntityKind;
  id: string;
  nameEn: string;
  nameAr: string;
  role: string | null;
  roleFamily: string | null;
  country: string | null;
  /** After a preposition of place (في، إلى، بـ، لـ…): a location rather than an actor. */
  locative: boolean;
  /** Came from a title alone (resolved by role and date) rather than a written name. */
  fromTitle: boolean;
  /** A nationality adjective («الروسية»): a country as a party, never a place. */
  adjective?: boolean;
  /** A place a tour's word of including lists («جولة تشمل أيضا بنغلاديش ونيبال»): another leg, neither a party nor this event's place. */
  leg?: boolean;
  /** The country an envoy is sent to, named in his title («المبعوث الأممي إلى اليمن»): where talks with him are held only if a trip goes there. */
  envoysPost?: boolean;
  /** A gazetteer person's office on the article's date: the country or body he holds it in («EU» for the High Representative). */
  office?: string;
  /** Resolved from a title by who held this office on the article's date («الرئيس الفرنسي»): another date may name another. */
  heldOffice?: Office;
}

/** An office as a title names it: the role, the country or body, and where an ambassador or envoy serves. */
export interface Office { role: string; country: string; post: string | null }

const PREP_BEFORE = new Set(functionWords.placePrepositions.words);
const TOUR_INCLUDES = new Set(functionWords.tourLegs.includes);
const TOUR_NOUNS = new Set(functionWords.tourLegs.tours);
const TOUR_ALSO = new Set(functionWords.tourLegs.also);
/** How many words (a list of places, «أيضا») may stand between a tour's word of including and a leg it names. */
const LEG_LIST_WORDS = 8;
/** How many words (an adjective, whose tour it is: «جولة آسيوية لأمير قطر») may stand between a tour's noun and its word of including. */
const TOUR_INCLUDES_REACH = 5;

/** «جولة آسيوية تشمل أيضا بنغلاديش ونيبال»: whether the place at `start` is listed as another leg of a tour. */
function legOfATour(text: string, start: number): boolean {
  let at = start;
  for (let n = 0; n < LEG_LIST_WORDS; n++) {
    const w = previousWord(text, at);
    if (!w || /[.\n؛:]/.test(text.slice(w.start + w.word.length, at))) return false;
    if (TOUR_INCLUDES.has(w.word.replace(/^و/, ''))) {
      const ofATour = wordsBefore(text, w.start, TOUR_INCLUDES_REACH, 0).some((x) => TOUR_NOUNS.has(x.replace(/^و/, '')));
      const listed = [...wordsAhead(text, w.start + w.word.length, LEG_LIST_WORDS, /[.\n؛:،,]/)].map((x) => x.word);
      return ofATour && listed.some((x) => TOUR_ALSO.has(x));
    }
    at = w.start;
  }
  return false;
}
const ARRIVAL = /^[وف]?(وصل|وصول|حل|حط|توجه|عاد|قدم)/;
const DUAL = /(ان|ا|ين|يي|ي)$/;
/** «ضيفيه», «ضيفيها»: a host's two guests. */
const TWO_GUESTS = /ضيفي/;
/** Offices held for someone else, whose principal a title after «ل» or in construct names («المبعوث الخاص للأمين العام»). */
const SERVES_A_PRINCIPAL = new Set(['envoy', 'adviser']);
/** The article ال after the clitics: what makes a title or a nationality definite. */
const DEFINITE = /^[وف]?(?:[بكل]?ال|لل)/;
/** «ولي العهد», «خادم الحرمين»: a title made definite by the noun it is the head of. */
const DEFINITE_BY_ITS_OWNER = /\sال\S+$/;

function activeRole(p: PersonInfo, date: string | null): { role: string; country: string } | null {
  for (const r of p.roles) {
    if (!date || (r.from <= date && (r.to === null || date <= r.to))) return { role: r.role, country: r.country };
  }
  return null;
}

const ROLE_EN: Record<string, string> = {};
const ROLE_FAMILY: Record<string, string> = {};
let rolesLoaded = false;
function loadRoles(): void {
  if (rolesLoaded) return;
  for (const e of getLexicon().entries) if (e.entry.kind === 'title') { ROLE_EN[e.entry.role] = e.entry.en; ROLE_FAMILY[e.entry.role] = e.entry.family; }
  rolesLoaded = true;
}

/**
 * «الرئيس السنغالي الجديد» on 12 March 2024: the one person whose term in the role for the country begins within
 * `incomingWords.months` of the day, either side (the latest such), or nobody; never the holder of the day for that.
 */
function incomingHolderOn(role: string, nat: string | null, date: string | null): PersonInfo | null {
  const day = date ? parseIso(date) : null;
  if (!nat || !date || day === null) return null;
  // The same day of the month `months` before and after, as ISO days (comparable as strings).
  const { y, m, d } = ymd(day);
  const shifted = (n: number) => { const t = addMonths(y, m, n); return iso(dayOf(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)))); };
  const [earliest, latest] = [shifted(-functionWords.incomingWords.months), shifted(functionWords.incomingWords.months)];
  let best: { p: PersonInfo; from: string } | null = null;
  for (const p of peopleByRole().get(`${role}|${nat}`) ?? []) {
    for (const r of p.roles) {
      if (r.role === role && r.country === nat && r.from >= earliest && r.from <= latest && (!best || r.from > best.from)) best = { p, from: r.from };
    }
  }
  return best?.p ?? null;
}

/** The one person the gazetteer has in a role for a country (and, when the title names one, that post) on a day. */
function holderOn(role: string, nat: string | null, post: string | null, date: string | null): PersonInfo | null {
  if (!nat || role === 'minister' || role === 'diplomat' || role === 'honorific' || role === 'spokesperson' || role === 'counterpart') return null;
  // A country has an ambassador in every capital: without the post, nobody in particular.
  if (role === 'ambassador' && !post) return null;
  const cand = (peopleByRole().get(`${role}|${nat}`) ?? []).filter((p) => p.roles.some((r) => r.role === role && r.country === nat && (!post || r.post === post) && (!date || (r.from <= date && (r.to === null || date <= r.to)))));
  return cand.length === 1 ? cand[0]! : null;
}

function personMentionOn(p: PersonInfo, start: number, end: number, roleHint: string | null, fromTitle: boolean, date: string | null): EntityMention {
  const ar = activeRole(p, date);
  // A title that names no office of its own («نظيره», «الوزير», «وزيري خارجية البلدين») leaves the gazetteer's.
  const role = roleHint && roleHint !== 'honorific' && !NAMELESS_ROLES.has(roleHint) ? roleHint : ar?.role ?? null;
  return { start, end, kind: 'person', id: p.id, nameEn: p.en, nameAr: p.ar, role: role ? ROLE_EN[role] ?? role : null, roleFamily: role ? ROLE_FAMILY[role] ?? role : null, country: p.country, locative: false, fromTitle, ...(ar ? { office: ar.country } : {}) };
}

function countryMention(c: CountryInfo, start: number, end: number): EntityMention {
  return { start, end, kind: 'country', id: c.id, nameEn: c.en, nameAr: c.ar, role: null, roleFamily: null, country: c.id, locative: false, fromTitle: true, adjective: true };
}

/**
 * «وكان الرئيس الفرنسي قد زار الدوحة عام 2008»: a person read off a title by who held the office on the article's date is,
 * for an event of another time, whoever held it throughout that event; when the office changed hands in it, or the
 * gazetteer knows nobody then, the country the title names.
 */
export function heldThroughout(m: EntityMention, start: string, end: string): EntityMention {
  if (!m.heldOffice) return m;
  loadRoles();
  const { role, country, post } = m.heldOffice;
  const first = holderOn(role, country, post, start);
  if (first && first === holderOn(role, country, post, end)) {
    return first.id === m.id ? m : { ...personMentionOn(first, m.start, m.end, role, true, start), heldOffice: m.heldOffice };
  }
  const c = getLexicon().countries.get(country);
  return c ? countryMention(c, m.start, m.end) : m;
}

let everyone: PersonInfo[] | null = null;
/** Every gazetteer person, for resolving a bare title by role, country and date. */
let byRole: Map<string, PersonInfo[]> | null = null;
/** Everyone who ever held a role for a country, keyed `role|country`. */
function peopleByRole(): Map<string, PersonInfo[]> {
  if (byRole) return byRole;
  byRole = new Map();
  for (const p of allPeople()) for (const key of new Set(p.roles.map((r) => `${r.role}|${r.country}`))) {
    const list = byRole.get(key) ?? [];
    list.push(p);
    byRole.set(key, list);
  }
  return byRole;
}

let byGivenName: Map<string, PersonInfo[]> | null = null;
/** Every gazetteer person by the first word of their Arabic name, folded. */
function peopleByGivenName(): Map<string, PersonInfo[]> {
  if (byGivenName) return byGivenName;
  byGivenName = new Map();
  for (const p of allPeople()) {
    const given = givenNameOf(foldForMatch(p.ar));
    byGivenName.set(given, [...(byGivenName.get(given) ?? []), p]);
  }
  return byGivenName;
}

function allPeople(): PersonInfo[] {
  return (everyone ??= [...getLexicon().people.values()]);
}

const C_WAW = 0x0648, C_FA = 0x0641, C_BA = 0x0628, C_LAM = 0x0644;

/** Whether the clitics before a name (text[start, coreStart)) hold the preposition بـ or لـ, after an optional و/ف. */
function gluedPreposition(text: string, start: number, coreStart: number): boolean {
  let i = start;
  if (i < coreStart && (text.charCodeAt(i) === C_WAW || text.charCodeAt(i) === C_FA)) i++;
  for (; i < coreStart; i++) if (text.charCodeAt(i) === C_BA || text.charCodeAt(i) === C_LAM) return true;
  return false;
}

/**
 * «في», «العاصمة», and a place noun with a preposition glued to it («للعاصمة نواكشوط», «لمدينة جدة», «بمدينة»): a word
 * before a place name that makes it where something happens or goes.
 */
function placeWordBefore(word: string): boolean {
  if (PREP_BEFORE.has(word)) return true;
  if (/^(?:لل|بال)/.test(word) && PREP_BEFORE.has('ال' + word.slice(word.startsWith('لل') ? 2 : 3))) return true;
  return /^[بل]/.test(word) && PREP_BEFORE.has(word.slice(1));
}

/** «وزارة الخارجية الروسية»: the body of one country, an organisation of its own. */
/** «سفارة بلادنا»: the outlet's own country, not the dateline's. */
const OUR_COUNTRY = new Set(functionWords.ourCountry.words);

/** The style a pronoun of dignity stands for («سموه» → «سمو», «جلالته» → «جلالة»), folded. */
const STYLE_STEMS = new Map([['سموه', 'سمو'], ['جلالته', 'جلاله'], ['فخامته', 'فخامه'], ['معاليه', 'معالي'], ['سعادته', 'سعاده'], ['دولته', 'دوله'], ['سيادته', 'سياده']]);
/** How far before a person's name («صاحب السمو الملكي الأمير») the style that introduces them may stand. */
const STYLE_REACH = 30;

function institutionMention(i: Extract<LexEntry, { kind: 'institution' }>, c: CountryInfo, start: number, end: number, written: string): EntityMention {
  return { start, end, kind: 'organisation', id: `${i.id}-${c.id.toLowerCase()}`, nameEn: `${i.en} of ${c.en}`, nameAr: written, role: null, roleFamily: null, country: c.id, locative: false, fromTitle: false };
}

const SERVES_THE_HOLDER = new Set(functionWords.servesTheHolder.words);
const SERVANT_QUALIFIERS = new Set(functionWords.servesTheHolder.qualifiers);
const FORMER = new Set(functionWords.formerWords.words);
const INCOMING = new Set(functionWords.incomingWords.words);
/** The words of a title and the country or body they name, as the article introduces someone by them. */
const officeKey = (words: string, nat: string | null): string => `${words}|${nat ?? ''}`;

/** How far after a title (in characters) a name the gazetteer knows is still the titled person's: one more word. */
const KNOWN_NAME_REACH = 20;
/** The first word of a title of two or more office holders («وزراء», «وزيرا», «وزيري»), folded. */
const SEVERAL = /^[وف]?(?:ال)?(?:وزرا|وزراء|وزيرا|وزيري)$/;
/** Titles that are never followed by a name of their own: «نظيره», «الوزير», «الدبلوماسي», «الجانبان». */
// «أصحاب السعادة سفراء الدول …»: a plural honorific addresses many, and what follows is no one's name.
/** Words that make one name with the word after them («عبد الرازق», «أبو الغيط»), folded. */
/** The pair nouns that may stand for two countries as well as two people: sides and parties, not leaders. */
const SIDES = /(جانب|طرف)/;
const NAMELESS_ROLES = new Set(['counterpart', 'minister', 'diplomat', 'pair', 'honorifics', 'referent', 'guest']);
const TITLE_ADJECTIVES = new Set(functionWords.titleAdjectives.words);
/** How many adjectives may stand between a title and a name («المبعوث الأممي الجديد هانس غروندبرغ»). */
const TITLE_ADJECTIVES_MAX = 2;
/**
 * «السفير الأوروبي جيوسيبي بيرون», «المبعوث الأممي الجديد هانس غروندبرغ»: adjectives of relation (definite, ending in
 * ي) or of the post («الجديد», «الخاص») between a title and a name the gazetteer does not know are skipped; the name
 * follows them.
 */
function skipAdjective(text: string, from: number, limit: number): number {
  let at = from;
  for (let skipped = 0; skipped < TITLE_ADJECTIVES_MAX; skipped++) {
    let r = at;
    while (r < text.length && isWordCode(text.charCodeAt(r))) r++;
    const word = text.slice(at, r);
    const adjective = (word.length >= 5 && word.startsWith('ال') && word.endsWith('ي')) || TITLE_ADJECTIVES.has(word);
    if (r >= limit || text[r] !== ' ' || !adjective) break;
    at = r + 1;
  }
  return at;
}

/** How far into an article (folded characters) its dateline may stand, below a headline or two. */
const DATELINE_REACH = 400;
/** A dateline's separator before or after its place: «الرباط – استقبل …», «السبئي -صنعاء/29/5/2020:». */
const DATELINE_SEPARATOR_AFTER = /^\s*[-–—/:(]/u;
const DATELINE_SEPARATOR_BEFORE = /[-–—/:(]\s*$/u;

/**
 * «صنعاء/29/5/2020: استنكر مصدر مسؤول بوزارة الخارجية …»: the country of the place a dateline opens its line with (after
 * at most two words, a wire's name), set off by a dash, slash or colon; a national wire's bare «وزارة الخارجية» is that
 * country's.
 */
function datelineCountry(text: string, matches: LexMatch[]): string | null {
  const lex = getLexicon();
  for (const m of matches) {
    if (m.start > DATELINE_REACH) break;
    const place = entryOf(m, 'entity');
    if (!place || (place.entityKind !== 'city' && place.entityKind !== 'country')) continue;
    const before = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
    if (wordsIn(before, 0, before.length) > 2) continue;
    if (!DATELINE_SEPARATOR_BEFORE.test(before) && !DATELINE_SEPARATOR_AFTER.test(text.slice(m.end, m.end + 3))) continue;
    return place.entityKind === 'city' ? lex.cities.get(place.id)?.country ?? null : place.id;
  }
  return null;
}

/**
 * «يرافقه», «تستقبلها»: an imperfect verb with an object pronoun ends a name; so does one of two or more doers
 * («الجلال والسفير الألماني يقطعان قالب الحلوى», «يبحثون»).
 */
const VERB_WITH_OBJECT = /^[يت][^\s]{2,}(?:ه|ها|هم|هما|ان|ون)$/;
/**
 * After a name's first word, only the object pronouns mark a verb: a word of two or more doers there is a family name
 * that ends like one («مانيش تشوهان»), since the verb of a named subject agrees with one.
 */
const VERB_WITH_PRONOUN = /^[يت][^\s]{2,}(?:ه|ها|هم|هما)$/;

/** «بن», «بنت», «ولد»: the words of a chain of names that say whose child the name before them is. */
const SON_OF = new Set(['بن', 'ابن', 'بنت', 'ولد']);
/** How many words (a title, a style: «السفير») may stand between a verb of speech and the name of who speaks. */
const SPEAKER_TITLE_WORDS = 3;

export function extractEntities(text: string, matches: LexMatch[], date: string | null, sentenceOf: (pos: number) => number, origSlice: (s: number, e: number) => string = (s, e) => text.slice(s, e), inARelativeClause: (pos: number) => boolean = () => false): EntityMention[] {
  const lex = getLexicon();
  loadRoles();
  const out: EntityMention[] = [];
  const persons: EntityMention[] = [];
  /** People the article calls by one word after a title before it names them in full («الرئيس سليمان في موسكو»). */
  const oneWordNames: Array<{ mention: EntityMention; word: string }> = [];
  /** «وكان رئيس الجمهورية قد استقبل نظيره الإيطالي»: offices named by a title alone, whom the article does not name there. */
  const namelessOffices: Array<{ start: number; role: string; country: string | null }> = [];
  /** «رئيس الجمهورية قيس سعيد … كما سيشارك رئيس الجمهورية»: whom a title without a nationality introduced by name. */
  const introducedBy = new Map<string, Set<string>>();
  /** Where the countries an envoy's title names as his post start. */
  const envoyPosts = new Set<number>();
  const gap = (a: number, b: number, allowed: RegExp) => b >= a && b - a <= 4 && allowed.test(text.slice(a, b));
  /** Where the verbs of speech end («وقال», «وأضاف»): who is named right after one tells, he does not take part. */
  const speechVerbEnds = matches.filter((x) => x.entries.some((e) => e.kind === 'speech')).map((x) => x.end);
  const spokespersonTitles = matches.filter((x) => entryOf(x, 'title')?.role === 'spokesperson');
  const home = datelineCountry(text, matches);
  /** Whether a person's name ends right before `at` (a title in apposition: «جون هيلي وزير الدفاع»). */
  const namedJustBefore = (at: number) => out.some((e) => e.kind === 'person' && !e.fromTitle && gap(e.end, at, /^[\s،,]*$/));

  const personMention = (p: PersonInfo, start: number, end: number, roleHint: string | null, fromTitle: boolean): EntityMention => personMentionOn(p, start, end, roleHint, fromTitle, date);
  /**
   * «الشيخ ناصر صباح الأحمد الصباح»: a known full name (from its own given name on) between another given name and a
   * family name, or any known name right after «بن», is a father's in a chain of names, part of someone else's name;
   * «محمد إسحاق دار» ends on the known name, a given name the gazetteer's form leaves out.
   */
  const inAChainOfNames = (m: LexMatch | undefined): boolean => {
    const person = entryOf(m, 'person');
    if (!m || !person) return false;
    const before = previousWord(text, m.start);
    if (before === null || !gap(before.start + before.word.length, m.start, /^ $/)) return false;
    // «الأمير تركي بن محمد بن فهد بن عبدالعزيز»: after «بن» a known name is always an ancestor's.
    if (SON_OF.has(before.word)) return true;
    const after = nextWord(text, m.end);
    return inGivenNames(before.word.replace(/^و/, '')) && after !== null && gap(m.end, after.end - after.word.length, /^ $/) && inFamilyNames(after.word)
      && text.slice(m.start, m.end).startsWith(firstNameOf(lex.people.get(person.id)!));
  };
  /** The holder of an office on the article's date, remembered as such: an event of another time may have had another. */
  const holderMention = (p: PersonInfo, office: Office, start: number, end: number): EntityMention => ({ ...personMention(p, start, end, office.role, true), heldOffice: office });
  const holderOf = (role: string, nat: string | null, post: string | null): PersonInfo | null => holderOn(role, nat, post, date);
  /** The one person named earlier in the article, or else active in the gazetteer on the article's date, whose name starts with `given`. */
  const knownByGivenName = (written: string, nat: string | null, titleRole: string): EntityMention | null => {
    const given = givenNameOf(written);
    // Someone named by this given name alone is nobody more than it says («الملك عبد الله» in a headline).
    const named = persons.filter((x) => givenNameOf(foldForMatch(x.nameAr)) === given && foldForMatch(x.nameAr) !== written && (!nat || x.country === nat));
    // Someone the gazetteer knows before a name read from the text alone («عبد الله يقوم» in a headline).
    const inGazetteer = named.filter((x) => !x.id.startsWith('person-'));
    const earlier = new Map((inGazetteer.length ? inGazetteer : named).map((x) => [x.id, x]));
    if (earlier.size === 1) return [...earlier.values()][0]!;
    if (earlier.size > 1) return null;
    // «السلطان إبراهيم» is no president called Ibrahim: an office before the name must be the office the person holds.
    const holdsTitle = (x: PersonInfo) => {
      const role = activeRole(x, date)?.role;
      return role !== undefined && (ROLE_FAMILY[titleRole] === 'honorific' || !ROLE_FAMILY[role] || ROLE_FAMILY[role] === ROLE_FAMILY[titleRole]);
    };
    const active = (peopleByGivenName().get(given) ?? []).filter((x) => (!nat || x.country === nat) && holdsTitle(x));
    return active.length === 1 ? personMention(active[0]!, 0, 0, null, false) : null;
  };
  /** «الرئيس مرسي» after «الرئيس المصري محمد مرسي»: the one person named earlier in the article whose name ends with `last`. */
  const knownByLastName = (last: string, nat: string | null): EntityMention | null => {
    const earlier = new Map(persons.filter((x) => foldForMatch(x.nameAr).split(' ').at(-1) === last && x.nameAr.includes(' ') && (!nat || x.country === nat)).map((x) => [x.id, x]));
    return earlier.size === 1 ? [...earlier.values()][0]! : null;
  };
  // «الرئيس الجزائري … نظيره الفرنسي»: the offices someone held on the article's day, when the gazetteer says; a
  // president who was once prime minister is not the counterpart of both.
  const rolesOf = (m: EntityMention): string[] => {
    const p = lex.people.get(m.id);
    if (!p) return [];
    const then = date ? p.roles.filter((r) => r.from <= date && (r.to === null || date <= r.to)) : [];
    return (then.length ? then : p.roles).map((r) => r.role);
  };

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const institution = entryOf(m, 'institution');
    if (institution) {
      const nx = matches[k + 1];
      const country = entryOf(nx, 'entity');
      if (nx && country && (country.entityKind === 'country' || country.entityKind === 'countryAdj') && gap(m.end, nx.start, /^\s*$/)) {
        out.push(institutionMention(institution, lex.countries.get(country.id)!, m.coreStart, nx.end, origSlice(m.coreStart, nx.end)));
        k++;
      } else if (home && !OUR_COUNTRY.has(nextWord(text, m.end)?.word ?? '')) out.push(institutionMention(institution, lex.countries.get(home)!, m.coreStart, m.end, origSlice(m.coreStart, m.end)));
      continue;
    }
    const title = entryOf(m, 'title');
    const person = entryOf(m, 'person');
    const ent = entryOf(m, 'entity');
    if (person) {
      // «مطار رفيق الحريري», «جامعة محمد الخامس»: a name right after the noun of a place named after someone is the place's.
      if (isNamedPlaceNoun(previousWord(text, m.start)?.word ?? '')) continue;
      if (inAChainOfNames(m)) continue;
      const pm = personMention(lex.people.get(person.id)!, m.start, m.end, null, false);
      out.push(pm); persons.push(pm);
      continue;
    }
    // «جامع الشيخ زايد الكبير»: a style right after the noun of a place named after someone opens the place's name.
    if (title?.role === 'honorific' && isNamedPlaceNoun(previousWord(text, m.start)?.word ?? '')) {
      if (entryOf(matches[k + 1], 'person') && gap(m.end, matches[k + 1]!.start, /^\s*$/)) k++;
      continue;
    }
    if (title) {
      let j = k + 1;
      let end = m.end;
      let nat: string | null = title.of;
      let post: string | null = null;
      // «المبعوث الخاص للأمين العام للأمم المتحدة», «المستشار الدبلوماسي لرئيس الدولة»: an envoy's or an adviser's
      // principal, a title after «ل», tells whose envoy or adviser it is (here the UN's); the principal takes no part.
      const principal = matches[j];
      let personalEnvoy = false;
      // «مبعوث الرئيس الأمريكي الخاص»: so does a title right after an envoy's noun without the article (its construct).
      const inConstruct = !DEFINITE.test(text.slice(m.coreStart, m.end));
      if (SERVES_A_PRINCIPAL.has(title.role) && principal && entryOf(principal, 'title') && (/^و?ل/.test(text.slice(principal.start, principal.coreStart)) || inConstruct) && gap(end, principal.start, /^\s*$/)) {
        personalEnvoy = true;
        end = principal.end; j++;
        let principalRole = entryOf(principal, 'title')!.role;
        // «لسمو أمير قطر»: a style before the principal's own title.
        const styled = entryOf(matches[j], 'title');
        if (principalRole === 'honorific' && styled && gap(end, matches[j]!.start, /^\s*$/)) { principalRole = styled.role; end = matches[j]!.end; j++; }
        const of = entryOf(matches[j], 'entity');
        if (of && gap(end, matches[j]!.start, /^\s*$/)) {
          nat = of.entityKind === 'organisation' ? of.id.toUpperCase() : of.entityKind === 'city' ? null : of.id;
          end = matches[j]!.end; j++;
        }
        // «للأمين العام أنطونيو غوتيريش», «للشيخ محمد بن زايد» name the principal; «للأمين العام للأمم المتحدة غير
        // بيدرسون», someone who does not hold the principal's office, is the envoy himself.
        const named = entryOf(matches[j], 'person');
        if (named && gap(end, matches[j]!.start, /^\s*$/) && (principalRole === 'honorific' || holderOf(principalRole, nat, null)?.id === named.id)) { end = matches[j]!.end; j++; }
        while (matches[j] && matches[j]!.start < end) j++;
      }
      // «الأمين العام لوزارة الشؤون الخارجية، لوناس مقرمان»: an office «of» a ministry or another body of the state is
      // held by someone the gazetteer does not list; the body is part of the title, and a name after it is the holder's.
      const ofABody = matches[j] !== undefined && entryOf(matches[j], 'institution') !== undefined && gap(end, matches[j]!.start, /^\s*$/) && /^و?ل/.test(text.slice(matches[j]!.start, matches[j]!.coreStart + 1));
      if (ofABody) { end = matches[j]!.end; j++; }
      const nx = matches[j];
      const ne = entryOf(nx, 'entity');
      // «لملك سعودي», «رئيس أمريكي»: a nationality without the article makes the title indefinite, nobody in particular.
      let indefinite = false;
      // «وزير خارجية مصر», «سفير واشنطن»: a place's name is the title's country only as the second term of its construct,
      // after a word without the article; «زار الوزير مصر», «زار المبعوث الأممي الرياض» name where the visit went.
      const construct = !DEFINITE.test(text.slice(m.coreStart, end).split(' ').at(-1) ?? '');
      // «وزير خارجية مملكة النرويج»: the word for a state before its name is part of that name.
      const stateNamed = ne?.entityKind === 'country' && construct && nx !== undefined && STATE_NOUN.test(text.slice(end, nx.start));
      if (nx && ne && ne.entityKind !== 'organisation' && (ne.entityKind === 'countryAdj' || construct) && (gap(end, nx.start, /^[\s]*$/) || stateNamed)) {
        nat = ne.entityKind === 'city' ? lex.cities.get(ne.id)?.country ?? null : ne.id;
        indefinite = ne.entityKind === 'countryAdj' && !DEFINITE.test(text.slice(nx.start, nx.end)) && !DEFINITE.test(text.slice(m.start, m.end));
        end = nx.end; j++;
      } else if (nx && ne && ne.entityKind === 'organisation' && gap(end, nx.start, /^\s*$/)) {
        nat = ne.id.toUpperCase(); end = nx.end; j++;
      } else if (nx && ne?.entityKind === 'country' && gap(end, nx.start, /^\s*$/) && /^و?ب/.test(text.slice(nx.start, nx.coreStart)) && namedJustBefore(m.start)) {
        // «السيد جون هيلي وزير الدفاع بالمملكة المتحدة»: after a name, a state glued to «بـ» is whose office it is, not where.
        nat = ne.id; end = nx.end; j++;
      }
      // «وزير الشؤون الخارجية والتعاون الإفريقي والموريتانيين بالخارج محمد سالم ولد مرزوك»: a ministry's name goes on in
      // definite words joined by «و» up to the name of whoever holds it; «والموريتانيين بالخارج» tells whose ministry it is.
      if (title.family === 'minister') {
        const portfolio = portfolioGoingOn(text, end, matches, j);
        if (portfolio) {
          end = portfolio.end;
          nat ??= portfolio.nationals;
          while (matches[j] && matches[j]!.start < end) j++;
        }
      }
      // «أوفد الرئيس التونسي وزير خارجيته»: a ministry with a pronoun («خارجيته», «خارجيتها») is that of the country of
      // the one just named in its sentence.
      if (nat === null && /تها?$/.test(text.slice(m.start, m.end)) && !NAMELESS_ROLES.has(title.role)) {
        const owner = persons.filter((x) => x.start < m.start && sentenceOf(x.start) === sentenceOf(m.start)).at(-1);
        if (owner?.country) nat = owner.country;
      }
      const np = matches[j];
      const npe = entryOf(np, 'entity');
      if ((title.family === 'diplomat' || title.role === 'ambassador') && np && npe && npe.entityKind !== 'organisation' && /^\s+(لدي|في|ب)\s*$/.test(text.slice(end, np.start)) || (np && npe && /^\s*$/.test(text.slice(end, np.start)) && /^(لدي|في)$/.test(text.slice(np.start, np.coreStart)))) {
        post = npe!.entityKind === 'city' ? lex.cities.get(npe!.id)?.country ?? null : npe!.id;
        end = np!.end; j++;
      } else if (title.role === 'envoy' && np && npe?.entityKind === 'country' && (/^\s+(الي|إلى|الى)\s*$/.test(text.slice(end, np.start))
        || (text.slice(np.start, np.coreStart) === 'ل' && skipAdjective(text, end + 1, np.start) === np.start))) {
        // «المبعوث الأممي إلى اليمن», «المبعوث الأمريكي الخاص للسودان»: where an envoy is sent; the country stays a place of
        // the sentence («وصل … إلى اليمن»), marked as his post.
        post = npe.id;
        envoyPosts.add(np.start);
      }
      // «وزراء خارجية الأردن والسعودية والعراق», «وزيرا الخارجية المصري والأردني»: a title of several with a list of countries
      // is each country's holder of the office.
      const otherCountries: string[] = [];
      if (nat && SEVERAL.test(text.slice(m.coreStart, m.end).split(' ')[0] ?? '')) {
        for (let q = matches[j]; q; q = matches[j]) {
          const c = entryOf(q, 'entity');
          if (!c || (c.entityKind !== 'country' && c.entityKind !== 'countryAdj') || !gap(end, q.start, /^[\s،,]*$/) || !text.startsWith('و', q.start)) break;
          otherCountries.push(c.id); end = q.end; j++;
        }
      }
      const formerWord = nextWord(text, end);
      const former = formerWord !== null && FORMER.has(formerWord.word);
      // «الرئيس السنغالي الجديد»: whoever takes the office up about then, when no name follows («المبعوث الأممي الجديد
      // هانس غروندبرغ» is the man named); an envoy or an ambassador has too many posts to tell.
      const afterIncoming = formerWord !== null ? nextWord(text, formerWord.end) : null;
      const incoming = nat !== null && formerWord !== null && INCOMING.has(formerWord.word) && title.role !== 'envoy' && title.role !== 'ambassador'
        && !(afterIncoming && isGivenName(afterIncoming.word)) && !matches.some((x) => x.start >= formerWord.end && x.start - formerWord.end <= KNOWN_NAME_REACH && entryOf(x, 'person'));
      if (former) {
        end = formerWord.end;
        while (matches[j] && matches[j]!.start < end) j++;
      }
      // Someone's own envoy («المبعوث الخاص للرئيس الصيني») is sent for the occasion: the gazetteer knows him only by his post.
      // «مساعد الرئيس الروسي», «المتحدث باسم رئيس الوزراء»: a title governed by the noun of someone serving its holder names
      // that holder's aide, spokesman or envoy, not the holder.
      const servant = previousWord(text, m.start);
      const servantNoun = servant && SERVANT_QUALIFIERS.has(servant.word) ? previousWord(text, servant.start) : servant;
      const served = SERVES_THE_HOLDER.has(servantNoun?.word.replace(/^[وف]/, '').replace(/^ال/, '') ?? '');
      const holder = former || indefinite || served || ofABody || (personalEnvoy && !post) ? null : incoming && !post ? incomingHolderOn(title.role, nat, date) : holderOf(title.role, nat, post);
      // «السفير السعودي السيد …», «وزير الخارجية الشيخ …»: an honorific between the title and the name; so is «المستشار»
      // (a judge's style in Egypt, «رئيس مجلس الشيوخ المصري المستشار …») unless a nationality makes it a chancellor.
      // «رئيس الوزراء صاحب السمو الملكي الأمير خليفة بن سلمان»: so is «الأمير» right before the name, a prince's style
      // after another office.
      const isStyle = (at: number) => {
        const role = entryOf(matches[at], 'title')?.role;
        const after = matches[at + 1];
        const rightBefore = (kind: 'entity' | 'person') => after !== undefined && entryOf(after, kind) !== undefined && gap(matches[at]!.end, after.start, /^\s*$/);
        if (role === 'emir') return title.role !== 'emir' && DEFINITE.test(text.slice(matches[at]!.coreStart, matches[at]!.end)) && rightBefore('person');
        return role === 'honorific' || (role === 'chancellor' && !(rightBefore('entity') && entryOf(after, 'entity')?.entityKind === 'countryAdj'));
      };
      while (title.role !== 'honorific' && matches[j] && isStyle(j) && gap(end, matches[j]!.start, /^[\s،,]*$/)) {
        end = matches[j]!.end;
        j++;
      }
      const nn = matches[j];
      const nnp = entryOf(nn, 'person');
      // «رئيس الجمهورية السيد « محمد منصف المرزوقي »»: a given name the gazetteer's form leaves out may come first.
      const between = text.slice(end, nn?.start ?? end).replace(/^[\s،,"'\u0640]+|[\s"'\u0640]+$/g, '');
      const leadingGiven = between !== '' && !/\s/.test(between) && isGivenName(between);
      // «عباس عراقجي، نائب وزير الخارجية الإيراني، وستيف ويتكوف»: a name after a comma and «و» is the list's next
      // item, not this title's holder.
      const nextInAList = /[،,]/.test(text.slice(end, nn?.start ?? end)) && nn !== undefined && nn.coreStart > nn.start && /^و/.test(text.slice(nn.start, nn.coreStart));
      if (nn && nnp && !nextInAList && nn.start - end <= 6 + (leadingGiven ? between.length + 1 : 0) && (leadingGiven || /^[\s،,"'\u0640]*$/.test(text.slice(end, nn.start)))) {
        const pm = personMention(lex.people.get(nnp.id)!, nn.start, nn.end, title.role, false);
        const introducing = officeKey(text.slice(m.coreStart, m.end), nat);
        introducedBy.set(introducing, (introducedBy.get(introducing) ?? new Set()).add(pm.id));
        // «مع رئيس وزراء اليابان، شينزو آبي»: a clause cut at the comma keeps him through his title.
        if (/[،,]/.test(text.slice(end, nn.start))) out.push({ ...pm, start: m.start, end, fromTitle: true });
        out.push(pm); persons.push(pm);
        k = j;
        continue;
      }
      // Unknown name after a title: up to three name-like tokens, unless the gazetteer knows who held the title then
      // («الرئيس الصيني أقام مراسم» is Xi, not a man named «أقام مراسم»). Without a nationality, at least two tokens or
      // a given name of the name table («الملك فيصل»).
      // A given name right after the title («وزير الخارجية الموريتاني محمد سالم مرزوك») is the text's word against the
      // gazetteer's dates: the name wins.
      // A name the gazetteer knows a word later («الرئيس الأمريكي جوزيف بايدن») is the person, given name and all.
      const knownSoon = matches[j] !== undefined && entryOf(matches[j], 'person') !== undefined && !inAChainOfNames(matches[j]) && matches[j]!.start - end <= KNOWN_NAME_REACH;
      const next = nextWord(text, end);
      const setOff = holder !== null && nat !== null && !knownSoon && namedBetweenCommas(text, end);
      const namedAfter = setOff || (holder !== null && !knownSoon && next !== null && isGivenName(givenNameOf(`${next.word} ${nextWord(text, next.end)?.word ?? ''}`)));
      // «حيث أبدى جلالة الملك اهتماما بتكثيف الجهود» after «الملك عبدالله الثاني»: a bare title the article has named one
      // holder of, followed by no given name, is that holder (below), not a man named by the words after it.
      const afterNext = next !== null ? nextWord(text, next.end)?.word ?? '' : '';
      const oneNamedSoFar = !nat && !knownSoon && next !== null && !inGivenNames(givenNameOf(`${next.word} ${afterNext}`)) && !isNameLink(afterNext)
        && new Set(persons.filter((x) => x.roleFamily === title.family && !x.id.startsWith('person-')).map((x) => x.id)).size === 1;
      if ((!holder || namedAfter) && !NAMELESS_ROLES.has(title.role) && !oneNamedSoFar) {
        let p = end;
        // «السيدة ( هيروت زيمني )»: a name set in brackets after its title is the name.
        while (p < text.length && /[\s،,"'(]/.test(text[p]!) && p - end < 4) p++;
        const nextMatchStart = (inAChainOfNames(matches[j]) ? matches[j + 1] : matches[j])?.start ?? Infinity;
        // «سفيرة جمهورية سريلانكا هيراث مودي يانسلاجي»: a known person's one-word name inside an unknown name, with name
        // words before and after it, of someone not of the title's country, is a word of that name («ويليام ساموي روتو»
        // ends on the known name: it is that person, more fully named).
        const inAnotherName = (x: LexMatch | undefined): boolean => {
          const person = entryOf(x, 'person');
          if (x === undefined || person === undefined || /\s/.test(text.slice(x.start, x.end)) || lex.people.get(person.id)?.country === nat || inAChainOfNames(x)) return false;
          // «ويليام ساموي روتو»: the person's own given name before it makes it the person.
          if (toks.some((t) => text.slice(...t) === firstNameOf(lex.people.get(person.id)!))) return false;
          const after = nextWord(text, x.end);
          const afterStart = after ? after.end - after.word.length : -1;
          return after !== null && gap(x.end, afterStart, /^ $/) && nameLike(after.word, false) && !isNameStopWord(after.word) && !matches.some((o) => o.start === afterStart || o.start === afterStart + 1);
        };
        let nameEnds = nextMatchStart;
        let swallowed = false;
        const toks: Array<[number, number]> = [];
        // «الناطق الرسمي باسم وزارة الخارجية»: «باسم» after a spokesperson's title is «on behalf of», no one's name.
        let q = title.role === 'spokesperson' && nextWord(text, end)?.word === 'باسم' ? text.length : skipAdjective(text, p, nextMatchStart);
        // «الرئيس الكوري "مون جيه إين"»: the name may be set in quotes or brackets after the adjectives too.
        if (q > p) while (q < text.length && /["'(]/.test(text[q]!) && q < nextMatchStart) q++;
        // «السفير ثامر بن سبهان السبهان»: «بن» and «آل» link the name's parts and do not count among its three words;
        // nor does the second half of a given name («عبد الوهاب عبد الرازق» is two names, «محيي الدين سالم أحمد» three).
        const words = () => toks.filter(([a, b], i) => !isNameLink(text.slice(a, b)) && !(i > 0 && completesGivenName(text.slice(...toks[i - 1]!), text.slice(a, b)))).length;
        // «وزير الخارجية البوركينابي، كراموكو جان ماري تراوري،»: a name set off by commas may run to four words, all of it
        // up to the closing comma.
        const setOffByCommas = /[،,]/.test(text.slice(end, p));
        const nameWords = setOffByCommas ? 4 : 3;
        while (words() < nameWords && q < text.length && q <= nameEnds) {
          if (q === nameEnds) {
            if (swallowed || toks.length === 0 || nameEnds !== matches[j]?.start || !inAnotherName(matches[j])) break;
            swallowed = true;
            nameEnds = matches[j + 1]?.start ?? Infinity;
          }
          if (!isWordCode(text.charCodeAt(q))) break;
          let r = q;
          while (r < text.length && isWordCode(text.charCodeAt(r))) r++;
          const tok = text.slice(q, r);
          if (toks.length > 0 && isNameLink(tok) && text[r] === ' ') { toks.push([q, r]); q = r + 1; continue; }
          const opensName = toks.length === 0 && opensNameBeforeNameWord(tok, nextWord(text, r)?.word);
          // «الرئيس قصر بعبدا»: the noun of a place named after someone opens no one's name.
          if ((isNameStopWord(tok) && !opensName) || tok.length < 2 || /^[0-9]/.test(tok) || (toks.length === 0 && (tok.startsWith('ال') || isNamedPlaceNoun(tok) || tok.startsWith('و') && tok.length > 3 && isNameStopWord(tok.slice(1))))) break;
          if ((toks.length > 0 && tok.startsWith('و')) || (toks.length === 0 ? VERB_WITH_OBJECT : VERB_WITH_PRONOUN).test(tok) || !(nameLike(tok, toks.length === 0) || setOff)) break;
          toks.push([q, r]);
          if (text[r] !== ' ') break;
          q = r + 1;
        }
        if (words() > 3 && !/^\s*[،,]/.test(text.slice(toks[toks.length - 1]![1]))) toks.pop();
        while (toks.length > 0 && isNameLink(text.slice(...toks[toks.length - 1]!))) toks.pop();
        // «ونقل البيان عن المبعوث الألماني "تأكيد شرعية الحكومة"»: words a quotation mark opens after a title are what
        // was said, unless the mark closes right after them (a name set in quotes).
        if (toks.length && /["']/.test(text.slice(end, toks[0]![0])) && !/^\s*["']/.test(text.slice(toks[toks.length - 1]![1]))) toks.length = 0;
        // «الملك عبد الله» after «الملك عبد الله بن عبد العزيز»: a given name of two words is one given name.
        const written = toks.length ? text.slice(toks[0]![0], toks[toks.length - 1]![1]) : '';
        const oneName = toks.length === 1 || (toks.length === 2 && givenNameOf(written) === written.replace(' ', ''));
        const givenOnly = oneName && p > end && (toks.length === 2 || isGivenName(written));
        // «الشيخ تميم» after «تميم بن حمد»: a given name alone is someone the article or the gazetteer already knows by it;
        // «الرئيس مرسي» after «محمد مرسي», a family name alone someone the article named before.
        const lone = oneName && p > end ? written : null;
        const known = lone === null ? null : (givenOnly ? knownByGivenName(lone, nat, title.role) : null) ?? knownByLastName(lone, nat);
        if (known) {
          const pm = { ...known, start: m.start, end: toks[toks.length - 1]![1], fromTitle: false };
          out.push(pm); persons.push(pm);
          k = swallowed ? j : j - 1;
          continue;
        }
        // «الأمين العام للأمم المتحدة أنطونيو جوتيرس»: a family name spelled otherwise than the gazetteer knows it, after the
        // given name of whoever held the title that day, is that holder.
        if (holder && nat !== null && toks.length >= 2 && text.slice(...toks[0]!) === firstNameOf(holder)) {
          const pm = { ...holderMention(holder, { role: title.role, country: nat, post }, m.start, toks[toks.length - 1]![1]), fromTitle: false };
          out.push(pm); persons.push(pm);
          k = swallowed ? j : j - 1;
          continue;
        }
        const variant = toks.length >= 2 ? spelledOtherwise(written) : null;
        if (variant) {
          const pm = personMention(variant, m.start, toks[toks.length - 1]![1], title.role, false);
          out.push(pm); persons.push(pm);
          k = swallowed ? j : j - 1;
          continue;
        }
        if (toks.length >= 2 || givenOnly || (nat && toks.length === 1 && p > end && /[،,]/.test(text.slice(end, p)))) {
          const s0 = toks[0]![0], e0 = toks[toks.length - 1]![1];
          const nameAr = origSlice(s0, e0);
          const en = transliterate(nameAr);
          const pm: EntityMention = { start: m.start, end: e0, kind: 'person', id: 'person-' + (slug(en) || 'x' + nameAr.length), nameEn: en || nameAr, nameAr, role: ROLE_EN[title.role] ?? null, roleFamily: title.family, country: nat, locative: false, fromTitle: false };
          out.push(pm); persons.push(pm);
          if (toks.length === 1) oneWordNames.push({ mention: pm, word: lone ?? text.slice(s0, e0) });
          k = swallowed ? j : j - 1;
          continue;
        }
      }
      // Resolve the bare title; a former holder («السابق», «آنذاك») is nobody the date can tell, an indefinite one nobody at all.
      if (former || indefinite || served) { k = j - 1; continue; }
      if (otherCountries.length) {
        for (const c of [nat!, ...otherCountries]) {
          const h = holderOf(title.role, c, null);
          if (h) { const pm = holderMention(h, { role: title.role, country: c, post: null }, m.start, end); out.push(pm); persons.push(pm); continue; }
          // Whoever the gazetteer does not know for the day, their country takes part.
          const country = lex.countries.get(c);
          if (country) out.push(countryMention(country, m.start, end));
        }
        k = j - 1;
        continue;
      }
      const sent = sentenceOf(m.start);
      const recent = (pred: (x: EntityMention) => boolean, n = 1): EntityMention[] => {
        const res: EntityMention[] = [];
        for (let i = persons.length - 1; i >= 0 && res.length < n; i--) {
          const x = persons[i]!;
          if (pred(x) && !res.some((r) => r.id === x.id)) res.push(x);
        }
        return res;
      };
      const surface = text.slice(m.coreStart, m.end);
      let resolved: EntityMention[] = [];
      if (title.role === 'counterpart') {
        const subj = recent((x) => sentenceOf(x.start) >= sent - 1 && (!nat || x.country !== nat))[0];
        // Without a person, the office of a title just before («رئيس الجمهورية … نظيره الإيطالي») tells whose counterpart.
        const office = subj ? undefined : namelessOffices.findLast((o) => sentenceOf(o.start) >= sent - 1 && (!nat || o.country !== nat));
        if (subj || (office && nat)) {
          // A president who is also his own defence minister is the counterpart of presidents: his offices in the
          // gazetteer's order, the first that someone of the other country holds.
          const roles = subj ? rolesOf(subj) : [office!.role];
          for (const role of roles) {
            const cand = allPeople().filter((p) => (!nat || p.country === nat) && p.roles.some((r) => r.role === role && (!date || (r.from <= date && (r.to === null || date <= r.to)))));
            if (cand.length === 1) resolved = [personMention(cand[0]!, m.start, end, null, true)];
            if (cand.length) break;
          }
        }
      } else if (title.role === 'pair' && nat) {
        // «الرئيسان المصري والفرنسي»: the presidents of the two countries the adjectives name, on the article's date.
        const second = matches[j];
        const other = entryOf(second, 'entity');
        const president = /رييس/.test(surface);
        if (president && second && other?.entityKind === 'countryAdj' && gap(end, second.start, /^\s*$/) && text.startsWith('و', second.start)) {
          const offices = [nat, other.id].map((country) => ({ role: 'president', country, post: null }));
          const holders = offices.map((o) => holderOf(o.role, o.country, null));
          if (holders.every((h) => h !== null)) resolved = holders.map((h, i) => holderMention(h!, offices[i]!, m.start, second.end));
        }
      } else if (title.role === 'referent') {
        // «يبدأ الرئيس عباس زيارة … يجتمع خلالها مع الرئيس التونسي … ثم يتوجه سيادته إلى باريس»: the dignitary the
        // passage is about, the first it names in this sentence or the two before it, not whom he meets. Named by his
        // office alone («بحث معالي وزير الخارجية في اتصال مع معالي سيرغي لافروف. كما أجرى معاليه …») he is still the
        // first; one named after «مع» («مع معالي …») is whom he meets, however he is named.
        const metWith = (x: EntityMention) => {
          const before = previousWord(text, x.start);
          return before !== null && (before.word === 'مع' || previousWord(text, before.start)?.word === 'مع');
        };
        const window = persons.filter((x) => sentenceOf(x.start) >= sent - 2 && x.start < m.start);
        // «بناء على توجيه خادم الحرمين الشريفين الملك سلمان، واستجابة للدعوة المقدمة لصاحب السمو الملكي الأمير محمد بن
        // سلمان … غادر سموه»: the style in the pronoun («سموه») points at the one the passage styles so, when one is.
        const stem = STYLE_STEMS.get(surface.replace(/^[وف]/, ''));
        const styled = stem ? window.filter((x) => text.slice(Math.max(0, x.start - STYLE_REACH), x.end).includes(stem)) : [];
        const inWindow = styled.length ? styled : window;
        // «وكان الرئيس عباس، وصل فجر اليوم …، ضمن جولة سيادته»: one named before it in its own sentence, not whom he met,
        // is who the sentence is about.
        const ownSentence = inWindow.find((x) => sentenceOf(x.start) === sent && !metWith(x));
        const named = ownSentence ?? inWindow.find((x) => !x.fromTitle);
        const subject = named && metWith(named) ? inWindow.find((x) => x.start < named.start && !metWith(x)) ?? named : named;
        // «إقامة دولته المستقلة», «سيادته الوطنية»: the word with a definite feminine adjective after it is the noun (its
        // state, its sovereignty), no style of anyone.
        const adjective = nextWord(text, end)?.word ?? '';
        if (subject && !/^ال.+ه$/.test(adjective)) resolved = [{ ...subject, start: m.start, end, fromTitle: true }];
      } else if (title.role === 'guest') {
        // «وقال المتحدث إن الرئيس المصري أقام مراسم استقبال رسمية لضيفه» after «وصل الرئيس التركي …»: the guest is the
        // last one named, in this sentence or the two before it, who is not the host (the last named before, in this
        // sentence) nor of his country.
        const host = persons.filter((x) => sentenceOf(x.start) === sent && x.start < m.start).at(-1);
        const guests = recent((x) => sentenceOf(x.start) >= sent - 2 && x.start < m.start && x.id !== host?.id && (!host?.country || x.country !== host.country), TWO_GUESTS.test(surface) ? 2 : 1);
        resolved = guests.map((x) => ({ ...x, start: m.start, end, fromTitle: true }));
      } else if (title.role === 'pair' || (DUAL.test(surface) && /(وزير|دبلوماسي|طرف|مسؤول)/.test(surface) && !nat)) {
        // «الرئيسان», «الجانبان»: the last two people named, in this sentence or the two before it; «وزيري خارجية البلدين»
        // the last two who may be ministers, not the kings whose greetings they brought.
        const ministers = /وزير/.test(surface);
        const mayBeOne = (x: EntityMention) => !ministers || x.roleFamily === 'minister' || x.roleFamily === null;
        // Not two named only in a relative clause that describes something («بحث الصفدي مع بن علوي افاق العلاقات، والتي
        // تدعمها علاقات متميزة بين الملك والسلطان»), when two are named outside it.
        // «وقال السفير علاء يوسف المتحدث باسم الرئاسة إن الجانبين سيعقدان جلسة مباحثات»: a spokesman who tells of the
        // sides, named right after his verb of speech in their sentence, is not one of them (a leader who tells of them is).
        const telling = (x: EntityMention) => sentenceOf(x.start) === sent && speechVerbEnds.some((e) => e <= x.start && sentenceOf(e) === sent && wordsIn(text, e, x.start) <= SPEAKER_TITLE_WORDS)
          && spokespersonTitles.some((t) => (t.start >= x.end && wordsIn(text, x.end, t.start) <= 1) || (t.end <= x.start && wordsIn(text, t.end, x.start) <= SPEAKER_TITLE_WORDS));
        const pair = (pred: (x: EntityMention) => boolean) => recent((x) => sentenceOf(x.start) >= sent - 2 && mayBeOne(x) && !telling(x) && pred(x), 2);
        const told = pair((x) => !inARelativeClause(x.start));
        resolved = (told.length === 2 ? told : pair(() => true)).map((x) => ({ ...x, start: m.start, end, fromTitle: true }));
        // «وكان في استقبالهم الرئيس السيسي … ولي العهد وصل قبل الملك … إن الجانبين سيعقدان»: the two sides are of two
        // countries; the second is the last one named of another country than the first, when one is.
        const [first, second] = resolved;
        if (SIDES.test(surface) && first?.country && second?.country === first.country) {
          const other = recent((x) => sentenceOf(x.start) >= sent - 2 && !telling(x) && x.country !== null && x.country !== first.country)[0];
          if (other) resolved[1] = { ...other, start: m.start, end, fromTitle: true };
        }
        // «وبحث الزعيمان» several sentences of one leader's remarks after both were named: the other is the last one
        // named earlier who holds an office of the same kind.
        const [one] = resolved;
        if (title.role === 'pair' && resolved.length === 1 && one!.roleFamily !== null) {
          const other = recent((x) => x.id !== one!.id && x.roleFamily === one!.roleFamily && mayBeOne(x))[0];
          if (other) resolved.push({ ...other, start: m.start, end, fromTitle: true });
        }
        // «وعقد الرئيسان جلسة مباحثات» on a trip to Baku where only the visiting president was named: the other is who
        // was president that day of the one other country the story has named.
        if (title.role === 'pair' && resolved.length === 1 && one!.roleFamily === 'president' && one!.country && /رييس/.test(surface)) {
          const countries = new Set(out.filter((x) => x.start < m.start && (x.kind === 'country' || x.kind === 'city' || x.kind === 'person') && x.country && x.country !== one!.country).map((x) => x.country!));
          const host = countries.size === 1 ? holderOf('president', [...countries][0]!, null) : null;
          if (host && host.id !== one!.id) resolved.push(holderMention(host, { role: 'president', country: [...countries][0]!, post: null }, m.start, end));
        }
        // «الوزيرين», «الجانبين بحثا» with one person named: he is one of them, the other goes unnamed; «مع الطرفين» or
        // «المسؤولين» (a plural as often as a dual) with one are sides the article has not told.
        if (resolved.length < 2 && !/(وزير|رييس|جانب)/.test(surface)) resolved = [];
        // «ووقع الجانبان ثماني اتفاقيات» in a story of a joint commission that names no one: the sides are the two
        // countries it has named, when it has named two.
        if (!resolved.length && SIDES.test(surface)) {
          const countries = [...new Map(out.filter((x) => x.kind === 'country' && x.start < m.start).map((x) => [x.id, x])).values()];
          if (countries.length === 2) resolved = countries.map((c) => ({ ...c, start: m.start, end, locative: false, adjective: false, fromTitle: true }));
        }
      } else if (title.family === 'minister' || title.family === 'diplomat' || title.role === 'minister' || title.role === 'diplomat') {
        const specific = title.role !== 'minister' && title.role !== 'diplomat';
        if (specific && holder) resolved = [holderMention(holder, { role: title.role, country: nat!, post }, m.start, end)];
        if (!resolved.length) {
          const prev = recent((x) => (!nat || x.country === nat) && (x.roleFamily === title.family || (specific && x.role === ROLE_EN[title.role])))[0];
          if (prev) resolved = [{ ...prev, start: m.start, end, fromTitle: true }];
        }
      } else if (title.role !== 'honorific' && title.role !== 'spokesperson' && holder) {
        resolved = [holderMention(holder, { role: title.role, country: nat!, post }, m.start, end)];
      } else if (!nat && title.role !== 'honorific' && title.role !== 'spokesperson' && (DEFINITE.test(surface) || DEFINITE_BY_ITS_OWNER.test(surface))) {
        // «والتقى الأمير أمس رجال أعمال» after «أمير قطر الشيخ تميم»: a bare title is the one person of that office the
        // article has named so far.
        const holders = new Map(persons.filter((x) => x.roleFamily === title.family).map((x) => [x.id, x]));
        // «التي قام بها السيد الرئيس إلى أسمرة» in a presidency's statement that names its guest too: the title with an
        // honorific and no name is the home one, whom the statement names first.
        const prev = matches[k - 1];
        const honoured = prev !== undefined && entryOf(prev, 'title')?.role === 'honorific' && gap(prev.end, m.start, /^\s*$/);
        if (holders.size === 1 || (honoured && holders.size > 1)) resolved = [{ ...[...holders.values()][0]!, start: honoured ? prev.start : m.start, end, fromTitle: true }];
        // «رئيس الجمهورية قيس سعيد» then «رئيس الجمهورية» with another president named since: the one the same words
        // introduced by name. «الرئيس محمود عباس … نظيره الفرنسي ايمانويل ماكرون … وكان الرئيس وصل»: so is «الرئيس» alone,
        // where it introduced only one of them (the outlet's own; it gives the others' country) who holds that office then:
        // «الأمير» alone is the emir, and before a name the style of a prince too («الأمير محمد بن عبدالرحمن»).
        const introduced = [...(introducedBy.get(officeKey(surface, null)) ?? [])].filter((id) => holders.has(id) && (/\s/.test(surface) || rolesOf(holders.get(id)!).includes(title.role)));
        if (!resolved.length && introduced.length === 1) resolved = [{ ...holders.get(introduced[0]!)!, start: m.start, end, fromTitle: true }];
      }
      // «المبعوث الأممي مارتن غريفيث … ووصل المبعوث الأممي إلى الرياض»: a title of a country or body whose holder the date
      // cannot tell is the one person the same words introduced by name earlier in the article.
      if (!resolved.length && nat !== null && !NAMELESS_ROLES.has(title.role)) {
        const introduced = [...(introducedBy.get(officeKey(surface, nat)) ?? [])];
        const person = introduced.length === 1 ? persons.findLast((x) => x.id === introduced[0]) : undefined;
        if (person) resolved = [{ ...person, start: m.start, end, fromTitle: true }];
      }
      for (const r of resolved) { out.push(r); persons.push(r); }
      if (!resolved.length && !NAMELESS_ROLES.has(title.role) && title.family !== 'honorific' && title.role !== 'spokesperson') namelessOffices.push({ start: m.start, role: title.role, country: nat });
      // «رئيس مجلس الشيوخ الباكستاني», «السفير الفرنسي لدى اليمن» with no name the date can tell: their country takes part.
      const country = !resolved.length && nat ? lex.countries.get(nat) : undefined;
      if (country) out.push(countryMention(country, m.start, end));
      k = j - 1;
      continue;
    }
    if (ent) {
      const pt = previousWord(text, m.start);
      const leg = legOfATour(text, m.start);
      const locative = gluedPreposition(text, m.start, m.coreStart) || (pt !== null && placeWordBefore(pt.word)) || leg;
      if (ent.entityKind === 'organisation') {
        const o = lex.orgs.get(ent.id)!;
        out.push({ start: m.start, end: m.end, kind: 'organisation', id: o.id, nameEn: o.en, nameAr: o.ar, role: null, roleFamily: null, country: null, locative: false, fromTitle: false });
      } else if (ent.entityKind === 'city') {
        const c = lex.cities.get(ent.id)!;
        out.push({ start: m.start, end: m.end, kind: 'city', id: c.id, nameEn: c.en, nameAr: c.ar, role: null, roleFamily: null, country: c.country, locative, fromTitle: false, ...(leg ? { leg } : {}) });
      } else {
        const c = lex.countries.get(ent.id)!;
        if (ent.entityKind === 'country' && c.capitalSameName && c.capital && pt && (pt.word === 'الي' || pt.word === 'بالعاصمه')) {
          const pp = previousWord(text, pt.start);
          const ppp = pp ? previousWord(text, pp.start) : null;
          if ((pp && ARRIVAL.test(pp.word)) || (ppp && ARRIVAL.test(ppp.word))) {
            const city = lex.cities.get(c.capital)!;
            out.push({ start: m.start, end: m.end, kind: 'city', id: city.id, nameEn: city.en, nameAr: c.ar, role: null, roleFamily: null, country: c.id, locative: true, fromTitle: false });
            continue;
          }
        }
        const adjective = ent.entityKind === 'countryAdj';
        out.push({ start: m.start, end: m.end, kind: 'country', id: c.id, nameEn: c.en, nameAr: c.ar, role: null, roleFamily: null, country: c.id, locative: !adjective && locative, fromTitle: false, adjective, ...(leg && !adjective ? { leg } : {}), ...(envoyPosts.has(m.start) ? { envoysPost: true } : {}) });
      }
    }
  }
  // «الرئيس سليمان في موسكو» above «رئيس الجمهورية ميشال سليمان»: a headline names by one word whom the story names in full.
  for (const { mention, word } of oneWordNames) {
    const named = new Map(persons.filter((x) => x.start > mention.start && x.nameAr.includes(' ') && nameWords(x).some((w) => w === word)).map((x) => [x.id, x]));
    if (named.size !== 1) continue;
    const [person] = named.values();
    Object.assign(mention, { id: person!.id, nameEn: person!.nameEn, nameAr: person!.nameAr, country: person!.country ?? mention.country });
  }
  const named = namedWithoutTitle(text, out, matches, origSlice);
  const all = out.filter((e) => !named.nisbas.has(e)).concat(named.people);
  const again = namedAgainAfterVerb(text, all, matches);
  return knownByTheirFamilyName(text, all.filter((e) => !again.replaced.has(e)).concat(again.people));
}

/**
 * «برئاسة طالباني … المكتب الإعلامي لقوباد طالباني»: a one-word name the gazetteer gives someone the article never names
 * in full is the family name of the one person it does name in full so, wherever it stands.
 */
function knownByTheirFamilyName(text: string, found: EntityMention[]): EntityMention[] {
  const people = found.filter((e) => e.kind === 'person' && !e.fromTitle);
  const inFull = (id: string) => people.some((p) => p.id === id && familyNameOf(text, p) !== null);
  return found.map((e) => {
    const written = text.slice(e.start, e.end).trim();
    if (e.kind !== 'person' || e.fromTitle || /\s/.test(written) || inFull(e.id)) return e;
    const others = new Map(people.filter((p) => p.id !== e.id && [written, written.replace(/^[وفبل]/, '')].includes(familyNameOf(text, p) ?? '')).map((p) => [p.id, p]));
    if (others.size !== 1) return e;
    const [person] = others.values();
    return { ...person!, start: e.start, end: e.end, fromTitle: false };
  });
}

/**
 * «وأضاف الصباح، …» after «الشيخ جابر المبارك الحمد الصباح», «وكان العبادي قد وصل»: a verb's subject that is the last
 * name of one person named earlier in the article is that person. Only right after a verb, «كان», «قام بها», «بين» or «أن»: «الصباح» elsewhere
 * is as likely the morning. A family name written like a nationality («كما زار السوداني طهران» after «محمد شياع
 * السوداني») is the person there, not the country.
 */
function namedAgainAfterVerb(text: string, found: EntityMention[], matches: LexMatch[]): { people: EntityMention[]; replaced: Set<EntityMention> } {
  const people = found.filter((e) => e.kind === 'person' && !e.fromTitle).sort((a, b) => a.start - b.start);
  // («وفي وقت سابق غادر "بن سلمان" الدوحة» after «ولي العهد السعودي», his name as the gazetteer writes it.)
  const titled = found.filter((e) => e.kind === 'person' && e.fromTitle);
  const out = { people: [] as EntityMention[], replaced: new Set<EntityMention>() };
  if (!people.length && !titled.length) return out;
  const spans = spanIndex(found);
  /** The people named so, in the order the article names them, by their family name as written. */
  const byFamilyName = new Map<string, EntityMention[]>();
  for (const p of people) {
    const family = familyNameOf(text, p);
    if (family !== null) byFamilyName.set(family, [...(byFamilyName.get(family) ?? []), p]);
  }
  /** The one person named before `at` whose family name, as written, is the word. */
  const namedEarlier = (word: string, at: number, until: (p: EntityMention) => boolean = (p) => p.start < at): EntityMention | null => {
    const earlier = new Map((byFamilyName.get(word) ?? []).filter(until).map((p) => [p.id, p]));
    return earlier.size === 1 ? [...earlier.values()][0]! : null;
  };
  // «وتعد زيارة المعلم للصين الثالثة»: the owner named right after a trip's noun in the construct is named as a verb's
  // subject is.
  const tripOwnedAfter = (m: LexMatch) => m.entries.some((e) => e.kind === 'trigger' && e.pos === 'noun' && e.type === 'visit') && !/^(?:[وفبل]?ال|لل)/.test(text.slice(m.start, m.end));
  const verbEnds = matches
    .filter((m) => tripOwnedAfter(m) || m.entries.some((e) => e.kind === 'speech' || e.kind === 'clauseVerb' || (e.kind === 'trigger' && e.pos !== 'noun') || (e.kind === 'marker' && e.marker === 'pluAux')))
    .map((m) => ({ start: m.start, end: m.end }))
    .concat([...text.matchAll(NAMED_AFTER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })))
    .sort((a, b) => a.start - b.start);
  const otherOfThePair = (person: EntityMention) => {
    const and = nextWord(text, person.end);
    const andStart = and ? and.end - and.word.length : 0;
    const other = and && and.word.startsWith('و') && !spans.overlapping(andStart, and.end).length ? namedEarlier(and.word.slice(1), person.start) ?? calledByGivenName(and.word.slice(1), person.start) : null;
    if (other && other.id !== person.id) out.people.push({ ...other, start: andStart + 1, end: and!.end, fromTitle: false });
  };
  /** «بين بن زايد وبشار» after «بشار الأسد»: the one person named before `at` whose name, as written, opens with the word. */
  const calledByGivenName = (word: string, at: number): EntityMention | null => {
    const opensWith = (p: EntityMention) => { const words = text.slice(p.start, p.end).trim().split(/\s+/); return words.length > 1 && words[0] === word; };
    const earlier = new Map(people.filter((p) => p.start < at && opensWith(p)).map((p) => [p.id, p]));
    return earlier.size === 1 ? [...earlier.values()][0]! : null;
  };
  /** The one person named before `at` whose name, as written, calls him the son of `father` («محمد بن زايد», «إسماعيل ولد الشيخ أحمد»). */
  const namedSonOf = (particle: string, father: string, at: number): EntityMention | null => {
    const calls = (name: string) => ` ${name.trim()} `.replace(/\s+/g, ' ').includes(` ${particle} ${father} `);
    const earlier = new Map([...people.filter((p) => p.start < at && calls(text.slice(p.start, p.end))), ...titled.filter((p) => p.start < at && calls(foldForMatch(p.nameAr)))].map((p) => [p.id, p]));
    return earlier.size === 1 ? [...earlier.values()][0]! : null;
  };
  // «عقد “بن زايد” لقاء»: quotes around the name are stepped over.
  const wordAfter = (at: number) => wordsAhead(text, at, 1, /[.\n؛]/).next().value ?? null;
  for (const m of verbEnds) {
    const w = wordAfter(m.end);
    if (!w) continue;
    const start = w.end - w.word.length;
    // «عقد “بن زايد” لقاء» after «محمد بن زايد»: «بن» and a father's name call again the one son of his named before;
    // «ووصل ولد الشيخ» after «إسماعيل ولد الشيخ أحمد», Mauritanian «ولد» too.
    const father = w.word === 'بن' || w.word === 'ولد' ? wordAfter(w.end) : null;
    const end = father?.end ?? w.end;
    const taken = spans.overlapping(m.end, end);
    const nationality = taken.length === 1 && taken[0]!.adjective === true && taken[0]!.start === start && taken[0]!.end === w.end;
    if (taken.length && !nationality) continue;
    // The name as written («جابر المبارك الحمد الصباح»), not the gazetteer's short form («جابر المبارك»).
    const person = father ? namedSonOf(w.word, father.word, m.start) : namedEarlier(w.word, m.start);
    if (!person) continue;
    out.people.push({ ...person, start, end, fromTitle: false });
    if (nationality) out.replaced.add(taken[0]!);
  }
  // «بين الغنوشي وسلامة», «استقبل الرئيس السيسي المنفي واللافي»: the other of a pair joined by «و» is named by their
  // family name too.
  for (const person of [...people, ...out.people]) otherOfThePair(person);
  // «إن السوداني "يعتزم …"», «وكان في استقبال السوداني», «المكتب الإعلامي للسوداني» after «محمد شياع السوداني»: a
  // nationality with the article where no adjective can stand — glued to a preposition, or after a word it cannot describe
  // (one without the article or a pronoun) — is the family name of the one person named so earlier.
  for (const adj of found) {
    if (adj.adjective !== true || out.replaced.has(adj) || spans.overlapping(adj.start, adj.end).some((e) => e !== adj)) continue;
    const written = previousWord(text, adj.end);
    if (!written || written.start > adj.start) continue;
    const word = written.word.replace(/^[وف]/, '');
    const asName = word.startsWith('لل') ? 'ال' + word.slice(2) : word.replace(/^[بك](?=ال)/, '');
    if (!asName.startsWith('ال')) continue;
    const before = previousWord(text, written.start);
    if (asName === word && before && describable(before.word)) continue;
    const person = namedEarlier(asName, adj.start);
    if (!person) continue;
    out.people.push({ ...person, start: adj.start, end: adj.end, fromTitle: false });
    out.replaced.add(adj);
  }
  // «واستقبل دياز كانيل …، عباس الذي وصل إلى العاصمة» after «محمود عباس»: a family name a relative clause describes is
  // the person too, unless it is also a word with the article («الصباح الذي» is as likely the morning).
  for (const m of text.matchAll(DESCRIBED_WORD)) {
    const word = m[1]!, start = m.index!, end = start + word.length;
    if (word.startsWith('ال') || spans.overlapping(start, end).length) continue;
    const earlier = namedEarlier(word, start, (p) => p.end <= start);
    if (earlier) out.people.push({ ...earlier, start, end, fromTitle: false });
  }
  return out;
}

/**
 * Whether a word may be the noun a definite adjective after it describes: definite by the article («الرئيس»,
 * «للرئيس») or by a pronoun («نظيره», «وزير خارجيتها»).
 */
function describable(word: string): boolean {
  const w = word.replace(/^[وف]/, '');
  return /^(?:[بلك]?ال|لل)/u.test(w) || /(?:ه|ها|هم|هما|هن|كم|نا)$/u.test(w);
}

/**
 * «زيارة قام بها …», «اللقاء بين الغنوشي وسلامة»: the doer or the parties of an event named before follow; «يذكر أن جيلي
 * هو أول رئيس»: so does the subject of a complement clause, and that of a verb of holding talks («أن يجري البرهان …
 * مباحثات»).
 */
const NAMED_AFTER = new RegExp(`(?<!\\p{L})(?:${[...functionWords.doneBy.words, ...functionWords.partiesAfter.words, ...functionWords.complementizers.words, ...functionWords.madeContacts.words].map(foldForMatch).join('|')})(?!\\p{L})`, 'gu');

/** A name of two or three words may stand between the commas after a title. */
const SET_OFF_NAME = /^\s*[،,]\s*(\p{L}+(?:\s+\p{L}+){1,2})\s*[،,]/u;

/**
 * «وزير الخارجية الفيتنامي، لي هواي ترونغ، بالعاصمة»: name-like words set off by commas right after a title and its
 * nationality are the holder's name, against the gazetteer's dates.
 */
function namedBetweenCommas(text: string, end: number): boolean {
  const m = SET_OFF_NAME.exec(text.slice(end, end + 80));
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  // «لي هواي ترونغ»: a word of two letters («لي», «هو») may open a foreign name; a longer one must open a name
  // («لرئيس الوزراء السوداني، لدولة عربية،» names a place's kind, no one).
  const opens = (w: string) => w.length === 2 || nameLike(w, true);
  return opens(words[0]!) && nameLike(words[words.length - 1]!) && words.every((w, i) => w.length >= 2 && !isNameStopWord(w) && !(i > 0 && w.startsWith('و')));
}

/** A word and the relative pronoun that describes it, set off by a comma or not («جيلي، الذي يقوم بزيارة»). */
const DESCRIBED_WORD = /(?<![\p{L}])(\p{L}+)(?:\s*،)?\s+(?:الذي|التي)(?!\p{L})/gu;

/** The first and last words of a person's Arabic name, folded: the words a story may call them by alone. */
function nameWords(e: EntityMention): string[] {
  const words = foldForMatch(e.nameAr).split(' ');
  return [words[0]!, words[words.length - 1]!];
}

/**
 * The word of a name of several words, as the text writes it, that a story calls the person by again: the last, or the
 * first where names are written family name first («شي جين بينغ» → «شي»); null for a one-word name.
 */
function familyNameOf(text: string, e: EntityMention): string | null {
  const words = text.slice(e.start, e.end).trim().split(/\s+/);
  if (words.length < 2) return null;
  return writesFamilyNameFirst(e.country) ? words[0]! : words[words.length - 1]!;
}

/**
 * «محمود الصبيحي», «ياسر خضر»: people the gazetteer does not know, named without a title, by a given name; and the
 * nationality adjectives that turned out to be their family names («لطفي المغربي»), no longer countries.
 */
function namedWithoutTitle(text: string, found: EntityMention[], matches: LexMatch[], origSlice: (s: number, e: number) => string): { people: EntityMention[]; nisbas: Set<EntityMention> } {
  const known = (s: number, e: number) => matches.some((m) => m.start < e && s < m.end);
  const adjectiveAt = (s: number, e: number) => found.find((x) => x.adjective === true && x.start === s && x.end === e);
  const nisbas = new Set<EntityMention>();
  const titleStarts = new Set(matches.filter((m) => entryOf(m, 'title')).map((m) => m.start));
  const people = findNamedPeople(text, found, known, (s, e) => adjectiveAt(s, e) !== undefined, (at) => titleStarts.has(at)).map((span): EntityMention => {
    const nisba = found.find((x) => x.adjective === true && x.end === span.end && x.start > span.start);
    if (nisba) nisbas.add(nisba);
    // «تعيين هانس جروندبرغ»: a name the gazetteer knows spelled otherwise is that person.
    const variant = spelledOtherwise(text.slice(span.start, span.end).trim());
    if (variant) return { start: span.start, end: span.end, kind: 'person', id: variant.id, nameEn: variant.en, nameAr: variant.ar, role: null, roleFamily: null, country: variant.country, locative: false, fromTitle: false };
    const nameAr = origSlice(span.start, span.end);
    const en = transliterate(nameAr);
    return { start: span.start, end: span.end, kind: 'person', id: 'person-' + (slug(en) || 'x' + nameAr.length), nameEn: en || nameAr, nameAr, role: null, roleFamily: null, country: null, locative: false, fromTitle: false };
  });
  return { people, nisbas };
}

/** How many words the rest of a ministry's name («والتعاون الإفريقي والموريتانيين بالخارج») may take before its holder's. */
const PORTFOLIO_WORDS = 6;
/**
 * The words that go on naming a ministry after its title, when a name follows them: definite words, the first joined by
 * «و». Where they end, and the country whose nationals abroad they name («والتونسيين بالخارج»), if any; else null.
 */
function portfolioGoingOn(text: string, end: number, matches: LexMatch[], j: number): { end: number; nationals: string | null } | null {
  let at = end, nationals: string | null = null;
  const words = [...wordsAhead(text, end, PORTFOLIO_WORDS + 1, /[.\n،,؛:]/)];
  for (const [i, w] of words.entries()) {
    const wordStart = w.end - w.word.length;
    const person = matches.slice(j).find((x) => x.start === wordStart && entryOf(x, 'person'));
    if (person || (i > 0 && isGivenName(w.word))) return i > 0 ? { end: at, nationals } : null;
    if (!(i === 0 ? /^و(?:ال|بال)/ : /^و?(?:ال|بال)/).test(w.word)) return null;
    const adjective = matches.slice(j).find((x) => x.start === wordStart && entryOf(x, 'entity')?.entityKind === 'countryAdj');
    if (adjective) nationals = entryOf(adjective, 'entity')!.id;
    at = w.end;
  }
  return null;
}

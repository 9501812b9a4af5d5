/**
 * What the lexicon matches of an article say, in text order: event triggers (with their «requires» checked), modality
 * cues, future verbs, speech verbs and the markers the dating rules read.
 */
import type { EventType } from '../domain/event';
import type { EntityMention } from './entities';
import { getLexicon, type EventLabel, type LexEntry, type TriggerPos } from './lexicon';
import functionWords from './lexicon/function-words.json';
import { relationOf } from './relations';
import modalityJson from './lexicon/modality.json';
import { entryOf, isWordCode, type LexMatch } from './match';
import { isNameLink, isNamedPlaceNoun } from './names';
import { spanIndex, type SpanIndex } from './span-index';
import { nextWord, previousWord, wordsAhead, wordsBefore, wordsIn } from './spans';
import { foldForMatch } from './normalize';
import { beforeImperfect, type CueHit } from './modality';
import { isSentenceEnd, type Segmentation } from './segment';
import { MONTHS, WEEKDAYS, WEEKDAY_PARTS } from './temporal/lexicon';

export interface TriggerHit {
  start: number; end: number; type: EventType; pos: TriggerPos; weak: boolean; future: boolean; suffix: string; form: string;
  /** A noun with the article («الاجتماع», «باللقاء»): an event the reader already knows of. */
  definite: boolean;
  /** What was discussed («بحث», «تناول»): talks that belong to the event the story tells. */
  discussion: boolean;
  /** «علاقات دبلوماسية منذ عام 1964»: a state begun on the date «منذ» gives right after it. */
  datedBySince?: boolean;
  /** «انعقدت … الدورة الثالثة للمشاورات»: a verb of being held, of the type of the event noun it has for subject. */
  ofItsSubject?: boolean;
  label: EventLabel | null;
  /** «الذكرى الستين لإقامة العلاقات»: what an anniversary commemorates, when that is an event with a label. */
  commemorates?: EventLabel;
}

export type MarkerKind = Extract<LexEntry, { kind: 'marker' }>['marker'];
export interface MarkerHit { start: number; end: number; marker: MarkerKind }

/** Starts of the event verbs the lexicon reads in the imperfect («يستقبل», «تستقبل», «وتعقد»), once per article's tags. */
const IMPERFECT_VERBS = new WeakMap<Tags, ReadonlySet<number>>();
export function imperfectVerbStarts(tags: Tags): ReadonlySet<number> {
  let starts = IMPERFECT_VERBS.get(tags);
  if (!starts) IMPERFECT_VERBS.set(tags, starts = new Set(tags.triggers.filter((t) => t.pos === 'imperfect').map((t) => t.start)));
  return starts;
}

/** Starts of the event verbs the lexicon reads in the past («وصل», «التقى»), once per article's tags. */
const PAST_VERBS = new WeakMap<Tags, ReadonlySet<number>>();
export function pastVerbStarts(tags: Tags): ReadonlySet<number> {
  let starts = PAST_VERBS.get(tags);
  if (!starts) PAST_VERBS.set(tags, starts = new Set(tags.triggers.filter((t) => t.pos === 'verb' && !t.future).map((t) => t.start)));
  return starts;
}

export interface Tags {
  triggers: TriggerHit[];
  cues: CueHit[];
  /** Starts of imperfect verbs with the future prefix س. */
  futurePos: number[];
  /** Starts of speech verbs (قال، أكد…). */
  speechAt: number[];
  markers: MarkerHit[];
}

/**
 * A noun phrase with the article on any of its words, after the conjunction and a preposition: ال, or لل (ل + ال) —
 * «الزيارة», «للقمة», «جلسة المباحثات» (the second term of a construct).
 */
const DEFINITE = /(?:^|\s)[وف]?(?:[بكل]?ال|لل)/;

/** The readings a lookalike cancels: a verb's or an event's, and a marker's («كذلك» is no ك + «ذلك»). */
const CANCELLED_BY_LOOKALIKE = new Set<LexEntry['kind']>(['trigger', 'speech', 'clauseVerb', 'marker']);

/**
 * «وزارة» also reads as و + زار + ه, «فيصل» as ف + يصل, «كذلك» (also) as ك + ذلك: a match that is a lookalike keeps none
 * of those readings, and is no match at all when nothing else is left (so a name after a title can run over it).
 */
export function withoutLookalikeReadings(matches: LexMatch[]): LexMatch[] {
  const out: LexMatch[] = [];
  for (const m of matches) {
    // «الغيني» (Guinean) also reads as «ألغى» + ني: a word that names a nationality is no verb of modality.
    if (m.entries.some((e) => e.kind === 'entity' && e.entityKind === 'countryAdj') && m.entries.some((e) => e.kind === 'cue')) {
      out.push({ ...m, entries: m.entries.filter((e) => e.kind !== 'cue') });
      continue;
    }
    if (!m.entries.some((e) => e.kind === 'lookalike')) { out.push(m); continue; }
    const entries = m.entries.filter((e) => e.kind !== 'lookalike' && !CANCELLED_BY_LOOKALIKE.has(e.kind));
    if (entries.length) out.push({ ...m, entries });
  }
  return out;
}

/** «الأخير», «الأخيرة»: the last of what was named before. */
const LAST_ONE = /^[وف]?الاخير[ةه]?$/u;
/**
 * «ذكر مكتبه في بيان أن "الأخير استقبل …"»: «the last» standing for a noun — a clause's subject, after «أن», a quote or
 * punctuation, or at the start — is the person just named («the latter»), not an event named again.
 */
function theLatter(f: string, m: LexMatch): boolean {
  if (!LAST_ONE.test(f.slice(m.start, m.end))) return false;
  const before = f.slice(Math.max(0, m.start - 4), m.start);
  const word = previousWord(f, m.start);
  return word === null || /["'(:،,.]\s*$/u.test(before) || word.word === 'ان' || word.word === 'لان';
}

/** A cue that is a verb in the future («سيحضر», «ستعقد»): it opens a clause like any main verb. */
const FUTURE_VERB = /^[وف]?س[يتن]/;

/** A lexicon entry that is a verb: one that opens a clause, one of speech, or an event told by a verb. */
const isVerbEntry = (e: LexEntry): boolean => e.kind === 'clauseVerb' || e.kind === 'speech' || (e.kind === 'trigger' && e.pos !== 'noun');

/** Where a verb opens a clause, for the segmenter. */
export function verbStarts(matches: LexMatch[], f: string): Set<number> {
  const at = new Set<number>();
  for (const m of matches) {
    if (m.entries.some((e) => isVerbEntry(e) || (e.kind === 'cue' && e.modality === 'planned' && FUTURE_VERB.test(f.slice(m.start, m.end))))) at.add(m.start);
  }
  return at;
}

/** Where a verb's own first letter is و or ف («وقّعتا», «وصل», «فاز»): the word is no conjunction and what follows. */
export function verbsWithRootConjunctionLetter(matches: LexMatch[], f: string): Set<number> {
  const at = new Set<number>();
  for (const m of matches) {
    if (m.coreStart === m.start && /^[وف]/.test(f.slice(m.start, m.start + 1)) && m.entries.some(isVerbEntry)) at.add(m.start);
  }
  return at;
}

const CARRYING = new Set(functionWords.carrying.words);
/** «على هامش الاجتماع الموسع»: a meeting on whose sidelines talks were held is a gathering, not talks of two. */
const SIDELINES = new Set(functionWords.sidelines.words);
/** Prepositions, but «من», which is also 'who' before a verb («أول من زار»). */
const PREPOSITIONS_NOT_WHO = new Set(functionWords.prepositions.words.filter((w) => w !== 'من'));

/**
 * No verb follows a preposition: «على وقع اشتداد الحرب» is 'amid', a noun that reads as «وقّع» (signed); «في وقت»
 * likewise. A form with a clitic of its own («في الرياض، ووقع») is still a verb.
 */
function nounAfterAPreposition(f: string, m: LexMatch): boolean {
  return m.coreStart === m.start && PREPOSITIONS_NOT_WHO.has(previousWord(f, m.start)?.word.replace(/^و/, '') ?? '');
}

/** How many characters after «كان» a «قد» of the same pluperfect may stand: a few words' worth. */
const PLUPERFECT_REACH = 80;

/** «كان السفير قد نقلها»: a «قد» a few words after the end of «كان» makes one pluperfect with it. */
export function closesPluperfect(f: string, auxEnd: number, particleStart: number): boolean {
  return auxEnd <= particleStart && particleStart - auxEnd <= PLUPERFECT_REACH && wordsIn(f, auxEnd, particleStart) <= getLexicon().pluperfectWindow;
}

export function tagMatches(f: string, matches: LexMatch[], entities: EntityMention[]): Tags {
  const tags: Tags = { triggers: [], cues: [], futurePos: [], speechAt: [], markers: [] };
  /** Where the last «كان» ended. */
  let lastAux = -1;
  const privateTrips: number[] = [];
  const ownPrivateTrip = (at: number) => privateTrips.includes(at);
  const eventNounEnds = new Set(matches.filter((m) => { const t = entryOf(m, 'trigger'); return t?.pos === 'noun' && t.type !== 'agreement'; }).map((m) => m.end));
  const otherEventNounEnds = matches.filter((m) => { const t = entryOf(m, 'trigger'); return t?.pos === 'noun' && t.type !== 'call'; }).map((m) => m.end);
  const eventVerbStarts = matches.filter((m) => { const t = entryOf(m, 'trigger'); return t !== null && t !== undefined && t.pos !== 'noun'; }).map((m) => m.start);
  const anniversaryEnds = matches.filter((m) => entryOf(m, 'trigger')?.type === 'anniversary').map((m) => m.end).sort((a, b) => a - b);
  /** The meeting nouns (singular and plural) told so far as the session of a body: told again, they are that session. */
  const sessionNouns = new Set<string>();
  const spans: Spans = { matches: spanIndex(matches), entities: spanIndex(entities) };
  for (const m of matches) {
    // A word may cue both ways («تأجلت القمة», «القمة تأجلت»): every reading of it is a cue, but a verb after «و»
    // opens a clause of its own («…، وتأجلت المفاوضات»): what it puts off comes after it, not before. A definite
    // participle after «و» still describes the noun before it («القمة العربية الصينية، والمقرر انطلاقها الجمعة»).
    if (!meansSomethingElse(f, m)) {
      const opensClause = m.coreStart > m.start && /[وف]/.test(f[m.start]!) && !f.startsWith('ال', m.coreStart);
      for (const e of m.entries) if (e.kind === 'cue' && !(e.scope === 'before' && opensClause)) tags.cues.push({ start: m.start, end: m.end, modality: e.modality, scope: e.scope, window: e.window });
    }
    // «اتصالين» is a call as it stands, and also a contact that would need someone after «بـ»: the first reading whose
    // words are there.
    const readings = m.entries.filter((e): e is Extract<LexEntry, { kind: 'trigger' }> => e.kind === 'trigger');
    const ready = readings.find((e) => !e.requires || meetsRequirement(f, e.requires, m.start, m.end, spans));
    if (readings.length && m.future) tags.futurePos.push(m.start);
    const t = ready;
    // «في رحلة علاجية»: whether or not the trip noun would be an event, it makes its sentence's travel private.
    if (readings.some((e) => e.type === 'visit' && e.pos === 'noun') && privateTrip(f, m)) privateTrips.push(m.start);
    if (t) {
      const opensProceedings = t.type === 'opening' && proceedingsAfter(f, m.end);
      const medium = t.type === 'call' && t.pos === 'noun' && heldThrough(f, m.start, otherEventNounEnds, eventVerbStarts);
      const answered = t.type === 'invitation' && t.pos === 'noun' && answeredInvitation(f, m);
      const round = t.type === 'visit' ? roundOfTalks(f, m, matches) : null;
      const ofAnAnniversary = commemorated(f, m, t, anniversaryEnds);
      // «سيوفد الرئيس وزير خارجيته إلى الجزائر حاملا رسالة»: a message carried on a trip is part of the trip.
      const carried = t.type === 'statement' && t.pos === 'noun' && CARRYING.has(previousWord(f, m.start)?.word.replace(/^و/, '') ?? '');
      // «الذكرى الستين لإقامة العلاقات الدبلوماسية بين البلدين»: what is commemorated is part of the anniversary's words.
      if (ofAnAnniversary) {
        const anniversary = tags.triggers.findLast((x) => x.type === 'anniversary');
        if (anniversary) { anniversary.end = m.end; if (t.label) anniversary.commemorates = t.label; }
      }
      if (!opensProceedings && !medium && !answered && !(t.discussion && (reviewsTroops(f, m) || searchingFor(f, m))) && !(t.pos === 'noun' && namesAPlace(f, m.start)) && !ownPrivateTrip(m.start) && !(t.type === 'visit' && t.pos !== 'noun' && reachesAPronoun(f, m, entities)) && round !== 'namedByTalks' && !ofAnAnniversary && !carried && !(t.type === 'agreement' && t.pos !== 'noun' && (signsADecree(f, m) || happened(f, m))) && !(t.pos !== 'noun' && nounAfterAPreposition(f, m))) {
        const understanding = t.type === 'agreement' && t.pos !== 'noun' && agreesOnCourse(f, m.end, t.form.includes('تفق'), eventNounEnds);
        const crowd = t.type === 'meeting' && t.pos !== 'noun' && (welcomedByACrowd(f, m) || welcomedOnArrival(f, m));
        const audience = t.type === 'statement' && audienceToldBefore(f, m, tags.triggers);
        const definite = t.pos === 'noun' && DEFINITE.test(f.slice(m.start, m.end));
        const bodySession = t.type === 'meeting' && t.pos === 'noun' && ((relationOf(f, { start: m.start, pos: t.pos }) === null && meetingOfABodyOfStates(f, m, entities)) || sessionOfAJointCommission(f, m) || heldByABody(f, m, entities));
        if (bodySession) for (const form of lexemeForms(t.form)) sessionNouns.add(form);
        // «عقد مجلس السلم والأمن الأفريقي ومجلس الأمن الدولي اجتماعا مشتركا … وتعقد الاجتماعات في مقر الاتحاد»: the same
        // noun told again with the article is that session again.
        const sessionAgain = t.type === 'meeting' && definite && sessionNouns.has(t.form);
        const type = crowd ? 'visit' : audience ? 'meeting' : t.type === 'visit' && t.pos === 'noun' && (callsOnSomeone(f, m, matches, entities) || COURTESY.has(nextWord(f, m.end)?.word ?? '')) ? 'meeting' : round === 'ofAFramework' || (t.type === 'visit' && t.requires?.after.includes('TO_PLACE') && leadsToHostSeat(f, m.end, t.requires.toPlaceWindow))
          // «سيزور قصر بعبدا عند الواحدة ظهراً للقاء رئيس الجمهورية»: a host's seat visited is a call on its host (a short
          // subject may stand between: «زار الرئيس قصر الإليزيه»).
          || (t.type === 'visit' && t.pos !== 'noun' && !t.requires && (leadsToHostSeat(f, m.end, SEAT_OBJECT_WORDS) || callsOnAPerson(f, m, entities))) || (t.type === 'conference' && bilateralSummit(f, m, entities)) ? 'meeting'
          : bodySession || sessionAgain || (t.type === 'meeting' && t.pos === 'noun' && SIDELINES.has(previousWord(f, m.start)?.word ?? '')) ? 'conference' : t.type;
        tags.triggers.push({ start: m.start, end: m.end, type, pos: t.pos, weak: t.weak, future: m.future, suffix: m.suffix, form: t.form, definite, label: t.label, discussion: t.discussion || understanding || crowd, ...(t.datedBySince ? { datedBySince: true } : {}), ...(t.ofItsSubject ? { ofItsSubject: true } : {}) });
      }
    }
    if (entryOf(m, 'speech')) tags.speechAt.push(m.start);
    const mk = entryOf(m, 'marker');
    if (mk && !(mk.marker === 'anaphoric' && theLatter(f, m))) {
      tags.markers.push({ start: m.start, end: m.end, marker: mk.marker });
      if (mk.marker === 'pluAux') lastAux = m.end;
      // «كان السفير قد نقلها»: «قد» after «كان» is the pluperfect, whatever letter the verb after it starts with.
      const pluperfect = lastAux >= 0 && closesPluperfect(f, lastAux, m.start);
      // «فقد تسلم جلالته أوراق اعتماد …»: after «فـ» that explains what was just told, «قد» affirms a past verb; only a
      // verb that is plainly imperfect («فقد يزور») makes it 'may'.
      const explaining = f[m.start] === 'ف' && m.coreStart > m.start;
      if (mk.marker === 'pluParticle' && !pluperfect && beforeImperfect(f, m.end, explaining)) tags.cues.push({ start: m.start, end: m.end, modality: 'hypothetical', scope: 'clause', window: 0 });
    }
  }
  tags.cues.push(...futureVerbCues(f, matches, entities));
  tags.cues.sort((a, b) => a.start - b.start);
  convenedAsTheyAre(f, tags.triggers);
  tags.triggers = withoutOwnerCommissions(f, withoutRequiredObjects(f, tags.triggers, matches)).filter((t) => !arrivesOnAPrivateTrip(f, t, privateTrips));
  tags.triggers.push(...nextLegsWithoutVerb(f, tags.triggers, entities));
  tags.triggers.sort((a, b) => a.start - b.start);
  return tags;
}

const FUTURE_SHAPE = /^[وف]?(س[يتن]\p{L}{3,})$/u;
const FUTURE_LOOKALIKE_ENDINGS = functionWords.futureLookalikes.endings;
const FUTURE_LOOKALIKE_BEGINNINGS = functionWords.futureLookalikes.beginnings;
/** Words no verb follows: the prepositions, and «بين». */
const AFTER_A_PREPOSITION = new Set([...functionWords.prepositions.words, 'بين']);

/**
 * «إن الزعماء سيجرون من 28 أيار إلى 1 حزيران زيارات دولة»: a verb in the imperfect with the future's «سـ» tells a plan
 * over its clause whether or not the lexicon lists it. Words the lexicon or the names already read, and nouns and
 * names that only look like such a verb, are none.
 */
function futureVerbCues(f: string, matches: LexMatch[], entities: EntityMention[]): CueHit[] {
  const read = new Set(matches.map((m) => m.start));
  const cues: CueHit[] = [];
  const word = /\p{L}+/gu;
  for (let m = word.exec(f); m; m = word.exec(f)) {
    const verb = FUTURE_SHAPE.exec(m[0])?.[1];
    if (!verb || read.has(m.index) || FUTURE_LOOKALIKE_ENDINGS.some((e) => verb.endsWith(e)) || FUTURE_LOOKALIKE_BEGINNINGS.some((b) => verb.startsWith(b))) continue;
    const end = m.index + m[0].length;
    if (entities.some((e) => e.start < end && e.end > m!.index)) continue;
    // «بين الرئيس الراحل سينغور و…», «مع سيسوكو»: a word right after a preposition is a noun or a name, not a verb;
    // «الفضيل ولد سيداتي»: so is one right after a word that links the parts of a name.
    const before = previousWord(f, m.index)?.word ?? '';
    if (AFTER_A_PREPOSITION.has(before.replace(/^و/, '')) || isNameLink(before)) continue;
    cues.push({ start: m.index, end, modality: 'planned', scope: 'clause', window: 0 });
  }
  return cues;
}

/**
 * «تسلم الرئيس رسالة خطية»: a weak event noun of another type that is the word a verb's reading required («رسالة» after a
 * verb of handing over) is that event's object, not an event of its own — the first such noun after the verb, in its
 * sentence. One of the verb's own type («يلقي كلمة») tells the same event and stays. So is a weak noun whose first word
 * a noun's reading required («الدورة السابعة للجنة المشتركة»: the session is the commission's, one event).
 */
function withoutRequiredObjects(f: string, triggers: TriggerHit[], matches: LexMatch[]): TriggerHit[] {
  const objects = new Set<TriggerHit>();
  const matchesAt = new Map<number, LexMatch[]>();
  for (const m of matches) matchesAt.set(m.start, [...(matchesAt.get(m.start) ?? []), m]);
  for (const t of triggers) {
    const reading = (matchesAt.get(t.start) ?? []).flatMap((m) => m.entries).find((e): e is Extract<LexEntry, { kind: 'trigger' }> => e.kind === 'trigger' && e.type === t.type && e.form === t.form);
    const required = reading?.requires?.after;
    if (!required) continue;
    const names = (o: TriggerHit) => {
      const words = f.slice(o.start, o.end);
      return t.pos === 'noun' ? required.includes(words.split(' ')[0]!) && wordsIn(f, t.end, o.start) <= reading!.requires!.window : required.includes(words.replace(/^[وفبل]/, ''));
    };
    const object = triggers.find((o) => o.start >= t.end && o.weak && o.pos === 'noun' && o.type !== t.type && names(o));
    if (object && !/[.\n]/.test(f.slice(t.end, object.start))) objects.add(object);
  }
  return objects.size ? triggers.filter((t) => !objects.has(t)) : triggers;
}

/** How many words after a trip verb its next leg may be told with «ثم» and a place alone. */
const NEXT_LEG_REACH = 12;

/**
 * «سوف يتوجه إلى القاهرة الأحد، ثم السعودية الثلاثاء», «يبدأ زيارة إلى مصر، الأحد، ثم السعودية بعد يومين»: after the verb
 * or noun of a trip, «ثم» and a place with no verb of its own is the trip's next leg, told as the trip's word tells the
 * first. The leg's trigger is the place's name.
 */
function nextLegsWithoutVerb(f: string, triggers: TriggerHit[], entities: EntityMention[]): TriggerHit[] {
  const legs: TriggerHit[] = [];
  for (const t of triggers) {
    if (t.type !== 'visit') continue;
    for (const w of wordsAhead(f, t.end, NEXT_LEG_REACH, /[.\n؛]/)) {
      if (w.word !== 'ثم' && w.word !== 'وثم') continue;
      const place = nextWord(f, w.end);
      const at = place ? place.end - place.word.length : -1;
      const e = entities.find((x) => (x.kind === 'country' || x.kind === 'city') && x.start === at);
      if (e && !triggers.some((o) => o.start >= w.end && o.start <= e.end)) {
        legs.push({ ...t, start: e.start, end: e.end, form: f.slice(e.start, e.end), suffix: '', definite: false });
      }
      break;
    }
  }
  return legs;
}

/** How many words may stand between a verb of convening and the noun it convenes («وانعقدت أول قمة بين البلدين»). */
const CONVENED_GAP_WORDS = 2;

/**
 * «وانعقدت أول قمة بين البلدين»: a verb of convening names no kind of its own; it is the kind of the noun it convenes
 * right after it (talks between two, here), not a conference beside them.
 */
function convenedAsTheyAre(f: string, triggers: Tags['triggers']): void {
  for (const [i, verb] of triggers.entries()) {
    if (verb.type !== 'conference' || verb.pos !== 'verb') continue;
    const noun = triggers[i + 1];
    if (noun?.pos === 'noun' && noun.type === 'meeting' && wordsIn(f, verb.end, noun.start) <= CONVENED_GAP_WORDS) verb.type = 'meeting';
  }
}

/**
 * «وسيلتقي الرئيس هولاند الأربعاء، ويلقي خطابا أمام البرلمان الخميس»: a present-tense verb joined by «و» to a future one
 * earlier in the sentence shares its future; it then marks the tense of its own clause group like the first.
 */
export function shareFutureWithConjoined(f: string, seg: Segmentation, tags: Tags): void {
  for (const t of tags.triggers) {
    if (t.pos !== 'imperfect' || t.future || f[t.start] !== 'و') continue;
    const sentence = seg.clauseAt(t.start)?.sentence;
    if (sentence === undefined) continue;
    const s = seg.sentences[sentence]!;
    if (!tags.futurePos.some((p) => p >= s.start && p < t.start)) continue;
    t.future = true;
    tags.futurePos.push(t.start);
  }
  tags.futurePos.sort((a, b) => a - b);
}

const PLACE_NOUNS = new Set(functionWords.placeNouns.words);
const HOME_COUNTRY_NOUNS = new Set(functionWords.homeCountryNouns.words);
const OFFICE_HEADS = new Set(functionWords.officeHeads.words);
const MADE_CONTACTS = new Set(functionWords.madeContacts.words);
const HOST_SEATS = functionWords.hostSeats.words.map(foldForMatch);
const TO = new Set(['الي', 'نحو']);

/**
 * «وصل إلى قصر بعبدا للقاء الرئيس», «توجه إلى البيت الأبيض»: the first place a verb of movement leads to, within its
 * window, is a building a host receives in.
 */
function leadsToHostSeat(f: string, from: number, window: number): boolean {
  for (const w of wordsAhead(f, from, window, /[.\n]/)) {
    const at = TO.has(w.word) ? nextWord(f, w.end) : PLACE_NOUNS.has(w.word) ? w : null;
    if (!at) continue;
    const start = at.end - at.word.length;
    return HOST_SEATS.some((seat) => f.startsWith(seat, start) || f.startsWith('ال' + seat, start)) && !toAttendThere(f, at.end);
  }
  return false;
}

/** Words after a purpose's «لـ» that open an event attended («للمشاركة», «لحضور»). */
const TO_ATTEND = new Set(functionWords.invitedTo.words.filter((w) => w.startsWith('ل')));
/** How many words (the seat's name and town: «قصر الرئاسة في بغداد») may stand between the seat and what is attended there. */
const SEAT_NAME_WORDS = 4;
/** «وصول أمير الكويت إلى قصر الرئاسة في بغداد للمشاركة في القمة»: the seat is where a gathering is attended, not a host's. */
function toAttendThere(f: string, from: number): boolean {
  return [...wordsAhead(f, from, SEAT_NAME_WORDS + 1, /[.\n،,]/)].some((w) => TO_ATTEND.has(w.word.replace(/^و/, '')));
}

const VISITING = /^(?:[وف])?س?(?:زار|يزور|تزور|نزور|يزوران|تزوران)/u;
/** Words that join someone to a trip's subject («برفقة زوجته», «مع وفد»): who follows them goes along, nobody is visited. */
const ALONG_WITH = new Set([...functionWords.accompanying.words, ...functionWords.alongWith.words]);

/**
 * «يزور الموفدان الأميركيان توم براك ومورغان أورتاغوس عند العاشرة صباحا الرئيس جوزاف عون في قصر بعبدا»: a verb of
 * visiting whose object, after its subject, is a person calls on that person — talks, not a trip; a place named first
 * («زار الرئيس التونسي قيس سعيد الجزائر») is where the trip went.
 */
function callsOnAPerson(f: string, m: LexMatch, entities: EntityMention[]): boolean {
  // Only a verb of visiting: the person after «أوفد» or «استقبل» is whom it sends or receives.
  if (!VISITING.test(f.slice(m.start, m.end))) return false;
  const stop = f.slice(m.end).search(/[.\n؛:]/u);
  const end = stop < 0 ? f.length : m.end + stop;
  let subjectEnd = -1;
  const subject = new Set<string>();
  for (const e of entities) {
    if (e.start < m.end || e.start >= end || e.start < subjectEnd) continue;
    if ((e.kind === 'city' || e.kind === 'country' || e.kind === 'organisation') && !e.adjective) return false;
    if (e.kind !== 'person') continue;
    const between = f.slice(subjectEnd, e.start).split(/[^\p{L}]+/u).filter(Boolean);
    // The subject's people, joined by «و» or named one after the other (a title, then the name), and whoever goes along.
    if (subjectEnd < 0 || subject.has(e.id) || between.every((w) => w === 'و') || between.some((w) => ALONG_WITH.has(w.replace(/^[وب]/, '')))) {
      subjectEnd = e.end;
      subject.add(e.id);
      continue;
    }
    return true;
  }
  return false;
}

const CROWDS = new Set(functionWords.crowds.words);
const RECEIVING = /^(?:[وف])?(?:استقبل|يستقبل|تستقبل)/u;

/**
 * «آلاف السودانيين يستقبلون أردوغان», «واستقبل آلاف المواطنين الرئيس التركي»: a crowd that receives a visitor is the
 * trip's welcome (a visit form with the role of discussion, as «كان في استقباله»), not talks.
 */
function welcomedByACrowd(f: string, m: LexMatch): boolean {
  if (!RECEIVING.test(f.slice(m.start, m.end))) return false;
  const before = wordsBefore(f, m.start, functionWords.crowds.reach, Math.max(0, f.lastIndexOf('\n', m.start)));
  const after = nextWord(f, m.end)?.word ?? '';
  return [...before, after].some((w) => CROWDS.has(w.replace(/^[وف]/, '')));
}

/** How many words after a verb of visiting its object, a host's seat, may stand. */
const SEAT_OBJECT_WORDS = 3;
const ARRIVAL_MOMENTS = new Set(functionWords.onArrival.moments);
const ARRIVALS = new Set(functionWords.onArrival.arrival);
/**
 * «واستقبله لدى وصوله إلى مطار هواري بومدين الدولي، الرئيس تبون»: a reception at the visitor's arrival is the trip's
 * welcome (a visit form with the role of discussion, as «كان في استقباله»), not talks.
 */
function welcomedOnArrival(f: string, m: LexMatch): boolean {
  if (!RECEIVING.test(f.slice(m.start, m.end))) return false;
  const ahead = [...wordsAhead(f, m.end, functionWords.onArrival.reach + 1, /[.،,:؛\n]/)];
  return ahead.some((w, i) => ARRIVAL_MOMENTS.has(w.word) && ARRIVALS.has(ahead[i + 1]?.word ?? ''))
    || [...wordsAhead(f, m.end, functionWords.onArrival.airportReach, /[.:؛\n]/)].some((w) => AIRPORTS.has(w.word.replace(/^و/, '')));
}
const AIRPORTS = new Set(functionWords.onArrival.airports);

const REVIEWED_TROOPS = new Set(functionWords.reviewedTroops.words);
/**
 * «واستعرض الرئيسان حرس الشرف», «قبل أن يستعرضا تشكيلة من أفراد الجيش»: reviewing a guard of honour is part of a
 * visitor's welcome, not talks that review relations.
 */
function reviewsTroops(f: string, m: LexMatch): boolean {
  return [...wordsAhead(f, m.end, functionWords.reviewedTroops.reach, /[.،,:؛\n]/)].some((w) => REVIEWED_TROOPS.has(w.word.replace(/^و/, '')));
}

const CALLING_ON_VERBS = new Set(functionWords.callingOn.verbs);
/** How far after the person «إلى» and a place would make it a trip («بزيارة رئيس الوزراء إلى الرياض»). */
const CALL_PLACE_REACH = 6;

/** «قام الأمير … بزيارة رئيس الوزراء السوداني في مقر إقامته»: a visit paid to a person, named or titled right after «بزيارة». */
function callsOnSomeone(f: string, m: LexMatch, matches: LexMatch[], entities: EntityMention[]): boolean {
  if (!f.slice(m.start, m.coreStart).endsWith('ب')) return false;
  if (!wordsBefore(f, m.start, functionWords.callingOn.reach, Math.max(0, f.lastIndexOf('.', m.start))).some((w) => CALLING_ON_VERBS.has(w.replace(/^و/, '')))) return false;
  const next = nextWord(f, m.end);
  if (!next) return false;
  const at = next.end - next.word.length;
  const someone = entities.some((e) => e.kind === 'person' && e.start === at) || matches.some((x) => x.start === at && entryOf(x, 'title') !== undefined);
  return someone && ![...wordsAhead(f, m.end, CALL_PLACE_REACH, /[.،,:؛\n]/)].some((w) => w.word === 'الى' || w.word === 'الي');
}

const SUMMIT_NOUNS = new Set(functionWords.bilateralSummit.nouns);
const BILATERAL = new Set(functionWords.bilateralSummit.after);

const BETWEEN_TWO = new Set(functionWords.bilateralSummit.betweenTwo);
const MANY_AFTER_WITH = new Set(functionWords.bilateralSummit.many.map(foldForMatch));

/**
 * «قمة مع رئيس دولة الإمارات», «قمة ثنائية», «القمة الحكومية الرابعة بين البلدين», «القمة السعودية الأمريكية»: a summit of
 * two is talks between them.
 */
function bilateralSummit(f: string, m: LexMatch, entities: EntityMention[]): boolean {
  if (!SUMMIT_NOUNS.has(f.slice(m.coreStart, m.end))) return false;
  // «القمة السعودية الأمريكية», «قمة أردنية بولندية»: a summit named by two states right after it, and no more.
  const states: EntityMention[] = [];
  let at = m.end;
  for (let w = nextWord(f, at); w && states.length < 3; w = nextWord(f, at)) {
    const start = w.end - w.word.length;
    const state = entities.find((e) => e.kind === 'country' && e.start === start);
    if (!state) break;
    states.push(state);
    at = state.end;
  }
  if (states.length === 2 && states[0]!.id !== states[1]!.id) return true;
  let between = false;
  for (const w of wordsAhead(f, m.end, functionWords.bilateralSummit.reach + 1, /[.،,:؛\n]/)) {
    if (between) return BETWEEN_TWO.has(w.word);
    if (BILATERAL.has(w.word)) return !MANY_AFTER_WITH.has(nextWord(f, w.end)?.word ?? '');
    between = w.word === 'بين';
  }
  return false;
}

const BODY_HEADS = new Set(functionWords.bodyHeads.words);
const ORDINALS = new Set(functionWords.ordinalAdjectives.words);
const OF_MANY_STATES = new Set(functionWords.ofManyStates.words);

/**
 * «اجتماع مجلس الجامعة العربية», «اجتماع المجلس الأوروبي», «اجتماع دولي»: the meeting of a body of states, or one said to
 * be of many, is a conference of them; one «مع» its secretary-general («اجتماع مع الأمين العام للجامعة») is talks.
 * Sessions that only frame what is told at them («على هامش اجتماعات الجمعية العامة») stay frames (the caller asks for a
 * meeting told for itself).
 */
function meetingOfABodyOfStates(f: string, m: LexMatch, entities: EntityMention[]): boolean {
  const orgs = getLexicon().orgs;
  // «اجتماع دولي بصيغة أستانا», «اجتماع متعدد الأطراف»: said to be of many states.
  if (OF_MANY_STATES.has(nextWord(f, m.end)?.word.replace(/^و/, '') ?? '')) return true;
  for (const w of wordsAhead(f, m.end, functionWords.bodyHeads.reach + 1, /[.،,:؛\n]/)) {
    const at = w.end - w.word.length;
    const body = entities.find((e) => e.kind === 'organisation' && e.start <= at && e.end > at);
    if (body) return orgs.get(body.id)?.ofStates === true;
    if (!BODY_HEADS.has(w.word.replace(/^و/, '')) && !ORDINALS.has(w.word)) return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(functionWords.relativePronouns.words);
/**
 * «المأزق الذي وصلت إليه العملية السياسية»: a verb of coming in a relative clause whose «إلى» takes the pronoun of a
 * noun that is no place reaches that noun (a stage, an agreement); «العاصمة التي وصل إليها الرئيس» is a trip.
 */
function reachesAPronoun(f: string, m: LexMatch, entities: EntityMention[]): boolean {
  if (!/^[اإ]لي(?:ه|ها|هما|هم)$/.test(nextWord(f, m.end)?.word ?? '')) return false;
  const relative = previousWord(f, m.start);
  if (!relative || !RELATIVE_PRONOUNS.has(relative.word)) return false;
  const antecedent = previousWord(f, relative.start);
  return antecedent !== null && !isNamedPlaceNoun(antecedent.word) && !PLACE_NOUNS.has(antecedent.word)
    && !entities.some((e) => (e.kind === 'city' || e.kind === 'country') && e.end === relative.start - 1);
}

/** «في زيارة وداعية», «زيارة مجاملة»: a call on someone where they are. */
const COURTESY = new Set(functionWords.courtesyCalls.words);
const COMMISSIONS = new Set(functionWords.jointCommissions.commission);
const JOINT = new Set(functionWords.jointCommissions.joint);
/** How far after the commission's noun its «المشتركة» is looked for (a few adjectives of states and a dash). */
const JOINT_REACH_CHARS = 120;
/** «الاجتماع الحادي عشر للجنة العراقية - الروسية المشتركة»: a meeting noun whose owner is a joint commission. */
function sessionOfAJointCommission(f: string, m: LexMatch): boolean {
  const { reach } = functionWords.jointCommissions;
  const commission = [...wordsAhead(f, m.end, reach, /[.،,:؛\n]/)].find((w) => COMMISSIONS.has(w.word));
  return commission !== undefined && jointAfter(f, commission.end);
}

/** Whether the commission's noun that ends at `end` is a joint one: «المشتركة» within a few words after it. */
function jointAfter(f: string, end: number): boolean {
  // The adjectives of the two states may be joined by a dash («العراقية - الروسية المشتركة»).
  const after = f.slice(end, end + JOINT_REACH_CHARS).split(/[.،,:؛\n]/)[0]!.split(/[^\p{L}]+/u).filter(Boolean);
  return after.slice(0, functionWords.jointCommissions.reach).some((w) => JOINT.has(w));
}

/** A noun's singular and plural forms («اجتماع», «اجتماعات»). */
const lexemeForms = (form: string): string[] => (form.endsWith('ات') ? [form, form.slice(0, -2)] : [form, form + 'ات']);

const BODY_HOLDS = new Set(functionWords.bodyHolds.words);
/**
 * «عقد مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي اجتماعا استثنائيا», «تعقد اللجنة المشتركة
 * اجتماعها»: a meeting noun after a verb of holding whose subject is a body of states or a joint commission is that
 * body's session, a conference; «عقد الوزير اجتماعا مع نظيره» is talks.
 */
function heldByABody(f: string, m: LexMatch, entities: EntityMention[]): boolean {
  let verb: { word: string; start: number } | null = null;
  for (let w = previousWord(f, m.start), n = 0; w && n < functionWords.bodyHolds.reach; w = previousWord(f, w.start), n++) {
    if (BODY_HOLDS.has(w.word.replace(/^و/, ''))) { verb = w; break; }
  }
  if (!verb) return false;
  const orgs = getLexicon().orgs;
  if (/[.،,:؛\n]/.test(f.slice(verb.start, m.start))) return false;
  if (entities.some((e) => e.kind === 'organisation' && e.start > verb!.start && e.end <= m.start && orgs.get(e.id)?.ofStates === true)) return true;
  for (const w of wordsAhead(f, verb.start, wordsIn(f, verb.start, m.start), /[.،,:؛\n]/)) if (COMMISSIONS.has(w.word) && jointAfter(f, w.end)) return true;
  return false;
}

/**
 * «الاجتماع المقبل للجنة المشتركة»: once its meeting noun is the commission's session (a conference), the commission's
 * own weak noun right after it names whose session it is, not a second event.
 */
function withoutOwnerCommissions(f: string, triggers: TriggerHit[]): TriggerHit[] {
  const { reach } = functionWords.jointCommissions;
  return triggers.filter((o) => !(o.weak && o.pos === 'noun' && o.type === 'meeting' && triggers.some((s) => s.type === 'conference' && s.pos === 'noun' && s.end <= o.start
    && wordsIn(f, s.end, o.start) <= reach && !/[.،,:؛\n]/.test(f.slice(s.end, o.start)))));
}

const DECREES = new Set(functionWords.decrees.words);

/** «مرسوم وقعته وزيرة الخارجية», «وقع الرئيس مرسوما بتعيين …»: a verb of signing whose object is a decree or an order. */
function signsADecree(f: string, m: LexMatch): boolean {
  const bare = (w: string) => w.replace(/^[وبف]/, '');
  if (DECREES.has(bare(previousWord(f, m.start)?.word ?? ''))) return true;
  for (const w of wordsAhead(f, m.end, functionWords.decrees.reach, /[.،,:؛\n]/)) if (DECREES.has(bare(w.word))) return true;
  return false;
}

const ANSWERING = new Set(functionWords.answeredInvitation.after);
const INFORMED_OF = new Set(functionWords.answeredInvitation.informedOf);

/** «بدعوة من الرئيس», «تلبية لدعوة من نظيره»: the invitation a trip answers, issued before it, is no event of the trip's day. */
function answeredInvitation(f: string, m: LexMatch): boolean {
  const clitic = f.slice(m.start, m.coreStart).replace(/^[وف]/, '');
  // «واستجابة للدعوة المقدمة»: «لـ» with the article («لل») as much as without it.
  const sentenceStart = Math.max(f.lastIndexOf('.', m.start), f.lastIndexOf('،', m.start), f.lastIndexOf(',', m.start), f.lastIndexOf('\n', m.start)) + 1;
  const informedOf = wordsBefore(f, m.start, functionWords.answeredInvitation.informedOfReach, sentenceStart).some((w) => INFORMED_OF.has(w.replace(/^و/, '')));
  return (clitic === 'ب' && !informedOf) || (/^لل?$/.test(clitic) && ANSWERING.has(previousWord(f, m.start)?.word ?? ''));
}

const MEDIA = new Set(functionWords.heldThrough.media);
const TECHNIQUES = new Set(functionWords.heldThrough.techniques);
/**
 * How many words («افتراضيا», «رفيع المستوى», «لآلية التشاور السياسي بين مصر والمكسيك») may stand between an event's
 * noun and the medium it is held through, in one clause with no event's verb between them.
 */
const MEDIUM_REACH = 8;

/**
 * «قمة عبر تقنية الاتصال المرئي», «عقدت الجولة الحادية عشرة لآلية التشاور … عبر تقنية الاتصال المرئي»: a call noun
 * after «عبر» (or «بواسطة») in the clause of another event's noun is how that event is held, not a call of its own.
 * After a verb («بحث الرئيس عبر الاتصال المرئي») the call is the event itself.
 */
function heldThrough(f: string, at: number, otherEventEnds: number[], eventVerbStarts: number[]): boolean {
  let before = previousWord(f, at);
  if (before && TECHNIQUES.has(before.word)) before = previousWord(f, before.start);
  if (!before || !MEDIA.has(before.word)) return false;
  const mediumAt = before.start;
  return otherEventEnds.some((end) => end <= mediumAt && wordsIn(f, end, mediumAt) <= MEDIUM_REACH && !/[.،,\n]/.test(f.slice(end, mediumAt))
    && !eventVerbStarts.some((v) => v >= end && v < mediumAt));
}

const HAPPENED_VERBS = new Set(functionWords.happened.verbs);
const RELATIVES_OF_AN_INCIDENT = new Set(functionWords.happened.relatives);
const INCIDENTS = new Set(functionWords.happened.incidents);
const incident = (word: string | undefined) => word !== undefined && INCIDENTS.has(word.replace(/^[وف]/, '').replace(/^ال/, ''));
/** «وقع انفجار في العاصمة», «الهجوم الذي وقع أمس»: an incident happened; nothing was signed. */
function happened(f: string, m: LexMatch): boolean {
  if (!HAPPENED_VERBS.has(f.slice(m.coreStart, m.end))) return false;
  if (incident(nextWord(f, m.end)?.word)) return true;
  const relative = previousWord(f, m.start);
  return relative !== null && RELATIVES_OF_AN_INCIDENT.has(relative.word) && incident(previousWord(f, relative.start)?.word);
}

const SEARCH_VERBS = new Set(functionWords.searchingFor.verbs);
const SEARCH_AFTER = new Set(functionWords.searchingFor.after);
/** «بحثا عن حياة أفضل»: in search of something, not talks. */
const searchingFor = (f: string, m: LexMatch) => SEARCH_VERBS.has(f.slice(m.coreStart, m.end)) && SEARCH_AFTER.has(nextWord(f, m.end)?.word ?? '');

/** «في قصر بيان», «بقصر المؤتمرات»: an event noun right after the noun of a named place is the place's name. */
const TOUR_NOUNS = new Set(functionWords.tourNouns.words);
const ROUND_OF = 'من';
const ROUND_REACH = 3;
const ROUND_FRAMES = new Set(functionWords.roundFrames.words);

/**
 * «عشية انطلاق الجولة الثانية من المحادثات بين الولايات المتحدة وإيران»: a tour noun followed, within a few words, by
 * «من» or «ل» and a noun of talks is a round of those talks, not a trip, and the talks' own noun tells the event;
 * followed by «ل» or «من» and the framework the talks are held in («الجولة الحادية عشرة لآلية التشاور السياسي», «الجولة
 * الرابعة للحوار الاستراتيجي»), the round is itself the talks. «جولة لبحث …» is a trip, for talks.
 */
function roundOfTalks(f: string, m: LexMatch, matches: LexMatch[]): 'namedByTalks' | 'ofAFramework' | null {
  if (!TOUR_NOUNS.has(f.slice(m.coreStart, m.end).replace(/^ال/, ''))) return null;
  const talksNounAt = (at: number, glued: boolean) => matches.some((o) => {
    const t = entryOf(o, 'trigger');
    return t?.type === 'meeting' && t.pos === 'noun' && !t.discussion && (glued ? o.start === at && o.coreStart > at : o.start > at && wordsIn(f, at, o.start) === 0);
  });
  for (const w of wordsAhead(f, m.end, ROUND_REACH, /[.،,\n]/)) {
    if (w.word === ROUND_OF) {
      if (talksNounAt(w.end, false)) return 'namedByTalks';
      // «الجولة الثانية من الحوار الاستراتيجي»: a round of the framework, as with «ل».
      return ROUND_FRAMES.has(nextWord(f, w.end)?.word.replace(/^ال/, '') ?? '') ? 'ofAFramework' : null;
    }
    if (!w.word.startsWith('ل')) continue;
    if (talksNounAt(w.end - w.word.length, true)) return 'namedByTalks';
    // «للحوار» is «ل» and the article; «لآلية» is «ل» alone.
    return ROUND_FRAMES.has(w.word.startsWith('لل') ? w.word.slice(2) : w.word.slice(1)) ? 'ofAFramework' : null;
  }
  return null;
}

/** How many words (an ordinal, «الـ 250») may stand between an anniversary's noun and what it commemorates. */
const COMMEMORATED_REACH = 3;

/**
 * «ستحتفل البرتغال والمغرب بالذكرى الـ 250 لمعاهدة السلام», «بمرور 25 عاما على إقامة العلاقات»: a treaty or a visit an
 * anniversary is «of» (or the years passed «since») was made long before the anniversary; the anniversary, not the
 * treaty, is what is told on its date.
 */
function commemorated(f: string, m: LexMatch, t: Extract<LexEntry, { kind: 'trigger' }>, anniversaryEnds: number[]): boolean {
  if (t.pos !== 'noun' || t.type === 'anniversary' || !(/^و?ل/.test(f.slice(m.start, m.coreStart)) || previousWord(f, m.start)?.word === 'علي')) return false;
  // The last anniversary's noun that ends before this one (the ends are sorted).
  let lo = 0, hi = anniversaryEnds.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (anniversaryEnds[mid]! <= m.start) lo = mid + 1; else hi = mid; }
  const end = anniversaryEnds[lo - 1];
  return end !== undefined && wordsIn(f, end, m.start) <= COMMEMORATED_REACH && !/[.،,:\n]/.test(f.slice(end, m.start));
}

const AUDIENCE = 'مقابله';
/**
 * «استقبل … لامي … وجرى خلال المقابلة استعراض …»: «المقابلة» after a reception or talks, where no interview was told, is
 * that audience named again, not an interview.
 */
function audienceToldBefore(f: string, m: LexMatch, before: TriggerHit[]): boolean {
  if (!f.slice(m.start, m.end).endsWith('ال' + AUDIENCE)) return false;
  return before.some((t) => t.type === 'meeting' && !t.discussion) && !before.some((t) => t.type === 'statement' && t.form === AUDIENCE);
}

const PRIVATE_TRIP = new Set(functionWords.privateTrips.words);
/** «رحلته العلاجية بألمانيا»: a trip noun whose next word makes it a private matter (medical care), not a visit. */
function privateTrip(f: string, m: LexMatch): boolean {
  const next = nextWord(f, m.end)?.word.replace(/^لل/, 'ال') ?? '';
  return PRIVATE_TRIP.has(next);
}

/** How many words may stand between a verb of travel and the private trip it is made on. */
const PRIVATE_TRIP_REACH = 10;
/** «وصل الرئيس إلى ألمانيا، أمس، في رحلة للعلاج»: a verb of travel whose sentence goes on to call the trip private. */
function arrivesOnAPrivateTrip(f: string, t: { type: EventType; pos: TriggerPos; start: number; end: number }, privateTrips: number[]): boolean {
  return t.type === 'visit' && t.pos !== 'noun'
    && privateTrips.some((at) => at > t.start && wordsIn(f, t.end, at) <= PRIVATE_TRIP_REACH && !/[.؟!:\n]/.test(f.slice(t.end, at)));
}

function namesAPlace(f: string, at: number): boolean {
  const before = previousWord(f, at);
  return before !== null && isNamedPlaceNoun(before.word);
}

const NOT_AFTER: Record<string, string[]> = modalityJson.notAfter.words;
const NOT_BEFORE: Record<string, string[]> = modalityJson.notBefore.words;

/** How many words (the subject: «رفض البيت الأبيض التعليق») may stand between a cue word and the word that changes its sense. */
const NOT_BEFORE_REACH = 6;

/** «من أجل», «رفض البيت الأبيض التعليق»: a cue word that means something else after the word before it or before a word a few words on. */
function meansSomethingElse(f: string, m: LexMatch): boolean {
  const cue = f.slice(m.coreStart, m.end);
  const excluded = NOT_AFTER[cue];
  if (excluded !== undefined && excluded.includes(previousWord(f, m.start)?.word ?? '')) return true;
  const before = NOT_BEFORE[cue];
  if (before === undefined) return false;
  for (const w of wordsAhead(f, m.end, NOT_BEFORE_REACH, /[.،,\n]/)) if (before.includes(w.word)) return true;
  return false;
}
const AGREED_COURSES = new Set(functionWords.agreedCourses.words);
const PROCEEDINGS = new Set(functionWords.proceedings.words);

/**
 * «افتتحت، اليوم، بالعاصمة، أشغال المؤتمر»: what was opened is a meeting's proceedings, within twelve words of the
 * sentence (a subject with a long name may come first: «افتتح رئيس الوزراء الصيني وين جياباو اليوم الخميس الاجتماع»).
 */
function proceedingsAfter(f: string, from: number): boolean {
  for (const w of wordsAhead(f, from, 12, /[.\n]/)) if (PROCEEDINGS.has(w.word.replace(/^(?:و?ال|و)/, ''))) return true;
  return false;
}

/** A short phrase set off by commas right after a word («، في اجتماعها أبريل الماضي،»), and how far one may reach. */
const INSERTED_PHRASE = /^\s*[،,][^،,.\n]{1,60}[،,]/;
const INSERTED_PHRASE_REACH = 64;

const LEADING_QUOTE = /^\s*["']/;
/** How many words the subject and its asides may take between an agreement verb and «على». */
const AGREED_REACH = 20;
/** How many words an aside set off by commas may hold («خلال اتصال هاتفي», «اليوم الخميس»). */
const ASIDE_WORDS = 4;
/**
 * Whether the commas in the words after an agreement verb only set off its subject and short asides: every stretch
 * between commas is short, and, before «على» (`closed`), nothing follows the last comma.
 */
function setOffOnly(words: string, closed: boolean): boolean {
  const parts = words.split(/[،,]/).slice(1);
  const last = parts.pop() ?? '';
  const short = (part: string) => part.split(/[^\p{L}\d]+/u).filter(Boolean).length <= ASIDE_WORDS;
  return parts.every(short) && (closed ? last.trim() === '' : short(last));
}

/** «اتفق مع رئيس الوزراء أنه من الأنسب تأجيل القمة»: what «اتفق» (not «وقع») tells as a clause is an understanding too. */
const AGREED_THAT = new Set(['ان', 'انه', 'بان', 'بانه', 'انهما']);

/**
 * «اتفق الرئيسان على مواصلة التنسيق»: «على» and a course of action, or «أن» and what was agreed, within fourteen words
 * (names are long), in the same clause. «اتفقوا على الاجتماع نهاية الشهر»: «على» and an event's own noun (its match
 * ending where the word does) is an event agreed on, told by its own word.
 */
function agreesOnCourse(f: string, from: number, agreeVerb: boolean, eventNounEnds: Set<number>): boolean {
  // «اتفقت، في اجتماعها أبريل الماضي، على تنسيق العمل»: what was agreed may follow a phrase set off by commas.
  const aside = INSERTED_PHRASE.exec(f.slice(from, from + INSERTED_PHRASE_REACH));
  const start = from + (aside?.[0].length ?? 0);
  for (const w of wordsAhead(f, start, AGREED_REACH, /[.\n]/)) {
    // «واتفق بومبيو وولي العهد الاثنين، على أهمية …»: a comma may close the subject and its date right before «على»;
    // «اتفق بوتين والسوداني، خلال اتصال هاتفي، اليوم /الخميس/، على تأجيل القمة»: so may short asides after it.
    const before = f.slice(start, w.end - w.word.length);
    const on = w.word === 'علي' || w.word === 'وعلي';
    if (/[،,]/.test(before) && !setOffOnly(before, on)) return false;
    if (agreeVerb && AGREED_THAT.has(w.word)) return true;
    if (w.word === 'علي' || w.word === 'وعلي') {
      // «اتفقا على "مواصلة الاتصالات"»: the course may be quoted.
      const next = nextWord(f, w.end + (LEADING_QUOTE.exec(f.slice(w.end, w.end + 4))?.[0].length ?? 0));
      const course = next?.word.replace(/^(?:ال|لل|ب)/, '') ?? '';
      return AGREED_COURSES.has(course) || AGREED_COURSES.has('ال' + course) || (next !== null && eventNounEnds.has(next.end));
    }
  }
  return false;
}
/** Whether the first word after a verb is a person or a title: the verb's subject («حل الوزير …»). */
/** An article's lexicon matches and entities, indexed by position. */
interface Spans { matches: SpanIndex<LexMatch>; entities: SpanIndex<EntityMention> }

function personRightAfter(f: string, from: number, spans: Spans): boolean {
  let p = from;
  while (p < f.length && !isWordCode(f.charCodeAt(p))) { if (f[p] === '\n' || f[p] === '.') return false; p++; }
  return spans.entities.overlapping(p, p + 1).some((e) => e.kind === 'person') || spans.matches.startingAt(p).some((m) => entryOf(m, 'title') !== undefined || entryOf(m, 'person') !== undefined);
}

const REACHED_AMOUNT = new Set(functionWords.reachedAmount.words);
const AMOUNT_SUBJECTS = new Set(functionWords.reachedAmount.subjects);
/** «وصل إلى 3 مليارات», «وصلت إلى أكثر من …»: «إلى» before a number or a word of amount or level reaches a figure. */
function reachesAnAmount(f: string, after: number, word: string): boolean {
  if (word !== 'الي' && word !== 'الى') return false;
  const next = nextWord(f, after);
  return next !== null && (/^[0-9٠-٩]/.test(next.word) || REACHED_AMOUNT.has(next.word));
}

/** The words of a date: the names of the months and weekdays, and the words of a part of a day. */
const DATE_WORDS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PARTS].flatMap((k) => k.split(' ')));

/** How many words before contacts («اتصالات») the verb that made them may stand: its subject named in full between. */
const BLESSINGS = new Set(functionWords.blessings.words);

const MADE_CONTACTS_REACH = 8;
const madeBefore = (f: string, start: number) => {
  const sentenceStart = Math.max(f.lastIndexOf('.', start), f.lastIndexOf('\n', start), 0);
  return wordsBefore(f, start, MADE_CONTACTS_REACH, sentenceStart).some((w) => MADE_CONTACTS.has(w));
};

/** «شرفه», «معها»: a pronoun of the third person glued to the end of a word. */
const POINTING_BACK_SUFFIX = /(?:هما|هم|ها|ه)$/u;

/**
 * One of the required words (or a person for 'PERSON', a person or a title for 'PERSON_OR_TITLE', a person or title after «بـ» for 'WITH_PERSON', a place for 'PLACE') within `window` words after the trigger, or
 * a place after a preposition of place ('TO_PLACE') within `toPlaceWindow` words, in its sentence.
 */
function meetsRequirement(f: string, r: NonNullable<Extract<LexEntry, { kind: 'trigger' }>['requires']>, start: number, from: number, spans: Spans): boolean {
  let p = from, n = 0, baApart = false;
  // «الذي يصل عددهم حوالي 140 جنديا في سوريا»: a count or an amount that reaches a figure arrives nowhere.
  if ((r.after.includes('PLACE') || r.after.includes('TO_PLACE')) && AMOUNT_SUBJECTS.has(nextWord(f, from)?.word ?? '')) return false;
  const toPlace = r.after.includes('TO_PLACE');
  // After its subject, an arrival verb reaches a place with «بـ» («حل الوزير … بمراكش»); «حل الرئيس البرلمان … في تونس» dissolved
  // something. A subject told before «قد» («وكان رئيس الحكومة … قد حل أمس بالمملكة») is as much its subject.
  const subjectBefore = previousWord(f, start)?.word === 'قد';
  const atPlaceAfterSubject = !toPlace && r.after.includes('SUBJECT_TO_PLACE') && (subjectBefore || personRightAfter(f, from, spans));
  const locativePlace = (s: number, e: number) => spans.entities.overlapping(s, e).some((x) => (x.kind === 'city' || x.kind === 'country') && x.locative && x.start <= s && x.end >= e);
  /** Whether a person's name covers the word [s, e). */
  const personAt = (s: number, e: number) => spans.entities.overlapping(s, e).some((x) => x.kind === 'person' && x.start <= s && x.end >= e);
  const titleStartsAt = (s: number) => spans.matches.startingAt(s).some((m) => entryOf(m, 'title') !== undefined);
  while (p < f.length && n < Math.max(r.window, toPlace || atPlaceAfterSubject ? r.toPlaceWindow : 0)) {
    // «توجه د. بدر عبد العاطي … إلى إسلام آباد»: the stop of an initial does not end the sentence.
    while (p < f.length && !isWordCode(f.charCodeAt(p))) { if (f[p] === '\n' || (f[p] === '.' && isSentenceEnd(f, p))) return false; p++; }
    const s = p;
    while (p < f.length && isWordCode(f.charCodeAt(p))) p++;
    // A subject named in full («رئيس الجمهورية قيس سعيد») counts as one word, and a number none: the window is for the
    // words that stand between.
    // A style («جلالة السلطان», «فخامة الرئيس») and a blessing («حفظه الله ورعاه») count for nothing either.
    const inName = (x: { start: number; end: number }) => x.start < s && x.end >= p;
    const number = /^[0-9]/.test(f[s]!);
    const style = spans.matches.startingAt(s).some((m) => entryOf(m, 'title')?.role === 'honorific') || BLESSINGS.has(f.slice(s, p));
    // «غادر الرئيس يوم الأحد، 13 كانون الثاني/يناير، إلى الولايات المتحدة»: nor do the words of a date.
    const dateWord = DATE_WORDS.has(f.slice(s, p).replace(/^و/, ''));
    if (!number && !style && !dateWord && !(spans.entities.overlapping(s, p).some((e) => e.kind === 'person' && inName(e)) || spans.matches.overlapping(s, p).some((m) => inName(m) && entryOf(m, 'title')))) n++;
    const tok = f.slice(s, p);
    // «اتصالا بـ"توكاييف"»: «بـ» written apart, the name after it is what it takes.
    const glued = baApart;
    baApart = tok === 'ب' || tok === 'وب';
    if (toPlace && (PLACE_NOUNS.has(tok) || locativePlace(s, p))) return true;
    if (atPlaceAfterSubject && /^و?ب/.test(tok) && (locativePlace(s, p) || HOME_COUNTRY_NOUNS.has(tok.replace(/^و?ب/, '')))) return true;
    if (n > r.window) continue;
    const bare = tok.startsWith('و') ? tok.slice(1) : tok;
    // «أقامها على شرفه»: the word with a pronoun that points back is the word.
    const unsuffixed = bare.replace(POINTING_BACK_SUFFIX, '');
    if ((r.after.includes(tok) || r.after.includes(bare) || (unsuffixed.length > 1 && r.after.includes(unsuffixed))) && !reachesAnAmount(f, p, bare)) return true;
    if (r.after.includes('PERSON') && personAt(s, p)) return true;
    if (r.after.includes('PERSON_OR_TITLE') && (personAt(s, p) || titleStartsAt(s))) return true;
    // «قيس بن محمد»: the «بن» inside a name is no «بـ»; «بن زايد» opening one is the name.
    const opensWithBa = /^و?ب/.test(tok) && (!isNameLink(tok) || spans.entities.startingAt(s).some((e) => e.kind === 'person'));
    if (r.after.includes('WITH_PERSON') && (glued || opensWithBa) && (personAt(s, p) || titleStartsAt(s)
      // «أجرى اتصالا برئيس ساحل العاج»; «قنوات الاتصال بالرئيس» is a means of contact, not a call.
      || (OFFICE_HEADS.has(tok.replace(/^و?ب/, '')) && !/ال$/.test(f.slice(Math.max(0, start - 2), start)) && !/^[وف]?ال/.test(f.slice(start, from))))) return true;
    // «أجرى بلينكن اتصالات مع وزيري الخارجية»: contacts someone made with people named or titled after «مع».
    if (r.after.includes('WITH_PERSON') && bare === 'مع' && madeBefore(f, start)) {
      const next = nextWord(f, p);
      const at = next ? next.end - next.word.length : -1;
      if (next && (personAt(at, next.end) || titleStartsAt(at))) return true;
    }
    if (r.after.includes('PLACE') && spans.entities.overlapping(s, p).some((e) => (e.kind === 'city' || e.kind === 'country') && !e.adjective && e.start <= s && e.end >= p)) return true;
    for (const w of r.after) if (w.includes(' ') && f.startsWith(w, s)) return true;
  }
  return false;
}

/**
 * From tagged triggers to event candidates. The triggers of one clause group are split by family and modality; each
 * part becomes a candidate with its date (a phrase in a trigger's clause, else elsewhere in the group), the span that
 * states it, the flags the undated-event rules read, its participants and its place.
 */
import { PRECISIONS, type EventDate, type EventType, type Modality, type Participant } from '../domain/event';
import { iso, parseIso } from './temporal/calendar';
import { tellsEnding } from './temporal/durations';
import { followsAnEnding, isBegunBound, isUntilBound, lookup, ORDINALS as ORDINAL_NUMBERS } from './temporal/lexicon';
import { explained, reasonOf } from './temporal/explain';
import { shiftedDate, type EventOffset } from './temporal/offsets';
import functionWords from './lexicon/function-words.json';
import { CEREMONY_WORDS, DEMONSTRATIVES, endOfEvent, followsWhatCameBefore, inList, isReturnVerb, JOINERS, placingWord, RELATION_WORDS, relationOf } from './relations';
import { MAX_QUOTE, referenceDay, type ArticleContext } from './article-context';
import type { ArticleDates, DatePhrase } from './article-dates';
import { familyOf, typeInfo } from '../domain/event-types';
import { participantKey, placesConflict, toParticipant, toPlace, type Candidate, type CandidateFlags, type DateKind, type EventRelation } from './candidate';
import { heldThroughout, type EntityMention } from './entities';
import { getLexicon } from './lexicon';
import { foldForMatch } from './normalize';
import { modalityAt, opensAttribution, opensFrame, takingPartIn, toldInThePresent, type CueHit } from './modality';
import { groupHead, type Clause, type Segmentation, type Sentence } from './segment';
import type { Speakers } from './speakers';
import { nextToken, nextWord, previousWord, trimSpan, within, wordsAhead, wordsBefore, wordsIn, type Span } from './spans';
import { closesPluperfect, imperfectVerbStarts, type TriggerHit } from './tags';
import { calledOffLabel } from './titles';
import { isWordCode } from './match';
import { WELCOME_NOUNS } from './trips';

interface Item {
  t: TriggerHit;
  cl: Clause;
  /** The trigger's clause and the relative or subordinate clauses that follow it («زيارة الدولة التي قام بها … في ماي»). */
  own: Clause[];
  modality: Modality;
  /** «على هامش الزيارة», «قبل موكب التوقيع»: a noun the event is placed against, and how. */
  relation: EventRelation | null;
  /** A trip noun placed against: the frame of another event, which names the candidate. */
  framed: boolean;
  /** «اتفقا على تبادل الزيارات»: planned by an agreement; the clause's date is the agreement's. */
  agreedOn: boolean;
  /** «منذ اتفاق بكين»: a past reference point of the clause, dated only by its own words. */
  since: boolean;
  /** «تسلم دعوة … للمشاركة في القمة»: the meeting an invitation is to, planned and dated only by its own words. */
  invitedTo: boolean;
  /** «وصل … للمشاركة في القمة»: the meeting a trip goes to attend, dated only by its own words (attendedOnATrip). */
  attended: boolean;
  /** «وتأتي الزيارة بعد …», «وجاءت زيارته»: the story's event named again; the dates around it are other events'. */
  refersBack: boolean;
  /** «وصل الرئيس إلى مسقط، والتقى السلطان»: talks told by a verb of their own after the trip, an event held on it. */
  heldOnTrip?: boolean;
  /** «كما أشرف رفقة ولد الغزواني، على توقيع مذكرة تفاهم»: a noun someone is told to have presided over, in the past. */
  presided: boolean;
}

/** What every candidate of one clause group reads. */
interface GroupScope {
  ctx: ArticleContext;
  dates: ArticleDates;
  speakers: Speakers;
  group: number;
  /** The group's clauses, in order. */
  clauses: Clause[];
  /** Every trigger of the group, including those of other candidates. */
  triggers: TriggerHit[];
}

const clauseDates = (dates: ArticleDates, cl: Clause) => within(dates.usable, cl.start, cl.end);
const inAny = (clauses: Clause[]) => (x: { start: number }) => clauses.some((c) => x.start >= c.start && x.start < c.end);
const startsReport = (cl: Clause | undefined) => cl?.startKind === 'comp' || cl?.startKind === 'quote';

export function buildCandidates(ctx: ArticleContext, dates: ArticleDates, speakers: Speakers): Candidate[] {
  const { seg } = ctx;
  const clausesOfGroup = new Map<number, Clause[]>();
  for (const c of seg.clauses) { const g = clausesOfGroup.get(c.group) ?? []; g.push(c); clausesOfGroup.set(c.group, g); }
  const triggersOfGroup = new Map<number, TriggerHit[]>();
  for (const t of ctx.tags.triggers) {
    const cl = seg.clauseAt(t.start);
    if (!cl) continue;
    const arr = triggersOfGroup.get(cl.group) ?? [];
    arr.push(t);
    triggersOfGroup.set(cl.group, arr);
  }
  const candidates: Candidate[] = [];
  const announcements: Candidate[] = [];
  // «أرجأ … إلى 15 مايو»: the plan at the date an event was put off to.
  const plansPutOffTo: Candidate[] = [];
  for (const [group, triggers] of triggersOfGroup) {
    const scope: GroupScope = { ctx, dates, speakers, group, clauses: clausesOfGroup.get(group)!, triggers };
    const first = candidates.length;
    for (const family of families(scope)) {
      const told = oneWithEachParty(scope, family, candidateOf(scope, family, candidates.length)).flatMap((c) => oneOnEachDate(scope, c))
        .map((c) => announcedThatDay(scope, family, c) ?? c);
      candidates.push(...onTheTrip(scope, family, told));
      const announced = announcementOf(scope, family, told[0]!);
      if (announced) announcements.push(announced);
      const rescheduled = rescheduledOf(scope, family, told[0]!);
      if (rescheduled) plansPutOffTo.push(rescheduled);
    }
    keepOccasionsApart(ctx, candidates.slice(first));
    keepOpenedTripsApart(ctx, candidates.slice(first));
    keepNextTripsApart(ctx, candidates.slice(first));
    keepCountedApart(candidates.slice(first));
  }
  // «أجرى بوتين اتصالا هاتفيا مع السوداني اليوم… وأوضح الكرملين أنه من الأنسب إرجاء القمة»: what talks that day
  // decided is told as their outcome; the talks are the news, the announcement only their source. (Talks with no date
  // words of their own take the article's day later, as the announcement does.)
  const talksThatDay = (a: Candidate) => candidates.some((c) => (c.type === 'call' || c.type === 'meeting') && c.modality === 'occurred'
    && !c.flags.discussion && (c.date === null ? !c.flags.noFallback : c.date.start === a.date?.start && c.date.end === a.date?.end));
  candidates.push(...announcements.filter((a) => !talksThatDay(a)), ...plansPutOffTo);
  candidates.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.order - b.order);
  candidates.forEach((c, i) => { c.order = i; });
  alsoAnother(ctx, candidates);
  anotherOfItsKind(ctx, candidates);
  doerGoesOn(ctx, candidates);
  return candidates;
}

const ANOTHER = new Set(functionWords.anotherOfItsKind.words);
/** Events each held on its own: another one is another event. */
const HELD_APART = new Set<EventType>(['call', 'visit', 'meeting', 'conference']);
/**
 * «يأتي هذا الاتصال بعد ساعات من اتصال آخر أجراه جينتيلوني بأمير قطر»: an event's noun followed by «آخر» tells another
 * event of its kind than the last one told before it. Candidates in text order.
 */
function anotherOfItsKind(ctx: ArticleContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    // «ومذكرة تفاهم أخرى»: another document is signed at the same signing.
    if (c.apartFrom || !HELD_APART.has(c.type) || !c.triggers.some((t) => t.pos === 'noun' && ANOTHER.has(nextWord(ctx.folded, t.end)?.word ?? ''))) continue;
    c.apartFrom = candidates.filter((d) => d.order < c.order && d.type === c.type && !d.attachOnly).pop() ?? null;
  }
}

/**
 * «استقبل الرئيس عون سفير اليابان … كما استقبل الرئيس عون مجموعة من خريجي الجامعة»: a verb of meeting opened by «كما»
 * tells another meeting than the last one told before it, whoever the article names in each. Candidates in text order.
 */
function alsoAnother(ctx: ArticleContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    const t = c.triggers[0];
    if (!t || c.apartFrom || c.type !== 'meeting' || t.type !== 'meeting' || t.pos === 'noun' || t.discussion) continue;
    const cl = ctx.seg.clauseAt(t.start);
    if (!cl) continue;
    // «والتقى الشيباني، اليوم الجمعة أيضا، رئيسة البنك الأوروبي»: «أيضا» after the verb, before whom it met, says so too.
    const sentenceEnd = ctx.seg.sentences[cl.sentence]!.end;
    const nextEvent = ctx.tags.triggers.find((o) => o.start >= t.end)?.start ?? sentenceEnd;
    const alsoAfter = ALSO_AFTER.test(ctx.folded.slice(t.end, Math.min(nextEvent, sentenceEnd, t.end + ALSO_REACH_CHARS)));
    const alsoBefore = ALSO.test(ctx.folded.slice(cl.start, t.start));
    if (!alsoBefore && !alsoAfter) continue;
    // «ويعقد الوزير اليوم مباحثات مع نظيره، كما سيلتقي وزير التجارة»: the talks told before may be told in another tense.
    c.apartFrom = candidates.filter((d) => d.order < c.order && d.type === 'meeting' && !d.flags.discussion && !d.attachOnly).pop() ?? null;
    // «سيتوجه إلى بكين حيث سيلتقي الرئيس الصيني، كما سيجتمع في لقاء ثلاثي»: what the sentence told before ends where
    // «كما» opens the other talks.
    if (alsoBefore) for (const d of candidates) if (d.order < c.order && d.sentence === c.sentence) endMentionsAt(ctx.text, d, ctx.original(cl.start, cl.start + 1).start);
  }
}

/**
 * «سيتوجه الرئيس التركي إلى الرياض يوم الجمعة وأنه سيستأنف برنامجه بزيارة جيبوتي يوم السبت»: a leg of a trip told
 * with no one named is made by whoever made the leg told just before it, in its sentence or the one before.
 * Candidates in text order.
 */
export function travellerCarriesOn(candidates: Candidate[], namesSomeone: (at: number) => boolean): void {
  let lastLeg: Candidate | null = null;
  // «أن يلقي الرئيس الفرنسي اليوم خطابا، على أن يتوجه غدا إلى مراكش»: the one person of the sentence's event just
  // before goes on to make the trip.
  let lastSole: Candidate | null = null;
  for (const c of candidates) {
    if (c.flags.headline) continue;
    if (c.type !== 'visit') {
      lastSole = c.participants.filter((p) => p.kind === 'person').length === 1 ? c : null;
      continue;
    }
    // «سيوفد وزير خارجيته إلى بغداد»: someone named by a title the gazetteer cannot tell is someone else; «للزيارة» names
    // again a trip told before, whoever made it.
    const unnamed = !c.participants.some((p) => p.kind === 'person') && !c.triggers.some((t) => namesSomeone(t.start)) && !c.flags.definite && !c.flags.anaphoric;
    const before = lastSole && lastSole.sentence === c.sentence && (!lastLeg || lastLeg.order < lastSole.order) ? lastSole : lastLeg && lastLeg.sentence >= c.sentence - 1 ? lastLeg : null;
    const traveller = before?.participants.find((p) => p.kind === 'person');
    if (traveller && unnamed) c.participants = [traveller, ...c.participants];
    lastLeg = c;
    lastSole = null;
  }
}

/**
 * «يلتقي خلالها السلطان؛ لبحث سبل التعاون»: what a purpose («لبحث», «لمناقشة») says is to be discussed is as done or as
 * planned as the event of its group told just before it, once plans are known. Candidates in text order.
 */
export function purposeTakesTheCourse(f: string, candidates: Candidate[]): void {
  const lastEventOfGroup = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!c.flags.discussion) { lastEventOfGroup.set(c.group, c); continue; }
    const t = c.triggers[0]!;
    const glued = f[t.start] === 'ل' ? t.start : t.start - 1;
    if (f[glued] !== 'ل' || isWordCode(f.charCodeAt(glued - 1)) || t.form.startsWith('ل')) continue;
    const governing = lastEventOfGroup.get(c.group);
    if (governing && (governing.modality === 'planned' || governing.modality === 'occurred')) c.modality = governing.modality;
  }
}

/**
 * «انعقدت يوم الإثنين بتونس، الدورة الثالثة للمشاورات السياسية»: the event a verb of being held has for subject, the
 * first event noun after it in its sentence with no other event verb between.
 */
function heldAsItsSubject(scope: GroupScope, items: Item[], verb: Item): Item | undefined {
  if (!verb.t.ofItsSubject) return undefined;
  return items.find((o) => o.t.start > verb.t.end && o.t.pos === 'noun' && !o.t.discussion && o.cl.sentence === verb.cl.sentence
    && !scope.triggers.some((v) => v.pos !== 'noun' && v.start > verb.t.end && v.start < o.t.start));
}

const TOURED_SITES = new Set(functionWords.touredSites.words);
/**
 * «وبعد ذلك زار الرئيس الكوري جامع الشيخ زايد الكبير», «قام الملك بزيارة إلى مسجد …»: a visit whose first place after
 * its word is a site toured (a mosque, a museum, a factory), before any country or city, is a trip's programme, no event.
 */
function toursASite(scope: GroupScope, t: TriggerHit): boolean {
  if (t.type !== 'visit') return false;
  const { folded, entities } = scope.ctx;
  for (const w of wordsAhead(folded, t.end, functionWords.touredSites.reach, /[.\n؛]/)) {
    const start = w.end - w.word.length;
    if (entities.some((e) => (e.kind === 'city' || e.kind === 'country') && !e.adjective && e.start <= start && e.end >= w.end)) return false;
    if (TOURED_SITES.has(w.word.replace(/^و?(?:بال|لل|ال|[بل])?/, ''))) return true;
  }
  return false;
}

/** The group's triggers split by family and modality; a statement that only sources a trip folds into the trip. */
function families(scope: GroupScope): Item[][] {
  const items = scope.triggers
    .filter((t) => !visitInvitedTo(scope, t) && !namesAnAccord(scope, t) && !onlyPlacesTheNext(scope, t) && !occasionOf(scope, t) && !toursASite(scope, t))
    .map((t) => itemOf(scope, t))
    .filter((x) => !x.t.weak || ownDates(scope, x).length > 0)
    .map((x) => (isDiscussedEvent(scope, x) || duringTheTalks(scope, x) || attendedAsTold(scope, x) ? { ...x, t: { ...x.t, discussion: true } } : x));
  const byKey = new Map<string, Item[]>();
  for (const it of heldOnTheTrip(scope, items)) {
    // «المحادثات بعد زيارة لافروف إلى القاهرة»: an event before or after the one told is another event.
    // «وتأتي الزيارة»: the story's event named again is not the other triggers of its clause either.
    // What was discussed is told apart from the events of its clause: the story folds it into its event later.
    const family = it.t.discussion ? 'talks' : familyOf((heldAsItsSubject(scope, items, it) ?? it).t.type);
    // «زيارة رسمية عقد خلالها مباحثات مع …»: what happened during the event named before is another event of it.
    // «وتأتي زيارة الرئيس، بعد أربعة أيام من زيارة أداها الوزير»: the event an offset counts to is another one too.
    // «أجرى الرئيس محادثات مع رئيس الوزراء الإيطالي الذي حل صباح اليوم بالجزائر في زيارة رسمية»: the trip a relative
    // clause tells of someone the talks or the signing name is the background they were held against, another event.
    // «يؤدي رئيس الحكومة زيارة إلى برلين مطلع العام، تليها زيارة للمستشارة إلى تونس»: a trip told after a word of sequence
    // is the next one, whatever the date they share.
    const nextTrip = it.t.type === 'visit' && followsSequenceWord(scope.ctx.folded, it, scope.ctx.seg);
    // «بعد توقيع اتفاقية»: nouns placed by one word are one event.
    const placed = it.relation === 'before' || it.relation === 'after' ? placingWord(scope.ctx.folded, it.t.start)?.start ?? it.t.start : null;
    // «استهل الرئيس القبرصي زيارته لبنان بلقاء موسع مع الرئيس عون»: the trip a verb of its course opens with talks is an
    // event beside the talks it opens with.
    const opened = openedWithAnother(scope.ctx.folded, scope.ctx.seg, it, items);
    // «وسيعقد مباحثات مع نظيره …، كما سيلتقي وزير التجارة»: a verb of meeting after «كما» tells talks beside those its
    // group told before, with someone else.
    const alsoMet = it.t.type === 'meeting' && it.t.pos !== 'noun' && !it.t.discussion && ALSO.test(scope.ctx.folded.slice(it.cl.start, it.t.start))
      && items.some((o) => o.t.start < it.cl.start && o.t.type === 'meeting' && !o.t.discussion);
    const apart = placed !== null ? '|placed' + placed : opened ? '|opened' + it.t.start : alsoMet ? '|also' + it.t.start : welcomed(scope.ctx, it.t) ? '|welcomed' + it.t.start : it.refersBack || offsetBefore(scope, it) || toldAsNextStep(scope, it) || nextTrip ? '|' + it.t.start : (it.cl.startKind === 'during' || duringWhichOpens(scope.ctx.folded, it)) && !talksWithNobodyNamed(scope, it) ? '|during' + it.cl.index : it.heldOnTrip ? '|held' : tripOfSomeoneNamed(scope, items, it) || datedInARelativeClause(scope, items, it) || placeVisitedInARelativeClause(scope, items, it) ? '|relative' + it.cl.index : framesAnotherEvent(scope, items, it) ? '|frame' + it.t.start : '';
    const key = family + '|' + it.modality + apart;
    const arr = byKey.get(key) ?? [];
    arr.push(it);
    byKey.set(key, arr);
  }
  // «حسبما أفاد بيان…، بدأ زيارة»; a joint statement («صدر بيان مشترك في ختام الزيارة») is news of its own.
  for (const [key, arr] of [...byKey]) {
    const [family, modality] = key.split('|');
    const trip = byKey.get('trip|' + modality);
    // «ألقى خطاباً يوم الأربعاء …، وذلك خلال زيارته للدوحة»: a trip named only as when a speech was given is the speech's
    // occasion, an event of its own beside it.
    const occasionOnly = trip?.every((x) => x.relation === 'during') && arr.some((x) => x.t.pos !== 'noun');
    if (family === 'statement' && trip && !occasionOnly && !arr.some((x) => JOINT_STATEMENT.test(x.t.form))) { trip.push(...arr); byKey.delete(key); }
  }
  return [...byKey.values()].flatMap((arr) => splitByDate(scope, arr.sort((a, b) => a.t.start - b.t.start)));
}

/**
 * «في إطار زيارة», «نتائج القمة», «هذا اللقاء», «الإعلان عن زيارة»: an event noun right after a word that names it as
 * what something else is of or about; not past a comma, where another noun's phrase ends («خلال هذه الزيارة، محادثات»).
 * A demonstrative before a definite noun is that noun's («وأجرى في هذا الإطار لقاءً مع …»: 'in this respect'), and the
 * event after them is news of its own («وتعد هذه أول زيارة» still names the visit).
 */
function namedAsAReference(ctx: ArticleContext, t: TriggerHit): boolean {
  // «هذا وقد التقى تور، فور وصوله، …»: a verb is news; only a noun is named as what something else is of.
  if (t.pos !== 'noun') return false;
  const f = ctx.folded;
  const ownNounBetween = (mk: { start: number; end: number }) => DEMONSTRATIVES.has(f.slice(mk.start, mk.end).replace(/^[وفب]/, ''))
    && /^ال/.test(f.slice(mk.end, t.start).trim());
  return within(ctx.tags.markers, t.start - 40, t.start).some((mk) => mk.marker === 'reference' && mk.end <= t.start && t.start - mk.end <= 16
    && wordsIn(f, mk.end, t.start) <= 1 && !ownNounBetween(mk) && !/[،,:؛]/.test(f.slice(mk.end, t.start)));
}

/** Talks told as the occasion of another event of their group (`framesAnotherEvent`) are never merged into it. */
function keepOccasionsApart(ctx: ArticleContext, groupCandidates: Candidate[]): void {
  const occasion = (c: Candidate) => c.triggers.length > 0 && c.triggers.every((t) => talksAsOccasion(ctx, t));
  for (const c of groupCandidates.filter(occasion)) {
    c.apartFrom = groupCandidates.find((o) => o !== c && !occasion(o) && familyOf(o.type) === familyOf(c.type) && o.sentence === c.sentence) ?? c.apartFrom;
  }
}

/**
 * «اتفقت السعودية وإيران على استئناف العلاقات خلال لقاء جمع وزيري خارجيتهما في بكين»: talks named by an indefinite noun
 * as the occasion of an event of another type in their clause are an event of their own (the talks the agreement was
 * reached at), as a summit is; a definite one («خلال اللقاء», «خلال زيارته») points back to the event told.
 */
function framesAnotherEvent(scope: GroupScope, items: Item[], it: Item): boolean {
  return it.framed && talksAsOccasion(scope.ctx, it.t) && items.some((o) => o !== it && !o.framed && o.t.type !== it.t.type);
}

/**
 * «خلال لقاء جمع …»: talks named by an indefinite noun, with no pronoun, after a word of «during»; not the sessions of a
 * body named as the noun's second term («على هامش اجتماعات الجمعية العامة»), which frame what is told there.
 */
const talksAsOccasion = (ctx: ArticleContext, t: TriggerHit) => t.type === 'meeting' && t.pos === 'noun' && !t.definite && !THIRD_PERSON_SUFFIXES.has(t.suffix)
  && relationOf(ctx.folded, t) === 'during' && !sessionsOfABody(ctx, t);

const sessionsOfABody = (ctx: ArticleContext, t: TriggerHit) => {
  const second = within(ctx.entities, t.end, t.end + 2)[0];
  return second?.kind === 'organisation' && /^\s?$/.test(ctx.folded.slice(t.end, second.start));
};

/**
 * A trip told in a relative clause after talks or a signing named by their noun in a main clause before it («أجرى
 * محادثات», «ترأس حفل التوقيع»; a reception told by its verb is the trip's welcome, told with it); not
 * one told as had before («الذي كان قد زار الجزائر في 11 أفريل، حيث تم التوقيع»), which what follows goes on telling.
 */
function tripOfSomeoneNamed(scope: GroupScope, items: Item[], it: Item): boolean {
  const f = scope.ctx.folded;
  const toldAsBefore = within(scope.ctx.tags.markers, it.cl.start, it.t.start).some((mk) => mk.marker === 'pluAux');
  return it.t.type === 'visit' && !it.t.discussion && opensRelative(f, it.cl) && !toldAsBefore
    && items.some((o) => o.cl.index < it.cl.index && o.t.pos === 'noun' && o.t.type !== 'visit' && familyOf(o.t.type) === 'trip' && !o.t.discussion && (!o.framed || o.relation === 'during') && !opensRelative(f, o.cl));
}

/**
 * «يجري آبي أحمد اليوم مباحثات مع أفورقي … من البلدين اللذين وقعا اتفاق سلام قبل عامين»: a relative clause with a verb
 * in the past and a date of its own tells what the noun before it did once — another event than the clause's before
 * it (with the nouns it names), whose date it is not.
 */
function datedInARelativeClause(scope: GroupScope, items: Item[], it: Item): boolean {
  const f = scope.ctx.folded;
  const told = eventToldInARelativeClause(scope, it.cl);
  // «باتفاقية الشراكة التي وقع عليها الرئيسان في أكتوبر 2018»: a clause that tells the event named before it is not another.
  return told !== null && items.some((o) => o.cl.index < it.cl.index && !opensRelative(f, o.cl))
    && !items.some((o) => o.cl.index < it.cl.index && o.t.type === told);
}

/**
 * «… بعد الأردن التي زارها في 21 تشرين الثاني، والكويت التي زارها في 23 من الشهر ذاته»: a relative clause that opens on
 * a verb of a visit in the past, with the place before it as its object («زارها») and a date of its own, tells another
 * trip, to that place, than what the clauses before it tell.
 */
function placeVisitedInARelativeClause(scope: GroupScope, items: Item[], it: Item): boolean {
  return visitsThePlaceBefore(scope, it) && clauseDates(scope.dates, it.cl).length > 0 && items.some((o) => o.cl.index < it.cl.index);
}
/** «الأردن التي زارها»: a past verb of a visit that opens a relative clause and takes the noun before it as its object. */
const visitsThePlaceBefore = (scope: GroupScope, it: Item) => it.t.type === 'visit' && it.t.pos === 'verb' && !it.t.future
  && THIRD_PERSON_SUFFIXES.has(it.t.suffix) && opensRelative(scope.ctx.folded, it.cl) && wordsIn(scope.ctx.folded, it.cl.start, it.t.start) === 1;

/**
 * The type of the event a relative clause tells by a verb in the past and a noun of its own, with a date of its own
 * («اللذين وقعا اتفاق سلام قبل عامين»); not a trip, which the talks of a visitor are held on («ضمن الوفد الذي زار
 * نواكشوط قبل أيام»), nor a verb alone («الانفجار الذي وقع الجمعة»).
 */
function eventToldInARelativeClause(scope: GroupScope, cl: Clause): EventType | null {
  const { folded: f, seg } = scope.ctx;
  if (!opensRelative(f, cl) || !clauseDates(scope.dates, cl).length) return null;
  const inClause = scope.triggers.filter((t) => seg.clauseAt(t.start) === cl);
  const verb = inClause.find((t) => t.pos === 'verb' && !t.future && t.type !== 'visit');
  return verb && inClause.some((t) => t.pos === 'noun' && t.type === verb.type) ? verb.type : null;
}

/** «… زيارة إلى الرياض حيث التقى»: the words before talks held where a trip went. */
const WHERE = /^و?حيث\s+$/;
/** «حيث وقع», «حيث تم التوقيع», «حيث شهد الزعيمان توقيع»: «where» and up to three words (a verb and its subject) before a signing. */
const WHERE_SIGNED = /^و?حيث\s+(?:\S+\s+){0,3}$/;

const UNNAMED_GROUP = new Set(functionWords.unnamedGroups.words);
/** How many words after the talks' word a group nobody names may start («تلتقي خلالها عددا من»). */
const GROUP_REACH = 3;
/** «في زيارة تلتقي خلالها عددا من كبار المسؤولين»: talks on a trip with a group nobody names are part of its programme. */
const talksWithNobodyNamed = (scope: GroupScope, x: Item) => x.t.type === 'meeting'
  && [...wordsAhead(scope.ctx.folded, x.t.end, GROUP_REACH, /[.،,]/)].some((w) => UNNAMED_GROUP.has(w.word.replace(/^[وبل]/, '')))
  && !within(scope.ctx.entities, x.cl.start, x.cl.end).some((e) => e.kind === 'person' || e.kind === 'organisation');

/**
 * «يبدأ الرئيس زيارة لعمان ويلتقي السلطان», «وصل الوزير إلى الرياض، والتقى ولي العهد»: a meeting verb opening a clause
 * of its own after the clause that tells a trip is the talks held on that trip, an event of its own; «وصل … لإجراء
 * محادثات» (no verb of its own) and «التقى … خلال زيارته» (the trip frames the talks) are not.
 */
function heldOnTheTrip(scope: GroupScope, items: Item[]): Item[] {
  const f = scope.ctx.folded;
  const trip = items.find((x) => x.t.type === 'visit' && !x.framed && !x.t.discussion && !x.refersBack);
  if (!trip) return signedWhereTheyMet(scope, items);
  const opensItsClause = (x: Item) => wordsIn(f, x.cl.start, x.t.start) === 0;
  // «اختتم زيارة إلى الرياض حيث التقى …»: where the trip went, the talks held there; not where an event named after the
  // trip was held («وصل للمشاركة في اجتماع اللجنة المشتركة، حيث التقى …»), which the talks belong to.
  // Talks with people of no name («حيث سيلتقي بطلبة جامعيين») are part of the trip's programme, and so are those of a trip
  // told as background («وكان الرئيس قد زار موسكو، حيث التقى …»), which the story's later words never point back to.
  const background = within(scope.ctx.tags.markers, trip.cl.start, trip.t.start).some((mk) => mk.marker === 'pluAux');
  // «ضمن جولته الإقليمية لبحث العدوان على غزة، حيث التقى …»: the tour the trip is a leg of, what it is for and what
  // that is about are not places the talks could be held.
  const eventNamedAfterTrip = (x: Item) => scope.triggers.some((t) => t.start > trip.t.end && t.start < x.cl.start && t.type !== 'visit' && !t.discussion && typeInfo(t.type).hostsTalks);
  const whereItWent = (x: Item) => !background && WHERE.test(f.slice(x.cl.start, x.t.start)) && !eventNamedAfterTrip(x)
    && within(scope.ctx.entities, x.cl.start, x.cl.end).some((e) => e.kind === 'person');
  // «كما زار شي القاهرة في يناير 2016، حيث شهد الزعيمان توقيع 21 اتفاقية»: a signing where a trip went is an event of
  // its own, on a trip of the story or of its background alike.
  const signedWhereItWent = (x: Item) => x.t.type === 'agreement' && WHERE_SIGNED.test(f.slice(x.cl.start, x.t.start)) && !eventNamedAfterTrip(x);
  return items.map((x) => ((x.t.type === 'meeting' && x.t.pos !== 'noun' && !x.framed && !x.t.discussion && x.modality === trip.modality
    && x.cl.index > trip.cl.index && (x.cl.startKind === 'punct' && opensItsClause(x) || whereItWent(x)))
    || (x.cl.index > trip.cl.index && x.modality === trip.modality && !x.framed && signedWhereItWent(x)) ? { ...x, heldOnTrip: true } : x));
}

/**
 * «أعرب عن سعادته بلقاء الرئيس الكوري …، حيث تم اليوم التوقيع على مذكرة التفاهم»: a signing told after «حيث» where
 * talks of an earlier clause were held is an event of its own, held at them.
 */
function signedWhereTheyMet(scope: GroupScope, items: Item[]): Item[] {
  const f = scope.ctx.folded;
  const talks = items.find((x) => x.t.type === 'meeting' && !x.framed && !x.t.discussion && !x.refersBack);
  if (!talks) return items;
  if (talksTheSigningWasAt(scope, items, talks)) return items.map((x) => (x.cl.index === talks.cl.index ? { ...x, heldOnTrip: true } : x));
  const signing = (x: Item) => x.t.type === 'agreement' && x.cl.index > talks.cl.index && x.modality === talks.modality && !x.framed;
  // What the signing's clause goes on to name («التوقيع على مذكرة التفاهم») is signed there too.
  const where = new Set(items.filter((x) => signing(x) && WHERE_SIGNED.test(f.slice(x.cl.start, x.t.start))).map((x) => x.cl.index));
  return items.map((x) => (signing(x) && where.has(x.cl.index) ? { ...x, heldOnTrip: true } : x));
}

/** «، وذلك في لقاء», «وذلك خلال اجتماع», «وذلك على هامش المباحثات»: the words that place what the clause before told at talks. */
const THAT_WAS_AT = /^وذلك\s+(?:في|خلال|اثناء|على\s+هامش)\s+$/;

/**
 * «وقعت وزارتا الخارجية … على ثلاث مذكرات تفاهم، وذلك في لقاء بين الوزير … ونظيره»: talks a signing told by its verb
 * is placed at, in a clause of their own after it, are an event of their own, where it was signed.
 */
function talksTheSigningWasAt(scope: GroupScope, items: Item[], talks: Item): boolean {
  return talks.t.pos === 'noun' && THAT_WAS_AT.test(scope.ctx.folded.slice(talks.cl.start, talks.t.start))
    && items.some((x) => x.t.type === 'agreement' && x.t.pos === 'verb' && !x.t.discussion && !x.framed && x.cl.index < talks.cl.index && x.modality === talks.modality);
}

const ACCEPTING = new Set(functionWords.acceptedInvitation.words.map(foldForMatch));
const WELCOMING = new Set(functionWords.welcoming.words);
const PREPARING = new Set(functionWords.preparingFor.words);

/** «التمهيد لزيارة الرئيس», «التحضير للقمة»: an event noun glued to «لـ» right after a word of preparing is prepared for. */
function preparedFor(f: string, t: TriggerHit): boolean {
  return t.pos === 'noun' && f[t.start] === 'ل' && PREPARING.has(previousWord(f, t.start)?.word.replace(/^و/, '') ?? '');
}

/** «الترحيب بزيارة الرئيس»: a trip noun glued to «بـ» right after a word of welcoming is what is welcomed. */
function welcomed(ctx: ArticleContext, t: TriggerHit): boolean {
  const f = ctx.folded;
  if (t.type !== 'visit' || t.pos !== 'noun' || f[t.start] !== 'ب') return false;
  const welcoming = (w: { word: string } | null) => WELCOMING.has(w?.word.replace(/^و/, '') ?? '');
  if (welcoming(previousWord(f, t.start))) return true;
  // «ورحب الشيخ عبدالله بن زايد بزيارة الوزير»: the one who welcomes it may be named between, after a style or a title.
  const subject = ctx.entities.find((e) => e.kind === 'person' && e.end <= t.start && /^\s*$/.test(f.slice(e.end, t.start)));
  let w = subject ? previousWord(f, subject.start) : null;
  for (let k = 0; w && k < WELCOMER_STYLE_WORDS && !welcoming(w); k++) w = previousWord(f, w.start);
  return welcoming(w);
}

/** How many words (a style, a title) may stand between a verb of welcoming and its subject's name. */
const WELCOMER_STYLE_WORDS = 2;

/**
 * How many words (the acceptor's title and name: «قبلت رئيسة الوزراء الإيطالية جورجيا ميلوني دعوة») may stand between
 * the verb that accepts and the invitation.
 */
const ACCEPTOR_WORDS = 6;

/**
 * «قبلت دعوة …», «قبل الرئيس التونسي دعوة نظيره», «وافق على الدعوة»: an invitation accepted, whose visit is then a plan
 * of its own. A bare «قبل» further back is «before».
 */
function accepted(f: string, invitation: TriggerHit): boolean {
  if (invitation.pos !== 'noun') return false;
  let at = invitation.start;
  for (let back = 0; back <= ACCEPTOR_WORDS; back++) {
    const before = previousWord(f, at);
    if (!before || /[.،,\n]/.test(f.slice(before.start + before.word.length, at))) return false;
    // «وقبوله الدعوة»: a joined «و» does not change the word.
    const word = ACCEPTING.has(before.word) ? before.word : before.word.replace(/^و/, '');
    if (ACCEPTING.has(word) && (back === 0 || word !== 'قبل')) return true;
    at = before.start;
  }
  return false;
}

/** How far after an invitation's noun the visit it invites to may be named («الدعوة لزيارة بغداد»). */
const INVITED_VISIT_SPAN = 60;

/**
 * How far after an invitation's verb (or its noun, with who sends it) the visit glued to «لـ» may be named in its
 * sentence, past who invites, how and whom («دعا الرئيس الأميركي دونالد ترامب خلال محادثة هاتفية مع أمير دولة الكويت
 * لزيارة واشنطن»).
 */
const INVITED_PURPOSE_SPAN = 200;

/** Whether a trigger is the visit an invitation just before it invites to, accepted or not as asked. */
function invitationTo(scope: GroupScope, v: TriggerHit, isAccepted: boolean): boolean {
  const f = scope.ctx.folded;
  const purpose = f[v.start] === 'ل' || (f[v.start - 1] === 'ل' && !isWordCode(f.charCodeAt(v.start - 2)));
  const sentence = scope.ctx.seg.clauseAt(v.start)?.sentence;
  // A noun reaches as far as a verb when nothing but who sends it stands between («دعوة كريمة من ولي العهد … محمد بن
  // سلمان بن عبدالعزيز آل سعود، لزيارة رسمية للمملكة»): no other event's word.
  const nothingBetween = (i: TriggerHit) => !scope.triggers.some((o) => o.start >= i.end && o.end <= v.start);
  const reaches = (i: TriggerHit) => v.start - i.end < INVITED_VISIT_SPAN
    || (purpose && (i.pos !== 'noun' || nothingBetween(i)) && v.start - i.end < INVITED_PURPOSE_SPAN && scope.ctx.seg.clauseAt(i.start)?.sentence === sentence);
  return scope.triggers.some((i) => i.type === 'invitation' && v.start > i.start && reaches(i) && accepted(f, i) === isAccepted);
}

/**
 * «قبلت دعوة الرئيس لأداء زيارة رسمية إلى تونس الأسبوع القادم»: the visit of an accepted invitation is told from the
 * words that open it («لأداء زيارة …»), apart from the acceptance told before them.
 */
function acceptedVisitStart(scope: GroupScope, t: TriggerHit): number | null {
  if (t.type !== 'visit' || !invitationTo(scope, t, true)) return null;
  const before = previousWord(scope.ctx.folded, t.start);
  return before && before.word.startsWith('ل') ? before.start : t.start;
}

/**
 * «وجه الملك دعوة إلى الرئيس لحضور القمة العربية التي تعقد في جدة 19 مايو»: a summit or a meeting an invitation asks
 * someone to is an event of its own, told from the words that open it («لحضور», «للمشاركة في»), apart from the
 * invitation told before them.
 */
function invitedEventStart(scope: GroupScope, t: TriggerHit): number | null {
  // «الاجتماع الوزاري التحضيري لقمة رؤساء الدول»: so does the event prepared for, after the words of its preparing.
  if (preparedFor(scope.ctx.folded, t)) return t.start;
  // «وصل الرئيس الخميس إلى الرياض للمشاركة في أعمال القمة»: a summit a trip goes to attend is told from the words of
  // that purpose, apart from the arrival.
  const cl = scope.ctx.seg.clauseAt(t.start)!;
  if (t.type === 'conference' && attendedOnATrip(scope, t, cl)) return purposeBefore(scope.ctx.folded, t.start, cl.start)!.start;
  if ((t.type !== 'conference' && t.type !== 'meeting') || !scope.triggers.some((i) => i.type === 'invitation' && t.start > i.end && t.start - i.end < INVITED_VISIT_SPAN)) return null;
  const f = scope.ctx.folded;
  let before = previousWord(f, t.start);
  if (before?.word === 'في') before = previousWord(f, before.start);
  return before && before.word.startsWith('ل') ? before.start : t.start;
}

/**
 * «الدعوة لزيارة بغداد»: the visit an invitation is to is not an event of its own, nor the event of any date; nor is
 * what that visit is for, told after it in its clause («دعاها إلى زيارة لبنان لاستكمال المحادثات»).
 */
function visitInvitedTo(scope: GroupScope, t: TriggerHit): boolean {
  const invited = (v: TriggerHit) => v.type === 'visit' && invitationTo(scope, v, false);
  if (invited(t)) return true;
  const cl = scope.ctx.seg.clauseAt(t.start);
  return t.type !== 'invitation' && scope.triggers.some((v) => v.end <= t.start && invited(v) && scope.ctx.seg.clauseAt(v.start) === cl);
}

/**
 * «اتفاقية مشاورات سياسية»: an event noun right after an accord's noun, with nothing between, is what the accord is
 * about, part of its name, not an event of its own; so is a conference's noun without its article right after
 * another («قمة منتدى الحزام والطريق», but «مؤتمر القمة الإسلامية التي ستعقد …» is the summit the clause describes).
 */
function namesAnAccord(scope: GroupScope, t: TriggerHit): boolean {
  const f = scope.ctx.folded;
  // «مذكرة تفاهم بشأن المشاورات السياسية»: so is one after the accord's noun and a word of what it is about.
  const about = (a: TriggerHit) => { const w = nextWord(f, a.end); return w !== null && ACCORD_ABOUT.has(w.word) && wordsIn(f, w.end, t.start) === 0; };
  return t.pos === 'noun' && t.type !== 'agreement'
    && scope.triggers.some((a) => (a.type === 'agreement' || (t.type === 'conference' && a.type === 'conference' && !t.definite)) && a.pos === 'noun' && a.end <= t.start
      && (wordsIn(f, a.end, t.start) === 0 || (a.type === 'agreement' && about(a))));
}
/** Words between an accord's noun and what it is about («مذكرة تفاهم بشأن المشاورات», «اتفاقية حول التعاون»). */
const ACCORD_ABOUT = new Set(functionWords.accordAbout.words);

/**
 * «وجه الرئيس رسالة إلى العاهل المغربي في 30 يوليوز بمناسبة الذكرى الخامسة والعشرين لعيد العرش»: an anniversary named as
 * the occasion of another event of its clause is why that event was held, not an event of its own; the date goes to
 * the event.
 */
function occasionOf(scope: GroupScope, t: TriggerHit): boolean {
  const cl = scope.ctx.seg.clauseAt(t.start);
  return t.type === 'anniversary' && relationOf(scope.ctx.folded, t) === 'during'
    && scope.triggers.some((o) => o !== t && o.type !== 'anniversary' && scope.ctx.seg.clauseAt(o.start)?.group === cl?.group);
}

/**
 * «وفي نهاية اللقاء، وقّع الزعيمان …»: a definite event noun in fronted words of their own that place what the next clause
 * tells only places it; the clause does not report that event again.
 */
function onlyPlacesTheNext(scope: GroupScope, t: TriggerHit): boolean {
  const { folded, seg } = scope.ctx;
  const cl = seg.clauseAt(t.start);
  if (!cl || t.pos !== 'noun' || !t.definite || relationOf(folded, t) === null) return false;
  // «وجرى خلال الاجتماع التوقيع على اتفاقية»: so do talks named by the words that place a signing told after them in
  // their clause.
  if (t.type === 'meeting' && relationOf(folded, t) === 'during'
    && scope.triggers.some((o) => o.start > t.end && seg.clauseAt(o.start) === cl && o.type === 'agreement' && !o.discussion && relationOf(folded, o) === null)) return true;
  if (scope.triggers.some((o) => o !== t && seg.clauseAt(o.start) === cl)) return false;
  const next = seg.clauses[cl.index + 1];
  return next !== undefined && next.group === cl.group && next.startKind === 'punct'
    && scope.triggers.some((o) => seg.clauseAt(o.start) === next && o.type !== t.type && o.type !== 'statement' && relationOf(folded, o) === null);
}

/**
 * «وشدد الجانبان خلال المباحثات على …»: the talks named as the frame of what was said are the talks the story told
 * (a call, a visit, a meeting); what the clause says was said at them.
 */
const duringTheTalks = (scope: GroupScope, x: Item) => x.t.pos === 'noun' && x.t.type === 'meeting' && x.t.definite && x.relation === 'during'
  // «خلال جلسة المباحثات التي عقدت في إسلام آباد» tells the talks themselves.
  && !RELATIVE.has(nextWord(scope.ctx.folded, x.t.end)?.word ?? '')
  // «يتزامن مع المفاوضات النووية المزمعة»: what something coincides with is another event, not the talks told.
  && !JOINERS.has(previousWord(scope.ctx.folded, x.t.start)?.word ?? '');

const ATTENDED_THE_TALKS = new Set(functionWords.attendedTheTalks.words);
/**
 * «حضر الاجتماع سعادة وكيل الوزارة», «وحضر اللقاء وزير الخارجية»: the talks told, named again as what someone attended;
 * they tell who else was there, not other talks.
 */
const attendedAsTold = (scope: GroupScope, x: Item) => x.t.pos === 'noun' && x.t.type === 'meeting' && x.t.definite
  && ATTENDED_THE_TALKS.has(previousWord(scope.ctx.folded, x.t.start)?.word.replace(/^[وف]/, '') ?? '');

/**
 * How many words may stand between a verb of discussion and the event it discusses («ناقشا خلالها أول قمة روسية عربية»,
 * «بحث الطرفان في المكالمة أيضا عقد مؤتمر دولي»: the subject and the frame go between).
 */
const TOPIC_GAP_WORDS = 6;

/**
 * «ناقشا خلالها أول قمة روسية عربية»: an event named as the object of a verb of discussion, with no date of its own, is
 * what was talked about, not an event the sentence reports; it joins the talks. One the talks place themselves in
 * («بحثا خلال القمة») or that carries its own date («بحثا التحضير لزيارة الرئيس الشهر المقبل») stays an event.
 */
function isDiscussedEvent(scope: GroupScope, x: Item): boolean {
  // «بحث الرئيس عبر الاتصال المرئي مع نظيره»: a call after a verb of discussion is how the talks are held, not their topic.
  if (x.t.pos !== 'noun' || x.t.discussion || x.relation !== null || x.t.type === 'call') return false;
  const { folded } = scope.ctx;
  // «اتفقوا على الاجتماع»: an event agreed on by its own noun is planned by the agreement (see agreedUpon), not talked
  // about; «اتفقا على تبادل الزيارات» agrees on a course the talks hold.
  const agreedOnItself = AGREED_ON.has(previousWord(folded, x.t.start)?.word.replace(/^و/, '') ?? '');
  const discussedBy = scope.triggers.some((d) => d.discussion && d.pos !== 'noun' && !(d.type === 'agreement' && agreedOnItself) && d.end <= x.t.start
    && (scope.ctx.seg.clauseAt(d.start) === x.cl ? wordsIn(folded, d.end, x.t.start) <= TOPIC_GAP_WORDS : objectAfterSetOffClauses(scope, d, x)));
  return discussedBy && ownDates(scope, x).length === 0;
}

/**
 * «بحث رئيس الحكومة …، مع وزير الخارجية الصيني … اليوم في بكين، الاتفاق على توحيد المواقف»: the object of a verb told
 * after clauses set off by commas that name who, with whom, when and where, and no event of their own, opening its clause.
 */
function objectAfterSetOffClauses(scope: GroupScope, verb: TriggerHit, x: Item): boolean {
  const { seg, folded } = scope.ctx;
  const from = seg.clauseAt(verb.start);
  if (!from || from.sentence !== x.cl.sentence || x.cl.startKind !== 'punct' || wordsIn(folded, x.cl.start, x.t.start) > 0) return false;
  return seg.clauses.slice(from.index + 1, x.cl.index).every((c) => c.startKind === 'punct' && !scope.ctx.tags.triggers.some((t) => t.start >= c.start && t.start < c.end))
    && !scope.ctx.tags.triggers.some((t) => t !== verb && t.start >= verb.end && t.start < from.end);
}

/** «بيان مشترك»: a communiqué the parties issue together is news, not a source. */
const JOINT_STATEMENT = /مشترك/;

/** How far after an invitation (in characters of its clause group) the meeting it invites to may be named. */
const INVITED_TO_SPAN = 200;
const INVITED_TO = new Set(functionWords.invitedTo.words);
const DELEGATION = new Set(functionWords.delegationNouns.words);
const MEMBER_NOUNS = new Set(functionWords.memberNouns.words);
const DAY_PART_ADVERBS = new Set(functionWords.dayPartAdverbs.words);
const DEMONSTRATIVE_MARKERS = new Set(functionWords.demonstratives.markers);
const SELF_COMPLEMENTIZERS = new Set(functionWords.selfComplementizers.words);
const BEGUN_COURSE = new Set(functionWords.begunCourse.words);
const PRESIDED_OVER = new Set(functionWords.presidedOver.words.map(foldForMatch));
const TOOK_PLACE = new Set(functionWords.tookPlace.words);
const DONE_AUXILIARIES = new Set(functionWords.doneAuxiliaries.words);
/**
 * «وتم توقيع مذكرة», «جرى التوقيع على اتفاق»: a noun right after a past verb of doing is told as done; so is one after its
 * ceremony («وقد جرى حفل التوقيع»).
 */
function toldAsDone(f: string, at: number, dates: readonly DatePhrase[] = []): boolean {
  let before = previousWord(f, at);
  if (before && CEREMONY_WORDS.has(before.word.replace(/^[وف]/, ''))) before = previousWord(f, before.start);
  // «حيث تم اليوم التوقيع»: a date between the auxiliary and the noun.
  const date = before && dates.find((d) => d.start <= before!.start && before!.start < d.end);
  if (date) before = previousWord(f, date.start);
  return DONE_AUXILIARIES.has(before?.word.replace(/^[وف]/, '') ?? '');
}
/**
 * «وتولى وزير الخارجية ونظيره الأرجنتيني التوقيع على اتفاقيتي تعاون»: a clause that opens on a past verb of doing, its
 * subject next, tells as done the first event noun after them.
 */
function doneBySubjectOfItsClause(scope: GroupScope, x: Item): boolean {
  const f = scope.ctx.folded;
  const opener = nextWord(f, x.cl.start);
  return opener !== null && DONE_AUXILIARIES.has(opener.word.replace(/^[وف]/, '')) && !scope.triggers.some((o) => o.start >= opener.end && o.start < x.t.start);
}

/** How many words a verb of an event's course may stand before its noun (the subject goes between). */
const COURSE_REACH = 8;
/** How many words «أنه» and the verbs that lead to the event may take («أنه يعتزم إجراء جولة»). */
const SELF_COMPLEMENT_REACH = 3;
const wordsOf = (folded: string) => folded.split(/[^\p{L}]+/u);

function itemOf(scope: GroupScope, t: TriggerHit): Item {
  const { ctx } = scope;
  const cl = ctx.seg.clauseAt(t.start)!;
  // «منذ مشاركة نجاد في القمة»: a past reference point, whatever the sentence plans.
  const since = afterSince(ctx.folded, cl);
  // «ووصل دي مايو إلى طرابلس في زيارة غير معلنة يتوقع أن تستمر يوما»: what a past verb tells, and the noun of its clause
  // it goes with, happened before anything the clause then expects.
  const pastVerb = (x: TriggerHit) => x.pos === 'verb' && !x.future;
  // «وكان الوزير قد وصل مساء أمس للعاصمة، رفقة وفد، في مستهل زيارة عمل يتوقع أن تختتم اليوم»: so does a noun in a clause
  // the verb's sets off by commas, with no other event between them.
  const toldBy = (verb: (v: TriggerHit) => boolean) => t.pos === 'noun' && scope.triggers.some((v) => v.start < t.start && verb(v) && familyOf(v.type) === familyOf(t.type)
    && setOffFrom(ctx.seg, ctx.seg.clauseAt(v.start)!, cl) && !scope.triggers.some((o) => o.start > v.end && o.start < t.start));
  // «بدأ ظريف زيارة إلى لبنان اليوم ستستمر ثلاثة أيام»: an event a past verb of its course opens or closes has begun.
  // «…، الذي استهل اليوم الخميس، زيارة إلى فرنسا»: a clause that goes on with a relative clause reads with it.
  const relativeGoneOn = goesOnWithRelative(scope, cl) ? ctx.seg.clauses[cl.index - 1]! : null;
  const begun = t.pos === 'noun' && wordsBefore(ctx.folded, t.start, COURSE_REACH, (relativeGoneOn ?? cl).start).some((w) => BEGUN_COURSE.has(w.replace(/^[وف]/, '')));
  // «كما أشرف رفقة ولد الغزواني، على توقيع مذكرة تفاهم»: a signing someone presided over took place.
  const sentenceStart = ctx.seg.sentences[cl.sentence]!.start;
  const presided = t.pos === 'noun' && wordsBefore(ctx.folded, t.start, functionWords.presidedOver.reach, sentenceStart).some((w) => PRESIDED_OVER.has(w.replace(/^[وف]/, '')));
  // «تأتي بعد اتصال هاتفي جرى يوم السبت الماضي»: an event its own words say took place on a day before the news
  // happened, whatever the sentence around it expects («جرى تأجيله» is an auxiliary, and dates nothing).
  const tookPlace = t.pos === 'noun' && [...wordsAhead(ctx.folded, t.end, functionWords.tookPlace.reach, /[.،,\n]/)].some((w) => TOOK_PLACE.has(w.word.replace(/^[وف]/, ''))
    && scope.dates.usable.some((d) => d.start >= w.end && ctx.seg.clauseAt(d.start) === ctx.seg.clauseAt(w.end) && scope.dates.publication !== null && d.date!.end <= scope.dates.publication.end));
  const told = pastVerb(t) || toldBy(pastVerb) || begun || presided;
  // «سيتوجه الاثنان إلى تركيا، و يذكر أنهما كانا قد زارا فرنسا والتقيا الرئيس»: a verb in the past after «كان … قد»
  // in its clause group, and the noun it governs, tell what had happened, whatever the sentence plans before them.
  const hadHappened = (pastVerb(t) || toldBy(pastVerb)) && hadAlreadyHappened(ctx, cl, t);
  // «ويلقي خطابا»: the noun a future verb governs is as much ahead as the verb; «سيؤدي اليوم وغدا زيارة»: so is the noun
  // a verb of doing in the future governs, in its clause, with no other event between them.
  const doneAhead = t.pos === 'noun' && ctx.tags.futurePos.some((at) => at >= cl.start && at < t.start && !scope.triggers.some((o) => o.start >= at && o.start < t.start));
  const ahead = t.future || toldBy((v) => v.future) || doneAhead;
  // «قد وصل مساء أمس …، في مستهل زيارة عمل يتوقع أن تختتم مساء اليوم»: what the trip is expected to do next is no date
  // of a trip a past verb has begun.
  const underWay = toldBy(pastVerb);
  const own = relativeGoneOn ? [relativeGoneOn, ...ownClauses(scope, cl, t, underWay)] : ownClauses(scope, cl, t, underWay);
  // «تأمل أن يحضر الشرع القمة الروسية العربية، المقرر عقدها في أكتوبر»: what is hoped is the attending; the event its own
  // words say is scheduled stays planned.
  const scheduledAt = planParticipleAfter(ctx.folded, t, cl);
  const scheduled = t.pos === 'noun' && (scheduledAt >= 0 || own.slice(1).some((c) => PLAN_PARTICIPLES.has(firstWordOf(ctx.folded, c))));
  // «استقبل الأسد رئيسي اليوم …، حيث ستستغرق زيارته يومين»: how long his trip will last, told where the day's event
  // that began it was told as done, is the length of a trip under way.
  const lastingUnderWay = t.pos === 'noun' && t.type === 'visit' && THIRD_PERSON_SUFFIXES.has(t.suffix) && firstWordOf(ctx.folded, cl) === 'حيث'
    && scope.dates.durations.some((d) => d.start >= cl.start && d.start < cl.end)
    && scope.triggers.some((v) => pastVerb(v) && familyOf(v.type) === 'trip' && v.start < cl.start && ctx.seg.clauseAt(v.start)?.sentence === cl.sentence);
  const read = since || tookPlace || hadHappened || lastingUnderWay ? 'occurred' : modalityAt(ctx.folded, ctx.seg, ctx.tags.cues, t.start, ahead, told, scope.triggers.map((o) => o.start));
  // «للقمة العربية الصينية المتوقع عقدها … في ديسمبر القادم» in a sentence about talks held last week: the summit its
  // own participle plans is ahead, whatever the sentence tells as done.
  const modality = (read === 'hypothetical' && scheduled) || (read === 'occurred' && scheduledAt >= 0) ? 'planned' : read;
  const agreedOn = modality === 'occurred' && agreedUpon(scope, t, cl);
  const invited = familyOf(t.type) === familyOf('conference') && scope.triggers.some((i) => i.type === 'invitation' && i.end <= t.start && t.start - i.end < INVITED_TO_SPAN
    && ctx.seg.clauseAt(i.start)?.group === cl.group && wordsOf(ctx.folded.slice(i.end, t.start)).some((w) => INVITED_TO.has(w)));
  const attended = familyOf(t.type) === familyOf('conference') && attendedOnATrip(scope, t, cl);
  const relation = relationOf(ctx.folded, t);
  const framed = familyOf(t.type) === 'trip' && (relation === 'during' || tripOfAMeeting(scope, t, cl) || listsTheProgramme(scope, t, cl));
  // «وتأتي الزيارة», «تأتي جولة أردوغان», «تعليقا على زيارته»: a definite noun, one with a pronoun or one whose owner is named
  // right after it, told as what comes or what is commented on, is the story's event named again.
  // «ويأتي توقيع المذكرة» after a signing was told: so is a noun made definite by the definite noun right after it.
  const toldBefore = ctx.tags.triggers.some((o) => o.start < t.start && familyOf(o.type) === familyOf(t.type) && ctx.seg.clauseAt(o.start)!.sentence < cl.sentence);
  const determined = t.definite || THIRD_PERSON_SUFFIXES.has(t.suffix) || ownerNamedAfter(ctx, t) || (t.pos === 'noun' && toldBefore && /^ال/.test(nextWord(ctx.folded, t.end)?.word ?? ''));
  const before = previousWord(ctx.folded, t.start)?.word ?? '';
  const refersBack = comesAfter(scope, t, determined) || (determined && (COMES.test(before) || (COUNTED_AS.test(before) && cl.startKind === 'sentence') || commentsOn(ctx.folded, t.start) || goesAlongOn(ctx.folded, cl.start, t.start)))
    || (t.pos === 'noun' && t.definite && DEMONSTRATIVES.has(before.replace(/^[وف]/, '')));
  // «التمهيد لزيارة الرئيس الأمريكي»: an event prepared for is still ahead, dated only by its own words; so is the visit
  // of an invitation accepted («قبل دعوة لزيارة روسيا»), whatever day the acceptance is told on.
  const prepared = preparedFor(ctx.folded, t) || (t.type === 'visit' && invitationTo(scope, t, true));
  return { t, cl, own, modality: agreedOn || ((invited || attended || prepared) && modality === 'occurred') ? 'planned' : modality, relation, framed, agreedOn, since, invitedTo: invited || attended || prepared, attended, refersBack, presided };
}

/** The clause itself, or one its clause group goes on with after commas only. */
function setOffFrom(seg: Segmentation, from: Clause, cl: Clause): boolean {
  if (from === cl) return true;
  if (from.group !== cl.group || from.index > cl.index) return false;
  return seg.clauses.slice(from.index + 1, cl.index + 1).every((c) => c.startKind === 'punct');
}

/**
 * «كانا قد زارا», «كانا قد زارا روما … والتقيا»: the auxiliary «كان» and the particle «قد» right after it, before the
 * trigger in its clause group, with no plan told between them and it.
 */
function hadAlreadyHappened(ctx: ArticleContext, cl: Clause, t: TriggerHit): boolean {
  const groupStart = groupHead(ctx.seg, cl).start;
  const markers = within(ctx.tags.markers, groupStart, t.start);
  const particle = markers.filter((p) => p.marker === 'pluParticle' && markers.some((aux) => aux.marker === 'pluAux' && closesPluperfect(ctx.folded, aux.end, p.start))).pop();
  return particle !== undefined && !ctx.tags.cues.some((c) => c.modality === 'planned' && c.start > particle.end && c.start < t.start);
}

/** «حيث جاء للمشاركة في قمة بكين 2018» in October 2018: a meeting gone to that its own words date before the news was held. */
function attendedBefore(scope: GroupScope, items: Item[], date: EventDate | null): boolean {
  const published = scope.dates.publication;
  return date !== null && published !== null && items.every((x) => x.attended) && date.end < published.start;
}

/**
 * «وصل السيسي إلى الصين للمشاركة في قمة منتدى الحزام والطريق»: the meeting a trip goes to attend is an event of its own,
 * dated only by its own words, as one an invitation is to: ahead unless those words date it before the news
 * (attendedBefore).
 */
function attendedOnATrip(scope: GroupScope, t: TriggerHit, cl: Clause): boolean {
  return t.pos === 'noun' && purposeBefore(scope.ctx.folded, t.start, cl.start) !== null
    && scope.triggers.some((v) => v.type === 'visit' && v.end <= t.start && scope.ctx.seg.clauseAt(v.start)?.group === cl.group);
}

const PROCEEDINGS = new Set(functionWords.proceedings.words);
const ATTENDING_PARTICIPLES = new Set(functionWords.attendingParticiples.words);
/**
 * «للمشاركة في أعمال القمة», «لحضور القمة», «الوفود المشاركة في اجتماع»: the word of purpose (or of taking part) that opens
 * what an event's noun is attended for, in its clause.
 */
function purposeBefore(f: string, at: number, clauseStart: number): { word: string; start: number } | null {
  let before = previousWord(f, at);
  if (before && PROCEEDINGS.has(before.word)) before = previousWord(f, before.start);
  if (before?.word === 'في') before = previousWord(f, before.start);
  return before && before.start >= clauseStart && ((INVITED_TO.has(before.word) && before.word.startsWith('ل')) || describesWhoCame(f, before)) ? before : null;
}

/**
 * «الوفود المشاركة في», «وفد فلسطين المشارك في», «هدف زيارته هو المشاركة في»: taking part in what the travellers came
 * to; not the verbal noun after a word that places it («بعد المشاركة في المؤتمر»: the conference is what the leaving came
 * after) or a preposition.
 */
function describesWhoCame(f: string, w: { word: string; start: number }): boolean {
  if (!ATTENDING_PARTICIPLES.has(w.word)) return false;
  const before = previousWord(f, w.start)?.word.replace(/^[وف]/, '');
  return before !== undefined && inList(RELATION_WORDS, before) === null && !PREPOSITIONS.has(before);
}

const TRIP_OF_A_MEETING = new Set(functionWords.tripOfAMeeting.words);
const ORDINALS = new Set(functionWords.tripOfAMeeting.ordinals);
const ORDINAL_ADJECTIVES = new Set(functionWords.ordinalAdjectives.words);
const PLAN_PARTICIPLES = new Set(functionWords.planParticiples.words);
/** «القمة التي ستعقد في يونيو», «القمة، المزمع عقدها في يونيو»: a clause that describes the noun right before it. */
const opensRelative = (f: string, c: Clause) => (c.startKind === 'sub' && RELATIVE.has(firstWordOf(f, c))) || PLAN_PARTICIPLES.has(firstWordOf(f, c));

/**
 * «استقبل الرئيس الأسد وزير الخارجية العماني … في أول زيارة لمسؤول خليجي إلى دمشق», «استقبل … الوزير الإثيوبي، الذي
 * وصل إلى البلاد»: a trip told after a meeting verb, as the occasion of the meeting or in a relative clause about its
 * guest, frames the meeting the verb tells.
 */
function tripOfAMeeting(scope: GroupScope, t: TriggerHit, cl: Clause): boolean {
  if (t.type !== 'visit') return false;
  const f = scope.ctx.folded;
  const relative = opensRelative(f, cl) || goesOnWithRelative(scope, cl);
  if (!relative) {
    if (t.pos !== 'noun') return false;
    let before = previousWord(f, t.start);
    if (before && ORDINALS.has(before.word)) before = previousWord(f, before.start);
    if (!before || !TRIP_OF_A_MEETING.has(before.word.replace(/^و/, ''))) return false;
  }
  const { seg } = scope.ctx;
  return scope.triggers.some((v) => v.type === 'meeting' && v.pos === 'verb' && v.end <= t.start
    && (relative ? seg.clauseAt(v.start)!.sentence === cl.sentence : seg.clauseAt(v.start)!.group === cl.group));
}

/**
 * «… المستشار الألماني، الذي بدأ جولة خليجية، استهلها بزيارة السعودية»: a clause that opens, with no subject of its own,
 * on a word pointing back by its pronoun, right after a relative clause, goes on with that relative clause.
 */
function goesOnWithRelative(scope: GroupScope, cl: Clause): boolean {
  const f = scope.ctx.folded;
  const before = scope.ctx.seg.clauses[cl.index - 1];
  if (cl.startKind !== 'punct' || !before || before.sentence !== cl.sentence || !opensRelative(f, before)) return false;
  // «…، الذي استهل اليوم، زيارة إلى فرنسا»: or on the noun that is the object of its verb.
  const opener = scope.triggers.find((x) => x.start >= cl.start && x.start <= cl.start + 1);
  if (opener) return opener.pos === 'noun' && !opener.definite;
  const first = firstWordOf(f, cl);
  return [...THIRD_PERSON_SUFFIXES].some((suffix) => first.length > suffix.length + 2 && first.endsWith(suffix));
}

const PROGRAMME_VERBS = new Set(functionWords.programmeVerbs.words);
/** How many words may stand between a trip's noun and the verb that lists its programme («جدول الزيارة الرسمية يشمل»). */
const PROGRAMME_GAP_WORDS = 2;

/**
 * «جدول الزيارة يشمل لقاء مع الرئيس», «وتتضمن الزيارة محادثات», «وشهد اللقاء توقيع اتفاقيات»: a trip's or a meeting's
 * noun next to a verb that lists its programme, with another event's noun after that verb in the clause, is the frame
 * of that event.
 */
function listsTheProgramme(scope: GroupScope, t: TriggerHit, cl: Clause): boolean {
  if ((t.type !== 'visit' && t.type !== 'meeting') || t.pos !== 'noun') return false;
  const f = scope.ctx.folded;
  const isProgrammeVerb = (w: { word: string } | null) => w !== null && PROGRAMME_VERBS.has(w.word.replace(/^و/, ''));
  const after = [...wordsAhead(f, t.end, PROGRAMME_GAP_WORDS + 1, /[.،,\n]/)].find(isProgrammeVerb);
  const verbEnd = isProgrammeVerb(previousWord(f, t.start)) ? t.end : after?.end ?? -1;
  return verbEnd >= 0 && scope.triggers.some((x) => x.pos === 'noun' && x.type !== 'visit' && x.type !== t.type && x.start >= verbEnd && x.end <= cl.end);
}

const SOURCE_FRAMES = new Set(functionWords.sourceFrames.words);
const SAME_WORDS = new Set(functionWords.sourceFrames.same);
/** The word before a source's noun, past «ذات» or «نفس» («حسب ذات البيان», «وفق نفس المصدر»). */
function sourceFrameBefore(f: string, at: number): string {
  const before = previousWord(f, at);
  const frame = before && SAME_WORDS.has(before.word) ? previousWord(f, before.start) : before;
  return frame?.word ?? '';
}
const CITED_AS = new Set(functionWords.citedAs.words);
const CITED_THEN = new Set(functionWords.citedAs.then);
/** «ووفقاً لوزارة الخارجية», «بحسب الرئاسة», «نقلا عن الوكالة»: an organisation cited as where the news comes from. */
function citedAsSource(f: string, e: EntityMention): boolean {
  let before = previousWord(f, e.start);
  if (before && CITED_THEN.has(before.word)) before = previousWord(f, before.start);
  return before !== null && CITED_AS.has(before.word.replace(/^و/, ''));
}
const SOURCE_NOUNS = new Set(functionWords.sourceFrames.nouns);
const AGREED_ON = new Set(functionWords.agreedUpon.words);
/** «اتفقا على تبادل الزيارات»: a trigger after an agreement verb and then «على», in the same clause. */
function agreedUpon(scope: GroupScope, t: TriggerHit, cl: Clause): boolean {
  const f = scope.ctx.folded;
  return t.type !== 'agreement' && scope.triggers.some((a) => a.type === 'agreement' && a.pos === 'verb' && a.start >= cl.start && a.end <= t.start
    && f.slice(a.end, t.start).split(/[^\p{L}]+/u).some((w) => AGREED_ON.has(w)));
}

/**
 * «جولة أردوغان» after the article told a trip: a noun whose owner, a person, is named right after it, with an event of
 * its family told in an earlier sentence.
 */
function ownerNamedAfter(ctx: ArticleContext, t: TriggerHit): boolean {
  const sentence = ctx.seg.clauseAt(t.start)!.sentence;
  if (t.pos !== 'noun' || !ctx.tags.triggers.some((o) => o.start < t.start && familyOf(o.type) === familyOf(t.type) && ctx.seg.clauseAt(o.start)!.sentence < sentence)) return false;
  const next = nextWord(ctx.folded, t.end);
  if (!next || /[،,.]/.test(ctx.folded.slice(t.end, next.end - next.word.length))) return false;
  const at = next.end - next.word.length;
  return ctx.entities.some((e) => e.kind === 'person' && e.start === at);
}

/** «وتأتي الزيارة», «جاء الاتصال»: a verb of coming before a definite event noun names the story's event again. */
const COMES = /^[وف]?(?:تاتي|ياتي|جاءت|جاء|وتاتي)$/;
/**
 * «وتعد زيارة المقداد للقاهرة هي الأولى منذ 2011»: so does a verb that says what it is counted as, opening a sentence of
 * its own (after a comma, «وتعد المحادثات الأولى …» goes on telling the clause's event).
 */
const COUNTED_AS = /^[وف]?(?:تعد|يعد|تعتبر|يعتبر)$/;
/** How many words the phrase of an event's owner may hold between its noun and «تأتي». */
const COMES_AFTER_REACH = 8;
/**
 * «إن زيارة غوتيريس تأتي تأكيدا …», «إن زيارة وزير الخارجية إلى العاصمة اليابانية طوكيو تأتي من قوة العلاقات»: so does
 * one that is the subject of «تأتي» after it, its owner and where it went told between with no date and no other event
 * (a definite word or a person's name there makes it the event already told, not «a visit»).
 */
function comesAfter(scope: GroupScope, t: TriggerHit, determined: boolean): boolean {
  const { ctx } = scope;
  const f = ctx.folded;
  let definite = determined;
  for (const w of wordsAhead(f, t.end, COMES_AFTER_REACH, /[.\n،,:؛]/)) {
    const at = w.end - w.word.length;
    if (COMES.test(w.word)) return definite;
    // «زيارة الأمير غدا إلى إثيوبيا تأتي»: a noun its own words date is not only named again.
    if (within(scope.dates.usable, at, w.end).length || ctx.tags.triggers.some((o) => o.start === at)) return false;
    definite ||= w.word.startsWith('ال') || ctx.entities.some((e) => e.kind === 'person' && e.start === at);
  }
  return false;
}
/** «وتعليقا على زيارته», «ردا على الاتصال»: what is said about an event names it again. */
const COMMENT_ON = /^[وف]?(?:تعليقا|ردا|تعقيبا)$/;
function commentsOn(f: string, at: number): boolean {
  const on = previousWord(f, at);
  return on?.word === 'علي' && COMMENT_ON.test(previousWord(f, on.start)?.word ?? '');
}
const ACCOMPANYING = new Set(functionWords.accompanying.words);
/** How many words before «في» a verb of accompanying may stand («ويرافق الرئيس التركي رجب طيب أردوغان في زيارته»). */
const ACCOMPANYING_REACH = 6;
/** «ويرافق أردوغان في زيارته»: a trip someone goes along «on» is the one already told. */
function goesAlongOn(f: string, clauseStart: number, at: number): boolean {
  const on = previousWord(f, at);
  return on?.word === 'في' && wordsBefore(f, on.start, ACCOMPANYING_REACH, clauseStart).some((w) => ACCOMPANYING.has(w.replace(/^[وف]/, '')));
}
const RELATIVE = new Set(functionWords.relativePronouns.words);
/** How many words may name an event's people and titles between its noun and the relative clause that describes it. */
const RELATIVE_REACH = 8;
const SINCE = new Set(functionWords.since.words);
const PREPOSITIONS = new Set(functionWords.prepositions.words);
const TOPIC_NOUNS = new Set(functionWords.topicNouns.words);

/**
 * Whether a relative clause between a trigger and a date describes another noun: one a preposition brings in after the
 * trigger («مناقشة … في البلد الذي يتعرض للحرب منذ 7 سنوات»), not the trigger and its adjectives («القمة الروسية العربية
 * المقبلة التي ستعقد في أكتوبر»).
 */
function relativeOfAnotherNoun(f: string, triggerEnd: number, dateStart: number): boolean {
  if (dateStart <= triggerEnd) return false;
  const words = f.slice(triggerEnd, dateStart).split(/[^\p{L}]+/u).map((w) => w.replace(/^و/, ''));
  const pronoun = words.findLastIndex((w) => RELATIVE.has(w));
  if (pronoun <= 0) return false;
  // «مؤتمر طوكيو للتنمية في إفريقيا، والذي سينعقد … من 28 إلى 30 أوت»: a verb of an event's being held tells of the
  // event, whatever noun stands last before it.
  if (HELD_VERBS.has((words.slice(pronoun + 1).find(Boolean) ?? '').replace(/^س/, ''))) return false;
  return words.slice(0, pronoun).some((w) => PREPOSITIONS.has(w));
}

/** How many words (the noun's adjectives) may stand between an event's noun and a participle of its plan. */
const PLAN_PARTICIPLE_REACH = 4;

/**
 * «للقمة العربية الصينية المتوقع عقدها بالرياض», «الاجتماع الوزاري لمجموعة العشرين، المزمع عقده يومي 20 و21 فبراير»:
 * where a participle of a plan right after an event's noun ends — in its clause, or opening the clause after it — or -1.
 */
function planParticipleAfter(f: string, t: TriggerHit, cl: Clause): number {
  return participleOfAPlan(f, t, cl)?.end ?? -1;
}

/** The end of the participle that plans the noun and the clause it stands in, or null. */
function participleOfAPlan(f: string, t: TriggerHit, cl: Clause, seg?: Segmentation): { end: number; clause: Clause } | null {
  if (t.pos !== 'noun') return null;
  for (const w of wordsAhead(f, t.end, PLAN_PARTICIPLE_REACH, /[.:؛\n]/)) {
    const start = w.end - w.word.length;
    if (start >= cl.end) {
      // Only the first word of the clause right after the noun's, set off by a comma.
      const next = seg?.clauseAt(start);
      return next && next.index === cl.index + 1 && next.start <= start && wordsIn(f, next.start, start) === 0 && PLAN_PARTICIPLES.has(w.word) ? { end: w.end, clause: next } : null;
    }
    if (PLAN_PARTICIPLES.has(w.word)) return { end: w.end, clause: cl };
  }
  return null;
}

const firstWordOf = (f: string, c: Clause) => nextToken(f, c.start)?.replace(/^و/, '') ?? '';
const COMPLEMENTIZER_AN = 'ان';
/** «منذ مشاركة نجاد في القمة», «منذ أن شنت روسيا غزوها»: a clause that opens with «منذ» (or «أن» right after it). */
const afterSince = (f: string, c: Clause) => c.startKind === 'sub'
  && (SINCE.has(firstWordOf(f, c)) || (firstWordOf(f, c) === COMPLEMENTIZER_AN && SINCE.has(previousWord(f, c.start)?.word.replace(/^و/, '') ?? '')));

/**
 * «أعلن نتنياهو، اعتراف إسرائيل بـ…»: the clause of its group that opens on a verb of saying, before an event's noun,
 * that announces it; null when there is none.
 */
function announcingClause(scope: GroupScope, cl: Clause, t: TriggerHit): Clause | null {
  const { seg, folded, tags } = scope.ctx;
  const at = tags.speechAt.find((s) => s < t.start && seg.clauseAt(s)?.group === cl.group && seg.clauseAt(s)!.index <= cl.index && wordsIn(folded, seg.clauseAt(s)!.start, s) === 0);
  return at === undefined ? null : seg.clauseAt(at);
}

const RELATIVE_GENDER = functionWords.relativeGender;
/**
 * «… المباحثات ملفات حقل الغاز … الذي يتوقع أن يبدأ استخراجه»: a relative word of the other gender than the event's noun
 * describes another noun. True when the word agrees with the noun, or says nothing of gender («اللذين»).
 */
function describesByGender(relativeWord: string, t: TriggerHit): boolean {
  const feminine = RELATIVE_GENDER.feminineEndings.some((e) => t.form.endsWith(e));
  if (RELATIVE_GENDER.feminine.includes(relativeWord)) return feminine;
  if (RELATIVE_GENDER.masculine.includes(relativeWord)) return !feminine;
  return true;
}

/**
 * «… من المقرر أن تعقد في سبتمبر»: the clause right after `cl`, in its sentence, that opens on «أن» and the verb of an
 * event's course and tells no other event; null when there is none.
 */
function scheduledCourseAfter(scope: GroupScope, cl: Clause): Clause | null {
  const course = scope.ctx.seg.clauses[cl.index + 1];
  const courseVerb = course ? opensOnScheduledCourse(scope.ctx.folded, course) : null;
  if (!course || course.sentence !== cl.sentence || course.startKind !== 'comp' || courseVerb === null) return null;
  return scope.ctx.tags.triggers.some((o) => o.start >= course.start && o.start < course.end && o.start !== courseVerb) ? null : course;
}

function ownClauses(scope: GroupScope, cl: Clause, t: TriggerHit, underWay = false): Clause[] {
  const { seg } = scope.ctx;
  const own = [cl];
  // «وصل أمير قطر الشيخ تميم، ظهر اليوم الثلاثاء، إلى كينيا», «يبدأ زيارة إلى مصر، الأحد، ثم السعودية»: the date set
  // off by commas right after the clause of a verb or of a trip's noun is its own, whatever the clauses after it date.
  // So is one after the noun of an event «منذ» names («منذ تسلمه قيادة المجلس، في 7 أبريل 2022،»).
  const next = seg.clauses[cl.index + 1];
  const sinceNoun = t.pos === 'noun' && SINCE.has(firstWordOf(scope.ctx.folded, cl).replace(/^و/, ''));
  if ((t.pos !== 'noun' || t.type === 'visit' || sinceNoun) && next?.group === cl.group && next.startKind === 'punct' && !scope.triggers.some((o) => o.start > t.start && o.start < cl.end) && dateOnly(scope, next)) own.push(next);
  // «وتعقد القمة تحت شعار: «…»، وذلك من 5 إلى 8 أغسطس»: a date «وذلك» sets off after the clause, past a quoted name,
  // places the clause's event, whatever its word.
  const placing = next?.startKind === 'quote' ? seg.clauses[cl.index + 2] : next;
  if (placing && placing.sentence === cl.sentence && placing.startKind === 'punct' && !own.includes(placing) && firstWordOf(scope.ctx.folded, placing) === 'ذلك'
    && !scope.triggers.some((o) => o.start > t.start && o.start < placing.start) && dateOnly(scope, placing)) own.push(placing);
  // «غادر الملك عبدالله الثاني، الأحد، أرض الوطن متوجها إلى موسكو»: a date set off by commas inside the clause, after
  // its subject and before the verb or trip's noun, is its own when nothing told before it names another event.
  const aside = seg.clauses[cl.index - 1];
  if ((t.pos !== 'noun' || t.type === 'visit') && cl.startKind === 'punct' && aside?.group === cl.group && aside.startKind === 'punct' && aside.index > 0
    && seg.clauses[aside.index - 1]!.group === cl.group && !scope.triggers.some((o) => o.start >= groupHead(seg, cl).start && o.start < t.start) && dateOnly(scope, aside)) own.unshift(aside);
  // «وفي مايو الماضي، هنّأ الملك البابا»: the date a sentence opens with, set off by a comma, is the verb's right after it,
  // and so of the noun a verb of saying there announces («وقبل أيام، أعلن نتنياهو اعتراف إسرائيل بـ…»).
  const opener = t.pos === 'noun' ? announcingClause(scope, cl, t) : cl;
  const before = opener ? seg.clauses[opener.index - 1] : undefined;
  if (opener && before?.group === cl.group && before.startKind === 'sentence' && opener.startKind === 'punct'
    && !scope.triggers.some((o) => o.start >= opener.start && o.start < t.start) && dateOnly(scope, before)) own.unshift(before);
  // «أن قمة أوسع تجمع الولايات المتحدة ودول إفريقيا من المقرر أن تعقد في سبتمبر»: a plan told after the noun goes on in
  // a clause of «أن» and the verb of its course, which dates the noun.
  const course = scheduledCourseAfter(scope, cl);
  if (t.pos === 'noun' && course && !underWay && plannedAfterNoun(scope, t, cl)) own.push(course);
  // «تربطهما علاقات دبلوماسية منذ عام 1964»: a state the lexicon says began when «منذ» says is dated by «منذ» and a date
  // alone right after it («الحرب منذ 7 سنوات» is no such state: a war is background, not an event of the relations).
  const since = seg.clauses[cl.index + 1];
  if (t.datedBySince && since?.group === cl.group && since.startKind === 'sub' && SINCE.has(firstWordOf(scope.ctx.folded, since))
    && !scope.triggers.some((o) => o.start > t.start && o.start < cl.end) && dateOnly(scope, since)) own.push(since);
  // A relative clause describes the noun right before it: the last trigger of the clause. A participle of a plan
  // describes the event whose name holds that noun («الاجتماع الوزاري لمؤتمر التنمية، المقرر عقده يومي 6 و7 أكتوبر»).
  const planned = PLAN_PARTICIPLES.has(firstWordOf(scope.ctx.folded, seg.clauses[cl.index + 1] ?? cl));
  if (scope.triggers.some((o) => o.start > t.start && o.start < cl.end && !(planned && namesAnAccord(scope, o)))) return own;
  for (let i = cl.index + 1; i < seg.clauses.length; i++) {
    const next = seg.clauses[i]!;
    if (next.group !== cl.group || !opensRelative(scope.ctx.folded, next)) break;
    // «خلال اللقاء الذي جرى مساء أمس على استعداد بلاده لتقديم المساعدة»: a date told before the relative clause's
    // own event is still the noun's; the clause is its own and the description ends there.
    const firstTrigger = scope.triggers.find((o) => o.start >= next.start && o.start < next.end);
    if (firstTrigger) {
      if (within(scope.dates.usable, next.start, firstTrigger.start).length) own.push(next);
      break;
    }
    own.push(next);
    // «قمة إفريقيا وكوريا، التي من المقرر أن تنطلق بعد غد الثلاثاء»: the plan the relative clause tells goes on in a
    // clause of «أن» and the verb of its course, which dates the noun.
    const course = scheduledCourseAfter(scope, next);
    if (course && describesByGender(firstWordOf(scope.ctx.folded, next), t)
      && scope.ctx.tags.cues.some((c) => c.modality === 'planned' && c.start >= next.start && c.start < next.end)) {
      own.push(course);
      break;
    }
  }
  return own;
}

/**
 * «…، حيث التقى», and the clause of «أن» a plan in a clause of «حيث» opens («سيتوجه إلى الرياض، حيث من المقرر أن
 * يلتقي ولي العهد»): what is told where the event before it went.
 */
function openedByWhere(scope: GroupScope, cl: Clause): boolean {
  const f = scope.ctx.folded;
  if (firstWordOf(f, cl) === 'حيث') return true;
  const before = scope.ctx.seg.clauses[cl.index - 1];
  return firstWordOf(f, cl) === COMPLEMENTIZER_AN && before !== undefined && before.sentence === cl.sentence && firstWordOf(f, before) === 'حيث'
    && scope.ctx.tags.cues.some((c) => c.modality === 'planned' && c.start >= before.start && c.start < before.end)
    && !scope.ctx.tags.triggers.some((t) => t.start >= before.start && t.start < before.end);
}

/** The first word of a date phrase («منذ» of «منذ عام 1985»). */
const firstWordIn = (f: string, d: DatePhrase): string => /^\p{L}+/u.exec(f.slice(d.start, d.end))?.[0] ?? '';

/** A plan cue after an event's noun, in its clause («قمة … من المقرر»). */
function plannedAfterNoun(scope: GroupScope, t: TriggerHit, cl: Clause): boolean {
  return scope.ctx.tags.cues.some((c) => c.modality === 'planned' && c.start >= t.end && c.start < cl.end);
}

const SCHEDULED_COURSE = new Set(functionWords.scheduledCourse.words);
/** «أن تعقد …», «أن تنطلق …»: where the verb of an event's course stands in a clause that opens on «أن» and it, or null. */
function opensOnScheduledCourse(f: string, c: Clause): number | null {
  const that = nextWord(f, c.start);
  const verb = that && that.word.replace(/^و/, '') === COMPLEMENTIZER_AN ? nextWord(f, that.end) : null;
  return verb !== null && SCHEDULED_COURSE.has(verb.word) ? verb.end - verb.word.length : null;
}

/** «كان في استقباله …»: the visit's welcome, a visit noun that tells who met the visitor (triggers.json). */
const welcomesTheVisitor = (t: TriggerHit) => t.type === 'visit' && t.pos === 'noun' && t.discussion;

/**
 * «كان في استقبال الشيخ تميم بمطار …، «وليم روتا» نائب رئيس كينيا، و«أمينة محمد» وزيرة الخارجية»: who welcomed the
 * visitor, named after the comma (the subject after its object): the clauses right after the welcome's, in its sentence,
 * that name someone and tell no event.
 */
function welcomingParty(scope: GroupScope, items: Item[]): Clause[] {
  const welcome = items.find((x) => welcomesTheVisitor(x.t));
  if (!welcome) return [];
  const { seg, entities } = scope.ctx;
  const cl = welcome.cl;
  const party: Clause[] = [];
  for (let i = cl.index + 1; i < seg.clauses.length; i++) {
    const next = seg.clauses[i]!;
    if (next.sentence !== cl.sentence || next.startKind !== 'punct' || scope.triggers.some((o) => o.start >= next.start && o.start < next.end)
      || !within(entities, next.start, next.end).some((e) => e.kind === 'person')) break;
    party.push(next);
  }
  return party;
}

/** How many words (who, where: «السيد الوزير لنيجيريا في») may stand between an event's noun and the date that is its own. */
const NOUN_COMPLEMENT_WORDS = 5;

/**
 * The date phrases in a trigger's own clauses that no trigger of another family in the same clause stands nearer to
 * («تلقى الأسبوع الماضي اتصالا … للتحضير للزيارة»: last week is the call's, not the visit's), and that do not stand
 * right after another event's noun and its complement, before this one's.
 */
function ownDates(scope: GroupScope, x: Item): DatePhrase[] {
  const family = familyOf(x.t.type);
  const { seg, folded } = scope.ctx;
  // «المتوقع عقدها بالرياض في ديسمبر القادم»: a date after the participle that plans this noun is this noun's, and the
  // noun claims no date before it.
  const plannedOf = (t: TriggerHit) => {
    const plan = participleOfAPlan(folded, t, seg.clauseAt(t.start)!, seg);
    return plan ? clauseDates(scope.dates, plan.clause).filter((d) => d.start >= plan.end) : [];
  };
  const planned = plannedOf(x.t);
  if (planned.length) return planned;
  // Another event: another family, or one told as before or after («المحادثات بعد زيارة لافروف في مارس 2019»).
  const apart = (t: TriggerHit) => { const r = relationOf(folded, t); return r === 'before' || r === 'after'; };
  const xApart = x.relation === 'before' || x.relation === 'after';
  // «وقعت مذكرة تفاهم حول إقامة العلاقات الدبلوماسية بتاريخ 20 فبراير 1992»: what an accord is about is no event of
  // its own, so it claims no date from the accord.
  const another = (t: TriggerHit) => t !== x.t && (familyOf(t.type) !== family || xApart || apart(t)) && !visitInvitedTo(scope, t) && !occasionOf(scope, t) && !namesAnAccord(scope, t);
  // «وصل الرئيس إلى الدوحة مساء أمس للمشاركة في القمة»: a date told before the words of the purpose a trip goes to a
  // meeting for is the trip's, not the meeting's.
  const attendedFrom = (t: TriggerHit) => { const cl = seg.clauseAt(t.start)!; return attendedOnATrip(scope, t, cl) ? purposeBefore(folded, t.start, cl.start)!.start : null; };
  const xAttendedFrom = attendedFrom(x.t);
  return x.own.flatMap((cl) => clauseDates(scope.dates, cl)).filter((d) => {
    if (xAttendedFrom !== null && d.end <= xAttendedFrom) return false;
    // «رست سفينة تركية في ميناء مقديشو اليوم الثلاثاء بعد توقيع اتفاقية … في فبراير 2024»: a date told before the word
    // that places this event after or before the clause's is the clause's event's.
    if (xApart && d.end <= x.t.start) return false;
    // «بعد المصادقة عليهما شهر غشت»: a date governed by another noun is that noun's, unless the noun is this trigger.
    if (d.governed && !(x.t.start >= d.governedFrom && x.t.start < d.start)) return false;
    const dc = seg.clauseAt(d.start);
    // «كما سيقوم بزيارة رسمية إلى لاوس، حسبما أعلنت المتحدثة … اليوم (الثلاثاء)»: the day of the report is not the day
    // of a plan it reports.
    if (dc && x.modality !== 'occurred' && opensAttribution(folded, dc)) return false;
    // «… من البلدين اللذين وقعا اتفاق سلام قبل عامين»: a date in a relative clause that tells its own event in the past
    // is that event's.
    if (dc && dc !== x.cl && eventToldInARelativeClause(scope, dc) !== null) return false;
    const dist = Math.abs(d.start - x.t.start);
    // «زيارة ولي العهد عام 2022 خلال قمة العشرين»: a date told before the words that place another event against this
    // one («خلال», «بعد», «قبل») is this one's.
    const placedAfterTheDate = (t: TriggerHit) => t.start >= d.end && scope.triggers.some((o) => o.start >= d.end && o.start <= t.start && relationOf(folded, o) !== null);
    const datedByItsPlan = (t: TriggerHit) => d.start < t.start && plannedOf(t).length > 0;
    // «مخرجات زيارة الوزير لنيجيريا في يوليو 2025 لاسيما منتدى الأعمال»: a date between two nouns of events is the one's
    // it follows, however near the next one is.
    const between = (before: TriggerHit, after: TriggerHit) => before.pos === 'noun' && after.pos === 'noun' && before.end <= d.start && after.start >= d.end
      && wordsIn(folded, before.end, d.start) <= NOUN_COMPLEMENT_WORDS;
    if (scope.triggers.some((t) => another(t) && seg.clauseAt(t.start) === dc && between(t, x.t))) return false;
    const attendedAfterTheDate = (t: TriggerHit) => { const from = attendedFrom(t); return from !== null && d.end <= from; };
    return !scope.triggers.some((t) => another(t) && seg.clauseAt(t.start) === dc && Math.abs(d.start - t.start) < dist && !placedAfterTheDate(t) && !datedByItsPlan(t) && !between(x.t, t) && !attendedAfterTheDate(t));
  });
}

/**
 * The date phrase nearest the trigger in its own clauses. A verb of a trip takes its time after it: of two verbs of one
 * family in a clause («يزور القاهرة يوم الأحد ثم يتوجه إلى الرياض يوم الثلاثاء»), a phrase told after the first verb and
 * before the second is the first's.
 */
function ownDate(scope: GroupScope, x: Item): DatePhrase | null {
  const dates = ownDates(scope, x);
  const family = familyOf(x.t.type);
  const sameClause = (t: TriggerHit) => t !== x.t && t.pos !== 'noun' && familyOf(t.type) === family && scope.ctx.seg.clauseAt(t.start) === x.cl;
  const toldAfterAnotherVerb = (d: DatePhrase) => d.end <= x.t.start && scope.triggers.some((t) => sameClause(t) && t.end <= d.start);
  const mine = x.t.pos === 'noun' ? dates : dates.filter((d) => !toldAfterAnotherVerb(d));
  const pool = mine.length ? mine : dates;
  const best = nearestTo(pool, x.t.start);
  // «مؤتمر الأمن 2020 بمدينة ميونخ في الفترة من 14 إلى 16 فبراير»: a coarser date (the year naming an edition) gives
  // way to a finer one its own words give within it.
  return (best && nearestTo(pool.filter((d) => refines(d, best)), x.t.start)) ?? best;
}

/** The phrase nearest a position (the first of those as near), or null. */
function nearestTo(phrases: DatePhrase[], at: number): DatePhrase | null {
  let best: DatePhrase | null = null;
  for (const d of phrases) if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  return best;
}

/** A phrase whose date lies inside another's, told to a finer precision. */
function refines(finer: DatePhrase, coarser: DatePhrase): boolean {
  const [f, c] = [finer.date, coarser.date];
  return !!f && !!c && PRECISIONS.indexOf(f.precision) < PRECISIONS.indexOf(c.precision) && f.start >= c.start && f.end <= c.end;
}

/**
 * «وسيزور الملك خلال جولته، الهند يوم الأربعاء ثم يتوجه يوم 29 يناير إلى ماليزيا»: a verb whose own clause has no date,
 * and whose sentence tells none before it, is dated by a phrase told after it, before the next verb of its family.
 */
function dateBeforeNext(scope: GroupScope, x: Item): DatePhrase | null {
  if (x.t.pos === 'noun') return null;
  const family = familyOf(x.t.type);
  const next = scope.triggers.find((t) => t.start >= x.t.end && familyOf(t.type) === family && t.pos !== 'noun');
  if (!next) return null;
  const sentence = scope.ctx.seg.sentences[scope.ctx.seg.clauseAt(x.t.start)!.sentence]!;
  // «وفي 8 أبريل، وصل وفد …، وفي 12 من الشهر ذاته، زار وفد …»: a date told before the trigger is its own.
  if (within(scope.dates.usable, sentence.start, x.t.start).length) return null;
  return within(scope.dates.usable, x.t.end, next.start).find((d) => !d.governed && d.start < sentence.end) ?? null;
}

/**
 * «زيارة الدولة في ماي الماضي، والقمة الحكومية في 18 جويلية»: triggers of one family whose clauses carry different
 * dates are different events; a trigger in a clause without a date stays with the one before it, or with the first dated
 * one (unless it is a definite noun in another clause, which points back).
 */
function splitByDate(scope: GroupScope, items: Item[]): Item[][] {
  const parts: Item[][] = [];
  let current: Item[] = [];
  let currentKey: string | null = null;
  for (const it of items) {
    const d = (ownDate(scope, it) ?? dateBeforeNext(scope, it))?.date;
    // «التقى الأحد …، وفي اليوم التالي التقى …»: the day after is another day.
    const following = d ? undefined : offsetBefore(scope, it);
    const key = d ? `${d.start}/${d.end}` : following?.following ? `following@${following.start}` : null;
    // Definite nouns before a dated trigger of another clause point back to an event told before, not to that one
    // («وتأتي المحادثات …، وزيارته إلى الرياض في أكتوبر»).
    const undatedElsewhere = key !== null && currentKey === null && current.length > 0 && current.every((c) => c.cl !== it.cl && c.t.definite);
    if ((key && currentKey && key !== currentKey) || undatedElsewhere) { parts.push(current); current = []; }
    if (key) currentKey = key;
    current.push(it);
  }
  parts.push(current);
  return parts;
}

/**
 * How many words the subject of a verb of an event's course may take before the event it opens («استهل لودريان جولته»,
 * «استهل الرئيس القبرصي نيكوس أناستاسيادس زيارته»).
 */
const COURSE_SUBJECT_WORDS = 12;
/** How many words («في بيروت») may stand between a trip a verb opens and what it opens it with. */
const OPENED_WITH_WORDS = 3;

/** The ids of the people named between two offsets of the matching copy. */
const peopleIn = (ctx: ArticleContext, a: number, b: number) => new Set(within(ctx.entities, a, b).filter((e) => e.kind === 'person').map((e) => e.id));

/** A candidate's words that run past `cut` (an original offset) end before it. */
function endMentionsAt(text: string, c: Candidate, cut: number): void {
  c.mentions = c.mentions.map((m) => {
    const span = m.start < cut && m.end > cut ? trimSpan(text, m.start, cut) : null;
    return span ? { ...m, end: span.end } : m;
  });
}

/**
 * «سيقوم الشاهد بزيارة إلى برلين مطلع العام، تليها زيارة للمستشارة ميركل إلى تونس»: a trip to another place told after
 * a word of sequence is the next trip, kept apart from the one before it; each is made by the people its own words
 * name, and the first one's words end where the next one's begin. Candidates of one clause group.
 */
function keepNextTripsApart(ctx: ArticleContext, groupCandidates: Candidate[]): void {
  const visits = groupCandidates.filter((c) => c.type === 'visit');
  for (const next of visits.filter((c) => c.flags.sequel)) {
    const at = next.triggers[0]!.start;
    const sentence = ctx.seg.sentences[ctx.seg.clauseAt(at)!.sentence]!;
    // Where «إلى» takes it after its own noun, in its sentence.
    const goesTo = within(ctx.entities, at, sentence.end).find((e) => (e.kind === 'city' || e.kind === 'country') && !e.adjective && toThePlace(ctx.folded, e));
    const place = goesTo ? toPlace(goesTo) : null;
    const before = visits.filter((c) => c !== next && c.triggers[0]!.start < at && c.location && placesConflict(c.location, place)).pop();
    if (!before) continue;
    next.apartFrom = before;
    next.location = place;
    const ownBefore = peopleIn(ctx, sentence.start, at), ownAfter = peopleIn(ctx, at, sentence.end);
    const keep = (ps: Participant[], own: Set<string>, other: Set<string>) => {
      const kept = ps.filter((p) => p.kind !== 'person' || own.has(p.entityId) || !other.has(p.entityId));
      return kept.some((p) => p.kind === 'person') ? kept : ps;
    };
    // «في زيارة إلى سوريا تليها زيارة إلى تركيا»: a next trip that names nobody is made by the same people.
    if (ownAfter.size === 0) continue;
    before.participants = keep(before.participants, ownBefore, ownAfter);
    next.participants = keep(next.participants.filter((p) => p.kind !== 'person' || ownAfter.has(p.entityId)), ownAfter, ownBefore);
    endMentionsAt(ctx.text, before, ctx.original(at, at + 1).start);
  }
}

/**
 * «يتوجه الرئيس إلى القصر اليوم، وذلك قبيل مباحثاته مع رئيس الوزراء»: an event its offset words count from the event
 * told before them in its clause group is another event than that one, even on the same day. Candidates of one group.
 */
function keepCountedApart(groupCandidates: Candidate[]): void {
  for (const c of groupCandidates) {
    if (!c.offset || c.dateKind !== 'event' || c.apartFrom) continue;
    const at = c.offset.offset.start;
    const before = groupCandidates.filter((d) => d !== c && d.triggers.some((t) => t.start < at));
    c.apartFrom = before.filter((d) => d.date !== null).pop() ?? before.pop() ?? null;
  }
}

/**
 * «واستهل لودريان جولته في بيروت بلقاء مع رئيس الجمهورية», «اختتم زيارته بمباحثات»: the trip already told, that a verb
 * of its course opens or closes «بـ» another event, frames that event; the clause tells the other one.
 */
function openedWithAnother(f: string, seg: Segmentation, x: Item, all: Item[]): boolean {
  return tripOpenedWith(f, x.t, groupHead(seg, x.cl).start, all.map((o) => o.t)) !== undefined;
}

/** The event («بلقاء», «بمباحثات») that a verb of its course opens or closes the trip `trip` with, if any. */
function tripOpenedWith(f: string, trip: TriggerHit, clauseStart: number, others: TriggerHit[]): TriggerHit | undefined {
  if (trip.pos !== 'noun' || !THIRD_PERSON_SUFFIXES.has(trip.suffix)) return undefined;
  if (!wordsBefore(f, trip.start, COURSE_SUBJECT_WORDS, clauseStart).some((w) => BEGUN_COURSE.has(w.replace(/^[وف]/, '')))) return undefined;
  return others.find((o) => o !== trip && o.pos === 'noun' && o.type !== trip.type && o.start >= trip.end && f[previousWord(f, o.end)?.start ?? -1] === 'ب'
    && wordsIn(f, trip.end, o.start) <= OPENED_WITH_WORDS);
}

/**
 * «استهل الرئيس القبرصي زيارته لبنان بلقاء موسع مع الرئيس عون»: the talks a trip is opened with are told apart from the
 * trip, which is an event beside them, not the same one. Candidates of one clause group.
 */
function keepOpenedTripsApart(ctx: ArticleContext, groupCandidates: Candidate[]): void {
  const triggers = groupCandidates.flatMap((c) => c.triggers);
  for (const trip of groupCandidates.filter((c) => c.type === 'visit' && c.triggers.length === 1)) {
    const t = trip.triggers[0]!;
    const opener = tripOpenedWith(ctx.folded, t, groupHead(ctx.seg, ctx.seg.clauseAt(t.start)!).start, triggers);
    const talks = opener && groupCandidates.find((c) => c !== trip && c.triggers.includes(opener));
    if (!talks) continue;
    talks.apartFrom = trip;
    // Whom the trip is opened with takes part in the talks; the trip keeps who makes it.
    const cl = ctx.seg.clauseAt(t.start)!;
    const before = peopleIn(ctx, cl.start, opener.start);
    const metWith = peopleIn(ctx, opener.start, ctx.seg.sentences[cl.sentence]!.end);
    trip.participants = trip.participants.filter((p) => !metWith.has(p.entityId) || before.has(p.entityId));
    // … and who makes the trip holds the talks it opens with.
    const maker = trip.participants.filter((p) => p.kind === 'person' && !talks.participants.some((q) => participantKey(q) === participantKey(p)));
    talks.participants = [...maker, ...talks.participants];
    // Its words end where the talks' begin.
    endMentionsAt(ctx.text, trip, ctx.original(opener.start, opener.end).start);
  }
}

/**
 * The highest-ranked type among the triggers that are not a frame or a topic of discussion; a statement names the
 * event only when nothing else does.
 */
function candidateType(all: Item[], f: string, seg: Segmentation): EventType {
  // «أجرى ميرتس محادثات مع ولي العهد …، وفق الوكالة التي لم تذكر تفاصيل عن الزيارة»: a definite noun in another clause
  // than the event told points back to the story's event; it does not rename this one.
  // «أن يلتقي ولي العهد بالرئيس اليوم، وتتضمن الزيارة مراسم استقبال»: nor does one after the clause that first tells it,
  // nor one with a pronoun («حيث يطلعه على نتائج جولته»).
  const pointsBack = (x: Item) => x.t.definite || (x.t.pos === 'noun' && THIRD_PERSON_SUFFIXES.has(x.t.suffix));
  // «انطلقت في أستانا الجولة الثانية والعشرون من المفاوضات، حيث وصلت مجموعة المفاوضين إلى العاصمة»: who came «where»
  // talks or a conference were held came to them; the arrival neither renames them nor is where they are told.
  const cameToIt = (x: Item) => x.t.type === 'visit' && WHERE.test(f.slice(x.cl.start, x.t.start))
    && all.some((o) => o.cl.index < x.cl.index && o.t.type !== 'visit' && typeInfo(o.t.type).hostsTalks && !o.t.discussion && !o.framed);
  const toldIn = all.find((x) => !pointsBack(x) && !x.framed && !x.t.discussion && !cameToIt(x))?.cl;
  const named = all.filter((x) => !x.framed && !x.t.discussion && !(toldIn && pointsBack(x) && x.cl !== toldIn) && !openedWithAnother(f, seg, x, all) && !cameToIt(x));
  // «عقد الوزيران مؤتمرا صحفيا على هامش زيارة الوزير»: the trip that frames a statement does not rename it.
  if (named.length && all.every((x) => x.t.type === 'statement' || (x.framed && x.t.pos === 'noun'))) return 'statement';
  const items = named.some((x) => x.t.type !== 'statement') ? named : all;
  if (items.every((x) => x.t.type === 'statement')) return 'statement';
  let type = items[0]!.t.type;
  for (const it of items) if (typeInfo(it.t.type).rank < typeInfo(type).rank && it.t.type !== 'statement') type = it.t.type;
  return type;
}

/**
 * The date phrase nearest a trigger in the trigger's clause; else one in the group outside other candidates' clauses
 * that no other event governs («بعد إطلاق عملية … السبت»); else, for a reported clause («قالت الوكالة، الأربعاء، إن
 * الوزير أجرى اتصالا»), the day the report gives. An event after «منذ» takes only a date of its own clause.
 */
function chooseDate(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const { ctx, dates, group, clauses, triggers } = scope;
  let chosen: { phrase: DatePhrase; kind: DateKind } | null = null;
  let bestDist = Infinity;
  // «استقبل بوتين الملك أمس الثلاثاء خلال زيارة بدأها الأحد الماضي»: the trip an event is framed by has a date of its
  // own, which is not the event's.
  const framedOnly = items.every((x) => x.framed);
  // «وقد جرى هذا اللقاء بمناسبة زيارة الدولة التي يقوم بها الرئيس … منذ الاثنين»: what follows the frame tells the trip.
  const frames = framedOnly ? [] : items.filter((x) => x.framed);
  const tellsTheFrame = (d: DatePhrase) => frames.some((fr) => fr.t.end <= d.start && items.some((x) => !x.framed && x.t.end <= fr.t.start));
  // «منذ اندلاع النزاع في سورية عام 2011», «منذ انتخاب قيس سعيد في أكتوبر»: a happening of the background named only as
  // where a span of time starts places the story; it is no news of its own and stays off the timeline, unless the text
  // gives its very day («منذ اندلاع الحرب في 15 أبريل»). A state of relations («منذ إقامة العلاقات الدبلوماسية سنة
  // 1969») is named by its label and keeps its date.
  const backgroundStart = (x: Item) => x.since && !x.t.label && typeInfo(x.t.type).background;
  // «اتفق … على استئناف المحادثات، خلال لقائهما اليوم، الأربعاء»: talks held in a day, by the words that frame the event,
  // are on its day; a trip's days are not.
  const framedByItsDay = (x: Item) => x.framed && x.t.type === 'meeting' && x.t.pos === 'noun' && items.some((o) => !o.framed && o.t.pos === 'verb' && !o.t.future);
  // «وانتظام اجتماعات اللجنة العليا منذ عام 1985»: a year or a month after «منذ» is when something began to go on; no
  // visit, talks, summit or call is held on it.
  // («منذ 12 عاما», «منذ أيام» count back to a day of their own.)
  const onsetOfEncounters = (d: DatePhrase) => d.kind === 'absolute' && d.date?.precision !== 'day'
    && [firstWordIn(ctx.folded, d), previousWord(ctx.folded, d.start)?.word ?? ''].some((w) => SINCE.has(w.replace(/^[وف]/, '')));
  const encounter = (x: Item) => typeInfo(x.t.type).hostsTalks;
  const atTheTime = atTheTimeNamedBefore(scope, items);
  if (atTheTime) return atTheTime;
  for (const x of items) {
    const own = (x.refersBack && !heldAsNamedAgain(ctx.folded, x.t)) || (x.framed && !framedOnly && !framedByItsDay(x)) ? null : ownDate(scope, x) ?? dateBeforeNext(scope, x);
    const d = own && toldBeforeTheNextLeg(scope, x, own) ? null : own;
    if (d && backgroundStart(x) && d.date?.precision !== 'day') continue;
    if (d && encounter(x) && onsetOfEncounters(d)) continue;
    if (d && d.end <= x.cl.start && followsWhatCameBefore(ctx.folded, ctx.seg, x.t.start)) continue;
    if (d && Math.abs(d.start - x.t.start) < bestDist) { bestDist = Math.abs(d.start - x.t.start); chosen = { phrase: d, kind: 'clause' }; }
  }
  // «في إطار جولة آسيوية زار خلالها الهند»: a leg of a tour is dated by its own words only; so is a taking of office
  // that only places another event («أول دولة يزورها بعد توليه منصبه»), which came long before it.
  if (!chosen && items.every((x) => legOfATour(scope, x) || officeAsReference(x))) return null;
  // «تلقى اليوم دعوة للمشاركة في القمة»: the meeting an invitation is to is dated only by its own words, not the day of
  // the invitation; «التقى حفتر اليوم … قبل مؤتمر يهدف لحل الصراع»: nor is an event the clause's event came before,
  // which by those words is later. (What it came after, «بعد لقائه تبون», is as often the same day's.)
  // «وجاء الإعلان عن زيارة ولي العهد، بعدما تلقى الوزير، الأحد، اتصالاً»: nor is an event named only as what another is
  // about, by the day of what its sentence goes on to tell.
  if (chosen || items.every((x) => x.since || x.refersBack || x.invitedTo || welcomed(ctx, x.t) || (x.relation === 'before' && !offsetBefore(scope, x)) || namedAsAReference(ctx, x.t))) return chosen;
  // «بعد ثلاثة أيام من زيارة …»: counted from the sentence's date, never the group's date itself.
  if (offsetOf(scope, items)) return offsetDate(scope, items);
  const fronted = frontedOffsetDate(scope, items);
  if (fronted) return fronted;
  const others = triggers.filter((t) => !items.some((x) => x.t === t));
  const otherClauses = new Set(others.map((t) => ctx.seg.clauseAt(t.start)!.index));
  // «… الأولى منذ تسلمه قيادة المجلس، في 7 أبريل 2022»: a date set off right after another event's words is that event's.
  const ownedByAnother = (dc: Clause) => others.some((t) => { const tc = ctx.seg.clauseAt(t.start)!; return tc.index < dc.index && ownClauses(scope, tc, t).includes(dc); });
  const lastTrigger = Math.max(...items.map((x) => x.t.end));
  const firstTrigger = Math.min(...items.map((x) => x.t.start));
  // «وصل مادورو إلى الدوحة، اليوم، وسيجتمع مع الأمير، تميم بن حمد، غداً الأربعاء»: a date between another event's words
  // and this one's is the other's, when one follows this event's words.
  const another = (d: DatePhrase) => d.start < firstTrigger && others.some((t) => t.end <= d.start && t.start >= clauses[0]!.start);
  // «وصل الوزير اليوم بعد توقيع اتفاقية … في مارس»: what is placed after or before the clause's event is not dated by
  // what the clause tells before the placing words.
  // «…، في العاشر من مارس، تلتها زيارات متبادلة»: nor is what followed the event those words tell.
  // «غادر الرئيس الجزائر اليوم بعد زيارة دامت ثلاثة أيام»: the trip after the leaving that ends it is the trip left,
  // whose last day the clause tells.
  const left = (x: Item) => x.relation === 'after' && x.t.type === 'visit' && tellsEnding(ctx.folded.slice(clauses[0]!.start, placingWord(ctx.folded, x.t.start)?.start ?? x.t.start));
  const allApart = items.every((x) => (x.relation === 'after' || x.relation === 'before' || followsWhatCameBefore(ctx.folded, ctx.seg, x.t.start)) && !left(x));
  const candidates = within(dates.usable, clauses[0]!.start, clauses[clauses.length - 1]!.end).filter((d) => {
    if (allApart && d.end <= firstTrigger) return false;
    if (items.every(encounter) && onsetOfEncounters(d)) return false;
    if (items.every((x) => toldBeforeTheNextLeg(scope, x, d))) return false;
    const dc = ctx.seg.clauseAt(d.start);
    // A relative clause («التي قام بها … في مايو», «في البلد الذي يتعرض للحرب منذ 7 سنوات») dates the noun before it,
    // which is not one of this candidate's triggers, whether or not the segmenter made a clause of it.
    if (!dc || dc.group !== group || otherClauses.has(dc.index) || ownedByAnother(dc) || d.governed || tellsTheFrame(d) || (opensRelative(ctx.folded, dc) && !tellsEventCourse(ctx.folded, dc))) return false;
    // What a report announces for later is not dated by the day the report names («…، حسبما أعلنت … اليوم»).
    if (items.some((x) => x.modality !== 'occurred') && opensAttribution(ctx.folded, dc)) return false;
    return !relativeOfAnotherNoun(ctx.folded, lastTrigger, d.start);
  });
  const ahead = candidates.filter((d) => !another(d));
  for (const d of ahead.length ? ahead : candidates) {
    const dist = Math.abs(d.start - items[0]!.t.start);
    if (dist < bestDist) { bestDist = dist; chosen = { phrase: d, kind: 'group' }; }
  }
  return chosen ?? sentenceOpeningDate(scope, items) ?? reportDate(scope, items);
}

const WHEN = new Set(functionWords.whenClauses.words);

/**
 * «الأول كان يوم 25 يناير الماضي، حين حل لافروف في زيارة رسمية إلى المغرب، فيما عقدا اللقاء الثاني … يوم 25 شتنبر»: an
 * event told in a clause of «when» with no day of its own happened at the time the clause just before it names, not on
 * a day told after it, nor on the coarser one of another event's words told with it.
 */
function atTheTimeNamedBefore(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const { ctx, dates } = scope;
  for (const x of items) {
    const opener = nextWord(ctx.folded, x.cl.start);
    if (x.cl.startKind !== 'sub' || !opener || !WHEN.has(opener.word.replace(/^و/, ''))) continue;
    // «حين زار القاهرة في مايو»: a day of its own, in its clause, dates it.
    if (within(dates.usable, x.cl.start, x.cl.end).length) continue;
    const before = ctx.seg.clauses[x.cl.index - 1];
    if (!before || before.sentence !== x.cl.sentence) continue;
    const d = within(dates.usable, before.start, before.end).filter((p) => !p.governed).pop();
    if (d) return { phrase: d, kind: 'group' };
  }
  return null;
}

/**
 * «واستهل جولته بزيارة كوريا أمس الأحد، ثم توجه إلى اليابان»: a date told before the word of sequence that opens a trip's
 * next leg is the leg's before it; the next one came later.
 */
function toldBeforeTheNextLeg(scope: GroupScope, x: Item, d: DatePhrase): boolean {
  if (x.t.type !== 'visit' || d.end > x.t.start) return false;
  const at = sequenceWordBefore(scope.ctx.folded, x, scope.ctx.seg);
  return at >= 0 && d.end <= at;
}

/** What may stand before a date that opens its sentence: «وفي», «في», «و». */
const BEFORE_AN_OPENING_DATE = /^[وف]?(?:في)?$/;

/**
 * «وفي 27 فبراير الماضي، أجرى الوزير زيارة إلى أنقرة، والتقى نظيره»: a date that opens its sentence, closed by a comma,
 * dates every clause group of the sentence after it, up to the next date the sentence gives.
 */
function sentenceOpeningDate(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const { ctx, dates, clauses } = scope;
  // What is placed before or after another event («بعد توقيع أنقرة على اتفاقية … الشهر الماضي») is not on that day, nor
  // is what its own words date, however they resolve.
  if (items.some((x) => x.relation === 'after' || x.relation === 'before' || followsWhatCameBefore(ctx.folded, ctx.seg, x.t.start))) return null;
  if (within(dates.phrases, clauses[0]!.start, clauses[clauses.length - 1]!.end).length) return null;
  const first = items[0]!;
  const sentence = ctx.seg.sentences[first.cl.sentence]!;
  const inSentence = within(dates.usable, sentence.start, first.t.start);
  const opening = inSentence[0];
  if (!opening || opening.governed || inSentence.length > 1) return null;
  if (!BEFORE_AN_OPENING_DATE.test(ctx.folded.slice(sentence.start, opening.start).replace(/\s+/g, ''))) return null;
  // Closed by a comma, or in a clause group that tells no event of its own («في شهر شباط الماضي تشرفت المكسيك بأن زارها
  // وزير خارجية لبنان»).
  const openingGroup = ctx.seg.clauseAt(opening.start)?.group;
  const groupTellsNoEvent = !ctx.tags.triggers.some((t) => ctx.seg.clauseAt(t.start)?.group === openingGroup);
  if (!/^\s*[،,]/.test(ctx.folded.slice(opening.end, opening.end + 3)) && !groupTellsNoEvent) return null;
  return { phrase: opening, kind: 'group' };
}

const EVENT_COURSE_VERBS = new Set(functionWords.eventCourseVerbs.words);
const HELD_VERBS = new Set(functionWords.heldVerbs.words);
/** «والتي بدأت أمس لمدة يومين»: a relative clause whose verb tells how an event runs describes an event, not a place. */
function tellsEventCourse(f: string, relative: Clause): boolean {
  const pronoun = nextWord(f, relative.start);
  const verb = pronoun ? nextWord(f, pronoun.end) : null;
  // «والذي سينعقد بمدينة يوكوهاما»: and so does one of its being held, in any tense.
  return verb !== null && (EVENT_COURSE_VERBS.has(verb.word) || HELD_VERBS.has(verb.word.replace(/^س/, '')));
}

/** Verbs of an event's being held or of its course: «تعقد», «عقدت», «تنطلق», «استمرت». */
const HOLDING_OR_COURSE = new Set([...SCHEDULED_COURSE, ...TOOK_PLACE, ...EVENT_COURSE_VERBS]);

/**
 * «وتعقد هذه القمة … من 5 إلى 8 أغسطس», «إن هذه الزيارة ستستمر يومين اعتبارا من اليوم»: an event named again by a
 * demonstrative as the subject of a verb of its holding or its course, before or right after it, is told again to say
 * when it is held; its clause's date is its own.
 */
function heldAsNamedAgain(f: string, t: TriggerHit): boolean {
  const pointer = previousWord(f, t.start);
  if (!pointer || !DEMONSTRATIVES.has(pointer.word.replace(/^[وف]/, ''))) return false;
  const holdingOrCourse = (word: string) => HOLDING_OR_COURSE.has(word) || HOLDING_OR_COURSE.has(word.replace(/^س/, ''));
  return holdingOrCourse(previousWord(f, pointer.start)?.word.replace(/^[وف]/, '') ?? '') || holdingOrCourse(nextWord(f, t.end)?.word ?? '');
}

/**
 * The head of the complement a group is part of: the group's own head when it opens with «أن», or, for a verb conjoined
 * after it («قالت الوكالة، الجمعة، إن الملك استقبل نظيره، وعقدا جلسة مباحثات»), the head of the complement it continues.
 */
function reportedHead(seg: Segmentation, head: Clause): Clause | null {
  for (let c: Clause | undefined = head; c && c.sentence === head.sentence; c = seg.clauses[c.index - 1]) {
    if (c.startKind === 'comp') return c;
    if (c !== head && c.startKind !== 'punct' && c.startKind !== 'hard') return null;
    if (c === head && c.startKind !== 'hard') return null;
  }
  return null;
}

/** The day a report gives to what it reports: a day-precision phrase in the reporting clauses before a complement group. */
function reportDate(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const head = reportedHead(scope.ctx.seg, scope.clauses[0]!);
  // What a report announces for later is not dated by the day it was announced; an event the report only names
  // («إن زيارة الكاظمي تتضمن…») is not what it reports.
  // A group conjoined after the complement opens on its verb («وعقدا جلسة مباحثات»): its noun is what the verb did.
  const toldByAVerb = items.some((x) => x.t.pos === 'verb' || (x.cl === scope.clauses[0] && x.cl.startKind === 'hard'));
  if (!head || items.some((x) => x.modality !== 'occurred') || !toldByAVerb) return null;
  const sentence = scope.ctx.seg.sentences[head.sentence]!;
  const before = within(scope.dates.usable, sentence.start, head.start).filter((d) => !d.governed && d.date!.precision === 'day');
  const phrase = before[before.length - 1];
  return phrase ? { phrase, kind: 'report' } : null;
}

/**
 * The original span of the clauses that state the event (from `from` when given), cut to the trigger's clause or its
 * surroundings when long.
 */
function mentionSpan(ctx: ArticleContext, spanClauses: Clause[], first: Item, from: number | null = null): Span {
  let o = ctx.original(from ?? Math.min(...spanClauses.map((c) => c.start)), Math.max(...spanClauses.map((c) => c.end)));
  if (o.end - o.start > MAX_QUOTE) o = ctx.original(first.cl.start, first.cl.end);
  if (o.end - o.start > MAX_QUOTE) {
    const ts = ctx.original(first.t.start, first.t.end);
    o = { start: Math.max(o.start, ts.start - 180), end: Math.min(o.end, ts.end + 180) };
  }
  const span = trimSpan(ctx.text, o.start, o.end) ?? o;
  return { start: span.start, end: Math.min(span.end, span.start + MAX_QUOTE) };
}

/**
 * «للقمة العربية، المقرر عقدها يوم غد الجمعة بمدينة جدة»: the relative clause right after the event's words that gives
 * its day is part of the words that state it.
 */
function withTheRelativeThatDatesIt(ctx: ArticleContext, span: Span, spanClauses: Clause[], dated: { phrase: DatePhrase; kind: DateKind } | null): Span {
  if (!dated || dated.kind !== 'clause') return span;
  const last = Math.max(...spanClauses.map((c) => c.index));
  const next = ctx.seg.clauses[last + 1];
  if (!next || next.sentence !== ctx.seg.clauses[last]!.sentence || !opensRelative(ctx.folded, next) || dated.phrase.start < next.start || dated.phrase.end > next.end) return span;
  const end = trimSpan(ctx.text, span.start, ctx.original(next.start, next.end).end)?.end ?? span.end;
  return end > span.end ? { start: span.start, end: Math.min(end, span.start + MAX_QUOTE) } : span;
}

/** «وأفاد بيان للرئاسة», «وذكر بيان»: a statement that is the subject of a speech verb is where the news comes from. */
function afterSpeechVerb(ctx: ArticleContext, t: TriggerHit): boolean {
  const before = previousWord(ctx.folded, t.start);
  return before !== null && ctx.tags.speechAt.includes(before.start);
}

/** How many words (a place: «قمة جوهانسبرج لمنتدى التعاون») may name an event between its noun and the next event noun of its name. */
const NAME_OF_AN_EVENT_WORDS = 2;

function flagsOf(scope: GroupScope, items: Item[], clauses: Clause[], sent: Sentence): CandidateFlags {
  const { ctx, dates } = scope;
  const { folded: f, tags } = ctx;
  const lex = getLexicon();
  const first = items[0]!;
  // The trip an event is framed by («وقد جرى هذا اللقاء بمناسبة زيارة الدولة») does not say whether the event is told
  // again or only named.
  const naming = items.some((x) => !x.framed) ? items.filter((x) => !x.framed) : items;
  // «التقى … وذلك خلال زيارته»: «ذلك» before the words that place the event («خلال», «على هامش») points at the event
  // just told, not back at another.
  // «على هامش حفل التنصيب»: a marker that is itself such a word places the event as much.
  // «يلي ذلك اجتماع موسع»: after a word of sequence it points at the item just told.
  // «وقعت … مذكرات، وذلك في لقاء بين …»: so does it before talks a signing told before them was placed at.
  // «وذلك على هامش الاجتماع»: a placing word may stand after its preposition.
  const placingAfter = (at: number) => {
    const w = nextWord(f, at);
    return w !== null && (inList(RELATION_WORDS, w.word) !== null || (PREPOSITIONS.has(w.word) && inList(RELATION_WORDS, nextWord(f, w.end)?.word ?? '') !== null));
  };
  const placesIt = (mk: { start: number; end: number }) => placingAfter(mk.end) || inList(RELATION_WORDS, f.slice(mk.start, mk.end)) !== null
    || (SEQUENCE_POINTERS.has(f.slice(mk.start, mk.end)) && inList(SEQUENCE_AFTER, previousWord(f, mk.start)?.word ?? '') !== null)
    // «التقى ظريف بمادورو …، حيث كان ظريف قبل ذلك قد أجرى مشاورات»: in a clause after the event's own, «قبل ذلك» places
    // another event before this one; it does not tell this one again.
    || (SEQUENCE_POINTERS.has(f.slice(mk.start, mk.end)) && inList(SEQUENCE_BEFORE, previousWord(f, mk.start)?.word ?? '') !== null
      && (ctx.seg.clauseAt(mk.start)?.index ?? -1) > first.cl.index)
    || items.some((x) => x.heldOnTrip && mk.start >= x.cl.start && mk.end <= x.t.start && THAT_WAS_AT.test(f.slice(x.cl.start, x.t.start)));
  // «إضافة إلى ذلك وقع الرئيسان اتفاقية»: «ذلك» after words that add one more thing is the story so far.
  const adds = (mk: { start: number }) => {
    const then = previousWord(f, mk.start);
    const word = then && ADDITIVE_THEN.has(then.word) ? previousWord(f, then.start)?.word.replace(/^[وب]/, '') : undefined;
    return word !== undefined && ADDITIVE.has(word);
  };
  // «عصر اليوم نفسه»: «نفسه» inside a date points back at a day, not at an event.
  const inDate = (mk: { start: number; end: number }) => dates.phrases.some((d) => d.start <= mk.start && mk.end <= d.end);
  const anaphoric = naming.every((x) => x.refersBack) || clauses.some((c) => within(tags.markers, c.start, c.end).some((mk) => mk.marker === 'anaphoric' && !placesIt(mk) && !adds(mk) && !inDate(mk)));
  // «نتائج قمة جوهانسبرج لمنتدى التعاون»: an event noun in the name of the one before it is named with it.
  const inTheNameBefore = (x: Item, before: Item | undefined) => before !== undefined && x.t.pos === 'noun' && before.t.pos === 'noun'
    && wordsIn(f, before.t.end, x.t.start) <= NAME_OF_AN_EVENT_WORDS;
  const heads = naming.filter((x, i) => !inTheNameBefore(x, naming[i - 1]));
  const reference = heads.every((x) => namedAsAReference(ctx, x.t));
  const sentMarkers = within(tags.markers, sent.start, sent.end);
  // «وكان الرئيس قد زار موسكو», and without «قد» before a verb in the past that tells the event itself («وكان الرئيس
  // الجزائري تحدث هاتفيا مع نظيره», «وكان الرئيس الروسي، فلاديمير بوتين عين …», the subject set off by a comma):
  // what had happened before the news, on a day of its own — unless a time of day
  // places it on the news's day («وكان المبعوثان وصلا فجرا»).
  const pluperfect = sentMarkers.filter((mk) => mk.marker === 'pluAux' && mk.start < first.t.start)
    .some((aux) => sentMarkers.some((p) => p.marker === 'pluParticle' && closesPluperfect(f, aux.end, p.start))
      || (first.t.pos === 'verb' && !first.t.future && ctx.seg.clauseAt(aux.start)?.group === first.cl.group && wordsIn(f, aux.end, first.t.start) <= lex.pluperfectWindow
        && !wordsOf(f.slice(first.cl.start, first.cl.end)).some((w) => DAY_PART_ADVERBS.has(w))));
  // «وكان من المقرر أن يزور …»: a plan told as what was to be, as news tells a plan it goes on to put off.
  // «زيارة تبون التي كانت منتظرة يوم 2 ماي»: so is one whose relative clause says it was to be.
  const plannedAfter = (aux: { start: number; end: number }, before: number) => tags.cues.some((c) => c.modality === 'planned' && c.start > aux.start && c.start < before && wordsIn(f, aux.end, c.start) <= lex.pluperfectWindow);
  const describedAsToBe = sentMarkers.filter((mk) => mk.marker === 'pluAux' && mk.start > first.t.end).some((aux) => {
      const cl = ctx.seg.clauseAt(aux.start);
      // «ألغى زيارة إلى البيت الأبيض كانت مقررة في 31 يناير»: an indefinite noun's description needs no relative word.
      const describes = (cl: Clause) => (RELATIVE.has(firstWordOf(f, cl)) && wordsIn(f, cl.start, aux.start) <= 1) || (cl === first.cl && !first.t.definite);
      return cl !== null && cl.sentence === first.cl.sentence && describes(cl)
        && wordsIn(f, first.t.end, Math.min(cl.start, aux.start)) <= RELATIVE_REACH && !scope.triggers.some((t) => t.start > first.t.end && t.start < aux.start)
        && plannedAfter(aux, cl.end);
    });
  const wasToBe = describedAsToBe || sentMarkers.filter((mk) => mk.marker === 'pluAux' && mk.start < first.t.start).some((aux) => plannedAfter(aux, first.t.start));
  const groupStart = scope.clauses[0]!.start, groupEnd = scope.clauses[scope.clauses.length - 1]!.end;
  // «منذ اتفاق بكين»: a reference point is dated by its own words or not at all; so is a leg of a tour, an invitation
  // told as accepted («رحب به على هذه الزيارة وقبوله الدعوة»), sent on a day before that the acceptance does not give,
  // and a trip told as welcomed («مجددا الترحيب بزيارة الرئيس ماكرون للبنان»).
  const noFallback = items.every((x) => x.since || x.invitedTo || legOfATour(scope, x) || officeAsReference(x) || (x.t.type === 'invitation' && accepted(f, x.t)) || welcomed(ctx, x.t) || congratulatedOn(f, x)) || within(tags.markers, groupStart, groupEnd).some((mk) => mk.marker === 'noFallback')
    || within(dates.phrases, sent.start, sent.end).some((d) => d.kind === 'vague' && d.date === null);
  return {
    anaphoric, pluperfect, wasToBe, describedAsToBe, reference, noFallback, headline: sent.headline,
    present: naming.every((x) => (x.t.pos === 'imperfect' && !nextInAPastNarrative(scope, x.t, sent)) || (x.t.pos === 'noun' && (toldInThePresent(f, ctx.seg, x.t.start, imperfectVerbStarts(ctx.tags)) || heldDuringInThePresent(f, x)))),
    placedReference: naming.every((x) => (x.relation === 'after' || x.relation === 'before') && (x.t.suffix === 'هما' || x.t.suffix === 'تهما')),
    placedAgainst: naming.every((x) => x.relation === 'before'),
    // «وعقب المحادثات، وُقّعت اتفاقيات»: an event framed by a trip is reported like the trip.
    verbPast: items.some((x) => (x.t.pos === 'verb' && !x.t.future) || x.framed || x.presided || (x.t.pos === 'noun' && (toldAsDone(f, x.t.start, dates.phrases) || doneBySubjectOfItsClause(scope, x)))),
    complement: startsReport(first.cl) || startsReport(scope.clauses[0]),
    weak: items.every((x) => x.t.weak),
    definite: naming.every((x) => x.t.definite),
    discussion: items.every((x) => x.t.discussion),
    onArrival: scope.clauses.some((cl) => cl.start >= first.cl.start && toldOnArrival(f, cl)),
    heldWhere: openedByWhere(scope, first.cl),
    forTheGuest: items.every((x) => x.t.pos === 'noun' && WELCOME_NOUNS.has(x.t.form.replace(/^ال/, ''))
      && [...wordsAhead(f, x.t.end, functionWords.welcomeNouns.guestReach, /[.،,\n]/)].some((w) => GUESTS.has(w.word.replace(/^[وبل]?(?:ل|ال)?/, '')) || GUESTS.has(w.word))),
    // An interview («في مقابلة», «في حديث لوكالة») is news of its own; a statement or a press conference is a source.
    source: items.every((x) => x.t.type === 'statement' && x.t.pos === 'noun' && SOURCE_NOUNS.has(x.t.form.replace(/^ال/, '')) && (inList(SOURCE_FRAMES, sourceFrameBefore(f, x.t.start)) !== null || afterSpeechVerb(ctx, x.t))),
    byDelegation: items.some((x) => x.t.pos === 'verb' && DELEGATION.has(nextWord(f, x.t.end)?.word ?? '')),
    // «اتفقا خلاله على اللقاء فور عودته»: what was agreed during an event is the agreeing; the event agreed on is later.
    duringEvent: items.some((x) => (x.cl.startKind === 'during' || duringWhichAfterItsSubject(f, x.t) || duringWhichOpens(f, x)) && !legOfATour(scope, x) && !x.agreedOn),
    onTrip: items.some((x) => x.heldOnTrip),
    sequel: items.some((x) => followsSequenceWord(f, x, ctx.seg) || toldAsNextStep(scope, x)),
    prequel: items.some((x) => toldAsTheStepBefore(f, x)),
    ordinal: items.some((x) => x.t.pos === 'noun' && (ORDINAL_ADJECTIVES.has(nextWord(f, x.t.end)?.word ?? '') || ORDINALS.has(previousWord(f, x.t.start)?.word.replace(/^[وف]?(?:في|ك|ب)?/, '') ?? ''))),
    programmeItem: listedUnderATrip(scope, sent),
    namedAgain: naming.every((x) => x.refersBack) || clauses.some((c) => within(tags.markers, c.start, c.end).some((mk) => mk.marker === 'anaphoric' && !placesIt(mk) && !adds(mk) && DEMONSTRATIVE_MARKERS.has(f.slice(mk.start, mk.end).replace(/^[وف]/, '')))),
    onThisOccasion: opensOnThisOccasion(f, scope.clauses[0]!.start, first.t.start, first.t.pos === 'noun' ? first.t.start : first.t.end),
    relative: first.t.pos !== 'noun' && RELATIVE.has(previousWord(f, first.t.start)?.word.replace(/^و/, '') ?? ''),
    frameOnly: false,
    outcome: first.t.pos === 'noun' && yieldedBy(f, first.t.start),
    timeOfDay: timesOfDayIn(ctx).some((at) => clauses.some((c) => at >= c.start && at < c.end)),
    placing: naming.every((x) => x.relation === 'after' || x.relation === 'before'),
  };
}

const { openers: HOUR_OPENERS, clockOpeners: CLOCK_OPENERS, clock: CLOCK, hours: HOURS, parts: DAY_PARTS } = functionWords.timesOfDay;
/** «عند الواحدة ظهراً», «عند الساعة الرابعة والنصف», «في تمام الساعة 10», «فجراً». */
const TIME_OF_DAY = new RegExp(`(?<!\\p{L})(?:(?:${CLOCK_OPENERS.join('|')})\\s+(?:(?:${CLOCK.join('|')})\\s+)+(?:${HOURS.join('|')}|\\d{1,2}(?:[:.]\\d{2})?)|(?:${HOUR_OPENERS.join('|')})\\s+(?:${HOURS.join('|')})|${DAY_PARTS.join('|')})(?!\\p{L})`, 'gu');
const timesOfDay = new WeakMap<ArticleContext, number[]>();
/** Where the article's hours and parts of the day stand (folded offsets), read once per article. */
const BEFORE_THAT = new Set(functionWords.beforeThat.words);
/**
 * «واستقبل ولد مرزوك السفير الفرنسي، قبل أن يستقبل السفيرة الألمانية»: an imperfect after «قبل أن», where a verb in the
 * past tells what came first in its sentence, tells what came next then, not what is to come.
 */
function nextInAPastNarrative(scope: GroupScope, t: TriggerHit, sent: Sentence): boolean {
  const that = afterBeforeThat(scope.ctx.folded, t);
  return that !== null && scope.ctx.tags.triggers.some((v) => v.pos === 'verb' && !v.future && v.start >= sent.start && v.start < that);
}

/** Where «أن» stands, when a verb follows «قبل أن»; else null. */
function afterBeforeThat(f: string, t: TriggerHit): number | null {
  const that = previousWord(f, t.start);
  return that?.word === 'ان' && BEFORE_THAT.has(previousWord(f, that.start)?.word.replace(/^و/, '') ?? '') ? that.start : null;
}

/**
 * «واستقبل ولد مرزوك السفير الفرنسي، قبل أن يستقبل السفيرة الألمانية»: a verb after «قبل أن» goes on with the doer of
 * the event its sentence told before it. Candidates in text order.
 */
function doerGoesOn(ctx: ArticleContext, candidates: Candidate[]): void {
  for (const [i, c] of candidates.entries()) {
    const t = c.triggers[0]!;
    if (t.pos === 'noun' || afterBeforeThat(ctx.folded, t) === null) continue;
    const before = candidates.slice(0, i).reverse().find((d) => d.sentence === c.sentence && d.triggers[0]!.pos === 'verb');
    const doer = before?.participants.find((p) => p.kind === 'person');
    if (doer && !c.participants.some((p) => participantKey(p) === participantKey(doer))) c.participants = [doer, ...c.participants];
  }
}

function timesOfDayIn(ctx: ArticleContext): number[] {
  let found = timesOfDay.get(ctx);
  if (!found) { found = [...ctx.folded.matchAll(TIME_OF_DAY)].map((m) => m.index); timesOfDay.set(ctx, found); }
  return found;
}

const OUTCOME_VERBS = new Set(functionWords.outcomeVerbs.words);
/** «أسفرت عن اتفاقات», «تمخضت عن توقيع»: an event noun right after a verb of yielding and «عن». */
function yieldedBy(f: string, at: number): boolean {
  const from = previousWord(f, at);
  const verb = from?.word === 'عن' ? previousWord(f, from.start) : null;
  return verb !== null && OUTCOME_VERBS.has(verb.word.replace(/^[وف]/, ''));
}

const DURING_WHICH = new Set(functionWords.duringWhich.words);
/** How many words (the verb's subject) may stand between a verb and «خلالها». */
const DURING_WHICH_REACH = 4;

/**
 * «بعد زيارة رسمية، وأجرى خلالها محادثات مع رئيس الجمهورية»: talks or a signing whose clause tells «خلالها» before the
 * event's noun, after a verb with «و» (which the segmenter leaves a clause of the sentence's own, not one of «during»).
 */
const duringWhichOpens = (f: string, x: Item) => x.t.type !== 'visit' && x.cl.startKind !== 'during'
  && f.slice(x.cl.start, x.t.start).split(/[^\p{L}]+/u).some((w) => DURING_WHICH.has(w.replace(/^و/, '')));

const DURING_WHICH_VERBS = new Set(functionWords.duringWhich.verbs);
/** «في زيارة رسمية تستغرق يومين، يجري خلالها مباحثات»: an event's noun after a verb in the present and «خلالها». */
function heldDuringInThePresent(f: string, x: Item): boolean {
  const words = f.slice(x.cl.start, x.t.start).split(/[^\p{L}]+/u).filter(Boolean).map((w) => w.replace(/^و/, ''));
  return words.some((w) => DURING_WHICH.has(w)) && words.some((w) => DURING_WHICH_VERBS.has(w) && /^[يت]/u.test(w));
}

/** «ووقعت مصر وروسيا خلالها 5 اتفاقيات»: a verb, its subject, then «خلالها» — it happened during the event named before. */
function duringWhichAfterItsSubject(f: string, t: TriggerHit): boolean {
  return t.pos !== 'noun' && [...wordsAhead(f, t.end, DURING_WHICH_REACH, /[.،,:؛\n]/)].some((w) => DURING_WHICH.has(w.word.replace(/^و/, '')));
}

/** How many lines a trip's programme may list under its heading. */
const PROGRAMME_LINES = 6;

/**
 * «ومن أبرز محطات الزيارة: (newline) توقيع أربع مذكرات تفاهم. (newline) الإعلان عن افتتاح معهد …»: a line under a heading
 * that names a trip and ends with a colon, among the undated lines that follow it, is an item of the trip's programme.
 */
function listedUnderATrip(scope: GroupScope, sent: Sentence): boolean {
  const { seg, folded, tags } = scope.ctx;
  for (let i = sent.index - 1; i >= 0 && i >= sent.index - PROGRAMME_LINES; i--) {
    const s = seg.sentences[i]!;
    if (within(scope.dates.usable, s.start, s.end).length) return false;
    if (/:\s*$/.test(folded.slice(s.start, s.end)) && !/\n/.test(folded.slice(s.start, s.end).trim())) {
      return within(tags.triggers, s.start, s.end).some((t) => t.type === 'visit' && t.pos === 'noun') && !within(scope.dates.usable, sent.start, sent.end).length;
    }
  }
  return false;
}

const STEP_WORDS = new Set(functionWords.nextStep.words);

/**
 * «حل بالجزائر … حيث كان في استقباله الرئيس تبون، قبل أن يعقد الرئيسان جلسة محادثات»: what a clause «قبل أن» or «بعد
 * أن» tells is the story's next (or previous) step, an event of its own.
 */
function toldAsNextStep(scope: GroupScope, x: Item): boolean {
  const { seg, folded: f } = scope.ctx;
  const before = seg.clauses[x.cl.index - 1];
  return x.cl.startKind === 'sub' && firstWordOf(f, x.cl) === COMPLEMENTIZER_AN && before !== undefined && before.group === x.cl.group
    && STEP_WORDS.has(f.slice(before.start, before.end).replace(/[^\p{L}]+/gu, '').replace(/^و/, ''));
}

const SEQUENCE_WORDS = new Set(functionWords.sequence.words);
const SEQUENCE_AFTER = new Set(functionWords.sequence.after);
const SEQUENCE_POINTERS = new Set(functionWords.sequence.pointers);
const ADDITIVE = new Set(functionWords.additive.words);
const ADDITIVE_THEN = new Set(functionWords.additive.then);
/** How many words before a trigger, in its clause, a word of sequence may stand («ثم يشهدان التوقيع»). */
const SEQUENCE_REACH = 6;

/** «يليه لقاء», «ثم يشهدان التوقيع», «عقب ذلك سيتم التوجه … للقاء»: the trigger is the next item of what was told before it. */
function followsSequenceWord(f: string, x: Item, seg: Segmentation): boolean {
  return sequenceWordBefore(f, x, seg) >= 0;
}

const SEQUENCE_BEFORE = new Set(functionWords.sequence.before);
/** How many words after a verb «قبل ذلك» may stand (its subject goes between). */
const STEP_BEFORE_REACH = 5;

/** «وكان الرئيس قد استقبل قبل ذلك دراغي», «وقبل ذلك، التقى»: «before that» right after the verb or opening its clause. */
function toldAsTheStepBefore(f: string, x: Item): boolean {
  if (x.t.pos === 'noun') return false;
  // «قبل ذلك بعامين»: a distance counted from that event tells another day.
  const counted = (pointerEnd: number) => nextWord(f, pointerEnd)?.word.startsWith('ب') ?? false;
  const stepBeforeAt = (at: number) => {
    const w = nextWord(f, at);
    const pointer = w && nextWord(f, w.end);
    return w !== null && inList(SEQUENCE_BEFORE, w.word) !== null && pointer !== null && SEQUENCE_POINTERS.has(pointer.word) && !counted(pointer.end);
  };
  // «وقبل ذلك، التقى الوزير»: right before the verb, in a clause of their own.
  const pointer = previousWord(f, x.t.start);
  const before = pointer && previousWord(f, pointer.start);
  if (pointer && before && SEQUENCE_POINTERS.has(pointer.word) && inList(SEQUENCE_BEFORE, before.word)) return true;
  let at = x.t.end;
  for (let i = 0; i < STEP_BEFORE_REACH && at < x.cl.end; i++) {
    if (stepBeforeAt(at)) return true;
    at = nextWord(f, at)?.end ?? x.cl.end;
  }
  return false;
}

/** Where the word of sequence before the trigger starts («تليها زيارة», «عقب ذلك سيتم التوجه»), or -1. */
function sequenceWordBefore(f: string, x: Item, seg?: Segmentation): number {
  let w = previousWord(f, x.t.start);
  for (let i = 0; i < SEQUENCE_REACH && w && w.start >= x.cl.start; i++) {
    if (inList(SEQUENCE_WORDS, w.word)) return w.start;
    const before = previousWord(f, w.start);
    if (SEQUENCE_POINTERS.has(w.word) && before && before.start >= x.cl.start && inList(SEQUENCE_AFTER, before.word)) return before.start;
    w = before;
  }
  // «وعقب ذلك، ستعقد محادثات»: the words of sequence set off by a comma in a clause of their own right before.
  const fronted = seg?.clauses[x.cl.index - 1];
  if (!fronted || fronted.sentence !== x.cl.sentence) return -1;
  const words = wordsOf(f.slice(fronted.start, fronted.end)).filter((w) => w.length > 0);
  const alone = words.length === 1 && inList(SEQUENCE_WORDS, words[0]!) !== null;
  const pointed = words.length === 2 && inList(SEQUENCE_AFTER, words[0]!.replace(/^و/, '')) !== null && SEQUENCE_POINTERS.has(words[1]!);
  return alone || pointed ? fronted.start : -1;
}

/**
 * «يبدأ الرئيس زيارة إلى الإمارات تستغرق ثلاثة أيام تليها زيارة رسمية إلى مصر»: the next trip is told from its word of
 * sequence on, not by the clause of the trip before it; null when nothing is told before it in its clause.
 */
function nextTripStart(scope: GroupScope, x: Item): number | null {
  if (x.t.type !== 'visit') return null;
  const at = sequenceWordBefore(scope.ctx.folded, x);
  return at >= 0 && scope.triggers.some((t) => t.start >= x.cl.start && t.end <= at) ? at : null;
}

const OCCASION_POINTERS = new Set(functionWords.thisOccasion.pointers);
const OCCASION_NOUNS = new Set(functionWords.thisOccasion.nouns);
const OCCASION_WORDS = new Set(functionWords.thisOccasion.words);

/**
 * «وبهذه المناسبة، دعا …», «وقد تم، بالمناسبة، التوقيع …»: the clause group opens on «this occasion» before the event's
 * words, or right after the verb that opens it («ووقعا في هذه المناسبة 3 اتفاقيات»).
 */
function opensOnThisOccasion(f: string, groupStart: number, triggerStart: number, triggerEnd: number): boolean {
  let previous = '';
  const opensOnTheVerb = wordsIn(f, groupStart, triggerStart) === 0;
  const reach = functionWords.thisOccasion.reach + (opensOnTheVerb ? wordsIn(f, triggerStart, triggerEnd) : 0);
  for (const w of wordsAhead(f, groupStart, reach, /[.\n]/)) {
    if (w.end > triggerStart && !opensOnTheVerb) return false;
    if (OCCASION_WORDS.has(w.word.replace(/^و/, '')) || (OCCASION_NOUNS.has(w.word) && OCCASION_POINTERS.has(previous.replace(/^و/, '')))) return true;
    previous = w.word;
  }
  return false;
}

/** «كما التقى», «كما عقد لقاء», «كما أجرى محادثات»: «also» before the verb, or before a verb and the event's noun. */
const ALSO = /^[وف]?كما\s+(?:\S+\s+)?$/;
const ALSO_AFTER = /(?:^|[^\p{L}])ايضا(?:[^\p{L}]|$)/u;
/** How far after a verb of meeting «أيضا» is looked for: the subject and a day («الشيباني، اليوم الجمعة أيضا»). */
const ALSO_REACH_CHARS = 40;

/** «بحضور» (after any «و»): a clause naming who attended. */
const ATTENDANCE = 'بحضور';

/** «زيارته», «لقائهما»: pronouns that point back to someone named before; «اتفقتا», «زاروا» only inflect the verb. */
const ARRIVAL_PLACING = new Set(functionWords.heldOnArrival.placing);
const ARRIVAL_NOUNS = new Set(functionWords.heldOnArrival.arrival);
/** «عقب وصوله البلاد»: the clause places its event right after an arrival. */
function toldOnArrival(f: string, cl: Clause): boolean {
  const words = wordsOf(f.slice(cl.start, cl.end));
  return words.some((w, i) => ARRIVAL_PLACING.has(w.replace(/^و/, '')) && ARRIVAL_NOUNS.has(words[i + 1] ?? ''));
}

const THIRD_PERSON_SUFFIXES = new Set(['ه', 'ها', 'هما', 'هم', 'هن', 'ته', 'تها', 'تهما', 'تهم']);
/** How many words a title may take before the name it belongs to («بأمير قطر الشيخ تميم»). */
const TITLE_WORDS = 4;
/** «محادثاته», «زيارتها»: the pronoun of one owner. */
const ONE_OWNER_SUFFIXES = new Set(['ه', 'ها', 'ته', 'تها']);

/** The family of titles that speak for a body (gazetteer titles). */
const SPOKESPERSON = 'spokesperson';
/** «أحمد فهمي المتحدث باسم رئاسة الجمهورية»: the office of speaking for a body right after a name. */
const SPOKESPERSON_AFTER = /^\s*[،,]?\s*(?:ال)?(?:متحدث|ناطق)[ه]?\s+(?:الرسمي\s+)?باسم(?!\p{L})/u;
const SPOKESPERSON_REACH = 30;

/** Event types with two sides, each a person: talks and calls. */
const TWO_SIDED = new Set<EventType>(['meeting', 'call']);

/** «نفت الوزارة مشاركة الوزير عثمان صالح في أعمال القمة»: whose taking part in the event a denial or a doubt is about. */
function deniedTakingPart(ctx: GroupScope['ctx'], e: EntityMention, eventAt: number): boolean {
  const sentence = ctx.seg.sentences.find((s) => e.start >= s.start && e.start < s.end);
  return sentence !== undefined && e.end <= eventAt && ctx.tags.cues.some((c) => (c.modality === 'negated' || c.modality === 'hypothetical') && c.start >= sentence.start
    && c.end <= e.start && takingPartIn(ctx.folded, c.end, eventAt) && !takingPartIn(ctx.folded, c.end, e.start));
}

/**
 * People and organisations in the span, else in the group; with none, the sentence's speaker (first person «اتفقنا»,
 * a reported clause, a statement) or the person a pronoun suffix points back to («زيارته»).
 */
function actorsOf(scope: GroupScope, items: Item[], ents: EntityMention[], inSpan: (x: { start: number }) => boolean, type: EventType, sentIdx: number): EntityMention[] {
  const { ctx, speakers, clauses } = scope;
  const first = items[0]!;
  const groupStart = clauses[0]!.start, groupEnd = clauses[clauses.length - 1]!.end;
  let actors = ents.filter((e) => (e.kind === 'person' && !befellThem(ctx.folded, e)) || (e.kind === 'organisation' && !citedAsSource(ctx.folded, e)));
  // «وصل الوزير إلى الرياض أمس، والتقى ولي العهد»: talks whose verb opens a clause after a comma, naming one person,
  // are held by the subject the sentence named before, who is not named again.
  // So are those told after «كما» («… كما عقد لقاء يوم الخميس مع وزير الخارجية السعودي»): «also» joins a verb to the
  // subject told before.
  const also = ALSO.test(ctx.folded.slice(first.cl.start, first.t.start));
  const elidedSubject = (first.cl.startKind === 'hard' && wordsIn(ctx.folded, first.cl.start, first.t.start) === 0 && first.t.pos !== 'noun' || also) && TWO_SIDED.has(type)
    && new Set(actors.filter((e) => e.kind === 'person').map((e) => e.id)).size === 1;
  // «توجه الغانم إلى بروكسل في زيارة يجتمع خلالها إلى ساسولي», «يبدأ الرئيس زيارة لعمان ويلتقي السلطان»: what happens
  // during a trip is done by who makes it, the first person its clauses name; so is what a clause of its own tells with
  // «خلالها» before the event's noun («بعد زيارة رسمية، وأجرى خلالها محادثات مع رئيس الجمهورية»).
  const duringWhichBefore = duringWhichOpens(ctx.folded, first);
  if (first.cl.startKind === 'during' || duringWhichBefore || first.heldOnTrip || elidedSubject) {
    const tripClauses = ctx.seg.clauses.filter((c) => (elidedSubject || duringWhichBefore ? c.sentence === first.cl.sentence : c.group === first.cl.group) && c.end <= first.cl.start);
    const traveller = tripClauses.flatMap((c) => within(ctx.entities, c.start, c.end)).find((e) => e.kind === 'person');
    if (traveller && !actors.some((e) => e.id === traveller.id)) actors = [traveller, ...actors];
  }
  // «عقد الوزير النفطي عددا من اللقاءات … . وأجرى في هذا الإطار لقاءً مع الوزير المصري بدر عبد العاطي»: a sentence
  // that opens on a verb of holding with no subject of its own, naming only the side met («مع …»), goes on with the one
  // the sentence before was about.
  const people = actors.filter((e) => e.kind === 'person');
  if (TWO_SIDED.has(type) && first.cl.startKind === 'sentence' && first.cl.sentence > 0 && people.length > 0 && people.every((e) => metAsCounterpart(ctx, e))
    && HOLDING_VERBS.has(firstWordOf(ctx.folded, first.cl).replace(/^و/, ''))) {
    const told = ctx.seg.sentences[first.cl.sentence - 1]!;
    const holder = within(ctx.entities, told.start, told.end).find((e) => e.kind === 'person' && !metAsCounterpart(ctx, e));
    if (holder && !actors.some((e) => e.id === holder.id)) actors = [holder, ...actors];
  }
  // «نقل الوزير تحيات الرئيس تبون إلى الرئيس برهم صالح، وسلّمه دعوة رسمية»: what a clause after a comma hands over to
  // «him» («وسلّمه») is handed by the subject its sentence named before to the one it named last.
  if (!people.length && first.cl.startKind !== 'sentence' && HANDED_OVER.has(firstWordOf(ctx.folded, first.cl).replace(/^و/, ''))) {
    const named = within(ctx.entities, ctx.seg.sentences[first.cl.sentence]!.start, first.cl.start).filter((e) => e.kind === 'person');
    const [giver, receiver] = [named[0], named.at(-1)];
    if (giver && receiver && giver.id !== receiver.id) actors = [giver, receiver, ...actors];
  }
  // «أفادت بأن الموفد الفرنسي جان إيف لودريان، وصل إلى قصر بعبدا للقاء الرئيس»: a subject told before its verb, in the
  // clause that «أن» opens, does what the verb says; so does one set off by commas after it («أن وزير الخارجية العراقية،
  // فؤاد حسين، سيتوجه …»).
  const subjectClauses = first.t.pos === 'noun' || wordsIn(ctx.folded, first.cl.start, first.t.start) > 0 ? [] : clausesOfTheSubject(scope, first.cl);
  const subject = subjectClauses.flatMap((c) => within(ctx.entities, c.start, c.end)).filter((e) => e.kind === 'person').at(-1);
  if (subject && !actors.some((e) => e.id === subject.id)) actors = [subject, ...actors];
  // «تلقى العاهل البحريني، الملك حمد بن عيسى، اتصالا هاتفيا من …», «وأكد الوزير، خلال اتصال هاتفي مع نظيره»: talks or a
  // call named after commas that set off who holds them, in clauses of the group that tell no other event, are theirs.
  if (TWO_SIDED.has(type) && first.t.pos === 'noun' && first.cl.startKind === 'punct') {
    const before = clauses.filter((c) => c.index < first.cl.index);
    const setOff = before.every((c) => c.sentence === first.cl.sentence && !scope.triggers.some((t) => t.start >= c.start && t.start < c.end));
    const holder = setOff ? before.flatMap((c) => within(ctx.entities, c.start, c.end)).find((e) => e.kind === 'person') : undefined;
    if (holder && !actors.some((e) => e.id === holder.id)) actors = [holder, ...actors];
  }
  // «بحث الوزيران الزيارة التي سيجريها الرئيس أردوغان إلى واشنطن»: a trip whose maker the words after its noun name is
  // his; who talks about it before its noun takes no part in it.
  const maker = type === 'visit' ? tripMaker(scope, items) : null;
  if (maker) actors = [maker, ...actors.filter((e) => e.id !== maker.id && !(e.kind === 'person' && e.start < first.t.start))];
  const inGroup = inAny(clauses);
  // «تحدث وزير الخارجية التركي هاكان فيدان … خلال محادثاته مع رئيس وزراء النيجر»: the one a pronoun on the noun of
  // talks or a call stands for holds them with whom «مع» («بنظيره») names, when everyone the candidate names comes after the noun:
  // the last person named before it.
  const withWhom = (x: Item) => {
    const next = nextWord(ctx.folded, x.t.end);
    if (!next) return false;
    const start = next.end - next.word.length;
    // «اتصاله بأمير قطر الشيخ تميم»: «بـ» glued to the title or name of whom it names, a few words on.
    const named = ctx.entities.find((e) => e.start >= start && (e.kind === 'person' || e.kind === 'country'));
    return COUNTERPART_OPENERS.has(next.word) || (next.word.startsWith('ب') && named?.kind === 'person' && wordsIn(ctx.folded, start, named.start) <= TITLE_WORDS);
  };
  const owned = items.find((x) => x.t.pos === 'noun' && TWO_SIDED.has(x.t.type) && ONE_OWNER_SUFFIXES.has(x.t.suffix) && withWhom(x));
  const named = actors.filter((e) => e.kind === 'person');
  if (owned && named.length && named.every((e) => e.start > owned.t.end)) {
    // «وأجرى لقاءً مع وزير الخارجية المصري … ولدى اجتماعه مع الوزير الموريتاني»: who was met before is not whose the
    // next talks are; the one who held them is, a sentence or two further back.
    const before = within(ctx.entities, ctx.seg.sentences[Math.max(0, sentIdx - OWNER_SENTENCES_BACK)]!.start, owned.t.start).filter((e) => e.kind === 'person');
    const owner = before.filter((e) => !metAsCounterpart(ctx, e)).at(-1)
      ?? before.filter((e) => (ctx.seg.clauseAt(e.start)?.sentence ?? -1) >= sentIdx - 2).at(-1);
    if (owner && !named.some((e) => e.id === owner.id)) actors = [owner, ...actors];
  }
  // «إن الزعيمين ناقشا …، ووقعا عددا من الاتفاقيات», «أنهما كانا قد زارا فرنسا والتقيا الرئيس ماكرون»: a verb of two
  // whose subject is a pronoun (nothing but conjunctions and auxiliaries before it in its clause) is done by the last two
  // people named, in its sentence or the one before, with whom it names after it.
  const dualVerb = items.find((x) => x.t.pos !== 'noun' && !x.t.discussion && DUAL_SUBJECTS.has(x.t.suffix)
    && wordsOf(ctx.folded.slice(x.cl.start, x.t.start)).every((w) => !w || BEFORE_A_PRONOUN_SUBJECT.has(w.replace(/^[وف]/, ''))));
  if (dualVerb) {
    const earlier = within(ctx.entities, ctx.seg.sentences[Math.max(0, sentIdx - 1)]!.start, dualVerb.t.start).filter((e) => e.kind === 'person');
    const two = [...new Map(earlier.reverse().map((e) => [e.id, e])).values()].slice(0, 2).reverse();
    if (two.length === 2) actors = [...two, ...actors.filter((e) => !two.some((d) => d.id === e.id))];
  }
  // «وجه البرهان … بترقية العلاقات. جاء ذلك لدى لقائه بمكتبه اليوم سفير السودان»: the one whose words the frame places
  // holds the event its pronoun names, whoever else it names.
  // So do the talks of the speaker a sentence with no subject goes on with («وأشار خلال لقائه اليوم سفيرة …»); a trip
  // there («وأضاف خلال زيارته موسكو») is only where he went on saying it.
  const ownedNoun = items.find((x) => x.t.pos === 'noun' && ONE_OWNER_SUFFIXES.has(x.t.suffix));
  const placedTeller = ownedNoun ? tellerPlaced(scope, sentIdx, ownedNoun.t.type === 'meeting') : null;
  if (placedTeller && !actors.some((e) => e.id === placedTeller.id)) actors = [placedTeller, ...actors];
  if (actors.some((e) => e.kind === 'person')) {
    // «…، بحضور رئيسة المفوضية الأوروبية أورسولا فون دير لاين»: who attended took part too.
    const attending = clauses.filter((c) => !inSpan(c) && firstWordOf(ctx.folded, c) === ATTENDANCE);
    return actors.concat(attending.flatMap((c) => within(ctx.entities, c.start, c.end).filter((e) => e.kind === 'person')));
  }
  actors = actors.concat(within(ctx.entities, groupStart, groupEnd).filter((e) => e.kind === 'person' && inGroup(e) && !inSpan(e)));
  if (actors.some((e) => e.kind === 'person')) return actors;
  if (TWO_SIDED.has(type)) {
    const sides = peopleOfTheSides(scope, first, sentIdx);
    if (sides.length) return actors.concat(sides);
  }
  const theirPeople = peopleOfTheStatesAtTheFrame(ctx, ents, sentIdx);
  if (theirPeople.length) return actors.concat(theirPeople);
  const speaker = speakers.bySentence.get(sentIdx);
  const firstPerson = items.some((x) => x.t.suffix === 'نا' || x.t.form.endsWith('نا'));
  const inReporting = ctx.tags.speechAt.some((at) => at >= groupStart && at < first.t.start);
  // «كما أعلن أنه سيزور منشأتين نوويتين غدا», «وذكر أنه يعتزم إجراء جولة»: the one who speaks is the subject of what he
  // says he does, told within a few words of «أنه» with no one else named between.
  const ofTheSpeaker = first.cl.startKind === 'comp' && SELF_COMPLEMENTIZERS.has(firstWordOf(ctx.folded, first.cl))
    && wordsIn(ctx.folded, first.cl.start, first.t.start) <= SELF_COMPLEMENT_REACH && within(ctx.entities, first.cl.start, first.t.start).length === 0;
  if (speaker && (firstPerson || inReporting || ofTheSpeaker || type === 'statement')) return actors.concat(speaker);
  // «قال الوزير …. جاء ذلك في كلمة له خلال اجتماع عقده مساء الأربعاء»: a sentence that opens by pointing back at what the
  // one before told places it; who told it there took part in the event it names, and so did the one the words were
  // exchanged with («بحث أردوغان العلاقات مع سلطان عمان. أتى ذلك خلال مكالمة هاتفية») when the event has two sides.
  const teller = tellerPlaced(scope, sentIdx);
  if (teller) return actors.concat(teller, TWO_SIDED.has(type) ? counterpartsTold(ctx, ctx.seg.sentences[sentIdx - 1]!, teller) : []);
  if (items.some((x) => THIRD_PERSON_SUFFIXES.has(x.t.suffix))) {
    const earlier = within(ctx.entities, ctx.seg.sentences[Math.max(0, sentIdx - 2)]!.start, first.t.start).filter((e) => e.kind === 'person');
    const p = earlier[earlier.length - 1];
    if (p && (ctx.seg.clauseAt(p.start)?.sentence ?? -1) >= sentIdx - 2) return actors.concat(p);
  }
  return actors;
}

/**
 * «قال الوزير …. جاء ذلك خلال …»: where the sentence opens by placing what the one before told (or, with `sayingOn`, goes on
 * saying with no subject of its own), who told it (its speaker, else the first person it names); else null.
 */
function tellerPlaced(scope: GroupScope, sentIdx: number, sayingOn = false): EntityMention | null {
  const { ctx, speakers } = scope;
  const opening = ctx.seg.clauseAt(ctx.seg.sentences[sentIdx]!.start);
  if (sentIdx === 0 || !opening || !(opensFrame(ctx.folded, opening) || (sayingOn && saysOnWithoutSubject(ctx, opening)))) return null;
  const told = ctx.seg.sentences[sentIdx - 1]!;
  return speakers.bySentence.get(sentIdx - 1) ?? within(ctx.entities, told.start, told.end).find((e) => e.kind === 'person') ?? null;
}

/**
 * «أكد ولي العهد … على متانة العلاقات. وأشار خلال لقائه اليوم سفيرة سريلانكا …»: a sentence that opens on a verb of
 * saying with no subject of its own, only the words that place it, goes on with the speaker of the sentence before.
 */
function saysOnWithoutSubject(ctx: ArticleContext, opening: Clause): boolean {
  const verb = nextWord(ctx.folded, opening.start);
  if (!verb || verb.end > opening.end) return false;
  const verbStart = verb.end - verb.word.length;
  if (!ctx.tags.speechAt.some((at) => at === verbStart || at === verbStart + 1)) return false;
  const after = nextWord(ctx.folded, verb.end);
  return after !== null && RELATION_WORDS.get(inList(RELATION_WORDS, after.word) ?? '') === 'during';
}

/**
 * «اتفقت الصين وجيبوتي على إقامة شراكة استراتيجية. جاء ذلك خلال محادثات الرئيس الصيني … مع رئيس جيبوتي …»: what states
 * did, placed by the sentence after at an event of their people, those people did.
 */
function peopleOfTheStatesAtTheFrame(ctx: ArticleContext, ents: EntityMention[], sentIdx: number): EntityMention[] {
  const states = new Set(ents.filter((e) => e.kind === 'country' && !e.adjective).map((e) => e.id));
  const next = ctx.seg.sentences[sentIdx + 1];
  const opening = next && ctx.seg.clauseAt(next.start);
  if (!states.size || !next || !opening || !opensFrame(ctx.folded, opening)) return [];
  return within(ctx.entities, next.start, next.end).filter((e) => e.kind === 'person' && e.country !== null && states.has(e.country));
}

/** How many sentences back the one whose talks a pronoun names («لدى اجتماعه مع …») may have been named. */
const OWNER_SENTENCES_BACK = 3;
/** «لقاءً مع وزير الخارجية المصري بدر عبد العاطي»: a person named, in his clause, after «مع» or «بنظيره» — the side met. */
function metAsCounterpart(ctx: ArticleContext, e: EntityMention): boolean {
  const cl = ctx.seg.clauseAt(e.start);
  return !!cl && wordsOf(ctx.folded.slice(cl.start, e.start)).some((w) => COUNTERPART_OPENERS.has(w.replace(/^و/, '')));
}

/** How many words (an office and a country: «سلطان عمان», «رئيس الوزراء الفرنسي») may stand between «مع» and the person. */
const COUNTERPART_TITLE_REACH = 4;
/** The people a sentence names as the other side of what its teller did («مع سلطان عمان هيثم بن طارق», «بنظيره»). */
function counterpartsTold(ctx: ArticleContext, told: { start: number; end: number }, teller: EntityMention): EntityMention[] {
  const f = ctx.folded;
  return within(ctx.entities, told.start, told.end).filter((e) => e.kind === 'person' && e.id !== teller.id
    && wordsBefore(f, e.start, COUNTERPART_TITLE_REACH, Math.max(told.start, f.lastIndexOf('،', e.start) + 1))
      .some((w) => COUNTERPART_OPENERS.has(w.replace(/^و/, ''))));
}

const WHAT_BEFELL = new Set(functionWords.whatBefellSomeone.words);
/** How many words (an office, a nationality, «الراحل»: «تأبين الرئيس الفرنسي الراحل جاك شيراك») may stand between what befell someone and their name. */
const BEFELL_REACH = 4;
/** «تداعيات اغتيال الدكتور إسماعيل هنية»: a person named as the one something befell, not one who takes part. */
function befellThem(f: string, e: EntityMention): boolean {
  return wordsBefore(f, e.start, BEFELL_REACH, Math.max(0, f.lastIndexOf('،', e.start), f.lastIndexOf('.', e.start)))
    .some((w) => WHAT_BEFELL.has(w.replace(/^و?(?:ال)?/, '')));
}

/** The endings of a verb whose subject is two («وقعا», «اتفقتا»). */
const DUAL_SUBJECTS = new Set(['ا', 'تا']);
const BEFORE_A_PRONOUN_SUBJECT = new Set(functionWords.beforeAPronounSubject.words);

/**
 * «وأشار إلى أن جلسة المباحثات العمانية اليابانية التي عقدت أمس تناولت …»: talks named by the adjectives of two countries
 * and by no person are held by the person of each country the story named last, in this sentence or the two before it.
 */
function peopleOfTheSides(scope: GroupScope, first: Item, sentIdx: number): EntityMention[] {
  const { ctx } = scope;
  const sides: EntityMention[] = [];
  let at = first.t.end;
  for (const e of ctx.entities) {
    if (e.start < at) continue;
    if (e.kind !== 'country' || !e.adjective || wordsIn(ctx.folded, at, e.start) > 0) break;
    if (!sides.some((x) => x.id === e.id)) sides.push(e);
    at = e.end;
  }
  if (sides.length < 2) return [];
  const named = within(ctx.entities, ctx.seg.sentences[Math.max(0, sentIdx - 2)]!.start, first.t.start).filter((e) => e.kind === 'person');
  const people = sides.map((c) => named.filter((p) => p.country === c.id).at(-1));
  return people.every((p) => p !== undefined) ? people.map((p) => ({ ...p!, start: first.t.start, end: first.t.end, fromTitle: true })) : [];
}

/**
 * «مناقشة الأوضاع في سوريا», «الأوضاع الراهنة في ليبيا»: a place after a noun of a subject (and an adjective of it with
 * the article) and «في» is what was discussed.
 */
function isTopicPlace(f: string, e: EntityMention): boolean {
  const prep = previousWord(f, e.start);
  if (!prep || prep.word !== 'في') return false;
  const noun = previousWord(f, prep.start);
  if (noun === null) return false;
  const topic = (w: string) => TOPIC_NOUNS.has(w.replace(/^و/, ''));
  if (topic(noun.word)) return true;
  const before = noun.word.startsWith('ال') ? previousWord(f, noun.start) : null;
  return before !== null && topic(before.word);
}

/**
 * «زار مصر», «زيارة رسمية إلى مصر»: the place a visit's word goes to, right after it or after «إلى»; not a place named
 * on the way («زارا معرض الصين بالقاهرة» is a visit in Cairo).
 */
function isDestination(scope: GroupScope, items: Item[], e: EntityMention): boolean {
  const f = scope.ctx.folded;
  return items.some((x) => x.t.type === 'visit' && e.start > x.t.start
    && (wordsIn(f, x.t.end, e.start) === 0 || (wordsIn(f, x.t.end, e.start) <= 3 && toThePlace(f, e)) || goesToAfterItsDoer(f, x.t, e)))
    || visitedAfterTheSubject(scope, items, e) || goesToAfterItsVerb(scope, items, e);
}

/** How many words a verb of going and the «إلى» of where it goes may stand apart: its subject and a date between. */
const GOES_TO_REACH = 12;

/** «توجه ولد عبد العزيز السبت الماضي إلى العاصمة الكازخية أستانا»: where «إلى» takes a verb of going, in its clause. */
function goesToAfterItsVerb(scope: GroupScope, items: Item[], e: EntityMention): boolean {
  const f = scope.ctx.folded;
  return toThePlace(f, e) && items.some((x) => x.t.type === 'visit' && x.t.pos !== 'noun' && e.start > x.t.end
    && !/[.،,:؛\n]/.test(f.slice(x.t.end, e.start)) && wordsIn(f, x.t.end, e.start) <= GOES_TO_REACH);
}

/**
 * «وزار الملك عبد الله الثاني تركيا بعد إعلان …»: a place right after the person a visit's verb puts first, its subject,
 * is the verb's object, where the visit goes; not when a pronoun on the verb is its object already («زارها»).
 */
function visitedAfterTheSubject(scope: GroupScope, items: Item[], e: EntityMention): boolean {
  const f = scope.ctx.folded;
  return items.some((x) => x.t.type === 'visit' && x.t.pos !== 'noun' && !x.t.suffix && e.start > x.t.end
    && scope.ctx.entities.some((p) => p.kind === 'person' && p.start >= x.t.end && p.end <= e.start
      && wordsIn(f, x.t.end, p.start) <= TITLE_WORDS && wordsIn(f, p.end, e.start) === 0));
}

const STATE_STYLES = new Set(functionWords.stateStyles.words);
/**
 * «إلى سلوفينيا», «إلى جمهورية سلوفينيا», «إلى العاصمة الكازخية أستانا»: «إلى» right before a place, or before the style
 * of its state, or before «العاصمة» and the adjective of its country.
 */
function toThePlace(f: string, e: { start: number }): boolean {
  let before = previousWord(f, e.start);
  if (before && STATE_STYLES.has(before.word)) before = previousWord(f, before.start);
  if (before && before.word.startsWith('ال') && before.word.endsWith('يه')) {
    const capital = previousWord(f, before.start);
    if (capital?.word === 'العاصمه') before = previousWord(f, capital.start);
  }
  if (before?.word === 'العاصمه') before = previousWord(f, before.start);
  return before?.word === 'الي';
}

/** How many words (its adjectives, a relative pronoun) may stand between a trip's noun and the words that say who makes it. */
const TRIP_DOER_WITHIN = 3;
/** How many words that part may take to name who makes the trip («التي يقوم بها الرئيس التركي رجب طيب أردوغان»). */
const TRIP_DOER_REACH = 12;
/** How far after a trip's noun (in characters) that place may stand: a dozen words, however long. */
const TRIP_DOER_CHARS = 200;
const DONE_BY = new RegExp(`(?<!\\p{L})(?:${functionWords.doneBy.words.map(foldForMatch).join('|')})(?!\\p{L})`, 'u');

/**
 * «الزيارة الرسمية التي يقوم بها أردوغان إلى مصر», «زيارة قام بها الأسد إلى موسكو»: after the words that say who makes
 * a trip, the place «إلى» brings in is where it goes, however many words name him.
 */
function goesToAfterItsDoer(f: string, t: TriggerHit, e: EntityMention): boolean {
  if (e.start <= t.end || !toThePlace(f, e)) return false;
  const between = f.slice(t.end, e.start);
  if (/[.،,:؛\n]/.test(between) || wordsIn(between, 0, between.length) > TRIP_DOER_REACH) return false;
  const doneBy = doneByAfter(f, t);
  return doneBy !== null && doneBy <= e.start;
}

/** Where the words that say who makes a trip («التي يقوم بها», «قام بها») end, right after the trip's noun; else null. */
function doneByAfter(f: string, t: TriggerHit): number | null {
  if (t.type !== 'visit' || t.pos !== 'noun') return null;
  const ahead = f.slice(t.end, t.end + TRIP_DOER_CHARS);
  const doneBy = DONE_BY.exec(ahead);
  if (!doneBy || /[.،,:؛\n]/.test(ahead.slice(0, doneBy.index)) || wordsIn(ahead, 0, doneBy.index) > TRIP_DOER_WITHIN) return null;
  return t.end + doneBy.index + doneBy[0].length;
}

/** The person the words after a trip's noun name as making it («الزيارة التي سيجريها الرئيس أردوغان»), if any. */
function tripMaker(scope: GroupScope, items: Item[]): EntityMention | null {
  const f = scope.ctx.folded;
  for (const x of items) {
    // «بعد زيارة "محمود أحمدي نجاد" في 2007»: a trip's noun whose owner is named right after it is his.
    const owner = x.t.type === 'visit' && x.t.pos === 'noun' && !x.t.definite && !x.t.suffix ? wordsAhead(f, x.t.end, 1, /[.\n،,:؛]/).next().value ?? null : null;
    const ownerAt = owner ? owner.end - owner.word.length : -1;
    const named = owner && !/[.،,:؛\n]/.test(f.slice(x.t.end, ownerAt)) ? scope.ctx.entities.find((e) => e.kind === 'person' && e.start === ownerAt) : undefined;
    if (named) return named;
    const doneByEnd = doneByAfter(f, x.t);
    if (doneByEnd === null) continue;
    const person = within(scope.ctx.entities, doneByEnd, x.t.end + TRIP_DOER_CHARS).find((e) => e.kind === 'person' || e.kind === 'organisation');
    if (person?.kind === 'person' && !/[.،,:؛\n]/.test(f.slice(doneByEnd, person.start)) && wordsIn(f, doneByEnd, person.start) <= TITLE_WORDS) return person;
  }
  return null;
}

/** A city after a place preposition or «العاصمة», or what a conference is named after or a visit goes to. */
function placeOf(scope: GroupScope, items: Item[], ents: EntityMention[], clauses: Clause[], type: EventType): EntityMention | null {
  const f = scope.ctx.folded;
  const lex = getLexicon();
  const inTriggerClauses = inAny(clauses);
  // «مؤتمر برلين», «زيارة عمل إلى روسيا»: the place right after a trigger of the candidate's own type.
  // «اجتماع وزراء خارجية الصومال»: after a trigger that names the meeting's members comes whose they are, not where.
  const namedAfter = (e: EntityMention, t: EventType, maxWords: number) =>
    type === t && items.some((x) => x.t.type === t && e.start >= x.t.start && wordsIn(f, x.t.end, e.start) <= maxWords && !MEMBER_NOUNS.has(x.t.form.split(' ').at(-1)!));
  // «بحث … مع المبعوث الأممي إلى اليمن»: an envoy's post is not where talks with him are held; a trip may go there.
  const isPlace = (e: EntityMention) => (e.kind === 'city' || e.kind === 'country') && !e.adjective && !e.leg && (type === 'visit' || !e.envoysPost);
  // «بعد الأردن التي زارها في 21 تشرين الثاني»: the place a relative clause's visit takes as its object stands right before it.
  const visited = items.length === 1 && type === 'visit' && visitsThePlaceBefore(scope, items[0]!)
    ? scope.ctx.entities.find((e) => isPlace(e) && e.end <= items[0]!.cl.start && wordsIn(f, e.end, items[0]!.cl.start) === 0) : undefined;
  if (visited) return visited;
  // «وتأتي الزيارة بعد جولة الوزير في الصين»: a place told after another event's word, itself after this one's, is where
  // that event was.
  // «يتوجه الرئيس، …، إلى القاهرة، بعد إنهاء زيارته بإثيوبيا»: so is one told after the word of an event this one is
  // placed after or before, when the candidate has words of its own.
  const placing = (x: Item) => (x.relation === 'after' || x.relation === 'before') && items.some((o) => o.relation !== 'after' && o.relation !== 'before');
  const anothersPlace = (e: EntityMention) => {
    const before = items.filter((x) => x.t.end <= e.start);
    const own = before.reduce((at, x) => Math.max(at, x.t.end), -1);
    if (own >= 0 && placing(before.find((x) => x.t.end === own)!)) return true;
    return own >= 0 && scope.triggers.some((t) => t.start >= own && t.end <= e.start && !items.some((x) => x.t === t));
  };
  // «وعاد الرئيس إلى نواكشوط قادما من أديس أبابا»: where coming back takes someone is home; the trip was where he came
  // from.
  const comingBack = type === 'visit' && items.some((x) => x.t.type === 'visit' && x.t.pos !== 'noun' && isReturnVerb(x.t.form));
  const told = ents.filter((e) => isPlace(e) && inTriggerClauses(e) && !isTopicPlace(f, e) && !anothersPlace(e)
    && (e.locative || (comingBack && previousWord(f, e.start)?.word === 'من') || (e.kind === 'city' && lex.placeIntroducer.test(f.slice(Math.max(0, e.start - 24), e.start))) || namedAfter(e, 'conference', 1) || namedAfter(e, 'visit', 3)
      || (type === 'visit' && (visitedAfterTheSubject(scope, items, e) || goesToAfterItsVerb(scope, items, e)))));
  // The clause that says who makes a trip may lie outside the candidate's own clauses; where it goes is still the trip's.
  const afterDoer = type === 'visit'
    ? items.flatMap((x) => within(scope.ctx.entities, x.t.end, x.t.end + TRIP_DOER_CHARS).filter((e) => isPlace(e) && !told.includes(e) && goesToAfterItsDoer(f, x.t, e)))
    : [];
  // «التقى … حفتر، بمدينة بنغازي، …، تعد أولى ثمار المحادثات … في بطرسبورغ»: the place told nearest the event's first
  // word, in clauses, is where it was held; one told with talks it is joined to may be where those were.
  const clauseOf = (at: number) => scope.ctx.seg.clauseAt(at)?.index ?? 0;
  const head = clauseOf(items[0]!.t.start);
  const placesTold = [...told, ...afterDoer].filter((e) => !(comingBack && toThePlace(f, e)));
  // «وصل المبعوث الأممي إلى اليمن … إلى مسقط»: a trip goes to his post only when no other place is told.
  const places = (placesTold.some((e) => !e.envoysPost) ? placesTold.filter((e) => !e.envoysPost) : placesTold)
    .sort((a, b) => Math.abs(clauseOf(a.start) - head) - Math.abs(clauseOf(b.start) - head));
  // «رئيس مجلس السيادة في السودان … زيارة إلى مصر»: where a visit goes, or what a conference is named after, outranks a
  // place told on the way (in a title, say); a city of that country is more exact still.
  // «غادر طهران متوجها إلى دمشق»: where «إلى» takes a trip outranks the place it leaves.
  const headedTo = places.find((e) => toThePlace(f, e) && isDestination(scope, items, e));
  const named = headedTo ?? places.find((e) => isDestination(scope, items, e) || namedAfter(e, 'conference', 1));
  if (named?.kind === 'country') return places.find((e) => e.kind === 'city' && e.country === named.id) ?? named;
  if (named) return named;
  const city = places.find((e) => e.kind === 'city');
  if (city) return city;
  // An agreement or a statement «في ليبيا» is about that country; where it was made is a city.
  if (type === 'agreement' || type === 'statement') return null;
  return places.find((e) => e.kind === 'country') ?? null;
}

/** How many adjectives after a conference noun may name who it convenes («القمة العربية الصينية»). */
const CONVENING_ADJECTIVES = 3;

/**
 * «القمة العربية», «قمة خليجية», «القمة العربية الأوروبية»: a summit or conference named by the adjective of an
 * organisation's members convenes that organisation, which takes part in it.
 */
function convenedBy(scope: GroupScope, items: Item[], type: EventType): EntityMention[] {
  if (type !== 'conference') return [];
  const { convenedBy: byAdjective, orgs } = getLexicon();
  const out: EntityMention[] = [];
  for (const x of items) {
    if (x.t.type !== 'conference' || x.t.pos !== 'noun') continue;
    let w = nextWord(scope.ctx.folded, x.t.end);
    for (let i = 0; i < CONVENING_ADJECTIVES && w; i++) {
      const id = byAdjective.get(w.word.replace(/^و/, ''));
      const org = id ? orgs.get(id) : undefined;
      const start = w.end - w.word.length;
      // «القمة العربية الصينية»: a nationality between the adjectives goes on the name; anything else ends it.
      if (!org && !within(scope.ctx.entities, start, w.end).some((e) => e.adjective)) break;
      if (org && !out.some((o) => o.id === org.id)) {
        out.push({ start, end: w.end, kind: 'organisation', id: org.id, nameEn: org.en, nameAr: org.ar, role: null, roleFamily: null, country: null, locative: false, fromTitle: false });
      }
      w = nextWord(scope.ctx.folded, w.end);
    }
  }
  return out;
}

const COUNTRY_COLLECTIVES: Record<string, number> = functionWords.countryCollectives.words;
const COUNTRY_SUBJECTS: Record<string, number> = functionWords.countryCollectives.asSubject;
/** Each collective as written, and after a glued «ل» that takes the article's alif («للدول الأربع»). */
const COUNTRY_COLLECTIVE_FORMS: Array<[string, number]> = Object.entries(COUNTRY_COLLECTIVES)
  .flatMap(([phrase, n]) => [[phrase, n], ['لل' + phrase.slice(2), n]] as Array<[string, number]>);

/**
 * «المشاورات بين البلدين», «الدول الأربع»: a collective noun of countries next to the event's words means the countries
 * the article names most (as many as the noun counts), when it names that many.
 */
function countriesMeant(scope: GroupScope, items: Item[], clauses: Clause[]): EntityMention[] {
  const { folded, entities } = scope.ctx;
  // «المشاورات بين البلدين», «الدول الأربع اتفقت»: next to the event's own words; «العلاقات بين البلدين» names a topic.
  const nearTrigger = (from: number, to: number) => items.some((x) => (x.t.end <= from ? wordsIn(folded, x.t.end, from) : wordsIn(folded, to, x.t.start)) <= 3);
  // «زار البلدين»: countries a trip goes to are where it goes, not who takes part.
  const visited = (at: number) => scope.triggers.some((t) => t.type === 'visit' && t.end <= at && wordsIn(folded, t.end, at) === 0);
  let count = 0;
  for (const c of clauses) {
    const clause = folded.slice(c.start, c.end);
    for (const [phrase, n] of COUNTRY_COLLECTIVE_FORMS) {
      for (let i = clause.indexOf(phrase); i >= 0; i = clause.indexOf(phrase, i + 1)) {
        const at = c.start + i;
        const glued = at > 0 && /[وبل]/.test(folded[at - 1]!) && (at < 2 || !isWordCode(folded.charCodeAt(at - 2)));
        const from = glued ? at - 1 : at;
        const to = at + phrase.length;
        if ((from === 0 || !isWordCode(folded.charCodeAt(from - 1))) && !isWordCode(folded.charCodeAt(to)) && !visited(from) && nearTrigger(from, to)) count = Math.max(count, n);
      }
    }
  }
  // «ووقع البلدان اتفاقات»: a collective that is also a plural, as the subject right after the event's verb.
  for (const x of items) {
    const subject = x.t.pos === 'noun' ? null : nextWord(folded, x.t.end);
    const n = subject && COUNTRY_SUBJECTS[subject.word];
    if (n && !nextWord(folded, subject.end)?.word.startsWith('ال')) count = Math.max(count, n);
  }
  if (!count) return [];
  const countries = getLexicon().countries;
  const named = new Map<string, { e: EntityMention; n: number }>();
  for (const e of entities) {
    // «وزير الخارجية الكويتي … نظيره الأرميني»: a person's country is named with him, as much as by its own name.
    const info = e.kind === 'person' && e.country ? countries.get(e.country) : undefined;
    const country: EntityMention | null = e.kind === 'country' ? e
      : info ? { start: e.start, end: e.end, kind: 'country', id: info.id, nameEn: info.en, nameAr: info.ar, role: null, roleFamily: null, country: info.id, locative: false, fromTitle: false } : null;
    if (!country) continue;
    const seen = named.get(country.id);
    if (seen) seen.n++; else named.set(country.id, { e: country, n: 1 });
  }
  if (named.size < count) return [];
  return [...named.values()].sort((a, b) => b.n - a.n || a.e.start - b.e.start).slice(0, count).map(({ e }) => ({ ...e, locative: false, adjective: false }));
}

/**
 * Actors first (with the countries a collective noun means, the host among them), then the countries named as parties
 * (a city not taken as the place stands for its country; the place's own country is where, not who).
 */
/**
 * People read off a title for the article's day, as of an event's own time when the article's day is outside it; an
 * appointment's is who holds the office once it is made.
 */
function heldAtTheTime(ctx: ArticleContext, actors: EntityMention[], date: EventDate, type: EventType): EntityMention[] {
  const day = referenceDay(ctx.article.published);
  if (!day || (date.start <= day && day <= date.end)) return actors;
  const from = type === 'appointment' ? date.end : date.start;
  return actors.map((a) => heldThroughout(a, from, date.end));
}

function participantsOf(actors: EntityMention[], ents: EntityMention[], place: EntityMention | null): Participant[] {
  const countries = getLexicon().countries;
  const participants: Participant[] = [];
  const seen = new Set<string>();
  const push = (e: EntityMention) => { const p = toParticipant(e); const k = participantKey(p); if (!seen.has(k)) { seen.add(k); participants.push(p); } };
  for (const e of actors) push(e);
  for (const e of ents) {
    // «اللجنة المشتركة الجزائرية الكوبية» in Havana: an adjective names a party, wherever the event is held.
    if (e.kind === 'country' && !e.locative && (place?.country !== e.id || e.adjective)) push(e);
    if (e.kind === 'city' && e !== place && !e.locative && e.country) {
      const c = countries.get(e.country);
      if (c) push({ ...e, kind: 'country', id: c.id, nameEn: c.en, nameAr: c.ar });
    }
  }
  return participants;
}

const NOT_A_TOPIC = /^(في|مع|حول|بين|الي|علي|عن)$/;

/** «محادثات:الطاقة»: the trigger and the word after it, which lets a headline join the event it names. */
function topicOf(f: string, first: Item): string | null {
  const tok = nextToken(f, first.t.end);
  if (!tok || tok.length <= 3 || NOT_A_TOPIC.test(tok)) return null;
  return first.t.form.replace(/^ال/, '') + ':' + tok.replace(/^(ال|لل|ب|ل)/, '');
}

/** «بالقصر», «في العاصمة»: a word that opens where something happened. */
const PLACE_PREPOSITION = /^(?:في$|ب)/;
/** How many words a place set off before a date may take («في الرياض», «في العاصمة الأردنية عمان»). */
const PLACE_BEFORE_DATE_WORDS = 4;
const PLACE_NOUNS = new Set(functionWords.placeNouns.words);

/**
 * A clause that holds nothing but a date phrase (and a word like «يوم» or «مساء»), or a date and where
 * («، اليوم بالقصر الملكي بالرباط،»): the rest of the clause opens with a preposition of place and names a place.
 */
/** A clause that is one person's name and nothing more. */
function nameOnly(scope: GroupScope, c: Clause): boolean {
  const f = scope.ctx.folded;
  const people = within(scope.ctx.entities, c.start, c.end).filter((e) => e.kind === 'person');
  return people.length === 1 && wordsIn(f, c.start, c.end) === wordsIn(f, people[0]!.start, people[0]!.end);
}

function dateOnly(scope: GroupScope, c: Clause): boolean {
  const f = scope.ctx.folded;
  const phrases = within(scope.dates.phrases, c.start, c.end);
  if (!phrases.length) return false;
  const dateWords = phrases.reduce((n, d) => n + wordsIn(f, d.start, Math.min(d.end, c.end)), 0);
  if (wordsIn(f, c.start, c.end) - dateWords <= 1) return true;
  // «استقبل ولي العهد، في الرياض أمس، رئيس الوزراء»: a place the gazetteer knows, after «في» or «بـ», then the date.
  const first = nextWord(f, c.start);
  const placeFirst = first !== null && PLACE_PREPOSITION.test(first.word) && wordsIn(f, c.start, phrases[0]!.start) <= PLACE_BEFORE_DATE_WORDS
    && within(scope.ctx.entities, c.start, phrases[0]!.start).some((e) => e.kind === 'city' || e.kind === 'country');
  if (placeFirst && wordsIn(f, phrases[phrases.length - 1]!.end, c.end) === 0) return true;
  const rest = nextWord(f, Math.min(phrases[phrases.length - 1]!.end, c.end));
  if (rest === null || rest.end > c.end || !PLACE_PREPOSITION.test(rest.word) || phrases[0]!.start - c.start >= 8) return false;
  // «بقصر قرطاج» names a place by its noun even when the gazetteer does not know the palace's town.
  return within(scope.ctx.entities, c.start, c.end).some((e) => e.locative) || PLACE_NOUNS.has(rest.word.replace(PLACE_PREPOSITION, ''));
}

/**
 * The trigger clauses, with the clause on the far side of a date set off by commas («التقى الصفدي، أمس الاثنين، الرئيس
 * الأسد في دمشق» is one clause for who met whom and where) unless it tells another event («زيارة إلى مصر، الأحد، ثم
 * السعودية بعد يومين»: the next leg), and the clause the sentence opens with, when it holds only the subject.
 */
const DESPITE = new Set(functionWords.despite.words);
/** «رغم …», «على الرغم من …», «بعد …», «قبل …»: a clause that opens on words placing what it tells against another event. */
function opensPlacedApart(f: string, cl: Clause): boolean {
  const first = nextWord(f, cl.start);
  if (!first || first.end > cl.end) return false;
  const word = first.word.replace(/^[وف]/, '');
  if (DESPITE.has(word)) return true;
  if (word === 'علي' && nextWord(f, first.end)?.word === functionWords.despite.afterOn) return true;
  const relation = RELATION_WORDS.get(inList(RELATION_WORDS, first.word) ?? '');
  return relation === 'after' || relation === 'before';
}

/** How many words a clause of where a trip goes may have («إلى العاصمة المصرية القاهرة»). */
const DESTINATION_CLAUSE_WORDS = 4;
/** How many clauses set off by commas (a name, a day) may stand between a trip's verb and where it goes. */
const SET_OFF_CLAUSES = 3;

function acrossParentheticalDates(scope: GroupScope, clauses: Clause[]): Clause[] {
  const all = scope.ctx.seg.clauses;
  const inGroup = (c: Clause | undefined): c is Clause => c !== undefined && c.group === scope.group;
  const reach = new Set(clauses);
  const hasTrigger = (cl: Clause) => scope.triggers.some((t) => t.start >= cl.start && t.start < cl.end);
  // A next leg told by «ثم» and a place alone (tags.ts): its trigger is the place's name. A date set off by commas
  // between a leg and the trip's other words belongs to one of them; the clause beyond it tells another event.
  const holdsALeg = (cl: Clause) => scope.triggers.some((t) => t.start >= cl.start && t.start < cl.end && t.type === 'visit'
    && within(scope.ctx.entities, t.start, t.start + 1).some((e) => e.end === t.end && (e.kind === 'city' || e.kind === 'country')));
  // «وصل البشير إلى إندونيسيا، ليل السبت، رغم إلغائه رحلة …»: nor is one told against it, after words that place it
  // before or after, or in spite of it.
  const placedApart = (cl: Clause) => opensPlacedApart(scope.ctx.folded, cl);
  const otherEvent = (c: Clause, beyond: Clause) => !clauses.includes(beyond) && ((hasTrigger(beyond) && (holdsALeg(beyond) || holdsALeg(c) || placedApart(c))) || placedApart(beyond));
  // «يتوجه الرئيس الفيتنامي، تران داي كوانج، غدًا السبت، إلى القاهرة»: where a trip's verb goes, set off by commas after
  // its subject and its day.
  const goesByVerb = scope.triggers.some((t) => t.type === 'visit' && t.pos !== 'noun' && clauses.some((c) => t.start >= c.start && t.start < c.end));
  const destinationOnly = (c: Clause) => goesByVerb && c.startKind === 'punct' && !hasTrigger(c) && wordsIn(scope.ctx.folded, c.start, c.end) <= DESTINATION_CLAUSE_WORDS
    && within(scope.ctx.entities, c.start, c.end).some((e) => (e.kind === 'city' || e.kind === 'country') && toThePlace(scope.ctx.folded, e));
  // What a clause set off after another reaches (a name, then a day, then where), in turn.
  const queue = [...clauses];
  for (let i = 0; i < queue.length && queue.length < clauses.length + SET_OFF_CLAUSES; i++) {
    const next = all[queue[i]!.index + 1];
    if (inGroup(next) && !reach.has(next) && next.startKind === 'punct' && (nameOnly(scope, next) || dateOnly(scope, next) || destinationOnly(next))
      && (destinationOnly(next) || all.slice(next.index + 1, next.index + 3).some(destinationOnly))) { reach.add(next); queue.push(next); }
  }
  for (const c of clauses) {
    const before = all[c.index - 1], beyondBefore = all[c.index - 2];
    if (c.startKind === 'punct' && inGroup(before) && inGroup(beyondBefore) && dateOnly(scope, before) && !otherEvent(c, beyondBefore)) { reach.add(before); reach.add(beyondBefore); }
    // «قدم السفير السعودي لدى طهران عبد الله العنزي، أوراق اعتماده»: the subject before a comma, in a clause of its own.
    else if (c.startKind === 'punct' && inGroup(before) && (before.startKind === 'sentence' || before.startKind === 'hard') && !hasTrigger(before)) reach.add(before);
    const after = all[c.index + 1], beyondAfter = all[c.index + 2];
    if (inGroup(after) && inGroup(beyondAfter) && beyondAfter.startKind === 'punct' && dateOnly(scope, after) && !otherEvent(c, beyondAfter)) { reach.add(after); reach.add(beyondAfter); }
    // «أوراق اعتماد السفير التركي الجديد لدى بلاده، محمد مجاهد كوتشوك يلماز»: a name after a comma, and nothing else, is
    // the person the clause before it names by title.
    else if (inGroup(after) && after.startKind === 'punct' && nameOnly(scope, after)) reach.add(after);
  }
  return [...reach].sort((a, b) => a.start - b.start);
}

/**
 * The event noun a candidate is placed against («أجرى جلسة عمل قبل موكب التوقيع»), when another of its triggers names
 * the candidate; a statement made «عقب لقائه» is the meeting's, not placed against it, but one told after words that
 * open its sentence in a clause of their own («وبعد الاجتماع، عقد الوزيران مؤتمرا صحفيا») is placed against them.
 */
function anchorOf(scope: GroupScope, items: Item[]): Candidate['anchor'] {
  const named = items.some((it) => it.relation === null && it.t.type !== 'statement');
  const statement = items.some((it) => it.relation === null && it.t.type === 'statement');
  if (!named && !statement) return null;
  const { folded, seg } = scope.ctx;
  // «وفي نهاية اللقاء، وقّع الزعيمان …»: words placing the event that open the group in a clause of their own.
  const triggersIn = (c: Clause) => scope.triggers.filter((t) => t.start >= c.start && t.start < c.end);
  const fronted = new Set<Clause>();
  for (const c of scope.clauses) {
    if (c.start >= items[0]!.cl.start || !triggersIn(c).every((t) => relationOf(folded, t) !== null)) break;
    fronted.add(c);
  }
  // «ووقّع، خلال الزيارة، رجال أعمال … على اتفاقية»: words placing the event set off by commas inside its telling.
  const inserted = scope.clauses.filter((c) => c.start > items[0]!.cl.start && c.start < items[items.length - 1]!.cl.start
    && triggersIn(c).length > 0 && triggersIn(c).every((t) => relationOf(folded, t) !== null));
  if (!named && !fronted.size) return null;
  const clauses = named ? new Set([...items.map((it) => it.cl), ...fronted, ...inserted]) : fronted;
  for (const t of scope.triggers) {
    const relation = relationOf(folded, t);
    if (!clauses.has(seg.clauseAt(t.start)!)) continue;
    const end = relation === 'during' || relation === null ? endOfEvent(folded, t.start) : null;
    if (relation || end) return { type: t.type, relation: relation ?? 'during', at: t.start, ...(end ? { end } : {}) };
  }
  // «وشهد اللقاء توقيع اتفاقيات»: what a trip's or a meeting's programme holds happens during it.
  const programme = items.find((it) => it.framed && it.relation === null && listsTheProgramme(scope, it.t, it.cl));
  if (programme && items.some((it) => !it.framed && it.t.type !== programme.t.type)) return { type: programme.t.type, relation: 'during', at: programme.t.start };
  return null;
}

const TOUR_NOUNS = new Set(functionWords.tourNouns.words);

/**
 * «وتأتي الزيارة في إطار جولة آسيوية زار خلالها الهند»: an event told «خلالها» after a tour noun is a leg of the tour, on
 * a day of its own, not on the day of the stop the sentence tells.
 */
function legOfATour(scope: GroupScope, x: Item): boolean {
  if (x.cl.startKind !== 'during') return false;
  const before = scope.triggers.filter((t) => t.end <= x.cl.start);
  return before.length > 0 && TOUR_NOUNS.has(before[before.length - 1]!.form);
}

const CONGRATULATED_ON = new Set(functionWords.occasionOfAnAppointment.words);
/**
 * «هنأته بمناسبة تعيينه رئيسا للوزراء»: a taking of office named as the occasion of what is told came before it, on a day
 * the article's does not give.
 */
const congratulatedOn = (f: string, x: Item) => x.t.type === 'appointment' && x.t.pos === 'noun' && CONGRATULATED_ON.has(previousWord(f, x.t.start)?.word.replace(/^و/, '') ?? '');

/** «بعد توليه منصبه», «قبل انتخابه»: a taking of office told only as the point another event is placed against. */
const officeAsReference = (x: Item) => x.t.type === 'appointment' && (x.relation === 'after' || x.relation === 'before');

/** «بعد ثلاثة أيام من زيارة السيسي», «وفي اليوم التالي»: an offset phrase a few words before the trigger, in its clause. */
function offsetBefore(scope: GroupScope, x: Item): EventOffset | undefined {
  const { ctx, dates } = scope;
  // «عشية وصول بو حبيب إلى موسكو في زيارة»: the words of the event may name who comes and where before its noun, when
  // they name no other event.
  const reaches = (d: EventOffset) => {
    const words = wordsIn(ctx.folded, d.end, x.t.start);
    return words <= OFFSET_NOUN_WORDS || (words <= OFFSET_EVENT_WORDS && !scope.triggers.some((t) => t.start >= d.end && t.start < x.t.start));
  };
  // «حيث من المقرر أن يستقبله في اليوم التالي نظيره»: so may one right after the verb, before its subject.
  const rightAfterTheVerb = (d: EventOffset) => x.t.pos !== 'noun' && d.start >= x.t.end && wordsIn(ctx.folded, x.t.end, d.start) <= OFFSET_AFTER_VERB_WORDS
    && !scope.triggers.some((t) => t.start >= x.t.end && t.start < d.start);
  return dates.offsets.find((d) => ((d.end <= x.t.start && reaches(d)) || rightAfterTheVerb(d)) && ctx.seg.clauseAt(d.start) === x.cl);
}

/** How many words may stand between a verb and an offset phrase told after it («يستقبله في اليوم التالي»): «في». */
const OFFSET_AFTER_VERB_WORDS = 1;

/** How many words may stand between an offset phrase and the event's noun: its adjectives, or who comes and where. */
const OFFSET_NOUN_WORDS = 4;
const OFFSET_EVENT_WORDS = 10;

/** The offset phrase before one of the candidate's triggers, with its words as written. */
function offsetOf(scope: GroupScope, items: Item[]): Candidate['offset'] {
  for (const x of items) {
    const o = offsetBefore(scope, x);
    if (o) { const span = scope.ctx.original(o.start, o.end); return { offset: o, written: scope.ctx.text.slice(span.start, span.end) }; }
  }
  return null;
}

/** The date an offset gives, counted from the nearest date phrase before it in its sentence that no other event governs. */
function offsetDate(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const found = offsetOf(scope, items);
  if (!found) return null;
  const { offset, written } = found;
  const sentence = scope.ctx.seg.sentences[items[0]!.cl.sentence]!;
  const before = within(scope.dates.usable, sentence.start, offset.start).filter((d) => !d.governed);
  const ref = before[before.length - 1];
  const date = ref ? shiftedDate(ref.date!, offset, written) : null;
  if (!ref || !date) return null;
  return { phrase: { ...ref, start: offset.start, end: offset.end, original: scope.ctx.original(offset.start, offset.end), date, governed: false, governedFrom: -1 }, kind: 'event' };
}

/** What may stand before an offset phrase that opens its sentence: «وفي», «في», «و». */
const BEFORE_A_FRONTED_OFFSET = /^[وف]?(?:في)?$/;

/**
 * «في اليوم التالي لانتخاب رئيس بوليفيا في 19 أكتوبر، أجرى الوزير مكالمة هاتفية معه»: an offset phrase that opens its
 * sentence, with the event it names dated by its own words, places the event of the clause after it: that date moved
 * by the offset (a day, when the other event's day is told; else the other event's own month or year, approximately).
 */
function frontedOffsetDate(scope: GroupScope, items: Item[]): { phrase: DatePhrase; kind: DateKind } | null {
  const { ctx, dates } = scope;
  const first = items[0]!;
  const sentence = ctx.seg.sentences[first.cl.sentence]!;
  const offset = dates.offsets.find((o) => o.start >= sentence.start && o.end <= first.cl.start && !o.following
    && BEFORE_A_FRONTED_OFFSET.test(ctx.folded.slice(sentence.start, o.start).trim()));
  if (!offset) return null;
  const named = ctx.seg.clauseAt(offset.start)!;
  if (named.group !== first.cl.group && ctx.seg.clauses[first.cl.index - 1]?.group !== named.group) return null;
  const ref = within(dates.usable, offset.end, first.cl.start).find((d) => d.date !== null);
  if (!ref?.date) return null;
  const span = ctx.original(offset.start, offset.end);
  const written = ctx.text.slice(span.start, span.end);
  const date = shiftedDate(ref.date, { ...offset, count: -offset.count }, written) ?? (offset.unit === 'day' ? { ...ref.date, approximate: true } : null);
  if (!date) return null;
  return { phrase: { ...ref, start: offset.start, end: offset.end, original: span, date, governed: false, governedFrom: -1 }, kind: 'event' };
}

const RECEIVE = /^[وف]?(?:تلقي|تلقى|تلقت|يتلقى|تسلم|تسلمت|استلم|استلمت)$/;

/**
 * «تلقى أمير قطر دعوة من بوتين», «قبلت ميلوني دعوة الرئيس سعيد»: an invitation received or accepted names its invitee
 * first; the inviter, named after it, goes first, as for an invitation sent.
 */
function invitedFirstWhenReceived(scope: GroupScope, items: Item[], type: EventType, participants: Participant[]): Participant[] {
  if (type !== 'invitation') return participants;
  const t = items.find((x) => x.t.type === 'invitation')!.t;
  let p = t.start, received = accepted(scope.ctx.folded, t);
  for (let n = 0; n < 10 && !received; n++) {
    const w = previousWord(scope.ctx.folded, p);
    if (!w) break;
    received = RECEIVE.test(w.word);
    p = w.start;
  }
  if (!received) return participants;
  const people = participants.filter((x) => x.kind === 'person');
  const inviter = people.find((x) => {
    const at = scope.ctx.entities.find((e) => e.id === x.entityId && e.start > t.start);
    return at !== undefined;
  });
  return inviter ? [inviter, ...participants.filter((x) => x !== inviter)] : participants;
}

/** Types whose date may span several days when the text says how long they last. */
const LASTING = new Set<EventType>(['visit', 'conference']);

/**
 * A one-day date stretched by the duration its clauses give («وصل مساء الأحد في زيارة تستمر يومين»): that day is
 * the first, unless the clause tells the end («اختتم أمس زيارة دامت ثلاثة أيام»). Talks told at a tour's start
 * («اجتمع الرئيس مع الوزير اليوم، في مستهل جولة تستغرق يومين») keep their one day.
 */
function withDuration(scope: GroupScope, dated: { phrase: DatePhrase }, items: Item[], clauses: Clause[], type: EventType): EventDate {
  const date = dated.phrase.date!;
  // The date must be the trip's or the conference's own, not that of a meeting held during it.
  const nearest = items.reduce((a, b) => (Math.abs(b.t.start - dated.phrase.start) < Math.abs(a.t.start - dated.phrase.start) ? b : a));
  if (!LASTING.has(type) || !LASTING.has(nearest.t.type) || date.precision !== 'day' || date.start !== date.end) return date;
  const f = scope.ctx.folded;
  const from = Math.min(...clauses.map((c) => c.start)), to = describedAfter(scope, nearest, items, clauses);
  // «وتسبق الاجتماعات التي تستمر يومين الزيارة»: a duration in a relative clause before the trigger is the earlier noun's.
  // «بدأ … زيارة إلى الفلبين بعد زيارة رسمية إلى الهند استغرقت ثلاثة أيام»: nor is one told after the noun of a trip
  // placed before or after this one.
  const placedTrip = (t: TriggerHit) => { const r = relationOf(f, t); return r === 'after' || r === 'before'; };
  const afterAnotherTrip = (d: { start: number }) => scope.triggers.some((t) => t !== nearest.t && familyOf(t.type) === 'trip' && placedTrip(t) && t.start > nearest.t.end && t.end <= d.start);
  const duration = within(scope.dates.durations, from, to).find((d) => (d.start > nearest.t.start || !wordsOf(f.slice(from, d.start)).some((w) => RELATIVE.has(w))) && !afterAnotherTrip(d));
  const day = parseIso(date.start);
  if (day === null) return date;
  // Where the leaving heads is told past a comma as often as not («غادر تبون بلاده، يوم الإثنين، متوجها إلى مصر»).
  const groupEnd = Math.max(...clauses.map((c) => c.end));
  const ending = clauses.some((c) => tellsEnding(f.slice(c.start, groupEnd)));
  if (!duration) return untilBound(scope, dated.phrase, day, from, to) ?? (ending ? begunOn(scope, dated.phrase, day) : null) ?? date;
  if (duration.days < 2) return date;
  const nth = nthDayOf(f, dated.phrase, nearest.t, duration.days);
  const first = nth ? day - nth + 1 : ending ? day - duration.days + 1 : day;
  const written = f.slice(duration.start, duration.end);
  return {
    ...date, start: iso(first), end: iso(first + duration.days - 1),
    ...explained({ id: 'lasting', days: duration.days, text: written, ending, ...(nth ? { nth } : {}), reason: reasonOf(date) }),
  };
}

/**
 * «يدخل … اليوم الثالث من زيارته التي تستغرق أربعة أيام»: a day phrase followed by an ordinal and «من» the event's noun
 * is that day of the event, within how many it lasts; or null.
 */
function nthDayOf(f: string, phrase: DatePhrase, t: TriggerHit, days: number): number | null {
  const between = /^\s*(\S+)\s+من\s*$/.exec(f.slice(phrase.end, t.start));
  const nth = between ? lookup(ORDINAL_NUMBERS, between[1]) : undefined;
  return nth !== undefined && nth >= 1 && nth <= days ? nth : null;
}

/**
 * The end of an event's clauses, or of the relative clause right after them that describes its noun («اختتم اليوم
 * زيارته التي استغرقت ثلاثة أيام»): how long the event lasted may be told there.
 */
function describedAfter(scope: GroupScope, nearest: Item, items: Item[], clauses: Clause[]): number {
  const last = clauses.reduce((a, b) => (b.end > a.end ? b : a));
  const next = scope.ctx.seg.clauses[last.index + 1];
  const f = scope.ctx.folded;
  const describesTheNoun = next !== undefined && next.sentence === last.sentence && nearest.t.pos === 'noun' && opensRelative(f, next)
    && !relativeOfAnotherNoun(f, nearest.t.end, next.end) && wordsIn(f, nearest.t.end, next.start) <= RELATIVE_REACH;
  // «في مستهل زيارة عمل يتوقع أن تختتم مساء اليوم»: so does the clause of «أن» that tells its expected course.
  const courseOfTheNoun = items.some((x) => x.t.pos === 'noun' && x.cl === last) && scheduledCourseAfter(scope, last) !== null;
  return describesTheNoun || courseOfTheNoun ? next!.end : last.end;
}

/** How long after its first day an «until» bound may end a visit or a conference. */
const MAX_UNTIL_DAYS = 31;

/**
 * «يبدأ … اليوم الجمعة 15 مارس زيارة … تستمر حتى يوم الأربعاء 20 مارس», «زيارة بدأت الاثنين وتنتهي الأربعاء»: a day
 * the event lasts until (or ends on), after the day it starts, in its clauses, ends it.
 */
function untilBound(scope: GroupScope, startPhrase: DatePhrase, day: number, from: number, to: number): EventDate | null {
  const bound = within(scope.dates.phrases, from, to).find((d) => d.start > startPhrase.end && d.date?.precision === 'day' && d.date.start === d.date.end
    && (isUntilBound(scope.ctx.folded, d.start) || followsAnEnding(scope.ctx.folded, d.start)));
  const last = bound ? parseIso(bound.date!.start) : null;
  if (!bound || last === null || last <= day || last - day > MAX_UNTIL_DAYS) return null;
  const date = startPhrase.date!;
  const written = scope.ctx.original(bound.start, bound.end);
  return { ...date, start: date.start, end: bound.date!.start, ...explained({ id: 'lasting-until', text: scope.ctx.text.slice(written.start, written.end), end: bound.date!.start, reason: reasonOf(date) }) };
}

/**
 * «يختتم … اليوم زيارته إلى الكويت التي بدأها الاثنين»: in clauses that tell the end of a trip or a conference, a day
 * before it that a verb of beginning dates in their clause group (a relative clause included) is its first day.
 */
function begunOn(scope: GroupScope, endPhrase: DatePhrase, day: number): EventDate | null {
  const bound = within(scope.dates.phrases, scope.clauses[0]!.start, scope.clauses[scope.clauses.length - 1]!.end).find((d) => d !== endPhrase && d.date?.precision === 'day' && d.date.start === d.date.end
    && isBegunBound(scope.ctx.folded, d.start));
  const named = bound ? parseIso(bound.date!.start) : null;
  if (!bound || named === null) return null;
  // «يختتم اليوم زيارته التي بدأها الأحد»: a weekday read ahead from a clause in the present began before the last day.
  const weekdayOnly = !/[0-9٠-٩]/.test(scope.ctx.folded.slice(bound.start, bound.end));
  const first = named >= day && weekdayOnly ? named - 7 * Math.ceil((named - day + 1) / 7) : named;
  if (first >= day || day - first > MAX_UNTIL_DAYS) return null;
  const date = endPhrase.date!;
  const written = scope.ctx.original(bound.start, bound.end);
  return { ...date, start: iso(first), end: date.end, ...explained({ id: 'lasting-from', text: scope.ctx.text.slice(written.start, written.end), start: iso(first), reason: reasonOf(date) }) };
}

const SEPARATELY = new Set(functionWords.separately.words);
/**
 * «اتصالين», «لقاءين»: a dual names two events; a plural («لقاءات») several only when said to be separate, or when they
 * are calls («أجرى اتصالات مع وزيري الخارجية السعودي … والإماراتي …»): a call has two ends, so several calls with
 * several people are one with each.
 */
const DUALS = new Set(functionWords.separately.duals);
const PLURAL = /ات$/;
const EACH_APART = /(?:^|[^\p{L}])كل[اى]? علي حد[هة](?:[^\p{L}]|$)/u;

/**
 * «أجرى الوزير اتصالين هاتفيين منفصلين مع نظيريه القطري والعماني», «تلقى اتصالين من الرئيسين الألماني والإيراني»:
 * separate events, one with each party named after the noun, each with whoever is named before it. They are never one
 * event again (`apartFrom`).
 */
function oneWithEachParty(scope: GroupScope, items: Item[], c: Candidate): Candidate[] {
  const { folded: f, entities } = scope.ctx;
  const separate = (x: Item) => [...wordsAhead(f, x.t.end, 3, /[.\n]/)].some((w) => SEPARATELY.has(w.word.replace(/^و/, '')));
  const sentence = scope.ctx.seg.sentences[c.sentence]!;
  // «التقى … بالسفيرة الفرنسية والسفير الألماني، كلا على حدة»: each one apart, wherever the sentence says so.
  const eachApart = (x: Item) => EACH_APART.test(f.slice(x.t.end, sentence.end));
  const t = items.find((x) => { const head = nextWord(f, x.t.start)?.word.replace(/^[وف]/, '') ?? ''; return DUALS.has(head) || (PLURAL.test(head) && (separate(x) || x.t.type === 'call')) || eachApart(x); })?.t;
  if (!t) return [c];
  const actor = (e: EntityMention) => e.kind === 'person' || e.kind === 'organisation' || (e.kind === 'country' && !e.locative);
  // The parties are named in the trigger's clause and the clauses joined to it, not in a relative clause about them
  // («… اللذين أعربا عن تضامنهما مع لبنان») nor in another clause group.
  const { seg } = scope.ctx;
  const own = seg.clauseAt(t.start)!;
  let until = own.end;
  for (let i = own.index + 1; i < seg.clauses.length; i++) {
    const next = seg.clauses[i]!;
    if (next.sentence !== own.sentence || next.group !== own.group || RELATIVE.has(firstWordOf(f, next))) break;
    until = next.end;
  }
  // «زيارتين … لولي العهد …، إلى جانب زيارتين لرئيس الوزراء …»: who is named after another event's words is its party.
  until = Math.min(until, ...scope.triggers.filter((o) => o.start >= t.end && o.type === t.type).map((o) => o.start));
  // A verb's subject comes after it («التقى … محمود الصبيحي بالسفيرة…»): it meets the parties, it is not one of them.
  const after = within(entities, t.end, until).filter(actor).slice(t.pos === 'noun' ? 0 : 1);
  // «الرئيسين الألماني فرانك فالتر شتاينماير والإيراني حسن روحاني»: a person stands for the country named with him, and
  // for the body he holds office in («الممثل الأعلى للاتحاد الأوروبي جوزيب بوريل»).
  const persons = after.filter((e) => e.kind === 'person');
  const personsCountries = new Set(persons.flatMap((e) => [e.country, e.office]).filter((id): id is string => !!id).map((id) => id.toUpperCase()));
  const standsFor = (e: EntityMention) => (e.kind === 'country' || e.kind === 'organisation') && personsCountries.has(e.id.toUpperCase());
  const parties = new Map<string, EntityMention>();
  // «اتصالات مع وزيري الخارجية السعودي … والإماراتي … بشأن الملف اليمني»: where two people or more are the parties, a
  // country named besides them is what was talked about.
  for (const e of persons.length >= 2 ? persons : after) {
    if (standsFor(e)) continue;
    if (!parties.has(participantKey(toParticipant(e)))) parties.set(participantKey(toParticipant(e)), e);
  }
  if (parties.size < 2) return [c];
  const partyKeys = new Set(parties.keys());
  const others = c.participants.filter((p) => !partyKeys.has(participantKey(p)) && !((p.kind === 'country' || p.kind === 'organisation') && personsCountries.has(p.entityId.toUpperCase())));
  // Each event's words: the first runs from the mention's start to its party; each next one from the end of the party
  // before it («والسفير الألماني لدى اليمن») to its own, the last on to the mention's end. A party named in a clause
  // joined after the mention («…، والتونسي محمد علي النفطي، كل على حدة») is told by its own words there.
  const mention = c.mentions[0]!;
  const ends = [...parties.values()].map((e) => scope.ctx.original(e.start, e.end));
  const split = [...parties.values()].map((party, i) => {
    const start = i === 0 ? mention.start : ends[i - 1]!.end;
    const end = i + 1 < ends.length ? ends[i]!.end : Math.max(mention.end, ends[i]!.end);
    const span = trimSpan(scope.ctx.text, start, end) ?? mention;
    return { ...c, participants: [...others, toParticipant(party)], mentions: [{ ...mention, start: span.start, end: span.end }] };
  });
  for (let i = 1; i < split.length; i++) split[i]!.apartFrom = split[i - 1]!;
  return split;
}

/**
 * What may stand between two dates of a list: «و», «وفي», the noun of a year; a comma before a bare «و» («عامي 2016،
 * و2019»), not before «وفي», which opens a clause of its own («في 12 مارس، وفي 14 مارس افتتح القمة»).
 */
const DATE_LIST_JOIN = /^\s*(?:و\s*(?:في\s+)?|[،,]\s*و\s*)(?:ال)?(?:عام\s+|سنه\s+)?$/u;

/**
 * «زيارات سابقة في أيار 2024، وفي تموز 2024، وتشرين الثاني 2023»: a comma before «وفي» joins a list too where nothing
 * but the list's punctuation follows the next date — no word that would make it a clause of its own.
 */
const LISTED_IN_CLAUSES = /^\s*[،,]\s*وفي\s+(?:ال)?(?:عام\s+|سنه\s+)?$/u;
const NOTHING_AFTER_DATE = /^\s*(?:[،,.:؛;\n]|$)/u;

/**
 * «زار الصين في 2013 و2017», «التقيا في مارس 2013 وفي مايو 2017»: one telling of events of a kind on each of several
 * calendar dates listed after it, each of the same precision, is one event on each; they are never one event again
 * (`apartFrom`). Days counted from publication («أمس ويوم الخميس») tell events of their own clauses.
 */
function oneOnEachDate(scope: GroupScope, c: Candidate): Candidate[] {
  const dateSpan = c.mentions[0]!.dateSpan;
  if (c.dateKind !== 'clause' || !c.date || !dateSpan) return [c];
  const { folded: f, seg } = scope.ctx;
  const phrases = scope.dates.phrases.filter((d) => !d.furniture && d.date !== null && (d.kind === 'absolute' || namesACalendarDay(scope.ctx.folded, d)));
  let at = phrases.findIndex((d) => d.original.start === dateSpan.start && d.original.end === dateSpan.end);
  if (at < 0) return [c];
  const sentence = seg.sentences[c.sentence]!;
  const out = [c];
  const joins = (from: DatePhrase, next: DatePhrase) => {
    const between = f.slice(from.end, next.start);
    return DATE_LIST_JOIN.test(between) || (LISTED_IN_CLAUSES.test(between) && NOTHING_AFTER_DATE.test(f.slice(next.end, sentence.end)));
  };
  // Where each date closes a gapped clause of its own («…، وملك الأردن … في 5 تشرين الثاني»), the folded offset of the
  // comma that opens it.
  const gapsAt: number[] = [];
  for (let next = phrases[at + 1]; next && next.end <= sentence.end && next.date!.precision === c.date.precision
    && next.date!.start !== out[out.length - 1]!.date!.start; next = phrases[++at + 1]) {
    const joined = joins(phrases[at]!, next);
    const gap = joined ? null : gappedClauseBefore(scope, c, phrases[at]!, next);
    if (!joined && gap === null) break;
    if (gap !== null) gapsAt.push(gap);
    out.push({ ...c, date: next.date, mentions: [{ ...c.mentions[0]!, dateSpan: next.original }], apartFrom: out[out.length - 1]! });
  }
  if (out.length === 1) return out;
  if (gapsAt.length === out.length - 1) return eachGappedClause(scope, c, out, gapsAt, phrases[at]!.end);
  // Each event's words: the first runs from the mention's start to its date, each next one from the date before it to its
  // own, the last on to the mention's end.
  const mention = c.mentions[0]!;
  return out.map((x, i) => {
    const start = i === 0 ? mention.start : out[i - 1]!.mentions[0]!.dateSpan!.end;
    const end = i + 1 < out.length ? x.mentions[0]!.dateSpan!.end : Math.max(mention.end, x.mentions[0]!.dateSpan!.end);
    const span = trimSpan(scope.ctx.text, start, end) ?? mention;
    return { ...x, mentions: [{ ...x.mentions[0]!, start: span.start, end: span.end }] };
  });
}

/** «4 تشرين الثاني» without its year: a calendar day written in figures, not one counted from publication («أمس»). */
const namesACalendarDay = (f: string, d: DatePhrase) => d.date!.precision === 'day' && /[0-9٠-٩]/u.test(f.slice(d.start, d.end));

/** «في القاهرة، و», «، و»: a place the event was held in, then the comma and «و» that open the next gapped clause. */
const GAPPED_OPENING = /^\s*(?:في\s+[^\s،,.]+(?:\s+[^\s،,.]+)?\s*)?([،,])\s*و(?!في\s)\S/u;
const BEFORE_ITS_DATE = /\sفي\s*$/u;

/**
 * «التقى ميقاتي السيسي في 4 تشرين الثاني في القاهرة، وملك الأردن عبد الله الثاني في 5 تشرين الثاني في عمان»: the verb
 * is not said again, and a clause joined after the first date that names another party (or place) and a date of its own
 * tells the same kind of event with that party on that date. The folded offset of the comma that opens that clause,
 * or null.
 */
function gappedClauseBefore(scope: GroupScope, c: Candidate, from: DatePhrase, next: DatePhrase): number | null {
  const { folded: f, entities } = scope.ctx;
  const between = f.slice(from.end, next.start);
  const opening = GAPPED_OPENING.exec(between);
  if (!opening || !BEFORE_ITS_DATE.test(between)) return null;
  const comma = from.end + opening.index + opening[0].indexOf(opening[1]!);
  if (scope.triggers.some((t) => t.start >= comma && t.start < next.start)) return null;
  const told = within(entities, comma, next.start).some((e) => e.kind === 'person' || ((e.kind === 'city' || e.kind === 'country') && c.type === 'visit'));
  return told ? comma : null;
}

/**
 * The events of a verb told once for several gapped clauses, each with its own date: each one's words run to the comma
 * that opens the next clause; the people named after the verb (whom it was done with) are each clause's own, those
 * before it (who did it) everyone's, and the place is the one each clause names.
 */
function eachGappedClause(scope: GroupScope, c: Candidate, out: Candidate[], gapsAt: number[], lastDateEnd: number): Candidate[] {
  const { ctx } = scope;
  const mention = c.mentions[0]!;
  const verbEnd = c.triggers[0]!.end;
  // The last clause ends at the punctuation after its date («…في 5 تشرين الثاني في عمان، ليتوج …»).
  const stop = /[،,.؛;\n]/u.exec(ctx.folded.slice(lastDateEnd));
  const lastClauseEnd = stop ? lastDateEnd + stop.index : ctx.folded.length;
  const bounds = [verbEnd, ...gapsAt, lastClauseEnd];
  const own = bounds.slice(1).map((end, i) => peopleIn(ctx, bounds[i]!, end));
  // «التقى ميقاتي الرئيس المصري …»: the first person after the verb, where another follows, is its subject.
  const [subject, object] = within(ctx.entities, verbEnd, bounds[1]!).filter((e) => e.kind === 'person');
  if (subject && object) own[0]!.delete(subject.id);
  const told = new Set(own.flatMap((s) => [...s]));
  return out.map((x, i) => {
    const start = i === 0 ? mention.start : ctx.original(gapsAt[i - 1]!, gapsAt[i - 1]! + 1).end;
    const end = i + 1 < out.length ? ctx.original(gapsAt[i]!, gapsAt[i]! + 1).start : ctx.original(lastClauseEnd, lastClauseEnd).start;
    const span = trimSpan(ctx.text, start, end) ?? mention;
    const place = i === 0 ? null : within(ctx.entities, bounds[i]!, bounds[i + 1]!)
      .filter((e) => (e.kind === 'city' || e.kind === 'country') && !e.adjective).at(-1);
    return {
      ...x,
      participants: x.participants.filter((p) => p.kind !== 'person' || !told.has(p.entityId) || own[i]!.has(p.entityId)),
      location: i === 0 ? x.location : place ? toPlace(place) : null,
      mentions: [{ ...x.mentions[0]!, start: span.start, end: span.end }],
    };
  });
}

/** «أعلن», «يعلن», «أعلنت», «تعلن»: folded, with a glued و or ف. */
const ANNOUNCING = /^[وف]?[ايت]علن(?:ت|وا|ا)?$/u;

/**
 * «قبل أن يعلن قصر الإليزيه يوم 20 أوت الجاري عن الزيارة», «والاثنين الماضي، أعلن المغرب عن زيارة ماكرون»: an event
 * named again by a definite noun (or one joined to a person's name) after «عن», where a
 * verb of announcing and a day stand before it in its clause, is what was announced that day; the day is the
 * announcement's, a statement, and the event it names is the one the story tells with its own day.
 */
function announcedThatDay(scope: GroupScope, items: Item[], c: Candidate): Candidate | null {
  const f = scope.ctx.folded;
  // «أعلن البيت الأبيض اليوم عن تعيين ديفيد فيشر سفيرا»: an appointment is made by being announced; the day is its own.
  if (!c.date || (c.dateKind !== 'clause' && c.dateKind !== 'group') || c.type === 'statement' || c.type === 'appointment') return null;
  // Definite by the article or by the name it is joined to («أعلن المغرب عن زيارة ماكرون»).
  const ofSomeoneNamed = (t: TriggerHit) => {
    // No word between the noun and the name: the name starts before the next word does (or is it).
    let nextWordAt = t.end;
    while (nextWordAt < f.length && !isWordCode(f.charCodeAt(nextWordAt))) nextWordAt++;
    return scope.ctx.entities.some((e) => e.kind === 'person' && e.start >= t.end && e.start <= nextWordAt);
  };
  if (!items.every((x) => x.t.pos === 'noun' && (x.t.definite || ofSomeoneNamed(x.t)) && previousWord(f, x.t.start)?.word === 'عن')) return null;
  // The day and the verb, in either order («يعلن القصر يوم 20 أوت عن», «والاثنين الماضي، أعلن المغرب عن»), in the
  // clauses of the group up to the noun.
  const from = Math.min(items[0]!.cl.start, scope.clauses[0]!.start), noun = items[0]!.t.start;
  if (!within(scope.dates.usable, from, noun).length) return null;
  let announces = false;
  for (let w = previousWord(f, noun); w && w.start >= from; w = previousWord(f, w.start)) if (ANNOUNCING.test(w.word)) { announces = true; break; }
  return announces ? { ...c, type: 'statement', label: null, anchor: null, offset: null } : null;
}

/** How many words after «تأجيل زيارة» still name the event put off («رئيس الوزراء العراقي إلى الرياض»). */
const ANNOUNCED_EVENT_WORDS = 6;

const CALLED_OFF_DONE = functionWords.calledOffDone;
const CALLED_OFF_VERBS = new Set(CALLED_OFF_DONE.verbs);
const CALLED_OFF_DONE_BY = new Set(CALLED_OFF_DONE.doneBy);
/**
 * The cue from the group's clauses to the end of the sentence that tells a plan as put off or called off, as done: a verb in the past
 * («ألغى روبيو رحلته», «الزيارة تأجلت») or the noun after a word of doing or deciding («تم إلغاء», «قرر الجانبان تأجيل»).
 */
function calledOffDone(scope: GroupScope, sentence: Sentence): CueHit | undefined {
  const { ctx } = scope;
  // The verb may close the sentence past a relative clause of its own («الزيارة التي كانت مقررة الخميس المقبل ألغيت»).
  const from = scope.clauses[0]!.start;
  const to = sentence.end;
  return ctx.tags.cues.find((k) => {
    if ((k.modality !== 'postponed' && k.modality !== 'cancelled') || k.start < from || k.end > to) return false;
    const words = ctx.folded.slice(k.start, k.end).split(/\s+/).map((w) => w.replace(/^[وف]/, ''));
    if (words.length > 1) return CALLED_OFF_DONE_BY.has(words[0]!);
    return CALLED_OFF_VERBS.has(words[0]!) || wordsBefore(ctx.folded, k.start, CALLED_OFF_DONE.doneByReach, from).some((w) => CALLED_OFF_DONE_BY.has(w.replace(/^[وف]/, '')));
  });
}

/** How many days before the day of an article a plan it tells as put off may have been for, and the putting off be its news. */
const CALLED_OFF_NEWS_DAYS = 31;
/**
 * «كان من المقرر أن يزور دمشق في أكتوبر 2010، إلا أن الزيارة تأجلت» in a paper of 2024: a plan is put off before its
 * day, so one long over was not put off on the day the article would give it.
 */
function planLongOver(plan: EventDate | null, told: EventDate): boolean {
  const over = plan ? parseIso(plan.end) : null, day = parseIso(told.start);
  return over !== null && day !== null && day - over > CALLED_OFF_NEWS_DAYS;
}

/**
 * «ألغى وزير الخارجية ماركو روبيو رحلته إلى إسرائيل», «وأعلن وزير الخارجية، فيصل بن فرحان، تأجيل زيارة رئيس الوزراء
 * العراقي»: when a clause puts off or calls off an event, as done or as announced by someone, the decision is what
 * happened that day, the news: an event of its own beside the called-off event (never the same one), with the
 * announcer first among its people. Dated by the clause when that is not after publication (the day of the decision),
 * else by the article; a denial is not one (its words are the claim denied).
 */
function announcementOf(scope: GroupScope, items: Item[], c: Candidate): Candidate | null {
  if (c.modality !== 'postponed' && c.modality !== 'cancelled') return null;
  const { ctx, dates } = scope;
  const first = items[0]!.t;
  const sentence = ctx.seg.sentences[c.sentence]!;
  const said = ctx.tags.speechAt.find((at) => at >= sentence.start && at < first.start);
  const done = said === undefined ? calledOffDone(scope, sentence) : undefined;
  if (said === undefined && done === undefined) return null;
  const published = dates.publication?.end ?? null;
  // A day the plan was set for («والتي كانت مقررة يومي الاثنين والثلاثاء الماضيين», «وكان من المقرر أن يزور الصين في 19
  // آب») is the plan's, not the announcement's.
  const ownDay = c.date !== null && published !== null && c.date.end <= published && c.dateKind === 'clause' && !c.flags.describedAsToBe && !c.flags.wasToBe;
  // «وكان الرئيس المكسيكي ألغى زيارة …»: a decision told as what had been done before the story is no news of its day;
  // not so the «كانت» of the plan («الزيارة التي كانت مقررة الخميس ألغيت»).
  const actAt = said ?? done!.start;
  const toldAsBefore = within(ctx.tags.markers, scope.clauses[0]!.start, actAt)
    .some((mk) => mk.marker === 'pluAux' && wordsIn(ctx.folded, mk.end, actAt) <= getLexicon().pluperfectWindow
      && !ctx.tags.cues.some((k) => k.modality === 'planned' && k.start >= mk.end && k.start < actAt));
  // A lead dated by the plan's own day («كان من المقرر أن يزور الصين في 19 آب … لكن تم إرجاؤها») does not date the decision.
  const plansDay = (c.flags.wasToBe || c.flags.describedAsToBe) && c.date !== null;
  const lead = dates.lead && !(plansDay && c.date!.start === dates.lead.start && c.date!.end === dates.lead.end) ? dates.lead : null;
  const date = ownDay ? c.date : toldAsBefore ? null : lead ?? dates.publication;
  // The plan's day is the event's own, or the last day its sentence gives before the act («… في أكتوبر 2010، إلا أن الزيارة
  // تأجلت», where «الزيارة» names the plan again).
  const plan = c.date ?? within(dates.usable, sentence.start, actAt).map((d) => d.date).filter((d) => d !== null).pop() ?? null;
  if (!date || (date !== c.date && planLongOver(plan, date))) return null;
  const speaker = said === undefined ? undefined : scope.speakers.bySentence.get(c.sentence)
    ?? within(ctx.entities, said, first.start).find((e) => e.kind === 'person' || e.kind === 'organisation');
  // Who said what was put off, up to the event it names: not what the plan was («التي كانت مقررة غدا»), which did not happen.
  let end = Math.max(first.end, done?.end ?? 0);
  for (const w of wordsAhead(ctx.folded, end, ANNOUNCED_EVENT_WORDS, /[.،,\n]/)) {
    if (RELATIVE.has(w.word) || /^(?:ال)?مقرر/.test(w.word)) break;
    end = w.end;
  }
  const start = said ?? Math.min(done!.start, first.start);
  const span = trimSpan(ctx.text, ctx.original(start, start + 1).start, ctx.original(first.start, end).end);
  if (!span) return null;
  const people = c.participants.filter((p) => p.kind === 'person' && p.entityId !== speaker?.id);
  return {
    // A statement a verb of calling off reaches back to («وقال في بيان إن الزيارة ألغيت») is no plan: it stays the statement.
    ...c, type: c.type === 'statement' ? 'statement' : 'other', label: c.type === 'statement' ? null : calledOffLabel(c.type, c.modality), modality: 'occurred', date, dateKind: ownDay ? 'clause' : 'lead', anchor: null, offset: null,
    participants: speaker ? [toParticipant(speaker), ...people] : c.participants, location: null, apartFrom: c,
    mentions: [{ start: span.start, end: span.end, dateSpan: ownDay ? c.mentions[0]!.dateSpan : null }],
    flags: { ...c.flags, discussion: false, source: false, complement: false, noFallback: false, weak: false },
  };
}

const POSTPONED_TO = new Set(functionWords.postponedTo.words);
const POSTPONED_TO_NOUNS = new Set(functionWords.postponedTo.dateNouns);
const NEW_DATE = functionWords.postponedTo.newDate;
const UNTIL = new Set(functionWords.postponedTo.until);
/** «تأجلت حتى صباح الأربعاء»: the date right after «حتى» right after the word of putting off (the cue ending at `cueEnd`). */
function untilRightAfter(f: string, cueEnd: number, start: number): boolean {
  const before = previousWord(f, start);
  return before !== null && UNTIL.has(before.word) && wordsIn(f, cueEnd, before.start) <= functionWords.postponedTo.untilReach;
}
/**
 * «إلى يوليو», «إلى يوم 15 مايو», «إلى شهر يوليو», «موعد جديد لعقدها خلال الربع الأول من عام 2020»: the date phrase at
 * `start` is where a plan is put off to.
 */
function afterPostponedTo(f: string, start: number): boolean {
  let before = previousWord(f, start);
  if (before && POSTPONED_TO_NOUNS.has(before.word)) before = previousWord(f, before.start);
  if (before === null) return false;
  if (POSTPONED_TO.has(before.word)) return true;
  if (!NEW_DATE.before.includes(before.word)) return false;
  let w = before;
  for (let i = 0; i < NEW_DATE.reach; i++) {
    const prev = previousWord(f, w.start);
    if (!prev) return false;
    if (NEW_DATE.adjective.includes(w.word) && NEW_DATE.noun.includes(prev.word)) return true;
    w = prev;
  }
  return false;
}
/** How many words after the word of putting off the new date may stand («أجل زيارته إلى الشرق الأوسط التي كانت متوقعة نهاية الشهر الجاري إلى شهر يوليو»). */
const POSTPONED_TO_REACH = 14;

/**
 * «أجل زيارته … إلى شهر يوليو القادم», «جرى تأجيلها إلى يوليو»: a plan put off to a date the text gives is planned
 * again for that date, with the same people and place, apart from the plan put off. The plan put off keeps its own day;
 * when the only day it took was the new one («تأجيل القمة إلى 15 مايو»), it is left undated (this changes `c`).
 */
function rescheduledOf(scope: GroupScope, items: Item[], c: Candidate): Candidate | null {
  if (c.modality !== 'postponed') return null;
  const { ctx, dates } = scope;
  const f = ctx.folded;
  const first = items[0]!.t;
  const groupEnd = scope.clauses[scope.clauses.length - 1]!.end;
  const putOff = ctx.tags.cues.filter((k) => k.modality === 'postponed' && k.start >= scope.clauses[0]!.start && k.end <= groupEnd);
  // The new date may be told in a clause of its own after a comma («…، على أن يتم الاستقرار على موعد جديد لعقدها خلال …»).
  const sentenceEnd = ctx.seg.sentences[scope.clauses[0]!.sentence]!.end;
  // A date after «حتى» bounds something under way and is no usable date of an event, except right after the putting off.
  const target = putOff.flatMap((k) => [
    ...within(dates.usable, k.end, sentenceEnd).filter((d) => afterPostponedTo(f, d.start) && wordsIn(f, k.end, d.start) <= POSTPONED_TO_REACH),
    ...within(dates.phrases, k.end, sentenceEnd).filter((d) => d.date !== null && d.kind !== 'vague' && !d.furniture && untilRightAfter(f, k.end, d.start)),
  ].sort((a, b) => a.start - b.start))[0];
  if (!target?.date) return rescheduledFromAnOldDate(scope, c, first);
  // «تأجيل القمة إلى 15 مايو»: the new date is no day of the plan put off, which the text then does not date.
  const datedByTarget = c.mentions.some((m) => m.dateSpan !== null && m.dateSpan.start === target.original.start);
  if (!datedByTarget && c.date !== null && target.date.start <= c.date.end) return null;
  const span = trimSpan(ctx.text, ctx.original(first.start, first.end).start, target.original.end);
  if (!span) return null;
  if (datedByTarget) {
    c.date = null;
    c.dateKind = null;
    c.mentions = c.mentions.map((m) => ({ ...m, dateSpan: null }));
  }
  return {
    ...c, modality: 'planned', date: target.date, dateKind: 'clause', anchor: null, offset: null, apartFrom: c,
    mentions: [{ start: span.start, end: span.end, dateSpan: target.original }],
  };
}

const WAS_SCHEDULED = functionWords.wasScheduledFor;
/** «بعد أن كانت مقررة في التاسع من يناير»: a date the event put off had been set for, told after «كان» and a participle of a plan. */
function wasScheduledFor(f: string, d: DatePhrase): boolean {
  let w = previousWord(f, d.start);
  for (let i = 0; w && i < WAS_SCHEDULED.reach && WAS_SCHEDULED.between.includes(w.word); i++) w = previousWord(f, w.start);
  if (!w || !WAS_SCHEDULED.participles.includes(w.word)) return false;
  const was = previousWord(f, w.start);
  return was !== null && WAS_SCHEDULED.was.includes(was.word.replace(/^و/, ''));
}

/**
 * «تأجيل الزيارة التي كان يعتزم القيام بها إلى المغرب شهر مارس المقبل بعد أن كانت مقررة في التاسع من يناير»: a
 * postponement dated by its own words that also tells the old day it had been set for, earlier, is put off to its own
 * date: the plan is that date's, the postponement keeps the old day.
 */
function rescheduledFromAnOldDate(scope: GroupScope, c: Candidate, first: TriggerHit): Candidate | null {
  const { ctx, dates } = scope;
  if (c.date === null || c.dateKind !== 'clause') return null;
  const sentence = ctx.seg.sentences[scope.clauses[0]!.sentence]!;
  const old = within(dates.usable, sentence.start, sentence.end).find((d) => d.date !== null && wasScheduledFor(ctx.folded, d));
  if (!old?.date || old.date.end >= c.date.start) return null;
  const own = c.mentions[0]!;
  const span = trimSpan(ctx.text, ctx.original(first.start, first.end).start, own.end);
  if (!span) return null;
  // What it was to be is the postponement's: the plan now stands on its own date.
  const rescheduled: Candidate = { ...c, modality: 'planned', anchor: null, offset: null, apartFrom: c, flags: { ...c.flags, wasToBe: false, describedAsToBe: false }, mentions: [{ start: span.start, end: span.end, dateSpan: own.dateSpan }] };
  c.date = old.date;
  c.mentions = c.mentions.map((m) => ({ ...m, dateSpan: old.original }));
  return rescheduled;
}

/** What can be held on a trip and told with it in one clause: a meeting or a signing. */
const HELD_ON_A_TRIP = new Set<EventType>(['meeting', 'agreement']);

/**
 * «استقبل الرئيس الأسد وزير الخارجية العماني يوسف بن علوي، الإثنين، في دمشق، في أول زيارة لمسؤول خليجي إلى دمشق», «شهد
 * الأمير التوقيع على مذكرات تفاهم مع الرئيس التركي خلال زيارته الدوحة أمس»: the trip a meeting or a signing was held on
 * is an event of its own, of the same people and place, on the day its words give it, else on the event's; its mention
 * runs from the words that frame it. The event held on it is told as happening on it.
 */
function onTheTrip(scope: GroupScope, items: Item[], told: Candidate[]): Candidate[] {
  const { ctx } = scope;
  // «خلال الزيارة» alone points back to a trip told before; «الزيارة الرسمية التي يقوم بها» tells one.
  const described = (x: Item) => { const next = nextWord(ctx.folded, x.t.end)?.word ?? ''; return !x.t.definite || next.startsWith('ال') || RELATIVE.has(next); };
  const frames = items.filter((x) => x.framed && x.t.type === 'visit' && described(x));
  const event = told[0]!;
  if (!frames.length || !HELD_ON_A_TRIP.has(event.type) || event.flags.discussion) return told;
  const first = frames[0]!;
  const from = opensRelative(ctx.folded, first.cl) ? first.cl.start : first.own[0]!.start < first.cl.start ? first.own[0]!.start : frameStart(ctx.folded, first.t);
  // The trip frames the event told before it, unless another event stands between («على ضوء المشاورات … لتتبع مخرجات
  // المحادثات الهاتفية … الإعلان … الموقع خلال الزيارة الملكية» frames the signing); a frame that opens its sentence
  // («وخلال زيارة الدبيبة إلى روما، تم توقيع أربع اتفاقيات») frames the event told right after it.
  const heldBefore = items.filter((x) => !x.framed && HELD_ON_A_TRIP.has(x.t.type) && x.t.end <= first.t.start).pop();
  const lastFrameEnd = Math.max(...frames.map((x) => x.t.end));
  const opensItsSentence = wordsIn(ctx.folded, ctx.seg.sentences[first.cl.sentence]!.start, from) === 0;
  const held = heldBefore ?? (opensItsSentence ? items.find((x) => !x.framed && HELD_ON_A_TRIP.has(x.t.type) && x.t.start >= lastFrameEnd) : undefined);
  if (!held || held.t.type !== event.type) return told;
  const [between, and] = heldBefore ? [held.t.end, first.t.start] : [lastFrameEnd, held.t.start];
  if (scope.triggers.some((o) => o.start > between && o.end <= and && familyOf(o.type) !== 'trip')) return told;
  // «استقبلت إيران سلطان عمان في أول زيارة»: a country receiving its guest is the visit itself, not a meeting on it;
  // «التقى رئيس أركان الجيش الباكستاني» is someone the gazetteer does not know, who stands for his country.
  const host = within(ctx.entities, held.t.end, held.cl.end)[0];
  if (held.t.pos === 'verb' && host?.kind === 'country' && !host.fromTitle && wordsIn(ctx.folded, held.t.end, host.start) === 0) return told.map((c) => ({ ...c, type: 'visit' }));
  const to = Math.max(...frames.flatMap((x) => x.own.map((c) => c.end)));
  const span = trimSpan(ctx.text, ctx.original(from, from + 1).start, ctx.original(to - 1, to).end);
  if (!span) return told;
  const own = frames.map((x) => ownDate(scope, x) ?? sinceDate(scope, x)).find((d) => d !== null) ?? null;
  // Who makes the trip: someone its own words name («التي يقوم بها الوزير الموريتاني»), else the guest the event named
  // last before them («استقبل الأسد … بن علوي، … في أول زيارة»).
  const sentence = ctx.seg.sentences[first.cl.sentence]!;
  const persons = (a: number, b: number) => within(ctx.entities, a, b).filter((e) => e.kind === 'person');
  // «وسيلتقي عراقجي خلال زيارته كلا من نظيره …»: a trip named with «his» is that of the one named before it, not of
  // whom its clause names after it.
  const his = THIRD_PERSON_SUFFIXES.has(first.t.suffix) ? persons(sentence.start, from).pop() : undefined;
  const traveller = his ?? persons(from, to)[0] ?? persons(sentence.start, from).pop();
  const makes = (p: Participant) => Number(p.entityId === traveller?.id);
  // «وأكد أفورقي ما تم الاتفاق عليه خلال الزيارة التي قام بها السيد الرئيس إلى أسمرة»: the one the trip's words name
  // makes it, whether or not the event held on it names him.
  const maker = traveller && !event.participants.some(makes) ? [toParticipant(traveller)] : [];
  const trip: Candidate = {
    // An event told after the trip that frames it is no part of the trip's own words: they stay two events.
    ...event, type: 'visit', modality: first.modality, triggers: frames.map((x) => x.t), label: first.t.label ?? null, apartFrom: heldBefore ? event.apartFrom : event,
    participants: [...maker, ...[...event.participants].sort((a, b) => makes(b) - makes(a))],
    mentions: [{ start: span.start, end: Math.min(span.end, span.start + MAX_QUOTE), dateSpan: own ? own.original : event.mentions[0]!.dateSpan }],
    date: own ? withDuration(scope, { phrase: own }, frames, first.own, 'visit') : event.date, dateKind: own ? 'clause' : event.dateKind,
    // Its own words say whether it is told again or named in passing, not those of the event held on it («هذا اللقاء»).
    flags: { ...event.flags, anaphoric: false, reference: false, definite: frames.every((x) => x.t.definite), verbPast: event.flags.verbPast || frames.some((x) => x.t.pos === 'verb' && !x.t.future), frameOnly: own === null },
  };
  // «استقبل الأسد، الأربعاء، … ظريف، الذي وصل صباح الأربعاء إلى دمشق»: the trip's words after the event held on it are
  // the trip's mention, not the event's.
  const cut = span.start;
  const withoutTheTrip = (m: Candidate['mentions'][number]) => (heldBefore && m.start < cut && m.end > cut ? { ...m, ...(trimSpan(ctx.text, m.start, cut) ?? m) } : m);
  return [...told.map((c) => ({ ...c, mentions: c.mentions.map(withoutTheTrip), flags: { ...c.flags, onTrip: true } })), trip];
}

/**
 * «زيارة الدولة التي يقوم بها الرئيس إلى الصين منذ الاثنين الفارط»: a «since» clause right after a trip and the relative
 * clause about it tells the day the trip began.
 */
function sinceDate(scope: GroupScope, x: Item): DatePhrase | null {
  const { seg, folded } = scope.ctx;
  const next = seg.clauses[x.own[x.own.length - 1]!.index + 1];
  if (!next || next.group !== x.cl.group || !afterSince(folded, next)) return null;
  // A trip begins on a day («منذ الاثنين»); «زيارة هي الأولى … منذ 12 عاما» counts the years without one.
  return clauseDates(scope.dates, next).find((d) => !d.governed && d.date!.precision === 'day') ?? null;
}

/** Where the words that frame a trip noun start: «في أول زيارة», «على هامش زيارة», «خلال مراسم زيارة». */
function frameStart(f: string, t: TriggerHit): number {
  let start = t.start;
  for (let i = 0; i < 3; i++) {
    const before = previousWord(f, start);
    const word = before?.word.replace(/^و/, '') ?? '';
    if (!before || !(ORDINALS.has(word) || TRIP_OF_A_MEETING.has(word) || CEREMONY_WORDS.has(word) || JOINERS.has(word) || inList(RELATION_WORDS, before.word))) break;
    start = before.start;
  }
  return start < t.start ? withItsPreposition(f, start) : start;
}

/** «على هامش», «في إطار»: where the placing word at `at` starts, with the preposition before it, which is part of it. */
function withItsPreposition(f: string, at: number): number {
  const preposition = previousWord(f, at);
  return preposition && PREPOSITIONS.has(preposition.word.replace(/^و/, '')) ? preposition.start : at;
}

const COUNTERPART_OPENERS = new Set(functionWords.counterpartOpeners.words);
/** How many words (an office and a nationality: «رئيس الوزراء الفرنسي») may open the clause before the person met. */
const OBJECT_OPENING_WORDS = 4;

/**
 * «بحث الشيخ تميم، مع الرئيس الفنلندي ألكسندر ستوب، أوجه التعاون»: the clause right after talks or a call (past the date
 * clause the mention already holds) that opens with «مع» and tells no other event names the other side, cut off by a
 * comma after the subject. «وسيلتقي الرئيس اللبناني، يوم الثلاثاء على رأس وفد يضم أربع وزراء، رئيس الوزراء الفرنسي
 * إدوار فيليب»: after a verb of meeting, so does the clause that opens on the person met, past the date and asides.
 */
const TOOK_PART_IN = new Set(functionWords.tookPartIn.words);

/**
 * «وشارك في القمة رئيس الوزراء القطري …، وأمير دولة الكويت …، وولي العهد السعودي …»: after a verb of taking part in a
 * conference, the clauses of its group that go on naming people, with no event of their own, list who took part.
 */
function attendeeClauses(scope: GroupScope, items: Item[], type: EventType, spanClauses: Clause[]): Clause[] {
  if (type !== 'conference') return [];
  const { seg, folded, entities } = scope.ctx;
  const first = items.find((x) => x.t.type === 'conference');
  const at = first && previousWord(folded, first.t.start);
  const verb = at?.word === 'في' ? previousWord(folded, at.start) : null;
  if (!verb || !TOOK_PART_IN.has(verb.word.replace(/^و/, ''))) return [];
  const out: Clause[] = [];
  for (let next = seg.clauses[Math.max(...items.map((x) => x.cl.index)) + 1]; next && next.group === scope.group && next.startKind === 'punct'; next = seg.clauses[next.index + 1]) {
    if (spanClauses.includes(next)) continue;
    const names = entities.some((e) => e.kind === 'person' && e.start >= next!.start && e.start < next!.end);
    if (scope.triggers.some((t) => t.start >= next!.start && t.start < next!.end) || !(names || nextToken(folded, next.start)?.startsWith('و'))) break;
    out.push(next);
  }
  return out;
}

/** How many clauses set off by commas (a place, a day) may stand between talks' verb and whom they were held with. */
const SET_OFF_BEFORE_COUNTERPART = 2;

function counterpartClauses(scope: GroupScope, items: Item[], type: EventType, spanClauses: Clause[]): Clause[] {
  if (!TWO_SIDED.has(type)) return [];
  const { seg, folded, entities } = scope.ctx;
  // Past the clauses the mention holds, and any between them («التقى الأمير فيصل، وزير الخارجية، اليوم الجمعة، بنظيره …»:
  // the subject's title set off by commas before the date).
  let next = seg.clauses[Math.max(...items.map((x) => x.cl.index), ...spanClauses.filter((c) => c.group === scope.group).map((c) => c.index)) + 1];
  while (next && spanClauses.includes(next)) next = seg.clauses[next.index + 1];
  const ownTriggers = new Set(items.map((x) => x.t));
  const metByAVerb = items.some((x) => x.t.type === 'meeting' && x.t.pos !== 'noun' && !x.t.discussion);
  // («وزير أوروبا والشؤون الخارجية الفرنسي جان إيف لودريان»: a definite word joined by «و» goes on naming the office.)
  const officeWords = (from: number, to: number) => wordsOf(folded.slice(from, to)).filter((w) => w && !/^و(?:ال|بال)/.test(w)).length;
  const opensOnAPerson = (c: Clause) => entities.some((e) => e.kind === 'person' && e.start >= c.start && e.start < c.end && officeWords(c.start, e.start) <= OBJECT_OPENING_WORDS
    && !/[،,]/.test(folded.slice(c.start, e.start)));
  const tellsAnother = (c: Clause) => scope.triggers.some((t) => t.start >= c.start && t.start < c.end && !ownTriggers.has(t));
  // «والتقى رئيس الجمهورية، أيضا بمدينة شرم الشيخ، مع الرئيس البلغاري»: a clause set off by commas that names nobody and
  // tells no event (where, when) may stand between the verb and whom it met.
  const setOff: Clause[] = [];
  while (next && next.group === scope.group && next.startKind === 'punct' && setOff.length < SET_OFF_BEFORE_COUNTERPART && !COUNTERPART_OPENERS.has(firstWordOf(folded, next))
    && !opensOnAPerson(next) && !tellsAnother(next) && !entities.some((e) => (e.kind === 'person' || e.kind === 'organisation') && e.start >= next!.start && e.start < next!.end)) {
    setOff.push(next);
    next = seg.clauses[next.index + 1];
  }
  if (!next || next.group !== scope.group || next.startKind !== 'punct' || !(COUNTERPART_OPENERS.has(firstWordOf(folded, next)) || (metByAVerb && opensOnAPerson(next)))) return [];
  return tellsAnother(next) ? [] : [...setOff, next];
}

/**
 * «رست أول سفينة حربية تركية في ميناء مقديشو اليوم الثلاثاء بعد توقيع اتفاقية … في فبراير 2024»: the words that place
 * another event against this one, after this one's words and with a date of their own, tell that event: this one's
 * mention ends before them.
 */
function untilAnotherPlaced(scope: GroupScope, items: Item[], span: Span): Span {
  const { folded } = scope.ctx;
  const last = Math.max(...items.map((x) => x.t.end));
  // «ويأتي هذا اللقاء على هامش أشغال المنتدى الثاني …، المنعقد ببالي يومي 02 و03 شتنبر», «بيان مشترك صدر أمس الأحد
  // بمناسبة زيارة أداها ملك المغرب»: so do the words of an event it was held at or on, one of its own.
  const placesAnother = (t: TriggerHit) => {
    const relation = relationOf(folded, t);
    if (relation === 'during') return true;
    return relation !== null && scope.ctx.seg.clauseAt(t.start) === scope.ctx.seg.clauseAt(last - 1) && within(scope.dates.usable, t.end, scope.ctx.seg.clauseAt(t.start)!.end).length > 0;
  };
  const after = scope.triggers.filter((t) => t.start >= last && !items.some((x) => x.t === t) && t.pos === 'noun');
  // «وتأتي هذه الزيارة قبل أسبوع من مؤتمر جنيف 2»: the words of an event this one is counted from begin with the offset.
  const offset = after.map((t) => scope.dates.offsets.find((d) => d.start >= last && d.end <= t.start && wordsIn(folded, d.end, t.start) <= OFFSET_NOUN_WORDS
    && scope.ctx.seg.clauseAt(d.start) === scope.ctx.seg.clauseAt(t.start))).find((d) => d !== undefined);
  if (offset) return cutAt(scope, span, offset.start);
  const placed = after.find(placesAnother);
  if (!placed) return span;
  let word = previousWord(folded, placed.start);
  if (word && inList(CEREMONY_WORDS, word.word)) word = previousWord(folded, word.start);
  if (!word) return span;
  return cutAt(scope, span, withItsPreposition(folded, word.start));
}

/** The span up to a folded offset inside it; the span itself when the offset is outside it or would leave nothing. */
function cutAt(scope: GroupScope, span: Span, from: number): Span {
  const cut = scope.ctx.original(from, from).start;
  return (cut > span.start && cut < span.end ? trimSpan(scope.ctx.text, span.start, cut) : null) ?? span;
}

/**
 * «واتذكر زيارتكم الكريمة لليمن في العام 2008 … و أجدني اليوم متطلعا لزيارتكم لليمن»: the words of an event of another
 * course (hoped for, denied) told after this one's, in a clause the text does not set apart, end this one's mention at
 * the cue that gives that course.
 */
function untilAnotherCourse(scope: GroupScope, items: Item[], span: Span): Span {
  const { folded, original, tags } = scope.ctx;
  const last = Math.max(...items.map((x) => x.t.end));
  const courses = new Set(items.map((x) => x.modality));
  const other = scope.triggers.find((t) => t.start >= last && !items.some((x) => x.t === t) && original(t.start, t.end).start < span.end);
  if (!other) return span;
  const course = itemOf(scope, other).modality;
  if (courses.has(course) || (course !== 'hypothetical' && course !== 'negated')) return span;
  const cue = tags.cues.find((c) => c.start >= last && c.start < other.start && c.modality === course);
  if (!cue) return span;
  const before = previousWord(folded, cue.start);
  return cutAt(scope, span, before?.word === 'و' ? before.start : cue.start);
}

/**
 * «وتأتى هذه الزيارة تكليلاً لزيارات تمهيدية قامت بها وزيرة الخارجية للقاهرة في 19 يوليو»: an event named again, to
 * say what it comes as, is told by its own words; the other event named after them is told by its own, and the
 * mention ends before them.
 */
function untilAnotherNamedAfterIt(scope: GroupScope, items: Item[], span: Span): Span {
  // «وعقب الاجتماع وقعت حكومتا الصومال ومصر اتفاقيات»: so does one named only as what the clause's event came after.
  if (!items.every((x) => x.refersBack || x.relation === 'after' || x.relation === 'before')) return span;
  const last = Math.max(...items.map((x) => x.t.end));
  const other = scope.triggers.find((t) => t.start >= last && !items.some((x) => x.t === t) && scope.ctx.seg.clauseAt(t.start) === scope.ctx.seg.clauseAt(last - 1));
  return other ? cutAt(scope, span, other.start) : span;
}

/**
 * «وجّه الوزير دعوة إلى نظيره للمشاركة في الاجتماع الحادي عشر للجنة المشتركة»: the meeting an invitation is to is told
 * from the words that open it (invitedEventStart), an event of its own; the invitation's mention ends before them.
 */
function untilTheInvitedEvent(scope: GroupScope, items: Item[], type: EventType, span: Span): Span {
  if (type !== 'invitation') return span;
  const last = Math.max(...items.map((x) => x.t.end));
  // Only words of purpose («للمشاركة في», «لحضور») open it: «ودعت المجموعة في قمتها» names where the invitation was made.
  const opens = scope.triggers.filter((t) => t.start >= last && !items.some((x) => x.t === t)).map((t) => ({ t, at: invitedEventStart(scope, t) })).find(({ t, at }) => at !== null && at < t.start)?.at;
  if (opens == null) return span;
  return cutAt(scope, span, opens);
}

const CIRCUMSTANCES = new RegExp(`(?:^|[^\\p{L}])(?:${functionWords.circumstances.words.join('|')})\\s+(?!(?:${functionWords.circumstances.notAfter.join('|')})(?:[^\\p{L}]|$))`, 'u');
/**
 * Where, after an event's word, the words of what it came amid begin («تأتي في وقت يسود فيه التوتر … في ليبيا»), or
 * `to` when they do not: the places and people after that point are not the event's.
 */
function circumstancesFrom(f: string, from: number, to: number): number {
  const m = CIRCUMSTANCES.exec(f.slice(from, to));
  return m ? from + m.index : to;
}

const HANDED_OVER = new Set(functionWords.handedOver.words);
const HOLDING_VERBS = new Set([...functionWords.bodyHolds.words, ...functionWords.madeContacts.words].map((w) => w.replace(/^و/, '')));

/**
 * «وكان الأمير تميم قد عقد، أمس مع الرئيس النمساوي، ألكسندر فان دير بيلين، للبحث جلسة مباحثات رسمية»: the clauses
 * between a verb of holding and the noun of talks it governs, telling no event of their own (a trip named as their
 * frame is none), tell those talks — their day and their people.
 */
function clausesFromTheHoldingVerb(scope: GroupScope, items: Item[]): Clause[] {
  const first = items[0]!;
  if (first.t.pos !== 'noun' || !typeInfo(first.t.type).hostsTalks) return [];
  const { seg, folded } = scope.ctx;
  const out: Clause[] = [];
  for (let i = first.cl.index - 1; i >= 0; i--) {
    const c = seg.clauses[i]!;
    // «وأجرى الرئيس خلال هذه الزيارة، محادثات …»: a trip named as when they were held is their frame, no event between.
    if (c.sentence !== first.cl.sentence || scope.ctx.tags.triggers.some((t) => t.start >= c.start && t.start < c.end && !framesTheTalks(folded, t))) return [];
    out.unshift(c);
    if (wordsOf(folded.slice(c.start, c.end)).some((w) => HOLDING_VERBS.has(w.replace(/^و/, '')))) return out;
  }
  return [];
}

/** «خلال هذه الزيارة»: a trip's noun told as when the talks after it were held. */
const framesTheTalks = (f: string, t: TriggerHit) => familyOf(t.type) === 'trip' && t.pos === 'noun' && (relationOf(f, t) === 'during' || duringThis(f, t.start));

/** «خلال هذه الزيارة»: a word of «during» and a demonstrative right before the noun at `start`. */
function duringThis(f: string, start: number): boolean {
  const pointer = previousWord(f, start);
  if (!pointer || !DEMONSTRATIVES.has(pointer.word)) return false;
  const during = previousWord(f, pointer.start);
  return during !== null && RELATION_WORDS.get(inList(RELATION_WORDS, during.word) ?? '') === 'during';
}

/** The day told between the verb of holding and the talks it governs («قد عقد، أمس مع الرئيس النمساوي، … جلسة مباحثات»). */
function dateOfTheHoldingVerb(scope: GroupScope, heldFrom: Clause[]): { phrase: DatePhrase; kind: DateKind } | null {
  const phrase = heldFrom.flatMap((c) => within(scope.dates.usable, c.start, c.end)).find((d) => !d.governed);
  return phrase ? { phrase, kind: 'clause' } : null;
}

function candidateOf(scope: GroupScope, items: Item[], order: number): Candidate {
  const { ctx } = scope;
  const first = items[0]!;
  // «انعقدت …، الدورة الثالثة للمشاورات»: a verb of being held has no type beside its subject's.
  const typed = items.filter((x) => heldAsItsSubject(scope, items, x) === undefined);
  const type = candidateType(typed, ctx.folded, ctx.seg);
  const clauses = acrossParentheticalDates(scope, [...new Map(items.map((x) => [x.cl.index, x.cl])).values()]);
  const heldFrom = clausesFromTheHoldingVerb(scope, items);
  const dated = items.every((x) => x.agreedOn) ? null : chooseDate(scope, items) ?? dateOfTheHoldingVerb(scope, heldFrom);
  const spanClauses = [...heldFrom, ...clauses];
  // The date joins the mention, except the day of a report (the mention is what was reported, not who reported it) and
  // the day of the event something happened during («زيارة، اليوم، عقد خلالها مباحثات»: that day is the visit's words).
  // It joins when nothing else is told between them («اليوم، في زيارة … يلتقي خلالها …؛ لبحث …»: the day is the visit's).
  // Nor does the day of a main clause join a trip told in a relative clause after it («عقد روتو جلسة مباحثات، اليوم، مع
  // نظيره الصومالي، الذي يزور نيروبي حاليا»): its words are the talks', the trip's only its own clause.
  const relativeTrip = type === 'visit' && items.every((x) => x.cl === first.cl) && opensRelative(ctx.folded, first.cl);
  // A date opening the sentence before another group's words («وفي 27 فبراير، أجرى … زيارة …، والتقى …») dates this
  // group too, but its words are not this group's: the mention quotes neither the date nor the other event.
  const openingDate = dated !== null && dated.kind === 'group' && ctx.seg.clauseAt(dated.phrase.start)!.group !== scope.group;
  if (dated && dated.kind !== 'report' && first.cl.startKind !== 'during' && !(relativeTrip && dated.phrase.start < first.cl.start) && !openingDate) {
    const dc = ctx.seg.clauseAt(dated.phrase.start)!;
    const [from, to] = dated.phrase.start < first.t.start ? [dated.phrase.end, first.t.start] : [first.t.end, dated.phrase.start];
    const between = scope.triggers.some((t) => t.start >= from && t.end <= to && !items.some((x) => x.t === t));
    if (!spanClauses.includes(dc) && !between) spanClauses.push(dc);
  }
  spanClauses.push(...counterpartClauses(scope, items, type, spanClauses), ...attendeeClauses(scope, items, type, spanClauses));
  spanClauses.push(...welcomingParty(scope, items).filter((c) => !spanClauses.includes(c)));
  // «وقعتا اتفاقيتين خلال قمة تيكاد أوت 2022»: an event only named as what another is placed against is told by the
  // words that place it, not by the other event's clause.
  // «التقى الوزير نظيره الصيني، يوم الجمعة، على هامش اجتماع وزراء خارجية دول مجموعة العشرين»: the other event's words may
  // stand in an earlier clause of the group.
  const toldAsFrame = items.every((x) => x.relation !== null) && scope.triggers.some((t) => t.start < first.t.start && t.start >= scope.clauses[0]!.start && !items.some((x) => x.t === t));
  // «التقى الوزير … مبعوث الصين للقمة العربية الصينية المتوقع عقدها … في ديسمبر»: an event its own participle plans,
  // after another event's words in the clause, is told from its noun on.
  const plannedAfterAnother = items.every((x) => planParticipleAfter(ctx.folded, x.t, x.cl) >= 0)
    && scope.triggers.some((t) => t.start < first.t.start && t.start >= first.cl.start && !items.some((x) => x.t === t));
  const told = untilAnotherNamedAfterIt(scope, items, untilTheInvitedEvent(scope, items, type, untilAnotherCourse(scope, items, untilAnotherPlaced(scope, items, mentionSpan(ctx, spanClauses, first, toldAsFrame || plannedAfterAnother ? frameStart(ctx.folded, first.t) : acceptedVisitStart(scope, first.t) ?? invitedEventStart(scope, first.t) ?? nextTripStart(scope, first))))));
  const span = withTheRelativeThatDatesIt(ctx, told, spanClauses, dated);
  const sentIdx = first.cl.sentence;
  const sent = ctx.seg.sentences[sentIdx]!;
  // «استقبل الرئيس السوري بشار الأسد، وزير الخارجية الإيراني محمد جواد ظريف، الذي وصل…»: a clause between the event's
  // clauses that tells no other event is part of what the mention says (here, who was received).
  const [lo, hi] = [Math.min(...spanClauses.map((c) => c.index)), Math.max(...spanClauses.map((c) => c.index))];
  const otherEventIn = (c: Clause) => scope.triggers.some((t) => t.start >= c.start && t.start < c.end && !items.some((x) => x.t === t));
  const bridging = ctx.seg.clauses.slice(lo, hi + 1).filter((c) => c.group === scope.group && c.startKind === 'punct' && !otherEventIn(c));
  const inSpan = inAny([...spanClauses, ...bridging]);
  const amid = circumstancesFrom(ctx.folded, first.t.end, Math.max(...spanClauses.map((c) => c.end)));
  const ents = within(ctx.entities, Math.min(...spanClauses.map((c) => c.start)), Math.min(amid, Math.max(...spanClauses.map((c) => c.end)))).filter(inSpan);
  const place = placeOf(scope, items, ents, [...clauses, ...bridging], type);
  const date = dated ? withDuration(scope, dated, items, spanClauses, type) : null;
  // «أعلن المستشار أحمد فهمي المتحدث باسم رئاسة الجمهورية بأنه سيتم عقد قمة مصرية قطرية»: a spokesman tells of the
  // event; he is not one of its people.
  const speaksFor = (e: EntityMention) => type !== 'statement' && (e.roleFamily === SPOKESPERSON || SPOKESPERSON_AFTER.test(scope.ctx.folded.slice(e.end, e.end + SPOKESPERSON_REACH)));
  const actors = withoutTheSender(scope.ctx.folded, items, [...convenedBy(scope, items, type), ...actorsOf(scope, items, ents, inSpan, type, sentIdx), ...countriesMeant(scope, items, spanClauses)])
    .filter((e) => e.kind !== 'person' || (!speaksFor(e) && !deniedTakingPart(ctx, e, first.t.start)));
  const flags = flagsOf(scope, items, clauses, sent);
  // «وأجرى الرئيس خلال هذه الزيارة، محادثات …»: held during the trip the words of their holding name.
  if (heldFrom.some((c) => scope.ctx.tags.triggers.some((t) => t.start >= c.start && t.start < c.end && framesTheTalks(ctx.folded, t)))) flags.duringEvent = true;
  return {
    articleId: ctx.article.id, file: ctx.article.file, order, type, modality: attendedBefore(scope, items, date) ? 'occurred' : flags.wasToBe ? putOffBefore(scope, sent, first) ?? (flags.describedAsToBe ? wasPlanned(first.modality) : first.modality) : first.modality,
    triggers: items.map((x) => x.t), mentions: [{ start: span.start, end: span.end, dateSpan: dated && dated.kind !== 'report' && !openingDate ? dated.phrase.original : null }],
    date, dateKind: dated ? dated.kind : null,
    participants: invitedFirstWhenReceived(scope, items, type, participantsOf(date ? heldAtTheTime(ctx, actors, date, type) : actors, ents, place)), location: place ? toPlace(place) : null,
    topic: topicOf(ctx.folded, first), sentence: sentIdx, group: scope.group,
    anchor: anchorOf(scope, items),
    offset: offsetOf(scope, items),
    flags,
    corefWith: null, apartFrom: null, attachOnly: sent.headline, speaker: scope.speakers.bySentence.get(sentIdx)?.id ?? null,
    label: items.find((x) => x.t.type === type && x.t.label)?.t.label ?? null,
  };
}

/**
 * «وأجّل الأمير، الذي كان من المقرر أن يجتمع مع ترامب يوم 12 أيلول، إلى موعد لاحق»: a plan told as what was to be, in a
 * sentence that puts off or calls off something before it, is the plan put off or called off.
 */
/** «زيارة لافروف إلى بلغراد التي كانت مقررة في 6 يونيو»: what was to be is a plan, unless its words say more of it. */
const wasPlanned = (m: Modality): Modality => (m === 'occurred' ? 'planned' : m);

function putOffBefore(scope: GroupScope, sent: Sentence, first: Item): Modality | null {
  const cue = scope.ctx.tags.cues.find((c) => (c.modality === 'postponed' || c.modality === 'cancelled') && c.start >= sent.start && c.end <= first.t.start);
  return cue ? cue.modality : null;
}

const DISPATCH_VERBS = new Set(functionWords.dispatchVerbs.words);
const GUESTS = new Set(functionWords.welcomeNouns.guest);
const DIRECTING = new Set(functionWords.directing.words);
/** How many words (a style and a title: «خادم الحرمين الشريفين الملك») may stand between a word of directing and whom it names. */
const DIRECTOR_REACH = 5;

/**
 * «أوفد الرئيس التونسي وزير خارجيته نبيل عمار إلى الجزائر»: the trip a dispatch verb tells is the envoy's; the sender,
 * the first person named after the verb, is not among its people when someone is named after him. Nor is whoever a
 * word of directing names before the event («بناء على توجيه …»).
 */
/** The clauses before a verb's clause, back to the one «أن» opens, that only set off its subject (no event told there). */
function clausesOfTheSubject(scope: GroupScope, cl: Clause): Clause[] {
  const { seg } = scope.ctx;
  const out: Clause[] = [];
  for (let i = cl.index - 1; i >= 0; i--) {
    const c = seg.clauses[i]!;
    if (c.group !== cl.group || scope.triggers.some((t) => t.start >= c.start && t.start < c.end)) return [];
    out.unshift(c);
    if (c.startKind === 'comp') return out;
    if (c.startKind !== 'punct') return [];
  }
  return [];
}

function withoutTheSender(f: string, items: Item[], actors: EntityMention[]): EntityMention[] {
  // «بناء على توجيه خادم الحرمين الشريفين الملك سلمان … غادر سموه متوجها إلى الولايات المتحدة»: who directs a trip or
  // talks, named right after the word of directing, does not make them.
  const directed = (a: EntityMention) => a.kind === 'person' && wordsBefore(f, a.start, DIRECTOR_REACH, 0).some((w) => DIRECTING.has(w.replace(/^[وب]+/, '')));
  // «عقب زيارته الأولى في العام 2018 بناءً على توجيه العاهل السعودي»: so does one named after the event it directed.
  const makers = actors.filter((a) => !directed(a));
  const dispatch = items.find((x) => x.t.type === 'visit' && DISPATCH_VERBS.has(x.t.form));
  if (!dispatch) return makers;
  const after = makers.filter((a) => a.kind === 'person' && a.start >= dispatch.t.end).sort((a, b) => a.start - b.start);
  const sender = after.length >= 2 ? after[0]! : null;
  return sender ? makers.filter((a) => a.id !== sender.id) : makers;
}

const FIRST_SINCE = new Set(functionWords.firstSince.words);
/** How many words may stand between a trip's noun and «منذ» and the date of the last one («في أول زيارة رسمية له إلى طهران منذ»). */
const LAST_BEFORE_REACH = 8;

/**
 * «في أول زيارة رسمية له إلى طهران منذ عام 2007», «زيارة تعد الأولى إلى سوريا منذ شباط 2012»: the first visit since a
 * calendar date tells that the last one was made then, by the same people to the same place: a visit of its own, told by
 * «منذ» and the date. A length of time («منذ 12 عاما») or an event («منذ توليه الحكم») dates none.
 */
export function lastVisitsBefore(ctx: ArticleContext, dates: ArticleDates, candidates: Candidate[]): void {
  // Told after the article's events are dated, so that none of them takes its date from a visit only implied.
  const implied = candidates.flatMap((c) => theLastBefore(ctx, dates, ctx.tags.triggers, c));
  if (!implied.length) return;
  candidates.push(...implied);
  candidates.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.order - b.order);
  candidates.forEach((c, i) => { c.order = i; });
}

function theLastBefore(ctx: ArticleContext, dates: ArticleDates, triggers: TriggerHit[], c: Candidate): Candidate[] {
  if (c.type !== 'visit' || (c.modality !== 'occurred' && c.modality !== 'planned')) return [];
  const f = ctx.folded;
  const sentence = ctx.seg.sentences[c.sentence]!;
  // The noun of the trip nearest before the date («وصل … في أول زيارة له إلى سوريا منذ»).
  const nearestBefore = (d: DatePhrase) => c.triggers.filter((t) => t.end <= d.start).pop();
  const since = dates.phrases.find((d) => {
    const t = nearestBefore(d);
    return t !== undefined && d.kind === 'absolute' && d.date !== null && d.end <= sentence.end && wordsIn(f, t.end, d.start) <= LAST_BEFORE_REACH
      && (/^[وف]?منذ\s/.test(f.slice(d.start, d.end)) || /^[وف]?منذ$/.test(previousWord(f, d.start)?.word ?? ''));
  });
  const trigger = since ? nearestBefore(since)! : null;
  // Before the visit told, and with no other event named between them.
  if (!since?.date || !trigger || (c.date !== null && since.date.end >= c.date.start) || triggers.some((o) => o.start > trigger.end && o.start < since.start)) return [];
  const ordinal = wordsBefore(f, since.start, LAST_BEFORE_REACH + 2, sentence.start).some((w) => FIRST_SINCE.has(w.replace(/^[وفل]/, '')));
  if (!ordinal) return [];
  // Told by «منذ» and its date: the words before them tell the visit of the day.
  const sinceWord = /^[وف]?منذ$/.test(previousWord(f, since.start)?.word ?? '') ? previousWord(f, since.start)!.start : since.start;
  const span = trimSpan(ctx.text, ctx.original(sinceWord, sinceWord + 1).start, since.original.end);
  if (!span) return [];
  return [{
    ...c, modality: 'occurred', date: { ...since.date, ...explained({ id: 'first-since', text: ctx.text.slice(since.original.start, since.original.end), reason: reasonOf(since.date) }) },
    dateKind: 'clause', apartFrom: c, corefWith: null,
    mentions: [{ start: span.start, end: Math.min(span.end, span.start + MAX_QUOTE), dateSpan: since.original }],
    flags: { ...c.flags, pluperfect: true, present: false, headline: false, anaphoric: false, definite: false },
  }];
}

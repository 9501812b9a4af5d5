/**
 * Stories, not clauses: news tells an event in its lead and then elaborates it («وبحث الجانبان…», «وتناول اللقاء…»).
 * Clusters that only say what was discussed join the call, visit, meeting or conference of the article they belong to,
 * as further mentions of it; only when the article tells no such event do the talks stand as a meeting of their own.
 */
import { UNDONE_MODALITIES, type EventDate, type EventType, type Participant } from '../domain/event';
import { familyOf, typeInfo } from '../domain/event-types';
import { MAX_QUOTE } from './article-context';
import type { ArticleAnalysis } from './assemble';
import { actorKeys, participantKey, passageCandidate, placesConflict, type Candidate } from './candidate';
import { toOriginalSpan } from './normalize';
import { trimSpan, wordsIn } from './spans';
import { absorb, addMember, datedByArticleOnly, datesCompatible, keptApart, newCluster, sharesActor, takeDateFrom, type Cluster } from './merge';
import { parseIso } from './temporal/calendar';
import functionWords from './lexicon/function-words.json';

/** The people (not the states or bodies) an event names. */
const personsOf = (c: Cluster): Participant[] => c.participants.filter((p) => p.kind === 'person');
/** Whether an event is dated within the days of another («استقبله خلالها» on a trip of two days). */
const heldWithin = (c: Cluster, days: EventDate): boolean => c.date !== null && c.date.start >= days.start && c.date.end <= days.end;
/** «وصل ميقاتي اليوم إلى بغداد … يجتمع في خلالها بنظيره»: talks still ahead on the days of a visit already under way. */
const aheadOnATripUnderWay = (talks: Cluster, visit: Cluster): boolean => visit.type === 'visit' && visit.modality === 'occurred' && talks.modality === 'planned'
  && visit.date !== null && heldWithin(talks, visit.date);

/**
 * What was discussed, and the talks named again by a definite noun with it («بحثا خلاله … وقال الكرملين إن المحادثات
 * تخللها …»): words that elaborate an event, not one of their own.
 */
const namesTalksAgain = (m: Cluster['members'][number]) => m.flags.definite && m.triggers.length > 0 && m.triggers.every((t) => t.pos === 'noun' && t.definite && t.type === 'meeting');
const onlyTalks = (c: Cluster) => c.members.some((m) => m.flags.discussion) && c.members.every((m) => m.flags.discussion || namesTalksAgain(m));
const onlySource = (c: Cluster) => c.members.every((m) => m.flags.source);
/** «ووفقا لبيان صادر عن الديوان، أعرب الملك خلال الاتصال عن تعازيه»: a source and the talks it reports, nothing else. */
const sourceOfTalks = (c: Cluster) => c.members.some((m) => m.flags.source) && c.members.every((m) => m.flags.source || m.flags.discussion);

/**
 * Statements the news comes from («أعلن الديوان في بيان له اليوم أن الملك سيغادر…») are where the article got its
 * event, not an event nor a passage that tells it: they go when the article tells an event in their sentence, or a
 * dated event that shares a person with them or names none; with no such event the statement is the news and stays.
 * What was said at talks they report goes to that event with them.
 */
export function foldSources(clusters: Cluster[]): Cluster[] {
  const gone = new Set<Cluster>();
  for (const source of clusters.filter((c) => onlySource(c) || sourceOfTalks(c))) {
    const others = clusters.filter((c) => c !== source && !gone.has(c) && !onlySource(c) && !sourceOfTalks(c) && c.date !== null && (c.modality === 'occurred' || c.modality === 'planned'));
    const sentences = new Set(source.members.map((m) => m.sentence));
    const people = actorKeys(source.participants);
    // «وقال الاتحاد في بيان اليوم إن موسى التقى خلال الزيارة …»: an event of its sentence over before the day of the
    // report leaves the report the day's news.
    const overBefore = (c: Cluster) => source.date !== null && c.date !== null && c.date.end < source.date.start;
    // «قال السفير، في تصريح لوكالة الأنباء، أمس السبت، إن الزيارة تأتي …» of a visit due tomorrow: a statement dated by
    // its own words on another day than the event it speaks of is news of that day, not where the event is told.
    const saidAnotherDay = (c: Cluster) => source.date !== null && c.date !== null && !datedByArticleOnly(source) && source.date.precision === 'day'
      && c.date.precision === 'day' && !datesCompatible(source.date, c.date);
    if (onlySource(source) && others.some((c) => c.members.some((m) => sentences.has(m.sentence))) && others.filter((c) => c.members.some((m) => sentences.has(m.sentence))).every(saidAnotherDay)) continue;
    // «وبحسب بيان نشرته وزارة الخارجية الإيطالية، فإنه جرى التأكيد على …»: a source whose sentence tells no event and
    // that the text does not date itself is where the story's news, its first event, is told.
    const storyEvent = () => (onlySource(source) && (source.date === null || datedByArticleOnly(source)) ? others.slice().sort((a, b) => a.first.order - b.first.order)[0] : undefined);
    const host = others.find((c) => c.members.some((m) => sentences.has(m.sentence)) && !overBefore(c))
      ?? others.find((c) => !people.size || [...actorKeys(c.participants)].some((p) => people.has(p)))
      ?? storyEvent();
    if (!host) {
      const people = peopleItCallsOff(clusters, sentences);
      if (people.length) lendPeople(source, people);
      continue;
    }
    for (const m of source.members) if (!m.flags.source) addMember(host, m);
    if (!onlySource(source)) host.attached.push(...source.attached);
    gone.add(source);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * «أفاد بيان لرئاسة الجمهورية أن الرئيس تبون قد أجل زيارته»: a statement that is the news tells what its sentences put off,
 * call off or deny; that is someone's doing, and their people are the statement's too.
 */
export function peopleItCallsOff(clusters: Cluster[], sentences: ReadonlySet<number>): Participant[] {
  return clusters.filter((c) => UNDONE_MODALITIES.has(c.modality) && c.members.some((m) => sentences.has(m.sentence)))
    .flatMap(personsOf);
}

/**
 * People an event gains from what it tells, on its first member too, so that the article's stored reports rebuild it
 * with them; `first` puts them before the event's own (a headline's people name whom the story is about).
 */
export function lendPeople(cl: Cluster, people: Participant[], first = false): void {
  const seen = new Set(cl.participants.map(participantKey));
  const added = people.filter((p) => !seen.has(participantKey(p)) && seen.add(participantKey(p)));
  if (!added.length) return;
  const join = (own: Participant[], more: Participant[]) => (first ? [...more, ...own] : [...own, ...more]);
  const member = cl.members[0]!;
  member.participants = join(member.participants, added.filter((p) => !member.participants.some((q) => participantKey(q) === participantKey(p))));
  cl.participants = join(cl.participants, added);
}

/**
 * «نفى مصدر صحة الأنباء عن زيارة الرئيس للإمارات … وقال إن الوفد غادر للتمهيد لزيارة الرئيس المنتظرة للإمارات»: once
 * an article denies an event, a plan of the same kind for the same person and place in it is the denied claim told again,
 * not a plan of its own. Likewise once it puts off or calls off an event («تأجيل القمة المقرر عقدها في بغداد غدا»), a plan
 * of the same kind for the same day and place («القمة التي كان من المقرر عقدها يوم غد»), or a trip there that day, is
 * the plan that was put off.
 * The plan's passages join the denial or postponement as mentions; its date, read off another clause, is not the claim's.
 */
/** «أن يصل الملك إلى بغداد يوم غد لعقد القمة»: a trip to where a meeting is held, on its day, is the way to that meeting. */
const tripTo = (trip: Cluster, meeting: Cluster) => trip.type === 'visit' && (meeting.type === 'conference' || meeting.type === 'meeting') && trip.location !== null;

/**
 * «أجّل الجبير زيارته التي كانت مقررة اليوم … وكان الجبير سيزور باكستان في زيارة تستمر يومين»: an event put off with no
 * place told is the plan of the same person told with its place.
 */
const unplacedOfTheirs = (calledOff: Cluster, claim: Cluster, people: Set<string>) =>
  calledOff.location === null && [...actorKeys(calledOff.participants)].some((p) => people.has(p));

/** How many days after the day an event is put off the plan it puts off may have been for. */
const CALLED_OFF_AHEAD_DAYS = 31;

/**
 * «تلقت مدريد أمس الأحد رسالة تشير إلى تأجيل زيارة ألباريس … وكان بيان قد أكد أنه سيزور الجزائر يوم الاثنين 12 فبراير»:
 * a postponement is dated by the day it was told, the plan it puts off by its own day, on or shortly after it.
 */
function planPutOff(calledOff: Cluster, claim: Cluster): boolean {
  // Put off on no day the text tells, it is the plan told as what was to be («وكان سيزور …», «كان من المقرر …»).
  if (!calledOff.date) return claim.members.some((m) => m.flags.pluperfect || m.flags.wasToBe);
  if (datesCompatible(calledOff.date, claim.date)) return true;
  // «كان من المقرر أن يزور … تركيا في 25 أيار، لكن تم تأجيل الزيارة»: dated by the day it was to be, not the day it was
  // put off, it is no other day's plan: a plan for a later day is the one made again.
  const dayItWasToBe = calledOff.members.some((m) => (m.flags.wasToBe || m.flags.pluperfect) && m.date !== null && datesCompatible(m.date, calledOff.date));
  if (dayItWasToBe || !claim.date || claim.date.precision !== 'day') return false;
  const told = parseIso(calledOff.date.end), planned = parseIso(claim.date.start);
  return told !== null && planned !== null && planned > told && planned - told <= CALLED_OFF_AHEAD_DAYS;
}

/** A plan whose people are all others than those of the event put off is another plan, whatever its day and place. */
const anotherPersonsPlan = (calledOff: Cluster, people: Set<string>) => {
  const theirs = actorKeys(calledOff.participants.filter((p) => p.kind === 'person'));
  return people.size > 0 && theirs.size > 0 && ![...theirs].some((p) => people.has(p));
};

/** «أجل زيارته إلى يوليو»: the plan made again for the new date is told apart from the one put off, not as it. */
const madeAgain = (calledOff: Cluster, claim: Cluster) => claim.members.some((m) => m.apartFrom !== null && calledOff.members.includes(m.apartFrom));

export function foldDenied(clusters: Cluster[]): Cluster[] {
  const gone = new Set<Cluster>();
  const denied = clusters.filter((c) => c.modality === 'negated' && c.participants.some((p) => p.kind === 'person'));
  const calledOff = clusters.filter((c) => c.modality === 'postponed' || c.modality === 'cancelled');
  const samePlace = (a: Cluster, b: Cluster) => !placesConflict(a.location, b.location) && (a.location !== null || b.location === null);
  for (const claim of clusters.filter((c) => c.modality === 'planned' || c.modality === 'hypothetical')) {
    const people = actorKeys(claim.participants.filter((p) => p.kind === 'person'));
    const denial = denied.find((d) => familyOf(d.type) === familyOf(claim.type)
      && [...actorKeys(d.participants)].some((p) => people.has(p))
      && samePlace(d, claim)
      && (d.date === null || claim.date === null || datesCompatible(d.date, claim.date)))
      ?? calledOff.find((d) => (familyOf(d.type) === familyOf(claim.type) || tripTo(claim, d)) && (samePlace(d, claim) || unplacedOfTheirs(d, claim, people))
        && planPutOff(d, claim) && !anotherPersonsPlan(d, people) && !madeAgain(d, claim));
    if (denial) { denial.attached.push(...claim.members, ...claim.attached); gone.add(claim); }
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * «للقمة العربية الصينية المتوقع عقدها … في ديسمبر القادم» and later «أولوية خاصة للقمة العربية الصينية»: an event named
 * again by a definite noun alone, with no verb or date of its own, in an article that plans that event (same kind, a
 * person or body in common, no other place), is the plan named again, not something done on the article's day.
 */
export function foldNamedPlans(clusters: Cluster[]): Cluster[] {
  const gone = new Set<Cluster>();
  const namedOnly = (c: Cluster) => c.modality === 'occurred' && datedByArticleOnly(c)
    && c.members.every((m) => m.flags.definite && !m.flags.verbPast && m.triggers.every((t) => t.pos === 'noun'));
  for (const c of clusters.filter(namedOnly)) {
    const plan = clusters.find((p) => p !== c && !gone.has(p) && p.modality === 'planned' && p.type === c.type && p.date !== null
      && sharesActor(p.participants, c.participants) && !placesConflict(p.location, c.location));
    if (plan) { plan.attached.push(...c.members, ...c.attached); gone.add(c); }
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * «يصل الرئيس اليوم إلى نيودلهي في زيارة رسمية … ووصل الرئيس صباح اليوم إلى الهند», «ومن المقرر أن يلتقي الرئيس
 * الأسد ظريف اليوم» beside «استقبل الأسد ظريف اليوم»: a trip or talks the article plans on days when the same people's
 * trip or talks of that kind, at a place that fits, are told as begun or held by the article's day, on days that meet
 * them, are that event told before it happened. Its words become mentions of the event told as done, whose date and
 * people stand.
 */
export function foldPlansToldAsDone(clusters: Cluster[], a: ArticleAnalysis): Cluster[] {
  const today = a.articleDate;
  if (!today) return clusters;
  // Days that meet: a year or a week around the event says too little to tell it is the same.
  const overlap = (x: EventDate, y: EventDate) => x.precision === 'day' && y.precision === 'day' && x.start <= y.end && y.start <= x.end;
  // A trip is its traveller's; talks are every side's: «التقى الصفدي صباح اليوم الرئيس عون … ومن المقرر أن يلتقي الصفدي
  // ظهر اليوم نظيره بو حبيب» plans other talks.
  const samePeople = (done: Cluster, plan: Cluster) => done.type === 'visit' ? sharesActor(personsOf(done), personsOf(plan))
    : personsOf(plan).length > 0 && personsOf(plan).every((p) => personsOf(done).some((q) => participantKey(q) === participantKey(p)));
  const gone = new Set<Cluster>();
  // «وبالتزامن مع ذلك، سيعقد وزيرا الخارجية لقاء»: what is planned on the occasion of the day's event is another one.
  for (const plan of clusters.filter((c) => FOLDED_PLAN_TYPES.has(c.type) && c.modality === 'planned' && c.date !== null && c.members.every((m) => !m.flags.pluperfect && !m.flags.reference && !m.flags.onThisOccasion))) {
    const done = clusters.find((o) => o.type === plan.type && o.modality === 'occurred' && !gone.has(o) && o.date !== null && o.date.start <= today.end
      && overlap(o.date, plan.date!) && samePeople(o, plan) && !placesConflict(o.location, plan.location) && !keptApart(o, plan));
    if (!done) continue;
    // «وبعد ظهر اليوم سيقوم الملك باستقبال ميركل» in the plan of a trip under way: talks the plan's own words date are
    // members of the trip, which its split tells apart on their day; the rest are mentions of it.
    for (const m of plan.members) if (plan.type === 'visit' && m.type === 'meeting' && m.dateKind === 'clause') addMember(done, m); else done.attached.push(m);
    done.attached.push(...plan.attached);
    gone.add(plan);
  }
  return clusters.filter((c) => !gone.has(c));
}
/** The kinds folded so: a conference's or a call's plan beside one held is as often another session or call (measured: no gain). */
const FOLDED_PLAN_TYPES = new Set<EventType>(['visit', 'meeting']);

/**
 * «رئيسة وزراء إيطاليا تزور الجزائر بعد شهر رمضان»: a headline tells in a few words, in a tense of its own, the event the
 * body tells in full. An event told only in headlines is a further mention of the body's event of the same kind with the
 * same actor and a place that fits, when their dates agree or come from the same words; the body's date and modality win.
 */
export function foldHeadlineEvents(clusters: Cluster[], a: ArticleAnalysis): Cluster[] {
  const inHeadline = (c: Cluster) => c.members.every((m) => a.seg.sentences[m.sentence]?.headline === true);
  const body = clusters.filter((c) => !inHeadline(c));
  const gone = new Set<Cluster>();
  for (const h of clusters.filter(inHeadline)) {
    const actors = actorKeys(h.participants);
    const phrase = h.date?.text;
    const told = body.find((c) => familyOf(c.type) === familyOf(h.type)
      && [...actorKeys(c.participants)].some((p) => actors.has(p))
      && !placesConflict(h.location, c.location)
      && (!h.date || !c.date || datesCompatible(h.date, c.date) || phrase === c.date.text));
    if (told) {
      const dated = h.members.find((m) => m.date !== null && m.date === h.date && m.dateKind === 'clause');
      if (!told.date && dated) takeDateFrom(told, dated);
      told.attached.push(...h.members, ...h.attached);
      gone.add(h);
    }
  }
  return clusters.filter((c) => !gone.has(c));
}


/**
 * «واستقبل العاهل الإسباني السفير … حيث جرت مراسم تسليم أوراق الاعتماد», «استقبل الرئيس … السيد … الذي سلمه أوراق
 * اعتماده»: a reception told in a sentence that tells a ceremony (credentials, an oath) of the same day, or in the next,
 * by one of its people, is that ceremony. Its words become mentions of it; the ceremony keeps its name and people.
 */
export function foldCeremonyReceptions(clusters: Cluster[]): Cluster[] {
  const ceremonies = clusters.filter((c) => c.type === 'appointment' && c.label !== null);
  const gone = new Set<Cluster>();
  for (const r of clusters.filter((c) => c.type === 'meeting')) {
    const sentences = new Set(r.members.map((m) => m.sentence));
    // … or right after it («تسلم الوزير نسخة من أوراق اعتماد السفيرة. ورحب الوزير بالسفيرة»).
    const ceremony = ceremonies.find((c) => c.modality === r.modality && datesCompatible(c.date, r.date) && sharesActor(c.participants, r.participants)
      && c.members.some((m) => sentences.has(m.sentence) || sentences.has(m.sentence + 1)));
    if (ceremony) { ceremony.attached.push(...r.members, ...r.attached); gone.add(r); }
  }
  return clusters.filter((c) => !gone.has(c));
}

/** The clusters of one article after talks that elaborate another event joined it. */
export function foldTalks(clusters: Cluster[]): Cluster[] {
  const gone = new Set<Cluster>();
  for (const talks of clusters.filter(onlyTalks)) {
    const found = hostOf(talks, clusters.filter((c) => c !== talks && !gone.has(c) && !onlyTalks(c)));
    if (!found) continue;
    // Told at talks it shares nobody with, their words join the talks but the people they name do not.
    if (found.pointedAt) found.host.attached.push(...talks.members, ...talks.attached);
    // Talks named again by their noun («إن المحادثات تخللها») do not rename the call or the visit they were held at.
    else absorb(found.host, { ...talks, members: talks.members.map((m) => (namesTalksAgain(m) ? { ...m, flags: { ...m.flags, discussion: true } } : m)) });
    gone.add(talks);
  }
  return clusters.filter((c) => !gone.has(c));
}

const firstSentence = (c: Cluster) => Math.min(...c.members.map((m) => m.sentence));

const TALKS_NOUNS = new Set(functionWords.talksNouns.words);
/**
 * Talks named by their noun alone, held nowhere the text says: what first tells them is such a noun, and what tells them
 * again another one or a word that points back at them («اللقاءات», «وبحث الجانبان»).
 */
const namedAsTalks = (m: Cluster['members'][number]) => m.triggers.length > 0 && m.triggers.every((t) => TALKS_NOUNS.has(t.form));
function talksByName(c: Cluster): boolean {
  const naming = c.members.filter((m) => !m.flags.discussion);
  return c.type === 'meeting' && c.location === null && naming.length > 0 && namedAsTalks(naming.reduce((a, m) => (m.order < a.order ? m : a)))
    && naming.every((m) => namedAsTalks(m) || m.flags.definite);
}

/**
 * «شكل المؤتمر أحد مواضيع المحادثات التي جمعت اليوم الرئيس تبون ورئيسة الوزراء ميلوني … تلقى مكالمة هاتفية من ميلوني»:
 * talks named by their noun alone, on the day of a call between the same two people, are what was said on the call.
 */
export function foldTalksIntoCalls(clusters: Cluster[]): Cluster[] {
  const gone = new Set<Cluster>();
  const people = (c: Cluster) => actorKeys(c.participants.filter((p) => p.kind === 'person'));
  for (const talks of clusters.filter(talksByName)) {
    const theirs = people(talks);
    const call = clusters.find((c) => c.type === 'call' && !gone.has(c) && c.modality === talks.modality && c.date?.precision === 'day'
      && talks.date?.precision === 'day' && datesCompatible(c.date, talks.date) && [...people(c)].filter((p) => theirs.has(p)).length >= 2);
    if (!call) continue;
    for (const m of talks.members) addMember(call, { ...m, flags: { ...m.flags, discussion: true } });
    call.attached.push(...talks.attached);
    gone.add(talks);
  }
  return clusters.filter((c) => !gone.has(c));
}

/**
 * The event the talks were held at: one that holds talks, with the same modality, a date that does not contradict
 * theirs, and some of their people (or nobody named, in the next or previous sentence). The nearest one told before
 * them wins; else the nearest after.
 */
/** How many sentences back «the meeting» of talks told at it may point to talks told before. */
const TALKS_REACH = 3;
/** How much farther than any event a statement the news comes from stands, as the host of talks. */
const SOURCE_AS_HOST_PENALTY = 1000;

function hostOf(talks: Cluster, others: Cluster[]): { host: Cluster; pointedAt: boolean } | null {
  const people = actorKeys(talks.participants);
  const at = firstSentence(talks);
  const sentences = new Set(talks.members.map((m) => m.sentence));
  const talksNoun = (t: Cluster['members'][number]['triggers'][number]) => t.pos === 'noun' && t.definite && (t.type === 'meeting' || t.type === 'call');
  const pointsAtTalks = talks.members.every((m) => m.triggers.some(talksNoun) && m.triggers.every((t) => talksNoun(t) || t.discussion));
  let best: { host: Cluster; pointedAt: boolean } | null = null;
  let bestDistance = Infinity;
  // «يجري الأمير اليوم زيارة إلى العراق، يبحث خلالها العلاقات»: what a trip is to discuss, told «خلالها», is the trip's
  // talks, whether the trip is told as under way or as ahead.
  // So is what is to be discussed «during the visit(s)» told («ويبحث الصفدي خلال الزيارتين …»).
  const discussedOnIt = talks.members.every((m) => m.flags.discussion && (m.flags.duringEvent || (m.anchor?.type === 'visit' && m.anchor.relation === 'during')));
  // «ووفق بيان الوزارة، فإن اللقاء تناول …»: talks named again by their noun were held at talks, not at a statement,
  const talksNamedAgain = talks.members.some(namesTalksAgain);
  for (const h of others) {
    // … and told after the event they name again.
    if (talksNamedAgain && (h.type === 'statement' || firstSentence(h) > at)) continue;
    // (The trip may still be folded with the talks held on it, which the trips' split tells apart later.)
    const aTrip = h.type === 'visit' || h.members.some((m) => m.type === 'visit');
    // «مخرجات مؤتمر برلين»: an event only named, not reported, and dated by nothing, is where no talks of the story were held;
    // nor is one the article's day may not date («ورحب الشيخ عبدالله بزيارة الوزير»: a trip welcomed).
    if (h.date === null && h.members.every((m) => m.flags.reference || m.flags.noFallback)) continue;
    if (!typeInfo(h.type).hostsTalks || (h.modality !== talks.modality && !(discussedOnIt && aTrip && (h.modality === 'occurred' || h.modality === 'planned')))) continue;
    const s = firstSentence(h);
    // Talks dated only by the article's day («وبحث معه…» after «والتقى الوفد… في نيسان») may be the earlier event's.
    if (talks.date && h.date && !datesCompatible(talks.date, h.date) && !(datedByArticleOnly(talks) && s <= at)) continue;
    // «بحث الرئيس مساء اليوم مع القنصل … وتم خلال اللقاء متابعة ما جرى خلال المكالمة الهاتفية مع ترامب»: talks their own
    // words date are not held at an event told after them by a definite noun that only the article's day dates (one
    // named as known, «خلال المكالمة»; «خلال اتصال هاتفي» is how they were held).
    const namedAgain = h.members.every((m) => m.triggers.length > 0 && m.triggers.every((t) => t.pos === 'noun' && t.definite));
    if (s > at && namedAgain && h.date && datedByArticleOnly(h) && talks.date && !datedByArticleOnly(talks)) continue;
    // «وصل الوزير… أمس، وكان في استقباله نائب رئيس الوزراء»: an event told in the talks' own sentence is theirs, whoever
    // else they name.
    const sameSentence = h.members.some((m) => sentences.has(m.sentence));
    // «التقى السفير … بوزيرة الدولة. وفي بداية اللقاء نقل السفير تحيات الرئيس …»: what is told at «the meeting» right
    // after talks were told is told at them, whoever else it names; so is who attended «the meeting» right after a
    // ministers' meeting was told («ترأس الوزير الاجتماع الوزاري … حضر الاجتماع وكيل الوزارة»).
    const atTheTalksJustTold = pointsAtTalks && s <= at && at - s <= TALKS_REACH && (h.type === 'meeting' || h.type === 'call' || h.type === 'conference');
    let pointedAt = false;
    if (people.size && !sameSentence) {
      // An event told with nobody named right before or after the talks («جاء ذلك خلال اتصال هاتفي») is theirs.
      const theirs = actorKeys(h.participants);
      if (theirs.size ? ![...people].some((p) => theirs.has(p)) : Math.abs(s - at) > 1) {
        if (!atTheTalksJustTold) continue;
        pointedAt = true;
      }
    }
    // Before the talks counts as nearer than after: the story tells the event, then what was said at it. A statement the
    // news comes from («وذكر المكتب الإعلامي في بيان أن ذلك جاء في اتصال هاتفي») hosts them only where nothing else can.
    const distance = (s <= at ? at - s : (s - at) * 2 + 1) + (onlySource(h) ? SOURCE_AS_HOST_PENALTY : 0);
    if (distance < bestDistance) { bestDistance = distance; best = { host: h, pointedAt }; }
  }
  return best;
}

/** Headlines the article opens with: at most this many lines, of at least this many words. */
const HEADLINE_LINES = 3;
const HEADLINE_MIN_WORDS = 4;
/**
 * Breadcrumbs, bylines and time stamps («الرئيسية > عربي ودولي», «المهرة بوست - وكالات», «الأربعاء 30 نوفمبر 2016 على
 * الساعة 11:58») are site furniture, not headlines.
 */
// So is a line that holds a web address («الرابط المختصرhttp://…»).
const FURNITURE = /[>|»]|\s[-–]\s*\S+(?:\s+\S+)?\s*$|\d{1,2}:\d{2}|https?:\/\/|www\./u;
/** So are the bulleted links a page lists above its story («• حرارة فوق العادة.. علاش …»), on a line that opens on a bullet. */
const BULLET_LINE = /^\s*[•▪◦●■►]/u;
const onBulletLine = (text: string, at: number) => BULLET_LINE.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at + 1));

/**
 * «قطر وكوريا الجنوبية توقعان اتفاقيات لزيادة قوة الشراكة» over a story that tells the visit and its talks but not the
 * signing: a headline that says a signing was done, when the body tells none, is the signing, on the article's day,
 * done by the people of the countries it names; signed on the day's trip, it is a part of it, not the trip told again.
 */
export function headlineSignings(headlines: Candidate[], clusters: Cluster[], a: ArticleAnalysis): Map<Candidate, Cluster> {
  if (a.articleDate === null || clusters.some((c) => c.type === 'agreement' && (c.modality === 'occurred' || c.modality === 'planned'))) return new Map();
  const trip = clusters.find((c) => c.type === 'visit' && c.modality === 'occurred' && datesCompatible(c.date, a.articleDate));
  // A verb and the document it signs («توقعان اتفاقيات»), not an agreement to do something («تتفقان على تعزيز العلاقات»).
  const signed = (h: Candidate) => h.triggers.some((t) => t.pos !== 'noun') && h.triggers.some((t) => t.pos === 'noun');
  return new Map(headlines.filter((h) => h.flags.headline && h.type === 'agreement' && h.modality === 'occurred' && signed(h)).map((h) => {
    const signing = newCluster({ ...h, attachOnly: false, date: a.articleDate, dateKind: 'lead', apartFrom: trip?.members[0] ?? null }, 0);
    lendPeople(signing, peopleOfTheCountries(h.participants, clusters, a.articleDate));
    return [h, signing];
  }));
}

/** «قطر وكوريا الجنوبية توقعان …»: for each country, the first of its people the story's events of that day name. */
function peopleOfTheCountries(participants: Participant[], clusters: Cluster[], day: EventDate | null): Participant[] {
  const countries = new Set(participants.filter((p) => p.kind === 'country').map((p) => p.entityId));
  const people = clusters.filter((c) => datesCompatible(c.date, day)).flatMap((c) => c.participants).filter((p) => p.kind === 'person' && p.country !== null && countries.has(p.country));
  return [...new Map(people.reverse().map((p) => [p.country, p])).values()].reverse();
}

/** Events whose people sign what is signed at them, in the order an article's signing is most often held at them. */
const SIGNING_HOSTS: readonly EventType[] = ['meeting', 'visit', 'conference'];

/**
 * «كما سيتم التوقيع على العديد من الاتفاقيات» in a story of a summit of two heads of government, «مذكرة التفاهم
 * الموقّعة الأحد 16 جويلية» in one of a trip: a signing whose own words name no one, not even a country, is done by the people of the
 * article's talks, trip or conference of the same day and course — when there is one such event; one whose words name only
 * states, by that event's people of those states.
 */
export function lendSigners(clusters: Cluster[]): void {
  // «اتفاق بين الجزائر وليبيا»: a signing that names its parties keeps them; when they are only states («توقيع اتفاقية
  // الشراكة بين دولة الإمارات وجمهورية إندونيسيا اليوم»), those of the host's people who are of those states signed it.
  const statesOnly = (c: Cluster) => c.participants.length > 0 && c.participants.every((p) => p.kind === 'country');
  for (const signing of clusters.filter((c) => c.type === 'agreement' && c.date !== null && (c.participants.length === 0 || statesOnly(c)))) {
    const states = new Set(signing.participants.map((p) => p.entityId));
    // … each state by one of them at least, or nobody's signature is told.
    const signers = (host: Cluster) => {
      const people = host.participants.filter((p) => p.kind === 'person' && (!states.size || (p.country !== null && states.has(p.country))));
      return [...states].every((s) => people.some((p) => p.country === s)) ? people : [];
    };
    const sameDay = clusters.filter((c) => SIGNING_HOSTS.includes(c.type) && c.modality === signing.modality && c.first.article === signing.first.article
      && datesCompatible(c.date, signing.date) && c.participants.some((p) => p.kind === 'person'));
    for (const type of SIGNING_HOSTS) {
      const hosts = sameDay.filter((c) => c.type === type);
      if (hosts.length === 0) continue;
      // Signed at it, the signing is a part of it, not the event told again.
      if (hosts.length === 1) {
        lendPeople(signing, signers(hosts[0]!), true);
        for (const m of signing.members) m.apartFrom ??= hosts[0]!.members[0]!;
      }
      break;
    }
  }
}

/**
 * «وقعت الجزائر وإيطاليا 15 مذكرة … على هامش القمة الرابعة التي انعقدت الاثنين بين حكومتي البلدين»: a summit or talks
 * whose own words name only states (two or more) were held by the people of those states whom another event of the
 * article names on the same day and course — when those people stand for every one of the states. A visit under way
 * lends its people to talks still ahead on its days («وصل بوتين … وعقب ذلك، ستعقد محادثات روسية-قرغيزية في القصر»).
 */
export function lendTheStatesTheirPeople(clusters: Cluster[], speech: readonly Candidate[] = [], day: EventDate | null = null): void {
  const statesOnly = (c: Cluster) => c.participants.filter((p) => p.kind === 'country').length >= 2 && c.participants.every((p) => p.kind === 'country');
  for (const held of clusters.filter((c) => (c.type === 'conference' || c.type === 'meeting') && c.date !== null && statesOnly(c))) {
    const states = new Set(held.participants.map((p) => p.entityId));
    // «وقع الأردن ومصر … في ختام اجتماعات اللجنة العليا … وأكد رئيس الوزراء جعفر حسان … من جهته، قال رئيس مجلس الوزراء
    // المصري»: so do those who speak for the states in the story of that day, when it has already happened.
    const speakers = held.modality === 'occurred' ? speech.filter((s) => datesCompatible(s.date ?? day, held.date)) : [];
    const people = [...clusters.filter((c) => c !== held && c.first.article === held.first.article && ((c.modality === held.modality && datesCompatible(c.date, held.date)) || aheadOnATripUnderWay(held, c))), ...speakers]
      .flatMap((c) => c.participants.filter((p) => p.kind === 'person' && p.country !== null && states.has(p.country)));
    if ([...states].every((s) => people.some((p) => p.country === s))) lendPeople(held, people, true);
  }
}

/**
 * «… بين الرئيس ميونج باك والمالكي الذي وصل سيول أمس»: a visit to a city whose people the words name are all of that
 * city's country names its hosts, not who came. Who came is whoever of another country held talks with them, or signed
 * with them, on its days, in the article's one such event: he comes first, as the visit's maker.
 */
export function lendTheVisitItsTraveller(clusters: Cluster[]): void {
  for (const visit of clusters.filter((c) => c.type === 'visit' && c.date !== null && c.location !== null && c.location.entityId !== c.location.country)) {
    const host = visit.location!.country;
    const hosts = personsOf(visit);
    if (!hosts.length || hosts.some((p) => p.country !== host)) continue;
    const keys = new Set(hosts.map(participantKey));
    const fromAbroad = (p: Participant) => p.country !== null && p.country !== host;
    const talks = clusters.filter((c) => (c.type === 'meeting' || c.type === 'agreement') && c.modality === visit.modality && c.first.article === visit.first.article
      && heldWithin(c, visit.date!) && personsOf(c).some((p) => keys.has(participantKey(p))) && personsOf(c).some(fromAbroad));
    if (talks.length !== 1) continue;
    lendPeople(visit, personsOf(talks[0]!).filter(fromAbroad), true);
  }
}

/**
 * «وصل العبادي القاهرة يوم 11 يناير في زيارة استغرقت يومين، استقبله خلالها الرئيس السيسي ورئيس الوزراء محلب»: the people
 * of the visited country who met the visitor on the trip, in talks of the article told on its days (or still ahead on
 * them, the visit under way), are the visit's people too — the hosts an analyst looks the trip up by.
 */
export function lendTheVisitItsHosts(clusters: Cluster[]): void {
  for (const visit of clusters.filter((c) => c.type === 'visit' && c.date !== null && c.location !== null)) {
    const visitors = new Set(personsOf(visit).map(participantKey));
    const hosts = clusters.filter((c) => c !== visit && c.type === 'meeting' && (c.modality === visit.modality || aheadOnATripUnderWay(c, visit)) && c.first.article === visit.first.article
      && heldWithin(c, visit.date!) && personsOf(c).some((p) => visitors.has(participantKey(p))))
      .flatMap((c) => personsOf(c).filter((p) => p.country === visit.location!.country));
    lendPeople(visit, hosts);
  }
}

/**
 * «مصر توقع مذكرة تفاهم مع جنوب السودان»: a headline tells the story's main event even when it names no trigger, or
 * names it otherwise than the lead. A headline that joined no event becomes a passage of the main event: the one the
 * first body sentences tell, dated, occurred or planned. When the body tells that event without naming anyone («أن
 * الزيارة ستجري بين يومي …»), the people the headline names are its people («الرئيس سليمان في موسكو»).
 */
export function attachHeadlines(clusters: Cluster[], a: ArticleAnalysis, joined: Set<number>): void {
  const own = clusters.filter((c) => c.date && (c.modality === 'occurred' || c.modality === 'planned') && c.members.some((m) => m.articleId === a.article.id));
  const main = own.reduce<Cluster | null>((best, c) => (!best || firstSentence(c) < firstSentence(best) || (firstSentence(c) === firstSentence(best) && c.members.length > best.members.length) ? c : best), null);
  if (!main) return;
  // The bulleted links above a story do not count among its first lines.
  const lines = a.seg.sentences.filter((s) => !onBulletLine(a.article.text, toOriginalSpan(a.norm, s.start, s.start + 1).start)).slice(0, HEADLINE_LINES);
  for (const s of lines) {
    if (!s.headline || joined.has(s.index) || wordsIn(a.norm.text, s.start, s.end) < HEADLINE_MIN_WORDS) continue;
    const o = toOriginalSpan(a.norm, s.start, s.end);
    const span = trimSpan(a.article.text, o.start, o.end);
    if (!span || span.end - span.start > MAX_QUOTE || FURNITURE.test(a.article.text.slice(span.start, span.end))) continue;
    // «مذكرة تفاهم جديدة بين ليبيا وبنما» over «وقع … خلال زيارة … مذكرة تفاهم»: where the first sentence tells several
    // events, the headline goes with the one it names; so it does where the body tells that one later, on the main
    // event's day («سورية وليبيا توقعان مذكرة تفاهم» over the talks and «وجرى خلال اللقاء التوقيع»).
    const named = new Set(a.candidates.filter((c) => c.sentence === s.index && c.triggers.length > 0 && (c.modality === 'occurred' || c.modality === 'planned')).map((c) => c.type));
    const target = own.find((c) => c !== main && named.has(c.type) && !named.has(main.type) && (firstSentence(c) === firstSentence(main) || datesCompatible(c.date, main.date))) ?? main;
    target.attached.push(passageCandidate(a.article, s.index, span));
    const people = a.headlinePeople.get(s.index) ?? [];
    if (people.length && !target.participants.some((p) => p.kind === 'person')) lendPeople(target, people, true);
  }
}

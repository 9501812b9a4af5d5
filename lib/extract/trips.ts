/**
 * A trip and what happened on it: «وصل مودي إلى مسقط … والتقى شهاب بن طارق … ووقع الجانبان مذكرة تفاهم». The article's
 * merge folds a trip's visit, talks and signing into one cluster, so that each sentence finds its trip and the trip's
 * date; an analyst then reads them as what they are, the visit, the talks and the signing, each on the day the text gives
 * the trip unless it gives one of its own.
 */
import type { EventDate, EventType } from '../domain/event';
import { familyOf } from '../domain/event-types';
import type { Candidate } from './candidate';
import { addMember, datedByArticleOnly, newCluster, type Cluster } from './merge';
import { dayAtEnd, explained } from './temporal/explain';
import functionWords from './lexicon/function-words.json';

/** The kinds of happening a trip cluster is split into, in the order they are told apart. */
const PARTS: readonly EventType[] = ['visit', 'meeting', 'agreement'];
/** Nouns of a welcome («مراسم استقباله»), folded. */
export const WELCOME_NOUNS = new Set(functionWords.welcomeNouns.words);

/** The trip clusters of one article split into their visit, talks and signing; other clusters as they were. */
export function splitTrips(clusters: Cluster[]): Cluster[] {
  return clusters.flatMap((c) => (familyOf(c.type) === 'trip' ? splitTrip(c) : [c]));
}

/**
 * «وصل … ووقع الجانبان اتفاقية»: a sub-event the text tells as done (or as planned, «ومن المقرر أن يلتقي»), in a clause
 * of its own. Agreements named in passing («في إطار الاتفاقية الموقعة», «مهتمون بالاتفاق على»), what the trip yielded
 * («حيث أسفرت عن اتفاقات»), headlines and what speech reports as done stay mentions of the trip.
 */
const toldAsDone = (m: Candidate, discussionToo = false, reportedWithTheTrip = false, firstOfItsKind = false): boolean =>
  (discussionToo || !m.flags.discussion) && !m.flags.reference && !m.flags.outcome && (!m.flags.complement || m.modality === 'planned' || reportedWithTheTrip)
  && (!m.flags.definite || (firstOfItsKind && m.flags.verbPast)) && !m.flags.anaphoric && !m.flags.headline && !m.flags.weak;

function splitTrip(trip: Cluster): Cluster[] {
  // A sub-event told in a sentence that tells the trip's main event is told as part of it («وصل … في زيارة عمل لإجراء
  // محادثات»): it stays there, unless it is told as happening during the trip («في زيارة رسمية التقى خلالها …», «استقبل
  // … في أول زيارة له»).
  // A sentence that opens with another of the trip's events («ووصل … في زيارة رسمية يعقد خلالها سلسلة من اللقاءات، ومناقشة
  // …») tells that one: what it says was held or discussed on it does not make it the main event's.
  const opensWith = new Map<number, Candidate>();
  for (const m of trip.members) {
    const first = opensWith.get(m.sentence);
    if (!first || m.mentions[0]!.start < first.mentions[0]!.start) opensWith.set(m.sentence, m);
  }
  // «… الذي تم التوقيع عليه من طرف الوزيرين، عقب مباحثاتهما اليوم»: a noun another event is placed after tells none; nor
  // does the trip named again as the time of what its sentence tells («وفي ختام هذه الزيارة التقى …»).
  const mainSentences = new Set(trip.members.filter((m) => m.type === trip.type && !m.flags.onTrip && !m.flags.placing && !m.flags.namedAgain
    && (opensWith.get(m.sentence)!.type === trip.type || !(m.flags.duringEvent || m.flags.discussion))).map((m) => m.sentence));
  // «وصل الوزير إلى الرياض أمس، والتقى ولي العهد»: a verb of its own after the main event's words tells another event.
  const toldAfterIt = (m: Candidate) => m.triggers.some((t) => t.pos !== 'noun')
    && trip.members.some((v) => v.type === trip.type && v.sentence === m.sentence && v.mentions[0]!.start < m.mentions[0]!.start);
  // «بحث الرئيس مع الوزير الذي وصل إلى دمشق اليوم»: where the sentence tells the trip only in a relative clause, what it
  // discussed is the sentence's own event, the talks.
  const tripInRelative = (m: Candidate) => m.type === 'meeting' && trip.members.some((v) => v.type === trip.type && v.sentence === m.sentence)
    && trip.members.every((v) => v.type !== trip.type || v.sentence !== m.sentence || v.flags.relative);
  // «أعلنت الرئاسة أن الرئيس زار الإمارات والتقى …»: a report of the whole trip tells its sub-events as done as the trip.
  const reportedWithTheTrip = (m: Candidate) => m.flags.complement && toldAfterIt(m)
    && trip.members.some((v) => v.type === trip.type && v.sentence === m.sentence && v.flags.complement && v.modality === m.modality);
  // «بحث الأمير مع الرئيس الفنلندي …» on a trip: discussion with somebody the trip's own words do not name is talks held on it.
  const travellers = new Set(trip.members.filter((v) => v.type === trip.type).flatMap((v) => v.participants.filter((p) => p.kind === 'person').map((p) => p.entityId)));
  const withSomeoneElse = (m: Candidate) => m.type === 'meeting' && m.participants.some((p) => p.kind === 'person' && !travellers.has(p.entityId));
  // «وقد جرى حفل التوقيع»: the signing told as done by a verb of its own, where no signing was told before, reports it;
  // it points back to nothing. («وجرى خلال اللقاء» names the talks again, whatever verb tells them.)
  // «وترأس الوزيران الاجتماع الرابع للجنة المتابعة»: so does a body's session named by its ordinal, which points back to nothing.
  const firstOfItsKind = (m: Candidate) => (m.type === 'agreement' && m.triggers.every((t) => t.type === 'agreement')
    && !trip.members.some((o) => o.type === m.type && o.order < m.order)) || ((m.type === 'meeting' || m.type === 'conference') && m.flags.ordinal);
  // «وصل الملك إلى موسكو … وخلال مراسم استقباله، تعطل السلم»: a reception named only by its noun with a pronoun is the
  // welcome of whoever arrived, part of the trip.
  // So is one of «the guest» («مراسم استقبال رسمية للضيف»).
  const welcomeOnly = (m: Candidate) => m.type === 'meeting' && m.triggers.length > 0
    && (m.flags.forTheGuest || m.triggers.every((t) => t.pos === 'noun' && t.suffix !== '' && WELCOME_NOUNS.has(t.form))) && !m.participants.some((p) => p.kind === 'person' && !travellers.has(p.entityId));
  // «وقّع دي مايو مع نظيره التونسي مذكرة تفاهم … في استقبال الرئيس قيس سعيد الذي يؤدي زيارة بيومين»: where the trip's
  // story is a signing, the visit told in words of its own is the visit, whatever speech reports it.
  const visitOfASigning = (m: Candidate) => trip.type === 'agreement' && m.type === 'visit' && m.triggers.some((t) => t.type === 'visit' && !/ات$/u.test(t.form))
    && m.participants.some((p) => p.kind === 'person') && !m.flags.reference && !m.flags.anaphoric && !m.flags.headline && !m.flags.discussion;
  // «بحث الصفدي مع نظيره العماني … ووقع الجانبان خلال اللقاء اتفاقية»: where the story is a signing, talks its own verb
  // tells in a sentence of their own are the talks it was signed at.
  const talksOfASigning = (m: Candidate) => trip.type === 'agreement' && m.type === 'meeting' && m.flags.discussion && !mainSentences.has(m.sentence)
    && m.triggers.some((t) => t.pos === 'verb') && m.participants.filter((p) => p.kind === 'person').length >= 2 && toldAsDone(m, true);
  const apart = (m: Candidate) => visitOfASigning(m) || talksOfASigning(m) || m.type !== trip.type && PARTS.includes(m.type) && !welcomeOnly(m)
    && (toldAsDone(m, withSomeoneElse(m), reportedWithTheTrip(m), firstOfItsKind(m)) && (m.flags.duringEvent || m.flags.onTrip || m.flags.sequel || !mainSentences.has(m.sentence) || toldAfterIt(m)) || toldAsDone(m, true) && tripInRelative(m));
  const own = new Set(trip.members.filter(apart).map((m) => m.type));
  if (!own.size || !PARTS.includes(trip.type)) return [trip];
  // What was discussed is told of the talks when they stand apart, else of the visit, else of the trip's main event.
  const talksAt: EventType = own.has('meeting') || trip.type === 'meeting' ? 'meeting' : trip.type === 'visit' || own.has('visit') ? 'visit' : trip.type;
  const routed = new Map<EventType, Candidate[]>();
  for (const m of trip.members) {
    const part = apart(m) || (own.has(m.type) && !mainSentences.has(m.sentence)) ? m.type : m.flags.discussion ? talksAt : trip.type;
    routed.set(part, [...(routed.get(part) ?? []), m]);
  }
  const tripDate = trip.members.find((m) => m.date === trip.date) ?? null;
  const parts = [...routed.entries()].map(([type, routedMembers]) => {
    // Its own words first: they name it and say who it is by («Lavrov visits Algiers», not someone the talks named).
    const tells = (m: Candidate) => m.type === type && !m.flags.discussion;
    // «وصلت ميركل عمان مساء أمس … وبعد ظهر اليوم سيقوم الملك باستقبال ميركل»: talks still ahead on a trip told as done,
    // on a day their own words give, are what the part is (planned, on that day), whatever else names them again.
    const aheadOnTheirDay = (m: Candidate) => type !== trip.type && trip.modality === 'occurred' && m.modality === 'planned' && m.dateKind === 'clause';
    const ordered = [...routedMembers.filter((m) => tells(m) && aheadOnTheirDay(m)), ...routedMembers.filter((m) => tells(m) && !aheadOnTheirDay(m))];
    const members = [...ordered, ...routedMembers.filter((m) => !tells(m))];
    const part = clusterOf(members, trip.first.article);
    // A sub-event the text does not date itself takes the date the text gives the trip; one told as done right after
    // the arrival, in its sentence («وصل … أمس الثلاثاء في زيارة تستغرق 3 أيام، وتبادل مع الرئيس … حديثا»), its day.
    const undated = part.date === null || (datedByArticleOnly(part) && !datedByArticleOnly(trip));
    const told = routedMembers.filter(tells);
    // «سيعقد جلسة مباحثات مع نظيره الصيني عقب وصوله البلاد»: so does one its words place right after the arrival.
    const notDatedApart = (m: Candidate) => m.date === null || m.dateKind === 'lead' || m.dateKind === 'publication';
    const onArrival = type !== trip.type && told.length > 0
      && (told.every((m) => notDatedApart(m) && m.sentence === tripDate?.sentence && m.modality === 'occurred' && toldAfterIt(m) && !m.flags.duringEvent && !m.flags.onTrip)
        || (told.every((m) => notDatedApart(m) || m.dateKind === 'event') && told.some((m) => m.flags.onArrival)));
    if (!tripDate?.date || !(undated || onArrival)) return part;
    // «وفي ختام هذه الزيارة التقى …»: held at the close (or the opening) of a trip of several days, on that day of it.
    const ends = new Set(told.map((m) => m.anchor?.end ?? null));
    const end = told.length > 0 && ends.size === 1 ? [...ends][0]! : null;
    const date = onArrival ? dayCountedFrom(tripDate.date) : end ? dayAtEnd(tripDate.date, end) : tripDate.date;
    return clusterOf(members.map((m) => ({ ...m, date, dateKind: tripDate.dateKind })), trip.first.article);
  });
  const mainPart = parts.find((p) => p.type === trip.type)!;
  mainPart.attached.push(...trip.attached);
  const others = parts.filter((p) => p !== mainPart);
  // A part whose every member is already kept apart from something (a next leg, «ثم توجه إلى كينيا») keeps the main part
  // apart from it instead.
  for (const p of others) if (!keepApartFrom(p, mainPart.members[0]!)) keepApartFrom(mainPart, p.members[0]!);
  // The visit and the talks of a trip whose main event is a signing stay apart from each other too.
  others.forEach((p, i) => { for (const q of others.slice(i + 1)) if (!keepApartFrom(p, q.members[0]!)) keepApartFrom(q, p.members[0]!); });
  return parts;
}

/** The day a date stretched by how long the trip lasts was counted from, as its own words gave it. */
function dayCountedFrom(date: EventDate): EventDate {
  const r = date.reason;
  if (r?.id !== 'lasting') return date;
  const day = r.ending ? date.end : date.start;
  return { ...date, start: day, end: day, ...explained(r.reason) };
}

/** A cluster of the members in their order, placed in the article where its earliest-told member stands. */
function clusterOf(members: Candidate[], article: number): Cluster {
  const part = newCluster(members[0]!, article);
  for (const m of members.slice(1)) addMember(part, m);
  part.first = { article, order: Math.min(...members.map((m) => m.order)) };
  return part;
}

/**
 * The parts stay apart when other articles' reports of the same trip join them across the corpus: a member of the part
 * not yet kept apart from anything is kept apart from the other part's member. False when the part has no such member.
 */
function keepApartFrom(part: Cluster, other: Candidate): boolean {
  const free = part.members.findIndex((m) => m.apartFrom === null);
  if (free >= 0) part.members[free] = { ...part.members[free]!, apartFrom: other };
  return free >= 0;
}

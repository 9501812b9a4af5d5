/**
 * Folding candidates into events: within an article and across articles. Two candidates are one event when they are
 * of the same family (a trip's visit, talks and agreement are one family), have the same modality, compatible dates
 * (overlapping ranges; two single days must be the same day) and share an actor (a person or organisation), or, for a
 * conference, its place. Sharing only a date is never enough.
 */
import { PRECISIONS, type EventDate, type EventType, type Modality, type Participant, type Place } from '../domain/event';
import { familyOf, typeInfo } from '../domain/event-types';
import { actorKeys, isActor, participantKey, placesConflict, type Candidate, type DateKind } from './candidate';
import type { EventLabel } from './lexicon';

export interface Cluster {
  members: Candidate[];
  attached: Candidate[];
  type: EventType;
  modality: Modality;
  date: EventDate | null;
  dateRank: number;
  participants: Participant[];
  location: Place | null;
  topics: Set<string>;
  label: EventLabel | null;
  first: { article: number; order: number };
}

const RANK: Record<DateKind, number> = { clause: 5, group: 4, report: 3, event: 3, lead: 2, publication: 1 };

/** Dated only by the article's own day (its lead or publication), for want of words of its own. */
export const datedByArticleOnly = (c: Cluster): boolean => c.date !== null && c.dateRank <= RANK.lead;

export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b) return false;
  if (a.start > b.end || b.start > a.end) return false;
  if (a.precision === 'day' && b.precision === 'day' && a.start !== b.start) return false;
  return true;
}

function width(d: EventDate): number { return Date.parse(d.end) - Date.parse(d.start); }
/**
 * Of two dates of the same standing, the one that says more: the finer precision («من 27 إلى 30 الجاري», days, over
 * «بداية الأسبوع المقبل», a week), then the narrower range.
 */
function tellsMore(a: EventDate, b: EventDate): boolean {
  const pa = PRECISIONS.indexOf(a.precision), pb = PRECISIONS.indexOf(b.precision);
  return pa !== pb ? pa < pb : width(a) < width(b);
}

export function newCluster(c: Candidate, articleIndex: number): Cluster {
  const cl: Cluster = { members: [], attached: [], type: c.type, modality: c.modality, date: null, dateRank: 0, participants: [], location: null, topics: new Set(), label: null, first: { article: articleIndex, order: c.order } };
  addMember(cl, c);
  return cl;
}

export function sharesActor(a: Participant[], b: Participant[]): boolean {
  const ka = actorKeys(a);
  return b.some((p) => isActor(p) && ka.has(participantKey(p)));
}

/** Whether x is told before y in the same article. */
const toldBefore = (x: Candidate, y: Candidate) => x.articleId === y.articleId && x.order < y.order;

export function addMember(cl: Cluster, c: Candidate): void {
  cl.members.push(c);
  const ranked = (t: EventType) => (t === 'statement' ? 50 : typeInfo(t).rank);
  // An event is called what the story first tells it as («توقيع اتفاقيات … على هامش زيارة» is the signing). Talks told
  // about a call or a visit do not rename it; the call or visit renames what were only talks so far.
  const talksSoFar = cl.members.slice(0, -1).every((m) => m.flags.discussion);
  const firstNamed = cl.members.slice(0, -1).filter((m) => !m.flags.discussion && m.type !== 'statement').reduce<Candidate | null>((a, m) => (!a || toldBefore(m, a) ? m : a), null);
  // «بحث الوزير مع نظيره … ورحب بزيارة الوزير»: a visit named only by its noun in what was discussed leaves the talks talks.
  const namedInPassing = c.triggers.filter((t) => t.type === c.type).every((t) => t.pos === 'noun');
  const renames = c.flags.discussion ? talksSoFar && ranked(c.type) < ranked(cl.type) && !namedInPassing : talksSoFar || (c.type !== 'statement' && (!firstNamed || toldBefore(c, firstNamed)));
  if (cl.members.length === 1 || renames) { cl.type = c.type; cl.label = c.label; }
  else if (c.type === cl.type) cl.label ??= c.label;
  if (c.date) {
    const r = RANK[c.dateKind ?? 'publication'] ?? 0;
    if (!cl.date || r > cl.dateRank || (r === cl.dateRank && tellsMore(c.date, cl.date))) { cl.date = c.date; cl.dateRank = r; }
  }
  const seen = new Set(cl.participants.map(participantKey));
  for (const p of c.participants) if (!seen.has(participantKey(p))) { cl.participants.push(p); seen.add(participantKey(p)); }
  if (c.location) {
    const isCity = c.location.entityId !== c.location.country;
    const curCity = cl.location ? cl.location.entityId !== cl.location.country : false;
    if (!cl.location || (isCity && !curCity)) cl.location = c.location;
  }
  if (c.topic) cl.topics.add(c.topic);
}

/**
 * What a candidate is told apart from, directly or through those it is apart from: the meetings with each of three
 * parties met «كل على حدة» form a chain, and the first and the third are no more one event than the first and the second.
 */
function apartChain(m: Candidate): Candidate[] {
  const chain: Candidate[] = [];
  for (let x = m.apartFrom; x !== null && !chain.includes(x); x = x.apartFrom) chain.push(x);
  return chain;
}

/** Whether a member of one cluster is told as apart from (before, after, beside) a member of the other. */
export function keptApart(a: Cluster, b: Cluster): boolean {
  const apart = (x: Cluster, y: Cluster) => x.members.some((m) => apartChain(m).some((o) => y.members.includes(o)));
  return apart(a, b) || apart(b, a);
}

/**
 * «ووصل دي مايو في وقت سابق إلى طرابلس في زيارة»: a trip the story tells as done «earlier», with no date of its own, is
 * the trip of the article's dated news when it shares a person and a place with it; background told as such («كان قد
 * زار»), or pointing back to another event, is not.
 */
const toldEarlierInTheStory = (undated: Cluster) =>
  undated.members.every((m) => m.flags.verbPast && m.flags.noFallback && !m.flags.pluperfect && !m.flags.anaphoric && !m.flags.reference);

/**
 * «يصل الرئيس اليوم إلى مقديشو … ويتوقع أن يلتقي الرئيس الصومالي»: talks or a signing planned with no date of their own,
 * in an article that plans a dated trip of theirs, are planned for that trip.
 */
const plannedOnTheTrip = (undated: Cluster, dated: Cluster) =>
  undated.modality === 'planned' && dated.type === 'visit' && undated.type !== 'visit'
  && undated.members.every((m) => !m.flags.noFallback && !m.flags.pluperfect && !m.flags.reference && !m.flags.anaphoric);

/**
 * «وصل السيسي إلى الصين للمشاركة في قمة منتدى الحزام والطريق … وتعقد القمة خلال الفترة من 25 حتى 27 أبريل»: the
 * conference a trip goes to, with no date of its own, is the planned one the article dates.
 */
const meetingGoneTo = (undated: Cluster, dated: Cluster) =>
  undated.type === 'conference' && dated.type === 'conference' && undated.modality === 'planned' && undated.members.every((m) => m.flags.noFallback && !m.flags.reference);

/**
 * «سيشارك الوزير الأول في المؤتمر الثالث للأمم المتحدة … وتعقد هذه القمة من 5 إلى 8 أغسطس»: an event of one type told
 * with no date, then named again by a demonstrative that dates it, is one event on that date; so is one itself named by
 * a demonstrative («هذه الزيارة ستكون الثانية لسريلانكا … هذه الزيارة ستستمر يومين اعتبارا من اليوم»).
 */
const datedWhenNamedAgain = (undated: Cluster, dated: Cluster) =>
  undated.type === dated.type && dated.members.every((m) => m.flags.namedAgain)
  && undated.members.every((m) => !m.flags.pluperfect && (m.flags.namedAgain || (!m.flags.reference && !m.flags.anaphoric)));

/**
 * «وصل شي إلى القاهرة والتقى السيسي. وشهدت الزيارة توقيع 15 اتفاقية»: the talks and the signing told apart from the
 * same trip are two of its parts, not one event, whoever takes part in both.
 */
const partsOfOneTrip = (a: Cluster, b: Cluster) => a.type !== b.type
  && a.members.some((m) => m.apartFrom !== null && m.apartFrom.type === 'visit' && b.members.some((n) => n.apartFrom === m.apartFrom));

/**
 * «غادر الأمير هلسنكي بعد زيارة رسمية … وبحث مع الرئيس الفنلندي …»: talks or a signing told apart from a trip (trips.ts)
 * are not another trip of the same article either, whichever of its sentences tells that one.
 */
const splitOffATrip = (a: Cluster, b: Cluster) => a.type !== b.type && a.first.article === b.first.article
  && [a, b].some((c) => c.type !== 'visit' && c.members.some((m) => m.apartFrom !== null && m.apartFrom.type === 'visit' && m.type === c.type));

export function canMerge(a: Cluster, b: Cluster): boolean {
  if (a.modality !== b.modality || keptApart(a, b) || partsOfOneTrip(a, b) || splitOffATrip(a, b)) return false;
  if (!a.date && !b.date && a.first.article !== b.first.article) return false;
  if (familyOf(a.type) !== familyOf(b.type)) return false;
  const sameArticle = a.first.article === b.first.article;
  if (!a.date && !b.date) {
    if (a.type !== b.type) return false;
  } else if (!a.date || !b.date) {
    const [dated, undated] = a.date ? [a, b] : [b, a];
    if (!(sameArticle && ((familyOf(a.type) === 'trip' && (toldEarlierInTheStory(undated) || plannedOnTheTrip(undated, dated))) || meetingGoneTo(undated, dated) || datedWhenNamedAgain(undated, dated)))) return false;
  } else if (!datesCompatible(a.date, b.date)) return false;
  if (familyOf(a.type) === 'trip' && placesConflict(a.location, b.location)) return false;
  if (TWO_PARTY.has(a.type) && a.type === b.type && otherSidesDiffer(a.participants, b.participants) && !(sameArticle && (namedAgain(a) || namedAgain(b)))) return false;
  if (a.type === 'visit' && b.type === 'visit' && visitorsDiffer(a, b)) return false;
  if (sharesActor(a.participants, b.participants)) return true;
  if (a.type === 'conference' && a.location && b.location && a.location.entityId === b.location.entityId) return true;
  // «القمة الإفريقية» told again in the same article, with nobody named on one side: the same summit.
  if (sameArticle && a.type === 'conference' && b.type === 'conference' && !placesConflict(a.location, b.location) && (!actorKeys(a.participants).size || !actorKeys(b.participants).size)) return true;
  // «وجاء في البيان أن هذه الزيارة …» two sentences after «سيبدأ الرئيس … زيارة»: an event told again with nobody named,
  // on the same dates, is the same one when it names no country the other does not. Statements of one day are many.
  if (sameArticle && a.type === b.type && a.type !== 'statement' && !placesConflict(a.location, b.location) && (toldAgainWithoutActors(a, b) || toldAgainWithoutActors(b, a))) return true;
  // «وقعت حكومة السودان … في الدوحة» and «أمير قطر، في كلمة بمناسبة توقيع الوثيقة» on the same day of one article: one
  // signing, when both name people and the people of one side are of a country the other names as a party or place. An event of
  // countries alone («اتفقت روسيا وتركيا») is another one.
  return sameArticle && a.type === b.type && a.date?.precision === 'day' && !placesConflict(a.location, b.location)
    && actorKeys(a.participants).size > 0 && actorKeys(b.participants).size > 0 && (sidesMeet(a, b) || sidesMeet(b, a));
}

/** Whether the bare cluster names nobody and only countries the other names as parties or as its place. */
function toldAgainWithoutActors(bare: Cluster, other: Cluster): boolean {
  if (actorKeys(bare.participants).size) return false;
  const named = new Set(other.participants.filter((p) => p.kind === 'country').map((p) => p.entityId));
  if (other.location?.country) named.add(other.location.country);
  // «إن الزيارة تأتي تعزيزا للعلاقات بين سلطنة عمان وبيلاروس» after the sultan's visit: a person's country is named by him.
  for (const p of other.participants) if (p.kind === 'person' && p.country) named.add(p.country);
  return bare.participants.every((p) => p.kind !== 'country' || named.has(p.entityId));
}

/**
 * «جاء ذلك لدى لقائه السفير عمر عيسى. حيث تم اللقاء بحضور وكيل وزارة الخارجية»: talks named again by their definite
 * noun alone, whoever else attended, are the talks told before.
 */
const namedAgain = (c: Cluster) => c.members.every((m) => m.flags.definite && m.triggers.every((t) => t.pos === 'noun'));

/**
 * Events held between two sides: the same person on one side with another on the other is another event (a call, or a
 * reception: «التقى الرئيس … وزير الخارجية القطري. وعلى صعيد متصل، استقبل الرئيس سفير أرمينيا»).
 */
const TWO_PARTY = new Set<EventType>(['call', 'meeting']);

/**
 * «أجرى السلطان اتصالا مع أمير قطر … وتلقى اتصالا من الرئيس الإيراني»: two calls of one person the same day, each with
 * somebody the other does not name, are two calls.
 */
function otherSidesDiffer(a: Participant[], b: Participant[]): boolean {
  const people = (ps: Participant[]) => new Set(ps.filter((p) => p.kind === 'person').map((p) => p.entityId));
  const [pa, pb] = [people(a), people(b)];
  const onlyA = [...pa].filter((id) => !pb.has(id));
  const onlyB = [...pb].filter((id) => !pa.has(id));
  return onlyA.length > 0 && onlyB.length > 0 && onlyA.length + onlyB.length < pa.size + pb.size;
}

/** The countries a trip's people came from: those of its people of a known country other than the one it went to. */
function visitorsCountries(c: Cluster): Set<string> {
  const country = c.location?.country;
  return new Set(country ? c.participants.flatMap((p) => (p.kind === 'person' && p.country !== null && p.country !== country ? [p.country] : [])) : []);
}

/**
 * «وصل الزياني إلى تل أبيب … ويصل بومبيو إلى إسرائيل»: two trips to one country by people of different countries are
 * two trips, whoever received them (a king and his ambassador are one party).
 */
function visitorsDiffer(a: Cluster, b: Cluster): boolean {
  const [va, vb] = [visitorsCountries(a), visitorsCountries(b)];
  return va.size > 0 && vb.size > 0 && ![...va].some((country) => vb.has(country));
}

/** Whether a person of one cluster is of a country the other names as a party or as its place. */
function sidesMeet(a: Cluster, b: Cluster): boolean {
  const parties = new Set(b.participants.filter((p) => p.kind === 'country').map((p) => p.entityId));
  if (b.location?.country) parties.add(b.location.country);
  return a.participants.some((p) => p.kind === 'person' && p.country !== null && parties.has(p.country));
}

/**
 * «ماكرون يزور المغرب ما بين 28 و30 أكتوبر» over a body that tells the visit without a date («سيحل بالمملكة في زيارة
 * دولة»): the date the headline's own words give is the event's, on its members too, so that the article's stored reports
 * keep it.
 */
export function takeDateFrom(body: Cluster, dated: Candidate): void {
  body.members = body.members.map((m) => ({ ...m, date: dated.date, dateKind: dated.dateKind }));
  body.date = dated.date;
  body.dateRank = RANK[dated.dateKind ?? 'publication'];
}

export function absorb(into: Cluster, from: Cluster): void {
  for (const m of from.members) addMember(into, m);
  into.attached.push(...from.attached);
  if (from.first.article < into.first.article || (from.first.article === into.first.article && from.first.order < into.first.order)) into.first = from.first;
}

/** Whether a cluster is talks or a signing told apart from a trip they were held on. */
const heldApartFromATrip = (cl: Cluster) => cl.members.some((m) => m.apartFrom?.type === 'visit');

/**
 * Greedy, order-preserving folding: each cluster joins the first earlier one it can merge with (per family and
 * modality), talks held apart from a trip first.
 */
export function mergeClusters(list: Cluster[]): Cluster[] {
  const buckets = new Map<string, Cluster[]>();
  const order: Cluster[] = [];
  for (const c of list) {
    const key = familyOf(c.type) + '|' + c.modality;
    const b = buckets.get(key) ?? [];
    buckets.set(key, b);
    // «استهل الرئيس زيارته بلقاء مع … وبعد اللقاء، أشار إلى أن اللقاء …»: talks told apart from the trip they were held on
    // take the later mentions of talks, before the trip does.
    const target = b.find((o) => o.type === c.type && o.type !== 'visit' && heldApartFromATrip(o) && canMerge(o, c)) ?? b.find((o) => canMerge(o, c));
    if (target) absorb(target, c);
    else { b.push(c); order.push(c); }
  }
  // Further passes catch merges that became possible once clusters grew.
  const gone = new Set<Cluster>();
  for (const b of buckets.values()) {
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < b.length; i++) {
        for (let j = i + 1; j < b.length; j++) {
          if (canMerge(b[i]!, b[j]!)) { absorb(b[i]!, b[j]!); gone.add(b[j]!); b.splice(j, 1); j--; changed = true; }
        }
      }
    }
  }
  return order.filter((c) => !gone.has(c));
}

/** Headlines and «قال X» clauses join an event of the article; they never make one on their own. */
export function attach(clusters: Cluster[], c: Candidate, articleDate: EventDate | null): boolean {
  let best: Cluster | null = null;
  const actors = actorKeys(c.participants);
  const shared = (cl: Cluster) => [...actorKeys(cl.participants)].filter((p) => actors.has(p)).length;
  const size = (cl: Cluster) => cl.members.length + cl.attached.length;
  // One on the day its own words give, then the event it names («الأسد يستقبل وزير الخارجية» is the reception, not the
  // guest's visit), then the article's news rather than a background event, then the one its own sentence tells («وفي أعقاب محادثات مع السلطان، قال شتاينماير»
  // speaks after those talks, not of the trip), then the one with most of its people, then the most told, then the first told.
  const toldInItsSentence = (cl: Cluster) => Number(cl.members.some((m) => m.sentence === c.sentence));
  // A headline its own words date («… يزور القاهرة غدا») tells an event of that day, not one of another year it is like.
  const ownDay = (cl: Cluster) => Number(c.dateKind === 'clause' && datesCompatible(cl.date, c.date));
  const rank = (cl: Cluster) => [ownDay(cl), Number(c.triggers.length > 0 && cl.type === c.type), Number(datesCompatible(cl.date, articleDate)), toldInItsSentence(cl), shared(cl), size(cl), -cl.first.order];
  const preferred = (a: Cluster, b: Cluster) => {
    const [ra, rb] = [rank(a), rank(b)];
    const i = ra.findIndex((x, k) => x !== rb[k]);
    return i >= 0 && ra[i]! > rb[i]!;
  };
  for (const cl of clusters) {
    if (c.triggers.length) {
      // Talks told in a headline («الدبيبة وإردوغان يتفقان على …») are those of any event that holds talks.
      if (familyOf(cl.type) !== familyOf(c.type) && !(c.flags.discussion && typeInfo(cl.type).hostsTalks)) continue;
      const topical = c.topic !== null && cl.topics.has(c.topic);
      const place = c.type === 'conference' && c.location && cl.location && c.location.entityId === cl.location.entityId;
      if (!sharesActor(cl.participants, c.participants) && !topical && !place) continue;
    } else {
      if (cl.modality !== 'occurred' || !cl.date) continue;
      // Undated, it speaks of the day's talks or sayings; dated on a day of its own, of whatever was done that day
      // («دعا الملك رئيسي إلى زيارة الرياض في مارس، فيما رحب رئيسي بالدعوة»).
      if (c.date === null && !['statement', 'meeting', 'conference', 'visit', 'call'].includes(cl.type)) continue;
      // «وعقب مباحثات مع أمير قطر، قال الرئيس الفنلندي»: who speaks in the sentence that tells the talks had them.
      if (!sharesActor(cl.participants, c.participants) && !toldInItsSentence(cl)) continue;
      // A speaking dated on a day of its own joins an event of that day, not the article's.
      const day = c.date ?? articleDate;
      if (day && !datesCompatible(cl.date, day)) continue;
    }
    if (!best || preferred(cl, best)) best = cl;
  }
  if (best) {
    if (!best.date && c.dateKind === 'clause' && c.triggers.length && c.flags.headline) takeDateFrom(best, c);
    best.attached.push(c);
    return true;
  }
  return false;
}

/**
 * Dates for candidates the text does not date in their own clause group: a plain past-tense report takes the article's
 * date (the lead paragraph's day, else the publication date); a mention that refers back («زيارة ميدفيديف الأخيرة»,
 * «وكان لافروف قد…») takes the date of the event it refers to. Anything else stays undated.
 */
import { UNDONE_MODALITIES, type EventDate, type EventType, type Modality, type Participant } from '../domain/event';
import { actorKeys, isActor, participantKey, placesConflict, type Candidate, type EventRelation } from './candidate';
import { familyOf, typeInfo } from '../domain/event-types';
import { dayAtEnd, explained, reasonOf } from './temporal/explain';
import { shiftedDate } from './temporal/offsets';
import { parseIso } from './temporal/calendar';
import functionWords from './lexicon/function-words.json';
import relativeWords from './lexicon/temporal/relative.json';

const LEAVING = new Set(functionWords.leavingVerbs.words);
const SPEECHES = new Set(functionWords.speeches.words);

/** A date taken from another event the text tells this one with: the same days, explained as told during, before or after it. */
const toldAs = (date: EventDate, relation: 'during' | 'before' | 'after'): EventDate =>
  ({ ...date, basis: 'event', ...explained({ id: 'told-as', relation, text: date.text, reason: reasonOf(date) }) });

/** How many days before publication an event may be and still be the article's news. */
const NEWS_DAYS = 7;

/** «يغادر العاصمة هلسنكي بعد زيارة رسمية إلى فنلندا»: leaving after a trip is the end of that trip, not an event apart from it. */
const endsTheTrip = (c: Candidate, target: Candidate) => c.anchor?.relation === 'after' && c.type === 'visit' && target.type === 'visit'
  && c.triggers.some((t) => LEAVING.has(t.form.replace(/^و/, '')));

/** Events held at a place, which a clause of «where» after a trip may tell (a summit, talks); not what was announced there. */
const HELD_WHERE_TYPES = new Set<EventType>(['conference', 'meeting']);

/** Modalities whose events may borrow a date from another event: what happened or is planned, or was put off or called off. */
const DATABLE = new Set<Modality>(['occurred', 'planned', 'postponed', 'cancelled']);

/** «وشهد اللقاء توقيع اتفاقيات»: what is told during an event with nobody named is done by the event's people. */
function lendPeopleOf(event: Candidate, c: Candidate): void {
  if (!c.participants.some((p) => p.kind === 'person')) c.participants = [...event.participants.filter((p) => p.kind === 'person'), ...c.participants];
}

/**
 * «زيارة الملك للصين عام 2016، التي شكلت نقطة تحول، حيث أسفرت عن اتفاقات»: what an event yielded is part of it, on its
 * days or on none: the candidate told last before it in its sentence, other than a statement, takes it in.
 */
function foldOutcomes(cands: Candidate[]): void {
  for (const c of cands) {
    // A date in the outcome's own words is its own («أسفرت عن توقيع اتفاق في 3 مايو»); any other is the clause's.
    if (!c.flags.outcome || c.dateKind === 'clause') continue;
    const producer = cands.filter((d) => d.order < c.order && d.sentence === c.sentence && d.type !== 'statement' && !d.flags.outcome).pop();
    if (!producer) continue;
    c.corefWith = producer;
    c.date = producer.date && toldAs(producer.date, 'during');
    c.dateKind = producer.date ? 'event' : null;
  }
}

/** «واستهل جولته بزيارة كوريا أمس الأحد، ثم توجه إلى اليابان»: a trip's next leg, which came after the day of the leg before. */
const nextLegOf = (c: Candidate, before: Candidate) => c.flags.sequel && c.type === 'visit' && before.type === 'visit' && before.order < c.order;

/**
 * «أوضح بلاغ، اليوم الجمعة، أن بوريطة الذي قام بزيارة عمل يومي 4 و5 نونبر لبانكوك، أجرى محادثات مع …»: talks or a
 * signing held on a trip that the same sentence dates by its own words took place on the trip's days, not on the day
 * of the report that tells them.
 */
function heldOnADatedTrip(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.dateKind !== 'report' || !c.flags.onTrip) continue;
    const trip = cands.find((d) => d.type === 'visit' && d.sentence === c.sentence && d.group === c.group && d.modality === c.modality && d.date !== null && (d.dateKind === 'clause' || d.dateKind === 'group'));
    if (!trip?.date) continue;
    c.date = toldAs(trip.date, 'during');
    c.dateKind = 'event';
  }
}

/**
 * «التقى الرئيس اليوم الوزير الهولندي، كما التقى رئيسة الوزراء الإيطالية»: talks told apart from other talks in the same
 * sentence, with no date of their own and not as what came next, were held on those talks' date.
 */
function besideAnotherOfItsKind(cands: Candidate[], publication: EventDate | null): void {
  // Talks ahead beside talks told as held («يعقد الوزير اليوم مباحثات …، كما سيلتقي …») share their day unless it is past.
  const sharesTheDay = (c: Candidate, other: Candidate, day: EventDate) => other.modality === c.modality
    || (c.modality === 'planned' && other.modality === 'occurred' && publication !== null && day.start >= publication.start);
  for (const c of cands) {
    const other = c.apartFrom;
    if (c.date || c.type !== 'meeting' || c.flags.sequel || !other?.date || other.sentence !== c.sentence || other.type !== c.type || !sharesTheDay(c, other, other.date)) continue;
    c.date = toldAs(other.date, 'during');
    c.dateKind = 'event';
  }
}

export function dateUndated(cands: Candidate[], lead: EventDate | null, publication: EventDate | null): void {
  foldOutcomes(cands);
  heldOnADatedTrip(cands);
  besideAnotherOfItsKind(cands, publication);
  const articleDate = lead ?? publication;
  /** The article's day (the lead's, else the publication's), for the reason given. */
  const onTheArticleDay = (c: Candidate, id: 'article-date' | 'time-of-day') => {
    if (!articleDate) return;
    c.date = { ...articleDate, ...explained({ id, lead: lead !== null, reason: reasonOf(articleDate) }) };
    c.dateKind = lead ? 'lead' : 'publication';
  };
  const giveArticleDate = (c: Candidate) => { if (takesArticleDate(c)) onTheArticleDay(c, 'article-date'); };
  // «خلال اجتماعه مع محمود … لحضور قمة فوكاك لعام 2024» in a story whose lead says «اليوم»: an event that would take
  // the coarser date of another it was held at, told with or placed against takes the lead's day inside it, which says
  // more and contradicts nothing (it is left undated here, for the article's date).
  const leadDaySaysMore = (c: Candidate, other: EventDate) => !c.date && lead?.precision === 'day' && other.precision !== 'day'
    && lead.start >= other.start && lead.end <= other.end && takesArticleDate(c);
  // «وحضر اللقاء…» after a meeting was told: the definite noun points back before it may take the article's date.
  const pointsBack = (c: Candidate) => c.flags.definite && cands.some((d) => d.order < c.order && sameCourse(c, d) && familyOf(d.type) === familyOf(c.type));
  // «أجرى جلسة عمل قبل موكب التوقيع»: placed against an event told elsewhere, it happened on that event's date.
  const placeAgainst = (relations: ReadonlyArray<EventRelation>) => {
    for (const c of cands) {
      // «وتأتي المحادثات بعد الزيارة»: the story's event named again is dated as the story's, not by what it follows.
      // «وقال الاتحاد في بيان اليوم إن موسى التقى خلال الزيارة …»: the day of the report is not when what it tells happened.
      const reportDay = c.dateKind === 'report';
      // What an event yielded is that event's, whatever the words that place it say («بعد الزيارات … التي أسفرت عن توقيع»).
      if ((c.date && !reportDay) || !DATABLE.has(c.modality) || !c.anchor || !relations.includes(c.anchor.relation) || c.flags.anaphoric || c.flags.outcome) continue;
      // «وهي الزيارة الثانية بعد زيارته في مايو 2022»: the second trip after the first is not on its day.
      if (c.flags.ordinal && c.anchor.relation !== 'during') continue;
      const target = anchorEvent(c, cands, publication);
      if (!target?.date) continue;
      // «أعرب عن تعازيه في وفاة خمسة جنود خلال الهجوم الحاصل بتاريخ 4 سبتمبر»: a happening of the background names when
      // something befell, not a day diplomacy was held during.
      if (c.anchor.relation === 'during' && typeInfo(target.type).background && !typeInfo(c.type).background) continue;
      // «وصل إلى طوكيو ضمن جولة آسيوية … واستهل جولته بزيارة كوريا أمس»: a leg elsewhere of the tour it is told within
      // is not on the day that tour is dated by (another leg's).
      if (c.anchor.relation === 'during' && c.type === 'visit' && target.type === 'visit' && placesConflict(c.location, target.location)) continue;
      if (leadDaySaysMore(c, target.date)) { if (c.anchor.relation === 'during') lendPeopleOf(target, c); continue; }
      // «القمة القادمة هي الثانية بعد القمة الأولى التي عقدت في 2023»: what is still to come is not dated by a past event it
      // follows, nor by one it was spoken of at («وفي ختام المباحثات، رحب بعقد الاجتماع القادم في المنامة»).
      if (c.modality === 'planned' && courseOf(target, publication) === 'occurred') continue;
      const dated = toldAs(target.date, c.anchor.relation);
      c.date = c.anchor.end ? dayAtEnd(dated, c.anchor.end) : dated;
      c.dateKind = 'event';
      if (c.anchor.relation !== 'during') { if (!endsTheTrip(c, target)) c.apartFrom = target; }
      // «وشهد اللقاء توقيع اتفاقيات», «وخلال الزيارة تم توقيع 15 اتفاقية»: what is told during an event with nobody named
      // is done by the event's people.
      else lendPeopleOf(target, c);
    }
  };
  placeAgainst(['before', 'after']);
  // «سيلتقي الإثنين مع رئيس الوكالة …، يليه لقاء مع محافظ طوكيو»: the next item of a programme comes right after the
  // dated event told before it, in its sentence or the one before, as done or as planned as it (a plan's next item told
  // without a tense of its own is planned too).
  const followTheEventBefore = (told: (c: Candidate) => boolean, relation: 'after' | 'before' | 'during') => {
    for (const c of cands) {
      // «وبعدها بيومين»: an item told with its distance from the one before is counted from it, below.
      if (c.date || !told(c) || c.offset || !DATABLE.has(c.modality)) continue;
      // «تمّ عقد لقاء ثنائي بين الزعيمين، وبالتوازي مع ذلك، سيتم عقد اجتماع الوزراء»: what a note of the day plans
      // alongside the day's event is still ahead, on its day.
      const laterThatDay = (d: Candidate) => relation === 'during' && d.modality === 'occurred' && c.modality === 'planned' && publication !== null && d.date?.start === publication.start;
      const sameCourse = (d: Candidate) => d.modality === c.modality || (d.modality === 'planned' && c.modality === 'occurred' && !c.flags.verbPast) || laterThatDay(d);
      const previous = cands.filter((d) => d.order < c.order && d.date?.precision === 'day' && sameCourse(d) && d.sentence >= c.sentence - 1 && d.sentence <= c.sentence).pop();
      if (!previous?.date || (relation === 'after' && nextLegOf(c, previous))) continue;
      if (!laterThatDay(previous)) c.modality = previous.modality;
      c.date = toldAs(previous.date, relation);
      c.dateKind = 'event';
      if (relation !== 'during') c.apartFrom = previous;
      // «وقد تم، بالمناسبة، التوقيع على 12 اتفاقية»: done at the event with nobody named, it is done by the event's people.
      else lendPeopleOf(previous, c);
    }
  };
  followTheEventBefore((c) => c.flags.sequel, 'after');
  followTheEventBefore((c) => c.flags.prequel, 'before');
  // «زار الجزائر في 11 أبريل، حيث تم التوقيع على اتفاق», «في زيارة رسمية يلتقي خلالها …»: the event told before
  // it in its sentence that it happened during or where it went.
  const hostOf = (c: Candidate) => (c.flags.duringEvent || c.flags.onTrip || c.flags.heldWhere)
    ? cands.filter((d) => d.order < c.order && d.sentence === c.sentence && d.date && DATABLE.has(d.modality) && (c.flags.duringEvent || d.type === 'visit')).pop()
    : undefined;
  // «زيارة ميدفيديف الأخيرة», «وكان لافروف قد…»: told as an event known from elsewhere in the article — unless it is told
  // on a trip its own sentence dates («كانا قد زارا باريس في 2 مارس والتقيا الرئيس»), below.
  for (const c of cands) {
    if (c.date || !DATABLE.has(c.modality) || hostOf(c)) continue;
    // «قمة كوالالمبور المقرر عقدها من 18 إلى 20 ديسمبر … الدول الإسلامية في قمة كوالالمبور»: a summit named again by
    // its place is the one told there.
    const namedByItsPlace = c.type === 'conference' && c.location !== null && untensed(c);
    if (!(c.flags.anaphoric || c.flags.pluperfect || c.flags.reference || c.flags.placedReference || (c.flags.definite && pointsBack(c)) || namedByItsPlace)) continue;
    // An event of its own course first; a summit still planned only when the article tells none that matches (a summit
    // is announced, then named again by its noun; «ويأتي الاجتماع» is the meeting held, not the next one planned).
    const pointedAt = (same: typeof sameCourse) => referent(c, cands, same) ?? (c.flags.definite || c.flags.anaphoric || c.flags.placedReference ? latestBefore(c, cands, same) : null);
    const target = pointedAt(sameModality) ?? (c.type === 'conference' ? pointedAt(sameCourse) : null);
    if (target?.date) {
      // «… في القمة» after «القمة المقرر عقدها»: a noun with no tense of its own is as planned as what it names.
      c.modality = target.modality;
      // «أجرى الملك مباحثات هاتفية … ونوه قائدا البلدين، خلال هذه المباحثات»: the talks pointed back to were the call.
      if (target.type === 'call') c.type = 'call';
      c.date = { ...target.date, basis: 'event', ...explained({ id: 'refers-back', text: target.date.text, reason: reasonOf(target.date) }) };
      c.dateKind = 'event';
      c.corefWith = target;
    }
  }
  tripsToldAgain(cands, publication);
  // «سيحضر المنتدى ويلقي خطابا الخميس»: a conference its own words leave undated is held on the day of the speech told
  // after it in its clause group; the speech is given at it, one event.
  for (const c of cands) {
    if (c.date || c.type !== 'conference' || !DATABLE.has(c.modality)) continue;
    const speech = cands.find((d) => d.order > c.order && d.group === c.group && d.type === 'statement' && d.modality === c.modality && d.date !== null && d.corefWith === null
      && d.triggers.every((t) => SPEECHES.has(t.form)));
    if (!speech?.date) continue;
    c.date = toldAs(speech.date, 'during');
    c.dateKind = 'event';
    speech.corefWith = c;
  }
  // «وبهذه المناسبة، دعا الرئيس الملك إلى زيارة السنغال»: what is done on the occasion just told is done at it, on its
  // day; that event may itself have been dated just above («وخلال هذا الاستقبال، أعرب …»).
  followTheEventBefore((c) => c.flags.onThisOccasion, 'during');
  // «تأتي الزيارة بعد نحو شهر من تلقي الأمير دعوة»: counted from the event its sentence tells before the offset; «وفي
  // اليوم التالي» from the event told last before it, in its sentence or the one before.
  const countFromOffsets = () => {
    for (const c of cands) {
      if (c.date || !c.offset || !DATABLE.has(c.modality)) continue;
      const at = c.offset.offset.start;
      const firstSentence = c.offset.offset.following ? c.sentence - 1 : c.sentence;
      let from: Candidate | null = null;
      // «قبيل زيارته»: within hours of an event its own words date, not of a report dated only by the article.
      const dated = (d: Candidate) => c.offset!.offset.count !== 0 || d.dateKind === 'clause';
      for (const d of cands) if (d !== c && d.date && dated(d) && d.sentence >= firstSentence && d.sentence <= c.sentence && d.triggers.some((t) => t.start < at)) from = d;
      const date = from?.date ? shiftedDate(from.date, c.offset.offset, c.offset.written) : null;
      if (date) { c.date = date; c.dateKind = 'event'; c.apartFrom = from; }
    }
  };
  countFromOffsets();
  // «في زيارة رسمية يلتقي خلالها بكبار المسؤولين»: what happens during the event told before it in its sentence happens
  // on its date, and is as done or as planned as it; told in the present during a trip that has not ended by the
  // article's day («وصل اليوم … يلتقي خلالها»), it is still to come.
  // «زار الجزائر في 11 أبريل، حيث تم التوقيع على اتفاق»: so does what was held where a trip went, on the trip's date.
  const heldAtTheirHost = (undatedOnly: boolean) => {
    for (const c of cands) {
      // «بعد جولة الوزير في الصين، بتاريخ 16 تشرين الثاني، حيث عقد مباحثات»: what was held where a trip went, dated only
      // by the article's lead, is on the trip's day.
      const whereItWent = c.flags.heldWhere && (!c.date || c.dateKind === 'lead');
      if (!(c.flags.duringEvent || (c.flags.onTrip && !c.date) || whereItWent) || (c.modality !== 'occurred' && c.modality !== 'planned') || (undatedOnly && c.date)) continue;
      const host = hostOf(c);
      if (!host?.date) continue;
      if (whereItWent && c.date && host.dateKind !== 'clause') continue;
      if (whereItWent) c.date = null;
      // Held at the event, on the lead's day: by the event's people when it names none («وخلال القمة، وقع الجانبان»).
      if (leadDaySaysMore(c, host.date)) { lendPeopleOf(host, c); continue; }
      if (!c.date) {
        c.date = toldAs(host.date, 'during');
        c.dateKind = 'event';
      }
      // «من المقرر أن يلتقي خلالها نظيره لعقد مباحثات»: the noun a verb in the present governs is as much ahead as the verb.
      const ahead = ((c.triggers.some((t) => t.pos === 'imperfect') && !c.triggers.some((t) => t.pos === 'verb')) || (c.flags.present && c.flags.duringEvent)) && publication !== null && host.date.end >= publication.start;
      if (ahead) c.modality = 'planned';
      else if (host.modality === 'planned' || host.modality === 'occurred') c.modality = host.modality;
    }
  };
  heldAtTheirHost(false);
  // Again, now that what was held at its host has that host's date.
  besideAnotherOfItsKind(cands, publication);
  placeAgainst(['during']);
  // «ومن أبرز محطات الزيارة: توقيع أربع مذكرات تفاهم»: an item of a trip's programme is held on the trip, and is still to
  // come while the trip has not ended by the article's day.
  for (const c of cands) {
    if (c.date || !c.flags.programmeItem || !DATABLE.has(c.modality)) continue;
    const trip = cands.filter((d) => d.order < c.order && d.type === 'visit' && d.date && DATABLE.has(d.modality)).pop();
    if (!trip?.date) continue;
    c.date = toldAs(trip.date, 'during');
    c.dateKind = 'event';
    c.modality = publication !== null && trip.date.end >= publication.start && !c.flags.verbPast ? 'planned' : trip.modality;
    lendPeopleOf(trip, c);
  }
  // «أعلنت الخارجية اليوم أن المقداد يزور طهران … وأضاف أن المقداد سيلتقي غدا الاثنين ظريف»: a trip planned with no
  // date of its own is on the day its words give the one planned talks of its traveller with someone of the country it
  // goes to.
  for (const c of cands) {
    const country = c.location?.country;
    if (c.date || c.type !== 'visit' || c.modality !== 'planned' || !country || c.flags.reference || c.flags.anaphoric || c.flags.pluperfect || c.flags.noFallback) continue;
    const travellers = new Set(c.participants.filter((p) => p.kind === 'person' && p.country !== country).map(participantKey));
    const talks = cands.filter((d) => d.type === 'meeting' && d.modality === 'planned' && d.dateKind === 'clause' && d.date?.precision === 'day' && !placesConflict(c.location, d.location)
      && d.participants.some((p) => travellers.has(participantKey(p))) && d.participants.some((p) => p.kind === 'person' && p.country === country));
    const day = talks.length === 1 ? talks[0]!.date : null;
    if (!day) continue;
    c.date = toldAs(day, 'during');
    c.dateKind = 'event';
  }
  // «وصل عراقجي إلى القاهرة صباح اليوم … ومن المقرر أن يعقد اجتماعا مع غروسي»: talks or a signing planned with no date of
  // their own, by someone whose trip is under way on the article's day, are planned for the trip, unless they are
  // planned somewhere else.
  const underWay = (d: Candidate) => d.type === 'visit' && d.modality === 'occurred' && d.date !== null && publication !== null
    && d.date.start <= publication.start && d.date.end >= publication.start;
  // «يزور القادة الأربعة الصين من 28 مايو إلى 1 يونيو … وسيجري شي محادثات مع رؤساء الدول الأربعة»: so are talks planned
  // with the visitors of a planned trip, whose states they name, on the trip's days.
  const countriesOf = (ps: Participant[]) => new Set(ps.flatMap((p) => (p.kind === 'country' ? [p.entityId] : p.country ? [p.country] : [])));
  const withTheVisitors = (c: Candidate, d: Candidate) => {
    if (d.type !== 'visit' || !d.date || courseOf(d, publication) !== 'planned') return false;
    const theirs = countriesOf(d.participants);
    return [...countriesOf(c.participants)].filter((x) => theirs.has(x)).length >= 2;
  };
  // «غادر ولي العهد … صباح الأربعاء متوجها إلى فرنسا في زيارة رسمية. ويلتقي ولي العهد بالرئيس الفرنسي»: talks told only
  // in the imperfect, outside a headline, by someone whose trip is under way are as planned as if «من المقرر» said so.
  const toldAheadOnATrip = (c: Candidate) => c.modality === 'occurred' && !c.flags.headline && c.triggers.every((t) => t.pos === 'imperfect');
  // «يبدأ الرئيس الكوري يوم الاثنين المقبل زيارة إلى الإمارات … في أبوظبي، سيعقد لي قمة مع محمد بن زايد»: talks planned
  // in the one country a planned trip of the article goes to are held on that trip.
  const plannedTripsTo = (country: string) => cands.filter((d) => d.type === 'visit' && d.date !== null && courseOf(d, publication) === 'planned' && d.location?.country === country);
  const atTheDestination = (c: Candidate, d: Candidate) => (c.modality === 'planned' || toldAheadOnATrip(c)) && c.location?.country != null && d.location !== null
    && !placesConflict(c.location, d.location) && plannedTripsTo(c.location.country).length === 1 && plannedTripsTo(c.location.country)[0] === d;
  for (const c of cands) {
    if (c.date || !(c.modality === 'planned' || toldAheadOnATrip(c)) || familyOf(c.type) !== 'trip' || c.type === 'visit' || c.flags.pluperfect || c.flags.reference || c.flags.anaphoric) continue;
    const people = new Set(c.participants.filter((p) => p.kind === 'person').map(participantKey));
    // «غادر سلام بيروت اليوم في زيارة رسمية إلى دمشق … ومن المقرر أن يستقبله الرئيس السوري في قصر الرئاسة بدمشق»: talks
    // planned where a trip under way on the article's day has gone are held on it, whoever the pronoun stands for.
    const whereItWent = (d: Candidate) => c.modality === 'planned' && c.location?.country != null && d.location?.country === c.location.country;
    // «سيلتقي لودريان غدا الجمعة شكري، الذي استهل اليوم زيارة إلى فرنسا. ومن المتوقع أن يبحث الجانبان …»: talks planned
    // after a dated plan of talks by the same people are those talks, not the trip's.
    const plannedTalks = c.modality === 'planned' ? cands.filter((d) => d.order < c.order && d.type === c.type && d.modality === 'planned' && d.dateKind === 'clause'
      && d.date !== null && d.participants.some((p) => people.has(participantKey(p)))).pop() : undefined;
    const trip = plannedTalks ?? cands.find((d) => ((underWay(d) && (d.participants.some((p) => people.has(participantKey(p))) || whereItWent(d))) || (c.modality === 'planned' && withTheVisitors(c, d)) || atTheDestination(c, d)) && !placesConflict(c.location, d.location));
    if (!trip?.date) continue;
    c.modality = 'planned';
    c.date = toldAs(trip.date, 'during');
    c.dateKind = 'event';
    // Held on the trip, the talks are the traveller's too.
    const travellers = trip.participants.filter((p) => p.kind === 'person' && !c.participants.some((q) => participantKey(q) === participantKey(p)));
    if (atTheDestination(c, trip) || whereItWent(trip)) c.participants = [...travellers, ...c.participants];
  }
  // «وكان وفد صيني وصل إلى بغداد في نيسان … والتقى الوفد رئيس البرلمان»: what the delegation did, it did on its visit.
  for (const c of cands) {
    if (c.date || !c.flags.byDelegation || !DATABLE.has(c.modality)) continue;
    const visit = cands.filter((d) => d.order < c.order && d.type === 'visit' && d.date && DATABLE.has(d.modality)).pop();
    if (!visit?.date) continue;
    c.date = { ...visit.date, basis: 'event', ...explained({ id: 'delegation-visit', text: visit.date.text, reason: reasonOf(visit.date) }) };
    c.dateKind = 'event';
  }
  // «استقبل الرئيس التركي نظيره الآذربيجاني اليوم. وأقيمت مراسم استقبال رسمية للرئيس الضيف»: the welcome of «the guest»
  // is of the one the reception or visit told before it welcomed: its people and its day.
  for (const c of cands) {
    if (c.date || !c.flags.forTheGuest || c.participants.some(isActor) || !DATABLE.has(c.modality)) continue;
    const welcomed = cands.filter((d) => d.order < c.order && d.date && familyOf(d.type) === familyOf(c.type) && (d.type === 'visit' || d.type === 'meeting')
      && d.modality === c.modality && d.participants.some(isActor)).pop();
    if (!welcomed?.date) continue;
    c.date = toldAs(welcomed.date, 'during');
    c.dateKind = 'event';
    lendPeopleOf(welcomed, c);
  }
  // «سيقوم الأمير بزيارة دولة للصين وسيحضر الاجتماع الوزاري في بكين من 7 إلى 10 يوليو»: told together, dated together;
  // a visit or talks are not dated by a background happening the clause names («… بسبب التصعيد العسكري في يونيو»), nor by
  // the day of the statement that reports them («استدعى الرئيس السفير، وفق ما أفادت الرئاسة في بيان الأربعاء»).
  for (const c of cands) {
    // «توجه السبت إلى أستانا، حيث شارك في القمة الإسلامية»: a definite noun told «where» a trip went is held there then.
    // Nor is what the clause's event is placed after («يتوجه … غدًا السبت إلى القاهرة، بعد إنهاء زيارته بإثيوبيا»).
    if (c.date || !DATABLE.has(c.modality) || c.flags.anaphoric || c.flags.reference || c.flags.noFallback || (c.flags.definite && !(c.flags.heldWhere && HELD_WHERE_TYPES.has(c.type))) || c.flags.placedAgainst || c.flags.placing || c.flags.outcome) continue;
    // «وكان الوزير قد أدى زيارة إلى تونس بمناسبة انعقاد الندوة الدولية (29-30 نوفمبر 2016)»: what was done before, told
    // with no date of its own, is dated only by the conference its clause tells it was for.
    const toldFor = (d: Candidate) => !c.flags.pluperfect || (d.type === 'conference' && d.order > c.order);
    // «ووقع القادة خلال القمة على البيان، فيما وقع عن الجانب المصري وزير الخارجية»: one of the same kind, dated by the
    // event it was done at, dates it too.
    const toldTogether = (d: Candidate) => d.dateKind === 'clause' || d.dateKind === 'group' || (d.dateKind === 'event' && d.type === c.type);
    // «وبحث الجانبان تنفيذ مذكرتي التفاهم والتي وقعها البلدان في نوفمبر»: what a relative clause tells of a noun is
    // background to the clause, not told together with it.
    // Nor by what the clause's event is placed after or before («استكمالا لمباحثات استضافتها عمّان الشهر الماضي»).
    const sibling = cands.find((d) => d !== c && d.group === c.group && d.sentence === c.sentence && d.date && toldTogether(d) && toldFor(d) && !d.flags.source && !d.flags.noFallback && !d.flags.relative && !d.flags.placing && !nextLegOf(c, d)
      && d.modality === c.modality && (typeInfo(c.type).background || !typeInfo(d.type).background) && (!actorKeys(c.participants).size || sharedActors(c, d) > 0));
    if (!sibling?.date) continue;
    if (leadDaySaysMore(c, sibling.date)) continue;
    c.date = { ...sibling.date, basis: 'event', ...explained({ id: 'same-clause', text: sibling.date.text, reason: reasonOf(sibling.date) }) };
    c.dateKind = 'event';
  }
  // «أرجأ بوتين زيارة مقررة إلى تركيا … وقال بيسكوف بعد سؤاله عن الزيارة»: a definite noun that can only point back to
  // an event the article told as put off, called off or denied is that event, not one that happened that day; so is one
  // that can only point back to a plan («سيحضر المنتدى … وذكر أن المنتدى سيهدف إلى …»), unless a verb tells it done.
  for (const c of cands) {
    if (c.date || c.modality !== 'occurred' || !c.flags.definite) continue;
    const earlier = cands.filter((d) => d.order < c.order && d.type === c.type);
    if (!earlier.length || earlier.some((d) => d.modality === 'occurred')) continue;
    const notDone = earlier.filter((d) => UNDONE_MODALITIES.has(d.modality) || (d.modality === 'planned' && !c.flags.verbPast)).pop();
    if (!notDone || (notDone.modality !== 'planned' && earlier.some((d) => d.modality === 'planned'))) continue;
    c.modality = notDone.modality;
    c.corefWith = notDone;
  }
  // «سيزور قصر بعبدا عند الواحدة ظهراً للقاء رئيس الجمهورية», «وكانت طائرته قد حطت فجراً»: an hour or a part of the day
  // with no day of its own is on the day the story tells, done or planned as its words say.
  for (const c of cands) {
    if (c.date || !c.flags.timeOfDay || !DATABLE.has(c.modality) || c.flags.reference || c.flags.noFallback || c.flags.outcome || c.flags.placedAgainst) continue;
    onTheArticleDay(c, 'time-of-day');
  }
  for (const c of cands) if (!pointsBack(c)) giveArticleDate(c);
  for (const c of cands) if (!c.date && pointsBack(c)) giveArticleDate(c);
  // «بدأ الوزير زيارة إلى قطر تستغرق يومين، يلتقي خلالها أمير دولة قطر»: what happens during a trip that only the
  // article's day dates happens on that day too.
  heldAtTheirHost(true);
  // What is done on the occasion of an event that only the article's day dates is on that day too.
  followTheEventBefore((c) => c.flags.onThisOccasion, 'during');
  // «وتعد هذه أول زيارة دولة يقوم بها توكاييف إلى تركيا» after «مؤتمر صحفي مع الرئيس القازاقي الزائر»: a trip named as
  // «this» one, when the article tells no trip it could be, is the trip of someone in the day's news: it takes that day.
  for (const c of cands) {
    if (c.date || c.type !== 'visit' || c.modality !== 'occurred' || !c.flags.reference || c.flags.pluperfect) continue;
    if (cands.some((d) => d !== c && d.type === 'visit' && d.modality === c.modality)) continue;
    const people = new Set(c.participants.filter((p) => p.kind === 'person').map(participantKey));
    const news = cands.find((d) => d.modality === 'occurred' && d.date?.precision === 'day' && (!publication || parseIso(publication.start)! - parseIso(d.date.end)! <= NEWS_DAYS)
      && d.participants.some((p) => people.has(participantKey(p))));
    if (!news?.date) continue;
    c.date = { ...news.date, basis: 'event', ...explained({ id: 'this-trip', text: news.date.text, reason: reasonOf(news.date) }) };
    c.dateKind = 'event';
  }
  // «وتأتي زيارة الرئيس، بعد أربعة أيام من زيارة أداها الوزير»: counted from an event the article's day dates.
  countFromOffsets();
  onTheDayOfTheEventTheyArePlacedIn(cands);
}

/**
 * «والتقى الوفد خلال اليوم الأول من الزيارة …», «وفي ختام الزيارة …»: what is told on one day of an event, and dated by
 * an event's days or the lead's (the delegation's visit, the trip the lead tells), is on that day of them.
 */
function onTheDayOfTheEventTheyArePlacedIn(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.date && c.anchor?.end !== undefined && (c.dateKind === 'event' || c.dateKind === 'lead')) c.date = dayAtEnd(c.date, c.anchor.end);
  }
}

/**
 * «وصل عراقجي، الاثنين، إلى البحرين» and, in a summary above it, «وصل عراقجي إلى البحرين … حيث التقى الملك»: a trip
 * told as done with no date of its own is the trip of the same person to the same place that the article dates among
 * its news days, told again; it is not another trip on the article's day.
 */
function tripsToldAgain(cands: Candidate[], publication: EventDate | null): void {
  if (!publication) return;
  const newsDay = (d: EventDate) => d.start <= publication.end && parseIso(publication.start)! - parseIso(d.end)! <= NEWS_DAYS;
  // «والثلاثاء، وصل وفد روسي … إلى بنغازي» and «التقى … حفتر الخميس … في إطار زيارة رسمية لوفد من وزارة الدفاع
  // الروسية»: a trip known only as the frame of talks is the trip of their people's country to that place the article
  // dates a few days before the talks, told again.
  const countries = (c: Candidate) => new Set(c.participants.flatMap((p) => (p.kind === 'country' ? [p.entityId] : p.country ? [p.country] : [])));
  for (const c of cands) {
    if (!c.flags.frameOnly || c.type !== 'visit' || c.modality !== 'occurred' || !c.date || !c.location) continue;
    const theirs = countries(c);
    const heldOn = c.date;
    const trip = cands.find((d) => d !== c && d.type === 'visit' && !d.flags.frameOnly && d.modality === 'occurred' && d.dateKind === 'clause' && d.date !== null
      && d.date.start <= heldOn.start && parseIso(heldOn.start)! - parseIso(d.date.end)! <= NEWS_DAYS && d.location !== null && !placesConflict(c.location, d.location)
      && [...countries(d)].some((x) => theirs.has(x)));
    if (!trip?.date) continue;
    c.date = { ...trip.date, basis: 'event', ...explained({ id: 'refers-back', text: trip.date.text, reason: reasonOf(trip.date) }) };
    c.dateKind = 'event';
    c.corefWith = trip;
  }
  for (const c of cands) {
    if (c.date || c.type !== 'visit' || !c.location || !takesArticleDate(c)) continue;
    const people = new Set(c.participants.filter((p) => p.kind === 'person').map(participantKey));
    const trip = cands.find((d) => d !== c && d.type === 'visit' && d.modality === 'occurred' && d.dateKind === 'clause' && d.date !== null && newsDay(d.date)
      && d.location !== null && !placesConflict(c.location, d.location) && d.participants.some((p) => people.has(participantKey(p))));
    if (!trip?.date) continue;
    c.date = { ...trip.date, basis: 'event', ...explained({ id: 'refers-back', text: trip.date.text, reason: reasonOf(trip.date) }) };
    c.dateKind = 'event';
    c.corefWith = trip;
  }
}

/**
 * The event c is placed against («قبل موكب التوقيع»): the one the anchor noun names when its own words date it; else
 * the dated event of the anchor noun's family told last before c (else first after it), other than c itself; one of
 * the noun's own type first («في نهاية اللقاء» is the last meeting told, not a visit told since).
 */
function anchorEvent(c: Candidate, cands: Candidate[], publication: EventDate | null): Candidate | null {
  if (!c.anchor) return null;
  // «خلال قمة تيكاد أوت 2022»: the frame dated by its own words is the event the words name; so is one whose words point
  // back to an event told before («شارك في القمة … في 5 يناير. ووقع القادة خلال القمة على البيان»).
  const dates = (d: Candidate) => d.dateKind === 'clause' || (d.dateKind === 'event' && d.corefWith !== null && d.corefWith !== c);
  const named = cands.find((d) => d !== c && d.date && dates(d) && d.triggers.some((t) => t.start === c.anchor!.at));
  if (named) return named;
  const own = (d: Candidate) => d.type === c.anchor!.type;
  // «خلال زيارته» names a trip: one told by a visit's words, not an agreement of the trip's family dated by its own (what
  // is held «before the signing» may still be placed against the trip the signing is done on).
  const mayBeNamed = (d: Candidate) => c.anchor!.type !== 'visit' || d.triggers.some((t) => t.type === 'visit');
  return nearestAnchor(c, cands.filter(own), publication) ?? nearestAnchor(c, cands.filter(mayBeNamed), publication);
}

/** An event told as done but dated after the publication day is still to come (planFutureDates will say so). */
const courseOf = (d: Candidate, publication: EventDate | null): Modality =>
  d.modality === 'occurred' && d.date !== null && publication !== null && d.date.start > publication.end ? 'planned' : d.modality;

function nearestAnchor(c: Candidate, cands: Candidate[], publication: EventDate | null): Candidate | null {
  const family = familyOf(c.anchor!.type);
  let before: Candidate | null = null, after: Candidate | null = null;
  // With people named on both sides, the event pointed to is one of theirs.
  const theirs = (d: Candidate) => !actorKeys(c.participants).size || !actorKeys(d.participants).size || sharedActors(c, d) > 0;
  for (const d of cands) {
    if (d === c || !d.date || (d.modality !== c.modality && courseOf(d, publication) !== c.modality) || d.dateKind === 'event' || !theirs(d)) continue;
    // The trip an event was held on is told as an event of its own from the very words that frame it.
    if (!d.triggers.some((t) => familyOf(t.type) === family && (t.start !== c.anchor!.at || c.flags.onTrip))) continue;
    if (d.order < c.order) before = d;
    else after ??= d;
  }
  return before ?? after;
}

/** The last dated event of the same family and modality told before c, in no other place; one of its own type first. */
/** A mention told by its noun alone, with no verb or tense of its own: it may name an event still planned. */
const untensed = (c: Candidate) => c.modality === 'occurred' && !c.flags.verbPast && c.triggers.every((t) => t.pos === 'noun');

/** Whether `c` may name the event `d` as far as their course goes: the same, or a plan named again by its noun. */
const sameCourse = (c: Candidate, d: Candidate) => sameModality(c, d) || (d.modality === 'planned' && untensed(c));
const sameModality = (c: Candidate, d: Candidate) => d.modality === c.modality;

function latestBefore(c: Candidate, cands: Candidate[], same: (c: Candidate, d: Candidate) => boolean): Candidate | null {
  // «الاجتماع» points back to the last meeting told, before any other event of its family.
  let best: Candidate | null = null, sameType: Candidate | null = null;
  for (const d of cands) {
    if (d.order >= c.order || !d.date || !same(c, d) || !pointedToAs(c, d)) continue;
    if (placesConflict(c.location, d.location)) continue;
    best = d;
    if (d.type === c.type) sameType = d;
  }
  return sameType ?? best;
}

function takesArticleDate(c: Candidate): boolean {
  // An event an offset places is dated from the event it counts from, or not at all.
  if (c.date || c.modality !== 'occurred' || c.offset) return false;
  // «ويزور بلادنا»: an imperfect tells no past event of the day; but a trip a relative clause tells as under way about
  // someone the sentence names («… دراغي الذي يقوم بزيارة عمل إلى الجزائر») is under way on the article's day.
  const underWayAboutSomeone = c.type === 'visit' && c.flags.relative && c.triggers.every((t) => !t.future);
  if (c.triggers.every((t) => t.pos === 'imperfect') && !underWayAboutSomeone) return false;
  const f = c.flags;
  // «وبعد محادثاتهما»: the talks of the two named before were told before, on a day of their own.
  return typeInfo(c.type).takesArticleDate && !f.anaphoric && !f.pluperfect && !f.reference && !f.placedReference && !f.placedAgainst && !f.noFallback && !f.outcome && !f.weak
    && (c.type !== 'agreement' || f.verbPast) && (c.participants.some(isActor) || c.participants.filter((p) => p.kind === 'country').length >= 2);
}

function sharedActors(a: Candidate, b: Candidate): number {
  const ka = actorKeys(a.participants);
  return b.participants.filter((p) => isActor(p) && ka.has(participantKey(p))).length;
}

/** Whether c's words may name d again: an event of its family; talks («المباحثات») may be talks held by phone. */
const pointedToAs = (c: Candidate, d: Candidate) => familyOf(d.type) === familyOf(c.type) || (c.type === 'meeting' && d.type === 'call');

/** The dated event of the same family that shares the most actors and place with c. */
function referent(c: Candidate, cands: Candidate[], same: (c: Candidate, d: Candidate) => boolean): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const d of cands) {
    if (d === c || !d.date || !same(c, d)) continue;
    if (!pointedToAs(c, d)) continue;
    // «خلال هذه المباحثات»: what «this» points at was told before («زيارته الأخيرة» may be told further on).
    if (c.flags.namedAgain && d.order > c.order) continue;
    // «وتأتي المحادثات بعد الزيارة»: what it is placed against is another event, not the one it refers to; a tour it is
    // told within («وتأتي زيارة الوفد إلى باكستان في إطار جولة آسيوية») holds it, and may be told by the same words.
    if (c.anchor && (c.anchor.relation !== 'during' || d.type !== c.type) && d.triggers.some((t) => t.start === c.anchor!.at)) continue;
    if (c.flags.pluperfect && (d.dateKind === 'lead' || d.dateKind === 'publication')) continue;
    if (placesConflict(c.location, d.location)) continue;
    const shared = sharedActors(c, d);
    const samePlace = c.location && d.location ? 1 : 0;
    if (!shared && !(c.type === 'conference' && samePlace)) continue;
    const score = shared * 2 + samePlace * 2 + (d.dateKind === 'clause' || d.dateKind === 'group' ? 0 : 1) + (d.type === c.type ? 1 : 0);
    if (score > bestScore) { bestScore = score; best = d; }
  }
  return best;
}

/** Events of a few hours, which a report in the present on their day tells before they are held. */
const HELD_IN_A_DAY = new Set<EventType>(['meeting', 'call', 'conference', 'agreement']);

/**
 * What is dated after the publication day cannot have happened yet: a report of it is a plan. So are talks told only in
 * the present, outside a headline, on the publication day by their own words («ويجري الأمير مباحثات مع بوتين
 * الإثنين», «يبحث الوزير اليوم مع نظيره», «يعقد الرئيسان مباحثات قمة اليوم»): the article tells them before they are held.
 */
/**
 * «يزور محمد بن زايد والسيسي … الصين هذا الأسبوع» on its Monday: told only in the imperfect, in a week or a month that
 * runs on past the article's day, or later in that day, the event is still to come; «اليوم» keeps the day's news as it is.
 */
function toldInAPeriodAhead(c: Candidate, publication: EventDate): boolean {
  if (c.date === null) return false;
  // «يصل ظريف إلى الدوحة، في وقت لاحق اليوم، في زيارة»: later in the article's own day is ahead of its writing, when
  // a verb in the present tells it and none in the past.
  const reason = c.date.reason;
  if ((reason?.id === 'phrase' ? reason.reason : reason)?.id === 'later-in') return c.triggers.some((t) => t.pos === 'imperfect') && !c.triggers.some((t) => t.pos === 'verb');
  return c.date.precision !== 'day' && c.date.start <= publication.start && c.date.end > publication.end
    && c.triggers.every((t) => t.pos === 'imperfect');
}

const LATER_PARTS_OF_THE_DAY = new Set(relativeWords.laterPartsOfTheDay.words);
/** «مساء اليوم», «ظهر اليوم الأربعاء»: a date phrase that opens on a part of the day after its morning. */
const laterInTheDay = (d: EventDate) => LATER_PARTS_OF_THE_DAY.has((d.text ?? '').split(/\s+/)[0]!.replace(/^[وف]/, ''));

export function planFutureDates(cands: Candidate[], publication: EventDate | null): void {
  if (!publication) return;
  const onPublicationDay = (d: EventDate) => d.precision === 'day' && d.start === publication.start && d.end === publication.end;
  const aheadSentences = new Set<number>();
  const aheadLaterToday: EventDate[] = [];
  for (const c of cands) {
    if (c.modality !== 'occurred' || !c.date) continue;
    // «ويجتمع الوزيران في تمام الساعة 10»: an hour of the day is the event's own words too.
    const ownWords = c.dateKind === 'clause' || c.dateKind === 'group' || c.dateKind === 'event' || c.date.reason?.id === 'time-of-day';
    const toldAhead = HELD_IN_A_DAY.has(c.type) && ownWords && !c.flags.headline && onPublicationDay(c.date) && c.flags.present;
    // «يبدأ الرئيس السبت 6-2-2010 زيارة رسمية» on a page known only to its month: a day of that month that the event's own
    // words give it, told in the present, is told before it came.
    const aheadInTheMonth = publication.precision === 'month' && ownWords && c.date.precision === 'day' && !c.flags.headline && c.flags.present
      && c.date.start >= publication.start && c.date.end <= publication.end;
    // «يصل الرئيس إلى الخرطوم مساء اليوم في زيارة تستغرق يومين»: a trip too, told in the present as beginning at a later
    // part of the article's day.
    const laterToday = ownWords && c.date.precision === 'day' && c.date.start === publication.start && publication.precision === 'day' && c.flags.present && laterInTheDay(c.date);
    if (toldAhead) aheadSentences.add(c.sentence);
    if (laterToday) aheadLaterToday.push(c.date);
    if (c.date.start > publication.end || toldAhead || laterToday || aheadInTheMonth || toldInAPeriodAhead(c, publication)) c.modality = 'planned';
  }
  // «… مساء اليوم في زيارة تستغرق يومين. يعقد خلالها الرئيس جلسة مباحثات»: what is told in the present as held during
  // an event ahead later in the day is ahead with it.
  for (const c of cands) {
    if (c.modality === 'occurred' && c.flags.present && c.flags.duringEvent && c.date && aheadLaterToday.some((d) => c.date!.start >= d.start && c.date!.end <= d.end)) c.modality = 'planned';
  }
  // «ويجري أمير قطر مباحثات مع بوتين الإثنين، تتناول …»: what talks held ahead are to discuss is ahead with them.
  for (const c of cands) if (c.modality === 'occurred' && c.flags.discussion && c.date && onPublicationDay(c.date) && aheadSentences.has(c.sentence)) c.modality = 'planned';
  // «يستقبل الوزير اليوم الأمين العام … ويعقد الجانبان جلسة مباحثات، ثم يأتي مؤتمر صحفي»: talks told in the present with
  // no date of their own, after a lead that tells the day's talks ahead, are ahead with them.
  const plannedToday = cands.some((d) => d.modality === 'planned' && aheadSentences.has(d.sentence));
  if (!plannedToday) return;
  for (const c of cands) {
    if (c.modality === 'occurred' && c.dateKind === 'lead' && HELD_IN_A_DAY.has(c.type) && !c.flags.headline && c.flags.present && c.date && onPublicationDay(c.date)) c.modality = 'planned';
  }
}

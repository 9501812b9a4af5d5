/**
 * An event candidate: one family of triggers in one clause group, with its date, participants, place and the span
 * of text that states it. Candidates are what the assembler produces and what merging folds into events.
 */
import type { EventDay } from '../domain/date-reason';
import type { ArticleInput, EventDate, EventType, Modality, Participant, Place } from '../domain/event';
import type { EntityMention } from './entities';
import type { EventLabel } from './lexicon';
import type { Span } from './spans';
import type { TriggerHit } from './tags';
import type { EventOffset } from './temporal/offsets';

export interface CandidateFlags {
  /** «الأخيرة», «تلك»…: refers back to an event told elsewhere. */
  anaphoric: boolean;
  /** «كان … قد»: an earlier event than the report. */
  pluperfect: boolean;
  /** «وكان من المقرر أن …»: a plan told as what was to be. */
  wasToBe: boolean;
  /** «زيارة لافروف إلى بلغراد التي كانت مقررة في 6 يونيو»: described after its noun as what was to be, so a plan. */
  describedAsToBe: boolean;
  /** «يجري الأمير مباحثات مع بوتين الإثنين»: told in the present, by imperfect verbs or nouns of a clause that opens on one. */
  present: boolean;
  /** «وبعد محادثاتهما»: only a noun another event is placed after or before, whose people are those named before it. */
  placedReference: boolean;
  /** «التقى حفتر اليوم … قبل مؤتمر يهدف لحل الصراع»: only a noun the clause's event came before, on a later day of its own. */
  placedAgainst: boolean;
  /** «مخرجات مؤتمر برلين»: the event is named, not reported. */
  reference: boolean;
  /** «في وقت سابق», «دائما»: the article's date is not this event's date. */
  noFallback: boolean;
  headline: boolean;
  verbPast: boolean;
  /** Inside a reported or complement clause. */
  complement: boolean;
  /** Only weak triggers: an event only with a date in its clause. */
  weak: boolean;
  /** Only definite nouns («وحضر اللقاء»): most likely an event told before. */
  definite: boolean;
  /** Only what was discussed («بحث», «تناول»): part of the call, visit or meeting the story tells, if it tells one. */
  discussion: boolean;
  /** Only a statement the news comes from («في بيان», «حسب تصريحات»): a source of the article's event, if it tells one. */
  source: boolean;
  /** «والتقى الوفد…»: done by the delegation whose visit the article told, during that visit. */
  byDelegation: boolean;
  /** «زيارة رسمية يلتقي خلالها …»: happens during the event told just before it in its sentence. */
  duringEvent: boolean;
  /** «استقبل الرئيس الوزير في أول زيارة له»: happened on the trip its clause names, which is told as an event of its own. */
  onTrip: boolean;
  /** «يليه لقاء مع …», «ثم يشهدان التوقيع»: the next item of a programme, right after the event told before it. */
  sequel: boolean;
  /** «وكان الرئيس قد استقبل قبل ذلك الوزير»: the step right before the event told before it, on its day. */
  prequel: boolean;
  /** «خلال هذه المباحثات», «وتأتي الزيارة»: names again an event told before it. */
  namedAgain: boolean;
  /** «وبهذه المناسبة، دعا …»: done at the event told just before it, on its day. */
  onThisOccasion: boolean;
  /** «بحث الشرع مع فيدان الذي وصل إلى دمشق»: told by a verb in a relative clause, background to its sentence's event. */
  relative: boolean;
  /** «وهي الزيارة الثانية بعد زيارته في مايو»: counted among trips of its kind, so not on the day of the one it follows. */
  ordinal: boolean;
  /** «ومن أبرز محطات الزيارة: (newline) توقيع أربع مذكرات تفاهم»: an item of a trip's programme, listed under it. */
  programmeItem: boolean;
  /** «التقى … حفتر الخميس، في إطار زيارة رسمية»: a trip known only as the frame of an event held on it, dated by that event. */
  frameOnly: boolean;
  /** «زيارة الملك للصين عام 2016 … حيث أسفرت عن اتفاقات»: what the event told before it yielded, part of that event. */
  outcome: boolean;
  /** «سيزور قصر بعبدا عند الواحدة ظهراً»: told at an hour or a part of the day, with no day. */
  timeOfDay: boolean;
  /** «بعد لقائه الرئيس», «استكمالا لمباحثات … الشهر الماضي»: only a noun another event of its sentence is placed after or before. */
  placing: boolean;
  /** «سيعقد جلسة مباحثات … عقب وصوله البلاد»: told as held right after the arrival of whoever makes a trip. */
  onArrival: boolean;
  /** «توجه السبت إلى أستانا، حيث شارك في القمة»: told in a clause of «where», held where the clause before it took someone. */
  heldWhere: boolean;
  /** «وأقيمت مراسم استقبال رسمية للرئيس الضيف»: a welcome of «the guest», whom the story's reception or visit welcomed. */
  forTheGuest: boolean;
}

/** Flags of a candidate that none applies to. */
export const NO_FLAGS: Readonly<CandidateFlags> = {
  anaphoric: false, pluperfect: false, wasToBe: false, describedAsToBe: false, present: false, placedReference: false, placedAgainst: false, reference: false, noFallback: false, headline: false, verbPast: false, complement: false,
  weak: false, definite: false, discussion: false, source: false, byDelegation: false, duringEvent: false, onTrip: false,
  sequel: false, prequel: false, namedAgain: false, onThisOccasion: false, relative: false, ordinal: false, programmeItem: false, frameOnly: false, outcome: false, timeOfDay: false, placing: false, onArrival: false, heldWhere: false,
  forTheGuest: false,
};

export type DateKind = 'clause' | 'group' | 'report' | 'event' | 'lead' | 'publication';

/** How an event stands to an event noun in its clause: «خلال الزيارة» during, «عقب التوقيع» after, «قبيل القمة» before. */
export type EventRelation = 'during' | 'after' | 'before';

export interface Candidate {
  articleId: string;
  file: string;
  order: number;
  type: EventType;
  modality: Modality;
  triggers: TriggerHit[];
  /** Mention spans in original offsets with their date span. */
  mentions: Array<{ start: number; end: number; dateSpan: Span | null }>;
  date: EventDate | null;
  dateKind: DateKind | null;
  participants: Participant[];
  location: Place | null;
  topic: string | null;
  sentence: number;
  group: number;
  flags: CandidateFlags;
  /** Set when the candidate was dated through another one; they are merged. */
  corefWith: Candidate | null;
  /** Set when the candidate happened just before or after another one («قبل موكب التوقيع»): never the same event. */
  apartFrom: Candidate | null;
  /** Speech or headline: only joins an existing event. */
  attachOnly: boolean;
  speaker: string | null;
  /** What an event of type other is, from its trigger. */
  label: EventLabel | null;
  /** The event noun the candidate is placed against («قبل موكب التوقيع»): its type, the relation, where it stands. */
  anchor: { type: EventType; relation: EventRelation; at: number; end?: EventDay } | null;
  /** «بعد ثلاثة أيام من زيارة …»: how far this event lies from the event of its sentence, and the words that say so. */
  offset: { offset: EventOffset; written: string } | null;
}


export function participantKey(p: Participant): string { return p.kind + ':' + p.entityId; }

/** Keys of the people and organisations among participants: the actors two mentions must share to be one event. */
export function actorKeys(ps: Participant[]): Set<string> {
  return new Set(ps.filter(isActor).map(participantKey));
}

export function isActor(p: Participant): boolean {
  return p.kind === 'person' || p.kind === 'organisation';
}

/** Two places that cannot be where one event happened (a city and its own country can). */
export function placesConflict(a: Place | null, b: Place | null): boolean {
  if (!a || !b || a.entityId === b.entityId) return false;
  if (a.country && a.country === b.country && (a.entityId === a.country || b.entityId === b.country)) return false;
  return true;
}

export function toParticipant(e: EntityMention): Participant {
  return { entityId: e.id, kind: e.kind, nameEn: e.nameEn, nameAr: e.nameAr, role: e.role, country: e.country };
}

export function toPlace(e: EntityMention): Place {
  return { entityId: e.id, nameEn: e.nameEn, nameAr: e.nameAr, country: e.country };
}

/** A passage that tells an event without a trigger of its own (a headline): it only joins an event of the article. */
export function passageCandidate(article: ArticleInput, sentence: number, span: Span): Candidate {
  return {
    articleId: article.id, file: article.file, order: -1, type: 'statement', modality: 'occurred', triggers: [],
    mentions: [{ start: span.start, end: span.end, dateSpan: null }], date: null, dateKind: null, participants: [], location: null,
    topic: null, sentence, group: -1,
    flags: { ...NO_FLAGS, headline: true },
    corefWith: null, apartFrom: null, attachOnly: true, speaker: null, label: null, anchor: null, offset: null,
  };
}

/** A «قال X» clause or a headline: a statement candidate that only joins an event of the article. */
export function speechCandidate(article: ArticleInput, sentence: number, group: number, span: Span, who: Participant, speaker: string): Candidate {
  return {
    articleId: article.id, file: article.file, order: -1, type: 'statement', modality: 'occurred', triggers: [],
    mentions: [{ start: span.start, end: span.end, dateSpan: null }], date: null, dateKind: null, participants: [who], location: null,
    topic: null, sentence, group,
    flags: { ...NO_FLAGS, verbPast: true },
    corefWith: null, apartFrom: null, attachOnly: true, speaker, label: null, anchor: null, offset: null,
  };
}

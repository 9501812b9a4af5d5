/**
 * Who speaks in each sentence («قال لافروف», then «وأضاف» for the same speaker), and the «قال X» clauses that name no
 * event: they become statement candidates that only join an event X took part in.
 */
import { MAX_QUOTE, type ArticleContext } from './article-context';
import { speechCandidate, toParticipant, type Candidate } from './candidate';
import type { EntityMention } from './entities';
import { previousWord, trimSpan, within, wordsIn } from './spans';
import { DEMONSTRATIVES } from './relations';
import type { ArticleDates } from './article-dates';
import type { EventDate } from '../domain/event';
import { closesPluperfect } from './tags';
import functionWords from './lexicon/function-words.json';

export interface Speakers {
  /** The speaker of each sentence that has a speech verb. */
  bySentence: Map<number, EntityMention>;
  speech: Candidate[];
}

const SOURCE_OF_A_BODY = new Set(functionWords.sourceOfABody.words);
/** Whether every word after the speech verb at `verb`, up to `body`, names someone speaking for the body. */
function forIt(folded: string, verb: number, body: number): boolean {
  const words = folded.slice(verb, body).split(/[^\p{L}]+/u).filter((w) => w.length > 1).slice(1);
  return words.length > 0 && words.every((w) => SOURCE_OF_A_BODY.has(w) || SOURCE_OF_A_BODY.has(w.replace(/^ب/, '')));
}

/**
 * «وكان وزير الخارجية الأمريكي قد أكد في الأسبوع المنصرم أن …»: what someone named between «كان» and «قد» had said
 * before the news, on a day the speech verb's clause gives, is a statement of its own on that day — background, not a
 * source of the day's event. The speaker and the date, or null.
 */
function saidBefore(ctx: ArticleContext, dates: ArticleDates, verbAt: number, clause: { start: number; end: number; sentence: number }): { who: EntityMention; date: EventDate } | null {
  const { tags, folded, seg, entities } = ctx;
  const sentence = seg.sentences[clause.sentence]!;
  const markers = within(tags.markers, sentence.start, verbAt);
  // «وكان الرئيس التركي رجب طيب إردوغان أعلن هذه الزيارة في وقت سابق»: without «قد», the verb right after the subject.
  const lastPersonBefore = (from: number) => within(entities, from, verbAt).filter((e) => e.kind === 'person').pop();
  const withoutParticle = (a: { end: number }) => closesPluperfect(folded, a.end, verbAt) && (lastPersonBefore(a.end)?.end ?? -Infinity) >= verbAt - 2;
  const aux = markers.filter((m) => m.marker === 'pluAux').find((a) => markers.some((p) => p.marker === 'pluParticle' && closesPluperfect(folded, a.end, p.start) && wordsIn(folded, p.end, verbAt) === 0) || withoutParticle(a));
  if (!aux) return null;
  const who = lastPersonBefore(aux.end);
  const own = within(dates.usable, verbAt, clause.end).find((d) => !d.governed);
  return who && own?.date ? { who, date: own.date } : null;
}

const COMPLEMENTIZERS = new Set(functionWords.complementizers.words);
/** How many words a day of the speaking may stand from its verb («وصرح وزير الخارجية التركي هاكان فيدان، يوم 15 نوفمبر»). */
const SPEECH_DAY_REACH = 10;
/** How many words may open a sentence before the day it puts first («وفي يونيو الماضي، قال …»). */
const FRONTED_DAY_REACH = 2;

/**
 * «وصرح فيدان، يوم 15 نوفمبر الجاري، بأن …», «وفي يونيو الماضي، قال سيارتو إن …», «وقال تايانا في بيان صدر السبت إن …»:
 * a speaking the sentence dates on a day of its own before the article's — between the verb and what was said, or put
 * first in the sentence — joins an event of that day, or is a statement on it (reports.ts). Its date, or null.
 */
function saidOnADayOfItsOwn(ctx: ArticleContext, dates: ArticleDates, verbAt: number, sentence: { start: number; end: number }): EventDate | null {
  const { folded } = ctx;
  let saidEnd = sentence.end;
  for (let i = verbAt, n = 0; i < sentence.end && n <= SPEECH_DAY_REACH; n++) {
    const w = /[\p{L}\d]+/u.exec(folded.slice(i, sentence.end));
    if (!w) break;
    const word = w[0].replace(/^و/, '');
    if (i > verbAt && (COMPLEMENTIZERS.has(word) || /["«“:]/.test(folded.slice(i, i + w.index)))) { saidEnd = i; break; }
    i += w.index + w[0].length;
    saidEnd = i;
  }
  const day = within(dates.usable, verbAt, saidEnd).find((d) => !d.governed)
    ?? within(dates.usable, sentence.start, verbAt).find((d) => !d.governed && wordsIn(folded, sentence.start, d.start) <= FRONTED_DAY_REACH);
  const published = dates.publication?.start ?? null;
  // A year alone («وفي عام 2019، قال …») places background too loosely for a statement of its own.
  if (!day?.date || published === null || day.date.end >= published || day.date.precision === 'year') return null;
  return day.date;
}

export function findSpeakers(ctx: ArticleContext, dates: ArticleDates): Speakers {
  const { seg, entities, tags } = ctx;
  const bySentence = new Map<number, EntityMention>();
  const speech: Candidate[] = [];
  let lastSpeaker: EntityMention | null = null;
  for (const at of tags.speechAt) {
    const cl = seg.clauseAt(at);
    if (!cl) continue;
    const after = within(entities, at, cl.end);
    // «قالت وزارة الخارجية الروسية», «أدانت سوريا»: a body or a state speaks when it is the verb's subject, right after it,
    // or after words that name someone speaking for it («استنكر مصدر مسؤول بوزارة الخارجية»).
    const rightAfter = (x: EntityMention) => wordsIn(ctx.folded, at, x.start) <= 1 || forIt(ctx.folded, at, x.start);
    const before = saidBefore(ctx, dates, at, cl);
    const subject = before?.who ?? after.find((x) => x.kind === 'person')
      ?? after.find((x) => (x.kind === 'organisation' || (x.kind === 'country' && !x.locative && !x.adjective)) && rightAfter(x)) ?? null;
    const who = subject ?? lastSpeaker;
    if (who) bySentence.set(cl.sentence, who);
    if (subject) lastSpeaker = subject;
    // «أعلن هذه الزيارة»: an event named again by «this» is what was said, no event of the clause's own.
    const namedAgain = (t: { start: number }) => DEMONSTRATIVES.has(previousWord(ctx.folded, t.start)?.word ?? '');
    if (who && within(tags.triggers, cl.start, cl.end).every(namedAgain)) {
      const o = ctx.original(cl.start, cl.end);
      const span = trimSpan(ctx.text, o.start, o.end);
      if (!span || span.end - span.start > MAX_QUOTE) continue;
      const said = speechCandidate(ctx.article, cl.sentence, cl.group, span, toParticipant(who), who.id);
      const ownDay = before ? null : saidOnADayOfItsOwn(ctx, dates, at, seg.sentences[cl.sentence]!);
      speech.push(before ? { ...said, attachOnly: false, date: before.date, dateKind: 'clause', flags: { ...said.flags, pluperfect: true } }
        : ownDay ? { ...said, date: ownDay, dateKind: 'clause' } : said);
    }
  }
  return { bySentence, speech };
}

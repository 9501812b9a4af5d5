/**
 * From an article to its event candidates: normalise → match the lexicons → segment → entities → tags → dates →
 * speakers → candidates per clause group → dates for the undated ones. Each step is its own module.
 */
import type { ArticleInput, EventDate, Participant } from '../domain/event';
import { referenceDay, type ArticleContext } from './article-context';
import { dateArticle } from './article-dates';
import { participantKey, toParticipant, type Candidate } from './candidate';
import { buildCandidates, lastVisitsBefore, purposeTakesTheCourse, travellerCarriesOn } from './candidates';
import { commemoratedEvents } from './anniversaries';
import { pageChromeLines } from './chrome';
import { extractEntities } from './entities';
import { scanLexicon } from './match';
import { opensRelative } from './modality';
import { normalizeArabic, toOriginalSpan, type NormalizedText } from './normalize';
import { segment, type Segmentation } from './segment';
import { within } from './spans';
import { findSpeakers } from './speakers';
import { shareFutureWithConjoined, tagMatches, verbStarts, verbsWithRootConjunctionLetter, withoutLookalikeReadings } from './tags';
import { dateUndated, planFutureDates } from './undated';

export interface ArticleAnalysis {
  article: ArticleInput;
  norm: NormalizedText;
  seg: Segmentation;
  candidates: Candidate[];
  /** «قال X» clauses that carry no trigger: mentions of whatever communication event X took part in. */
  speech: Candidate[];
  articleDate: EventDate | null;
  /** The index of the story's first sentence below its headlines and dateline, or null. */
  leadSentence: number | null;
  /** The people each headline names, by sentence index: a headline's own words say who its story is about. */
  headlinePeople: Map<number, Participant[]>;
}

export function analyseArticle(article: ArticleInput): ArticleAnalysis {
  const text = typeof article.text === 'string' ? article.text : '';
  const norm = normalizeArabic(text);
  const folded = norm.text;
  // Nothing on a line of the page's own words (its comment box, a prompt to subscribe) is read.
  const chrome = pageChromeLines(folded);
  const onChrome = (at: number) => chrome.some((l) => at >= l.start && at < l.end);
  const matches = withoutLookalikeReadings(scanLexicon(folded)).filter((m) => !onChrome(m.start));
  const verbAt = verbStarts(matches, folded);
  const speechAt = new Set(matches.filter((m) => m.entries.some((e) => e.kind === 'speech')).map((m) => m.start));
  const rootLetterAt = verbsWithRootConjunctionLetter(matches, folded);
  // Where a person's name the lexicon knows covers the text: the segmenter asks at every word.
  const inAName = new Uint8Array(folded.length + 1);
  for (const m of matches) if (m.entries.some((e) => e.kind === 'person')) inAName.fill(1, m.start, m.end);
  const seg = segment(folded, (s) => verbAt.has(s), (s) => speechAt.has(s), (s) => rootLetterAt.has(s), (s) => inAName[s] === 1);
  for (const s of seg.sentences) if (onChrome(s.start)) s.headline = false;
  const original = (s: number, e: number) => toOriginalSpan(norm, s, e);
  const sentenceOf = (pos: number) => seg.clauseAt(pos)?.sentence ?? -1;
  const inARelativeClause = (pos: number) => { const c = seg.clauseAt(pos); return c !== null && opensRelative(folded, c); };
  const entities = extractEntities(folded, matches, referenceDay(article.published), sentenceOf, (s, e) => { const o = original(s, e); return text.slice(o.start, o.end); }, inARelativeClause);
  const tags = tagMatches(folded, matches, entities);
  shareFutureWithConjoined(folded, seg, tags);
  entities.sort((a, b) => a.start - b.start);
  const ctx: ArticleContext = { article, text, folded, seg, entities, tags, original };

  const dates = dateArticle(article, text, norm, seg, tags, entities.filter((e) => e.kind === 'person'));
  const speakers = findSpeakers(ctx, dates);
  const candidates = buildCandidates(ctx, dates, speakers);
  // What someone had said on a day of its own («وكان … قد أكد في الأسبوع المنصرم») is an event, not a source.
  for (const said of speakers.speech.filter((x) => !x.attachOnly)) candidates.push({ ...said, order: Math.max(-1, ...candidates.map((c) => c.order)) + 1 });
  dateUndated(candidates, dates.lead, dates.publication);
  planFutureDates(candidates, dates.publication);
  lastVisitsBefore(ctx, dates, candidates);
  purposeTakesTheCourse(ctx.folded, candidates);
  candidates.push(...commemoratedEvents(folded, candidates, (s, e) => { const o = original(s, e); return text.slice(o.start, o.end); }));
  // Whether the clause of a position names a person, or an office someone holds.
  const namesSomeone = (at: number) => {
    const cl = seg.clauseAt(at);
    return cl !== null && matches.some((m) => m.start >= cl.start && m.end <= cl.end && m.entries.some((e) => e.kind === 'person' || (e.kind === 'title' && e.role !== 'honorific')));
  };
  travellerCarriesOn(candidates, namesSomeone);
  const headlinePeople = new Map(seg.sentences.filter((x) => x.headline).map((x) => {
    const people = within(entities, x.start, x.end).filter((e) => e.kind === 'person').map(toParticipant);
    return [x.index, [...new Map(people.map((p) => [participantKey(p), p])).values()]] as [number, Participant[]];
  }));
  return { article, norm, seg, candidates, speech: speakers.speech.filter((x) => x.attachOnly), articleDate: dates.lead ?? dates.publication, leadSentence: dates.leadSentence, headlinePeople };
}

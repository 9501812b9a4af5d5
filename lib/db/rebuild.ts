import { eq, sql } from 'drizzle-orm';
import { pushTo } from '@/lib/collections';
import type { ExtractedEvent } from '@/lib/domain/event';
import { articleReports, type Report } from '@/lib/extract';
import { eventOf, planMerge, reportId } from '@/lib/extract/corpus-merge';
import { assignIds } from '@/lib/extract/ids';
import { setAsideOutOfBounds, type SetAsideDate } from '@/lib/ingest/date-bounds';
import type { Queryable } from './client';
import { recordReplacedIds } from './aliases';
import { listArticles, toArticleInput } from './articles';
import { engineVersion } from './engine-version';
import { replaceAllEvents } from './events';
import { insertReports, placementOf, stampAnalyses } from './report-rows';
import { articleAnalyses, eventMentions, eventReports, events as eventsTable } from './schema';

export interface RebuildResult {
  events: ExtractedEvent[];
  /** Events kept undated because their date fell outside what may be stored. */
  setAside: SetAsideDate[];
  /** Ids of events that vanished with nothing to redirect to: their permalinks now answer 410. */
  retired: string[];
}

/**
 * Derives every event again from every article's reports and replaces what is stored: reports, events, summaries.
 * `analyses` gives reports already made (by `npm run reextract`'s staging); other articles are analysed here. Call
 * inside a transaction holding the corpus alone (write-locks.ts lockCorpus). Refuses a database whose events a
 * synthetic generator wrote: there is no analysis to derive them from.
 */
export async function rebuildEvents(db: Queryable, analyses = new Map<string, Report[]>(), retiredNote = 'The articles that reported this event no longer yield it.'): Promise<RebuildResult> {
  const [generated] = await db.select({ n: sql<number>`count(*)::int` }).from(articleAnalyses).where(eq(articleAnalyses.engineVersion, 'generated'));
  if ((generated?.n ?? 0) > 0) throw new Error('This database holds generated synthetic events, which no analysis can derive again; build it through the ingest path (npm run seed:synthetic -- --engine) instead.');
  const stored = await listArticles(db);
  const texts = new Map(stored.map((a) => [a.id, a.text]));
  const reports = stored.flatMap((a) => analyses.get(a.id) ?? articleReports(toArticleInput(a)));
  const plan = planMerge(reports);
  const made = plan.grouping.groups.map((group) => {
    const event = eventOf(group.map((item) => item.report));
    for (const m of event.mentions) m.quote = (texts.get(m.articleId) ?? '').slice(m.start, m.end);
    return event;
  });
  const bounded = setAsideOutOfBounds(made, stored.map((a) => ({ id: a.id, published: a.published, stored: a.ingestedAt.toISOString().slice(0, 10) })));
  assignIds(bounded.events);

  const replaced = await db.select({ id: eventsTable.id, titleEn: eventsTable.titleEn, titleAr: eventsTable.titleAr }).from(eventsTable);
  const mentionKeys = new Map<string, string[]>();
  for (const m of await db.select({ eventId: eventMentions.eventId, articleId: eventMentions.articleId, start: eventMentions.start }).from(eventMentions)) {
    pushTo(mentionKeys, m.eventId, `${m.articleId}:${m.start}`);
  }
  await replaceAllEvents(db, bounded.events);
  await db.delete(eventReports);
  const eventIdOf = new Map<unknown, string>();
  plan.grouping.groups.forEach((group, i) => { for (const item of group) eventIdOf.set(item, bounded.events[i]!.id); });
  await insertReports(
    db,
    plan.items.map((item) =>
      placementOf(item, {
        parentId: plan.parent.get(item) ? reportId(plan.parent.get(item)!.report) : null,
        treeId: reportId(plan.grouping.tree.get(item)!.report),
        eventId: eventIdOf.get(item)!,
      }),
    ),
  );
  await stampAnalyses(db, stored.map((a) => a.id), engineVersion());
  const retired = await recordReplacedIds(db, replaced.map((e) => ({ ...e, mentionKeys: mentionKeys.get(e.id) ?? [] })), bounded.events, bounded.events.map((e) => e.id), retiredNote);
  return { events: bounded.events, setAside: bounded.setAside.map(({ event, ...rest }) => ({ eventId: event.id, ...rest })), retired };
}

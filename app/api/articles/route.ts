import { NextResponse, type NextRequest } from 'next/server';
import { getArticle, listArticleSummaries } from '@/lib/db/articles';
import { eventsOfArticle } from '@/lib/db/event-queries';
import { articleFromSubmission, ingestArticle } from '@/lib/db/ingest';
import { enqueueArticles, jobsAhead } from '@/lib/db/jobs';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { MAX_TEXT_BYTES } from '@/lib/ingest/validate';
import { getDb } from '@/lib/server/db';
import { refuseUnlessAllowed } from '@/lib/server/guard';
import { readSubmission } from '@/lib/server/json-body';
import { drainQueue, shouldQueue } from '@/lib/server/ingest-queue';
import { handled } from '@/lib/server/route';
import { articleSummary } from './summary';

export const dynamic = 'force-dynamic';

export const GET = handled(async () => {
  const rows = await listArticleSummaries(await getDb(), 10_000);
  return NextResponse.json({ articles: rows.map(articleSummary) });
});

export const POST = handled(async (request: NextRequest) => {
  const refused = refuseUnlessAllowed(request, 'write', { body: true });
  if (refused) return refused;
  const submission = await readSubmission(request, MAX_TEXT_BYTES);
  if (!submission.ok) return submission.response;
  const db = await getDb();
  if (await shouldQueue(db, submission.value.text)) {
    const { ids, present } = await enqueueArticles(db, [{ article: articleFromSubmission(submission.value), origin: 'api' }]);
    const stored = present[0]?.articleId ? await getArticle(db, present[0].articleId) : null;
    if (stored) {
      return NextResponse.json(
        { created: false, article: { ...articleSummary(stored), text: stored.text }, events: await eventsOfArticle(db, stored.id), warnings: [] },
        { status: 200, headers: { Location: `/api/articles/${encodeURIComponent(stored.id)}` } },
      );
    }
    const id = ids[0]!;
    const ahead = await jobsAhead(db, id);
    void drainQueue(db);
    const statusUrl = `/api/jobs/${id}`;
    return NextResponse.json({ status: 'queued', job: id, ahead, statusUrl }, { status: 202, headers: { Location: statusUrl } });
  }
  const result = await ingestArticle(db, submission.value);
  const warnings = result.setAside.map((s) => ({ field: 'text', message: setAsideMessage(s) }));
  return NextResponse.json(
    { created: result.created, article: { ...articleSummary(result.article), text: result.article.text }, events: result.events, warnings },
    { status: result.created ? 201 : 200, headers: { Location: `/api/articles/${encodeURIComponent(result.article.id)}` } },
  );
});

import { NextResponse, type NextRequest } from 'next/server';
import { listArticleSummaries } from '@/lib/db/articles';
import { ingestArticle } from '@/lib/db/ingest';
import { setAsideMessage } from '@/lib/ingest/date-bounds';
import { MAX_TEXT_BYTES } from '@/lib/ingest/validate';
import { getDb } from '@/lib/server/db';
import { refuseUnlessAllowed } from '@/lib/server/guard';
import { readSubmission } from '@/lib/server/json-body';
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
  const result = await ingestArticle(await getDb(), submission.value);
  const warnings = result.setAside.map((s) => ({ field: 'text', message: setAsideMessage(s) }));
  return NextResponse.json(
    { created: result.created, article: { ...articleSummary(result.article), text: result.article.text }, events: result.events, warnings },
    { status: result.created ? 201 : 200, headers: { Location: `/api/articles/${encodeURIComponent(result.article.id)}` } },
  );
});

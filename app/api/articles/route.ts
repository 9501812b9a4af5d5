import { NextResponse, type NextRequest } from 'next/server';
import { listArticleSummaries } from '@/lib/db/articles';
import { ingestArticle } from '@/lib/db/ingest';
import { getDb } from '@/lib/server/db';
import { readSubmission } from '@/lib/server/json-body';
import { refuseUnlessWriter } from '@/lib/server/write-access';
import { articleSummary } from './summary';

export const dynamic = 'force-dynamic';

export async function GET() {
  const rows = await listArticleSummaries(await getDb(), 10_000);
  return NextResponse.json({ articles: rows.map(articleSummary) });
}

export async function POST(request: NextRequest) {
  const refused = refuseUnlessWriter(request);
  if (refused) return refused;
  const submission = await readSubmission(request);
  if (!submission.ok) return submission.response;
  const result = await ingestArticle(await getDb(), submission.value);
  return NextResponse.json(
    { created: result.created, article: { ...articleSummary(result.article), text: result.article.text }, events: result.events },
    { status: result.created ? 201 : 200, headers: { Location: `/api/articles/${result.article.id}` } },
  );
}

import { NextResponse } from 'next/server';
import { getJob, jobsAhead, type JobResult } from '@/lib/db/jobs';
import { problemResponse } from '@/lib/http/problem';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** What became of a queued submission (POST /api/articles answered 202 with this address). */
export const GET = handled(async (_request: Request, { params }: Context) => {
  const raw = (await params).id;
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  const db = await getDb();
  const job = id ? await getJob(db, id) : null;
  if (!job) return problemResponse(404, [{ field: 'id', message: 'no ingest job with this id' }]);
  if (job.status === 'queued') return NextResponse.json({ status: 'queued', job: job.id, ahead: await jobsAhead(db, job.id) }, { headers: { 'Retry-After': '1' } });
  if (job.status === 'failed') return NextResponse.json({ status: 'failed', job: job.id, error: job.error });
  const result = job.result as JobResult;
  const articleUrl = `/api/articles/${encodeURIComponent(job.articleId!)}`;
  return NextResponse.json({
    status: 'done',
    job: job.id,
    created: job.outcome === 'added',
    article: { id: job.articleId, url: articleUrl },
    eventIds: result.eventIds,
    warnings: result.warnings.map((message) => ({ field: 'text', message })),
  });
});

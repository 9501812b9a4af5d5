import { NextResponse, type NextRequest } from 'next/server';
import { parsePublished } from '@/lib/domain/published';
import { extractArticle } from '@/lib/extract';
import { MAX_PREVIEW_TEXT_BYTES } from '@/lib/ingest/validate';
import { refuseUnlessAllowed } from '@/lib/server/guard';
import { readSubmission } from '@/lib/server/json-body';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The events the engine finds in a submitted article, without storing anything; smaller texts, fewer per client. */
export const POST = handled(async (request: NextRequest) => {
  const refused = refuseUnlessAllowed(request, 'preview', { body: true });
  if (refused) return refused;
  const submission = await readSubmission(request, MAX_PREVIEW_TEXT_BYTES);
  if (!submission.ok) return submission.response;
  const { text, published } = submission.value;
  const events = extractArticle({
    id: 'preview',
    file: 'preview',
    text,
    published: published ? parsePublished(published) : null,
  });
  return NextResponse.json({ events });
});

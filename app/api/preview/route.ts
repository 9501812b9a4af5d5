import { NextResponse, type NextRequest } from 'next/server';
import { parsePublished } from '@/lib/domain/published';
import { extractArticle } from '@/lib/extract';
import { readSubmission } from '@/lib/server/json-body';

export const dynamic = 'force-dynamic';

/** The events the engine finds in a submitted article, without storing anything. */
export async function POST(request: NextRequest) {
  const submission = await readSubmission(request);
  if (!submission.ok) return submission.response;
  const { text, published } = submission.value;
  const events = extractArticle({
    id: 'preview',
    file: 'preview',
    text,
    published: published ? parsePublished(published) : null,
  });
  return NextResponse.json({ events });
}

import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { MAX_TEXT_BYTES, validateSubmission, type ArticleSubmission } from '@/lib/ingest/validate';

/** Room for the other fields and JSON escaping around a text at the limit. */
const MAX_BODY_BYTES = MAX_TEXT_BYTES * 2 + 64_000;

function tooLarge(): NextResponse {
  return NextResponse.json(
    { error: `An article's text may be at most ${MAX_TEXT_BYTES} bytes (1 MB).`, errors: [{ field: 'text', message: `larger than ${MAX_TEXT_BYTES} bytes` }] },
    { status: 413 },
  );
}

/** Reads and validates a submitted article; any problem becomes a 400 or 413 answer naming the fields. */
export async function readSubmission(request: NextRequest): Promise<{ ok: true; value: ArticleSubmission } | { ok: false; response: NextResponse }> {
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return { ok: false, response: tooLarge() };
  const raw = await request.text();
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) return { ok: false, response: tooLarge() };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      response: NextResponse.json({ error: `The body is not valid JSON: ${(error as Error).message}`, errors: [{ field: '(body)', message: 'malformed JSON' }] }, { status: 400 }),
    };
  }
  const checked = validateSubmission(body);
  if (checked.ok) return checked;
  return {
    ok: false,
    response: NextResponse.json({ error: checked.errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors: checked.errors }, { status: checked.status }),
  };
}

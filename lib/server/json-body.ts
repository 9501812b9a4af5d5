import 'server-only';
import type { NextResponse } from 'next/server';
import { isoToday } from '@/lib/domain/date-limits';
import { problemResponse } from '@/lib/http/problem';
import { validateSubmission, type ArticleSubmission } from '@/lib/ingest/validate';

/** JSON may write every UTF-16 unit of a text as a six-byte \uXXXX escape; the rest is room for the other fields. */
function maxBodyBytes(maxTextBytes: number): number {
  return maxTextBytes * 6 + 64_000;
}

function tooLarge(maxTextBytes: number): NextResponse {
  return problemResponse(413, [{ field: 'text', message: `the request is larger than any article of at most ${maxTextBytes} bytes (${maxTextBytes / 1_000_000} MB) could be` }]);
}

/** The body's bytes, or null as soon as there are more than `max` of them (a missing Content-Length hides nothing). */
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads and validates a submitted article; any problem becomes a 400 or 413 answer naming the fields. The size limit
 * is measured on the decoded text, so the same article is accepted however its JSON escapes it.
 */
export async function readSubmission(request: Request, maxTextBytes: number): Promise<{ ok: true; value: ArticleSubmission } | { ok: false; response: NextResponse }> {
  const maxBody = maxBodyBytes(maxTextBytes);
  if (Number(request.headers.get('content-length') ?? '0') > maxBody) return { ok: false, response: tooLarge(maxTextBytes) };
  const bytes = await readCapped(request, maxBody);
  if (!bytes) return { ok: false, response: tooLarge(maxTextBytes) };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `malformed JSON (${error.message})` : 'not UTF-8';
    return { ok: false, response: problemResponse(400, [{ field: '(body)', message: reason }]) };
  }
  const checked = validateSubmission(body, { today: isoToday(), maxTextBytes });
  if (checked.ok) return checked;
  return { ok: false, response: problemResponse(checked.status, checked.errors) };
}

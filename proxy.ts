import { NextResponse, type NextRequest } from 'next/server';
import { publicReadHeaders } from '@/lib/http/cors';
import { htmlResponse } from '@/lib/http/html-page';
import { problemResponse, type FieldProblem } from '@/lib/http/problem';
import { isMalformedPath, queryProblems } from '@/lib/http/request-shape';
import { COMMON_SECURITY_HEADERS, DOCUMENT_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from '@/lib/http/security-headers';
import { pageUnavailable } from '@/lib/server/page-gate';
import { failureResponse } from '@/lib/server/route';

/** Files the build serves as they are: they get the common headers and nothing else is asked of them. */
const STATIC = /^\/(_next\/|icon\.svg$|favicon\.ico$|robots\.txt$|manifest\.webmanifest$)/;

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function secured(response: Response, policy = DOCUMENT_CONTENT_SECURITY_POLICY): Response {
  return withHeaders(response, { ...COMMON_SECURITY_HEADERS, 'Content-Security-Policy': policy });
}

/** A refusal as the client reads it: JSON for the API, a short page for people. */
function refusal(api: boolean, status: number, problems: FieldProblem[]): Response {
  if (api) return problemResponse(status, problems);
  const title = status === 404 ? 'Not found' : 'This address cannot be read';
  return htmlResponse(status, { title, paragraphs: problems.map((p) => `${p.field}: ${p.message}`), links: [{ href: '/', label: 'Back to the timeline' }] });
}

/**
 * Every request passes here before the app (Next.js's proxy): addresses that cannot name anything are refused,
 * query parameters are checked once for every route, pages are not attempted while the database is away or for
 * removed events, and every answer gets the security headers (pages their own script nonce); the read-only exports
 * also the header that lets other sites load them (lib/http/cors.ts).
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  if (STATIC.test(pathname)) return secured(NextResponse.next());
  const api = pathname.startsWith('/api/');
  if (isMalformedPath(pathname)) return secured(refusal(api, 404, [{ field: 'path', message: 'this address names nothing: it is not percent-encoded text, or holds control characters' }]));
  const readable = publicReadHeaders(request.method, pathname);
  const problems = queryProblems(searchParams);
  if (problems.length) return withHeaders(secured(refusal(api, 400, problems)), readable);
  if (api) return withHeaders(secured(NextResponse.next()), readable);
  try {
    const unavailable = await pageUnavailable(pathname);
    if (unavailable) return secured(unavailable);
  } catch (error) {
    // The database went away between the probe and the look-up, or failed otherwise: say so as a page.
    const failed = failureResponse(error);
    const { error: message } = (await failed.json()) as { error: string };
    const retry = failed.headers.get('Retry-After');
    return secured(htmlResponse(failed.status, { title: 'The timeline is unavailable', paragraphs: [message] }, retry ? { 'Retry-After': retry } : undefined));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from the policy it finds on the request and puts it on the scripts it writes.
  headers.set('Content-Security-Policy', policy);
  return secured(NextResponse.next({ request: { headers } }), policy);
}

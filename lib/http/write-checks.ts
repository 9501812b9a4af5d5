import type { FieldProblem } from './problem';

/**
 * Whether a write comes from a page of this app: a browser names the page's origin in Origin and says in
 * Sec-Fetch-Site how it relates to the target. Programs (curl, scripts) send neither and are judged by their token.
 */
export function crossSiteProblem(headers: Headers, ownOrigin: string): FieldProblem | null {
  const origin = headers.get('origin');
  if (origin !== null && origin !== ownOrigin) {
    return { field: 'Origin', message: `writes are accepted only from this app's own pages (${ownOrigin}), not from ${origin.slice(0, 200)}` };
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return { field: 'Sec-Fetch-Site', message: `a ${site.slice(0, 40)} request cannot write; writes are accepted only from this app's own pages` };
  }
  return null;
}

/** Writes carry JSON: a form another site posts as text/plain or urlencoded is not one. */
export function contentTypeProblem(headers: Headers): FieldProblem | null {
  const type = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { field: 'Content-Type', message: `must be application/json${type ? `, not ${type.slice(0, 100)}` : ''}` };
}

import 'server-only';
import { isDatabaseUnavailable, isQueryTimeout } from '@/lib/db/availability';
import { problemResponse } from '@/lib/http/problem';
import { RETRY_AFTER_SECONDS } from './db';
import { serverSettings } from './settings';

/** The answer to a request that failed: the database away or too slow is a 503 to retry; anything else is logged. */
export function failureResponse(error: unknown): Response {
  const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
  if (isDatabaseUnavailable(error)) {
    return problemResponse(503, [{ field: '(database)', message: `the database is unavailable; try again in ${RETRY_AFTER_SECONDS} s` }], retry);
  }
  if (isQueryTimeout(error)) {
    const ms = serverSettings().readTimeoutMs;
    return problemResponse(503, [{ field: '(database)', message: `the query ran longer than the ${ms} ms the server allows; narrow the view, or try again in ${RETRY_AFTER_SECONDS} s` }], retry);
  }
  console.error(error);
  return problemResponse(500, [{ field: '(server)', message: 'an unexpected error, which the server has logged' }]);
}

/** A route handler whose failures are answered (see failureResponse) rather than left as an empty 500. */
export function handled<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return failureResponse(error);
    }
  };
}

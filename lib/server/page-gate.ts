import 'server-only';
import { retiredEvent } from '@/lib/db/aliases';
import { htmlResponse } from '@/lib/http/html-page';
import { readId } from '@/lib/http/request-shape';
import { RETRY_AFTER_SECONDS, getDb, probeDatabase } from './db';

const BACK = [{ href: '/', label: 'Back to the timeline' }];

/** The answer for a page that cannot be drawn now: the database away (503) or a removed event (410); null to go on. */
export async function pageUnavailable(pathname: string): Promise<Response | null> {
  const reachable = await probeDatabase();
  if (!reachable.reachable) {
    return htmlResponse(
      503,
      { title: 'The timeline is unavailable', paragraphs: [`Its database does not answer (${reachable.message}).`, `Try again in a few seconds; this page asks browsers to retry after ${RETRY_AFTER_SECONDS} s.`], links: BACK },
      { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    );
  }
  const event = /^\/events\/([^/]+)$/.exec(pathname);
  const id = event ? readId(decodeURIComponent(event[1]!)) : null;
  const gone = id ? await retiredEvent(await getDb(), id) : null;
  if (!gone) return null;
  return htmlResponse(410, {
    title: `Removed: ${gone.titleEn}`,
    paragraphs: [gone.titleAr, `This event is no longer in the timeline (since ${gone.retiredAt.toISOString().slice(0, 10)}). ${gone.note}`],
    links: BACK,
  });
}

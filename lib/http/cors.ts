/**
 * The read-only answers other sites may load: the events of a view in every export format, one event, and the chart
 * of a view. TimelineJS on another site loads the export's address directly; nothing here needs credentials, and
 * no write is among them (writes keep their same-origin checks).
 */
const PUBLIC_READS = /^\/api\/(events(\/[^/]+)?|snapshot)$/;

/** Headers that let any site read such an answer (the `Link` of the next page and the file name included). */
export function publicReadHeaders(method: string, pathname: string): Record<string, string> {
  if ((method !== 'GET' && method !== 'HEAD') || !PUBLIC_READS.test(pathname)) return {};
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Link, Content-Disposition' };
}

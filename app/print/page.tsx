import type { Metadata } from 'next';
import { entityNames } from '@/lib/db/entities';
import { countMatching, type EventRecord } from '@/lib/db/event-queries';
import { loadSnapshot } from '@/lib/db/snapshot';
import { filtersOf, parseViewState, viewStateToSearch } from '@/lib/domain/filters';
import { formatDay, formatTimestamp } from '@/lib/format/dates';
import { formatPublished } from '@/lib/format/publication';
import { directionOf, messagesFor, type Locale, type Messages } from '@/lib/i18n/messages';
import { printMessagesFor, type PrintMessages } from '@/lib/i18n/print';
import { describeFilters } from '@/lib/print/describe';
import { layoutChart, type LayoutOptions } from '@/lib/print/layout';
import { documentLink, shareableOrigin } from '@/lib/print/links';
import { measureText } from '@/lib/print/measure';
import { pageStyle, shorten } from '@/lib/print/page-style';
import { ORIENTATIONS, PAPERS, printableWidthPx, readPaper } from '@/lib/print/paper';
import { renderChartSvg, renderSwatch } from '@/lib/print/svg';
import { getDb } from '@/lib/server/db';
import { serverSettings } from '@/lib/server/settings';
import { currentLocale } from '@/lib/server/locale';
import { requestOrigin } from '@/lib/server/origin';
import { legend } from '@/lib/timeline/legend';
import { dateLabel, eventTitle } from '@/lib/timeline/items';
import PrintButton from './PrintButton';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline snapshot' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A print-ready snapshot of a view, rendered entirely on the server, chart included, so it needs no JavaScript:
 * the paper and its orientation are chosen on the page (and kept in its address), every page carries the title,
 * window, filters and page number, and the list cites every source as an analyst would. In Arabic everything reads
 * right to left, the chart's time included. A view holding more events than a snapshot shows says so and links to
 * its export instead.
 */
export default async function PrintPage({ searchParams }: Props) {
  const params = await searchParams;
  const view = parseViewState(params);
  const choice = readPaper(params);
  const locale = await currentLocale();
  const direction = directionOf(locale);
  const t = messagesFor(locale);
  const p = printMessagesFor(locale);
  const db = await getDb();
  const [snapshot, undated] = await Promise.all([loadSnapshot(db, view), countMatching(db, { ...filtersOf(view), dated: false })]);
  const { window } = snapshot;
  const origin = shareableOrigin(await requestOrigin());
  const windowSearch = viewStateToSearch({ ...view, from: window.start, to: window.end, event: null });
  const names = new Map([...(await entityNames(db, view.participants))].map(([id, name]) => [id, name[locale]]));
  const filters = describeFilters(view, t, names, locale);
  const windowText = p.window(formatDay(window.start, locale), formatDay(window.end, locale));
  const events = snapshot.fits ? snapshot.events : [];
  const style = pageStyle(choice, {
    head: `${t.appName} · ${p.heading} · ${windowText}`,
    filters: shorten(filters.join(' · '), 110),
    pageWords: p.pageWords,
    direction,
  });
  const link = (path: string) => documentLink(origin, path);
  const comma = locale === 'ar' ? '، ' : ', ';
  const paperParams = Object.fromEntries(new URLSearchParams(windowSearch));

  return (
    <div className="print-snapshot space-y-4 bg-white text-black" dir={direction} lang={locale} data-testid="snapshot" data-paper={choice.paper} data-orientation={choice.orientation}>
      <style>{style}</style>
      <form method="get" action="/print" className="flex flex-wrap items-end gap-3 rounded border border-stone-300 p-3 text-sm print:hidden" data-testid="paper-form">
        {Object.entries(paperParams).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col">
          {p.paper}
          <select name="paper" defaultValue={choice.paper} className="rounded border border-stone-300 px-2 py-1" data-testid="paper">
            {PAPERS.map((paper) => <option key={paper} value={paper}>{p.papers[paper]}</option>)}
          </select>
        </label>
        <label className="flex flex-col">
          {p.orientation}
          <select name="orientation" defaultValue={choice.orientation} className="rounded border border-stone-300 px-2 py-1" data-testid="orientation">
            {ORIENTATIONS.map((orientation) => <option key={orientation} value={orientation}>{p.orientations[orientation]}</option>)}
          </select>
        </label>
        <button type="submit" className="btn" data-testid="paper-apply">{p.apply}</button>
        <PrintButton label={p.print} />
        {serverSettings().pdfChromium && (
          <a className="btn" href={`/print/pdf?${new URLSearchParams({ ...paperParams, ...choice })}`} download data-testid="download-pdf">
            {p.downloadPdf}
          </a>
        )}
      </form>

      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t.appName}: {p.heading}</h1>
        <p className="text-base" data-testid="snapshot-window"><bdi>{windowText}</bdi></p>
        <p className="text-sm font-semibold" data-testid="snapshot-count">
          {snapshot.fits ? p.eventCount(events.length) : t.printTooMany(snapshot.more).replace(/:$/, '.')}
        </p>
        <p className="text-sm">{p.takenAt(formatTimestamp(new Date(), locale))}</p>
        <ul className="text-sm" aria-label={p.filters} data-testid="snapshot-filters">
          {filters.map((line) => <li key={line}><bdi>{line}</bdi></li>)}
        </ul>
        {undated.n > 0 && <p className="text-xs text-stone-700">{p.undatedCount(undated.n, undated.exact)}</p>}
        {!origin && <p className="text-xs text-stone-700" data-testid="relative-links">{p.relativeLinks}</p>}
      </header>

      {snapshot.fits ? (
        <>
          <figure className="snapshot-chart" aria-label={p.chart}>
            {events.length ? (
              <SnapshotChart
                events={events}
                layout={{ lanes: view.lanes, locale, window, width: printableWidthPx(choice), numbers: snapshot.numbers }}
                title={`${p.chart}: ${windowText}`}
              />
            ) : (
              <p>{p.noEvents}</p>
            )}
            <figcaption className="mt-2 space-y-1 text-xs break-inside-avoid" data-testid="legend">
              <p className="font-semibold">{p.legend}</p>
              {legend([...new Set(events.map((event) => event.type))]).map((section) => (
                <div key={section.key} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <span className="font-semibold">{section.heading[locale]}:</span>
                  {section.entries.map((entry) => (
                    <span key={entry.key} className="inline-flex items-center gap-1" data-legend={entry.key}>
                      <span dangerouslySetInnerHTML={{ __html: renderSwatch(entry.swatch, `legend-${entry.key}`) }} />
                      {entry.label[locale]}
                    </span>
                  ))}
                </div>
              ))}
              <p>{p.numbersRefer} {p.callouts}</p>
            </figcaption>
          </figure>
          <ol className="snapshot-list space-y-2 text-sm" data-testid="snapshot-list" aria-label={p.list}>
            <SnapshotRows events={events} start={0} row={{ locale, t, p, comma, link }} />
          </ol>
        </>
      ) : (
        <section className="space-y-2" data-testid="snapshot-too-large">
          <p>{t.printTooMany(snapshot.more)}</p>
          <p className="flex gap-2">
            {(['csv', 'json'] as const).map((format) => (
              <a key={format} className="btn" href={`/api/events${windowSearch ? `${windowSearch}&` : '?'}format=${format}`} download data-testid={`snapshot-export-${format}`}>
                {format.toUpperCase()}
              </a>
            ))}
          </p>
        </section>
      )}
      <footer className="border-t border-stone-400 pt-2 text-xs">
        {p.view}: <bdi dir="ltr" className="break-all" data-testid="view-permalink">{link(`/${windowSearch}`)}</bdi>
      </footer>
    </div>
  );
}

/** Lets the event loop take in what has arrived (other requests, their queries) before the work that follows. */
const giveWayToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The chart, laid out and drawn after a turn of the event loop: measuring every label and writing the SVG would
 * otherwise run straight after the snapshot's last query and before the list, all on the server's only thread (on
 * PGlite no other request is served meanwhile). The SVG is the same.
 */
async function SnapshotChart({ events, layout, title }: { events: EventRecord[]; layout: Omit<LayoutOptions, 'measure'>; title: string }) {
  await giveWayToOtherRequests();
  return <div dangerouslySetInnerHTML={{ __html: renderChartSvg(layoutChart(events, { ...layout, measure: measureText }), { title, idPrefix: 'snapshot' }) }} />;
}

/** Rows of the list built and rendered in one turn of the event loop. */
const ROWS_PER_TURN = 25;

/** What a row of the list says besides its event. */
interface RowWords {
  locale: Locale;
  t: Messages;
  p: PrintMessages;
  comma: string;
  link: (path: string) => string;
}

/**
 * The list's rows from `start` on, ROWS_PER_TURN at a time, each slice after a turn of the event loop: formatting
 * and rendering 150–300 rows with their sources in one go would keep the server's only thread for tens of
 * milliseconds, and on PGlite no other request (not even a permalink) is served meanwhile. The next slice is the
 * last child of this one, so the slices are built one after another and React renders each in a task of its own
 * once it has resolved; fragments add no markup, so the list is the same as one drawn at once.
 */
async function SnapshotRows({ events, start, row: { locale, t, p, comma, link } }: { events: EventRecord[]; start: number; row: RowWords }) {
  await giveWayToOtherRequests();
  const end = start + ROWS_PER_TURN;
  return (
    <>
      {events.slice(start, end).map((event, offset) => (
        <li key={event.id} className="snapshot-row border-t border-stone-300 pt-2" data-event={event.id}>
          <p className="font-semibold">
            {start + offset + 1}. <bdi>{dateLabel(event, locale)}</bdi> ({p.precision}: {t.precisions[event.date!.precision]}) — <bdi>{eventTitle(event, locale)}</bdi>
            {event.modality !== 'occurred' && <> [{t.modalities[event.modality]}]</>}
          </p>
          <p lang={locale === 'ar' ? 'en' : 'ar'} dir={locale === 'ar' ? 'ltr' : 'rtl'}>{locale === 'ar' ? event.title.en : event.title.ar}</p>
          {event.participants.length > 0 && (
            <p>
              {p.participants}: {event.participants.map((person, i) => (
                <span key={person.entityId}>{i > 0 && comma}<bdi>{locale === 'ar' ? person.nameAr : person.nameEn}</bdi></span>
              ))}
            </p>
          )}
          <p className="font-semibold">{p.sources}:</p>
          <ul className="ps-4" data-testid="snapshot-sources">
            {event.sources.map((source) => (
              <li key={source.id} className="snapshot-source">
                <bdi>{source.outlet ?? p.outletNotRecorded}</bdi>{comma}«<bdi lang="ar">{source.title}</bdi>»
                {locale === 'en' && source.titleEn && <> (<bdi>{source.titleEn}</bdi>)</>}{comma}{p.published} <bdi>{formatPublished(source.published, source.publishedPrecision, locale)}</bdi>
                {' — '}
                {source.url ? <>{p.original}: <bdi dir="ltr" className="break-all">{source.url}</bdi></> : p.noAddress}
              </li>
            ))}
          </ul>
          <p className="text-xs">
            {p.permalink}: <bdi dir="ltr" className="break-all" data-testid="event-permalink">{link(`/events/${encodeURIComponent(event.id)}`)}</bdi>
          </p>
        </li>
      ))}
      {end < events.length && <SnapshotRows events={events} start={end} row={{ locale, t, p, comma, link }} />}
    </>
  );
}

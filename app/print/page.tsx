import type { Metadata } from 'next';
import { entityNames } from '@/lib/db/entities';
import { loadSnapshot } from '@/lib/db/snapshot';
import { parseViewState, viewStateToSearch } from '@/lib/domain/filters';
import { formatPublished } from '@/lib/format/publication';
import { messagesFor } from '@/lib/i18n/messages';
import { describeFilters } from '@/lib/print/describe';
import { renderTimelineSvg } from '@/lib/print/svg';
import { getDb } from '@/lib/server/db';
import { currentLocale } from '@/lib/server/locale';
import { requestOrigin } from '@/lib/server/origin';
import { dateLabel, eventTitle } from '@/lib/timeline/items';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline snapshot' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const PAPER = { a4: 'A4', letter: 'letter' } as const;

/**
 * A print-ready snapshot of a view: rendered entirely on the server, chart included, so it needs no JavaScript.
 * A view holding more events than a snapshot shows says so and links to its export instead.
 */
export default async function PrintPage({ searchParams }: Props) {
  const params = await searchParams;
  const view = parseViewState(params);
  const paper = PAPER[(params.paper === 'letter' ? 'letter' : 'a4') as keyof typeof PAPER];
  const orientation = params.orientation === 'portrait' ? 'portrait' : 'landscape';
  const locale = await currentLocale();
  const t = messagesFor(locale);
  const db = await getDb();
  const snapshot = await loadSnapshot(db, view);
  const { window } = snapshot;
  const origin = await requestOrigin();
  const search = viewStateToSearch({ ...view, from: window.start, to: window.end, event: null });
  const permalink = `${origin}/${search}`;
  const names = new Map([...(await entityNames(db, view.participants))].map(([id, name]) => [id, name[locale]]));
  const takenAt = new Date().toISOString().replace('T', ' ').slice(0, 16);
  const events = snapshot.fits ? snapshot.events : [];

  return (
    <div className="print-snapshot space-y-4 bg-white text-black" data-testid="snapshot">
      <style>{`@page { size: ${paper} ${orientation}; margin: 12mm; }`}</style>
      <header>
        <h1 className="text-2xl font-semibold">{t.appName}</h1>
        <p className="text-sm">
          {window.start} – {window.end} · snapshot taken {takenAt} UTC · {snapshot.fits ? events.length : `${snapshot.more}+`} events
        </p>
        <ul className="text-sm">
          {describeFilters(view, t, names).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </header>
      {snapshot.fits ? (
        <>
          <figure className="snapshot-chart">
            <div dangerouslySetInnerHTML={{ __html: renderTimelineSvg(events, { lanes: view.lanes, locale, window, numbers: snapshot.numbers, width: orientation === 'landscape' ? 1000 : 700 }) }} />
            <figcaption className="mt-2 flex flex-wrap gap-4 text-xs" data-testid="legend">
              <span>● exact day</span>
              <span>▨ month, quarter, half-year or year (fainter when vaguer)</span>
              <span>┄ planned (outlined, dashed)</span>
              <span>≈ approximate</span>
              <span>Numbers refer to the list below.</span>
            </figcaption>
          </figure>
          <ol className="snapshot-list space-y-2 text-sm" data-testid="snapshot-list">
            {events.map((event, index) => (
              <li key={event.id} className="snapshot-row border-t border-stone-300 pt-2">
                <p className="font-semibold">
                  {index + 1}. {dateLabel(event, locale)} ({t.precisions[event.date!.precision]}) — {eventTitle(event, locale)}
                  {event.modality !== 'occurred' && ` [${t.modalities[event.modality]}]`}
                </p>
                <p lang="ar" dir="rtl">{locale === 'ar' ? event.title.en : event.title.ar}</p>
                {event.participants.length > 0 && (
                  <p>
                    {t.participants}: {event.participants.map((p) => (locale === 'ar' ? p.nameAr : p.nameEn)).join(', ')}
                  </p>
                )}
                <ul className="ps-4">
                  {event.sources.map((source) => (
                    <li key={source.id}>
                      {source.outlet ?? t.unknownOutlet}, {formatPublished(source.published, source.publishedPrecision)}:{' '}
                      <span className="break-all">{source.url ?? `local copy: ${origin}/articles/${source.id}`}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <section className="space-y-2" data-testid="snapshot-too-large">
          <p>{t.printTooMany(snapshot.more)}</p>
          <p className="flex gap-2">
            {(['csv', 'json'] as const).map((format) => (
              <a key={format} className="btn" href={`/api/events${search ? `${search}&` : '?'}format=${format}`} download data-testid={`snapshot-export-${format}`}>
                {format.toUpperCase()}
              </a>
            ))}
          </p>
        </section>
      )}
      <footer className="border-t border-stone-400 pt-2 text-xs">
        View: <span className="break-all" data-testid="view-permalink">{permalink}</span>
      </footer>
    </div>
  );
}

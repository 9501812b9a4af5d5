import type { Metadata } from 'next';
import { queryEvents } from '@/lib/db/event-queries';
import { parseViewState, viewStateToSearch } from '@/lib/domain/filters';
import { formatPublished } from '@/lib/format/publication';
import { messagesFor } from '@/lib/i18n/messages';
import { describeFilters } from '@/lib/print/describe';
import { snapshotOf } from '@/lib/print/snapshot';
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

/** A print-ready snapshot of a view: rendered entirely on the server, chart included, so it needs no JavaScript. */
export default async function PrintPage({ searchParams }: Props) {
  const params = await searchParams;
  const view = parseViewState(params);
  const paper = PAPER[(params.paper === 'letter' ? 'letter' : 'a4') as keyof typeof PAPER];
  const orientation = params.orientation === 'portrait' ? 'portrait' : 'landscape';
  const locale = await currentLocale();
  const t = messagesFor(locale);
  const db = await getDb();
  const all = await queryEvents(db, { ...view, from: null, to: null, dated: true });
  const { window, events, numbers } = snapshotOf(all, view);
  const svg = renderTimelineSvg(events, { lanes: view.lanes, locale, window, numbers, width: orientation === 'landscape' ? 1000 : 700 });
  const origin = await requestOrigin();
  const permalink = `${origin}/${viewStateToSearch({ ...view, from: window.start, to: window.end, event: null })}`;
  const names = new Map(all.flatMap((e) => e.participants.map((p) => [p.entityId, locale === 'ar' ? p.nameAr : p.nameEn] as const)));
  const takenAt = new Date().toISOString().replace('T', ' ').slice(0, 16);

  return (
    <div className="print-snapshot space-y-4 bg-white text-black" data-testid="snapshot">
      <style>{`@page { size: ${paper} ${orientation}; margin: 12mm; }`}</style>
      <header>
        <h1 className="text-2xl font-semibold">{t.appName}</h1>
        <p className="text-sm">
          {window.start} – {window.end} · snapshot taken {takenAt} UTC · {events.length} events
        </p>
        <ul className="text-sm">
          {describeFilters(view, t, names).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </header>
      <figure className="snapshot-chart">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
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
      <footer className="border-t border-stone-400 pt-2 text-xs">
        View: <span className="break-all" data-testid="view-permalink">{permalink}</span>
      </footer>
    </div>
  );
}

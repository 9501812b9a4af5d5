import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticleSummaries } from '@/lib/db/articles';
import { countMatching, getEvent, queryEventPage, queryEvents } from '@/lib/db/event-queries';
import { eventDensity } from '@/lib/db/density';
import { countFacets } from '@/lib/db/facets';
import { MAX_WINDOW_ITEMS, datedExtent, timelineWindow } from '@/lib/db/timeline-window';
import { countryName, countryNames } from '@/lib/domain/countries';
import { EVENT_TYPES, MODALITIES } from '@/lib/domain/event';
import { LANE_KINDS, filtersOf, parseViewState } from '@/lib/domain/filters';
import { formatPublished } from '@/lib/format/publication';
import { countText, messagesFor } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { readCache } from '@/lib/server/read-cache';
import { currentLocale } from '@/lib/server/locale';
import { describeFilters } from '@/lib/print/describe';
import { contextWindow, denseWindow, padWindow } from '@/lib/timeline/window';
import Legend from './_components/Legend';
import TimelineView from './_components/TimelineView';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Timeline' };

const LIST_PAGE = 100;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function TimelinePage({ searchParams }: Props) {
  const view = parseViewState(await searchParams);
  const locale = await currentLocale();
  const t = messagesFor(locale);
  const db = await getDb();
  const filters = filtersOf(view);
  const key = JSON.stringify(filters);
  const [span, selected, facets, undatedCount, articles] = await Promise.all([
    readCache.get(db, `extent:${key}`, () => datedExtent(db, filters)),
    view.event ? getEvent(db, view.event) : Promise.resolve(null),
    readCache.get(db, `facets:${key}`, () => countFacets(db, filters)),
    readCache.get(db, `undated:${key}`, () => countMatching(db, { ...filters, dated: false })),
    listArticleSummaries(db, 200),
  ]);
  const participantNames = new Map(facets.participants.map((p) => [p.id, locale === 'ar' ? p.nameAr : p.nameEn]));
  const extent = span ? padWindow(span.from, span.to) : null;
  const density = span ? await readCache.get(db, `density:${key}`, () => eventDensity(db, filters, span)) : null;
  // A link's own window is kept exactly (a missing edge is the whole span's); a link to one event opens around it;
  // otherwise the chart opens where the events are dense.
  const edges = view.from || view.to ? [view.from ?? extent?.from ?? view.to!, view.to ?? extent?.to ?? view.from!].sort() : null;
  const linked = edges ? { from: edges[0]!, to: edges[1]! } : null;
  const window = linked ?? (selected?.date ? contextWindow(selected.date) : density ? denseWindow(density) : null);
  const windowed = window ? { ...filters, ...window } : filters;
  const [chart, list, undated] = await Promise.all([
    window
      ? readCache.get(db, `window:${view.lanes}:${JSON.stringify({ ...filters, ...window })}`, () => timelineWindow(db, { ...filters, ...window }, view.lanes, MAX_WINDOW_ITEMS))
      : Promise.resolve({ total: 0, events: [], clusters: [] }),
    queryEventPage(db, { ...windowed, dated: true, limit: LIST_PAGE }),
    queryEvents(db, { ...filters, dated: false, limit: 50 }),
  ]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
      <h1 className="py-1 text-xl font-semibold">{t.timeline}</h1>

      {/* The chart comes first: the filters fold away behind a line that says which of them are active. */}
      <details className="filter-panel min-w-0 flex-1 basis-64 rounded border border-stone-200 bg-white print:hidden" data-testid="filter-panel">
        <summary className="cursor-pointer px-3 py-2 text-sm" data-testid="filter-toggle">
          <span className="font-semibold">{t.filters}</span>
          <span className="ms-2 text-stone-600" data-testid="filter-summary">{describeFilters(view, t, participantNames, locale).join(' · ')}</span>
        </summary>
      <form method="get" action="/" className="grid gap-3 border-t border-stone-200 p-3 text-sm md:grid-cols-4" aria-label={t.filters} data-testid="filters">
        <label className="flex flex-col gap-1 md:col-span-2">
          <span>{t.search}</span>
          <input type="search" name="q" defaultValue={view.q} placeholder={t.searchPlaceholder} className="rounded border border-stone-300 px-2 py-1" data-testid="search" />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.from}</span>
          <input type="date" name="from" defaultValue={view.from ?? ''} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.to}</span>
          <input type="date" name="to" defaultValue={view.to ?? ''} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <fieldset className="md:col-span-2">
          <legend className="mb-1">{t.type}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {EVENT_TYPES.filter((type) => facets.types.has(type) || view.types.includes(type)).map((type) => (
              <label key={type} className="flex items-center gap-1">
                <input type="checkbox" name="types" value={type} defaultChecked={view.types.includes(type)} />
                {t.types[type]} <span className="text-stone-600">({facets.types.get(type) ?? 0})</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="md:col-span-2">
          <legend className="mb-1">{t.modality}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {MODALITIES.map((modality) => (
              <label key={modality} className="flex items-center gap-1">
                <input type="checkbox" name="modalities" value={modality} defaultChecked={view.modalities.includes(modality)} />
                {t.modalities[modality]} <span className="text-stone-600">({facets.modalities.get(modality) ?? 0})</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col gap-1">
          <span>{t.participants}</span>
          <select name="participants" defaultValue={view.participants[0] ?? ''} className="rounded border border-stone-300 px-2 py-1" data-testid="participant-filter">
            <option value="">{t.any}</option>
            {facets.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {locale === 'ar' ? p.nameAr : p.nameEn} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.country}</span>
          <select name="countries" defaultValue={view.countries[0] ?? ''} className="rounded border border-stone-300 px-2 py-1">
            <option value="">{t.any}</option>
            {[...facets.countries.entries()].sort(([a], [b]) => countryName(a)[locale].localeCompare(countryName(b)[locale], locale)).map(([code, count]) => (
              <option key={code} value={code}>{countryName(code)[locale]} ({count})</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.lanes}</span>
          <select name="lanes" defaultValue={view.lanes} className="rounded border border-stone-300 px-2 py-1" data-testid="lanes">
            {LANE_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t.laneKinds[kind]}</option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn" data-testid="apply-filters">{t.apply}</button>
          <Link href="/" className="btn">{t.reset}</Link>
        </div>
      </form>
      </details>
      </div>

      <TimelineView
        key={JSON.stringify({ ...filters, event: null })}
        view={view}
        locale={locale}
        initialWindow={window}
        windowFromLink={linked !== null}
        extent={extent}
        density={density}
        legend={<Legend types={EVENT_TYPES.filter((type) => facets.types.has(type))} locale={locale} heading={t.legend} />}
        initialChart={chart}
        initialList={{ events: list.events, total: list.total.n, totalExact: list.total.exact }}
        initialSelected={selected}
        countries={countryNames(facets.countries.keys())}
      />

      {undatedCount.n > 0 && (
        <section aria-labelledby="undated-heading">
          <h2 id="undated-heading" className="mb-2 text-lg font-semibold">{t.undated} · {countText(undatedCount.n, undatedCount.exact)}</h2>
          <ul className="list-disc ps-6">
            {undated.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${encodeURIComponent(event.id)}`} className="text-blue-800 hover:underline">
                  {locale === 'ar' ? event.title.ar : event.title.en}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-2 text-lg font-semibold">{t.sources}</h2>
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="article-list">
          {articles.map((article) => (
            <li key={article.id} className="px-4 py-3">
              <Link href={`/articles/${article.id}`} className="block">
                <span lang="ar" dir="rtl" className="block font-[family-name:var(--font-arabic)] text-lg text-blue-800 hover:underline">{article.title}</span>
                {article.titleEn && <span lang="en" className="block text-sm text-stone-700">{article.titleEn}</span>}
              </Link>
              <span className="text-sm text-stone-600">
                <bdi>{article.outlet ?? t.unknownOutlet}</bdi> · <time dateTime={article.published ?? undefined}>{formatPublished(article.published, article.publishedPrecision, locale)}</time>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { EventRecord } from '@/lib/db/event-queries';
import type { WindowResult } from '@/lib/db/timeline-window';
import { filtersOf, parseViewState, viewStateToSearch, type ViewState } from '@/lib/domain/filters';
import type { CountryName } from '@/lib/domain/countries';
import { directionOf, messagesFor, type Locale } from '@/lib/i18n/messages';
import { formatMonth } from '@/lib/format/dates';
import { rangeToWindow, windowToRange, type DayWindow, type Density } from '@/lib/timeline/window';
import { independentOutlets } from '@/lib/timeline/outlets';
import { CLUSTER_PREFIX, clusterId, clustersToItems, dateLabel, eventTitle, toTimelineItems } from '@/lib/timeline/items';
import DensityStrip from './DensityStrip';
import { EventDetails } from './EventDetails';
import ExportLinks from './ExportLinks';
import type { TimelineChartHandle, WindowChange } from './TimelineChart';

const TimelineChart = dynamic(() => import('./TimelineChart'), {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-stone-500">…</div>,
});

interface Props {
  view: ViewState;
  locale: Locale;
  /** The window the chart opens on: the link's, one around the event it names, or where the events are dense. */
  initialWindow: DayWindow | null;
  /** Whether the link gave the window (`from`, `to`): then it is kept exactly, labels or not. */
  windowFromLink: boolean;
  /** The window that holds every dated event under the filters: "Show all". */
  extent: DayWindow | null;
  /** Events per period across the whole span: the strip above the chart. */
  density: Density | null;
  initialChart: WindowResult;
  initialList: EventPage;
  initialSelected: EventRecord | null;
  /** What the chart's colours and outlines mean, drawn under it. */
  legend: ReactNode;
  /** The names of the countries the view's events are in: lanes by country are named, not coded. */
  countries: Record<string, CountryName>;
}

const LIST_PAGE = 100;

/** Changes of the view closer together than this (an animation, a gesture, a quick walk) share one history entry. */
const HISTORY_STEP_MS = 600;

/** A page of the chronological list as /api/events answers it; `total` is a lower bound when not `totalExact`. */
interface EventPage {
  events: EventRecord[];
  total: number;
  totalExact: boolean;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/**
 * The interactive part of `/`: the chart, the details panel and the chronological list. The chart and the list
 * load only the visible window from the server as the analyst pans and zooms; the URL mirrors the view.
 */
export default function TimelineView({ view, locale, initialWindow, windowFromLink, extent, density, initialChart, initialList, initialSelected, legend, countries }: Props) {
  const t = messagesFor(locale);
  const rtl = directionOf(locale) === 'rtl';
  const chart = useRef<TimelineChartHandle>(null);
  const [visibleWindow, setVisibleWindow] = useState<DayWindow | null>(initialWindow);
  const [chartData, setChartData] = useState<WindowResult>(initialChart);
  const [list, setList] = useState(initialList);
  const [selected, setSelected] = useState<EventRecord | null>(initialSelected);
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(initialSelected?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  /** The URL carries the window once the link gave it or the analyst moved it; a fitted first window stays out of it. */
  const [windowInUrl, setWindowInUrl] = useState(windowFromLink);
  const firstWindow = useRef(true);
  /** Set when the page navigates away: the chart may still settle, and its URL update would cancel the navigation. */
  const leaving = useRef(false);
  /**
   * Whether the next change of the URL is a step the analyst made (a zoom or pan ended, a selection: a new history
   * entry) or the app settling (a fitted window, a restored one: the entry is updated in place).
   */
  const nextEntry = useRef<'push' | 'replace'>('replace');
  /** When the URL last changed: changes in quick succession (an animation, a gesture) make one history entry. */
  const lastUrlChange = useRef(0);
  /** The selection the keyboard's next step starts from: ahead of the state while a walk is on its way. */
  const selectedRef = useRef(selectedId);
  useEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);

  const { items, groups } = useMemo(
    () => (chartData.clusters.length > 0 ? clustersToItems(chartData.clusters, view.lanes, locale) : toTimelineItems(chartData.events, view.lanes, locale, countries)),
    [chartData, view.lanes, locale, countries],
  );

  const searchFor = useCallback(
    (window: DayWindow | null, extra: Record<string, string> = {}) => {
      const base = viewStateToSearch({ ...view, from: window?.from ?? null, to: window?.to ?? null, event: null });
      const params = new URLSearchParams(base);
      for (const [key, value] of Object.entries(extra)) params.set(key, value);
      const search = params.toString();
      return search ? `?${search}` : '';
    },
    [view],
  );

  // The URL mirrors the view, so reload, back/forward and a pasted link give the same screen.
  useEffect(() => {
    if (leaving.current) return;
    const shown = windowInUrl ? visibleWindow : null;
    const search = viewStateToSearch({ ...view, from: shown?.from ?? null, to: shown?.to ?? null, event: selectedId });
    const url = `${globalThis.location.pathname}${search}`;
    if (url === `${globalThis.location.pathname}${globalThis.location.search}`) return;
    const now = Date.now();
    if (nextEntry.current === 'push' && now - lastUrlChange.current > HISTORY_STEP_MS) globalThis.history.pushState(null, '', url);
    else globalThis.history.replaceState(null, '', url);
    nextEntry.current = 'replace';
    lastUrlChange.current = now;
  }, [view, visibleWindow, selectedId, windowInUrl]);

  // Back and forward within the page (zooms, pans, selections) restore the window and the selection the entry holds.
  useEffect(() => {
    const onPopState = () => {
      const state = parseViewState(Object.fromEntries(new URLSearchParams(globalThis.location.search)));
      // Another filter is another page: the router renders it.
      if (JSON.stringify(filtersOf(state)) !== JSON.stringify(filtersOf(view)) || state.lanes !== view.lanes) return;
      nextEntry.current = 'replace';
      selectedRef.current = state.event;
      setSelectedId(state.event);
      const linked = state.from && state.to ? { from: state.from, to: state.to } : null;
      setWindowInUrl(linked !== null);
      const restored = linked ?? initialWindow;
      if (restored) chart.current?.setWindow(restored, { instant: true, cause: 'quiet', fitLabels: !linked && !windowFromLink });
    };
    globalThis.addEventListener('popstate', onPopState);
    return () => globalThis.removeEventListener('popstate', onPopState);
  }, [view, initialWindow, windowFromLink]);

  // A new window loads its chart data and the first page of its list; an older request still running is dropped.
  useEffect(() => {
    if (firstWindow.current) {
      firstWindow.current = false;
      return;
    }
    if (!visibleWindow) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      Promise.all([
        getJson<WindowResult>(`/api/timeline${searchFor(visibleWindow)}`, controller.signal),
        // The window's dated events, as the server's first page lists them; the undated ones have their own section.
        getJson<EventPage>(`/api/events${searchFor(visibleWindow, { limit: String(LIST_PAGE), dated: 'only' })}`, controller.signal),
      ])
        .then(([nextChart, nextList]) => {
          setChartData(nextChart);
          setList(nextList);
          setError(null);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [visibleWindow, searchFor]);

  const select = useCallback(
    (id: string | null) => {
      const cluster = id?.startsWith(CLUSTER_PREFIX) ? chartData.clusters.find((c) => clusterId(c) === id) : undefined;
      if (cluster) {
        // A cluster opens by zooming into its period: finer clusters, then its events.
        chart.current?.setWindow({ from: cluster.start, to: cluster.end });
        return;
      }
      if (id) nextEntry.current = 'push';
      setSelectedId(id);
    },
    [chartData.clusters, setSelectedId],
  );

  // The panel shows the selected event once its record is here: from the list, or fetched below.
  const shown = selected && selected.id === selectedId ? selected : null;
  useEffect(() => {
    if (!selectedId || selected?.id === selectedId) return;
    const controller = new AbortController();
    getJson<{ event: EventRecord }>(`/api/events/${encodeURIComponent(selectedId)}`, controller.signal)
      .then((json) => setSelected(json.event))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message);
      });
    return () => controller.abort();
  }, [selectedId, selected?.id]);

  // The details must be in view once an event is selected. Beside the chart, the panel is brought into view when the
  // page has left it; on a narrow screen it is a sheet over the lower half, and the selected item is scrolled above it.
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    const panel = sheet.current;
    if (!panel || !selectedId) return;
    const keepAbove = () => {
      if (getComputedStyle(panel).position !== 'fixed') {
        const box = panel.getBoundingClientRect();
        if (box.top < 0 || box.top > globalThis.innerHeight - 120) panel.scrollIntoView({ block: 'start' });
        return;
      }
      const item = document.querySelector(`.vis-item[data-id="${CSS.escape(selectedId)}"]`);
      if (!item) return;
      const box = item.getBoundingClientRect();
      const room = panel.getBoundingClientRect().top;
      if (box.top < 0 || box.bottom > room - 8) globalThis.scrollBy({ top: box.top - room / 3 });
    };
    // Once now, and again once the chart has moved its window to the event and redrawn at its new width.
    const timers = [50, 450, 1000].map((delay) => setTimeout(keepAbove, delay));
    return () => timers.forEach(clearTimeout);
  }, [selectedId, shown]);

  const onWindowChange = useCallback((next: DayWindow, cause: WindowChange) => {
    setVisibleWindow(next);
    if (cause === 'quiet') return;
    nextEntry.current = 'push';
    setWindowInUrl(true);
  }, []);

  /** Shows an event at the middle of the window, keeping the zoom. */
  const centreOn = useCallback((event: EventRecord) => {
    const shown = chart.current?.getWindow();
    if (!event.date || !shown) return;
    const range = windowToRange(shown);
    const width = range.end.getTime() - range.start.getTime();
    const middle = (windowToRange({ from: event.date.start, to: event.date.end }).start.getTime() + windowToRange({ from: event.date.end, to: event.date.end }).end.getTime()) / 2;
    chart.current?.setWindow(rangeToWindow(new Date(middle - width / 2), new Date(middle + width / 2)));
  }, []);

  /** Brings an event into the window, keeping the zoom, when it is not in it already. */
  const bringIntoView = useCallback(
    (event: EventRecord) => {
      const shown = chart.current?.getWindow();
      if (event.date && shown && (event.date.start < shown.from || event.date.end > shown.to)) centreOn(event);
    },
    [centreOn],
  );

  /**
   * The previous or next dated event of the whole chronology (not only the window's), one step after another; or,
   * `toEnd`, its first or last event.
   */
  const walk = useRef<Promise<void>>(Promise.resolve());
  const move = useCallback(
    (step: 1 | -1, toEnd = false) => {
      walk.current = walk.current.then(async () => {
        const of = toEnd ? null : selectedRef.current;
        // The first step from nothing starts at the window's edge; every later one asks for the neighbour.
        const edge = of || toEnd ? null : step === 1 ? list.events[0] : list.events.at(-1);
        const params = new URLSearchParams(searchFor(null).slice(1));
        params.set('step', step === 1 ? 'next' : 'previous');
        if (of) params.set('of', of);
        try {
          const event = edge ?? (await getJson<{ event: EventRecord | null }>(`/api/neighbour?${params}`)).event;
          if (!event || leaving.current) return;
          selectedRef.current = event.id;
          nextEntry.current = 'push';
          setSelectedId(event.id);
          setSelected(event);
          bringIntoView(event);
        } catch (e) {
          setError((e as Error).message);
        }
      });
    },
    [list.events, searchFor, bringIntoView, setSelectedId, setSelected],
  );

  const loadMore = async () => {
    try {
      const more = await getJson<EventPage>(
        `/api/events${searchFor(visibleWindow, { limit: String(LIST_PAGE), offset: String(list.events.length), dated: 'only' })}`,
      );
      setList({ ...more, events: [...list.events, ...more.events] });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, button, a')) return;
    const forward = locale === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const backward = locale === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) move(1);
    else if (e.key === backward) move(-1);
    else if (e.key === 'Home') move(1, true);
    else if (e.key === 'End') move(-1, true);
    else if (e.key === '+' || e.key === '=') chart.current?.zoom(2);
    else if (e.key === '-' || e.key === '_') chart.current?.zoom(0.5);
    else if (e.key === 'Enter') {
      // After the walk's pending steps, so that Enter opens the event the last arrow reached.
      void walk.current.then(() => {
        const id = selectedRef.current;
        if (!id) return;
        leaving.current = true;
        router.push(`/events/${encodeURIComponent(id)}`);
      });
    }
    else if (e.key === 'Escape') {
      nextEntry.current = 'push';
      setSelectedId(null);
    }
    else return;
    e.preventDefault();
  };

  return (
    <div className="space-y-4">
      <div className="timeline-with-details">
      <div
        role="region"
        aria-label={t.timeline}
        aria-describedby="timeline-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="timeline-region rounded border border-stone-300 bg-white focus:outline-2 focus:outline-blue-700"
        data-testid="timeline-region"
      >
        <div className="flex flex-wrap items-center gap-2 border-b border-stone-200 p-2 print:hidden">
          <button type="button" className="btn" onClick={() => chart.current?.zoom(2)} aria-label={t.zoomIn} data-testid="zoom-in">+</button>
          <button type="button" className="btn" onClick={() => chart.current?.zoom(0.5)} aria-label={t.zoomOut} data-testid="zoom-out">−</button>
          <button type="button" className="btn" onClick={() => extent && chart.current?.setWindow(extent, { fitLabels: true })} data-testid="show-all">
            {t.fit}
          </button>
          <span className="ms-auto text-sm text-stone-700" data-testid="visible-count" aria-live="polite">
            {t.eventsShown(list.total, list.totalExact)}
          </span>
        </div>
        {density && (
          <DensityStrip
            density={density}
            window={visibleWindow}
            rtl={rtl}
            label={t.density}
            describe={(w) => `${formatMonth(w.from, locale)} – ${formatMonth(w.to, locale)}`}
            firstYear={density.from.slice(0, 4)}
            lastYear={density.to.slice(0, 4)}
            onMove={(next, done) => chart.current?.setWindow(next, { instant: true, cause: done ? 'app' : 'quiet' })}
          />
        )}
        <div dir="ltr">
          <TimelineChart
            ref={chart}
            items={items}
            groups={groups}
            selectedId={selectedId}
            initialWindow={initialWindow}
            fitFirstWindow={!windowFromLink}
            locale={locale}
            rtl={rtl}
            laneLabel={t.lanes}
            onSelect={select}
            onWindowChange={onWindowChange}
          />
        </div>
        {legend}
        <p id="timeline-keys" className="border-t border-stone-200 px-3 py-1 text-xs text-stone-600">{t.keyboardHelp}</p>
      </div>
      {/* Beside the chart on wide screens, a sheet over the bottom of a phone's: in view as soon as it opens. */}
      {shown && (
        <aside ref={sheet} aria-label={eventTitle(shown, locale)} className="details-panel rounded border border-blue-300 bg-blue-50 p-4" data-testid="details-panel">
          <button
            type="button"
            className="btn float-end ms-2"
            onClick={() => {
              nextEntry.current = 'push';
              setSelectedId(null);
            }}
          >
            {t.close}
          </button>
          <EventDetails event={shown} locale={locale} t={t} />
          <PermalinkBox id={shown.id} label={t.permalink} copy={t.copy} copied={t.copied} open={t.openEvent} />
        </aside>
      )}
      </div>
      {error && <p role="alert" className="text-red-700">{error}</p>}

      <ExportLinks search={searchFor(visibleWindow)} labels={{ print: t.print, png: t.png, exports: t.exports }} />

      <section aria-labelledby="chronology-heading">
        <h2 id="chronology-heading" className="mb-2 text-lg font-semibold">{t.chronology}</h2>
        {list.events.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="chronology">
            {list.events.map((event) => (
              <li key={event.id} className={`px-4 py-2 ${event.id === selectedId ? 'bg-blue-50' : ''}`} data-event-id={event.id}>
                <h3 className="font-medium">
                  <Link href={`/events/${encodeURIComponent(event.id)}`} className="text-blue-800 hover:underline">{eventTitle(event, locale)}</Link>
                </h3>
                <p className="text-sm text-stone-700">
                  <time dateTime={event.date?.start}>{dateLabel(event, locale)}</time> · {t.types[event.type]} · {t.modalities[event.modality]} · {t.sourcesCount(event.sources.length, independentOutlets(event.sources))}
                  <button
                    type="button"
                    className="ms-3 text-blue-800 underline print:hidden"
                    onClick={() => {
                      nextEntry.current = 'push';
                      setSelectedId(event.id);
                      setSelected(event);
                      centreOn(event);
                    }}
                  >
                    {t.showOnTimeline}
                  </button>
                </p>
              </li>
            ))}
          </ol>
        )}
        {list.events.length < list.total && (
          <button type="button" className="btn mt-2" onClick={loadMore} data-testid="load-more">
            {t.loadMore(list.total - list.events.length, list.totalExact)}
          </button>
        )}
      </section>
    </div>
  );
}

const noSubscription = () => () => {};

function PermalinkBox({ id, label, copy, copied, open }: { id: string; label: string; copy: string; copied: string; open: string }) {
  const [done, setDone] = useState(false);
  const path = `/events/${encodeURIComponent(id)}`;
  // The full address needs the browser's origin; the server renders the path alone.
  const origin = useSyncExternalStore(noSubscription, () => globalThis.location.origin, () => '');
  const href = `${origin}${path}`;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">{label}:</span>
      <a href={path} className="text-blue-800 underline" data-testid="permalink">{href}</a>
      <button
        type="button"
        className="btn"
        onClick={() => {
          void navigator.clipboard?.writeText(href).then(() => setDone(true), () => setDone(false));
        }}
      >
        {done ? copied : copy}
      </button>
      <Link href={path} className="text-blue-800 underline">{open}</Link>
    </p>
  );
}

'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventRecord } from '@/lib/db/event-queries';
import type { ViewState } from '@/lib/domain/filters';
import { viewStateToSearch } from '@/lib/domain/filters';
import { directionOf, messagesFor, type Locale } from '@/lib/i18n/messages';
import { dateLabel, eventTitle, toTimelineItems } from '@/lib/timeline/items';
import { EventDetails } from './EventDetails';
import ExportLinks from './ExportLinks';
import type { ChartWindow, TimelineChartHandle } from './TimelineChart';

const TimelineChart = dynamic(() => import('./TimelineChart'), {
  ssr: false,
  loading: () => <div className="flex h-full items-center justify-center text-stone-500">…</div>,
});

interface Props {
  events: EventRecord[];
  view: ViewState;
  locale: Locale;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function inWindow(event: EventRecord, window: { from: string | null; to: string | null }): boolean {
  if (!event.date) return false;
  return (!window.from || event.date.end >= window.from) && (!window.to || event.date.start <= window.to);
}

/** The interactive part of `/`: the chart, the details panel and the chronological list, kept in step with the URL. */
export default function TimelineView({ events, view, locale }: Props) {
  const t = messagesFor(locale);
  const chart = useRef<TimelineChartHandle>(null);
  const [selectedId, setSelectedId] = useState<string | null>(view.event && events.some((e) => e.id === view.event) ? view.event : null);
  const [window, setWindow] = useState<{ from: string | null; to: string | null }>({ from: view.from, to: view.to });
  const { items, groups } = useMemo(() => toTimelineItems(events, view.lanes, locale), [events, view.lanes, locale]);
  const visible = useMemo(() => events.filter((event) => inWindow(event, window)), [events, window]);
  const selected = events.find((event) => event.id === selectedId) ?? null;

  const initialWindow = useMemo<ChartWindow | null>(() => {
    if (view.from && view.to) return { start: new Date(`${view.from}T00:00:00Z`), end: new Date(`${view.to}T23:59:59Z`) };
    return null;
    // The initial window is read once; later windows come from the chart itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The URL mirrors the view, so reload, back/forward and a pasted link give the same screen.
  useEffect(() => {
    const search = viewStateToSearch({ ...view, from: window.from, to: window.to, event: selectedId });
    const url = `${globalThis.location.pathname}${search}`;
    if (url !== `${globalThis.location.pathname}${globalThis.location.search}`) globalThis.history.replaceState(null, '', url);
  }, [view, window, selectedId]);

  useEffect(() => {
    if (selectedId) chart.current?.focus(selectedId);
    // Focus once on open, when the link names an event.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const currentSearch = viewStateToSearch({ ...view, from: window.from, to: window.to, event: null });

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
  }, []);

  const onWindowChange = useCallback((next: ChartWindow) => {
    setWindow({ from: isoDay(next.start), to: isoDay(next.end) });
  }, []);

  const dated = useMemo(() => events.filter((event) => event.date), [events]);

  const move = useCallback(
    (step: 1 | -1) => {
      if (dated.length === 0) return;
      const index = dated.findIndex((event) => event.id === selectedId);
      const next = index === -1 ? (step === 1 ? 0 : dated.length - 1) : Math.min(dated.length - 1, Math.max(0, index + step));
      const id = dated[next]!.id;
      setSelectedId(id);
      chart.current?.focus(id);
    },
    [dated, selectedId],
  );

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, button, a')) return;
    const forward = locale === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const backward = locale === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) move(1);
    else if (e.key === backward) move(-1);
    else if (e.key === '+' || e.key === '=') chart.current?.zoom(2);
    else if (e.key === '-' || e.key === '_') chart.current?.zoom(0.5);
    else if (e.key === 'Enter' && selectedId) globalThis.location.assign(`/events/${encodeURIComponent(selectedId)}`);
    else if (e.key === 'Escape') setSelectedId(null);
    else return;
    e.preventDefault();
  };

  return (
    <div className="space-y-4">
      <div
        role="region"
        aria-label={t.timeline}
        aria-describedby="timeline-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="rounded border border-stone-300 bg-white focus:outline-2 focus:outline-blue-700"
        data-testid="timeline-region"
      >
        <div className="flex flex-wrap items-center gap-2 border-b border-stone-200 p-2 print:hidden">
          <button type="button" className="btn" onClick={() => chart.current?.zoom(2)} aria-label={t.zoomIn} data-testid="zoom-in">+</button>
          <button type="button" className="btn" onClick={() => chart.current?.zoom(0.5)} aria-label={t.zoomOut} data-testid="zoom-out">−</button>
          <button type="button" className="btn" onClick={() => chart.current?.fit()}>{t.fit}</button>
          <span id="timeline-keys" className="text-xs text-stone-600">{t.keyboardHelp}</span>
          <span className="ms-auto text-sm text-stone-700" data-testid="visible-count" aria-live="polite">
            {t.eventsShown(visible.length, dated.length)}
          </span>
        </div>
        <div className="h-[420px]" dir="ltr">
          <TimelineChart
            ref={chart}
            items={items}
            groups={groups}
            selectedId={selectedId}
            initialWindow={initialWindow}
            rtl={directionOf(locale) === 'rtl'}
            onSelect={select}
            onWindowChange={onWindowChange}
          />
        </div>
      </div>

      <ExportLinks search={currentSearch} labels={{ print: t.print, png: t.png, exports: t.exports }} />

      {selected && (
        <aside aria-label={eventTitle(selected, locale)} className="relative rounded border border-blue-300 bg-blue-50 p-4" data-testid="details-panel">
          <button type="button" className="btn absolute end-2 top-2" onClick={() => setSelectedId(null)}>{t.close}</button>
          <EventDetails event={selected} locale={locale} t={t} />
          <PermalinkBox id={selected.id} label={t.permalink} copy={t.copy} copied={t.copied} open={t.openEvent} />
        </aside>
      )}

      <section aria-labelledby="chronology-heading">
        <h2 id="chronology-heading" className="mb-2 text-lg font-semibold">{t.chronology}</h2>
        {visible.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="chronology">
            {visible.map((event) => (
              <li key={event.id} className={`px-4 py-2 ${event.id === selectedId ? 'bg-blue-50' : ''}`} data-event-id={event.id}>
                <h3 className="font-medium">
                  <Link href={`/events/${encodeURIComponent(event.id)}`} className="text-blue-800 hover:underline">{eventTitle(event, locale)}</Link>
                </h3>
                <p className="text-sm text-stone-700">
                  <time dateTime={event.date?.start}>{dateLabel(event, locale)}</time> · {t.types[event.type]} · {t.modalities[event.modality]} · {t.sourcesCount(event.sources.length)}
                  <button type="button" className="ms-3 text-blue-800 underline print:hidden" onClick={() => { setSelectedId(event.id); chart.current?.focus(event.id); }}>
                    {t.showOnTimeline}
                  </button>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function PermalinkBox({ id, label, copy, copied, open }: { id: string; label: string; copy: string; copied: string; open: string }) {
  const [done, setDone] = useState(false);
  const path = `/events/${encodeURIComponent(id)}`;
  const [href, setHref] = useState(path);
  useEffect(() => setHref(`${globalThis.location.origin}${path}`), [path]);
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

'use client';

import { useRef, useState } from 'react';
import type { Density, DayWindow } from '@/lib/timeline/window';
import { padWindow, rangeToWindow, windowToRange } from '@/lib/timeline/window';

interface Props {
  density: Density;
  /** The chart's window now: marked on the strip. */
  window: DayWindow | null;
  rtl: boolean;
  label: string;
  /** How the slider reads the window aloud ("Jul 2017 – May 2022"). */
  describe: (window: DayWindow) => string;
  firstYear: string;
  lastYear: string;
  /** Moves the chart's window: `done` is false while a drag is still going on. */
  onMove: (window: DayWindow, done: boolean) => void;
}

/**
 * Events per period across the whole span of the view, with the chart's window marked on it. Clicking a spot
 * centres the window there, dragging moves it, and as a slider the keys move it: arrows by a tenth of its width,
 * Page Up/Down by a whole width, Home/End to either end. Time runs the way the chart's does (right to left in Arabic).
 */
export default function DensityStrip({ density, window, rtl, label, describe, firstYear, lastYear, onMove }: Props) {
  const strip = useRef<HTMLDivElement>(null);
  const drag = useRef<{ offset: number } | null>(null);
  const [dragging, setDragging] = useState<DayWindow | null>(null);
  const span = windowToRange(padWindow(density.from, density.to));
  const start = span.start.getTime();
  const length = span.end.getTime() - start;
  const max = Math.max(1, ...density.buckets.map((b) => b.count));
  const shown = dragging ?? window;

  /** Where an instant sits along the strip, 0 to 1 in reading order. */
  const share = (time: number) => Math.min(1, Math.max(0, (time - start) / length));
  const place = (from: number, to: number) => ({ [rtl ? 'right' : 'left']: `${from * 100}%`, width: `${Math.max(0.4, (to - from) * 100)}%` });
  const timeAt = (clientX: number) => {
    const box = strip.current!.getBoundingClientRect();
    const along = rtl ? box.right - clientX : clientX - box.left;
    return start + (along / box.width) * length;
  };
  const current = shown ? windowToRange(shown) : null;
  const width = current ? current.end.getTime() - current.start.getTime() : length / 4;
  /** The window of the same width starting at `from`, kept inside the strip. */
  const windowFrom = (from: number) => {
    const clamped = Math.min(Math.max(from, start - width / 2), start + length - width / 2);
    return rangeToWindow(new Date(clamped), new Date(clamped + width));
  };

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const at = timeAt(event.clientX);
    const inside = current && at >= current.start.getTime() && at <= current.end.getTime();
    drag.current = { offset: inside ? at - current.start.getTime() : width / 2 };
    strip.current!.setPointerCapture(event.pointerId);
    const next = windowFrom(at - drag.current.offset);
    setDragging(next);
    onMove(next, false);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const next = windowFrom(timeAt(event.clientX) - drag.current.offset);
    setDragging(next);
    onMove(next, false);
  };
  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const next = windowFrom(timeAt(event.clientX) - drag.current.offset);
    drag.current = null;
    setDragging(null);
    onMove(next, true);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (!current) return;
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const from = current.start.getTime();
    const steps: Record<string, number> = { [later]: from + width / 10, [earlier]: from - width / 10, PageDown: from + width, PageUp: from - width, Home: start - width / 2, End: start + length };
    const target = steps[event.key];
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(windowFrom(target), true);
  };

  const centre = current ? share((current.start.getTime() + current.end.getTime()) / 2) : 0.5;
  return (
    <div className="px-2 pt-2">
      <div
        ref={strip}
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(centre * 100)}
        aria-valuetext={shown ? describe(shown) : undefined}
        aria-orientation="horizontal"
        className="density-strip relative h-9 cursor-pointer touch-none select-none rounded bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700"
        data-testid="density-strip"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDragging(null);
        }}
        onKeyDown={onKeyDown}
      >
        {density.buckets.map((bucket) => {
          const range = windowToRange({ from: bucket.start, to: bucket.end });
          return (
            <span
              key={bucket.start}
              className="density-bar absolute bottom-0 bg-stone-500"
              style={{ ...place(share(range.start.getTime()), share(range.end.getTime())), height: `${Math.max(8, Math.sqrt(bucket.count / max) * 100)}%` }}
            />
          );
        })}
        {current && (
          <span
            className="density-window absolute inset-y-0 rounded border-2 border-blue-700 bg-blue-500/15"
            style={place(share(current.start.getTime()), share(current.end.getTime()))}
            data-testid="density-window"
          />
        )}
      </div>
      <div className="flex justify-between text-xs text-stone-600" aria-hidden="true">
        <span>{firstYear}</span>
        <span>{lastYear}</span>
      </div>
    </div>
  );
}

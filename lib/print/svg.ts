import type { ExtractedEvent } from '@/lib/domain/event';
import type { LaneKind } from '@/lib/domain/filters';
import type { Locale } from '@/lib/i18n/messages';
import { laneOf } from '@/lib/timeline/items';
import { axisTicks } from './axis';

const DAY = 86_400_000;

export interface SnapshotWindow {
  start: string;
  end: string;
}

export interface SvgOptions {
  lanes: LaneKind;
  locale: Locale;
  window: SnapshotWindow;
  width?: number;
  /** Numbers drawn beside items, matching the printed list. */
  numbers?: Map<string, number>;
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const time = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);

/** The window that shows every dated event (their first and last days), with a margin; a single day gets a month around it. */
export function fitWindow(extent: { from: string; to: string } | null): SnapshotWindow {
  if (!extent) {
    const year = new Date().getUTCFullYear();
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const first = time(extent.from);
  const last = time(extent.to);
  const margin = Math.max((last - first) * 0.04, 15 * DAY);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: iso(first - margin), end: iso(last + margin) };
}

/**
 * The timeline of one window as a standalone SVG document, drawn on the server: lanes, a date axis, points for
 * day-precise events, hatched ranges for vaguer ones (fainter the vaguer), dashed outlines for planned events.
 */
export function renderTimelineSvg(events: ExtractedEvent[], options: SvgOptions): string {
  const width = options.width ?? 1000;
  const labelWidth = 150;
  const laneHeight = 34;
  const axisHeight = 28;
  const start = time(options.window.start);
  const end = time(options.window.end) + DAY;
  const x = (ms: number) => labelWidth + ((ms - start) / (end - start)) * (width - labelWidth - 10);
  const visible = events.filter((e) => e.date && time(e.date.end) + DAY > start && time(e.date.start) < end);

  const laneIds: string[] = [];
  const laneNames = new Map<string, string>();
  for (const event of visible) {
    const lane = laneOf(event, options.lanes, options.locale);
    if (!laneNames.has(lane.id)) {
      laneIds.push(lane.id);
      laneNames.set(lane.id, lane.content);
    }
  }
  laneIds.sort((a, b) => laneNames.get(a)!.localeCompare(laneNames.get(b)!));
  const height = axisHeight + Math.max(1, laneIds.length) * laneHeight + 8;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline ${escapeXml(options.window.start)} to ${escapeXml(options.window.end)}" font-family="Noto Sans, Noto Naskh Arabic, sans-serif" font-size="11">`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#bfdbfe"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="3"/></pattern></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const tick of axisTicks(start, end, Math.max(4, Math.floor(width / 90)))) {
    const tx = x(tick.time).toFixed(1);
    parts.push(`<line x1="${tx}" y1="${axisHeight - 6}" x2="${tx}" y2="${height}" stroke="#e7e5e4"/>`);
    parts.push(`<text x="${tx}" y="${axisHeight - 10}" text-anchor="middle" fill="#44403c">${escapeXml(tick.label)}</text>`);
  }
  parts.push(`<line x1="${labelWidth}" y1="${axisHeight - 6}" x2="${width - 10}" y2="${axisHeight - 6}" stroke="#78716c"/>`);

  laneIds.forEach((laneId, index) => {
    const top = axisHeight + index * laneHeight;
    parts.push(`<rect x="0" y="${top}" width="${width}" height="${laneHeight}" fill="${index % 2 ? '#fafaf9' : '#ffffff'}" opacity="0.6"/>`);
    parts.push(`<text x="6" y="${top + laneHeight / 2 + 4}" fill="#1c1917" font-weight="600">${escapeXml(laneNames.get(laneId)!)}</text>`);
  });

  for (const event of visible) {
    const date = event.date!;
    const lane = laneIds.indexOf(laneOf(event, options.lanes, options.locale).id);
    const mid = axisHeight + lane * laneHeight + laneHeight / 2;
    const planned = event.modality === 'planned';
    const number = options.numbers?.get(event.id);
    const label = number !== undefined ? `<text x="__X__" y="${mid - 8}" fill="#0c1a3d" font-size="10" text-anchor="middle">${number}</text>` : '';
    const dash = planned ? ' stroke-dasharray="4 2"' : '';
    const approximate = date.approximate ? ' stroke-dasharray="1 2"' : '';
    if (date.precision === 'day' && date.start === date.end) {
      const px = x(time(date.start) + DAY / 2).toFixed(1);
      parts.push(`<g class="ev ev-point ev-${event.modality}"><title>${escapeXml(event.title.en)}</title><circle cx="${px}" cy="${mid + 4}" r="5" fill="${planned ? '#ffffff' : '#1e40af'}" stroke="#1e40af" stroke-width="2"${dash}/>${label.replace('__X__', px)}</g>`);
    } else {
      const x1 = Math.max(labelWidth, x(time(date.start)));
      const x2 = Math.min(width - 10, x(time(date.end) + DAY));
      const faint = ['year', 'decade', 'half'].includes(date.precision) ? 0.6 : 0.9;
      const fill = planned ? '#ffffff' : 'url(#hatch)';
      parts.push(`<g class="ev ev-range ev-${event.modality}"><title>${escapeXml(event.title.en)}</title><rect x="${x1.toFixed(1)}" y="${mid - 1}" width="${Math.max(3, x2 - x1).toFixed(1)}" height="10" rx="2" fill="${fill}" opacity="${faint}" stroke="#1e40af" stroke-width="1.2"${dash || approximate}/>${label.replace('__X__', ((x1 + x2) / 2).toFixed(1))}</g>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A chart-sized SVG that says, in a few lines, why there is no chart. */
export function renderNoticeSvg(lines: string[], width = 1000): string {
  const height = 40 + lines.length * 20;
  const text = lines.map((line, i) => `<text x="16" y="${32 + i * 20}" fill="#1c1917">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(lines[0] ?? '')}" font-family="Noto Sans, sans-serif" font-size="14"><rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" stroke="#a8a29e"/>${text}</svg>`;
}

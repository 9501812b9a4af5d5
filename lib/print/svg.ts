/**
 * A laid-out chart (lib/print/layout.ts) as a standalone SVG document, and the legend's swatches drawn with the same
 * pieces: an event's mark says its type by colour, its date's precision by point, bar or hatching, its status by
 * fill and outline (lib/timeline/legend.ts), so the legend can only say what the chart does.
 */
import { PRECISION_OPACITY, type LegendEntry, type Outline, type PrecisionStyle, type StatusStyle } from '@/lib/timeline/legend';
import { AXIS_SIZE, LABEL_SIZE, LANE_NAME_SIZE, POINT_RADIUS, type ChartLayout, type TextBox } from './layout';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const FONT = 'Noto Sans, Noto Naskh Arabic, sans-serif';
const INK = '#1c1917';
const BAR_HEIGHT = 8;
const DASHES: Record<Outline, string> = { solid: '', dashed: ' stroke-dasharray="3 2"', dotted: ' stroke-dasharray="1 1.6"', double: '' };

/** What a mark needs to be drawn: the same for a chart item and a legend swatch. */
interface MarkStyle {
  colour: string;
  precision: PrecisionStyle;
  status: StatusStyle;
  approximate: boolean;
}

/** The hatching of one colour; `prefix` keeps the ids of several SVGs on one page apart. */
function hatch(id: string, colour: string): string {
  return `<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><rect width="2.2" height="5" fill="${colour}"/></pattern>`;
}

const hatchId = (prefix: string, colour: string) => `${prefix}-hatch-${colour.replace(/[^\w]/g, '')}`;

/** A point or a bar between x1 and x2 centred on cy: filled or outlined by status, hatched and faded by precision. */
function drawMark(style: MarkStyle, kind: 'point' | 'bar', x1: number, x2: number, cy: number, prefix: string): string {
  const outline: Outline = style.approximate && style.status.outline === 'solid' ? 'dotted' : style.status.outline;
  const stroke = `stroke="${style.colour}" stroke-width="1.4"${DASHES[outline]}`;
  const hatched = style.precision === 'hatched' || style.precision === 'faint';
  const fill = hatched ? `url(#${hatchId(prefix, style.colour)})` : style.status.filled ? style.colour : '#ffffff';
  const opacity = style.status.filled ? PRECISION_OPACITY[style.precision] : hatched ? 0.4 : 1;
  const parts: string[] = [];
  if (kind === 'point') {
    const cx = (x1 + x2) / 2;
    parts.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${POINT_RADIUS - 0.7}" fill="${fill}" fill-opacity="${opacity}" ${stroke}/>`);
    if (outline === 'double') parts.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${POINT_RADIUS - 2.6}" fill="none" stroke="${style.colour}" stroke-width="0.9"/>`);
    if (style.status.struck) parts.push(`<line x1="${f(x1 - 1)}" y1="${f(cy)}" x2="${f(x2 + 1)}" y2="${f(cy)}" stroke="${INK}" stroke-width="1.2"/>`);
  } else {
    const top = cy - BAR_HEIGHT / 2;
    parts.push(`<rect x="${f(x1)}" y="${f(top)}" width="${f(x2 - x1)}" height="${BAR_HEIGHT}" rx="1.5" fill="${fill}" fill-opacity="${opacity}" ${stroke}/>`);
    if (outline === 'double' && x2 - x1 > 5) parts.push(`<rect x="${f(x1 + 2)}" y="${f(top + 2)}" width="${f(x2 - x1 - 4)}" height="${BAR_HEIGHT - 4}" fill="none" stroke="${style.colour}" stroke-width="0.8"/>`);
    if (style.status.struck) parts.push(`<line x1="${f(x1)}" y1="${f(cy)}" x2="${f(x2)}" y2="${f(cy)}" stroke="${INK}" stroke-width="1.2"/>`);
  }
  return parts.join('');
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

export interface SvgOptions {
  /** Keeps the ids of several SVGs on one page apart. */
  idPrefix?: string;
  /**
   * Writes each text at its measured width (textLength): for an SVG opened where the page's fonts are not loaded,
   * so that another font cannot make labels run into each other.
   */
  fitText?: boolean;
  /** The chart's name for assistive technology. */
  title: string;
}

function text(box: TextBox, direction: 'ltr' | 'rtl', attributes: string, fit: boolean): string {
  // In right-to-left text the start of the line is its right end.
  const x = direction === 'rtl' ? box.x2 : box.x1;
  const length = fit ? ` textLength="${f(box.x2 - box.x1)}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${f(x)}" y="${f(box.baseline)}" direction="${direction}" text-anchor="start"${length} ${attributes}>${escapeXml(box.text)}</text>`;
}

/** The chart as a standalone SVG document. */
export function renderChartSvg(layout: ChartLayout, options: SvgOptions): string {
  const prefix = options.idPrefix ?? 'chart';
  const fit = options.fitText ?? false;
  const { width, height, direction, plot } = layout;
  const colours = new Set(layout.items.map((item) => item.style.colour));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${f(height)}" viewBox="0 0 ${width} ${f(height)}" role="img" aria-label="${escapeXml(options.title)}" direction="${direction}" font-family="${FONT}" data-direction="${direction}">`,
    `<defs>${[...colours].map((colour) => hatch(hatchId(prefix, colour), colour)).join('')}</defs>`,
    `<rect x="0" y="0" width="${width}" height="${f(height)}" fill="#ffffff"/>`,
  ];
  layout.lanes.forEach((lane, i) => {
    parts.push(`<rect x="0" y="${f(lane.top)}" width="${width}" height="${f(lane.height)}" fill="${i % 2 ? '#f5f5f4' : '#ffffff'}"/>`);
    parts.push(`<line x1="0" y1="${f(lane.top)}" x2="${width}" y2="${f(lane.top)}" stroke="#d6d3d1" stroke-width="0.6"/>`);
  });
  for (const tick of layout.ticks) {
    parts.push(`<line x1="${f(tick.x)}" y1="${plot.top - 4}" x2="${f(tick.x)}" y2="${f(plot.bottom)}" stroke="#d6d3d1" stroke-width="0.6"/>`);
    parts.push(text(tick.minor, direction, `class="axis-minor" data-time="${tick.time}" font-size="${AXIS_SIZE}" fill="#44403c"`, fit));
    if (tick.major) parts.push(text(tick.major, direction, `class="axis-major" font-size="${AXIS_SIZE}" font-weight="600" fill="${INK}"`, fit));
  }
  parts.push(`<line x1="${f(plot.x1)}" y1="${plot.top}" x2="${f(plot.x2)}" y2="${plot.top}" stroke="#78716c"/>`);
  const laneEdge = direction === 'rtl' ? plot.x2 : plot.x1;
  parts.push(`<line x1="${f(laneEdge)}" y1="${plot.top}" x2="${f(laneEdge)}" y2="${f(plot.bottom)}" stroke="#a8a29e" stroke-width="0.8"/>`);
  for (const lane of layout.lanes) {
    for (const line of lane.lines) parts.push(text(line, direction, `class="lane-name" font-size="${LANE_NAME_SIZE}" font-weight="600" fill="${INK}"`, fit));
  }
  for (const item of layout.items) {
    const decoration = item.struck ? ' text-decoration="line-through"' : '';
    parts.push(
      `<g class="ev" data-event="${escapeXml(item.id)}">`,
      `<g class="ev-mark" data-event="${escapeXml(item.id)}">${drawMark(item.style, item.mark.kind, item.mark.x1, item.mark.x2, item.mark.cy, prefix)}</g>`,
      item.label.inside ? `<rect x="${f(item.label.x1 - 2)}" y="${f(item.mark.cy - 6)}" width="${f(item.label.x2 - item.label.x1 + 4)}" height="12" rx="2" fill="#ffffff" fill-opacity="0.92"/>` : '',
      text(item.label, direction, `class="ev-label${item.label.callout ? ' ev-callout' : ''}" data-event="${escapeXml(item.id)}" font-size="${LABEL_SIZE}" fill="${INK}"${item.label.callout ? ' font-weight="600"' : ''}${decoration}`, fit),
      '</g>',
    );
  }
  for (const entry of layout.key) parts.push(text(entry, direction, `class="callout-key" font-size="${LABEL_SIZE}" fill="${INK}"`, fit));
  parts.push('</svg>');
  return parts.join('');
}

/** A legend swatch: a small drawing made as the chart draws its items. */
export function renderSwatch(swatch: LegendEntry['swatch'], idPrefix: string): string {
  const kind = swatch.precision === 'point' ? 'point' : 'bar';
  const [x1, x2] = kind === 'point' ? [9 - POINT_RADIUS, 9 + POINT_RADIUS] : [2, 24];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="26" height="12" viewBox="0 0 26 12" aria-hidden="true"><defs>${hatch(hatchId(idPrefix, swatch.colour), swatch.colour)}</defs>${drawMark(swatch, kind, x1, x2, 6, idPrefix)}</svg>`;
}

/** A chart-sized SVG that says, in a few lines, why there is no chart. */
export function renderNoticeSvg(lines: string[], width = 1000): string {
  const height = 40 + lines.length * 20;
  const body = lines.map((line, i) => `<text x="16" y="${32 + i * 20}" fill="${INK}">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(lines[0] ?? '')}" font-family="${FONT}" font-size="14"><rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" stroke="#a8a29e"/>${body}</svg>`;
}

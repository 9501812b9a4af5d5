/**
 * How an event is drawn, and the legend that explains it: one set of rules for the interactive chart and for
 * printed snapshots. Plain data (no React, no DOM), so every renderer — CSS classes on the chart, SVG attributes in
 * print — draws the same thing and the legend can never say something the chart does not do.
 *
 * An item says four things at once:
 * - its type, by colour (the registry's, lib/domain/event-types.ts);
 * - how precise its date is: a point for a day, a hatched bar for a week or month, a fainter hatched bar for a
 *   quarter, half-year, year or decade;
 * - its status: solid when it happened, an outline dashed for planned or hypothetical, double for postponed, struck
 *   through for cancelled or denied; approximate dates have a dotted outline and "≈";
 * - how sure the engine is: a low-confidence event carries "?".
 */
import { EVENT_TYPES, type EventType, type Modality, type Precision } from '@/lib/domain/event';
import { EVENT_TYPE_INFO } from '@/lib/domain/event-types';

type Text = { en: string; ar: string };

/** The outline of an item: what its status (or an approximate date) looks like. */
export type Outline = 'solid' | 'dashed' | 'double' | 'dotted';

/** How precise a date looks: a dot for one day, a solid bar for exact days, hatched bars for vaguer dates. */
export type PrecisionStyle = 'point' | 'bar' | 'hatched' | 'faint';

/** What a status changes in a drawing. */
export interface StatusStyle {
  /** Filled with the type's colour (it happened), or outlined only (it has not, or may never). */
  filled: boolean;
  outline: Outline;
  /** The label is struck through: it was called off or denied. */
  struck: boolean;
}

/** Everything a renderer needs to draw one event; `key`s double as CSS class suffixes. */
export interface ItemStyle {
  colour: string;
  precision: PrecisionStyle;
  status: StatusStyle & { key: StatusKey };
  approximate: boolean;
  lowConfidence: boolean;
}

/** How much fainter a bar is per precision style (1 is full strength). */
export const PRECISION_OPACITY: Record<PrecisionStyle, number> = { point: 1, bar: 1, hatched: 0.9, faint: 0.6 };

const PRECISION_STYLES: Record<Precision, PrecisionStyle> = {
  day: 'bar', week: 'hatched', month: 'hatched', quarter: 'faint', half: 'faint', year: 'faint', decade: 'faint',
};

/** Statuses that look alike share a key: the legend explains each key once. */
export type StatusKey = 'occurred' | 'planned' | 'postponed' | 'cancelled';

const STATUS_KEYS: Record<Modality, StatusKey> = {
  occurred: 'occurred', planned: 'planned', hypothetical: 'planned', postponed: 'postponed', cancelled: 'cancelled', negated: 'cancelled',
};

const STATUS_STYLES: Record<StatusKey, StatusStyle> = {
  occurred: { filled: true, outline: 'solid', struck: false },
  planned: { filled: false, outline: 'dashed', struck: false },
  postponed: { filled: false, outline: 'double', struck: false },
  cancelled: { filled: false, outline: 'solid', struck: true },
};

/** Below this the engine is unsure of an event (its confidence runs from 0.2 to 1): such items carry "?". */
export const LOW_CONFIDENCE = 0.5;
/** From this on an event is well attested: a strong trigger, an explicit date, known people. */
export const HIGH_CONFIDENCE = 0.75;

export type ConfidenceLevel = 'low' | 'medium' | 'high';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence < LOW_CONFIDENCE ? 'low' : confidence < HIGH_CONFIDENCE ? 'medium' : 'high';
}

export const CONFIDENCE_LABELS: Record<ConfidenceLevel, Text> = {
  low: { en: 'low', ar: 'منخفضة' },
  medium: { en: 'medium', ar: 'متوسطة' },
  high: { en: 'high', ar: 'عالية' },
};

/** The mark of an approximate date and of a low-confidence event, in labels and the legend alike. */
export const APPROXIMATE_MARK = '≈';
export const LOW_CONFIDENCE_MARK = '?';

/** A single exact day is a point; anything longer is a bar, hatched when its days are not known. */
export function precisionStyle(date: { precision: Precision; start: string; end: string }): PrecisionStyle {
  return date.precision === 'day' && date.start === date.end ? 'point' : PRECISION_STYLES[date.precision];
}

export function statusStyle(modality: Modality): StatusStyle & { key: StatusKey } {
  const key = STATUS_KEYS[modality];
  return { key, ...STATUS_STYLES[key] };
}

export function typeColour(type: EventType): string {
  return EVENT_TYPE_INFO[type].colour;
}

/** How one event is drawn. Events without a confidence (a window's summary rows may lack it) count as sure. */
export function itemStyle(event: {
  type: EventType;
  modality: Modality;
  date: { precision: Precision; start: string; end: string; approximate: boolean };
  confidence?: number;
}): ItemStyle {
  return {
    colour: typeColour(event.type),
    precision: precisionStyle(event.date),
    status: statusStyle(event.modality),
    approximate: event.date.approximate,
    lowConfidence: event.confidence !== undefined && confidenceLevel(event.confidence) === 'low',
  };
}

/** One line of the legend: a small drawing made of the same style pieces as the items, and what it means. */
export interface LegendEntry {
  key: string;
  label: Text;
  swatch: {
    /** The type's colour, or a neutral ink for entries about dates, status and confidence. */
    colour: string;
    precision: PrecisionStyle;
    status: StatusStyle;
    approximate: boolean;
    /** A mark written beside the swatch ("≈", "?"), or none. */
    mark: string | null;
  };
}

export interface LegendSection {
  key: 'types' | 'dates' | 'status' | 'confidence';
  heading: Text;
  entries: LegendEntry[];
}

/** The colour of swatches that explain something other than type. */
export const NEUTRAL_INK = '#44403c';

const plain = { colour: NEUTRAL_INK, precision: 'hatched' as PrecisionStyle, status: STATUS_STYLES.occurred, approximate: false, mark: null };

const DATE_ENTRIES: LegendEntry[] = [
  { key: 'point', label: { en: 'An exact day: a point', ar: 'يوم محدد: نقطة' }, swatch: { ...plain, precision: 'point' } },
  { key: 'bar', label: { en: 'Exact days: a solid bar', ar: 'أيام محددة: شريط مصمت' }, swatch: { ...plain, precision: 'bar' } },
  { key: 'hatched', label: { en: 'A week or a month: a hatched bar', ar: 'أسبوع أو شهر: شريط مخطط' }, swatch: plain },
  {
    key: 'faint',
    label: { en: 'A quarter, half-year, year or decade: a fainter hatched bar', ar: 'ربع سنة أو نصفها أو سنة أو عقد: شريط مخطط أبهت' },
    swatch: { ...plain, precision: 'faint' },
  },
  {
    key: 'approximate',
    label: { en: `${APPROXIMATE_MARK} An approximate date: dotted outline`, ar: `${APPROXIMATE_MARK} تاريخ تقريبي: إطار منقط` },
    swatch: { ...plain, approximate: true, status: { ...STATUS_STYLES.occurred, outline: 'dotted' }, mark: APPROXIMATE_MARK },
  },
];

const STATUS_LABELS: Record<StatusKey, Text> = {
  occurred: { en: 'Happened: filled', ar: 'وقع: ملوّن' },
  planned: { en: 'Planned or hypothetical: outlined, dashed', ar: 'مقرر أو افتراضي: إطار متقطع' },
  postponed: { en: 'Postponed: outlined, double line', ar: 'مؤجل: إطار مزدوج' },
  cancelled: { en: 'Cancelled or denied: struck through', ar: 'ملغى أو منفي: مشطوب' },
};

/**
 * The legend, section by section. `types` limits the colours to the types in view (all of them by default);
 * the other sections always explain every style, so a reader meets no drawing the legend leaves out.
 */
export function legend(types: readonly EventType[] = EVENT_TYPES): LegendSection[] {
  const shown = EVENT_TYPES.filter((type) => types.includes(type));
  return [
    {
      key: 'types',
      heading: { en: 'Event types', ar: 'أنواع الأحداث' },
      entries: shown.map((type) => ({
        key: type,
        label: EVENT_TYPE_INFO[type].label,
        swatch: { ...plain, colour: typeColour(type), precision: 'point' },
      })),
    },
    { key: 'dates', heading: { en: 'Dates', ar: 'التواريخ' }, entries: DATE_ENTRIES },
    {
      key: 'status',
      heading: { en: 'Status', ar: 'الحالة' },
      entries: (Object.keys(STATUS_LABELS) as StatusKey[]).map((key) => ({
        key,
        label: STATUS_LABELS[key],
        swatch: { ...plain, status: STATUS_STYLES[key] },
      })),
    },
    {
      key: 'confidence',
      heading: { en: 'Confidence', ar: 'الثقة' },
      entries: [
        {
          key: 'low-confidence',
          label: {
            en: `${LOW_CONFIDENCE_MARK} Low confidence: the engine is unsure of this event (below ${LOW_CONFIDENCE})`,
            ar: `${LOW_CONFIDENCE_MARK} ثقة منخفضة: المحرك غير متأكد من هذا الحدث (أقل من ${LOW_CONFIDENCE})`,
          },
          swatch: { ...plain, mark: LOW_CONFIDENCE_MARK },
        },
      ],
    },
  ];
}

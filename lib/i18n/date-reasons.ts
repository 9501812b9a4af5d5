/**
 * The one registry of date explanations: every message id of lib/domain/date-reason.ts with its English and Arabic
 * sentence. English is the engine's wording (stored as `explanation` and asserted by its tests); Arabic names days
 * and months through dayjs's Arabic locale (lib/format/dates.ts), keeps Western digits like the rest of the Arabic
 * interface, and isolates each quoted phrase (lib/format/bidi.ts) so a phrase with digits keeps its order.
 */
import type { DateReason, DateReasonId, DateReasonOf, ReasonAnchor, ReasonRange, SeasonName } from '@/lib/domain/date-reason';
import { YEAR_PART_MONTHS, type DateMod, type EventDate } from '@/lib/domain/event';
import { isolate } from '@/lib/format/bidi';
import * as dates from '@/lib/format/dates';
import hijriMonths from '@/lib/extract/lexicon/temporal/hijri-months.json';
import type { Locale } from './messages';

type Say = (reason: DateReason) => string;
type Render<K extends DateReasonId> = (p: DateReasonOf<K>, say: Say) => string;
type Entry<K extends DateReasonId> = Record<Locale, Render<K>>;

/**
 * Day and month names, each formatted once: the engine explains every date phrase it reads (in English, as it stores
 * them), and the phrases of an article name the same few days — its publication day above all.
 */
const NAMES = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let name = NAMES.get(key);
  if (name === undefined) {
    if (NAMES.size >= 10_000) NAMES.clear();
    name = make();
    NAMES.set(key, name);
  }
  return name;
}
const formatDay = (iso: string, locale: Locale, options: { weekday?: boolean } = {}): string =>
  remembered(`day ${locale} ${options.weekday ? 'weekday ' : ''}${iso}`, () => dates.formatDay(iso, locale, options));
const formatMonth = (iso: string, locale: Locale): string => remembered(`month ${locale} ${iso}`, () => dates.formatMonth(iso, locale));
const formatMonthName = (month: number, locale: Locale): string => remembered(`month name ${locale} ${month}`, () => dates.formatMonthName(month, locale));
const formatWeekday = (weekday: number, locale: Locale): string => remembered(`weekday ${locale} ${weekday}`, () => dates.formatWeekday(weekday, locale));
const formatEventDate = (r: ReasonRange, locale: Locale): string =>
  remembered(`range ${locale} ${r.start} ${r.end} ${r.precision} ${r.approximate} ${r.mod}`, () => dates.formatEventDate(r, locale));

// ——— English ———

/** "publication on Thu 23 Jul 2020", "publication in Jul 2020", "the date before it, «…» (Oct 2017)". */
function fromEn(from: ReasonAnchor): string {
  switch (from.anchor) {
    case 'publication': return `publication on ${formatDay(from.day, 'en', { weekday: true })}`;
    case 'publication-month': return `publication in ${formatMonth(from.month, 'en')}`;
    case 'previous': return `the date before it, «${from.text}» (${formatEventDate(from.range, 'en')})`;
  }
}

/** The anchor named without its day: "publication". */
const bareEn = (from: ReasonAnchor): string => (from.anchor === 'previous' ? fromEn(from) : 'publication');

/** "Jul", "5 Jul": a date written without its year. */
const yearLessEn = (month: number, day: number | null): string => `${day === null ? '' : `${day} `}${formatMonthName(month, 'en')}`;

const DAYS_EN: Record<number, string> = { [-2]: 'two days before', [-1]: 'the day before', 0: 'the day of', 1: 'the day after', 2: 'two days after' };
const daysEn = (offset: number): string => DAYS_EN[offset] ?? `${offset} days from`;
const NUMBERS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const DIRECTION_EN = { past: 'before', next: 'after', current: 'of' } as const;
const SEASON_MONTHS: Record<SeasonName, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

/** The parts convention of lib/extract/temporal/anchor.ts applyMod, in words (a year's parts are named by their months). */
const PART_RULES: Record<Locale, Record<'week' | 'month' | 'decade', Record<DateMod, string>>> = {
  en: {
    week: { early: 'days 1–3', mid: 'days 3–5', late: 'days 5–7' },
    month: { early: 'days 1–10', mid: 'days 11–20', late: 'days 21 to the end' },
    decade: { early: 'years 0–3', mid: 'years 4–6', late: 'years 7–9' },
  },
  ar: {
    week: { early: 'الأيام 1–3', mid: 'الأيام 3–5', late: 'الأيام 5–7' },
    month: { early: 'الأيام 1–10', mid: 'الأيام 11–20', late: 'من اليوم 21 إلى آخر الشهر' },
    decade: { early: 'السنوات 0–3', mid: 'السنوات 4–6', late: 'السنوات 7–9' },
  },
};
const partRule = (unit: 'week' | 'month' | 'year' | 'decade', mod: DateMod, locale: Locale): string =>
  unit === 'year' ? monthSpan(YEAR_PART_MONTHS[mod], locale) : PART_RULES[locale][unit][mod];

const monthSpan = ([a, b]: [number, number], locale: Locale): string => `${formatMonthName(a, locale)}–${formatMonthName(b, locale)}`;
const seasonEn = (s: SeasonName): string => `${s} (${monthSpan(SEASON_MONTHS[s], 'en')})`;
const unitsEn = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The label after the arrow: a single day with its weekday, else the range as the timeline shows it. */
function labelOf(range: ReasonRange, locale: Locale): string {
  const oneDay = range.precision === 'day' && range.start === range.end && !range.approximate;
  return oneDay ? formatDay(range.start, locale, { weekday: true }) : formatEventDate(range, locale);
}

// ——— Arabic ———

/** «النشر يوم الخميس 23 يوليو 2020», «النشر في يوليو 2020», «التاريخ المذكور قبله «…» (أكتوبر 2017)». */
function fromAr(from: ReasonAnchor): string {
  switch (from.anchor) {
    case 'publication': return `النشر يوم ${formatDay(from.day, 'ar', { weekday: true })}`;
    case 'publication-month': return `النشر في ${formatMonth(from.month, 'ar')}`;
    case 'previous': return `التاريخ المذكور قبله ${quoteAr(from.text)} (${formatEventDate(from.range, 'ar')})`;
  }
}

const bareAr = (from: ReasonAnchor): string => (from.anchor === 'previous' ? fromAr(from) : 'النشر');
const quoteAr = (text: string): string => `«${isolate(text)}»`;
const yearLessAr = (month: number, day: number | null): string => `${day === null ? '' : `${day} `}${formatMonthName(month, 'ar')}`;

type Unit = 'day' | 'week' | 'month' | 'year';
/** The unit with the article, in construct («شهر النشر»), and the words that agree with it. */
const UNIT_AR: Record<Unit, { the: string; of: string; before: string; after: string; whole: string }> = {
  day: { the: 'اليوم', of: 'يوم', before: 'السابق', after: 'التالي', whole: 'اليوم كله' },
  week: { the: 'الأسبوع', of: 'أسبوع', before: 'السابق', after: 'التالي', whole: 'الأسبوع كله' },
  month: { the: 'الشهر', of: 'شهر', before: 'السابق', after: 'التالي', whole: 'الشهر كله' },
  year: { the: 'السنة', of: 'سنة', before: 'السابقة', after: 'التالية', whole: 'السنة كلها' },
};
/** What «the coming …» spans for an announcement bounded by a day, a week or a month: hours, days or weeks. */
const COMING_EN: Record<'day' | 'week' | 'month', string> = { day: 'hours', week: 'days', month: 'weeks' };
const COMING_AR: Record<'day' | 'week' | 'month', { span: string; later: string }> = {
  day: { span: 'للساعات', later: 'يوم' },
  week: { span: 'للأيام', later: 'أسبوع' },
  month: { span: 'للأسابيع', later: 'شهر' },
};
/** Singular, dual, plural (3–10) and singular after 11 and more, as they read after a preposition or a verb. */
const COUNTED_AR: Record<Unit, [string, string, string, string]> = {
  day: ['يوم واحد', 'يومين', 'أيام', 'يومًا'],
  week: ['أسبوع واحد', 'أسبوعين', 'أسابيع', 'أسبوعًا'],
  month: ['شهر واحد', 'شهرين', 'أشهر', 'شهرًا'],
  year: ['سنة واحدة', 'سنتين', 'سنوات', 'سنة'],
};
function countAr(n: number, unit: Unit): string {
  const [one, two, few, many] = COUNTED_AR[unit];
  if (n === 1) return one;
  if (n === 2) return two;
  return `${n} ${n <= 10 ? few : many}`;
}

function daysAr(offset: number, from: ReasonAnchor): string {
  if (offset === 0 && from.anchor === 'publication') return `يوم النشر نفسه، ${formatDay(from.day, 'ar', { weekday: true })}`;
  const a = fromAr(from);
  if (offset === 0) return `يوم ${a}`;
  return `${offset < 0 ? 'قبل' : 'بعد'} ${countAr(Math.abs(offset), 'day')} من ${a}`;
}

const MOD_AR: Record<DateMod, string> = { early: 'أوائل', mid: 'منتصف', late: 'أواخر' };
const PART_UNIT_AR = { week: 'الأسبوع', month: 'الشهر', year: 'السنة', decade: 'العقد' } as const;
const ORDINAL_AR = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'];
const SEASON_AR: Record<SeasonName, string> = { spring: 'الربيع', summer: 'الصيف', autumn: 'الخريف', winter: 'الشتاء' };
const seasonAr = (s: SeasonName): string => `${SEASON_AR[s]} (${monthSpan(SEASON_MONTHS[s], 'ar')})`;
/** The Hijri month's name, as the date lexicon spells it first. */
const hijriMonthAr = (month: number): string => (hijriMonths.months as Record<string, string[]>)[String(month)]?.[0] ?? String(month);
/** «converted to the Gregorian calendar», agreeing with what was converted. */
const converted = (form: 'محوَّل' | 'محوَّلة' | 'محوَّلان'): string => `${form} إلى التقويم الميلادي (تقويم أم القرى)`;

const daySpanAr = (start: string, end: string): string => (start === end ? formatDay(start, 'ar') : `${formatDay(start, 'ar')}–${formatDay(end, 'ar')}`);

// ——— The registry ———

const REASONS: { [K in DateReasonId]: Entry<K> } = {
  phrase: {
    en: (p, say) => `"${p.text}" → ${labelOf(p.range, 'en')}: ${say(p.reason)}`,
    ar: (p, say) => `${quoteAr(p.text)} ← ${labelOf(p.range, 'ar')}: ${say(p.reason)}`,
  },
  'day-month-year-stated': { en: () => 'day, month and year stated', ar: () => 'اليوم والشهر والسنة مذكورة في النص' },
  'month-year-stated': { en: () => 'month and year stated', ar: () => 'الشهر والسنة مذكوران في النص' },
  'numeric-date': { en: () => 'numeric date stated (day/month/year)', ar: () => 'تاريخ مذكور بالأرقام (يوم/شهر/سنة)' },
  'year-stated': { en: () => 'year stated', ar: () => 'السنة مذكورة في النص' },
  stated: { en: () => 'stated', ar: () => 'مذكورة في النص' },
  'year-to-year': { en: (p) => `from ${p.from} to ${p.to}, years stated`, ar: (p) => `من ${p.from} إلى ${p.to}، والسنتان مذكورتان في النص` },
  'decade-century-stated': { en: () => 'decade and century stated', ar: () => 'العقد والقرن مذكوران في النص' },
  'decade-without-century': {
    en: (p) => `decade stated without century: the latest one starting on or before publication (${p.year})`,
    ar: (p) => `العقد مذكور بلا قرن: آخر عقد بهذا الاسم يبدأ في سنة النشر (${p.year}) أو قبلها`,
  },
  'decade-20th-century': { en: () => 'decade stated without century: taken as the 20th century', ar: () => 'العقد مذكور بلا قرن: يُحمل على القرن العشرين' },
  'year-of': {
    en: (p) => `${yearLessEn(p.month, p.day)} of the year of ${fromEn(p.from)}`,
    ar: (p) => `${yearLessAr(p.month, p.day)} من سنة ${fromAr(p.from)}`,
  },
  'last-before': {
    en: (p) => `the last ${yearLessEn(p.month, p.day)} before ${fromEn(p.from)}`,
    ar: (p) => `آخر ${yearLessAr(p.month, p.day)} قبل ${fromAr(p.from)}`,
  },
  'next-after': {
    en: (p) => `the next ${yearLessEn(p.month, p.day)} after ${fromEn(p.from)}`,
    ar: (p) => `أول ${yearLessAr(p.month, p.day)} بعد ${fromAr(p.from)}`,
  },
  'first-on-or-after': {
    en: (p) => `no year given; the first ${yearLessEn(p.month, p.day)} on or after ${fromEn(p.from)} (future tense)`,
    ar: (p) => `لم تُذكر السنة؛ أول ${yearLessAr(p.month, p.day)} ابتداءً من ${fromAr(p.from)} (الفعل بصيغة المستقبل)`,
  },
  'latest-on-or-before': {
    en: (p) => `no year given; the latest ${yearLessEn(p.month, p.day)} on or before ${fromEn(p.from)}`,
    ar: (p) => `لم تُذكر السنة؛ آخر ${yearLessAr(p.month, p.day)} حتى ${fromAr(p.from)}`,
  },
  'nearest-to': {
    en: (p) => `no year given; the ${yearLessEn(p.month, p.day)} nearest ${fromEn(p.from)} (told in the present tense, or with no tense of its own)`,
    ar: (p) => `لم تُذكر السنة؛ أقرب ${yearLessAr(p.month, p.day)} إلى ${fromAr(p.from)} (بصيغة المضارع أو بلا زمن)`,
  },
  'weekday-year': {
    en: (p) => `no year given; the ${yearLessEn(p.month, p.day)} nearest ${fromEn(p.from)} that falls on a ${formatWeekday(p.weekday, 'en')}`,
    ar: (p) => `لم تُذكر السنة؛ أقرب ${yearLessAr(p.month, p.day)} إلى ${fromAr(p.from)} يوافق يوم ${formatWeekday(p.weekday, 'ar')}`,
  },
  'year-counted': { en: (p) => `year counted from ${fromEn(p.from)}`, ar: (p) => `السنة محسوبة من ${fromAr(p.from)}` },
  'under-way': { en: (p) => `no year given; under way on ${fromEn(p.from)}`, ar: (p) => `لم تُذكر السنة؛ الفترة جارية عند ${fromAr(p.from)}` },
  'day-month-year-counted': {
    en: (p) => `day and month stated; the year counted from ${fromEn(p.from)}`,
    ar: (p) => `اليوم والشهر مذكوران؛ السنة محسوبة من ${fromAr(p.from)}`,
  },
  'month-year-counted': {
    en: (p) => `month stated; the year counted from ${fromEn(p.from)}`,
    ar: (p) => `الشهر مذكور؛ السنة محسوبة من ${fromAr(p.from)}`,
  },
  'decade-century-counted': {
    en: (p) => `decade stated; the century counted from ${fromEn(p.from)}`,
    ar: (p) => `العقد مذكور؛ القرن محسوب من ${fromAr(p.from)}`,
  },
  part: {
    en: (p, say) => `${p.mod} ${p.unit} (${partRule(p.unit, p.mod, 'en')}); ${say(p.reason)}`,
    ar: (p, say) => `${MOD_AR[p.mod]} ${PART_UNIT_AR[p.unit]} (${partRule(p.unit, p.mod, 'ar')})؛ ${say(p.reason)}`,
  },
  'part-relative': {
    en: (p) => `${p.mod} ${p.unit} (${partRule(p.unit, p.mod, 'en')}), ${{ current: 'the one of', past: 'the one before that of', next: 'the one after that of' }[p.dir]} ${fromEn(p.from)}`,
    ar: (p) => {
      const u = UNIT_AR[p.unit];
      const which = p.dir === 'current' ? `${u.of} ${fromAr(p.from)}` : `${u.the} ${p.dir === 'past' ? u.before : u.after} ل${u.of} ${fromAr(p.from)}`;
      return `${MOD_AR[p.mod]} ${PART_UNIT_AR[p.unit]} (${partRule(p.unit, p.mod, 'ar')})، ${which}`;
    },
  },
  'half-month': {
    en: (p, say) => `${p.half === 1 ? 'first' : 'second'} half of the month (days ${p.half === 1 ? '1–15' : '16 to the end'}); ${say(p.reason)}`,
    ar: (p, say) => `النصف ${ORDINAL_AR[p.half - 1]} من الشهر (${p.half === 1 ? 'الأيام 1–15' : 'من اليوم 16 إلى آخره'})؛ ${say(p.reason)}`,
  },
  'half-year': {
    en: (p, say) => `${p.half === 1 ? 'first' : 'second'} half of the year; ${say(p.reason)}`,
    ar: (p, say) => `النصف ${ORDINAL_AR[p.half - 1]} من السنة؛ ${say(p.reason)}`,
  },
  'third-year': {
    en: (p, say) => `${['first', 'second', 'last'][p.third - 1]} third of the year (${['January–April', 'May–August', 'September–December'][p.third - 1]}); ${say(p.reason)}`,
    ar: (p, say) => `الثلث ${['الأول', 'الثاني', 'الأخير'][p.third - 1]} من السنة (${['يناير–أبريل', 'مايو–أغسطس', 'سبتمبر–ديسمبر'][p.third - 1]})؛ ${say(p.reason)}`,
  },
  quarter: {
    en: (p, say) => `quarter ${p.quarter} of the year; ${say(p.reason)}`,
    ar: (p, say) => `الربع ${ORDINAL_AR[p.quarter - 1] ?? p.quarter} من السنة؛ ${say(p.reason)}`,
  },
  'decade-relative': {
    en: (p) => `the calendar decade ${p.offset < 0 ? 'before' : p.offset > 0 ? 'after' : 'of'} that of ${fromEn(p.from)}`,
    ar: (p) => `${p.offset < 0 ? 'العقد السابق لعقد' : p.offset > 0 ? 'العقد التالي لعقد' : 'عقد'} ${fromAr(p.from)}`,
  },
  'days-of-month': {
    en: (p, say) => `days ${p.first} to ${p.last} of the month; year ${say(p.year)}`,
    ar: (p, say) => `الأيام ${p.first} إلى ${p.last} من الشهر؛ السنة: ${say(p.year)}`,
  },
  'day-to-day': { en: (p, say) => `from one stated day to another; year ${say(p.year)}`, ar: (p, say) => `من يوم مذكور إلى آخر؛ السنة: ${say(p.year)}` },
  'days-of-first-month': {
    en: (p, say) => `days ${p.first} to ${p.last} of the month named after the first; year ${say(p.year)}`,
    ar: (p, say) => `الأيام ${p.first} إلى ${p.last} من الشهر المذكور بعد أولها؛ السنة: ${say(p.year)}`,
  },
  'weekday-to-day': {
    en: (p, say) => `from the last such weekday up to day ${p.last} of the month; year ${say(p.year)}`,
    ar: (p, say) => `من آخر يوم بهذا الاسم حتى اليوم ${p.last} من الشهر؛ السنة: ${say(p.year)}`,
  },
  'weekday-to-weekday': {
    en: (p, say) => `from ${say(p.first)}, to the ${formatWeekday(p.last, 'en')} after it`,
    ar: (p, say) => `من ${say(p.first)}، حتى يوم ${formatWeekday(p.last, 'ar')} الذي يليه`,
  },
  'month-to-month': { en: (p, say) => `from one month to another; year ${say(p.year)}`, ar: (p, say) => `من شهر إلى آخر؛ السنة: ${say(p.year)}` },
  'days-from': { en: (p) => `${daysEn(p.offset)} ${fromEn(p.from)}`, ar: (p) => daysAr(p.offset, p.from) },
  'days-from-to': {
    en: (p) => `from ${daysEn(p.first)} to ${daysEn(p.last)} ${fromEn(p.from)}`,
    ar: (p) => `من ${daysAr(p.first, p.from)} إلى ${daysAr(p.last, p.from)}`,
  },
  'days-from-weekday': {
    en: (p) => `${daysEn(p.offset)} ${fromEn(p.from)}, a ${formatWeekday(p.weekday, 'en')}`,
    ar: (p) => `${daysAr(p.offset, p.from)}، وهو يوم ${formatWeekday(p.weekday, 'ar')}`,
  },
  'weekday-nearest': {
    en: (p) => `the ${formatWeekday(p.weekday, 'en')} nearest ${formatDay(p.day, 'en', { weekday: true })} (${daysEn(p.offset)} ${fromEn(p.from)}): the weekday wins`,
    ar: (p) => `يوم ${formatWeekday(p.weekday, 'ar')} الأقرب إلى ${formatDay(p.day, 'ar', { weekday: true })} (${daysAr(p.offset, p.from)}): يُقدَّم اسم اليوم`,
  },
  'publication-weekday': {
    en: (p) => `the day of publication itself (${formatDay(p.day, 'en', { weekday: true })}), a ${formatWeekday(p.weekday, 'en')}`,
    ar: (p) => `يوم النشر نفسه (${formatDay(p.day, 'ar', { weekday: true })})، وهو يوم ${formatWeekday(p.weekday, 'ar')}`,
  },
  'weekday-after': {
    en: (p) => `the ${formatWeekday(p.weekday, 'en')} after ${fromEn(p.from)}`,
    ar: (p) => `أول يوم ${formatWeekday(p.weekday, 'ar')} بعد ${fromAr(p.from)}`,
  },
  'weekday-before': {
    en: (p) => `the ${formatWeekday(p.weekday, 'en')} before ${fromEn(p.from)}`,
    ar: (p) => `آخر يوم ${formatWeekday(p.weekday, 'ar')} قبل ${fromAr(p.from)}`,
  },
  'year-relative': {
    en: (p) => `the year ${DIRECTION_EN[p.dir]} ${bareEn(p.from)} (${p.year})`,
    ar: (p) => `${{ past: 'السنة السابقة لسنة', next: 'السنة التالية لسنة', current: 'سنة' }[p.dir]} ${bareAr(p.from)} (${p.year})`,
  },
  'unit-of': { en: (p) => `the ${p.unit} of ${fromEn(p.from)}`, ar: (p) => `${UNIT_AR[p.unit].of} ${fromAr(p.from)}` },
  'unit-relative': {
    en: (p) => `the ${p.unit} ${DIRECTION_EN[p.dir]} that of ${fromEn(p.from)}`,
    ar: (p) => {
      const u = UNIT_AR[p.unit];
      return `${u.the} ${p.dir === 'past' ? u.before : u.after} ل${u.of} ${fromAr(p.from)}`;
    },
  },
  'weeks-monday-sunday': {
    en: (p, say) => `${say(p.reason)} (weeks run Monday–Sunday)`,
    ar: (p, say) => `${say(p.reason)} (يبدأ الأسبوع يوم ${formatWeekday(1, 'ar')} وينتهي يوم ${formatWeekday(0, 'ar')})`,
  },
  'day-of-month': {
    en: (p) => `${p.last === undefined ? `day ${p.day}` : `days ${p.day}–${p.last}`} of the month ${DIRECTION_EN[p.dir]} ${p.dir === 'current' ? '' : 'that of '}${fromEn(p.from)}`,
    ar: (p) => `${p.last === undefined ? `اليوم ${p.day}` : `الأيام ${p.day}–${p.last}`} من ${p.dir === 'current' ? 'شهر' : p.dir === 'past' ? 'الشهر السابق لشهر' : 'الشهر التالي لشهر'} ${fromAr(p.from)}`,
  },
  counted: {
    en: (p) => {
      const quantity = `${p.approximate ? 'about ' : ''}${NUMBERS_EN[p.count] ?? p.count} ${p.unit}${p.count === 1 ? '' : 's'}`;
      return `${quantity} ${p.future ? 'after' : 'before'} ${fromEn(p.from)}${p.unit === 'day' ? '' : `, taken as that whole ${p.unit}`}`;
    },
    ar: (p) => {
      const quantity = `${p.future ? 'بعد' : 'قبل'} ${p.approximate ? 'نحو ' : ''}${countAr(p.count, p.unit)} من ${fromAr(p.from)}`;
      return p.unit === 'day' ? quantity : `${quantity}، ويُقصد ${UNIT_AR[p.unit].whole}`;
    },
  },
  within: {
    en: (p) => `announced as within ${NUMBERS_EN[p.count] ?? p.count} ${p.unit}${p.count === 1 ? '' : 's'} of ${fromEn(p.from)}: from the next day to then`,
    ar: (p) => `أُعلن في غضون ${countAr(p.count, p.unit)} من ${fromAr(p.from)}: من اليوم التالي إلى نهايتها`,
  },
  soon: {
    en: (p) => `announced as soon after ${fromEn(p.from)}: from then to the end of that year`,
    ar: (p) => `أُعلن أنه قريب بعد ${fromAr(p.from)}: من ذلك اليوم إلى نهاية تلك السنة`,
  },
  coming: {
    en: (p) => `announced for the coming ${COMING_EN[p.unit]} after ${fromEn(p.from)}: from then to a ${p.unit} later`,
    ar: (p) => `أُعلن ${COMING_AR[p.unit].span} المقبلة بعد ${fromAr(p.from)}: من ذلك اليوم إلى ${COMING_AR[p.unit].later} بعده`,
  },
  'past-few': {
    en: (p) => `told as a few ${p.unit === 'week' ? 'days' : 'weeks'} before ${fromEn(p.from)}: ${p.unit === 'week' ? 'the week before it' : 'from a month to a week before it'}`,
    ar: (p) => `قبل ${p.unit === 'week' ? 'أيام' : 'أسابيع'} من ${fromAr(p.from)}: ${p.unit === 'week' ? 'الأسبوع السابق له' : 'من شهر إلى أسبوع قبله'}`,
  },
  'earlier-in': {
    en: (p) => `earlier in the ${p.unit} of ${fromEn(p.from)}, up to publication`,
    ar: (p) => `في وقت سابق من ${UNIT_AR[p.unit].of} ${fromAr(p.from)}، حتى النشر`,
  },
  'later-in': {
    en: (p) => `later in the ${p.unit} of ${fromEn(p.from)}, after publication`,
    ar: (p) => `في وقت لاحق من ${UNIT_AR[p.unit].of} ${fromAr(p.from)}، بعد النشر`,
  },
  'season-year-stated': { en: (p) => `${seasonEn(p.season)} of the year stated`, ar: (p) => `${seasonAr(p.season)} من السنة المذكورة في النص` },
  'season-year-counted': {
    en: (p) => `${seasonEn(p.season)} of the year counted from ${fromEn(p.from)}`,
    ar: (p) => `${seasonAr(p.season)} من السنة المحسوبة من ${fromAr(p.from)}`,
  },
  'season-relative': {
    en: (p) => `${seasonEn(p.season)}, ${{ past: 'the latest one begun by', future: 'the first one not over by', next: 'the next one after', current: 'the one around' }[p.pick]} ${fromEn(p.from)}`,
    ar: (p) => `${seasonAr(p.season)}، ${{ past: 'آخر ما بدأ منه حتى', future: 'أول ما لم ينته منه عند', next: 'أول ما يبدأ منه بعد', current: 'الجاري عند' }[p.pick]} ${fromAr(p.from)}`,
  },
  'season-last-over': {
    en: (p) => `${seasonEn(p.season)}, the last one over before ${fromEn(p.from)}`,
    ar: (p) => `${seasonAr(p.season)}، آخر ما انتهى منه قبل ${fromAr(p.from)}`,
  },
  'hijri-range-gregorian': {
    en: () => 'Hijri day range with its Gregorian equivalent stated (الموافق); the Gregorian days are used',
    ar: () => `أيام هجرية مذكورة مع ما يوافقها بالميلادي (${isolate('الموافق')})؛ تُعتمد الأيام الميلادية`,
  },
  'hijri-date-gregorian': {
    en: () => 'Hijri date with its Gregorian equivalent stated (الموافق); the Gregorian date is used',
    ar: () => `تاريخ هجري مذكور مع ما يوافقه بالميلادي (${isolate('الموافق')})؛ يُعتمد التاريخ الميلادي`,
  },
  'hijri-days': {
    en: (p) => `Hijri days ${p.first}–${p.last}/${p.month}/${p.year} converted to the Gregorian calendar (Umm al-Qura)`,
    ar: (p) => `الأيام ${p.first}–${p.last} من ${hijriMonthAr(p.month)} ${p.year} هـ، ${converted('محوَّلة')}`,
  },
  'hijri-days-year-less': {
    en: (p) => `Hijri days ${p.first}–${p.last} of a month without year, converted (Umm al-Qura); the ${p.past ? 'latest on or before' : 'first ending on or after'} ${fromEn(p.from)}`,
    ar: (p) => `الأيام ${p.first}–${p.last} من شهر هجري بلا سنة، ${converted('محوَّلة')}؛ ${p.past ? 'آخر موعد لها حتى' : 'أول موعد لها ينتهي ابتداءً من'} ${fromAr(p.from)}`,
  },
  'hijri-date': {
    en: (p) => `Hijri date ${p.day}/${p.month}/${p.year} converted to the Gregorian calendar (Umm al-Qura)`,
    ar: (p) => `التاريخ الهجري ${p.day} ${hijriMonthAr(p.month)} ${p.year} هـ، ${converted('محوَّل')}`,
  },
  'hijri-day-year-less': {
    en: (p) => `Hijri day and month without year, converted (Umm al-Qura); the ${p.past ? 'latest on or before' : 'first on or after'} ${fromEn(p.from)}`,
    ar: (p) => `يوم وشهر هجريان بلا سنة، ${converted('محوَّلان')}؛ ${p.past ? 'آخر موعد لهما حتى' : 'أول موعد لهما ابتداءً من'} ${fromAr(p.from)}`,
  },
  'hijri-month': {
    en: (p) => `Hijri month ${p.month} of ${p.year} converted to the Gregorian calendar (Umm al-Qura)`,
    ar: (p) => `شهر ${hijriMonthAr(p.month)} ${p.year} هـ، ${converted('محوَّل')}`,
  },
  'hijri-year': {
    en: (p) => `Hijri year ${p.year} converted to the Gregorian calendar (Umm al-Qura)`,
    ar: (p) => `السنة الهجرية ${p.year} هـ، ${converted('محوَّلة')}`,
  },
  'hijri-month-year-less': {
    en: (p) => `Hijri month without year (Umm al-Qura); the ${p.past ? 'latest' : 'next'} one ${p.past ? 'on or before' : 'on or after'} ${fromEn(p.from)}`,
    ar: (p) => `شهر هجري بلا سنة (تقويم أم القرى)؛ ${p.past ? 'آخر موعد له حتى' : 'أول موعد له ابتداءً من'} ${fromAr(p.from)}`,
  },
  'same-any-day': {
    en: (p, say) => `${say(p.reason)} (the same for any day of that month)`,
    ar: (p, say) => `${say(p.reason)} (والنتيجة نفسها لأي يوم من ذلك الشهر)`,
  },
  'same-weekday-stated': {
    en: (p) => `the same weekday the article dates in full as «${p.text}», which the month of publication alone cannot place`,
    ar: (p) => `اليوم نفسه من الأسبوع الذي يؤرخه المقال كاملا ${quoteAr(p.text)}، إذ لا يكفي شهر النشر وحده لتحديده`,
  },
  'page-month-reading': {
    en: (p, say) => `publication is known only to the month (${formatMonth(p.month, 'en')}), and its first and last days read this a year apart; the reading in that month is taken: ${say(p.reason)}`,
    ar: (p, say) => `تاريخ النشر معروف بالشهر فقط (${formatMonth(p.month, 'ar')})، وأول أيامه وآخرها يضعان التاريخ على بعد سنة؛ فأُخذت القراءة الواقعة في ذلك الشهر: ${say(p.reason)}`,
  },
  'month-only-publication': {
    en: (p) => `publication is known only to the month (${p.month ? formatMonth(p.month, 'en') : 'a month'}): read against its first day this is ${formatEventDate(p.first, 'en')}, against its last day ${formatEventDate(p.last, 'en')}, so any day in between${p.withinTheMonth ? '; taken as within that month, the page\'s, though its first or last days would place it a few days outside' : ''}`,
    ar: (p) => `تاريخ النشر معروف بالشهر فقط (${p.month ? formatMonth(p.month, 'ar') : 'شهر ما'}): بحسب أول يوم فيه يكون ${formatEventDate(p.first, 'ar')}، وبحسب آخر يوم فيه ${formatEventDate(p.last, 'ar')}، فهو أي يوم بينهما${p.withinTheMonth ? '؛ وأُخذ داخل ذلك الشهر، شهر الصفحة، وإن كانت أيامه الأولى أو الأخيرة قد تضعه خارجه ببضعة أيام' : ''}`,
  },
  'neighbour-period': {
    en: (p, say) => `the period ${p.side} this one, about as long (${say(p.reason)})`,
    ar: (p, say) => `الفترة ${p.side === 'after' ? 'التالية لهذه' : 'السابقة لهذه'}، بطولها تقريبًا (${say(p.reason)})`,
  },
  'week-of-month': {
    en: (p, say) => `the ${['first', 'second', 'third', 'fourth', 'fifth'][p.week - 1] ?? p.week} week of the month (days ${p.first}–${p.last}), the ordinal counting weeks, not days: ${say(p.reason)}`,
    ar: (p, say) => `الأسبوع ${ORDINAL_AR[p.week - 1] ?? p.week} من الشهر (الأيام ${p.first}–${p.last})، والعدد الترتيبي يعدّ الأسابيع لا الأيام: ${say(p.reason)}`,
  },
  'publication-day': {
    en: (p) => `No date in the text: the article's publication date, ${formatDay(p.day, 'en')}`,
    ar: (p) => `لا تاريخ في النص: تاريخ نشر المقال، ${formatDay(p.day, 'ar')}`,
  },
  'publication-month': {
    en: (p) => `No date in the text: the article's publication month, ${formatMonth(p.month, 'en')} (the day is not known)`,
    ar: (p) => `لا تاريخ في النص: شهر نشر المقال، ${formatMonth(p.month, 'ar')} (اليوم غير معروف)`,
  },
  'event-offset': {
    en: (p) => p.count === 0 ? `«${p.text}» places it within hours of another event of the article, dated ${p.start === p.end ? p.start : `${p.start}..${p.end}`}, on its day` : `«${p.text}» counts ${unitsEn(Math.abs(p.count), p.unit)} ${p.count < 0 ? 'before' : 'after'} another event of the article, dated ${p.start === p.end ? p.start : `${p.start}..${p.end}`}`,
    ar: (p) => p.count === 0 ? `${quoteAr(p.text)} يضعه في غضون ساعات من حدث آخر في المقال، مؤرَّخ ${daySpanAr(p.start, p.end)}، في يومه` : `${quoteAr(p.text)} يعدّ ${countAr(Math.abs(p.count), p.unit)} ${p.count < 0 ? 'قبل' : 'بعد'} حدث آخر في المقال، مؤرَّخ ${daySpanAr(p.start, p.end)}`,
  },
  'article-date': {
    en: (p, say) => `No date of its own; reported in the past tense, so it takes ${p.lead ? 'the date the lead paragraph gives' : 'the publication date'}. ${say(p.reason)}`,
    ar: (p, say) => `ليس له تاريخ خاص به؛ رُوي بصيغة الماضي، فيأخذ ${p.lead ? 'التاريخ الذي تذكره الفقرة الأولى' : 'تاريخ النشر'}. ${say(p.reason)}`,
  },
  'time-of-day': {
    en: (p, say) => `Told at an hour or a part of the day with no day of its own, so it is on the day the story tells: ${p.lead ? 'the date the lead paragraph gives' : 'the publication date'}. ${say(p.reason)}`,
    ar: (p, say) => `رُوي في ساعة أو جزء من اليوم دون ذكر اليوم، فهو في اليوم الذي يرويه الخبر: ${p.lead ? 'التاريخ الذي تذكره الفقرة الأولى' : 'تاريخ النشر'}. ${say(p.reason)}`,
  },
  'told-as': {
    en: (p, say) => `Told as ${{ during: 'during', after: 'just after', before: 'just before' }[p.relation]} another event of the article («${p.text || 'article date'}»): ${say(p.reason)}`,
    ar: (p, say) => `رُوي ${{ during: 'في أثناء', after: 'بُعيد', before: 'قُبيل' }[p.relation]} حدث آخر في المقال (${p.text ? quoteAr(p.text) : 'تاريخ المقال'}): ${say(p.reason)}`,
  },
  'refers-back': {
    en: (p, say) => `Refers back to an event dated elsewhere in the article («${p.text || 'article date'}»): ${say(p.reason)}`,
    ar: (p, say) => `يشير إلى حدث مؤرَّخ في موضع آخر من المقال (${p.text ? quoteAr(p.text) : 'تاريخ المقال'}): ${say(p.reason)}`,
  },
  'this-trip': {
    en: (p, say) => `Named as «this» trip, the one the article's news («${p.text || 'article date'}») happened on: ${say(p.reason)}`,
    ar: (p, say) => `سُمّيت «هذه» الزيارة، وهي الزيارة التي جرى خلالها خبر المقال (${p.text ? quoteAr(p.text) : 'تاريخ المقال'}): ${say(p.reason)}`,
  },
  'delegation-visit': {
    en: (p, say) => `Done by the delegation whose visit the article told before («${p.text || 'article date'}»): ${say(p.reason)}`,
    ar: (p, say) => `قام به الوفد الذي روى المقال زيارته قبله (${p.text ? quoteAr(p.text) : 'تاريخ المقال'}): ${say(p.reason)}`,
  },
  'first-since': {
    en: (p, say) => `The article's visit is the first since «${p.text}», so the last one was made then: ${say(p.reason)}`,
    ar: (p, say) => `زيارة المقال هي الأولى منذ ${quoteAr(p.text)}، فآخر زيارة قبلها كانت حينئذ: ${say(p.reason)}`,
  },
  'same-clause': {
    en: (p, say) => `Told in the same clause as another event dated «${p.text}»: ${say(p.reason)}`,
    ar: (p, say) => `رُوي في الجملة نفسها مع حدث آخر مؤرَّخ ${quoteAr(p.text)}: ${say(p.reason)}`,
  },
  dateline: {
    en: (p, say) => `${say(p.reason)} (the date of the dateline that opens the story)`,
    ar: (p, say) => `${say(p.reason)} (تاريخ السطر الذي يفتتح به الخبر)`,
  },
  'lead-paragraph': {
    en: (p, say) => `${say(p.reason)} (the date the lead paragraph gives)`,
    ar: (p, say) => `${say(p.reason)} (التاريخ الذي تذكره الفقرة الأولى)`,
  },
  lasting: {
    en: (p, say) => `${say(p.reason)}; lasting ${p.days} days («${p.text}»), so ${p.nth ? `its day ${p.nth}` : p.ending ? 'its last day' : 'its first day'}`,
    ar: (p, say) => `${say(p.reason)}؛ ويستمر ${countAr(p.days, 'day')} (${quoteAr(p.text)})، فهذا ${p.nth ? `يومه ${ORDINAL_AR[p.nth - 1] ?? p.nth}` : p.ending ? 'آخر أيامه' : 'أول أيامه'}`,
  },
  'end-of-event': {
    en: (p, say) => `${say(p.reason)}; held ${p.end === 'last' ? 'at its close, on its last day' : p.end === 'first' ? 'at its opening, on its first day' : `on day ${p.end} of it`}`,
    ar: (p, say) => `${say(p.reason)}؛ ${p.end === 'last' ? 'في ختامه، أي آخر أيامه' : p.end === 'first' ? 'في مستهله، أي أول أيامه' : `في اليوم رقم ${p.end} منه`}`,
  },
  'lasting-until': {
    en: (p, say) => `${say(p.reason)}; lasting until ${formatDay(p.end, 'en', { weekday: true })} («${p.text}»)`,
    ar: (p, say) => `${say(p.reason)}؛ ويستمر حتى ${formatDay(p.end, 'ar', { weekday: true })} (${quoteAr(p.text)})`,
  },
  'lasting-from': {
    en: (p, say) => `${say(p.reason)}, its last day; begun on ${formatDay(p.start, 'en', { weekday: true })} («${p.text}»)`,
    ar: (p, say) => `${say(p.reason)}، وهو آخر أيامه؛ وبدأ ${formatDay(p.start, 'ar', { weekday: true })} (${quoteAr(p.text)})`,
  },
  'anniversary-count': {
    en: (p, say) => `${p.years} years before the anniversary «${p.text}» is marked: ${say(p.reason)}`,
    ar: (p, say) => `قبل ${countAr(p.years, 'year')} من إحياء الذكرى ${quoteAr(p.text)}: ${say(p.reason)}`,
  },
  'as-written': { en: (p) => p.en, ar: (p) => p.en },
};

/** Every message id of the registry. */
export const DATE_REASON_IDS = Object.keys(REASONS) as DateReasonId[];

/** The explanation in one language. */
export function renderDateReason(reason: DateReason, locale: Locale): string {
  const say: Say = (r) => (REASONS[r.id][locale] as Render<DateReasonId>)(r as DateReasonOf<DateReasonId>, say);
  return say(reason);
}

/** Whether every part of the reason has its own sentence (none is a stored English one). */
function structured(reason: DateReason): boolean {
  if (reason.id === 'as-written') return false;
  return Object.values(reason).every((value) => !(value && typeof value === 'object' && 'id' in value) || structured(value as DateReason));
}

/**
 * How an event's date was found, for a reader of `locale`: from its reason when it has one; otherwise (a date stored
 * before reasons were) the English sentence, marked as English so the page can say so.
 */
export function explainDate(date: Pick<EventDate, 'explanation' | 'reason'>, locale: Locale): { text: string; lang: Locale } {
  if (date.reason && structured(date.reason)) return { text: renderDateReason(date.reason, locale), lang: locale };
  return { text: date.explanation, lang: 'en' };
}

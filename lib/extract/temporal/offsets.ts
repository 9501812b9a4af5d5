/**
 * Offsets from another event: «بعد ثلاثة أيام من زيارة السيسي», «قبل أسبوع من القمة», «بعد نحو شهر من تلقيه دعوة»,
 * «بعد نحو من أسبوع من اتصال».
 * The phrase places the event named after it against the event of its clause: that one minus (after «بعد») or plus
 * (after «قبل») the count. «وفي اليوم التالي التقى …» places the event after it one day after the event told before
 * it, «وبعدها بيومين» two days after it; «عشية المحادثات» puts the talks on the day after the clause's event, «غداة
 * اللقاء» and «في اليوم التالي للقاء» the meeting on the day before it; «قبيل المباحثات», «بعيد وصوله» put the talks or the arrival on its day. Found in the folded text; resolving it needs the other event's date. Pure.
 */
import type { EventDate, Precision } from '@/lib/domain/event';
import { addMonths, iso, monthRange, parseIso, weekRange, yearRange, ymd, type Day } from './calendar';
import { explained } from './explain';
import { AFTER, AGO, APPROX, CARDINALS, EVE_OF, FOLLOWING_DAY, MORROW_OF, RELATIVE_DAYS, THIS, UNIT_WORDS, VAGUE_CARDINALS, WEEKDAYS, WITHIN_HOURS_OF, alt, lookup, type Unit } from './lexicon';

export interface EventOffset {
  /** Folded offsets of the phrase, up to and including «من». */
  start: number;
  end: number;
  /** How far the event named after the phrase lies from the clause's event: negative before it. */
  count: number;
  unit: Unit;
  approximate: boolean;
  /** «اليوم التالي»: counted from the event told before it, in its sentence or the one before. */
  following: boolean;
}

const UNIT = alt(UNIT_WORDS.keys());
const COUNT = alt(CARDINALS.keys());
// «بعد» and «قبل» are the lexicon's after/ago words that take «من» and a noun.
const WORDS = alt([...AFTER, ...AGO].filter((w) => /^(?:بعد|قبل)$/.test(w)));
// «بعد يوم واحد من»: a unit and «واحد» after it is one of it.
const RX = new RegExp(String.raw`(?<w>${WORDS})\s+(?:(?<ap>${alt(APPROX)})\s*(?:من\s+)?)?(?:(?<n>\d{1,3}|${COUNT})\s+(?<u>${UNIT})|(?<u0>${UNIT})(?:\s+(?:واحد|واحدا|واحده))?)\s+من(?=\s)`, 'gu');
// «وبعدها بيومين», «وبعد ذلك بثلاثة أيام»: counted from the event just told, as «اليوم التالي» is.
const AFTER_IT_RX = new RegExp(String.raw`(?<![\p{L}])و?(?:بعد|عقب)(?:ها|ه|\s+ذلك)\s+ب(?:(?<n>\d{1,3}|${COUNT})\s+(?<u>${UNIT})|(?<u0>${UNIT}))(?!\p{L})`, 'gu');
// «عشية انطلاق المحادثات»: the eve of the event named after it; not before a day word («عشية الأحد»: that evening).
const DAY_WORDS = alt([...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...THIS, 'يوم', 'اليوم']);
const EVE_RX = new RegExp(String.raw`(?<![\p{L}])و?(?:${alt(EVE_OF)})(?!\p{L})(?!\s+(?:ال)?(?:${DAY_WORDS})(?!\p{L}))`, 'gu');
// «غداة لقاء أجراه مع بلينكن»: the morrow of the event named after it, which came the day before.
const MORROW_RX = new RegExp(String.raw`(?<![\p{L}])و?(?:${alt(MORROW_OF)})(?!\p{L})(?!\s+(?:ال)?(?:${DAY_WORDS})(?!\p{L}))`, 'gu');
// «قبيل مباحثاته», «بعيد وصوله»: the event named after it within hours of the clause's, on its day.
const WITHIN_HOURS_RX = new RegExp(String.raw`(?<![\p{L}])و?(?:${alt(WITHIN_HOURS_OF)})(?!\p{L})(?!\s+(?:(?:ال)?(?:${DAY_WORDS})|ان)(?!\p{L}))`, 'gu');
const LETTER = /\p{L}/u;
// Not «اليوم التالي لوصوله», «… من الزيارة»: there the event it follows is named after it.
const FOLLOWING_RX = new RegExp(String.raw`(?<![\p{L}])(?:${alt(FOLLOWING_DAY)})(?!\p{L})(?!\s+(?:ل|من(?!\p{L})))`, 'gu');
// «في اليوم التالي لانتخاب رئيس بوليفيا»: the day after the event named after it, as «غداة» is.
const FOLLOWING_OF_RX = new RegExp(String.raw`(?<![\p{L}])(?:${alt(FOLLOWING_DAY)})\s+(?:من\s+)?(?=ل?\p{L})`, 'gu');

export function findEventOffsets(folded: string): EventOffset[] {
  const out: EventOffset[] = [];
  for (const m of folded.matchAll(RX)) {
    if (m.index! > 0 && LETTER.test(folded[m.index! - 1]!) && !/[وف]/.test(folded[m.index! - 1]!)) continue;
    const g = m.groups!;
    const unit = lookup(UNIT_WORDS, g.u ?? g.u0);
    if (!unit) continue;
    let count: number;
    if (g.n !== undefined) {
      const n = /^\d+$/.test(g.n) ? Number(g.n) : lookup(CARDINALS, g.n);
      if (n === undefined || n < 1 || n > 100) continue;
      count = n;
    } else if (unit.form === 'dual') count = 2;
    else if (unit.form === 'sing' || unit.form === 'acc') count = 1;
    else continue;
    // «بعد ثلاثة أيام من زيارة X»: the visit came three days before the clause's event.
    const sign = g.w === 'بعد' ? -1 : 1;
    out.push({ start: m.index!, end: m.index! + m[0].length, count: sign * count, unit: unit.unit, approximate: g.ap !== undefined || (g.n !== undefined && VAGUE_CARDINALS.has(g.n)), following: false });
  }
  for (const m of folded.matchAll(AFTER_IT_RX)) {
    const g = m.groups!;
    const unit = lookup(UNIT_WORDS, g.u ?? g.u0);
    const n = g.n === undefined ? (unit?.form === 'dual' ? 2 : 1) : /^\d+$/.test(g.n) ? Number(g.n) : lookup(CARDINALS, g.n);
    if (!unit || n === undefined || n < 1 || n > 100 || (g.n === undefined && unit.form === 'plural')) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, count: n, unit: unit.unit, approximate: g.n !== undefined && VAGUE_CARDINALS.has(g.n), following: true });
  }
  for (const m of folded.matchAll(EVE_RX)) out.push({ start: m.index!, end: m.index! + m[0].length, count: 1, unit: 'day', approximate: false, following: false });
  for (const m of folded.matchAll(WITHIN_HOURS_RX)) out.push({ start: m.index!, end: m.index! + m[0].length, count: 0, unit: 'day', approximate: true, following: false });
  for (const m of folded.matchAll(MORROW_RX)) out.push({ start: m.index!, end: m.index! + m[0].length, count: -1, unit: 'day', approximate: false, following: false });
  for (const m of folded.matchAll(FOLLOWING_RX)) out.push({ start: m.index!, end: m.index! + m[0].length, count: 1, unit: 'day', approximate: false, following: true });
  for (const m of folded.matchAll(FOLLOWING_OF_RX)) {
    if (out.some((o) => o.start === m.index!)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, count: -1, unit: 'day', approximate: false, following: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date of the event an offset phrase names, from the date of the event it is counted from: a day moved by days,
 * else the whole week, month or year the move lands in.
 */
export function shiftedDate(from: EventDate, offset: EventOffset, written: string): EventDate | null {
  const day = parseIso(from.start);
  if (day === null) return null;
  let start: Day, end: Day, precision: Precision;
  switch (offset.unit) {
    case 'day':
      if (from.precision !== 'day') return null;
      // «وفي اليوم التالي» after a stay of days: the day after its first, the one the text has just told.
      start = day + offset.count; end = offset.following ? start : (parseIso(from.end) ?? day) + offset.count; precision = 'day';
      break;
    case 'week': ({ start, end } = weekRange(day + 7 * offset.count)); precision = 'week'; break;
    case 'month': {
      const { y, m } = ymd(day);
      const t = addMonths(y, m, offset.count);
      ({ start, end } = monthRange(t.y, t.m)); precision = 'month';
      break;
    }
    case 'year': ({ start, end } = yearRange(ymd(day).y + offset.count)); precision = 'year'; break;
  }
  return {
    start: iso(start), end: iso(end), precision, approximate: offset.approximate || precision !== 'day', mod: null, text: written, basis: 'event',
    ...explained({ id: 'event-offset', text: written, count: offset.count, unit: offset.unit, start: from.start, end: from.end }),
  };
}

/** The registry of date explanations: every message id in English and in Arabic, and the engine's reasons read in Arabic. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateReason, DateReasonId, DateReasonOf, ReasonAnchor, ReasonRange } from '@/lib/domain/date-reason';
import type { EventDate } from '@/lib/domain/event';
import { readCorpusSync, toArticleInput } from '@/lib/corpus/load';
import { extractCorpus } from '@/lib/extract';
import { findTemporalMentions } from '@/lib/extract/temporal';
import { DATE_REASON_IDS, explainDate, renderDateReason } from './date-reasons';

const pub: ReasonAnchor = { anchor: 'publication', day: '2020-07-23' };
const pubMonth: ReasonAnchor = { anchor: 'publication-month', month: '2020-07' };
const oct2017: ReasonRange = { start: '2017-10-01', end: '2017-10-31', precision: 'month', approximate: false, mod: null };
const previous: ReasonAnchor = { anchor: 'previous', text: 'أكتوبر 2017', range: oct2017 };
const stated: DateReason = { id: 'year-stated' };
const wednesday: DateReason = { id: 'weekday-before', weekday: 3, from: pub };
const day = (iso: string): ReasonRange => ({ start: iso, end: iso, precision: 'day', approximate: false, mod: null });

/** One reason of every id, with what it says in English and in Arabic. */
const CASES: { [K in DateReasonId]: [DateReasonOf<K>, string, string] } = {
  phrase: [
    { id: 'phrase', text: 'الأربعاء', range: day('2020-07-22'), reason: wednesday },
    '"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020',
    '«\u2068الأربعاء\u2069» ← الأربعاء 22 يوليو 2020: آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020',
  ],
  'day-month-year-stated': [
    { id: 'day-month-year-stated' },
    'day, month and year stated',
    'اليوم والشهر والسنة مذكورة في النص',
  ],
  'month-year-stated': [
    { id: 'month-year-stated' },
    'month and year stated',
    'الشهر والسنة مذكوران في النص',
  ],
  'numeric-date': [
    { id: 'numeric-date' },
    'numeric date stated (day/month/year)',
    'تاريخ مذكور بالأرقام (يوم/شهر/سنة)',
  ],
  'year-stated': [
    { id: 'year-stated' },
    'year stated',
    'السنة مذكورة في النص',
  ],
  stated: [
    { id: 'stated' },
    'stated',
    'مذكورة في النص',
  ],
  'year-to-year': [
    { id: 'year-to-year', from: 2019, to: 2020 },
    'from 2019 to 2020, years stated',
    'من 2019 إلى 2020، والسنتان مذكورتان في النص',
  ],
  'decade-century-stated': [
    { id: 'decade-century-stated' },
    'decade and century stated',
    'العقد والقرن مذكوران في النص',
  ],
  'decade-without-century': [
    { id: 'decade-without-century', year: 2020 },
    'decade stated without century: the latest one starting on or before publication (2020)',
    'العقد مذكور بلا قرن: آخر عقد بهذا الاسم يبدأ في سنة النشر (2020) أو قبلها',
  ],
  'decade-20th-century': [
    { id: 'decade-20th-century' },
    'decade stated without century: taken as the 20th century',
    'العقد مذكور بلا قرن: يُحمل على القرن العشرين',
  ],
  'year-of': [
    { id: 'year-of', month: 5, day: 14, from: pub },
    '14 May of the year of publication on Thu 23 Jul 2020',
    '14 مايو من سنة النشر يوم الخميس 23 يوليو 2020',
  ],
  'last-before': [
    { id: 'last-before', month: 7, day: null, from: pubMonth },
    'the last Jul before publication in Jul 2020',
    'آخر يوليو قبل النشر في يوليو 2020',
  ],
  'next-after': [
    { id: 'next-after', month: 9, day: null, from: pub },
    'the next Sep after publication on Thu 23 Jul 2020',
    'أول سبتمبر بعد النشر يوم الخميس 23 يوليو 2020',
  ],
  'first-on-or-after': [
    { id: 'first-on-or-after', month: 10, day: 5, from: pub },
    'no year given; the first 5 Oct on or after publication on Thu 23 Jul 2020 (future tense)',
    'لم تُذكر السنة؛ أول 5 أكتوبر ابتداءً من النشر يوم الخميس 23 يوليو 2020 (الفعل بصيغة المستقبل)',
  ],
  'latest-on-or-before': [
    { id: 'latest-on-or-before', month: 10, day: null, from: previous },
    'no year given; the latest Oct on or before the date before it, «أكتوبر 2017» (Oct 2017)',
    'لم تُذكر السنة؛ آخر أكتوبر حتى التاريخ المذكور قبله «\u2068أكتوبر 2017\u2069» (أكتوبر 2017)',
  ],
  'nearest-to': [
    { id: 'nearest-to', month: 10, day: 28, from: pub },
    'no year given; the 28 Oct nearest publication on Thu 23 Jul 2020 (told in the present tense, or with no tense of its own)',
    'لم تُذكر السنة؛ أقرب 28 أكتوبر إلى النشر يوم الخميس 23 يوليو 2020 (بصيغة المضارع أو بلا زمن)',
  ],
  'weekday-year': [
    { id: 'weekday-year', month: 12, day: 10, weekday: 3, from: pub },
    'no year given; the 10 Dec nearest publication on Thu 23 Jul 2020 that falls on a Wednesday',
    'لم تُذكر السنة؛ أقرب 10 ديسمبر إلى النشر يوم الخميس 23 يوليو 2020 يوافق يوم الأربعاء',
  ],
  'year-counted': [
    { id: 'year-counted', from: pub },
    'year counted from publication on Thu 23 Jul 2020',
    'السنة محسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'under-way': [
    { id: 'under-way', from: pub },
    'no year given; under way on publication on Thu 23 Jul 2020',
    'لم تُذكر السنة؛ الفترة جارية عند النشر يوم الخميس 23 يوليو 2020',
  ],
  'day-month-year-counted': [
    { id: 'day-month-year-counted', from: pub },
    'day and month stated; the year counted from publication on Thu 23 Jul 2020',
    'اليوم والشهر مذكوران؛ السنة محسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'month-year-counted': [
    { id: 'month-year-counted', from: pub },
    'month stated; the year counted from publication on Thu 23 Jul 2020',
    'الشهر مذكور؛ السنة محسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'decade-century-counted': [
    { id: 'decade-century-counted', from: pub },
    'decade stated; the century counted from publication on Thu 23 Jul 2020',
    'العقد مذكور؛ القرن محسوب من النشر يوم الخميس 23 يوليو 2020',
  ],
  part: [
    { id: 'part', mod: 'late', unit: 'year', reason: stated },
    'late year (Oct–Dec); year stated',
    'أواخر السنة (أكتوبر–ديسمبر)؛ السنة مذكورة في النص',
  ],
  'part-relative': [
    { id: 'part-relative', mod: 'early', unit: 'month', dir: 'past', from: pub },
    'early month (days 1–10), the one before that of publication on Thu 23 Jul 2020',
    'أوائل الشهر (الأيام 1–10)، الشهر السابق لشهر النشر يوم الخميس 23 يوليو 2020',
  ],
  'half-month': [
    { id: 'half-month', half: 2, reason: { id: 'month-year-stated' } },
    'second half of the month (days 16 to the end); month and year stated',
    'النصف الثاني من الشهر (من اليوم 16 إلى آخره)؛ الشهر والسنة مذكوران في النص',
  ],
  'half-year': [
    { id: 'half-year', half: 1, reason: stated },
    'first half of the year; year stated',
    'النصف الأول من السنة؛ السنة مذكورة في النص',
  ],
  'third-year': [
    { id: 'third-year', third: 3, reason: stated },
    'last third of the year (September–December); year stated',
    'الثلث الأخير من السنة (سبتمبر–ديسمبر)؛ السنة مذكورة في النص',
  ],
  quarter: [
    { id: 'quarter', quarter: 3, reason: { id: 'year-counted', from: pub } },
    'quarter 3 of the year; year counted from publication on Thu 23 Jul 2020',
    'الربع الثالث من السنة؛ السنة محسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'decade-relative': [
    { id: 'decade-relative', offset: -1, from: pub },
    'the calendar decade before that of publication on Thu 23 Jul 2020',
    'العقد السابق لعقد النشر يوم الخميس 23 يوليو 2020',
  ],
  'days-of-month': [
    { id: 'days-of-month', first: 13, last: 15, year: { id: 'stated' } },
    'days 13 to 15 of the month; year stated',
    'الأيام 13 إلى 15 من الشهر؛ السنة: مذكورة في النص',
  ],
  'day-to-day': [
    { id: 'day-to-day', year: { id: 'under-way', from: pub } },
    'from one stated day to another; year no year given; under way on publication on Thu 23 Jul 2020',
    'من يوم مذكور إلى آخر؛ السنة: لم تُذكر السنة؛ الفترة جارية عند النشر يوم الخميس 23 يوليو 2020',
  ],
  'days-of-first-month': [
    { id: 'days-of-first-month', first: 1, last: 9, year: { id: 'latest-on-or-before', month: 3, day: 9, from: pub } },
    'days 1 to 9 of the month named after the first; year no year given; the latest 9 Mar on or before publication on Thu 23 Jul 2020',
    'الأيام 1 إلى 9 من الشهر المذكور بعد أولها؛ السنة: لم تُذكر السنة؛ آخر 9 مارس حتى النشر يوم الخميس 23 يوليو 2020',
  ],
  'weekday-to-day': [
    { id: 'weekday-to-day', last: 10, year: { id: 'stated' } },
    'from the last such weekday up to day 10 of the month; year stated',
    'من آخر يوم بهذا الاسم حتى اليوم 10 من الشهر؛ السنة: مذكورة في النص',
  ],
  'weekday-to-weekday': [
    { id: 'weekday-to-weekday', last: 3, first: { id: 'weekday-after', weekday: 1, from: pub } },
    'from the Monday after publication on Thu 23 Jul 2020, to the Wednesday after it',
    'من أول يوم الإثنين بعد النشر يوم الخميس 23 يوليو 2020، حتى يوم الأربعاء الذي يليه',
  ],
  'month-to-month': [
    { id: 'month-to-month', year: { id: 'year-counted', from: pub } },
    'from one month to another; year year counted from publication on Thu 23 Jul 2020',
    'من شهر إلى آخر؛ السنة: السنة محسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'days-from': [
    { id: 'days-from', offset: -1, from: pub },
    'the day before publication on Thu 23 Jul 2020',
    'قبل يوم واحد من النشر يوم الخميس 23 يوليو 2020',
  ],
  'days-from-to': [
    { id: 'days-from-to', first: 0, last: 1, from: pub },
    'from the day of to the day after publication on Thu 23 Jul 2020',
    'من يوم النشر نفسه، الخميس 23 يوليو 2020 إلى بعد يوم واحد من النشر يوم الخميس 23 يوليو 2020',
  ],
  'days-from-weekday': [
    { id: 'days-from-weekday', offset: -2, weekday: 2, from: pub },
    'two days before publication on Thu 23 Jul 2020, a Tuesday',
    'قبل يومين من النشر يوم الخميس 23 يوليو 2020، وهو يوم الثلاثاء',
  ],
  'weekday-nearest': [
    { id: 'weekday-nearest', weekday: 2, day: '2020-07-23', offset: 0, from: pub },
    'the Tuesday nearest Thu 23 Jul 2020 (the day of publication on Thu 23 Jul 2020): the weekday wins',
    'يوم الثلاثاء الأقرب إلى الخميس 23 يوليو 2020 (يوم النشر نفسه، الخميس 23 يوليو 2020): يُقدَّم اسم اليوم',
  ],
  'publication-weekday': [
    { id: 'publication-weekday', day: '2020-07-23', weekday: 4 },
    'the day of publication itself (Thu 23 Jul 2020), a Thursday',
    'يوم النشر نفسه (الخميس 23 يوليو 2020)، وهو يوم الخميس',
  ],
  'weekday-after': [
    { id: 'weekday-after', weekday: 0, from: pub },
    'the Sunday after publication on Thu 23 Jul 2020',
    'أول يوم الأحد بعد النشر يوم الخميس 23 يوليو 2020',
  ],
  'weekday-before': [
    { id: 'weekday-before', weekday: 3, from: pub },
    'the Wednesday before publication on Thu 23 Jul 2020',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020',
  ],
  'year-relative': [
    { id: 'year-relative', dir: 'past', year: 2020, from: pub },
    'the year before publication (2020)',
    'السنة السابقة لسنة النشر (2020)',
  ],
  'unit-of': [
    { id: 'unit-of', unit: 'month', from: previous },
    'the month of the date before it, «أكتوبر 2017» (Oct 2017)',
    'شهر التاريخ المذكور قبله «\u2068أكتوبر 2017\u2069» (أكتوبر 2017)',
  ],
  'unit-relative': [
    { id: 'unit-relative', unit: 'year', dir: 'next', from: pub },
    'the year after that of publication on Thu 23 Jul 2020',
    'السنة التالية لسنة النشر يوم الخميس 23 يوليو 2020',
  ],
  'weeks-monday-sunday': [
    { id: 'weeks-monday-sunday', reason: { id: 'unit-of', unit: 'week', from: pub } },
    'the week of publication on Thu 23 Jul 2020 (weeks run Monday–Sunday)',
    'أسبوع النشر يوم الخميس 23 يوليو 2020 (يبدأ الأسبوع يوم الإثنين وينتهي يوم الأحد)',
  ],
  'day-of-month': [
    { id: 'day-of-month', day: 22, dir: 'past', from: pub },
    'day 22 of the month before that of publication on Thu 23 Jul 2020',
    'اليوم 22 من الشهر السابق لشهر النشر يوم الخميس 23 يوليو 2020',
  ],
  counted: [
    { id: 'counted', count: 3, unit: 'month', approximate: true, future: false, from: pub },
    'about three months before publication on Thu 23 Jul 2020, taken as that whole month',
    'قبل نحو 3 أشهر من النشر يوم الخميس 23 يوليو 2020، ويُقصد الشهر كله',
  ],
  soon: [
    { id: 'soon', from: pub },
    'announced as soon after publication on Thu 23 Jul 2020: from then to the end of that year',
    'أُعلن أنه قريب بعد النشر يوم الخميس 23 يوليو 2020: من ذلك اليوم إلى نهاية تلك السنة',
  ],
  within: [
    { id: 'within', count: 2, unit: 'week', from: pub },
    'announced as within two weeks of publication on Thu 23 Jul 2020: from the next day to then',
    'أُعلن في غضون أسبوعين من النشر يوم الخميس 23 يوليو 2020: من اليوم التالي إلى نهايتها',
  ],
  coming: [
    { id: 'coming', unit: 'week', from: pub },
    'announced for the coming days after publication on Thu 23 Jul 2020: from then to a week later',
    'أُعلن للأيام المقبلة بعد النشر يوم الخميس 23 يوليو 2020: من ذلك اليوم إلى أسبوع بعده',
  ],
  'past-few': [
    { id: 'past-few', unit: 'week', from: pub },
    'told as a few days before publication on Thu 23 Jul 2020: the week before it',
    'قبل أيام من النشر يوم الخميس 23 يوليو 2020: الأسبوع السابق له',
  ],
  'earlier-in': [
    { id: 'earlier-in', unit: 'month', from: pub },
    'earlier in the month of publication on Thu 23 Jul 2020, up to publication',
    'في وقت سابق من شهر النشر يوم الخميس 23 يوليو 2020، حتى النشر',
  ],
  'later-in': [
    { id: 'later-in', unit: 'year', from: pub },
    'later in the year of publication on Thu 23 Jul 2020, after publication',
    'في وقت لاحق من سنة النشر يوم الخميس 23 يوليو 2020، بعد النشر',
  ],
  'season-year-stated': [
    { id: 'season-year-stated', season: 'winter' },
    'winter (Dec–Feb) of the year stated',
    'الشتاء (ديسمبر–فبراير) من السنة المذكورة في النص',
  ],
  'season-year-counted': [
    { id: 'season-year-counted', season: 'spring', from: pub },
    'spring (Mar–May) of the year counted from publication on Thu 23 Jul 2020',
    'الربيع (مارس–مايو) من السنة المحسوبة من النشر يوم الخميس 23 يوليو 2020',
  ],
  'season-relative': [
    { id: 'season-relative', season: 'autumn', pick: 'next', from: pub },
    'autumn (Sep–Nov), the next one after publication on Thu 23 Jul 2020',
    'الخريف (سبتمبر–نوفمبر)، أول ما يبدأ منه بعد النشر يوم الخميس 23 يوليو 2020',
  ],
  'season-last-over': [
    { id: 'season-last-over', season: 'summer', from: pub },
    'summer (Jun–Aug), the last one over before publication on Thu 23 Jul 2020',
    'الصيف (يونيو–أغسطس)، آخر ما انتهى منه قبل النشر يوم الخميس 23 يوليو 2020',
  ],
  'hijri-range-gregorian': [
    { id: 'hijri-range-gregorian' },
    'Hijri day range with its Gregorian equivalent stated (الموافق); the Gregorian days are used',
    'أيام هجرية مذكورة مع ما يوافقها بالميلادي (\u2068الموافق\u2069)؛ تُعتمد الأيام الميلادية',
  ],
  'hijri-date-gregorian': [
    { id: 'hijri-date-gregorian' },
    'Hijri date with its Gregorian equivalent stated (الموافق); the Gregorian date is used',
    'تاريخ هجري مذكور مع ما يوافقه بالميلادي (\u2068الموافق\u2069)؛ يُعتمد التاريخ الميلادي',
  ],
  'hijri-days': [
    { id: 'hijri-days', first: 12, last: 15, month: 9, year: 1445 },
    'Hijri days 12–15/9/1445 converted to the Gregorian calendar (Umm al-Qura)',
    'الأيام 12–15 من رمضان 1445 هـ، محوَّلة إلى التقويم الميلادي (تقويم أم القرى)',
  ],
  'hijri-days-year-less': [
    { id: 'hijri-days-year-less', first: 26, last: 27, past: false, from: pub },
    'Hijri days 26–27 of a month without year, converted (Umm al-Qura); the first ending on or after publication on Thu 23 Jul 2020',
    'الأيام 26–27 من شهر هجري بلا سنة، محوَّلة إلى التقويم الميلادي (تقويم أم القرى)؛ أول موعد لها ينتهي ابتداءً من النشر يوم الخميس 23 يوليو 2020',
  ],
  'hijri-date': [
    { id: 'hijri-date', day: 15, month: 9, year: 1441 },
    'Hijri date 15/9/1441 converted to the Gregorian calendar (Umm al-Qura)',
    'التاريخ الهجري 15 رمضان 1441 هـ، محوَّل إلى التقويم الميلادي (تقويم أم القرى)',
  ],
  'hijri-day-year-less': [
    { id: 'hijri-day-year-less', past: true, from: pub },
    'Hijri day and month without year, converted (Umm al-Qura); the latest on or before publication on Thu 23 Jul 2020',
    'يوم وشهر هجريان بلا سنة، محوَّلان إلى التقويم الميلادي (تقويم أم القرى)؛ آخر موعد لهما حتى النشر يوم الخميس 23 يوليو 2020',
  ],
  'hijri-month': [
    { id: 'hijri-month', month: 12, year: 1441 },
    'Hijri month 12 of 1441 converted to the Gregorian calendar (Umm al-Qura)',
    'شهر ذو الحجة 1441 هـ، محوَّل إلى التقويم الميلادي (تقويم أم القرى)',
  ],
  'hijri-year': [
    { id: 'hijri-year', year: 1441 },
    'Hijri year 1441 converted to the Gregorian calendar (Umm al-Qura)',
    'السنة الهجرية 1441 هـ، محوَّلة إلى التقويم الميلادي (تقويم أم القرى)',
  ],
  'hijri-month-year-less': [
    { id: 'hijri-month-year-less', past: false, from: pub },
    'Hijri month without year (Umm al-Qura); the next one on or after publication on Thu 23 Jul 2020',
    'شهر هجري بلا سنة (تقويم أم القرى)؛ أول موعد له ابتداءً من النشر يوم الخميس 23 يوليو 2020',
  ],
  'same-weekday-stated': [
    { id: 'same-weekday-stated', text: 'اليوم الخميس 9 يناير' },
    'the same weekday the article dates in full as «اليوم الخميس 9 يناير», which the month of publication alone cannot place',
    'اليوم نفسه من الأسبوع الذي يؤرخه المقال كاملا «\u2068اليوم الخميس 9 يناير\u2069»، إذ لا يكفي شهر النشر وحده لتحديده',
  ],
  'same-any-day': [
    { id: 'same-any-day', reason: { id: 'unit-relative', unit: 'month', dir: 'past', from: pubMonth } },
    'the month before that of publication in Jul 2020 (the same for any day of that month)',
    'الشهر السابق لشهر النشر في يوليو 2020 (والنتيجة نفسها لأي يوم من ذلك الشهر)',
  ],
  'page-month-reading': [
    { id: 'page-month-reading', month: '2020-07', reason: { id: 'latest-on-or-before', month: 7, day: 21, from: pubMonth } },
    'publication is known only to the month (Jul 2020), and its first and last days read this a year apart; the reading in that month is taken: no year given; the latest 21 Jul on or before publication in Jul 2020',
    'تاريخ النشر معروف بالشهر فقط (يوليو 2020)، وأول أيامه وآخرها يضعان التاريخ على بعد سنة؛ فأُخذت القراءة الواقعة في ذلك الشهر: لم تُذكر السنة؛ آخر 21 يوليو حتى النشر في يوليو 2020',
  ],
  'month-only-publication': [
    { id: 'month-only-publication', month: '2020-07', first: day('2020-06-28'), last: day('2020-07-26') },
    'publication is known only to the month (Jul 2020): read against its first day this is 28 Jun 2020, against its last day 26 Jul 2020, so any day in between',
    'تاريخ النشر معروف بالشهر فقط (يوليو 2020): بحسب أول يوم فيه يكون 28 يونيو 2020، وبحسب آخر يوم فيه 26 يوليو 2020، فهو أي يوم بينهما',
  ],
  'neighbour-period': [
    { id: 'neighbour-period', side: 'after', reason: { id: 'hijri-month-year-less', past: true, from: pub } },
    'the period after this one, about as long (Hijri month without year (Umm al-Qura); the latest one on or before publication on Thu 23 Jul 2020)',
    'الفترة التالية لهذه، بطولها تقريبًا (شهر هجري بلا سنة (تقويم أم القرى)؛ آخر موعد له حتى النشر يوم الخميس 23 يوليو 2020)',
  ],
  'week-of-month': [
    { id: 'week-of-month', week: 2, first: 8, last: 14, reason: { id: 'day-of-month', day: 2, dir: 'next', from: pub } },
    'the second week of the month (days 8–14), the ordinal counting weeks, not days: day 2 of the month after that of publication on Thu 23 Jul 2020',
    'الأسبوع الثاني من الشهر (الأيام 8–14)، والعدد الترتيبي يعدّ الأسابيع لا الأيام: اليوم 2 من الشهر التالي لشهر النشر يوم الخميس 23 يوليو 2020',
  ],
  'publication-day': [
    { id: 'publication-day', day: '2020-07-23' },
    'No date in the text: the article\'s publication date, 23 Jul 2020',
    'لا تاريخ في النص: تاريخ نشر المقال، 23 يوليو 2020',
  ],
  'publication-month': [
    { id: 'publication-month', month: '2018-01' },
    'No date in the text: the article\'s publication month, Jan 2018 (the day is not known)',
    'لا تاريخ في النص: شهر نشر المقال، يناير 2018 (اليوم غير معروف)',
  ],
  'event-offset': [
    { id: 'event-offset', text: 'بعد ثلاثة أيام من', count: -3, unit: 'day', start: '2020-07-20', end: '2020-07-20' },
    '«بعد ثلاثة أيام من» counts 3 days before another event of the article, dated 2020-07-20',
    '«\u2068بعد ثلاثة أيام من\u2069» يعدّ 3 أيام قبل حدث آخر في المقال، مؤرَّخ 20 يوليو 2020',
  ],
  'article-date': [
    { id: 'article-date', lead: false, reason: { id: 'publication-day', day: '2020-07-23' } },
    'No date of its own; reported in the past tense, so it takes the publication date. No date in the text: the article\'s publication date, 23 Jul 2020',
    'ليس له تاريخ خاص به؛ رُوي بصيغة الماضي، فيأخذ تاريخ النشر. لا تاريخ في النص: تاريخ نشر المقال، 23 يوليو 2020',
  ],
  'time-of-day': [
    { id: 'time-of-day', lead: false, reason: { id: 'publication-day', day: '2020-07-23' } },
    'Told at an hour or a part of the day with no day of its own, so it is on the day the story tells: the publication date. No date in the text: the article\'s publication date, 23 Jul 2020',
    'رُوي في ساعة أو جزء من اليوم دون ذكر اليوم، فهو في اليوم الذي يرويه الخبر: تاريخ النشر. لا تاريخ في النص: تاريخ نشر المقال، 23 يوليو 2020',
  ],
  'told-as': [
    { id: 'told-as', relation: 'after', text: '', reason: { id: 'publication-day', day: '2020-07-23' } },
    'Told as just after another event of the article («article date»): No date in the text: the article\'s publication date, 23 Jul 2020',
    'رُوي بُعيد حدث آخر في المقال (تاريخ المقال): لا تاريخ في النص: تاريخ نشر المقال، 23 يوليو 2020',
  ],
  'refers-back': [
    { id: 'refers-back', text: 'أمس', reason: { id: 'phrase', text: 'أمس', range: day('2020-07-22'), reason: { id: 'days-from', offset: -1, from: pub } } },
    'Refers back to an event dated elsewhere in the article («أمس»): "أمس" → Wed 22 Jul 2020: the day before publication on Thu 23 Jul 2020',
    'يشير إلى حدث مؤرَّخ في موضع آخر من المقال («\u2068أمس\u2069»): «\u2068أمس\u2069» ← الأربعاء 22 يوليو 2020: قبل يوم واحد من النشر يوم الخميس 23 يوليو 2020',
  ],
  'this-trip': [
    { id: 'this-trip', text: 'أمس', reason: { id: 'phrase', text: 'أمس', range: day('2020-07-22'), reason: { id: 'days-from', offset: -1, from: pub } } },
    'Named as «this» trip, the one the article\'s news («أمس») happened on: "أمس" → Wed 22 Jul 2020: the day before publication on Thu 23 Jul 2020',
    'سُمّيت «هذه» الزيارة، وهي الزيارة التي جرى خلالها خبر المقال («\u2068أمس\u2069»): «\u2068أمس\u2069» ← الأربعاء 22 يوليو 2020: قبل يوم واحد من النشر يوم الخميس 23 يوليو 2020',
  ],
  dateline: [
    { id: 'dateline', reason: { id: 'day-month-year-stated' } },
    'day, month and year stated (the date of the dateline that opens the story)',
    'اليوم والشهر والسنة مذكورة في النص (تاريخ السطر الذي يفتتح به الخبر)',
  ],
  'first-since': [
    { id: 'first-since', text: 'عام 2007', reason: { id: 'year-stated' } },
    'The article\'s visit is the first since «عام 2007», so the last one was made then: year stated',
    'زيارة المقال هي الأولى منذ «\u2068عام 2007\u2069»، فآخر زيارة قبلها كانت حينئذ: السنة مذكورة في النص',
  ],
  'delegation-visit': [
    { id: 'delegation-visit', text: 'في نيسان', reason: { id: 'month-year-stated' } },
    'Done by the delegation whose visit the article told before («في نيسان»): month and year stated',
    'قام به الوفد الذي روى المقال زيارته قبله («\u2068في نيسان\u2069»): الشهر والسنة مذكوران في النص',
  ],
  'same-clause': [
    { id: 'same-clause', text: 'من 7 إلى 10 يوليو', reason: { id: 'month-year-stated' } },
    'Told in the same clause as another event dated «من 7 إلى 10 يوليو»: month and year stated',
    'رُوي في الجملة نفسها مع حدث آخر مؤرَّخ «\u2068من 7 إلى 10 يوليو\u2069»: الشهر والسنة مذكوران في النص',
  ],
  'lead-paragraph': [
    { id: 'lead-paragraph', reason: wednesday },
    'the Wednesday before publication on Thu 23 Jul 2020 (the date the lead paragraph gives)',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020 (التاريخ الذي تذكره الفقرة الأولى)',
  ],
  lasting: [
    { id: 'lasting', days: 3, text: 'ثلاثة أيام', ending: true, reason: wednesday },
    'the Wednesday before publication on Thu 23 Jul 2020; lasting 3 days («ثلاثة أيام»), so its last day',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020؛ ويستمر 3 أيام («\u2068ثلاثة أيام\u2069»)، فهذا آخر أيامه',
  ],
  'end-of-event': [
    { id: 'end-of-event', end: 'last', reason: wednesday },
    'the Wednesday before publication on Thu 23 Jul 2020; held at its close, on its last day',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020؛ في ختامه، أي آخر أيامه',
  ],
  'lasting-until': [
    { id: 'lasting-until', text: 'يوم الاربعاء 20 آذار/مارس', end: '2020-07-29', reason: wednesday },
    'the Wednesday before publication on Thu 23 Jul 2020; lasting until Wed 29 Jul 2020 («يوم الاربعاء 20 آذار/مارس»)',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020؛ ويستمر حتى الأربعاء 29 يوليو 2020 («\u2068يوم الاربعاء 20 آذار/مارس\u2069»)',
  ],
  'lasting-from': [
    { id: 'lasting-from', text: 'الاثنين', start: '2020-07-20', reason: wednesday },
    'the Wednesday before publication on Thu 23 Jul 2020, its last day; begun on Mon 20 Jul 2020 («الاثنين»)',
    'آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020، وهو آخر أيامه؛ وبدأ الإثنين 20 يوليو 2020 («\u2068الاثنين\u2069»)',
  ],
  'anniversary-count': [
    { id: 'anniversary-count', years: 60, text: 'بالذكرى الستين لإقامة العلاقات الدبلوماسية', reason: wednesday },
    '60 years before the anniversary «بالذكرى الستين لإقامة العلاقات الدبلوماسية» is marked: the Wednesday before publication on Thu 23 Jul 2020',
    'قبل 60 سنة من إحياء الذكرى «\u2068بالذكرى الستين لإقامة العلاقات الدبلوماسية\u2069»: آخر يوم الأربعاء قبل النشر يوم الخميس 23 يوليو 2020',
  ],
  'as-written': [
    { id: 'as-written', en: '"أمس" → Tue 10 May 2022: the day before publication on Wed 11 May 2022' },
    '"أمس" → Tue 10 May 2022: the day before publication on Wed 11 May 2022',
    '"أمس" → Tue 10 May 2022: the day before publication on Wed 11 May 2022',
  ],
};

const LATIN = /[A-Za-z]/;
const ISOLATED = /\u2068[^\u2069]*\u2069/g;
/** Latin letters left once the isolated quotes of the article (names, phrases as written) are taken out. */
const latinOutsideQuotes = (text: string): string | null => LATIN.exec(text.replace(ISOLATED, ''))?.[0] ?? null;

describe('date explanation registry', () => {
  it('has a case for every message id, and a message for every case', () => {
    expect(DATE_REASON_IDS.length).toBeGreaterThan(60);
    expect([...DATE_REASON_IDS].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(DATE_REASON_IDS.map((id) => [id, CASES[id]] as const))('%s: English and Arabic', (_id, [reason, en, ar]) => {
    expect(renderDateReason(reason as DateReason, 'en')).toBe(en);
    expect(renderDateReason(reason as DateReason, 'ar')).toBe(ar);
  });

  it('says when a range counted from a month-only page was read as that month', () => {
    const reason: DateReason = { id: 'month-only-publication', month: '2020-07', first: day('2020-06-30'), last: day('2020-07-30'), withinTheMonth: true };
    expect(renderDateReason(reason, 'en')).toBe('publication is known only to the month (Jul 2020): read against its first day this is 30 Jun 2020, against its last day 30 Jul 2020, so any day in between; taken as within that month, the page\'s, though its first or last days would place it a few days outside');
    expect(renderDateReason(reason, 'ar')).toBe('تاريخ النشر معروف بالشهر فقط (يوليو 2020): بحسب أول يوم فيه يكون 30 يونيو 2020، وبحسب آخر يوم فيه 30 يوليو 2020، فهو أي يوم بينهما؛ وأُخذ داخل ذلك الشهر، شهر الصفحة، وإن كانت أيامه الأولى أو الأخيرة قد تضعه خارجه ببضعة أيام');
  });

  it('names the day of an event a phrase falls on, within its span', () => {
    const reason: DateReason = { id: 'lasting', days: 4, text: 'أربعة أيام', ending: false, nth: 3, reason: { id: 'publication-day', day: '2021-03-08' } };
    expect(renderDateReason(reason, 'en')).toMatch(/; lasting 4 days \(«أربعة أيام»\), so its day 3$/);
    expect(renderDateReason(reason, 'ar')).toMatch(/فهذا يومه الثالث$/);
  });

  it('names a stretch of days of a counted month', () => {
    const reason: DateReason = { id: 'day-of-month', day: 24, last: 28, dir: 'current', from: pub };
    expect(renderDateReason(reason, 'en')).toBe('days 24–28 of the month of publication on Thu 23 Jul 2020');
    expect(renderDateReason(reason, 'ar')).toBe('الأيام 24–28 من شهر النشر يوم الخميس 23 يوليو 2020');
  });

  it.each(DATE_REASON_IDS.filter((id) => id !== 'as-written').map((id) => [id, CASES[id]] as const))('%s: the Arabic sentence has no English word', (_id, [reason]) => {
    const ar = renderDateReason(reason as DateReason, 'ar');
    expect(ar).toMatch(/[\u0600-\u06ff]/);
    expect(latinOutsideQuotes(ar), ar).toBeNull();
  });
});

describe('explainDate', () => {
  const wednesdayDate: Pick<EventDate, 'explanation' | 'reason'> = { explanation: CASES.phrase[1], reason: CASES.phrase[0] };

  it('reads a reason in the reader language', () => {
    expect(explainDate(wednesdayDate, 'ar')).toEqual({ text: CASES.phrase[2], lang: 'ar' });
    expect(explainDate(wednesdayDate, 'en')).toEqual({ text: CASES.phrase[1], lang: 'en' });
  });

  it('gives a date stored without a reason, or with a part kept only in English, as its English sentence', () => {
    expect(explainDate({ explanation: 'year stated' }, 'ar')).toEqual({ text: 'year stated', lang: 'en' });
    const wrapped: DateReason = { id: 'lead-paragraph', reason: CASES['as-written'][0] };
    expect(explainDate({ explanation: renderDateReason(wrapped, 'en'), reason: wrapped }, 'ar')).toEqual({ text: `${CASES['as-written'][1]} (the date the lead paragraph gives)`, lang: 'en' });
  });
});

describe("the engine's reasons", () => {
  const root = path.join(__dirname, '..', '..');
  const dated = (dates: Array<EventDate | null>) => dates.filter((d): d is EventDate => d !== null);

  /** Every date phrase of the temporal corpus, read against its publication date and against its month, in both tenses. */
  function corpusDates(): EventDate[] {
    const lines = readFileSync(path.join(root, 'lib/extract/temporal/corpus.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim() && !l.startsWith('#'));
    return lines.flatMap((line) => {
      const [raw = '', published = '-'] = line.split('\t');
      const text = raw.replace(/[[\]]/g, '');
      const days = published === '-' ? ['2020-07-23'] : [published];
      const pubs = days.flatMap((d) => [{ value: d, precision: d.length === 10 ? 'day' as const : 'month' as const }, { value: d.slice(0, 7), precision: 'month' as const }]);
      return pubs.flatMap((p) => (['past', 'future'] as const).flatMap((tense) => dated(findTemporalMentions(text, p, { tenseAt: () => tense }).map((m) => m.date))));
    });
  }

  it('give every date of the temporal corpus a reason whose English is its explanation and whose Arabic has no English word', () => {
    const dates = corpusDates();
    expect(dates.length).toBeGreaterThan(1000);
    for (const date of dates) {
      expect(date.reason, date.explanation).toBeDefined();
      expect(renderDateReason(date.reason!, 'en')).toBe(date.explanation);
      const ar = renderDateReason(date.reason!, 'ar');
      expect(latinOutsideQuotes(ar), ar).toBeNull();
    }
  });

  it('explain every dated seed event in Arabic', () => {
    const events = extractCorpus(readCorpusSync(path.join(root, 'seeds', 'manifest.json')).map(toArticleInput));
    const dates = dated(events.map((e) => e.date));
    expect(dates.length).toBeGreaterThan(10);
    for (const date of dates) {
      const { text, lang } = explainDate(date, 'ar');
      expect(lang).toBe('ar');
      expect(latinOutsideQuotes(text), text).toBeNull();
    }
  });
});

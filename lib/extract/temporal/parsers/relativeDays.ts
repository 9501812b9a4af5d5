/**
 * Days counted from publication: اليوم، أمس، أول أمس/أمس الأول، غدا، بعد غد (with يوم/صباح/مساء… before them); with a
 * weekday after them («أمس الثلاثاء», «اليوم (الأحد)», «اليوم الثلاثاء» in a paper dated Wednesday) the weekday nearest that day wins:
 * copy written on the eve of publication keeps its «today».
 */
import { iso, weekday } from '../calendar';
import { countedFrom, res } from '../anchor';
import { parserOf } from '../hit';
import { DAY_PARTS, RELATIVE_DAYS, TODAY_NOT, TODAY_NOT_AFTER, WEEKDAYS, alt, lookup } from '../lexicon';
import { B, E, WD, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?:(?<q>${alt(DAY_PARTS)})\s+)?(?<w>${alt(RELATIVE_DAYS.keys())})${E}`, anchor(RELATIVE_DAYS.keys()));
// The weekday may stand in brackets or between dashes («اليوم (الأحد)», «أمس -الثلاثاء-»).
const WITH_WEEKDAY = re(String.raw`${B}(?:(?<q>${alt(DAY_PARTS)})\s+)?(?<w>${alt(RELATIVE_DAYS.keys())})\s*[،,]?\s*(?<open>[(\-–/]\s*)?(?:يوم\s+)?(?<wd>${WD})(?:\s*[)\-–/])?${E}`, anchor(RELATIVE_DAYS.keys()));
const TODAY_NOT_RX = new RegExp(String.raw`^\s+(?:${alt(TODAY_NOT)})(?![\p{L}\p{N}])`, 'u');
const TODAY_NOT_AFTER_RX = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(TODAY_NOT_AFTER)})\s+$`, 'u');

export const relativeDays = parserOf('relative days', [{
  pattern: WITH_WEEKDAY,
  read(g) {
    const offset = lookup(RELATIVE_DAYS, (g.w ?? '').replace(/\s+/g, ' '));
    const wd = lookup(WEEKDAYS, g.wd);
    if (offset === undefined || wd === undefined) return null;
    return {
      kind: 'relative', priority: 6,
      resolve: (a) => {
        if (!a) return null;
        const base = a.day + offset;
        // The weekday within three days of the counted day.
        const delta = ((wd - weekday(base) + 10) % 7) - 3;
        const d = base + delta;
        return res(d, d, 'day', delta === 0
          ? { id: 'days-from-weekday', offset, weekday: wd, from: countedFrom(a) }
          : { id: 'weekday-nearest', weekday: wd, day: iso(base), offset, from: countedFrom(a) });
      },
    };
  },
}, {
  pattern: RX,
  read(g, m, text) {
    const w = (g.w ?? '').replace(/\s+/g, ' ');
    const offset = lookup(RELATIVE_DAYS, w);
    if (offset === undefined) return null;
    const start = m.index;
    const end = start + m[0].length;
    // «لامس» (touched) is not ل + أمس; «الغد» alone is also a newspaper's name.
    if (!g.q && text[start - 1] === 'ل' && w.endsWith('امس')) return null;
    if (!g.q && (w === 'غد' || w === 'الغد')) return null;
    // «اليوم الأول من الزيارة», «الليلة الأولى»: a day or a night counted in an event, not this one.
    if ((w === 'اليوم' || w === 'الليله') && (TODAY_NOT_RX.test(text.slice(end, end + 20)) || TODAY_NOT_AFTER_RX.test(text.slice(Math.max(0, start - 20), start)))) return null;
    return {
      kind: 'relative', priority: 5,
      resolve: (a) => {
        if (!a) return null;
        const d = a.day + offset;
        return res(d, d, 'day', { id: 'days-from', offset, from: countedFrom(a) });
      },
    };
  },
}]);

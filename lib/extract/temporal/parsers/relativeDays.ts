/** Days counted from publication: اليوم، أمس، أول أمس/أمس الأول، غدا، بعد غد (with يوم/صباح/مساء… before them). */
import { pubText, res } from '../anchor';
import { execAll, type Hit, type Parser } from '../hit';
import { DAY_PARTS, RELATIVE_DAYS, TODAY_NOT, alt, lookup } from '../lexicon';
import { B, E, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?:(?<q>${alt(DAY_PARTS)})\s+)?(?<w>${alt(RELATIVE_DAYS.keys())})${E}`, anchor(RELATIVE_DAYS.keys()));
const TODAY_NOT_RX = new RegExp(String.raw`^\s+(?:${alt(TODAY_NOT)})(?![\p{L}\p{N}])`, 'u');

const WHY: Record<number, string> = {
  [-2]: 'two days before',
  [-1]: 'the day before',
  [0]: 'the day of',
  [1]: 'the day after',
  [2]: 'two days after',
};

export const relativeDays: Parser = {
  name: 'relative days',
  find(text) {
    const hits: Hit[] = [];
    for (const m of execAll(RX, text)) {
      const g = m.groups ?? {};
      const w = (g.w ?? '').replace(/\s+/g, ' ');
      const offset = lookup(RELATIVE_DAYS, w);
      if (offset === undefined) continue;
      const start = m.index;
      const end = start + m[0].length;
      // «لامس» (touched) is not ل + أمس; «الغد» alone is also a newspaper's name.
      if (!g.q && text[start - 1] === 'ل' && w.endsWith('امس')) continue;
      if (!g.q && (w === 'غد' || w === 'الغد')) continue;
      if (w === 'اليوم' && TODAY_NOT_RX.test(text.slice(end, end + 20))) continue;
      hits.push({
        start, end, kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const d = a.day + offset;
          return res(d, d, 'day', `${WHY[offset] ?? `${offset} days from`} ${pubText(a)}`);
        },
      });
    }
    return hits;
  },
};

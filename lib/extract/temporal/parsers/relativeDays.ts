/** Days counted from publication: اليوم، أمس، أول أمس/أمس الأول، غدا، بعد غد (with يوم/صباح/مساء… before them). */
import { pubText, res } from '../anchor';
import { parserOf } from '../hit';
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

export const relativeDays = parserOf('relative days', [{
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
    if (w === 'اليوم' && TODAY_NOT_RX.test(text.slice(end, end + 20))) return null;
    return {
      kind: 'relative', priority: 5,
      resolve: (a) => {
        if (!a) return null;
        const d = a.day + offset;
        return res(d, d, 'day', `${WHY[offset] ?? `${offset} days from`} ${pubText(a)}`);
      },
    };
  },
}]);

/** The five seed articles: every date phrase the gold events rely on is found and resolves right. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '@/lib/domain/event';
import { findTemporalMentions, publicationDate } from './index';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'seeds/manifest.json'), 'utf8')) as {
  articles: { file: string; published: string; publishedPrecision: 'day' | 'month' }[];
};
function article(prefix: string): { text: string; pub: PublicationDate } {
  const a = manifest.articles.find((x) => x.file.startsWith(prefix));
  if (!a) throw new Error(`no seed ${prefix}`);
  return { text: readFileSync(path.join(root, 'seeds', a.file), 'utf8'), pub: { value: a.published, precision: a.publishedPrecision } };
}

/** [seed, phrase, start, end, precision, occurrences expected at least] */
const EXPECTED: [string, string, string, string, string, number][] = [
  ['000', 'أكتوبر 2017', '2017-10-01', '2017-10-31', 'month', 1],
  ['000', 'شهر أكتوبر 2017', '2017-10-01', '2017-10-31', 'month', 1],
  ['000', 'جويلية الماضي', '2017-07-01', '2017-07-31', 'month', 1],
  ['000', 'السنة الجارية', '2018-01-01', '2018-12-31', 'year', 1],
  ['002', 'النصف الثاني من عام 2020', '2020-07-01', '2020-12-31', 'half', 1],
  ['002', 'النصف الثاني من هذا العام', '2020-07-01', '2020-12-31', 'half', 1],
  ['002', '19 كانون الثاني/ يناير 2020', '2020-01-19', '2020-01-19', 'day', 1],
  ['002', 'العام 2011', '2011-01-01', '2011-12-31', 'year', 1],
  ['002', 'اليوم', '2020-07-22', '2020-07-22', 'day', 1],
  ['003', 'الأربعاء', '2020-07-22', '2020-07-22', 'day', 2],
  ['003', 'الثلاثاء', '2020-07-21', '2020-07-21', 'day', 1],
  ['003', 'الأحد', '2020-07-19', '2020-07-19', 'day', 1],
  ['003', '2011', '2011-01-01', '2011-12-31', 'year', 1],
  ['004', 'أمس', '2022-05-10', '2022-05-10', 'day', 1],
  ['004', 'أوائل أفريل', '2022-04-01', '2022-04-10', 'month', 1],
  ['004', 'عام 2019', '2019-01-01', '2019-12-31', 'year', 1],
  ['004', 'قبل حوالي شهرين', '2022-03-01', '2022-03-31', 'month', 1],
  ['004', 'قريبا', '2022-05-11', '2022-12-31', 'year', 1],
];

describe('seed articles', () => {
  it.each(EXPECTED)('%s: «%s» → %s..%s %s', (seed, phrase, start, end, precision, count) => {
    const { text, pub } = article(seed);
    const ms = findTemporalMentions(text, pub).filter((m) => m.text === phrase);
    expect(ms.length).toBeGreaterThanOrEqual(count);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(phrase);
      expect(m.date).toMatchObject({ start, end, precision });
    }
  });

  it('explains the seed dates in checkable sentences', () => {
    const { text, pub } = article('003');
    const wed = findTemporalMentions(text, pub).find((m) => m.text === 'الأربعاء');
    expect(wed?.date?.explanation).toBe('"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020');
    const oct = findTemporalMentions(article('000').text, article('000').pub).find((m) => m.text === 'أكتوبر 2017');
    expect(oct?.date?.explanation).toBe('"أكتوبر 2017" → Oct 2017: month and year stated');
  });

  it('gives the publication date of every seed as an EventDate', () => {
    for (const a of manifest.articles) {
      const d = publicationDate({ value: a.published, precision: a.publishedPrecision });
      expect(d.basis).toBe('publication');
      expect(d.text).toBe('');
      expect(d.precision).toBe(a.publishedPrecision);
    }
  });
});

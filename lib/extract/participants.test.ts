import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const ev = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-07-23', precision: 'day' } });

describe('participants and places', () => {
  it('a verb ending («اتفقتا») points back to nobody; a pronoun («زيارته») does', () => {
    const agreed = ev('وكان القذافي قد حكم ليبيا طويلا. وأعلنت موسكو أمس أن روسيا وتركيا اتفقتا على وقف إطلاق النار.').find((e) => e.type === 'agreement');
    expect(agreed?.participants.map((p) => p.entityId)).not.toContain('gaddafi');
    const visit = ev('وصل لافروف إلى الجزائر. وتأتي زيارته أمس في إطار التشاور.').find((e) => e.type === 'visit');
    expect(visit?.participants.map((p) => p.entityId)).toContain('lavrov');
  });
  it('a nationality adjective is a party, never the place', () => {
    const e = ev('وقال لافروف إن اجتماع اللجنة الحكومية الروسية الجزائرية سيعقد في النصف الثاني من عام 2020.');
    expect(e[0]?.location).toBeNull();
    expect(e[0]?.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(['RU', 'DZ']));
  });
});

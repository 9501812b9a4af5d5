import { describe, expect, it } from 'vitest';
import { extractArticle, extractCorpus } from './index';
import { assignIds, baseId } from './ids';
import { datesCompatible } from './merge';
import type { EventDate, ExtractedEvent } from '../domain/event';

const d = (start: string, end: string, precision: EventDate['precision']): EventDate => ({ start, end, precision, approximate: false, mod: null, text: '', basis: 'explicit', explanation: '' });

describe('merge', () => {
  it('date compatibility is precision-aware', () => {
    expect(datesCompatible(d('2020-07-22', '2020-07-22', 'day'), d('2020-07-01', '2020-07-31', 'month'))).toBe(true);
    expect(datesCompatible(d('2020-07-22', '2020-07-22', 'day'), d('2020-07-21', '2020-07-21', 'day'))).toBe(false);
    expect(datesCompatible(d('2019-01-01', '2019-12-31', 'year'), d('2020-01-01', '2020-12-31', 'year'))).toBe(false);
  });
  it('folds mentions of one trip within an article, then tells its visit and talks apart', () => {
    const text = 'وصل لافروف إلى الجزائر أمس في زيارة عمل. والتقى لافروف أمس الرئيس تبون. وأجرى لافروف خلال الزيارة مباحثات مع الرئيس تبون.';
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2022-05-11', precision: 'day' }, text });
    const trips = ev.filter((e) => e.type === 'visit' || e.type === 'meeting');
    expect(trips.map((e) => `${e.type} ${e.date?.start} ${e.mentions.length}`)).toEqual(['visit 2022-05-10 1', 'meeting 2022-05-10 2']);
  });
  it('folds a trip named twice by «هذه», once to say who makes it and once to say when it runs', () => {
    const text = 'رئيس الوزراء الهندي يتوجه إلى نيبال\nوذكرت الصحف أن هذه الزيارة ستكون الثالثة من قبل رئيس الوزراء ناريندرا مودي لنيبال. وقالت وزارة الخارجية إن هذه الزيارة ستستمر يومين اعتبارا من اليوم الجمعة.';
    const visits = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2018-05-11', precision: 'day' }, text }).filter((e) => e.type === 'visit');
    expect(visits.map((e) => `${e.date?.start}..${e.date?.end} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)}`)).toEqual(['2018-05-11..2018-05-12 Narendra Modi']);
  });
  it('tells the next trip of a tour from its word of sequence, not by the clause of the trip before it', () => {
    const text = 'يبدأ الرئيس الكوري الجنوبي يوم الاثنين المقبل زيارة إلى الإمارات تستغرق ثلاثة أيام تليها زيارة رسمية إلى مصر من الأربعاء إلى الجمعة.';
    const trips = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2025-11-14', precision: 'day' }, text }).filter((e) => e.type === 'visit');
    expect(trips.map((e) => `${e.location?.nameEn} ${e.date?.start}..${e.date?.end} «${text.slice(e.mentions[0]!.start, e.mentions[0]!.start + 10)}»`)).toEqual([
      'United Arab Emirates 2025-11-17..2025-11-19 «يبدأ الرئي»',
      'Egypt 2025-11-19..2025-11-21 «تليها زيار»',
    ]);
  });
  it('folds one signing told by each side on the same day of an article, not an agreement of countries alone', () => {
    const text = 'وقعت حكومة السودان أمس في الدوحة اتفاقية سلام بحضور الرئيس السوداني عمر البشير. وأشار أمير قطر الشيخ حمد بن خليفة آل ثاني أمس في كلمة بمناسبة توقيع الاتفاقية إلى أهميتها.';
    const signings = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2011-07-15', precision: 'day' }, text }).filter((e) => e.type === 'agreement');
    expect(signings).toHaveLength(1);
    const apart = 'ووقع لافروف وبوقادوم أمس في موسكو اتفاقية للتعاون. وأعلنت موسكو أمس أن روسيا وتركيا اتفقتا على وقف إطلاق النار في ليبيا.';
    const agreements = extractArticle({ id: 'b', file: 'b.txt', published: { value: '2020-07-23', precision: 'day' }, text: apart }).filter((e) => e.type === 'agreement');
    expect(agreements.map((e) => e.participants.map((p) => p.entityId).sort().join(' '))).toEqual(expect.arrayContaining(['RU TR']));
  });
  it('folds the same event across articles and keeps events that only share a date apart', () => {
    const a = { id: 'a', file: 'a.txt', published: { value: '2020-07-23', precision: 'day' as const }, text: 'التقى لافروف بوقادوم الأربعاء في موسكو.' };
    const b = { id: 'b', file: 'b.txt', published: { value: '2020-07-22', precision: 'day' as const }, text: 'أجرى لافروف محادثات مع بوقادوم اليوم في موسكو.\nوالتقى أردوغان ماكرون اليوم في باريس.' };
    const ev = extractCorpus([a, b]).filter((e) => e.date);
    const talks = ev.filter((e) => e.participants.some((p) => p.entityId === 'lavrov'));
    expect(talks).toHaveLength(1);
    expect(new Set(talks[0]!.mentions.map((m) => m.file))).toEqual(new Set(['a.txt', 'b.txt']));
    expect(ev.some((e) => e.participants.some((p) => p.entityId === 'erdogan'))).toBe(true);
  });
});

describe('ids', () => {
  const base: Omit<ExtractedEvent, 'id'> = {
    type: 'meeting', modality: 'occurred', date: d('2020-07-22', '2020-07-22', 'day'), title: { en: '', ar: '' },
    participants: [
      { entityId: 'lavrov', kind: 'person', nameEn: 'Sergey Lavrov', nameAr: '', role: null, country: 'RU' },
      { entityId: 'boukadoum', kind: 'person', nameEn: 'Sabri Boukadoum', nameAr: '', role: null, country: 'DZ' },
    ],
    location: null, mentions: [], confidence: 1,
  };
  it('derives ids from what the event is', () => {
    expect(baseId(base)).toBe('2020-07-22-meeting-boukadoum-lavrov');
    expect(baseId({ ...base, date: d('2020-07-01', '2020-12-31', 'half') })).toBe('2020-h2-meeting-boukadoum-lavrov');
    expect(baseId({ ...base, date: null })).toBe('undated-meeting-boukadoum-lavrov');
  });
  it('is independent of insertion order and suffixes collisions deterministically', () => {
    const m = (file: string, start: number) => ({ articleId: file, file, start, end: start + 1, quote: 'x', dateSpan: null });
    const e1 = { ...base, id: '', mentions: [m('b.txt', 5)] };
    const e2 = { ...base, id: '', mentions: [m('a.txt', 9)] };
    const x = [structuredClone(e1), structuredClone(e2)];
    const y = [structuredClone(e2), structuredClone(e1)];
    assignIds(x); assignIds(y);
    expect(x.find((e) => e.mentions[0]!.file === 'a.txt')!.id).toBe('2020-07-22-meeting-boukadoum-lavrov');
    expect(y.find((e) => e.mentions[0]!.file === 'b.txt')!.id).toBe('2020-07-22-meeting-boukadoum-lavrov-2');
  });
  it('gives the same ids whatever the article order', () => {
    const a = { id: 'a', file: 'a.txt', published: { value: '2020-07-23', precision: 'day' as const }, text: 'التقى لافروف بوقادوم الأربعاء في موسكو.' };
    const b = { id: 'b', file: 'b.txt', published: { value: '2019-05-02', precision: 'day' as const }, text: 'زار تبون روسيا في مارس 2019.' };
    expect(extractCorpus([a, b]).map((e) => e.id).sort()).toEqual(extractCorpus([b, a]).map((e) => e.id).sort());
  });
  it('places a trip where it goes, not where the statement reporting it comes from', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2020-07-22', precision: 'day' }, text: 'وحسبما أفاد بيان للخارجية الجزائرية الثلاثاء، بدأ بوقادوم زيارة عمل إلى روسيا.' });
    expect(ev.find((e) => e.type === 'visit')?.location?.entityId).toBe('RU');
  });
  it('never reads «وزارة» (ministry) as و + زار (visited)', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2020-07-22', precision: 'day' }, text: 'وقالت وزارة الخارجية الروسية في بيان إن الوزارتين تعملان معا. وأعلنت وزارته ذلك.' });
    expect(ev.filter((e) => e.type === 'visit')).toEqual([]);
  });
  it('takes «من» (from) for where a delegation comes from, not where the event is', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2020-07-22', precision: 'day' }, text: 'التقى تبون أمس وفدا من روسيا.' });
    expect(ev).not.toEqual([]);
    expect(ev[0]!.location?.entityId).not.toBe('RU');
  });
  it('keeps apart events of one family that one sentence dates differently', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2022-05-11', precision: 'day' }, text: 'وتأتي المحادثات بعد زيارة لافروف إلى القاهرة في مارس 2019، وزيارته إلى الرياض في أكتوبر 2021.' });
    expect(ev.filter((e) => e.type === 'visit').map((e) => [e.date?.start, e.location?.entityId])).toEqual([['2019-03-01', 'cairo'], ['2021-10-01', 'riyadh']]);
  });
  it('a definite noun with no date of its own («وحضر اللقاء») points back to the event told before', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2022-05-11', precision: 'day' }, text: 'التقى لافروف بوقادوم أمس في موسكو.\nوحضر اللقاء نائب وزير الخارجية الروسي.' });
    const meetings = ev.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.date?.start).toBe('2022-05-10');
    expect(meetings[0]!.mentions).toHaveLength(2);
  });
  it('dates a trigger by the relative clause that describes it, not by a neighbour\'s', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2023-01-24', precision: 'day' }, text: 'وتأتي المحادثات بعد الزيارة التي قام بها تبون إلى روما في مايو 2022، والقمة التي احتضنتها الجزائر في 18 يوليو 2022.' });
    expect(ev.filter((e) => e.type === 'visit').map((e) => e.date?.start)).toEqual(['2022-05-01']);
    expect(ev.filter((e) => e.type === 'conference').map((e) => e.date?.start)).toEqual(['2022-07-18']);
  });
  it('an «until» date bounds an event under way; it does not date it', () => {
    const ev = extractArticle({ id: 'a', file: 'a.txt', published: { value: '2024-10-29', precision: 'day' }, text: 'وتتواصل زيارة الدولة التي يقوم بها الرئيس ماكرون إلى المغرب إلى غاية 30 أكتوبر الجاري.' });
    const visits = ev.filter((e) => e.type === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0]!.date?.start).not.toBe('2024-10-30');
  });
});

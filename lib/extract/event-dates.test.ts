/**
 * Which date an event takes when a sentence holds several: one line per case — the text, its publication day (or
 * month, YYYY-MM) and the dated events (type start..end) the timeline should show. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const timeline = (text: string, published: string) =>
  extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: published.length === 7 ? 'month' : 'day' } })
    .filter((e) => e.date !== null && (e.modality === 'occurred' || e.modality === 'planned'))
    .map((e) => `${e.type} ${e.date!.start}..${e.date!.end}`)
    .sort();

describe('the date of each event of a sentence', () => {
  it('a day a headline names («… في موسكو الخميس») is the one the body gives under the same words, not the one before', () => {
    const text = 'لافروف يبحث الأزمة السورية مع نظيره اللبناني في موسكو الخميس\nوأوضح بيان الخارجية الروسية أن مباحثات الوزيرين، التي ستجري الخميس، ستركز على الأوضاع في سورية.\nكما يبحث الوزيران الروسي واللبناني خلال مباحثاتهم في موسكو عملية التسوية في الشرق الأوسط.';
    const days = timeline(text, '2014-04-22');
    expect(days).toContain('meeting 2014-04-24..2014-04-24');
    expect(days.filter((e) => e.includes('2014-04-17'))).toEqual([]);
  });
  it.each([
    ['وكان الرئيس الصيني قد أرسل منذ أيام برقية تهنئة إلى نظيره السوري.', '2021-07-16', 'statement 2021-07-09..2021-07-15'],
    ['وقبل أيام، التقى وزير الخارجية نظيره المصري في القاهرة.', '2024-02-17', 'meeting 2024-02-10..2024-02-16'],
    ['وكان الوزير قد زار الجزائر قبل أسابيع.', '2023-05-11', 'visit 2023-04-11..2023-05-04'],
  ])('«منذ أيام», «قبل أسابيع» date an event approximately before publication, not on its day: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual([expected]);
  });
  it('a summit announced with its dates and named again by its place or as «القمة» is that summit, still planned', () => {
    const text = 'ومن المنتظر أن يمثل وزير الخارجية بلاده في قمة الدوحة المقرر عقدها من 18 إلى 20 ديسمبر. ويتوقع أن يحضر القمة عدد من القادة. وقال رئيس الوزراء إن الدول المشاركة في قمة الدوحة ستبحث ملفات المنطقة. وأبدت عواصم قلقها إزاء وجود الرئيس التركي رجب طيب أردوغان في قمة الدوحة.';
    expect(timeline(text, '2019-12-16')).toEqual(['conference 2019-12-18..2019-12-20']);
  });
  it.each([
    ['توجه الرئيس الخميس الى برلين في زيارة رسمية، وذلك للمشاركة في مؤتمر الأمن 2020م بمدينة ميونخ في الفترة من 14 إلى 16 فبراير الجاري.', '2020-02-13', ['conference 2020-02-14..2020-02-16', 'visit 2020-02-13..2020-02-13']],
    ['شارك الوزير في منتدى الاستثمار ٢٠١٩م بالعاصمة يوم 5 مايو.', '2019-05-07', ['conference 2019-05-05..2019-05-05']],
    ['ويحضر الرئيس قمة المناخ لعام 2019م في نيويورك خلال شهر سبتمبر المقبل.', '2019-08-20', ['conference 2019-09-01..2019-09-30']],
  ])('a year that names an edition («مؤتمر الأمن 2020م») gives way to the finer date its own words give within it: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['سيشارك الوزير الأول في المؤتمر الثالث للدول النامية. وتعقد هذه القمة من 5 إلى 8 أغسطس 2025.', '2025-07-30', ['conference 2025-08-05..2025-08-08']],
    ['يحضر الرئيس المنتدى الاقتصادي الدولي. وينطلق هذا المنتدى يوم الأربعاء المقبل في العاصمة.', '2024-05-06', ['conference 2024-05-08..2024-05-08']],
    ['شارك الوزير في اجتماعات اللجنة المشتركة. وقد عقدت هذه الاجتماعات يومي 3 و4 مارس 2019.', '2019-03-10', ['conference 2019-03-03..2019-03-04']],
    ['وتعقد القمة تحت شعار: «التعاون من أجل التنمية»، وذلك من 5 إلى 8 أغسطس 2025.', '2025-07-30', ['conference 2025-08-05..2025-08-08']],
  ])('an event told without a date, then named again to say when it is held («وتعقد هذه القمة», «وذلك من …»), takes that date: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['قال مسؤول إن الرئيس سيترأس الجلسة الافتتاحية للقمة يوم الإثنين، حيث وصل إلى جاكرتا ليل السبت.', '2016-03-06', ['conference 2016-03-07..2016-03-07', 'visit 2016-03-05..2016-03-05']],
    ['سيترأس الرئيس الجلسة الافتتاحية للقمة يوم الإثنين، وقد وصل إلى جاكرتا ليل السبت.', '2016-03-06', ['conference 2016-03-07..2016-03-07', 'visit 2016-03-05..2016-03-05']],
    ['يلتقي الوزير نظيره الفرنسي يوم الخميس، حيث وصل إلى باريس، مساء الثلاثاء، في زيارة رسمية.', '2021-06-09', ['meeting 2021-06-10..2021-06-10', 'visit 2021-06-08..2021-06-08']],
    ['سيزور الرئيس موسكو يوم الاثنين، حيث التقى بوتين في الجمعة الماضية.', '2016-03-06', ['meeting 2016-03-04..2016-03-04', 'visit 2016-03-07..2016-03-07']],
  ])('a clause that opens on its own verb in the past, after a plan, tells its weekday as past: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وصل الرئيس إلى جاكرتا، ليل السبت، رغم إلغائه زيارة إلى البلد نفسه في أبريل 2015.', '2016-03-06', ['visit 2016-03-05..2016-03-05']],
    ['غادر الوزير، الأحد، إلى موسكو بعد لقائه نظيره التركي في 2 مارس.', '2016-03-08', ['meeting 2016-03-02..2016-03-02', 'visit 2016-03-06..2016-03-06']],
  ])('a clause told in spite of, or after, another event is not the clause a date set off by commas continues: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وأوضح بلاغ للوزارة، اليوم الجمعة، أن الوزير الذي قام بزيارة عمل يومي 4 و5 نوفمبر الجاري لبانكوك، أجرى محادثات مع نظيره التايلاندي.', '2014-11-07', ['meeting 2014-11-04..2014-11-05', 'visit 2014-11-04..2014-11-05']],
    ['وذكر بيان للرئاسة، أمس، أن الرئيس الذي زار الرياض يوم 2 مارس، أجرى مباحثات مع ولي العهد.', '2021-03-05', ['meeting 2021-03-02..2021-03-02', 'statement 2021-03-04..2021-03-04', 'visit 2021-03-02..2021-03-02']],
  ])('talks a report tells as held on a trip it dates in the same sentence take the trip\'s days, not the report\'s: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['سيترأس الوزير الوفد المشارك في مؤتمر طوكيو للتنمية في إفريقيا، والذي سينعقد بمدينة يوكوهاما، من 28 إلى 30 أوت الجاري.', '2019-08-24', ['conference 2019-08-28..2019-08-30']],
    // A verb of starting tells of the mechanism named last, not of the summit.
    ['شارك الرئيس في القمة الخامسة بين مصر وقبرص واليونان اليوم، في إطار آلية التعاون الثلاثي التي انطلقت في القاهرة في نوفمبر 2014.', '2017-11-21', ['conference 2017-11-21..2017-11-21']],
  ])('a relative clause of an event\'s being held dates the event, past the place named last: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['بعد يوم واحد من انتخاب رئيس بوليفيا في 19 أكتوبر الماضي، أجرى الوزير مكالمة هاتفية معه.', '2025-12-08', ['call 2025-10-20..2025-10-20', 'other 2025-10-19..2025-10-19']],
    ['وفي اليوم التالي لوصول الوزير إلى باريس يوم 2 مارس، التقى الرئيس الفرنسي.', '2025-03-10', ['meeting 2025-03-03..2025-03-03', 'visit 2025-03-02..2025-03-02']],
    ['وبعد ثلاثة أيام من وصوله إلى باريس يوم 2 مارس، التقى الوزير الرئيس الفرنسي.', '2025-03-10', ['meeting 2025-03-05..2025-03-05', 'visit 2025-03-02..2025-03-02']],
    // The other event told only by its month: the clause's event is within that month, approximately.
    ['في اليوم التالي لانتخاب رئيس بوليفيا في أكتوبر الماضي، أجرى الوزير مكالمة هاتفية معه.', '2025-12-08', ['call 2025-10-01..2025-10-31', 'other 2025-10-01..2025-10-31']],
  ])('an offset phrase that opens the sentence places the clause after it from the event it names: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['ألغى ولي العهد رحلة مقررة إلى اليابان، حسبما قال المتحدث باسم الحكومة اليابانية في وقت متأخر من يوم الأحد.', '2024-05-20', ['other 2024-05-19..2024-05-19']],
    ['ألغى ولي العهد رحلة مقررة إلى اليابان، وفق ما قال المتحدث باسم الحكومة اليابانية يوم الأحد.', '2024-05-20', ['other 2024-05-19..2024-05-19']],
    // It is the report's day, not the day of a plan the report announces, which the sentence then leaves undated.
    ['وسيقوم الرئيس الصيني بزيارة رسمية إلى لاوس، حسبما أعلنت المتحدثة باسم وزارة الخارجية الصينية اليوم الثلاثاء.', '2024-10-08', []],
    ['يعتزم الرئيس الصيني زيارة فيتنام، وفق ما أعلنت الوزارة الخميس.', '2024-10-08', []],
  ])('a day told in the clause of who reported the news («حسبما قال …», «وفق ما أعلن …») is past: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('«ويأتي الاجتماع» after a meeting held and one planned is the one held', () => {
    const text = 'عقد وزراء خارجية روسيا وسوريا وتركيا اجتماعا في موسكو أمس. واتفقوا على أن يجتمع نوابهم مجددا في 20 مايو المقبل. ويأتي الاجتماع قبل أيام من الانتخابات التركية.';
    expect(timeline(text, '2023-05-11')).toEqual(['meeting 2023-05-10..2023-05-10', 'meeting 2023-05-20..2023-05-20']);
  });
  it.each([
    ['غادر الرئيس الجزائري، الخميس، البلاد متوجها إلى روما، حيث يجري محادثات مع رئيسة الوزراء الإيطالية يوم الجمعة.', '2023-05-25', ['meeting 2023-05-26..2023-05-26', 'visit 2023-05-25..2023-05-25']],
    ['غادر الأمير، اليوم، الدوحة متوجها إلى برلين، حيث يعقد مباحثات مع المستشار الألماني الاثنين.', '2024-04-26', ['meeting 2024-04-29..2024-04-29', 'visit 2024-04-26..2024-04-26']],
    ['توجه وزير الخارجية، مساء الأحد، إلى القاهرة، حيث يلتقي نظيره المصري الثلاثاء.', '2022-03-06', ['meeting 2022-03-08..2022-03-08', 'visit 2022-03-06..2022-03-06']],
    ['وصل رئيس الوزراء إلى باريس أمس، حيث يلتقي الرئيس الفرنسي الأربعاء.', '2019-10-30', ['meeting 2019-10-30..2019-10-30', 'visit 2019-10-29..2019-10-29']],
  ])('a departure dated by commas after its subject keeps that day, and talks told «حيث» in the present take the nearer weekday: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['date 2025-11-28 يتوجه المستشار الألماني إلى إسرائيل في 6 كانون الأول في أول زيارة رسمية له، بحسب ما أعلنت الحكومة الجمعة.', '2025-11-28', ['visit 2025-12-06..2025-12-06']],
    ['12:30 - يزور الرئيس الفرنسي المغرب في 3 ديسمبر في زيارة دولة، بحسب ما أعلن قصر الإليزيه اليوم.', '2025-11-20', ['visit 2025-12-03..2025-12-03']],
    ['10:45 يصل رئيس الوزراء الإيطالي إلى الجزائر في 22 يناير، كما أعلنت رئاسة الحكومة اليوم.', '2023-01-15', ['visit 2023-01-22..2023-01-22']],
    ['Posted on يستقبل الملك الرئيس الفرنسي في 20 مايو بالرباط، وفق ما ذكر الديوان الملكي.', '2023-05-10', ['meeting 2023-05-20..2023-05-20']],
  ])('a stamp in Latin letters or digits before a clause that opens on an imperfect verb leaves it told in the present: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['هذا ويزور رئيس البرلمان المصري والوفد المرافق له، الإثنين مقر البرلمان الليبي في بنغازي.', '2023-06-18', ['visit 2023-06-19..2023-06-19']],
    ['هذا ويلتقي وزير الخارجية الأردني نظيره العراقي الخميس في بغداد.', '2024-02-13', ['meeting 2024-02-15..2024-02-15']],
    ['هذا وقد زار وزير الخارجية الأردني بغداد الخميس.', '2024-02-13', ['visit 2024-02-08..2024-02-08']],
  ])('«هذا و» before the verb that opens a sentence leaves the sentence opening on that verb: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وكان وزير الخارجية التركي قد أدى زيارة إلى تونس بمناسبة انعقاد الندوة الدولية للاستثمار بتونس (29-30 نوفمبر 2016).', '2017-06-14', ['conference 2016-11-29..2016-11-30', 'visit 2016-11-29..2016-11-30']],
    ['وكان الرئيس قد زار الجزائر، وأكد اليوم الأربعاء أهمية التعاون.', '2017-06-14', []],
  ])('a trip told as done before is dated by the conference its clause says it was for, and by nothing else: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('talks told at the start of a tour that lasts two days keep their one day; a visit that lasts two days spans them', () => {
    expect(timeline('اجتمع الرئيس التونسي مع وزير الخارجية الصيني في تونس اليوم الاثنين، في مستهل جولة إفريقية تستغرق يومين.', '2021-04-12')).toContain('meeting 2021-04-12..2021-04-12');
    expect(timeline('وصل وزير الخارجية الصيني إلى تونس اليوم الاثنين في زيارة تستغرق يومين.', '2021-04-12')).toEqual(['visit 2021-04-12..2021-04-13']);
  });
  it('«مؤخرا» and «قبل أشهر» give no bound: the event stays undated', () => {
    expect(timeline('وكان الوزير قد زار الجزائر قبل أشهر.', '2023-05-11')).toEqual([]);
  });
  it('each event of a list of dates is told by the words up to its own date, from the date before it', () => {
    const text = 'وكان الرئيس قد زار طهران في أيار/مايو 2024، وفي تموز/يوليو 2024، وتشرين الثاني/نوفمبر 2023.';
    const quotes = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2025-01-08', precision: 'day' } })
      .filter((e) => e.type === 'visit').sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).map((e) => e.mentions.map((m) => m.quote));
    expect(quotes).toEqual([['وكان الرئيس قد زار طهران في أيار/مايو 2024'], ['وفي تموز/يوليو 2024'], ['وتشرين الثاني/نوفمبر 2023']]);
  });
  it.each([
    // «قبيل» puts the event named after it within hours of the clause's, on its day, and it is another event.
    ['يتوجه الرئيس عبد الفتاح السيسي إلى القصر الجمهوري في قبرص اليوم الثلاثاء، حيث سيكون في استقباله الرئيس القبرصي نيكوس أناستاسيادس، وذلك قبيل مباحثات الرئيس السيسي مع رئيس وزراء اليونان أليكسيس تسيبراس.', '2017-11-21',
      ['meeting planned 2017-11-21 Abdel Fattah el-Sisi, Alexis Tsipras', 'meeting planned 2017-11-21 Abdel Fattah el-Sisi, Nicos Anastasiades']],
    // … not of a report the article's day alone dates: the remarks it follows have no day.
    ['وأشارت الصحيفة إلى أن تصريحات الرئيس اللبناني ميشال عون لتلفزيون سي بي سي قبيل زيارته للقاهرة تسببت في إلغاء الزيارة.', '2017-03-06', []],
  ])('within hours of another event: %s', (text, published, expected) => {
    // Neither a statement nor the decision it reports to call off a plan (an event of type other) is placed by «قبيل».
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).filter((e) => e.date && e.type !== 'statement' && e.type !== 'other');
    expect(events.map((e) => `${e.type} ${e.modality} ${e.date!.start} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`).sort()).toEqual(expected);
  });
  it.each([
    // A verb told once for clauses that each name another party and a date of their own: one event with each, on its day.
    ['التقى ميقاتي الرئيس المصري عبد الفتاح السيسي في 4 تشرين الثاني في القاهرة، وملك الأردن عبد الله الثاني في 5 تشرين الثاني في عمان، ثم عاد إلى بيروت.', '2023-11-27', [
      'meeting 2023-11-04 Najib Mikati, Abdel Fattah el-Sisi «التقى ميقاتي الرئيس المصري عبد الفتاح السيسي في 4 تشرين الثاني في القاهرة»',
      'meeting 2023-11-05 Najib Mikati, Abdullah II «وملك الأردن عبد الله الثاني في 5 تشرين الثاني في عمان»']],
    ['استقبل الرئيس السيسي وزير الخارجية الروسي سيرغي لافروف في 3 مارس 2024، ووزير الخارجية الصيني وانغ يي في 9 مارس 2024.', '2024-03-20', [
      'meeting 2024-03-03 Abdel Fattah el-Sisi, Sergey Lavrov «استقبل الرئيس السيسي وزير الخارجية الروسي سيرغي لافروف في 3 مارس 2024»',
      'meeting 2024-03-09 Abdel Fattah el-Sisi, Wang Yi «ووزير الخارجية الصيني وانغ يي في 9 مارس 2024»']],
    ['زار الوزير القاهرة في 4 نوفمبر، وبغداد في 6 نوفمبر.', '2023-11-27', ['visit 2023-11-04  «زار الوزير القاهرة في 4 نوفمبر»', 'visit 2023-11-06  «وبغداد في 6 نوفمبر»']],
    // A clause that names someone but no date of its own is the same event.
    ['التقى الرئيس السيسي في 4 نوفمبر 2023 وزير الخارجية الروسي، ورئيس الوزراء مصطفى مدبولي في القاهرة.', '2023-11-27', ['meeting 2023-11-04 Abdel Fattah el-Sisi, Sergey Lavrov, Mostafa Madbouly «التقى الرئيس السيسي في 4 نوفمبر 2023 وزير الخارجية الروسي، ورئيس الوزراء مصطفى مدبولي في القاهرة»']],
  ])('a verb shared by gapped clauses, each with its own date: %s', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    expect(events.map((e) => `${e.type} ${e.date?.start} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')} «${e.mentions[0]!.quote}»`)).toEqual(expected);
  });
  it('a duration told after another trip\'s noun is that trip\'s, not the one the clause begins', () => {
    const text = 'بدأ أمير دولة قطر الشيخ حمد بن خليفة آل ثاني، أمس، زيارة إلى الفلبين بعد زيارة رسمية إلى الهند استغرقت ثلاثة أيام.';
    const visit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2012-04-11', precision: 'day' } }).find((e) => e.type === 'visit' && e.location?.nameEn === 'Philippines');
    expect([visit?.date?.start, visit?.date?.end]).toEqual(['2012-04-10', '2012-04-10']);
  });
  it('a date told in a relative clause before the clause\'s own event is the noun\'s («اللقاء الذي جرى مساء أمس على … المساعدة»)', () => {
    const text = 'أكد الرئيس الفنزويلي أن بلاده تقف إلى جانب سورية. وخلال تقبله أوراق اعتماد السفير السوري، نقل مادورو تحياته. وشدد مادورو خلال اللقاء الذي جرى مساء أمس على استعداد بلاده لتقديم المساعدة الكاملة لسورية.';
    expect(timeline(text, '2022-12-06').filter((e) => e.startsWith('meeting'))).toEqual(['meeting 2022-12-05..2022-12-05']);
  });
  it.each([
    // One telling of events on several calendar dates listed with «و» is one event on each; a range «بين عامي» is one.
    ['وكان رئيس الوزراء قد زار الهند في عامي 2012 و 2016.', '2023-06-12', ['visit 2012-01-01..2012-12-31', 'visit 2016-01-01..2016-12-31']],
    ['وكان رئيس الوزراء قد زار الهند في عامي 2012، و2016.', '2023-06-12', ['visit 2012-01-01..2012-12-31', 'visit 2016-01-01..2016-12-31']],
    ['والتقى الوزيران في مارس 2013 وفي مايو 2017.', '2023-06-12', ['meeting 2013-03-01..2013-03-31', 'meeting 2017-05-01..2017-05-31']],
    ['وتولى منصبه بين عامي 2012 و2016.', '2023-06-12', ['appointment 2012-01-01..2016-12-31']],
    // A date the sentence opens with, set off by a comma, is the verb's right after it.
    ['وفي مايو الماضي، هنأ الملك عبدالله الثاني الرئيس الإيراني بانتخابه.', '2025-10-14', ['statement 2025-05-01..2025-05-31']],
    // «، وفي» joins the list when nothing but its punctuation follows the date; a word after it opens a clause of its own.
    ['إذ أجرى الرئيس زيارات سابقة إلى طهران في أيار/مايو 2024، وفي تموز/يوليو 2024، وتشرين الثاني/نوفمبر 2023.', '2025-01-08', ['visit 2023-11-01..2023-11-30', 'visit 2024-05-01..2024-05-31', 'visit 2024-07-01..2024-07-31']],
    ['وزار الوزير الهند في مارس 2013، وفي مايو 2017.', '2023-06-12', ['visit 2013-03-01..2013-03-31', 'visit 2017-05-01..2017-05-31']],
    ['ووصل الرئيس إلى الرياض في 12 مارس 2013، وفي 14 مارس 2013 افتتح القمة.', '2023-06-12', ['conference 2013-03-14..2013-03-14', 'visit 2013-03-12..2013-03-12']],
    // Talks during a trip that only the article's day dates are on that day too.
    ['بدأ وزير الخارجية الروسي زيارة عمل إلى قطر تستغرق يومين، يلتقي خلالها أمير دولة قطر وعددا من المسؤولين.', '2015-08-02', ['meeting 2015-08-02..2015-08-02', 'visit 2015-08-02..2015-08-02']],
    // A date right after an event's noun and its complement is that event's, not that of the noun after it.
    ['وشدد الوزير على البناء على مخرجات زيارته لنيجيريا في يوليو 2025 لاسيما منتدى الأعمال المشترك.', '2025-11-09', ['conference 2025-07-01..2025-07-31', 'visit 2025-07-01..2025-07-31']],
    // A day counted from publication and restated as a calendar date is the calendar date, whatever day the page is dated.
    ['يجري السلطان هيثم بن طارق زيارة دولة إلى مملكة هولندا، وذلك ابتداء من بعد غد الاثنين، الموافق 14 أبريل 2025.', '2025-04-11', ['visit 2025-04-14..2025-04-14']],
    ['استقبل وزير الخارجية العراقي اليوم الثلاثاء 7 مارس 2023 نظيرته الألمانية.', '2023-03-08', ['meeting 2023-03-07..2023-03-07']],
    ['يتوقع أن يصل رئيس الوزراء إلى رام الله، السبت المقبل (العاشر من فبراير 2018م)، في أول زيارة له.', '2018-02-02', ['visit 2018-02-10..2018-02-10']],
    ['يصل رئيس الوزراء إلى بغداد غدا - 5 مارس 2019 - في زيارة رسمية.', '2019-03-01', ['visit 2019-03-05..2019-03-05']],
    // … but a full date above the page's date line restates nothing.
    ['أردوغان يزور موريتانيا في 28 فبراير الجاري\n22 فبراير 2018\nيزور الرئيس التركي رجب طيب أردوغان موريتانيا في 28 فبراير الجاري.', '2018-02-22', ['visit 2018-02-28..2018-02-28']],
    // The date a «منذ» counts from dates its own event only, not the trip told beside it.
    ['ووصل الأمير كينيا قادما من إثيوبيا، وتعد هي الزيارة الأولى له للدول الإفريقية منذ توليه السلطة في 25 يونيو 2013.', '2017-04-11', ['appointment 2013-06-25..2013-06-25']],
    // A date set off by commas right after a verb is the verb's, whatever a relative clause after it dates.
    ['وصل أمير قطر الشيخ تميم بن حمد، ظهر اليوم الثلاثاء، إلى كينيا ثاني محطات جولته الأفريقية التي بدأها أمس بزيارة إثيوبيا.', '2017-04-11', ['visit 2017-04-10..2017-04-10', 'visit 2017-04-11..2017-04-11']],
    // A signing «حيث» a trip went is an event of its own, on the trip's date, whether the trip is the news or background.
    ['كما زار الرئيس الصيني القاهرة في يناير 2016، حيث شهد الزعيمان توقيع 21 اتفاقية تعاون.', '2024-05-30', ['agreement 2016-01-01..2016-01-31', 'visit 2016-01-01..2016-01-31']],
    ['وكان رئيس الوزراء قد زار الجزائر في 11 أبريل 2022، حيث تم التوقيع على اتفاق للغاز.', '2024-05-30', ['agreement 2022-04-11..2022-04-11', 'visit 2022-04-11..2022-04-11']],
    // «ثم» and a place alone after a trip's verb: the trip's next leg, on the day told after it.
    ['وأعلن وزير الخارجية اليوناني أنه سوف يتوجه إلى القاهرة الأحد، ثم السعودية الثلاثاء.', '2021-04-17', ['visit 2021-04-18..2021-04-18', 'visit 2021-04-20..2021-04-20']],
    ['ووصل الرئيس إلى الجزائر أمس، ثم تونس اليوم.', '2021-04-17', ['visit 2021-04-16..2021-04-16', 'visit 2021-04-17..2021-04-17']],
    ['وزار الرئيس الجزائر أمس ثم عاد إلى بلاده.', '2021-04-17', ['visit 2021-04-16..2021-04-16']],
    // A participle that plans the noun before it («المتوقع عقدها», «المقرر عقدها») dates it, in the clause of another event.
    ['التقى وزير الخارجية الأسبوع الماضي مبعوث الصين للقمة العربية الصينية المتوقع عقدها بالرياض في ديسمبر القادم.', '2022-10-25', ['conference 2022-12-01..2022-12-31', 'meeting 2022-10-17..2022-10-23']],
    ['وبحث الوزيران أمس التحضير للقمة الإفريقية المقرر عقدها في أديس أبابا يوم 9 فبراير.', '2022-10-25', ['conference 2023-02-09..2023-02-09', 'meeting 2022-10-24..2022-10-24']],
    // … and so does one that opens the clause after the noun's, set off by a comma, whatever date the noun's clause tells.
    ['حل وزير الخارجية أحمد عطاف، اليوم بجوهانسبرغ للمشاركة في الاجتماع الوزاري لمجموعة العشرين، المزمع عقده يومي 20 و21 فبراير 2025.', '2025-02-19', ['conference 2025-02-20..2025-02-21', 'visit 2025-02-19..2025-02-19']],
    // «this» trip, when the article tells no other, is the trip of someone in the day's news; with no such news, undated.
    ['عقد الرئيس التركي مؤتمرا صحفيا مشتركا مع الرئيس الكازاخستاني الزائر قاسم جومارت توكاييف أمس. وتعد هذه أول زيارة دولة يقوم بها توكاييف إلى تركيا.', '2022-05-11', ['statement 2022-05-10..2022-05-10', 'visit 2022-05-10..2022-05-10']],
    ['وتعد هذه أول زيارة دولة يقوم بها توكاييف إلى تركيا منذ توليه منصبه.', '2022-05-11', []],
    // A date after «في أعقاب» and a noun belongs to that noun («موافقة»), not to the clause's event.
    ['ويأتي تعيين أوسبينا سفيرا لدى فلسطين في أعقاب موافقة السلطة الفلسطينية في 5 مايو.', '2025-05-27', []],
    // A date told before the words that place another event against this one («خلال القمة», «بعد المنتدى») is this one's.
    ['وتعززت العلاقات بزيارة الرئيس الصيني إلى القاهرة عام 2016، تلتها زيارة الرئيس المصري إلى بكين عام 2018 خلال قمة منتدى التعاون.', '2024-05-02', ['conference 2018-01-01..2018-12-31', 'visit 2016-01-01..2016-12-31', 'visit 2018-01-01..2018-12-31']],
    // A date after «بعد/قبل + noun» belongs to that noun's event, not to the clause's other events nor to the article's news.
    ['وأجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي، وذلك بعد إطلاق المبادرة الإقليمية السبت الماضي.', '2023-10-12', ['call 2023-10-12..2023-10-12']],
    ['وأجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي أمس، وذلك بعد إطلاق عملية عسكرية واسعة السبت الماضي.', '2023-10-12', ['call 2023-10-11..2023-10-11', 'military 2023-10-07..2023-10-07']],
    // «ويرافق أردوغان في زيارته»: the trip someone goes along on is the one told, not news of the article's day.
    ['يستهل الرئيس التركي رجب طيب أردوغان الأحد المقبل زيارة إلى السودان. ويرافق أردوغان في زيارته إلى السودان أكثر من 200 رجل أعمال.', '2017-12-21', ['visit 2017-12-24..2017-12-24']],
    ['يبدأ الرئيس الصيني غدا جولة في المنطقة تشمل مصر. ويضم الوفد المرافق له في جولته وزير الخارجية.', '2016-01-18', ['visit 2016-01-19..2016-01-19']],
    // «تأتي جولة أردوغان»: the trip named again by its owner's name is the story's, not dated by the background after it.
    ['أردوغان يزور مصر وتونس هذا الأسبوع\nوتأتي جولة أردوغان في ظل تصاعد التوتر مع إسرائيل بسبب مقتل نشطاء أتراك في العام الماضي.', '2011-09-12', ['visit 2011-09-12..2011-09-18']],
    // «وبعد محادثاتهما»: the talks of the two named before are those told before, not news of the article's day.
    ['غادر الرئيس الصيني شي جين بينغ مصر متجها لإيران اليوم الجمعة. وخلال إقامته في القاهرة، عقد شي محادثات صباح أمس الخميس مع نظيره المصري عبد الفتاح السيسي. وبعد محادثاتهما في قصر القبة، شهد الرئيسان توقيع اتفاقيات تعاون.', '2016-01-22', ['agreement 2016-01-21..2016-01-21', 'meeting 2016-01-21..2016-01-21', 'visit 2016-01-22..2016-01-22']],
    // The date or the time of an event («تاريخ عقد القمة», «موعد الزيارة») names it: it is no report of the day.
    ['وقال المصدر إن تاريخ عقد القمة العربية يخضع للمشاورات.', '2022-01-19', []],
    ['وحدد البلدان موعد الزيارة في 20 مارس المقبل.', '2022-01-19', ['visit 2022-03-20..2022-03-20']],
    // «ذكرى اليوم» is this day of history: neither today nor an anniversary of its own.
    ['وفي ذكرى اليوم، قبل ثلاث سنوات، 14 مارس 2020، استقبل الملك سلمان الرئيس الإندونيسي جوكو ويدودو.', '2023-03-14', ['meeting 2020-03-14..2020-03-14']],
    // A verb whose clause has no date is dated by the phrase after it, before the next stop's verb.
    ['وسيزور الملك عبد الله خلال جولته الأولى، الهند يوم الأربعاء ثم يتوجه يوم 29 يناير إلى ماليزيا.', '2006-01-22', ['visit 2006-01-25..2006-01-25', 'visit 2006-01-29..2006-01-29']],
    // The lead's day dates the news only when it is not after publication: a plan's day is the plan's.
    ['أعلن الديوان أن الملك حمد بن عيسى سيزور لندن يوم الخميس المقبل.\nواستقبل الملك حمد بن عيسى السفير البريطاني في قصر الصافرية.', '2015-05-13', ['meeting 2015-05-13..2015-05-13', 'visit 2015-05-14..2015-05-14']],
    // A plan over the sentence («من المقرر أن») reaches into the report it opens: the coming Tuesday, not the last one.
    ['ومن المقرر أن يعقد الرئيس مباحثات مع رئيس الوزراء يوم الثلاثاء.', '2019-10-20', ['meeting 2019-10-22..2019-10-22']],
    // «سوف» before a present-tense verb is the future as «س» is: the coming Sunday and Monday, not the last ones.
    ['وأعلن وزير الخارجية اليوناني أنه سوف يتوجه إلى القاهرة الأحد، فيما يشارك الاثنين في اجتماع المجلس الأوروبي.', '2021-04-17', ['conference 2021-04-19..2021-04-19', 'visit 2021-04-18..2021-04-18']],
    ['وسوف يلتقي الرئيس نظيره الفرنسي الأربعاء.', '2021-04-17', ['meeting 2021-04-21..2021-04-21']],
    // A present-tense verb joined to a future one shares its future: the coming Thursday.
    ['وسيلتقي الرئيس نظيره الفرنسي الأربعاء، ويلقي خطابا أمام الجمعية الوطنية الخميس.', '2012-07-17', ['meeting 2012-07-18..2012-07-18', 'statement 2012-07-19..2012-07-19']],
    // The day of the statement that reports an event («وفق ما أفادت الرئاسة في بيان الأربعاء») is the statement's, not the event's.
    ['استدعى الرئيس التونسي سفير الاتحاد الأوروبي للاحتجاج على عدم الالتزام بالضوابط، وفق ما أفادت الرئاسة في بيان الأربعاء.', '2025-11-26', ['statement 2025-11-26..2025-11-26']],
    // A relative clause that tells how an event runs («والتي بدأت أمس لمدة يومين») dates the event, even after a place.
    ['ويزور وزير الخارجية الياباني، تونس، والتي بدأت أمس لمدة يومين.', '2018-12-26', ['visit 2018-12-25..2018-12-26']],
    // One that describes the place does not («التي شهدت الأحد احتجاجات»).
    ['ويزور وزير الخارجية الياباني، تونس، التي شهدت الأحد احتجاجات واسعة.', '2018-12-26', []],
    // «اتفقوا على الاجتماع، نهاية الشهر»: an event agreed on by its own noun is that event, planned, with the date told
    // after it; the agreement to hold it is no accord.
    ['وقال الوزير إن وزراء خارجية ليبيا والسودان وتشاد اتفقوا على الاجتماع، نهاية شهر نوفمبر الجاري.', '2018-11-05', ['meeting 2018-11-21..2018-11-30']],
    ['واتفق الرئيسان على زيارة متبادلة في مارس المقبل.', '2018-11-05', ['visit 2019-03-01..2019-03-31']],
    // A present-tense verb before «خلالها» opens a clause of its own: talks held during the trip stand apart from it.
    ['ويصل الرئيس الفلسطيني غدا الاثنين إلى اليابان في زيارة رسمية تستمر ثلاثة أيام يجري خلالها مباحثات مع رئيس الوزراء.', '2019-10-20', ['meeting 2019-10-21..2019-10-23', 'visit 2019-10-21..2019-10-23']],
    // … also after a phrase set off by commas: the meeting is the event, what was agreed an understanding of it.
    ['وكانت الدول الأربع اتفقت، في اجتماعها أبريل الماضي، على تنسيق العمل بين قواتها.', '2018-11-05', ['meeting 2018-04-01..2018-04-30']],
    // A trip's noun beside a verb that lists its programme frames the event it lists.
    ['وقال المتحدث إن جدول الزيارة يشمل لقاء مع الرئيس غدا.', '2014-01-15', ['meeting 2014-01-16..2014-01-16']],
    ['وقال المتحدث إن الزيارة ستتضمن محادثات مع رئيس الوزراء غدا.', '2014-01-15', ['meeting 2014-01-16..2014-01-16']],
    // A noun with a pronoun after the clause that tells the event points back («نتائج جولته»); it does not rename it.
    ['والتقى الوزير الرئيس يوم الخميس حيث أطلعه على نتائج جولته.', '2014-01-18', ['meeting 2014-01-16..2014-01-16']],
    // «اتفقا على استكمال النظر في توقيع اتفاقيات»: an understanding of the talks, not an accord.
    ['والتقى الوزيران أمس، كما اتفقا على استكمال النظر في توقيع اتفاقيات بين البلدين.', '2018-12-26', ['meeting 2018-12-25..2018-12-25']],
    // … also when the course agreed on is quoted.
    ['أجرى الرئيس اتصالا هاتفيا مع نظيره الروسي اليوم، اتفقا خلاله على "مواصلة الاتصالات" بين البلدين.', '2026-03-06', ['call 2026-03-06..2026-03-06']],
    ['والتقى الوزيران أمس واتفقا على «تعزيز التعاون» بين البلدين.', '2018-12-26', ['meeting 2018-12-25..2018-12-25']],
    // … also when a comma closes the subject and its day right before «على».
    ['والتقى الوزير ولي العهد أمس. واتفق الوزير وولي العهد السعودي الاثنين، على أهمية استمرار التهدئة.', '2019-01-15', ['meeting 2019-01-14..2019-01-14']],
    ['وأجرى الرئيس اتصالا هاتفيا مع نظيره أمس. واتفق الرئيسان مساء أمس، على مواصلة التنسيق.', '2019-01-15', ['call 2019-01-14..2019-01-14']],
    // … and so may short asides after it, a weekday set in slashes among them.
    ['اتفق الرئيس الروسي فلاديمير بوتين ورئيس الوزراء العراقي محمد شياع السوداني، خلال اتصال هاتفي، اليوم /الخميس/، على تأجيل القمة الروسية العربية الأولى.', '2025-10-09', ['call 2025-10-09..2025-10-09']],
    ['اتفق الوزيران، خلال لقائهما في الرياض، مساء الأحد، على مواصلة التنسيق بين البلدين.', '2024-02-13', ['meeting 2024-02-11..2024-02-11']],
    // A present-tense verb of an event's course right before a weekday puts it ahead, outside reported speech.
    ['ويشارك الرئيس خلال هذه الزيارة في القمة الإسلامية التي تبدأ يوم الأربعاء.', '2013-02-05', ['conference 2013-02-06..2013-02-06']],
    ['وتلتقي الوزيرة بنظيرها اليوم، فيما يشهد يوم الأربعاء انعقاد منتدى الأعمال السعودي الأميركي.', '2025-11-18', ['conference 2025-11-19..2025-11-19', 'meeting 2025-11-18..2025-11-18']],
    // … or right after a weekday that opens its clause.
    ['وتلتقي الوزيرة بنظيرها اليوم. أما يوم الأربعاء، فيشهد انعقاد منتدى الأعمال السعودي الأميركي.', '2025-11-18', ['conference 2025-11-19..2025-11-19', 'meeting 2025-11-18..2025-11-18']],
    ['ووصل الرئيس إلى الرياض أمس، ويوم الخميس تنطلق أعمال القمة العربية الصينية.', '2022-12-07', ['conference 2022-12-08..2022-12-08', 'visit 2022-12-06..2022-12-06']],
    ['وانعقدت القمة الإسلامية يوم الأربعاء في القاهرة.', '2013-02-05', ['conference 2013-01-30..2013-01-30']],
    ['ويوم الأربعاء انعقد منتدى الأعمال في الرياض.', '2025-11-18', ['conference 2025-11-12..2025-11-12']],
    ['وذكر الموقع الاثنين أن المستشار الألماني يبدأ الأربعاء جولة خليجية.', '2026-02-05', ['visit 2026-02-04..2026-02-04']],
    // After an ordinal, «منذ» and a length of time count the years since the last such event: no date of this one (here
    // the visit is the article's news, not one of 2004).
    ['وزيارة الرئيس الصيني لمصر هي الأولى لرئيس صيني منذ 12 عاما.', '2016-01-22', ['visit 2016-01-22..2016-01-22']],
    ['وزار الرئيس الصيني مصر أمس لأول مرة منذ عشر سنوات.', '2016-01-22', ['visit 2016-01-21..2016-01-21']],
    // … also with a place between the ordinal and «منذ».
    ['وقال مسؤول إن رحلة البشير إلى إندونيسيا كانت ستصبح أول رحلة يقوم بها خارج أفريقيا والشرق الأوسط منذ حوالي 4 سنوات.', '2015-04-20', []],
    ['وصل الرئيس الصيني إلى القاهرة منذ يومين.', '2016-01-22', ['visit 2016-01-20..2016-01-20']],
    // After a participle of what goes on, «منذ» and a length of time tell how long a state has lasted.
    ['وعقدت القمة انفراجا في الأزمة القائمة منذ 6 شهور بين البلدين.', '2017-12-06', []],
    ['واستؤنفت المحادثات المتوقفة منذ عامين بين البلدين.', '2017-12-06', []],
    ['وكان الرئيس الصيني قد زار مصر منذ 12 عاما.', '2016-01-22', ['visit 2004-01-01..2004-12-31']],
    // A visit is not dated by a background happening its clause names (the war is dated, the visit is not).
    ['وقال الوزير إن زيارة الوفد تمهد الطريق لاستئناف التعاون بعد تعليقه بسبب الحرب الإسرائيلية في يونيو 2025.', '2025-09-09', ['military 2025-06-01..2025-06-30']],
    // The next item of a programme («يليه», «ثم», «عقب ذلك») with no date of its own comes right after the one before it.
    ['وقال المتحدث إن الرئيس سيلتقي الإثنين رئيس الوكالة اليابانية في مقر إقامته. وأوضح أنه يليه لقاء مع محافظ طوكيو.', '2016-02-28', ['meeting 2016-02-29..2016-02-29', 'meeting 2016-02-29..2016-02-29']],
    ['والتقى الوزير نظيره الياباني أمس في طوكيو. وأوضح أنه عقب ذلك تم التوقيع على اتفاقية للتعاون في مجال الطاقة.', '2016-02-28', ['agreement 2016-02-27..2016-02-27', 'meeting 2016-02-27..2016-02-27']],
    ['وقال البيان إن الرئيس التركي سيعقد اجتماعا ثنائيا مع الرئيس التونسي يوم 16 مارس 2023 بقصر قرطاج. ويلي ذلك اجتماع موسع بين الوفدين.', '2023-03-15', ['meeting 2023-03-16..2023-03-16', 'meeting 2023-03-16..2023-03-16']],
    // A date that names a place after its noun («بقطعة السابع من نوفمبر», «ساحة 14 آذار») is no day of the story.
    ['قال الوزير الأول يوم الأحد إن أهم المجالات التي كانت محل اتفاق هي التجارة. وجرى في ختام الاجتماعات التوقيع على اتفاقين ومحضر اعتماد اتفاقية استكشاف النفط بقطعة السابع من نوفمبر.', '2009-12-14', []],
    // «عشية القمة»: the summit is on the day after the clause's event.
    ['وصل الوزير إلى روما يوم 18 أبريل 2025 عشية انطلاق القمة.', '2025-04-19', ['conference 2025-04-19..2025-04-19', 'visit 2025-04-18..2025-04-18']],
    // «غداة لقاء …»: the meeting was the day before the clause's event.
    ['وصل وزير الخارجية المصري سامح شكري اليوم الثلاثاء إلى موسكو. وجاءت زيارة شكري إلى موسكو غداة لقاء أجراه مع نظيره الأميركي أنتوني بلينكن في القاهرة.', '2023-01-31', ['meeting 2023-01-30..2023-01-30', 'visit 2023-01-31..2023-01-31']],
    // … and «وبعدها بيومين» two days after it.
    ['التقى الرئيس نظيره يوم 14 مارس 2023. وبعدها بيومين زار الرئيس مدينة حلب.', '2023-03-30', ['meeting 2023-03-14..2023-03-14', 'visit 2023-03-16..2023-03-16']],
    // «وبعده», «وبعدها»: after it, the item just told.
    ['وينظم الرئيس الهندي، الثلاثاء، استقبالا رسميا لعباس في القصر الرئاسي. وبعده يجتمع الرئيس الفلسطيني بمودي ووزيرة الخارجية الهندية.', '2017-05-15', ['meeting 2017-05-16..2017-05-16', 'meeting 2017-05-16..2017-05-16']],
    // Not across a paragraph of other news: only from the sentence before.
    ['والتقى الوزير نظيره الياباني أمس في طوكيو. وتحدث الوزير عن التعليم. وقال إن البلدين يعملان على التعاون. ثم تطرق إلى توقيع اتفاقية للتعاون في مجال الطاقة.', '2016-02-28', ['meeting 2016-02-27..2016-02-27']],
    // «وجاءت زيارته بعد ستة أشهر من …»: the story's event named again by its pronoun; what it came after is counted back from it.
    ['ووصل رئيس الوزراء الهندي مودي إلى القاهرة، أول من أمس. وجاءت زيارته بعد ستة أشهر من اتصال هاتفي بين الزعيمين.', '2023-06-26', ['call 2022-12-01..2022-12-31', 'visit 2023-06-24..2023-06-24']],
    ['ووصل رئيس الوزراء الهندي مودي إلى القاهرة، أول من أمس. وجاءت زيارته بعد ستة أشهر من لقاء السيسي والرئيس الروسي بوتين.', '2023-06-26', ['meeting 2022-12-01..2022-12-31', 'visit 2023-06-24..2023-06-24']],
    // An event placed against a frame that its own words date («خلال قمة تيكاد أوت 2022») is that frame's, not an
    // earlier event of the frame's type.
    ['وانعقدت أول قمة بين البلدين في تونس سنة 1985. ويجدر التذكير أن تونس واليابان وقعتا اتفاقيتي تعاون خلال قمة تيكاد أوت 2022.', '2023-05-10', ['agreement 2022-08-01..2022-08-31', 'conference 2022-08-01..2022-08-31', 'meeting 1985-01-01..1985-12-31']],
    // A machine date stamp opening the text's first line is the page's, not the event's.
    ['date 2025-12-14 التقى وزير الخارجية نظيره الصيني خلال زيارته الرسمية إلى الدولة يومي 12 و13 ديسمبر.', '2025-12-14', ['meeting 2025-12-12..2025-12-13', 'visit 2025-12-12..2025-12-13']],
    // «غالبية زياراته»: most of someone's visits are no event of their own.
    ['وعلى عكس غالبية زياراته للمملكة المتحدة، أعلن الملك عن زيارته غدا.', '2015-05-13', ['visit 2015-05-14..2015-05-14']],
    // An event after «منذ» is a reference point: the clause's date is the main event's.
    ['وزار الوزير الرياض أمس في أول زيارة منذ توقيع اتفاق المصالحة بين البلدين.', '2023-10-12', ['visit 2023-10-11..2023-10-11']],
    ['والتقى الرئيسان الأربعاء في أول لقاء بينهما منذ الاتفاق الذي وقعه البلدان في مارس الماضي.', '2023-10-12', ['agreement 2023-03-01..2023-03-31', 'meeting 2023-10-11..2023-10-11']],
    // … also «منذ أن» + a verb: what it tells happened, whatever the sentence plans, and it dates nothing else.
    ['وقال إن زيارة تركيا ستكون أول رحلة يقوم بها بوتين إلى دولة عضو في حلف الناتو منذ أن شنت روسيا غزوها الشامل على أوكرانيا في 24 من فبراير 2022.', '2024-02-26', ['military 2022-02-24..2022-02-24']],
    // «كان … قد نقلها»: «قد» after «كان» is the pluperfect even before a verb starting with ن; the visit an invitation
    // is to takes no date from it.
    ['ويذكر ان الدعوة لزيارة بغداد كان قد نقلها سفير العراق لرئيس الوزراء يوم 19 - 2 - 2012.', '2012-03-17', ['invitation 2012-02-19..2012-02-19']],
    // A line with no full stop that opens with «كما» goes on with the story: it is no headline.
    ['وصل رئيس الوزراء إلى بغداد أمس.\nكما تم توجيه الدعوة مرة ثانية لرئيس الحكومة يوم 27 - 2 - 2012 من قبل وزير التخطيط', '2012-03-17', ['invitation 2012-02-27..2012-02-27', 'visit 2012-03-16..2012-03-16']],
    // A reported clause takes the day the report gives.
    ['وقالت الوكالة الرسمية، الأربعاء، إن ولي العهد أكد في اتصال هاتفي مع الرئيس التركي دعم المملكة للتهدئة.', '2023-10-12', ['call 2023-10-11..2023-10-11']],
    ['وذكرت الوزارة، يوم الإثنين، أن الوزير استقبل السفير الفرنسي في مكتبه.', '2024-02-14', ['meeting 2024-02-12..2024-02-12']],
    // So does a verb conjoined after the reported clause: it goes on telling what was reported.
    ['وقالت الوكالة، الجمعة، إن الرئيس استقبل نظيره الفرنسي في القصر، ووقعا اتفاقية للتعاون الثقافي.', '2025-11-08', ['agreement 2025-11-07..2025-11-07', 'meeting 2025-11-07..2025-11-07']],
    ['وأفادت الرئاسة، يوم الإثنين، أن الرئيس استقبل وزير الخارجية الإيطالي، وأجرى اتصالا هاتفيا بالرئيس المصري.', '2024-02-14', ['call 2024-02-12..2024-02-12', 'meeting 2024-02-12..2024-02-12']],
    // A relative clause after a prepositional phrase dates the phrase's noun, not the event; after the event's own adjectives, the event.
    ['وأفادت مصادر بعقد وزير الخارجية العماني اجتماعات مع المبعوثين الأحد، مشيرة إلى مناقشة عملية سياسية في البلد الذي يتعرض للحرب منذ 7 سنوات.', '2021-09-20', ['meeting 2021-09-19..2021-09-19']],
    ['وقال إن الرئيس سيشارك في القمة الروسية العربية المقبلة التي ستعقد في أكتوبر المقبل.', '2025-08-07', ['conference 2025-10-01..2025-10-31']],
    // A clause opened by a participle of a plan («، المزمع عقدها», «، المقرر إقامته») describes the noun before it as a
    // relative clause does: its date is the summit's, not the invitation's.
    ['تلقى الرئيس أمس دعوة من نظيره الياباني لحضور القمة اليابانية الإفريقية، المزمع عقدها في طوكيو في الرابع من يونيو القادم.', '2024-04-17', ['conference 2024-06-04..2024-06-04', 'invitation 2024-04-16..2024-04-16']],
    // … also after the name of what it belongs to («الاجتماع الوزاري لمؤتمر التنمية»), part of the meeting's name.
    ['وصل الوزير إلى طوكيو للمشاركة في الاجتماع الوزاري لمؤتمر التنمية في أفريقيا، والمقرر عقده يومي 6 و7 أكتوبر الجاري.', '2018-10-03', ['conference 2018-10-06..2018-10-07']],
    ['سلم السفير الكوري أمس دعوة إلى وزير الخارجية لحضور المنتدى الاقتصادي، المقرر انعقاده في سول يوم 20 مايو المقبل.', '2024-04-17', ['conference 2024-05-20..2024-05-20', 'invitation 2024-04-16..2024-04-16']],
    // «كان» before a verb in the past tells what had happened before the news, with «قد» or without: not on the news's
    // day, unless a time of day places it there.
    ['وصل وزير الخارجية الروسي إلى الجزائر اليوم. وكان الرئيس الجزائري تحدث هاتفيا مع نظيره الروسي فلاديمير بوتين.', '2022-05-10', ['visit 2022-05-10..2022-05-10']],
    // So with the subject set off by a comma.
    ['استقبل وزير الخارجية المغربي اليوم السفير الروسي الجديد. وكان الرئيس الروسي، فلاديمير بوتين عين فلاديمير بايباكوف سفيرا لروسيا في المغرب.', '2022-08-22', ['meeting 2022-08-22..2022-08-22']],
    ['استقبل الرئيس التونسي اليوم وزير الخارجية الإيطالي. وكان الرئيس التونسي تلقى اتصالا هاتفيا من رئيسة الوزراء الإيطالية جورجيا ميلوني.', '2023-02-20', ['meeting 2023-02-20..2023-02-20']],
    ['التقى وزير الخارجية العماني بدر البوسعيدي المبعوث الأممي هانس غروندبرغ اليوم الأحد في مسقط. وكان المبعوث وصل فجرا إلى العاصمة مسقط.', '2021-09-19', ['meeting 2021-09-19..2021-09-19', 'visit 2021-09-19..2021-09-19']],
    // An anniversary named as the occasion of another event of its clause («بمناسبة الذكرى») is why that event was held:
    // the event takes the date, and the anniversary is no event of its own; told alone, it is one.
    ['ووجه الرئيس رسالة إلى العاهل المغربي في 30 يوليو الماضي بمناسبة الذكرى الخامسة والعشرين لعيد العرش.', '2024-10-29', ['statement 2024-07-30..2024-07-30']],
    ['وأشاد الملك بالرسالة التي وجهها الرئيس إليه في 30 يوليو الماضي بمناسبة الذكرى الخامسة والعشرين لعيد العرش.', '2024-10-29', ['statement 2024-07-30..2024-07-30']],
    ['واستقبل الرئيس أمس السفير الصيني بمناسبة الذكرى الستين لإقامة العلاقات الدبلوماسية بين البلدين.', '2024-05-30', ['meeting 2024-05-29..2024-05-29']],
    // Told alone and counted, it also dates what it commemorates (anniversaries.test.ts).
    ['واحتفل البلدان في 30 مايو 2016 بالذكرى الستين لإقامة العلاقات الدبلوماسية.', '2024-05-30', ['anniversary 2016-05-30..2016-05-30', 'other 1956-01-01..1956-12-31']],
    // What was done during an event named by a definite noun that points back («خلال القمة») is done on that event's day,
    // and so is what is told together with it («فيما وقع …»), not on the article's day.
    ['أعلنت قطر ومصر أمس الأربعاء استئناف العلاقات الدبلوماسية بينهما. وكان أمير قطر قد شارك في أعمال القمة الخليجية التي استضافتها محافظة العلا في 5 يناير الجاري. ووقع قادة دول المجلس خلال القمة على «بيان العلا» الذي طوى صفحة الأزمة، فيما وقع عن الجانب المصري وزير الخارجية سامح شكري.', '2021-01-21', ['agreement 2021-01-05..2021-01-05', 'conference 2021-01-05..2021-01-05', 'other 2021-01-20..2021-01-20']],
    // «ذلك» after words that add one more thing («إضافة إلى ذلك», «علاوة على ذلك») is the story so far: what follows is
    // another event of the story, on its day, not one pointed back to.
    ['استقبل الرئيس الجزائري أمس وزير الخارجية الروسي سيرغي لافروف. إضافة إلى ذلك وقع الجانبان اتفاقية للتعاون في مجال الفضاء.', '2023-06-16', ['agreement 2023-06-15..2023-06-15', 'meeting 2023-06-15..2023-06-15']],
    ['التقى الرئيس الجزائري أمس وزير الخارجية الروسي سيرغي لافروف. وعلاوة على ذلك وقع الوزيران مذكرة تفاهم في مجال الطاقة.', '2023-06-16', ['agreement 2023-06-15..2023-06-15', 'meeting 2023-06-15..2023-06-15']],
    // The trip a relative clause tells of someone the talks name («… مع رئيس الوزراء الذي حل صباح اليوم بالجزائر في زيارة
    // رسمية») is what the talks were held against: the talks stay talks. One told as had before («الذي كان قد زار …،
    // حيث تم التوقيع») goes on with what follows it: the signing where it went is an event of its own, on its date.
    ['أجرى الرئيس الجزائري عبد المجيد تبون محادثات على انفراد مع رئيس الوزراء الإيطالي الذي حل صباح اليوم بالجزائر في زيارة رسمية.', '2022-04-11', ['meeting 2022-04-11..2022-04-11']],
    ['وكانت القمة الحكومية قد انعقدت برئاسة رئيس الوزراء السابق ماريو دراغي، الذي كان قد زار الجزائر في 11 أفريل 2022، حيث تم التوقيع على اتفاق للغاز.', '2023-01-24', ['agreement 2022-04-11..2022-04-11', 'visit 2022-04-11..2022-04-11']],
    // Words that place an event, set off by commas inside its telling («ووقّع، خلال الزيارة، رجال أعمال …»), date it by the
    // event they name.
    ['وصل الرئيس التركي رجب طيب أردوغان إلى الخرطوم أمس الأحد في زيارة رسمية. ووقّع، خلال الزيارة، رجال أعمال أتراك وسودانيون على اتفاقية شراكة تجارية.', '2017-12-25', ['agreement 2017-12-24..2017-12-24', 'visit 2017-12-24..2017-12-24']],
    // Talks named by an indefinite noun as the occasion of another event («خلال لقاء جمع …») are the talks it was reached
    // at, an event of their own on its day; talks pointed back to («خلال لقائهما») are the event told.
    ['اتفقت السعودية وإيران، أمس الخميس، على استئناف العلاقات الدبلوماسية خلال لقاء جمع وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الإيراني حسين أمير عبد اللهيان في بكين.', '2023-04-07', ['agreement 2023-04-06..2023-04-06', 'meeting 2023-04-06..2023-04-06', 'other 2023-04-06..2023-04-06']],
    ['وقع الوزيران أمس مذكرة تفاهم خلال لقائهما في الرياض.', '2023-04-07', ['agreement 2023-04-06..2023-04-06']],
    // A report of a whole trip («أعلنت الرئاسة أن الرئيس زار … والتقى …») tells the talks on it as done as the trip.
    ['أعلنت الرئاسة السورية، مساء اليوم الجمعة، أن الرئيس السوري بشار الأسد زار دولة الإمارات والتقى حاكم دبي محمد بن راشد آل مكتوم.', '2022-03-18', ['meeting 2022-03-18..2022-03-18', 'visit 2022-03-18..2022-03-18']],
    // «حيث التقى …» after a trip: the talks held where it went, an event of their own on its day; not those of a trip told as
    // background.
    ['اختتم المبعوث الأممي هانس غروندبرغ اليوم زيارة إلى الرياض حيث التقى رئيس مجلس القيادة الرئاسي رشاد العليمي.', '2024-04-23', ['meeting 2024-04-23..2024-04-23', 'visit 2024-04-23..2024-04-23']],
    ['وكان الرئيس السوري بشار الأسد قد زار موسكو في 15 آذار الماضي، حيث التقى نظيره الروسي فلاديمير بوتين.', '2023-05-11', ['visit 2023-03-15..2023-03-15']],
    // A trip told as done with no date of its own (in a summary above the story, below the page's date) is the same
    // person's trip to the same place that the article dates among its news days, told again; not one to another place,
    // nor one of long before.
    ['عراقجي يلتقي سلطان عمان\n15 أكتوبر 2024\n- وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط في زيارة رسمية.\n- تناولت المحادثات بين الجانبين التعاون الثنائي والتهدئة في المنطقة.\n- تأتي الزيارة في إطار جولة إقليمية تشمل عددا من الدول.\nووصل عراقجي، الأحد، إلى العاصمة العمانية مسقط قادما من الدوحة.', '2024-10-15', ['visit 2024-10-13..2024-10-13']],
    ['عراقجي يلتقي سلطان عمان\n15 أكتوبر 2024\n- وصل وزير الخارجية الإيراني عباس عراقجي إلى الكويت في زيارة رسمية.\n- تناولت المحادثات بين الجانبين التعاون الثنائي والتهدئة في المنطقة.\n- تأتي الزيارة في إطار جولة إقليمية تشمل عددا من الدول.\nووصل عراقجي، الأحد، إلى العاصمة العمانية مسقط قادما من الدوحة.', '2024-10-15', ['visit 2024-10-13..2024-10-13', 'visit 2024-10-15..2024-10-15']],
    ['عراقجي يلتقي سلطان عمان\n15 أكتوبر 2024\n- وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط في زيارة رسمية.\n- تناولت المحادثات بين الجانبين التعاون الثنائي والتهدئة في المنطقة.\n- تأتي الزيارة في إطار جولة إقليمية تشمل عددا من الدول.\nووصل عراقجي في 3 مارس 2023 إلى العاصمة العمانية مسقط قادما من الدوحة.', '2024-10-15', ['visit 2023-03-03..2023-03-03', 'visit 2024-10-15..2024-10-15']],
    // A sentence opening on a verb with the future's «س» tells what is ahead: its bare weekday is a coming one.
    ['وسيسمح اجتماع الخميس، الذي سيختتم بمؤتمر صحفي للوزيرين، بمراجعة القضايا الرئيسية.', '2023-04-12', ['meeting 2023-04-13..2023-04-13']],
    ['وستعقد القمة الثلاثاء في العاصمة بمشاركة القادة.', '2023-04-12', ['conference 2023-04-18..2023-04-18']],
    // Who came «where» talks were held came to them: the talks stay talks.
    ['أعلنت الخارجية أنه قد انطلقت في جنيف في 11 نوفمبر 2024، الجولة الثالثة من المفاوضات الدولية حول اليمن، حيث وصلت مجموعة المفاوضين اليمنيين إلى جنيف.', '2024-11-12', ['meeting 2024-11-11..2024-11-11']],
    // … also when the tour the trip is a leg of, and what it is for, stand between («ضمن جولته … لبحث الحرب»).
    ['وصل وزير الخارجية التركي هاكان فيدان إلى عمان ضمن جولته الإقليمية لبحث العدوان على غزة، حيث التقى الملك عبد الله الثاني.', '2024-02-13', ['meeting 2024-02-13..2024-02-13', 'visit 2024-02-13..2024-02-13']],
    // … but not when an event the trip went to stands between: the talks are part of that one.
    ['وصل الوزير إلى الرياض للمشاركة في اجتماع اللجنة المشتركة، حيث التقى نظيره السعودي الأمير فيصل بن فرحان.', '2024-02-13', ['visit 2024-02-13..2024-02-13']],
    // Talks during a trip with nobody named («تلتقي خلالها عددا من كبار المسؤولين») are part of its programme.
    ['وصلت وزيرة الخارجية السويدية إلى الكويت أمس في زيارة تلتقي خلالها عددا من كبار المسؤولين الكويتيين.', '2018-12-03', ['visit 2018-12-02..2018-12-02']],
    // An envoy summoned or recalled is one whatever the envoy's gender («السفيرة», «سفيرتها»).
    ['استدعت وزارة الخارجية الإسبانية أمس السفيرة المغربية في مدريد.', '2021-06-10', ['other 2021-06-09..2021-06-09']],
    ['وكان المغرب قد استدعى سفيرته في برلين للتشاور يوم 6 ماي.', '2021-06-10', ['other 2021-05-06..2021-05-06']],
    // The sessions of a body («خلال اجتماعات الجمعية العامة») frame what was done there; they are no talks of their own.
    ['وقع وزير الخارجية اليمني أمس مذكرة تفاهم مع نظيره الإسباني خلال اجتماعات الجمعية العامة للأمم المتحدة في نيويورك.', '2023-09-21', ['agreement 2023-09-20..2023-09-20']],
    // An event named again after «عن», with a verb of announcing and a day before it, is the announcement of that day.
    ['وصل الرئيس الفرنسي إلى الجزائر يوم 25 أوت 2022. وجاءت الزيارة بعد أن أعلن قصر الإليزيه يوم 20 أوت 2022 عن الزيارة.', '2022-08-28', ['statement 2022-08-20..2022-08-20', 'visit 2022-08-25..2022-08-25']],
    // So is one joined to its maker's name, the day told before the verb in a clause of its own.
    ['وصل الرئيس الإيطالي سيرجيو ماتاريلا إلى الجزائر أمس في زيارة رسمية. والخميس الماضي، أعلنت الرئاسة الجزائرية عن زيارة ماتاريلا إلى البلاد.', '2021-11-07', ['statement 2021-11-04..2021-11-04', 'visit 2021-11-06..2021-11-06']],
    // «قبل ذلك» in a clause after the event's own places another event before it; it does not tell this one again, which
    // still takes the article's day (and «قبل ذلك» in the event's own clause still points back).
    ['التقى وزير الخارجية الإيراني محمد جواد ظريف بالرئيس الفنزويلي نيكولاس مادورو في كاراكاس، حيث كان ظريف قبل ذلك قد أجرى مشاورات مع نظيره.', '2020-11-06', ['meeting 2020-11-06..2020-11-06']],
    ['وكان الرئيس قد استقبل قبل ذلك وزير الخارجية.', '2020-11-06', []],
    // «اليوم نفسه» counts from the last date of an event, not from an «until» bound, which ends the event.
    ['وصل الرئيس الفرنسي أمس الاثنين إلى الرباط في زيارة دولة تستمر إلى غاية 30 أكتوبر الجاري. والتقى العاهل المغربي ضيفه عصر اليوم نفسه.', '2024-10-29', ['meeting 2024-10-28..2024-10-28', 'visit 2024-10-28..2024-10-30']],
    // Two verbs of a trip in one clause each take the time told after them: the legs of a tour.
    ['يزور وزير الخارجية اليوناني القاهرة يوم الأحد ثم يتوجه إلى الرياض يوم الثلاثاء.', '2021-04-17', ['visit 2021-04-18..2021-04-18', 'visit 2021-04-20..2021-04-20']],
    // A trip's noun with a day set off by commas, then «ثم» and the next stop: two legs, the second counted from the first.
    ['يبدأ رئيس الوزراء الإيطالي زيارة إلى تونس، الاثنين، ثم الجزائر بعد يومين.', '2023-01-14', ['visit 2023-01-16..2023-01-16', 'visit 2023-01-18..2023-01-18']],
    // A trip told after a word of sequence («تليها زيارة») is the next trip, even on the same dates.
    ['وأعلنت الرئاسة أن رئيس الوزراء يؤدي زيارة عمل إلى باريس مطلع العام المقبل، تليها زيارة للرئيس الفرنسي إلى الرباط خلال الربع الأول من سنة 2019.', '2018-11-10', ['visit 2019-01-01..2019-03-31', 'visit 2019-01-01..2019-03-31']],
    // The day a visit lasts until («تستمر حتى يوم الأربعاء 20 مارس») ends it.
    ['يبدأ وزير الخارجية البرازيلي اليوم الجمعة 15 مارس زيارة إلى أربع دول عربية تستمر حتى يوم الأربعاء 20 مارس.', '2024-03-15', ['visit 2024-03-15..2024-03-20']],
    // So does the day a verb of ending names after the day it began; alone, such a day stays what it was read as.
    ['وصل الرئيس الفرنسي إلى الرباط في زيارة دولة بدأت الاثنين وتنتهي الأربعاء.', '2024-10-28', ['visit 2024-10-28..2024-10-30']],
    ['يبدأ رئيس الوزراء الياباني اليوم جولة أفريقية تختتم يوم الخميس.', '2024-03-18', ['visit 2024-03-18..2024-03-21']],
    // The day a trip or a conference that ends on a later day began on starts it, a weekday read back from its end.
    ['يختتم رئيس الوزراء الأرميني اليوم زيارته الرسمية إلى الكويت التي بدأها الأحد.', '2015-03-11', ['visit 2015-03-08..2015-03-11']],
    ['يختتم رئيس الوزراء الأرميني اليوم زيارته الرسمية إلى الكويت التي بدأها يوم الاثنين.', '2015-03-11', ['visit 2015-03-09..2015-03-11']],
    ['اختتم رئيس الوزراء الأرميني أمس زيارة رسمية إلى الكويت بدأها الأحد.', '2015-03-11', ['visit 2015-03-08..2015-03-10']],
    ['اختتمت اليوم في الكويت أعمال المؤتمر الدولي للمانحين التي انطلقت في 9 مارس.', '2015-03-11', ['conference 2015-03-09..2015-03-11']],
    ['اختتمت اليوم في الكويت أعمال المؤتمر الدولي للمانحين التي انطلقت في 9 مارس.', '2016-03-02', ['conference 2016-03-02..2016-03-02']],
    // A trip counted as the second after another («الزيارة الثانية بعد زيارته في مايو») is not on the other's day.
    ['استقبل الرئيس الجزائري اليوم وزير الخارجية الروسي سيرغي لافروف. وهي الزيارة الثانية للافروف بعد زيارته في مايو 2022.', '2023-08-10', ['meeting 2023-08-10..2023-08-10', 'visit 2022-05-01..2022-05-31']],
    // Told as a trip of its own («ثاني زيارة للافروف»), it is today's trip: not dated by the one it is placed after.
    ['استقبل الرئيس الجزائري اليوم وزير الخارجية الروسي سيرغي لافروف. وهي ثاني زيارة للافروف بعد زيارته في مايو 2022.', '2023-08-10', ['meeting 2023-08-10..2023-08-10', 'visit 2022-05-01..2022-05-31', 'visit 2023-08-10..2023-08-10']],
    // «الرجلان» are the two named before.
    ['استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الروسي سيرغي لافروف. والتقى الرجلان آخر مرة في سبتمبر الماضي في موسكو.', '2023-08-10', ['meeting 2022-09-01..2022-09-30', 'meeting 2023-08-10..2023-08-10']],
    // Begun is not ended: a trip begun on a day is dated by that day.
    ['بدأ رئيس الوزراء الأرميني يوم الاثنين زيارة رسمية إلى الكويت.', '2015-03-11', ['visit 2015-03-09..2015-03-09']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a planned event named again', () => {
  it('is the plan, not something done on the article\'s day: a definite noun alone after a participle planned it', () => {
    const text = 'التقى وزير الخارجية الأسبوع الماضي مبعوث الصين للقمة العربية الصينية المتوقع عقدها بالرياض في ديسمبر القادم. وأكد الوزير الأهمية الخاصة للقمة العربية الصينية.';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-10-25', precision: 'day' } });
    const summits = events.filter((e) => e.type === 'conference');
    expect(summits.map((e) => `${e.modality} ${e.date?.start}`)).toEqual(['planned 2022-12-01']);
    expect(summits[0]!.mentions.map((m) => m.quote.startsWith('للقمة') || m.quote.includes('الأهمية الخاصة'))).toEqual([true, true]);
  });
});

describe('a summit a trip goes to attend', () => {
  it.each([
    ['وصل الرئيس الخميس إلى السعودية للمشاركة في أعمال القمة العربية الصينية، والمقرر انطلاقها الجمعة بمشاركة عدد من القادة.', 'للمشاركة في أعمال القمة'],
    ['وصل الرئيس الخميس إلى السعودية للمشاركة في القمة العربية الصينية، المقرر عقدها الجمعة.', 'للمشاركة في القمة'],
    ['وصل الرئيس الخميس إلى السعودية لحضور القمة العربية الصينية التي ستعقد الجمعة.', 'لحضور القمة'],
  ])('is a plan of its own, dated by the participle or clause that plans it («، والمقرر …» too), told from the words of the purpose: %s', (text, opening) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2022-12-08', precision: 'day' } });
    const summit = events.find((e) => e.type === 'conference');
    expect(`${summit?.modality} ${summit?.date?.start}`).toBe('planned 2022-12-09');
    expect(summit!.mentions[0]!.quote.startsWith(opening)).toBe(true);
    expect(events.find((e) => e.type === 'visit')?.date?.start).toBe('2022-12-08');
  });
});

describe('a dateline dates the story it opens', () => {
  it.each([
    // A wire story a site carries the next day: its news is of the dateline's day.
    ['بكين 9 أكتوبر 2018 /\nأجرى الرئيس الصيني شي جين بينغ محادثات مع نظيره الأنغولي جواو لورنسو في بكين.', '2018-10-10', ['meeting 2018-10-09..2018-10-09']],
    // The day the lead gives wins; a dateline after publication or weeks before it dates nothing.
    ['بكين 9 أكتوبر 2018 /\nأجرى الرئيس الصيني أمس محادثات مع نظيره الأنغولي جواو لورنسو في بكين.', '2018-10-10', ['meeting 2018-10-09..2018-10-09']],
    ['بكين 9 سبتمبر 2018 /\nأجرى الرئيس الصيني شي جين بينغ محادثات مع نظيره الأنغولي جواو لورنسو في بكين.', '2018-10-10', ['meeting 2018-10-10..2018-10-10']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a lead told as now is news of the day it was written', () => {
  it.each([
    // The day the second sentence gives is the tour's first, not the day of the talks the first tells as now.
    ['بحث ولي العهد مع رئيس الوزراء الياباني شينزو آبي الذي يزور أبوظبي حاليا العلاقات الثنائية. وتأتي الزيارة ضمن جولة في المنطقة بدأها بالسعودية يوم السبت الماضي.', '2020-01-13', ['meeting 2020-01-13..2020-01-13', 'visit 2020-01-11..2020-01-11', 'visit 2020-01-13..2020-01-13']],
    // Without «now», the lead's day stands.
    ['بحث ولي العهد مع رئيس الوزراء الياباني شينزو آبي العلاقات الثنائية. وتأتي المباحثات خلال جولة في المنطقة بدأها بالسعودية يوم السبت الماضي.', '2020-01-13', ['meeting 2020-01-11..2020-01-11', 'visit 2020-01-11..2020-01-11']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a day a relative clause gives an event\'s noun is that event\'s, not the day of the news', () => {
  it.each([
    ['بحث رئيس الحكومة الليبية عبد الحميد الدبيبة مع الرئيس التشادي محمد إدريس ديبي الأوضاع الأمنية. جاء ذلك على هامش احتفالية تنصيب ديبي بعد فوزه بالانتخابات الرئاسية التي أجريت في السادس من مايو الجاري.', '2024-05-24', ['meeting 2024-05-24..2024-05-24', 'other 2024-05-06..2024-05-06']],
    // A relative clause about the place the talks were held in is no event's: its day is the story's.
    ['عقد ملك البحرين مع نظيره الماليزي جلسة مباحثات موسعة. جاء ذلك خلال لقائهما في المنامة التي وصلها ملك ماليزيا الجمعة قادما من السعودية.', '2025-11-08', ['meeting 2025-11-07..2025-11-07']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('the event a preparatory meeting prepares for', () => {
  it('is an event of its own, told from its noun, on its own day', () => {
    const text = 'أجرى وزير الخارجية الموريتاني اليوم الأحد في سول مباحثات مع نظيره المغربي ناصر بوريطة. وتأتي المباحثات على هامش الاجتماع الوزاري التحضيري لقمة رؤساء الدول والحكومات في إفريقيا وكوريا. وتنطلق القمة بعد غد الثلاثاء.';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-06-02', precision: 'day' } });
    const summit = events.find((e) => e.type === 'conference' && e.date !== null)!;
    expect([summit.modality, summit.date!.start]).toEqual(['planned', '2024-06-04']);
    expect(summit.mentions.map((m) => m.quote).join(' ')).not.toContain('الاجتماع الوزاري');
  });
});

describe('the clauses between a verb of holding and the talks it governs tell the talks', () => {
  it('their day and their people, whatever splits the sentence between them («… فان دير بيلين، جلسة مباحثات»)', () => {
    const text = 'وكان الأمير قد عقد، أمس مع الرئيس النمساوي، ألكسندر فان دير بيلين، جلسة مباحثات رسمية بالقصر الرئاسي.';
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2019-03-06', precision: 'day' } }).find((e) => e.type === 'meeting');
    expect(talks?.date?.start).toBe('2019-03-05');
    expect(talks!.participants.map((p) => p.nameEn)).toContain('Alexander Van der Bellen');
  });
});

describe('a trip a relative clause tells as under way', () => {
  it.each([
    // «الذي يقوم بزيارة»: the guest is on his trip on the article's day, whatever the sentence says was done before.
    ['انعقدت القمة الرابعة بين الحكومتين اليوم الاثنين في الجزائر. وأشاد الرئيس الجزائري برئيس الوزراء الإيطالي ماريو دراغي الذي يقوم بزيارة عمل إلى الجزائر.', '2022-07-18', ['conference 2022-07-18..2022-07-18', 'visit 2022-07-18..2022-07-18']],
    // Not one it is to make.
    ['انعقدت القمة الرابعة بين الحكومتين اليوم الاثنين في الجزائر. وأشاد الرئيس الجزائري برئيس الوزراء الإيطالي ماريو دراغي الذي سيقوم بزيارة إلى الجزائر.', '2022-07-18', ['conference 2022-07-18..2022-07-18']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('«قبل ذلك»: the step right before the event told before it, on its day', () => {
  it.each([
    ['انعقدت القمة الرابعة بين الحكومتين الجزائرية والإيطالية اليوم الاثنين في الجزائر. وكان الرئيس الجزائري عبد المجيد تبون قد استقبل قبل ذلك رئيس الوزراء الإيطالي ماريو دراغي.', '2022-07-18', ['conference 2022-07-18..2022-07-18', 'meeting 2022-07-18..2022-07-18']],
    ['ترأس وزير الخارجية المصري اليوم الأحد اجتماع اللجنة المشتركة مع نظيره الأردني في عمّان. وقبل ذلك، التقى الوزير المصري رئيس الوزراء الأردني.', '2022-07-17', ['conference 2022-07-17..2022-07-17', 'meeting 2022-07-17..2022-07-17']],
    // Counted from it, it is not on its day.
    ['انعقدت القمة الرابعة بين الحكومتين اليوم الاثنين في الجزائر. وكان الرئيس الجزائري قد زار روما قبل ذلك بعامين.', '2022-07-18', ['conference 2022-07-18..2022-07-18']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('a signing told as done by a verb of its own after talks of the day is a signing beside them', () => {
    const text = 'استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيس الوزراء الإيطالي ماريو دراغي في الجزائر. وقد جرى حفل التوقيع على عدة اتفاقيات بمقر رئاسة الجمهورية، تحت إشراف الرئيس تبون ورئيس الوزراء دراغي.';
    expect(timeline(text, '2022-07-18')).toEqual(['agreement 2022-07-18..2022-07-18', 'meeting 2022-07-18..2022-07-18']);
  });
});

describe('told together, dated together; what lies ahead is planned', () => {
  it.each([
    // A visit and the meeting it is for, with one date at the end of the sentence.
    ['سيقوم أمير الكويت بزيارة دولة للصين وسيحضر الاجتماع الوزاري لمنتدى التعاون في بكين من 7 إلى 10 يوليو.', '2018-07-02', ['conference 2018-07-07..2018-07-10', 'visit 2018-07-07..2018-07-10']],
    // A date after publication makes a plan of a past-tense report.
    ['وأعلن الديوان توجه الملك غدا إلى لندن في زيارة خاصة.', '2015-05-13', ['visit 2015-05-14..2015-05-14']],
    // What is planned during a summit told in the present but dated ahead is planned for the summit's day.
    ['يعقد الرئيسان المصري والفرنسي الأحد المقبل قمة في باريس. ويشهد الرئيسان خلال القمة توقيع اتفاقية سيتم الإعلان عنها لاحقا.', '2022-02-16', ['agreement 2022-02-20..2022-02-20', 'conference 2022-02-20..2022-02-20']],
    // A date between another event's words and this one's is the other's when one follows this event's words.
    ['وصل الرئيس الفنزويلي نيكولاس مادورو، إلى الدوحة، اليوم، وسيجتمع مع الأمير القطري، تميم بن حمد آل ثاني، غداً الأربعاء.', '2022-06-14', ['meeting 2022-06-15..2022-06-15', 'visit 2022-06-14..2022-06-14']],
    // The first summit «held in 2023» happened; the coming one it is second to is not dated by it.
    ['وأوضح أنه تم خلال الاجتماع مناقشة التحضيرات للقمة المرتقبة التي تستضيفها سمرقند الشهر القادم، وأن القمة القادمة هي الثانية بعد القمة الأولى التي عقدت في المملكة العربية السعودية في 2023.', '2025-04-13', ['conference 2023-01-01..2023-12-31', 'conference 2025-05-01..2025-05-31']],
    // A coming meeting welcomed at the close of talks held today is still ahead: undated, whatever day the talks were.
    ['اجتمع وكيل وزارة الخارجية اليوم الثلاثاء مع مساعد وزير خارجية كوريا وذلك لعقد الاجتماع الأول للحوار السياسي بين البلدين. وفي ختام المباحثات، رحب وكيل الوزارة بعقد الاجتماع القادم للحوار في المنامة.', '2016-03-08', ['meeting 2016-03-08..2016-03-08']],
    // A trip named again by «هذه» as the subject of a verb of its course is dated by that clause («ستجري», «ستستمر»).
    ['أعلن القصر أن الملك سيزور اليابان. وأوضح البيان أن هذه الزيارة ستجري يوم 12 مايو.', '2017-05-08', ['visit 2017-05-12..2017-05-12']],
    // A relative clause that tells its own event in the past, with its own date, is that event's: the talks before it are not dated by it.
    ['يجري رئيس الوزراء الإثيوبي اليوم، السبت، مباحثات مع الرئيس الإريتري في العاصمة أسمرة، في مسعى لدفع التعاون بين البلدين اللذين وقعا اتفاق سلام قبل عامين.', '2020-07-18', ['agreement 2018-01-01..2018-12-31', 'meeting 2020-07-18..2020-07-18']],
    // What an accord is about («لإقامة العلاقات», «حول إقامة العلاقات») is no event of its own: the date after it is the accord's.
    ['وأشار السفير إلى أن المملكة وقعت مع أوزبكستان مذكرة تفاهم لإقامة العلاقات الدبلوماسية بين البلدين بتاريخ 20 فبراير 1992.', '2022-08-19', ['agreement 1992-02-20..1992-02-20']],
    ['ووقع البلدان مذكرة تفاهم حول إقامة علاقات دبلوماسية في 3 مارس 1995، وفق البيان.', '2021-05-02', ['agreement 1995-03-03..1995-03-03']],
    // A relative clause that opens on a past verb of a visit taking the place before it as object («الكويت التي زارها») tells
    // another trip, done, whatever the sentence plans before it; it is to that place.
    ['ومن المقرر أن تستغرق زيارة الرئيس إلى طهران يومين، وهذه ثالث زيارة خارجية له بعد الأردن التي زارها في 21 نوفمبر، والدوحة التي زارها في 23 من الشهر ذاته.', '2022-11-29', ['visit 2022-11-21..2022-11-21', 'visit 2022-11-23..2022-11-23']],
    ['ومن المتوقع أن يلتقي الوزير نظيره غدا في الرياض التي زارها في 3 مارس الماضي.', '2023-05-10', ['meeting 2023-05-11..2023-05-11', 'visit 2023-03-03..2023-03-03']],
    // Talks that frame what was agreed («خلال لقائهما اليوم، الأربعاء») are held in a day: their day is the agreement's, not the trip's.
    ['وصل رئيس المجلس الرئاسي إلى أثينا الثلاثاء في زيارة رسمية. وقالت الحكومة إن رئيس الوزراء اتفق مع رئيس المجلس على استئناف المحادثات، خلال لقائهما اليوم، الأربعاء، في القصر.', '2021-04-14', ['agreement 2021-04-14..2021-04-14', 'visit 2021-04-13..2021-04-13']],
    // A lead sentence told as what had happened («وكان … قد وصل … أمس الأحد») is background: it does not date the news before it.
    ['ينشر الموقع الصور الأولى لاستقبال الرئيس الفرنسي إيمانويل ماكرون لرئيس الوزراء العراقي مصطفى الكاظمي أمام قصر الإليزيه.\nوكان رئيس الوزراء العراقي قد وصل إلى باريس، أمس الأحد، في مستهل جولته الأوروبية.', '2020-10-19', ['meeting 2020-10-19..2020-10-19', 'visit 2020-10-18..2020-10-18']],
    // A weekday at the end of a clause told by a past verb, before a comma and a verb in the future, is past: only a
    // phrase of time put first («وفي 13 ديسمبر، يتوجه») takes the tense of the verb after its comma.
    ['ووصل البشير إلى نيودلهي الأربعاء، وسيلتقي على هامش القمة عددا من الرؤساء.', '2015-10-29', ['visit 2015-10-28..2015-10-28']],
    ['وفي 13 ديسمبر، يتوجه الوزير إلى باريس.', '2015-10-29', ['visit 2015-12-13..2015-12-13']],
    // «لو» before a name is not a condition.
    ['وقال المتحدث لو كانغ إن أمير الكويت سيزور الصين الأسبوع المقبل.', '2018-07-02', ['visit 2018-07-09..2018-07-15']],
    // The answer of a condition («لو جرت، فستصبح …», «لو تمت، لكانت …») is as unreal as the condition.
    ['وهذه الزيارة، لو جرت، فستصبح أول زيارة لمسؤول إيراني إلى السعودية منذ 2013.', '2014-06-01', []],
    ['وقال الوزير إنه لو تمت الزيارة في مايو 2020، لكانت أول زيارة لرئيس فرنسي إلى البلاد منذ عقد.', '2020-07-01', []],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    // An event its own words say took place on a day before the news happened, whatever the sentence expects.
    ['وقالت المصادر إن الزيارة التي كان من المتوقع أن تجري الأسبوع المقبل ستتم غدا، بعد اتصال هاتفي جرى يوم السبت الماضي بين الرئيسين.', '2023-06-05', 'call', 'occurred'],
    // What a past verb began, or what was received, happened; a relative clause after another noun plans only that noun.
    ['وبدأت اليوم الأحد في الرياض أعمال الاجتماع الوزاري التحضيري للقمة العربية الإسلامية التي ستعقد غدا الاثنين.', '2024-11-10', 'conference', 'occurred'],
    ['تسلم الرئيس العراقي عبد اللطيف جمال رشيد، يوم الإثنين، دعوة رسمية للمشاركة في قمة قادة العالم التي ستعقد في شرم الشيخ.', '2022-10-24', 'invitation', 'occurred'],
    // Without such a day, «جرى» is an auxiliary and tells nothing of the event.
    ['وكان من المتوقع أن يجري الرئيسان اتصالا هاتفيا جرى تأجيله إلى يوم السبت المقبل.', '2023-06-05', 'call', 'planned'],
    // «بعد المشاركة في»: the verbal noun after a placing word; the conference was attended before the leaving.
    ['غادر رئيس السنغال العاصمة نواكشوط مساء اليوم الثلاثاء، بعد المشاركة في المؤتمر القاري للاتحاد الافريقي حول التعليم.', '2024-12-10', 'conference', 'occurred'],
    // A trip described after its place as what was to be is a plan, not a trip made.
    ['وتحدث الرئيس عن العوائق أمام زيارة الوزير إلى العاصمة بلغراد والتي كانت مقررة في 6-7 يونيو الجاري.', '2022-06-06', 'visit', 'planned'],
    ['وأشار إلى زيارة الرئيس إلى باريس التي كانت مقررة يوم 20 مايو.', '2022-05-25', 'visit', 'planned'],
  ])('%s (%s): %s %s', (text, published, type, modality) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.type === type).map((e) => e.modality)).toContain(modality);
  });
  it('reads the modality of what lies ahead as planned', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'وأعلن الديوان توجه الملك غدا إلى لندن في زيارة خاصة.', published: { value: '2015-05-13', precision: 'day' } });
    expect(events.map((e) => e.modality)).toEqual(['planned']);
  });
});

describe('the legs of a tour', () => {
  it.each([
    // The leg told after «ثم» came after the day of the leg before it; the lead's trip, another leg, is the article's news.
    ['وصل أمير قطر إلى العاصمة اليابانية طوكيو في زيارة رسمية ضمن جولة آسيوية تشمل كوريا الجنوبية واليابان والصين.\nواستقبله نائب وزير الخارجية لدى وصوله.\nواستهل أمير قطر جولته بزيارة كوريا الجنوبية أمس الأحد، ثم توجه إلى اليابان.', '2019-01-28',
      ['meeting 2019-01-28..2019-01-28', 'visit 2019-01-27..2019-01-27', 'visit 2019-01-28..2019-01-28']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a meeting the travellers came to take part in', () => {
  it.each([
    // «الوفود المشاركة في اجتماع …»: as «للمشاركة في», the meeting is another event, dated by its own words.
    ['كما وصلت الدوحة أمس الوفود المشاركة في اجتماع رؤساء أركان دول التحالف الذي يبدأ أعماله اليوم الاثنين.', '2011-08-29', ['meeting 2011-08-29..2011-08-29', 'visit 2011-08-28..2011-08-28']],
    ['ووصل إلى الرياض مساء أمس الوزراء المشاركون في الاجتماع الوزاري الخليجي الذي ينطلق اليوم.', '2020-03-02', ['conference 2020-03-02..2020-03-02', 'visit 2020-03-01..2020-03-01']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('how long an event lasts', () => {
  it.each([
    ['وصل أمير قطر إلى موسكو مساء الأحد في زيارة عمل تستمر يومين.', '2018-03-26', ['visit 2018-03-25..2018-03-26']],
    ['اختتم الرئيس الفرنسي أمس السبت زيارة رسمية إلى الجزائر دامت ثلاثة أيام.', '2022-08-28', ['visit 2022-08-25..2022-08-27']],
    // Leaving is setting out when where it heads is told, past a comma or not; without it, it ends the stay.
    ['غادر الرئيس الجزائري بلاده، يوم الإثنين، متوجها إلى مصر، في زيارة تستمر يومين.', '2022-01-24', ['visit 2022-01-24..2022-01-25']],
    ['غادر الرئيس الإيراني طهران اليوم متوجها إلى بغداد في زيارة تستمر ثلاثة أيام.', '2019-03-11', ['visit 2019-03-11..2019-03-13']],
    ['غادر الرئيس الجزائري الدوحة، يوم الإثنين، في ختام زيارة استمرت يومين.', '2022-01-24', ['visit 2022-01-23..2022-01-24']],
    ['انطلقت أمس في الرياض أعمال القمة العربية الصينية على مدى يومين.', '2022-12-09', ['conference 2022-12-08..2022-12-09']],
    // The duration is the visit's, the day is the meeting's: the visit was under way that day, not begun on it.
    ['استقبل الرئيس الجزائري أمس الاثنين رئيسة الوزراء الإيطالية التي تقوم بزيارة عمل إلى الجزائر تدوم يومين.', '2023-01-24', ['meeting 2023-01-23..2023-01-23', 'visit 2023-01-23..2023-01-23']],
    // A duration in a relative clause before the trip is the earlier noun's: the meetings last two days, not the visit.
    ['وتسبق الاجتماعات التي تستمر يومين الزيارة التي سيقوم بها الرئيس الكازاخستاني للدوحة يوم الأحد المقبل.', '2015-10-19', ['meeting 2015-10-19..2015-10-19', 'visit 2015-10-25..2015-10-25']],
    // «اليوم وغدا»: today and tomorrow, a stay under way.
    ['ويؤدي رئيس الجمهورية اليوم وغدا زيارة دولة إلى مالطا بدعوة من نظيرته.', '2019-02-05', ['visit 2019-02-05..2019-02-06']],
    // A relative clause right after the trip's noun tells how long that trip lasts.
    ['يختتم الرئيس الكوري مون جيه إن اليوم الثلاثاء زيارته الرسمية التي استغرقت ثلاثة أيام إلى الإمارات.', '2022-01-18', ['visit 2022-01-16..2022-01-18']],
    ['اختتم وزير الخارجية أمس زيارة رسمية التي دامت أربعة أيام إلى بكين.', '2019-05-10', ['visit 2019-05-06..2019-05-09']],
    ['وصل الرئيس إلى الرباط اليوم الأحد في زيارة رسمية التي تستمر يومين.', '2021-06-06', ['visit 2021-06-06..2021-06-07']],
    // …but not one about a place after it.
    ['وصل الوزير اليوم الأحد في زيارة إلى العاصمة التي شهدت مواجهات استمرت ثلاثة أيام.', '2021-06-06', ['visit 2021-06-06..2021-06-06']],
    // «اليوم الثالث من زيارته»: the day is the trip's third, within how many it lasts.
    ['يدخل رئيس الوزراء الماليزي اليوم الثالث من زيارته الرسمية للسعودية التي تستغرق أربعة أيام.', '2021-03-08', ['visit 2021-03-06..2021-03-09']],
    ['ويبدأ الوزير اليوم الرابع من زيارته التي تستمر خمسة أيام إلى موسكو.', '2020-07-22', ['visit 2020-07-19..2020-07-23']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('«أين» opens a clause as «حيث» does', () => {
  it('a trip told before «أين التقى» keeps its own day, not the day of an earlier clause', () => {
    const days = timeline('عقدت يوم 14 سبتمبر 2004 الدورة الأولى للمنتدى في القاهرة، وذلك بعد زيارة أداها الرئيس الصيني هو جينتاو يوم 30 جانفي 2004 إلى مقر الجامعة أين التقى الأمين العام.', '2024-05-30');
    expect(days).toContain('visit 2004-01-30..2004-01-30');
    expect(days).not.toContain('visit 2004-09-14..2004-09-14');
  });
});

describe('the meeting a trip goes to attend', () => {
  const text = 'وصل الرئيس المصري عبد الفتاح السيسي إلى الصين للمشاركة في قمة منتدى الحزام والطريق للتعاون الدولي.\nوتعقد قمة منتدى الحزام والطريق للتعاون الدولي في العاصمة بكين، خلال الفترة من 25 حتى 27 أبريل الحالي.';
  it('is dated by its own words, not by the arrival, and is one event with the summit the article dates', () => {
    expect(timeline(text, '2019-04-24')).toEqual(['conference 2019-04-25..2019-04-27', 'visit 2019-04-24..2019-04-24']);
  });
  it('was held when its own words date it before the news', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'التقى الرئيس الصيني نظيره الأنغولي جواو لورينسو أمس في بكين، وكان لورينسو قد وصل إلى الصين في سبتمبر الماضي للمشاركة في قمة منتدى التعاون الصيني الأفريقي المنعقدة في الرابع من سبتمبر.', published: { value: '2018-10-10', precision: 'day' } });
    expect(events.filter((e) => e.type === 'conference').map((e) => `${e.modality} ${e.date?.start}`)).toEqual(['occurred 2018-09-04']);
  });
  it('is attended by the traveller', () => {
    const summit = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2019-04-24', precision: 'day' } }).find((e) => e.type === 'conference' && e.date?.start === '2019-04-25');
    expect(summit?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Abdel Fattah el-Sisi']);
  });
});

describe('what «منذ» counts from lies behind', () => {
  it.each([
    // «The first visit since» a calendar date: the last one was made then, by the same people.
    ['وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق اليوم في أول زيارة له إلى سوريا منذ شباط 2012.', '2020-09-07', ['visit 2012-02-01..2012-02-29', 'visit 2020-09-07..2020-09-07']],
    ['قال الكرملين اليوم إن بوتين سيتوجه إلى إيران في 23 نوفمبر الجاري، في زيارة هي الأولى له إلى طهران منذ عام 2007.', '2015-11-13', ['visit 2007-01-01..2007-12-31', 'visit 2015-11-23..2015-11-23']],
    // A length of time, or an event after «منذ», dates no earlier visit.
    ['وزيارة الرئيس الصيني لمصر اليوم هي الأولى لرئيس صيني منذ 12 عاما.', '2016-01-21', ['visit 2016-01-21..2016-01-21']],
    ['وصل الرئيس التونسي إلى الجزائر اليوم في أول زيارة له منذ توليه الحكم.', '2020-02-02', ['visit 2020-02-02..2020-02-02']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('«the last visit» may be told before the words that date it; «this» never points further on', () => {
    const text = 'وتطورت العلاقات منذ الزيارة الأخيرة لرئيس الوزراء الروسي ديمتري ميدفيديف. وقال السفير إن الرئيس استقبل ميدفيديف خلال زيارته الجزائر شهر أكتوبر 2017.';
    const visits = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2018-01-20', precision: 'day' } }).filter((e) => e.type === 'visit');
    expect(visits.map((e) => e.date?.start ?? 'undated')).toEqual(['2017-10-01']);
  });
  it('the earlier visit is made by the traveller of the day', () => {
    const text = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق اليوم في أول زيارة له إلى سوريا منذ شباط 2012.';
    const earlier = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2020-09-07', precision: 'day' } }).find((e) => e.date?.start === '2012-02-01');
    expect(earlier?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Sergey Lavrov']);
    expect(earlier?.modality).toBe('occurred');
  });
  it.each([
    // A sentence that announces a visit does not move a year-less day after «منذ» into the coming year.
    ['تستقبل المستشارة الألمانية أنغيلا ميركل في 15 أيلول/ سبتمبر أمير قطر في أول زيارة رسمية له إلى الخارج منذ اندلاع الأزمة مع الدول الأربع المقاطعة لبلاده في 5 حزيران/ يونيو.', '2017-09-08', ['other 2017-06-05..2017-06-05', 'visit 2017-09-15..2017-09-15']],
    ['سيزور الرئيس التونسي الجزائر في 20 أكتوبر، في أول زيارة له منذ توقيع الاتفاق في 12 مارس.', '2023-09-01', ['agreement 2023-03-12..2023-03-12', 'visit 2023-10-20..2023-10-20']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('an event named after «this» is one already told', () => {
  it.each([
    // «هذه الزيارة» is the visit told before; the date of a crisis told after it is the crisis's, not the visit's.
    ['وصل الرئيس الفرنسي إلى الجزائر أمس في زيارة رسمية. وتعد هذه الزيارة الثانية له منذ توليه الرئاسة، وتأتي لطي صفحة أزمة اندلعت في أكتوبر من العام الماضي.', '2022-08-26', ['visit 2022-08-25..2022-08-25']],
    ['التقى وزير الخارجية الأردني نظيره العراقي في بغداد يوم الاثنين. وجاء هذا اللقاء في ظل توتر تشهده المنطقة منذ يناير الماضي.', '2024-03-06', ['meeting 2024-03-04..2024-03-04']],
    ['وصل رئيس الوزراء إلى أنقرة الأحد. وتعتبر هاتين الزيارتين الأوليين من نوعهما منذ عام 2012.', '2022-02-01', ['visit 2022-01-30..2022-01-30']],
    // «هذه المباحثات» after talks by phone is the call, not an event told after it; talks by phone are a call.
    ['أجرى الملك يوم الأحد مباحثات هاتفية مع رئيس نيجيريا محمد بخاري. ونوه الزعيمان، خلال هذه المباحثات، بتطور العلاقات منذ الزيارة الملكية إلى أبوجا في دجنبر 2016 وزيارة الرئيس بخاري إلى الرباط في يونيو 2018.', '2021-02-01', ['call 2021-01-31..2021-01-31', 'visit 2016-12-01..2016-12-31', 'visit 2018-06-01..2018-06-30']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('what is done «on this occasion» is done at the event told just before', () => {
  it.each([
    ['أعلنت الرئاسة اليوم أن الرئيس استقبل في 2 مارس الجاري وزير الخارجية الجزائري أحمد عطاف. وبهذه المناسبة، سلم عطاف الرئيس دعوة لزيارة الجزائر.', '2023-03-15', ['invitation 2023-03-02..2023-03-02', 'meeting 2023-03-02..2023-03-02']],
    // The event before may itself be dated by pointing back («وخلال هذا اللقاء»).
    ['أفادت الوكالة اليوم بأن الوزير التقى في 2 مارس الجاري نظيره المغربي. وخلال هذا اللقاء، أعرب الوزيران عن ارتياحهما. وفي هذه المناسبة، وقع الجانبان مذكرة تفاهم.', '2023-03-15', ['agreement 2023-03-02..2023-03-02', 'meeting 2023-03-02..2023-03-02']],
    // … or right after the verb that opens the sentence («ووقعا في هذه المناسبة»).
    ['أفادت الوكالة اليوم بأن الوزير التقى في 2 مارس الجاري نظيره المغربي. وخلال هذا اللقاء، أعرب الوزيران عن ارتياحهما. ووقعا في هذه المناسبة مذكرة تفاهم.', '2023-03-15', ['agreement 2023-03-02..2023-03-02', 'meeting 2023-03-02..2023-03-02']],
    // What an accord is about («مذكرة تفاهم بشأن المشاورات السياسية») is no event of its own.
    ['ووقع الوزيران أمس في مدريد مذكرة تفاهم بشأن المشاورات السياسية بين وزارتي الخارجية.', '2021-05-12', ['agreement 2021-05-11..2021-05-11']],
    // «بالمناسبة» alone says as much.
    ['ترأس رئيس الوزراء البرتغالي أنطونيو كوستا ورئيس الحكومة المغربية عزيز أخنوش الجمعة الماضية في لشبونة أشغال الدورة 14 للجنة العليا المشتركة. وقد تم، بالمناسبة، التوقيع على 12 اتفاقية.', '2023-05-15', ['agreement 2023-05-12..2023-05-12', 'conference 2023-05-12..2023-05-12']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('what is done at the event with nobody named is done by its people', () => {
    const text = 'ترأس رئيس الوزراء البرتغالي أنطونيو كوستا ورئيس الحكومة المغربية عزيز أخنوش الجمعة الماضية في لشبونة أشغال الدورة 14 للجنة العليا المشتركة. وقد تم، بالمناسبة، التوقيع على 12 اتفاقية.';
    const signing = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-05-15', precision: 'day' } }).find((e) => e.type === 'agreement');
    expect(signing?.participants.map((p) => p.nameEn).sort()).toEqual(['António Costa', 'Aziz Akhannouch']);
  });
});

describe('events placed by an offset from another', () => {
  it.each([
    ['وجاء قرار الرئيس اليوم، بعد ثلاثة أيام من زيارة الرئيس المصري للبلاد.', '2018-07-23', ['visit 2018-07-20..2018-07-20']],
    ['وصل أمير قطر مساء الأحد إلى موسكو. وتأتي الزيارة بعد نحو شهر من تلقي أمير قطر دعوة من بوتين لزيارة روسيا.', '2018-03-26', ['invitation 2018-02-01..2018-02-28', 'visit 2018-03-25..2018-03-25']],
    // The visit the offset counts to is another event than the one told with it, counted from the article's day.
    ['وتأتي زيارة الرئيس الموريتاني إلى باريس، بعد أربعة أيام من زيارة أداها وزير الخارجية الفرنسي لنواكشوط.', '2017-04-11', ['visit 2017-04-07..2017-04-07', 'visit 2017-04-11..2017-04-11']],
    // With no event to count from, the visit an offset names stays off the timeline rather than take the article's day.
    ['وجاء قرار الرئيس بعد ثلاثة أيام من زيارة الرئيس المصري للبلاد.', '2018-07-23', []],
    // «اليوم التالي»: one day after the event told just before, in its sentence or the one before; another day, so
    // another event.
    ['التقى الرئيس محمود عباس الأحد وزير الخارجية الروسي، وفي اليوم التالي التقى الرئيس بوتين في الكرملين.', '2015-03-20', ['meeting 2015-03-15..2015-03-15', 'meeting 2015-03-16..2015-03-16']],
    ['وأفادت مصادر أن زيارة الرئيس ميشال سليمان إلى موسكو ستجري بين يومي 21 و22 كانون الثاني المقبل. وفي اليوم التالي لوصوله سيكون له لقاء مع بوتين.', '2012-12-20', ['visit 2013-01-21..2013-01-22']],
    ['وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد يوم الاثنين. وفي اليوم التالي التقى رئيس الوزراء العراقي.', '2021-03-30', ['meeting 2021-03-30..2021-03-30', 'visit 2021-03-29..2021-03-29']],
    // No day to count from: the meeting on the trip is in the trip's month, never a day made up.
    ['وصل الوزير إلى القاهرة في مارس الماضي، وفي اليوم التالي التقى نظيره المصري.', '2021-05-30', ['meeting 2021-03-01..2021-03-31', 'visit 2021-03-01..2021-03-31']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('tense and hope', () => {
  it.each([
    // A plan told after the event does not make it future: Wednesday is the past one.
    ['ووصل وزير الخارجية الروسي سيرغي لافروف إلى تونس مساء الأربعاء، حيث من المقرر أن يعقد لقاءات اليوم الخميس.', '2023-12-21', ['meeting 2023-12-21..2023-12-21', 'visit 2023-12-20..2023-12-20']],
    // What a verb of following brings in («أعقبتها», «تلتها») came after the event told before it, on a day not given.
    ['أعلن البلدان عودة العلاقات بينهما، في بكين، في العاشر من مارس الماضي، تلتها زيارات متبادلة بين وزيري الخارجية.', '2023-10-11', ['other 2023-03-10..2023-03-10']],
    ['استأنف البلدان علاقاتهما، في الرياض، في يناير 2016، وتبعتها زيارة وزير الخارجية إلى طهران وإعادة افتتاح السفارة.', '2023-10-11', ['other 2016-01-01..2016-01-31']],
    ['أعلن البلدان عودة العلاقات بينهما في العاشر من مارس الماضي، تلتها زيارات متبادلة بين وزيري الخارجية.', '2023-10-11', ['other 2023-03-10..2023-03-10']],
    // A state's decree appointing its envoys is the day's news; the date of an order it cites («الصادر بتاريخ») is not.
    ['أصدر أمير الكويت مرسوما بتعيين عبد العزيز العدواني سفيرا لدى تركيا. وصدر المرسوم بعد الاطلاع على الدستور، وعلى الأمر الأميري الصادر بتاريخ 10 مايو 2024.', '2024-11-20', ['appointment 2024-11-20..2024-11-20']],
    ['أصدر أمير الكويت مرسوما بتعيين عبد العزيز العدواني سفيرا لدى تركيا. وصدر المرسوم بعد الاطلاع على الدستور، وعلى القانون المؤرخ في 3 مارس 2024.', '2024-11-20', ['appointment 2024-11-20..2024-11-20']],
    // Two states that exchanged ambassadors appointed them that day; the exchange still to be arranged is what talks are about.
    ['أعلنت وزارتا الخارجية المصرية والتركية اليوم الثلاثاء أن البلدين تبادلا سفيرين لأول مرة منذ 10 أعوام.', '2023-07-04', ['appointment 2023-07-04..2023-07-04']],
    ['ومن المقرر أن يعقد وفدان من البلدين اجتماعا في الكويت الشهر المقبل لبحث الإجراءات اللازمة لإعادة تبادل السفراء.', '2023-07-04', ['meeting 2023-08-01..2023-08-31']],
    // A taking of office named as the occasion of a congratulation («هنأته بمناسبة تعيينه») came before, on another day.
    ['استقبل رئيس الوزراء اليمني شائع الزنداني اليوم السفيرة البريطانية التي هنأته بمناسبة تعيينه رئيسا للوزراء وتكليفه بتشكيل الحكومة الجديدة.', '2026-01-21', ['meeting 2026-01-21..2026-01-21']],
    // A reception named only by its noun with a pronoun («مراسم استقباله») is the welcome of the one who arrived, part of his trip.
    ['وصل العاهل السعودي الملك سلمان بن عبد العزيز إلى موسكو مساء الأربعاء. وخلال مراسم استقباله، تعطل السلم الكهربائي للطائرة.', '2017-10-05', ['visit 2017-10-04..2017-10-04']],
    // «حسب ذات البيان» names the statement the news comes from, no statement of its own.
    ['أجرى وزير الخارجية الجزائري أحمد عطاف اليوم الأربعاء ببروكسل محادثات مع نظيره الألماني يوهان فاديفول. وخلال هذا اللقاء، استعرض عطاف معه علاقات التعاون، حسب ذات البيان.', '2025-05-21', ['meeting 2025-05-21..2025-05-21']],
    // What befell «during» a happening of the background (an attack) is not held on its day: condolences are told at the talks.
    ['التقى الملك حمد بن عيسى آل خليفة اليوم في باريس الرئيس فرانسوا هولاند. كما أعرب الرئيس الفرنسي عن تعازيه في وفاة خمسة جنود بحرينيين خلال الهجوم الحاصل بتاريخ 4 سبتمبر في اليمن.', '2015-09-08', ['meeting 2015-09-08..2015-09-08', 'military 2015-09-04..2015-09-04']],
    // A hope covers the report it opens: the visit hoped for is not on the timeline.
    ['وقال الوزير: نأمل أن يلبي الرئيس الروسي دعوتنا ويزور بلادنا.', '2023-12-21', []],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a sentence that opens on a verb in the imperfect tells what is now or ahead', () => {
  const withStatus = (text: string, published: string) =>
    extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
      .filter((e) => e.date !== null && e.type === 'meeting')
      .map((e) => `${e.modality} ${e.date!.start}`);
  it.each([
    // Published on a Tuesday: the Wednesday is tomorrow; on a Wednesday, today; on a Thursday, next week's.
    ['يعقد الرئيس الموريتاني، يوم الأربعاء في باريس، جلسة مباحثات مع نظيره الفرنسي.', '2017-04-11', 'planned 2017-04-12'],
    ['يعقد الرئيس الموريتاني، يوم الأربعاء في باريس، جلسة مباحثات مع نظيره الفرنسي.', '2017-04-13', 'planned 2017-04-19'],
    ['ويلتقي وزير الخارجية السعودي الأحد نظيره الأردني في عمّان.', '2023-03-09', 'planned 2023-03-12'],
    ['يجري الوزير يوم الاثنين مباحثات مع نظيره الصيني في بكين.', '2024-06-05', 'planned 2024-06-10'],
    // A verb of an event's course opens so whatever its person («وتبدأ», «وتنطلق»), and the list it opens follows it.
    ['وتبدأ الزيارة الرسمية الثلاثاء، وتتضمن مأدبة رسمية، ولقاء الأربعاء مع رئيس الوزراء البريطاني في لندن.', '2024-12-02', 'planned 2024-12-04'],
    ['وتنطلق المباحثات الرسمية الخميس في القصر الرئاسي بين الرئيسين.', '2024-05-13', 'planned 2024-05-16'],
    // An event's own verb in the imperfect with «ت» («تستقبل», «تجتمع») opens so too, the day ahead in this year.
    ['تستقبل رئيسة الوزراء الإيطالية في 15 أيلول/ سبتمبر الرئيس التونسي في روما.', '2017-09-08', 'planned 2017-09-15'],
    ['تجتمع الوزيرة في 20 مارس مع نظيرها الأردني في عمّان.', '2024-03-11', 'planned 2024-03-20'],
    // Talks told in the present on the publication day by the noun of an imperfect's clause are still to be held, and
    // so is what they are to discuss.
    ['يعقد الرئيسان مباحثات قمة اليوم في القاهرة.', '2016-01-21', 'planned 2016-01-21'],
    // A phrase of time put first and closed by a comma does not change how the sentence opens.
    ['وفي 13 كانون الأول/ديسمبر، يلتقي الأمين العام رئيس الوزراء العراقي في بغداد.', '2025-12-09', 'planned 2025-12-13'],
    ['وقبل اختتام جولته، يلتقي الوزير نظيره العماني في مسقط في 15 ديسمبر.', '2025-12-09', 'planned 2025-12-15'],
    ['وخلال الأسبوع المقبل، يجري الرئيس مباحثات مع نظيره الفرنسي يوم 15 ديسمبر.', '2021-12-09', 'planned 2021-12-15'],
    // A fronted phrase without a verb after its comma leaves the past.
    ['وفي 13 ديسمبر، التقى الأمين العام رئيس الوزراء العراقي في بغداد.', '2025-12-09', 'occurred 2024-12-13'],
    ['ويجري أمير قطر مباحثات مع بوتين، الإثنين، تتناول سبل تنمية العلاقات بين البلدين.', '2018-03-26', 'planned 2018-03-26'],
    // A past verb, a headline, reported speech or a background opener keep the past reading.
    ['التقى الرئيس الموريتاني، يوم الأربعاء في باريس، نظيره الفرنسي.', '2017-04-13', 'occurred 2017-04-12'],
    ['يذكر أن الرئيس التقى يوم الأربعاء نظيره الفرنسي في باريس.', '2017-04-13', 'occurred 2017-04-12'],
    ['يوسف بن علوي، وزير الخارجية العماني، التقى يوم الأربعاء نظيره الفرنسي في باريس.', '2017-04-13', 'occurred 2017-04-12'],
  ])('%s (%s) → %s', (text, published, expected) => {
    expect(withStatus(text, published)).toEqual([expected]);
  });
});

describe('status and day together', () => {
  const withStatus = (text: string, published: string) =>
    extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
      .filter((e) => e.date !== null)
      .map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end}`);
  it.each([
    // Told on a Friday, the Sunday it was set for is the coming one.
    ['أُجّل الاجتماع الطارئ لوزراء الخارجية العرب، الذي كان مقرراً الأحد، إلى موعد لاحق.', '2024-12-06', ['other occurred 2024-12-06..2024-12-06', 'conference postponed 2024-12-08..2024-12-08']],
    ['ألغت الرئاسة زيارة الرئيس إلى باريس التي كانت مقررة الخميس.', '2023-03-13', ['other occurred 2023-03-13..2023-03-13', 'visit cancelled 2023-03-16..2023-03-16']],
    // «اتصال آخر» is another call than the one told before it; «خلال ساعات» without «المقبلة» is no time ahead in a
    // clause not told in the future.
    ['بحث أمير قطر الشيخ تميم بن حمد آل ثاني ورئيسة وزراء بريطانيا تيريزا ماي، هاتفياً مساء الخميس الأزمة الخليجية. وتعد هذه ثالث مباحثات هاتفية بين أمير قطر وقادة أوروبيين خلال ساعات.', '2017-06-16', ['call occurred 2017-06-15..2017-06-15']],
    ['بحث أمير قطر الشيخ تميم بن حمد آل ثاني ورئيسة وزراء بريطانيا تيريزا ماي، هاتفياً مساء الخميس مستجدات الأزمة الخليجية. وقالت وكالة الأنباء القطرية أن الشيخ تميم تلقى اتصالاً هاتفياً من ماي جرى خلاله استعراض آخر تطورات الأوضاع في المنطقة. يأتي هذا الاتصال بعد ساعات من اتصال آخر أجراه باولو جينتيلوني رئيس الوزراء الإيطالي بأمير قطر.', '2017-06-16', ['call occurred 2017-06-15..2017-06-15', 'call occurred 2017-06-15..2017-06-15']],
    // A month's name alone that is the family name of someone the article names is that person («من ماي»).
    ['بحث أمير قطر الشيخ تميم بن حمد آل ثاني ورئيسة وزراء بريطانيا تيريزا ماي، هاتفياً مساء الخميس الأزمة. وقالت الوكالة أن الشيخ تميم تلقى اتصالاً هاتفياً من ماي جرى خلاله استعراض التطورات.', '2017-06-16', ['call occurred 2017-06-15..2017-06-15']],
    // A post quoted on a line of its own, opened by a hashtag, tells the day's news as a headline does.
    ['التقى وزير الخارجية الإماراتي الشيخ عبدالله بن زايد نظيره الروسي سيرغي لافروف في موسكو الخميس.\n#عبدالله_بن_زايد يلتقي وزير خارجية #روسيا في #موسكو، حيث جرى خلال اللقاء بحث التعاون بين البلدين وسبل تعزيز علاقات الشراكة الاستراتيجية.', '2022-03-17', ['meeting occurred 2022-03-17..2022-03-17']],
    // What «was supposed» to happen («وكان يفترض أن») was set for the month nearest the article, as a plan told as was to be.
    ['وكان يفترض أن تتم زيارة الرئيس إلى فرنسا في بداية شهر ماي.', '2023-04-30', ['visit planned 2023-05-01..2023-05-10']],
    // A word of «should» in a relative clause tells of the noun it describes, not of the summit the sentence names after it.
    ['وتطرق الملك مع الرئيس الفرنسي إلى التدابير التي ينبغي اتخاذها لهذا الغرض، في إطار المؤتمر حول حماية ضحايا العنف في الشرق الأوسط والذي ينعقد اليوم في باريس.', '2015-09-08', ['conference occurred 2015-09-08..2015-09-08']],
    // A postponement dated by its own words that tells the earlier day it had been set for is put off to its own date.
    ['أكد الناطق باسم وزارة الخارجية الإسبانية تأجيل الزيارة التي كان يعتزم القيام بها الملك فيليبي السادس إلى المغرب شهر مارس المقبل بعد أن كانت مقررة في التاسع من يناير الجاري.', '2018-01-05', ['other occurred 2018-01-05..2018-01-05', 'visit postponed 2018-01-09..2018-01-09', 'visit planned 2018-03-01..2018-03-31']],
    // So does an indefinite noun described, without a relative word, as set for a day («زيارة … كانت مقررة في 5 مارس»): a
    // plan for a later day is the one made again, not the one put off.
    ['أعلنت الرئاسة اليوم أن الرئيس أرجأ زيارة إلى باريس كانت مقررة في 5 مارس. وقال المتحدث إن الرئيس سيزور باريس في 20 مارس.', '2023-03-02', ['other occurred 2023-03-02..2023-03-02', 'visit postponed 2023-03-05..2023-03-05', 'visit planned 2023-03-20..2023-03-20']],
    // What a past verb told happened, whatever the clause expects after it.
    ['ووصل وزير الخارجية الإيطالي أمس إلى طرابلس في زيارة غير معلنة يتوقع أن تستمر يوما واحدا.', '2021-03-22', ['visit occurred 2021-03-21..2021-03-21']],
    // A year or a month after «منذ» is when meetings began to be held, or a summit to be attended: none of them is on it.
    ['وتواظب اللجنة الوزارية المشتركة على اجتماعاتها الدورية منذ عام 1992.', '2024-05-10', []],
    ['وساعدت اللقاءات الدورية بين الوزيرين منذ عام 2016 على تقريب المواقف.', '2024-05-10', []],
    ['وتتواصل الاتصالات الهاتفية بين الرئيسين منذ شهر يناير 2023.', '2024-05-10', []],
    // A state of relations that began then keeps the date; so does a trip under way since a day.
    ['ويقيم البلدان علاقات دبلوماسية منذ عام 1964.', '2024-05-10', ['other occurred 1964-01-01..1964-12-31']],
    // The noun a verb of doing in the future governs is ahead, even on the article's own day.
    ['أعلنت الرئاسة اليوم أن الرئيس سيؤدي اليوم وغدا زيارة عمل إلى الجزائر.', '2022-07-04', ['visit planned 2022-07-04..2022-07-05']],
    ['وسيجري الوزير اليوم محادثات مع نظيره الإسباني في مدريد.', '2022-07-04', ['meeting planned 2022-07-04..2022-07-04']],
    // What a plan tells where a planned trip goes («حيث من المقرر أن») is on the trip, or on the day its own words count.
    ['سيتوجه الرئيس الروسي بعد غد الخميس إلى الرياض، حيث من المقرر أن يلتقي ولي العهد السعودي محمد بن سلمان.', '2023-12-05', ['visit planned 2023-12-07..2023-12-07', 'meeting planned 2023-12-07..2023-12-07']],
    ['يصل الرئيس الكيني الأحد المقبل إلى القاهرة حيث من المقرر أن يستقبله في اليوم التالي الرئيس عبد الفتاح السيسي.', '2024-02-08', ['visit planned 2024-02-11..2024-02-11', 'meeting planned 2024-02-12..2024-02-12']],
    ['يصل الرئيس الكيني الأحد المقبل إلى القاهرة. ومن المقرر أن يستقبله في اليوم التالي الرئيس عبد الفتاح السيسي.', '2024-02-08', ['visit planned 2024-02-11..2024-02-11', 'meeting planned 2024-02-12..2024-02-12']],
    // How long his trip will last, told where the reception that began it is told as done today, is a trip under way.
    ['استقبل الرئيس الجزائري عبد المجيد تبون اليوم الأحد نظيره التونسي قيس سعيد في قصر المرادية، حيث ستستغرق زيارته يومين.', '2022-07-03', ['meeting occurred 2022-07-03..2022-07-03']],
    // So did the trip a comma sets off after it («في مستهل زيارة»): one trip, from the arrival to the end it is expected on.
    ['وكان رئيس الوزراء الأردني، قد حط مساء أمس الأحد في الرباط، رفقة وفد وزاري، في مستهل زيارة رسمية يتوقع أن تختتم مساء اليوم الاثنين.', '2019-02-11', ['visit occurred 2019-02-10..2019-02-11']],
    ['وصل وزير الخارجية الصيني صباح أمس إلى الجزائر، قادما من تونس، في بداية جولة ينتظر أن تنتهي غدا الخميس.', '2022-03-16', ['visit occurred 2022-03-15..2022-03-17']],
    ['وصل الوزير إلى القاهرة أمس، في زيارة يتوقع أن تستمر يومين.', '2022-03-16', ['visit occurred 2022-03-15..2022-03-16']],
    // An arrival «لـ» a capital or a city named by its noun reaches that place.
    ['ووصل رئيس الوزراء المغربي ظهر اليوم للعاصمة نواكشوط في زيارة رسمية.', '2021-06-02', ['visit occurred 2021-06-02..2021-06-02']],
    ['وكان الرئيس قد وصل أمس لمدينة جدة.', '2021-06-02', ['visit occurred 2021-06-01..2021-06-01']],
    // A summit told in a clause of «where» after a trip's leg is held there, on the leg's day, though its noun is definite.
    ['عاد الرئيس الموريتاني إلى نواكشوط اليوم الثلاثاء. ومن باريس توجه الرئيس الموريتاني السبت الماضي إلى أستانا، حيث شارك في القمة الإسلامية حول العلوم.', '2017-09-12', ['visit occurred 2017-09-09..2017-09-09', 'conference occurred 2017-09-09..2017-09-09']],
    // A count of days followed by a verb of spending them is how long a stay lasted, not a day counted from publication.
    ['عاد الرئيس الموريتاني محمد ولد عبد العزيز إلى نواكشوط بعد ستة أيام قضاها خارج البلاد، بدأها بزيارة لباريس.', '2017-09-12', ['visit occurred 2017-09-12..2017-09-12']],
    // Talks placed right after the arrival («عقب وصوله») are on the day a trip of two days begins.
    ['يصل وزير خارجية الصين وانغ يي إلى الخرطوم غدا الأحد في زيارة رسمية للبلاد تستغرق يومين. وقال المتحدث باسم الخارجية السودانية اليوم إن الوزير علي كرتي سيعقد جلسة مباحثات مع نظيره الصيني، عقب وصوله البلاد.', '2015-01-10', ['visit planned 2015-01-11..2015-01-12', 'meeting planned 2015-01-11..2015-01-11']],
    // Later in the article's own day is ahead of its writing when a verb in the present tells it; a past verb keeps it done.
    ['يصل وزير الخارجية الإيراني، في وقت لاحق اليوم، إلى العاصمة القطرية الدوحة في زيارة.', '2017-10-02', ['visit planned 2017-10-02..2017-10-02']],
    ['وتعقد اللجنة المشتركة اجتماعها في وقت لاحق من اليوم في الرباط.', '2019-06-11', ['conference planned 2019-06-11..2019-06-11']],
    ['ووصل وزير الخارجية الإيراني في وقت لاحق من اليوم إلى مسقط.', '2017-10-02', ['visit occurred 2017-10-02..2017-10-02']],
    // So is a later part of it («مساء اليوم», «بعد ظهر اليوم»), for a trip that begins then and lasts; the morning is not.
    ['يصل الرئيس المصري إلى الخرطوم مساء اليوم الخميس في زيارة رسمية تستغرق يومين.', '2013-04-04', ['visit planned 2013-04-04..2013-04-05']],
    ['يصل بعد ظهر اليوم الأربعاء وزير الخارجية الأمريكي إلى إسرائيل في زيارة قصيرة.', '2020-05-13', ['visit planned 2020-05-13..2020-05-13']],
    ['يغادر الرئيس القاهرة عصر اليوم متوجها إلى بكين في زيارة رسمية.', '2012-08-28', ['visit planned 2012-08-28..2012-08-28']],
    // A wire's dateline before the verb leaves the verb in the present, and a bare weekday ahead.
    ['الخرطوم 6 يوليو 2014 ـ يتوجه الرئيس السوداني إلى الدوحة الثلاثاء في زيارة رسمية تستغرق يومين.', '2014-07-06', ['visit planned 2014-07-08..2014-07-09']],
    ['القاهرة - يصل الرئيس الفرنسي إلى القاهرة الثلاثاء في زيارة رسمية.', '2014-07-06', ['visit planned 2014-07-08..2014-07-08']],
    ['الرباط 3 مارس 2019 - يجري وزير الخارجية المغربي الخميس مباحثات مع نظيره الإسباني.', '2019-03-03', ['meeting planned 2019-03-07..2019-03-07']],
    // A phrase of time put first may run to ten words before its comma; the future verb after it puts its date ahead.
    ['وخلال جولته في 20 و 21 مارس إلى العواصم الخليجية الثلاث، سيلتقي الرئيس الفرنسي قادة المنطقة.', '2024-03-18', ['visit planned 2024-03-20..2024-03-21', 'meeting planned 2024-03-20..2024-03-21']],
    ['وفي ختام زيارته الرسمية إلى الرباط يوم 9 يونيو، سيعقد الوزير مؤتمرا صحفيا.', '2025-06-05', ['visit planned 2025-06-09..2025-06-09', 'statement planned 2025-06-09..2025-06-09']],
    // The trip after the leaving that ends it («غادر … اليوم بعد زيارة دامت ثلاثة أيام») is the trip left: its last day is the clause's.
    ['غادر الرئيس التركي الجزائر اليوم الأربعاء، بعد زيارة رسمية استغرقت ثلاثة أيام.', '2024-10-16', ['visit occurred 2024-10-14..2024-10-16']],
    ['غادرت صباح اليوم رئيسة جمهورية الهند الجزائر بعد زيارة دولة دامت أربعة أيام.', '2024-10-16', ['visit occurred 2024-10-13..2024-10-16']],
    // «خلال زيارته» names a trip: talks held on it are not dated by an agreement of long before that a relative clause tells.
    ['وزير الخارجية الأردني يصل بغداد\nويلتقي الوزير خلال زيارته كبار المسؤولين العراقيين. وتأتي الزيارة في إطار تحسن العلاقات التي اتفق البلدان على تطويرها في يناير الماضي.', '2024-05-10', ['agreement occurred 2024-01-01..2024-01-31', 'visit occurred 2024-05-10..2024-05-10', 'meeting occurred 2024-05-10..2024-05-10']],
    // A verbal noun of purpose («لعقد», «لحضور») has no tense: the year-less date after it is the one nearest the article.
    ['وقال الوزير إن الأمم المتحدة دعت الطرفين لعقد جولة مفاوضات في جنيف يوم 12 أبريل.', '2021-04-10', ['meeting planned 2021-04-12..2021-04-12']],
    ['وقال الوزير إن الأمم المتحدة دعت الطرفين لعقد جولة مفاوضات في جنيف يوم 28 مارس.', '2021-04-10', ['meeting occurred 2021-03-28..2021-03-28']],
    // … and so does one that names the wire in brackets.
    ['بيروت (رويترز) - يزور رئيس الوزراء الأردني دمشق يوم الأربعاء في أول زيارة له.', '2019-05-21', ['visit planned 2019-05-22..2019-05-22']],
    ['عمان (أ ف ب) - يلتقي العاهل الأردني الرئيس الفرنسي السبت في باريس.', '2019-05-21', ['meeting planned 2019-05-25..2019-05-25']],
    // … and so is what the next sentence tells in the present as held during it.
    ['يصل الرئيس المصري إلى الخرطوم مساء اليوم الخميس في زيارة رسمية تستغرق يومين. يعقد خلالها الرئيس مع نظيره السوداني جلسة مباحثات مشتركة.', '2013-04-04', ['visit planned 2013-04-04..2013-04-05', 'meeting planned 2013-04-04..2013-04-05']],
    ['يصل الرئيس المصري إلى الخرطوم صباح اليوم الخميس في زيارة رسمية.', '2013-04-04', ['visit occurred 2013-04-04..2013-04-04']],
    ['وصل الرئيس المصري إلى الخرطوم مساء اليوم الخميس في زيارة رسمية.', '2013-04-04', ['visit occurred 2013-04-04..2013-04-04']],
    ['وقال الوزير في وقت سابق اليوم إن الرئيس التقى نظيره في الرباط.', '2019-06-11', ['meeting occurred 2019-06-11..2019-06-11']],
    // An agency's initials («أ. ف. ب») are not sentences of the lead: the lead's day dates what the article tells undated.
    ['طرابلس (ليبيا) - أ. ف. ب - أجرى وزير الخارجية الإيطالي لويجي دي مايو أمس محادثات في طرابلس.\nوالتقى الوزير لويجي دي مايو رئيس الحكومة الليبية عبد الحميد الدبيبة.', '2021-03-22', ['meeting occurred 2021-03-21..2021-03-21']],
    // What happened as planned is past: «كما كان مقررا» is no plan.
    ['ووصل الرئيس إلى باريس الخميس كما كان مقررا.', '2023-03-13', ['visit occurred 2023-03-09..2023-03-09']],
  ])('%s (%s)', (text, published, expected) => {
    expect(withStatus(text, published)).toEqual(expected);
  });
  it.each([
    ['أعلن الرئيسان الصيني شي جين بينغ والصومالي حسن شيخ محمود هنا اليوم (الجمعة) رفع العلاقات إلى شراكة. وقال شي خلال اجتماعه مع محمود في بكين لحضور قمة منتدى التعاون لعام 2024 إن بلاده مستعدة للتعاون.', '2024-09-06', ['conference 2024-01-01..2024-12-31', 'meeting 2024-09-06..2024-09-06']],
    ['استقبل الملك اليوم الأحد رئيس الوزراء. وجرى خلال اللقاء الذي عقد على هامش الدورة العادية للعام 2023 بحث التعاون.', '2023-03-05', ['meeting 2023-03-05..2023-03-05']],
    ['وصل وزير الخارجية المصري سامح شكري إلى الرياض أمس الثلاثاء، وعقد مباحثات مع نظيره السعودي فيصل بن فرحان قبيل مؤتمر الاستثمار لسنة 2022.', '2022-10-26', ['conference 2022-01-01..2022-12-31', 'meeting 2022-10-25..2022-10-25', 'visit 2022-10-25..2022-10-25']],
  ])('a year «of» an event\'s name («قمة … لعام 2024») is that edition\'s, not the date of what the clause tells besides it: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['أعلن الرئيسان الصيني شي جين بينغ والصومالي حسن شيخ محمود هنا اليوم (الجمعة) رفع العلاقات. وقال شي خلال اجتماعه مع محمود في بكين لحضور القمة المنعقدة في 2024 إن بلاده مستعدة. وخلال القمة، وقع الجانبان على وثائق تعاون.', '2024-09-06', 'agreement 2024-09-06..2024-09-06'],
    ['التقى وزير الخارجية المغربي ناصر بوريطة اليوم الأربعاء نظيره الإسباني خوسيه مانويل ألباريس في الرباط. وخلال المنتدى الاقتصادي الذي يعقد في يونيو، وقع بوريطة وألباريس على مذكرة تفاهم.', '2023-06-14', 'agreement 2023-06-14..2023-06-14'],
  ])('what was done at an event dated only by its month or year takes the day the story\'s lead gives inside it: %s', (text, published, expected) => {
    expect(timeline(text, published)).toContain(expected);
  });
  it.each([
    ['وذكر التقرير ذلك. وقبل أيام، أعلن رئيس الوزراء بنيامين نتنياهو، اعتراف إسرائيل بـ"دولة أرض الصومال"، في خطوة قوبلت برفض واسع.', '2025-12-30', 'other 2025-12-23..2025-12-29'],
    ['وذكر التقرير ذلك. وفي مارس الماضي، أعلنت الحكومة البرازيلية اعترافها بدولة فلسطين.', '2024-06-10', 'other 2024-03-01..2024-03-31'],
    ['وذكر التقرير ذلك. وفي 12 مايو، أعلن الوزير زيارة رسمية إلى الجزائر.', '2023-05-20', 'visit 2023-05-12..2023-05-12'],
  ])('the date a sentence opens with is also the event a verb of saying right after it announces: %s', (text, published, expected) => {
    expect(timeline(text, published)).toContain(expected);
  });
  it.each([
    ['يزور الرئيس المصري عبد الفتاح السيسي ورئيس الإمارات محمد بن زايد الصين من 28 مايو إلى 1 يونيو. وأضاف المتحدث أن الرئيس الصيني سيجري محادثات مع رئيسي مصر والإمارات.', '2024-05-20', ['meeting 2024-05-28..2024-06-01', 'visit 2024-05-28..2024-06-01']],
    ['يزور الرئيس المصري عبد الفتاح السيسي ورئيس الإمارات محمد بن زايد الصين من 28 مايو إلى 1 يونيو. وأضاف المتحدث أن الرئيس الصيني سيجري محادثات مع الرئيس الفرنسي.', '2024-05-20', ['visit 2024-05-28..2024-06-01']],
  ])('talks planned with the visitors of a planned trip, by their states, are on the trip\'s days; talks with others are not: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['استقبل الرئيس التركي رجب طيب أردوغان اليوم الأحد فايز السراج في إسطنبول. وبحث الجانبان تنفيذ مذكرتي التفاهم والتي وقعها البلدان في شهر نوفمبر الماضي.', '2019-12-15', ['agreement 2019-11-01..2019-11-30', 'meeting 2019-12-15..2019-12-15']],
    ['استقبل الرئيس التركي رجب طيب أردوغان اليوم الأحد فايز السراج في إسطنبول. وناقش الجانبان الاتفاقية التي وقعها البلدان في مارس 2018.', '2019-12-15', ['agreement 2018-03-01..2018-03-31', 'meeting 2019-12-15..2019-12-15']],
  ])('talks about what a relative clause says was signed before are not dated by that signing: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['قالت وسائل إعلام روسية إن وزير الدفاع سيرغي شويغو التقى مع المشير خليفة حفتر في موسكو اليوم الأربعاء، قبل مؤتمر يهدف لحل الصراع في ليبيا.', '2018-11-07', ['meeting 2018-11-07..2018-11-07']],
    ['التقى وزير الخارجية سامح شكري اليوم الأحد نظيره الأردني أيمن الصفدي في عمان، قبل القمة التي تعقد غدا في الرياض.', '2023-05-21', ['conference 2023-05-22..2023-05-22', 'meeting 2023-05-21..2023-05-21']],
  ])('an event the clause\'s event came before is later, not on its day: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وذكرت الوزارة في بيان نشرته أمس السبت، عشية وصول الوزير عبد الله بو حبيب إلى موسكو في زيارة ستستمر حتى 23 نوفمبر، أن المحادثات ستتناول الوضع في لبنان.', '2021-11-21', 'visit 2021-11-21..2021-11-23'],
    ['وأعلنت الرئاسة أمس الأحد، عشية زيارة الرئيس إلى باريس، عن برنامج الزيارة.', '2023-03-06', 'visit 2023-03-06..2023-03-06'],
  ])('«عشية» puts the trip it names, with who comes and where, on the day after the date before it: %s', (text, published, expected) => {
    expect(timeline(text, published)).toContain(expected);
  });
  it.each([
    ['كما أشار المصدر إلى أن قمة أوسع تجمع الولايات المتحدة ودول إفريقيا من المقرر أن تعقد في سبتمبر في نيويورك.', '2025-07-08', ['conference 2025-09-01..2025-09-30']],
    ['وأوضح أن الاجتماع المقبل للجنة المشتركة من المنتظر أن ينعقد في مارس بالرباط.', '2025-07-08', ['conference 2026-03-01..2026-03-31']],
    ['وأوضح أن القمة من المقرر أن يحضرها في سبتمبر الرئيس الأمريكي.', '2025-07-08', []],
    // … so does one a relative clause tells after the noun, when the relative word agrees with it.
    ['يشارك الرئيس في قمة رؤساء الدول والحكومات في إفريقيا وكوريا، التي من المقرر أن تنطلق بعد غد الثلاثاء.', '2024-06-02', ['conference 2024-06-04..2024-06-04']],
    ['يشارك الوزير في الاجتماع الذي من المقرر أن يعقد الثلاثاء المقبل.', '2024-06-02', ['meeting 2024-06-04..2024-06-04']],
    ['وتتصدر المباحثات المقررة ملفات حقل الغاز المشترك الذي يتوقع أن يبدأ استخراجه العام الحالي.', '2024-04-18', []],
  ])('a plan told after an event\'s noun goes on in «أن» and the verb of its course, which dates the noun: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وزار الوزير جيبوتي أمس. وكان وزير الخارجية الأمريكي ريكس تيلرسون قد أكد في الأسبوع المنصرم أن جولته تستهدف الاستماع إلى دول القارة.', '2018-03-12', ['statement 2018-03-05..2018-03-11', 'visit 2018-03-11..2018-03-11']],
    ['وزار الوزير جيبوتي أمس. وكان تيلرسون قد أكد أن جولته تستهدف الاستماع إلى دول القارة.', '2018-03-12', ['visit 2018-03-11..2018-03-11']],
    ['وزار الوزير جيبوتي أمس. وقال وزير الخارجية الأمريكي ريكس تيلرسون أمس إن جولته تستهدف الاستماع إلى دول القارة.', '2018-03-12', ['visit 2018-03-11..2018-03-11']],
  ])('what someone had said («كان … قد أكد») on a day of its own is a statement of that day; said the day of the news, or undated, it is none: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['وكان وزير الخارجية الأمريكي ريكس تيلرسون قد زار الجزائر في 3 مارس 2017. وتبدأ اليوم زيارة الوزير الجديد إلى تونس.', '2018-03-12', 'visit occurred 2017-03-03'],
  ])('a subject named with title, nationality and two names still stands between «كان» and «قد»: %s', (text, published, want) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date?.start === '2017-03-03').map((e) => `${e.type} ${e.modality} ${e.date!.start}`)).toEqual([want]);
  });
  it.each([
    ['وصل رئيس الحكومة الإسبانية بيدرو سانشيز صباح اليوم الأربعاء إلى نواكشوط في زيارة رسمية.\n\nومن أبرز محطات الزيارة:\n\nتوقيع أربع مذكرات تفاهم، من بينها مذكرة حول الضمان الاجتماعي.\n\nالإعلان عن افتتاح معهد ثقافي في نواكشوط.', '2025-07-16', ['agreement planned 2025-07-16', 'opening planned 2025-07-16', 'visit occurred 2025-07-16']],
    ['وصل رئيس الحكومة الإسبانية بيدرو سانشيز صباح اليوم الأربعاء إلى نواكشوط في زيارة رسمية.\n\nوقال سانشيز في تغريدة:\n\nتوقيع أربع مذكرات تفاهم مع موريتانيا خطوة مهمة.', '2025-07-16', ['visit occurred 2025-07-16']],
  ])('the lines under a heading that names a trip and ends with a colon are its programme, on its day and ahead of it: %s', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}`).sort()).toEqual(expected);
  });
  it.each([
    ['وقالت المتحدثة للصحفيين: "في يوم الأربعاء، سيستقبل الرئيس دونالد ترامب قادة خمس دول إفريقية".', '2025-07-08', 'meeting planned 2025-07-09'],
    ['وأضاف المصدر أن الرئيس سيغادر غدا. يوم الخميس، سيزور الرئيس دونالد ترامب الرياض.', '2025-07-08', 'visit planned 2025-07-10'],
    ['وأضاف المصدر: وفي يوم الأربعاء، زار الرئيس دونالد ترامب الرياض.', '2025-07-08', 'visit occurred 2025-07-02'],
    ['وأفاد الموقع بأن ترامب سيعقد قمة مع قادة الغابون وليبيريا وموريتانيا والسنغال، وذلك في الفترة من 9 إلى 11 يوليو في واشنطن.', '2025-07-08', 'conference planned 2025-07-09'],
    ['وأفاد الموقع بأن ترامب سيعقد قمة مع الرئيس السنغالي في 9 يوليو في واشنطن.', '2025-07-08', 'meeting planned 2025-07-09'],
  ])('a weekday put first before a verb in the future is ahead; a summit «مع» the leaders of several states is a conference of them: %s', (text, published, want) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}`)).toContain(want);
  });
  it.each([
    ['رست أول سفينة حربية تركية في ميناء مقديشو اليوم الثلاثاء بعد توقيع اتفاقية دفاعية بين الصومال وتركيا في فبراير 2024.', '2024-04-23', ['agreement 2024-02-01..2024-02-29', 'military 2024-04-23..2024-04-23']],
    ['ورست سفينة محملة بالقمح في ميناء بورتسودان اليوم بعد توقيع اتفاقية تجارية في فبراير 2024.', '2024-04-23', ['agreement 2024-02-01..2024-02-29']],
    ['وصل الوزير إلى الرباط اليوم الثلاثاء بعد توقيع اتفاقية للتعاون بين البلدين في مارس الماضي.', '2024-04-23', ['agreement 2024-03-01..2024-03-31', 'visit 2024-04-23..2024-04-23']],
  ])('a date told before the word that places another event after or before the clause\'s («… اليوم بعد توقيع اتفاقية … في فبراير») is the clause\'s event\'s; a warship putting in is a military event: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('the mention of an event ends where the words placing another, dated event against it begin', () => {
    const text = 'رست أول سفينة حربية تركية في ميناء مقديشو اليوم الثلاثاء بعد توقيع اتفاقية دفاعية بين الصومال وتركيا في فبراير 2024.';
    const docked = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-04-23', precision: 'day' } }).find((e) => e.type === 'military');
    expect(docked?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['رست أول سفينة حربية تركية في ميناء مقديشو اليوم الثلاثاء']);
  });
  it.each([
    ['التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الصيني وانغ يي، يوم الجمعة 8 يوليو 2022، على هامش اجتماع وزراء خارجية دول مجموعة العشرين في جزيرة بالي.', '2022-07-09', 'على هامش اجتماع وزراء خارجية دول مجموعة العشرين في جزيرة بالي'],
    // A meeting on whose sidelines talks were held is a gathering, whatever noun names it; «وذلك» before it places them there.
    ['التقى وزير الخارجية السعودي، اليوم الأحد، وزير خارجية إسبانيا، وذلك على هامش الاجتماع الموسع بين اللجنة الوزارية العربية ومجموعة مدريد.', '2025-05-25', 'على هامش الاجتماع الموسع بين اللجنة الوزارية العربية ومجموعة مدريد'],
    ['التقى وزير الخارجية العماني، أمس، نظيره الياباني على هامش الاجتماعات السنوية في نيويورك.', '2025-09-24', 'على هامش الاجتماعات السنوية في نيويورك'],
  ])('talks told in one clause and a conference they were held at in the next: each is told by its own words, on the talks\' day: %s', (text, published, conference) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    const quotes = (type: string) => events.find((e) => e.type === type)?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];
    expect(quotes('conference')).toEqual([conference]);
    expect(quotes('meeting').join(' ')).not.toContain('هامش');
    expect(events.find((e) => e.type === 'conference')?.date?.start).toBe(events.find((e) => e.type === 'meeting')?.date?.start);
  });
  it('talks named again end where the words of the dated conference they were held at begin, «على هامش أشغال» and all', () => {
    const text = 'أجرى وزير الخارجية المغربي اليوم الاثنين مباحثات مع نظيرته الإندونيسية. ويأتي هذا اللقاء على هامش أشغال المنتدى الثاني إندونيسيا-إفريقيا، المنعقد ببالي يومي 02 و03 سبتمبر الجاري.';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-09-02', precision: 'day' } });
    const quotes = (type: string) => events.find((e) => e.type === type)?.mentions.map((m) => text.slice(m.start, m.end));
    expect(quotes('meeting')).toContain('ويأتي هذا اللقاء');
    expect(quotes('conference')).toEqual(['على هامش أشغال المنتدى الثاني إندونيسيا-إفريقيا، المنعقد ببالي يومي 02 و03 سبتمبر الجاري']);
  });
  it.each([
    ['وكانت آخر زيارة زيارة الرئيس السابق دميتري ميدفيديف، التي استغرقت يومين (23 و24 يونيو عام 2009)، ووقعت مصر وروسيا خلالها 5 اتفاقيات للتعاون.', '2015-01-20', ['agreement 2009-06-23..2009-06-24', 'visit 2009-06-23..2009-06-24']],
  ])('a verb and its subject before «خلالها» happened during the event named before: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it.each([
    ['يشرع رئيس الوزراء الهندي ناريندرا مودي غدا الاثنين في زيارة رسمية إلى الأردن. وقال سفير الهند في تصريح لوكالة الأنباء أمس السبت إن الزيارة تأتي في مرحلة مهمة.', '2025-12-14', ['statement 2025-12-13..2025-12-13', 'visit 2025-12-15..2025-12-15']],
    ['بدأ رئيس الوزراء الهندي ناريندرا مودي اليوم الأحد زيارة رسمية إلى الأردن. وقال سفير الهند في تصريح لوكالة الأنباء اليوم إن الزيارة تأتي في مرحلة مهمة.', '2025-12-14', ['visit 2025-12-14..2025-12-14']],
  ])('a statement dated by its own words on another day than the event it speaks of is news of that day, not a source of the event: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a date that opens its sentence dates every event the sentence tells after it', () => {
  // Each text starts with other news, so that the article's own day is not the answer by chance.
  const story = 'أعلنت الرئاسة أن الرئيس سيزور الرباط يوم الأحد المقبل. وقال المتحدث إن الزيارة تتناول التعاون. ';
  it.each([
    ['وفي 27 شباط الماضي، أجرى الوزير زيارة إلى أنقرة، والتقى نظيره التركي.', '2023-03-17', ['meeting 2023-02-27..2023-02-27', 'visit 2023-02-27..2023-02-27']],
    ['وفي الرابع من يناير، زار رئيس الوزراء القاهرة، واستقبله الرئيس المصري.', '2024-02-10', ['meeting 2024-01-04..2024-01-04', 'visit 2024-01-04..2024-01-04']],
    // A clause with a date of its own, or placed after another event, is not dated by the opening one.
    ['وفي 3 مايو، زار الوزير أنقرة، والتقى نظيره في 5 مايو.', '2022-06-01', ['meeting 2022-05-05..2022-05-05', 'visit 2022-05-03..2022-05-03']],
    // Without a comma closing it, the date is the first clause's own.
    ['والتقى الوزير في 3 مايو نظيره التركي، وزار أنقرة.', '2022-06-01', ['meeting 2022-05-03..2022-05-03']],
    // Nor is a comma needed where the date's own clause tells no event.
    ['وفي شهر شباط الماضي تشرفت المكسيك بأن زارها وزير خارجية لبنان جبران باسيل.', '2015-05-20', ['visit 2015-02-01..2015-02-28']],
  ])('%s', (text, published, expected) => {
    expect(timeline(story + text, published).filter((e) => e.split(' ')[1]! < published)).toEqual(expected);
  });
});

describe('what an event yielded is part of it', () => {
  it.each([
    // Dated by the event that yielded it, in it.
    ['وذكّر الرئيس بزيارة الملك إلى الصين عام 2016، التي شكلت نقطة تحول، حيث أسفرت عن اتفاقات استراتيجية.', '2024-11-22', ['visit 2016-01-01..2016-12-31']],
    ['وأشار إلى زيارة رئيس الوزراء إلى أنقرة في مارس 2021 التي تمخضت عن توقيع عشر اتفاقيات.', '2024-11-22', ['visit 2021-03-01..2021-03-31']],
    // Yielded by visits the text does not date: undated as they are, never the article's day.
    ['التقى وزير الخارجية المصري، اليوم الأربعاء، وزير خارجية تنزانيا. وأشاد الوزير بالعلاقات بين البلدين، مبرزاً ما تحقق من تقدم ملموس بعد الزيارات رفيعة المستوى التي تمت مؤخراً والتي أسفرت عن توقيع عدد من مذكرات التفاهم في شتى المجالات.', '2025-09-24', ['meeting 2025-09-24..2025-09-24']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('the items of a trip\'s programme', () => {
  it.each([
    // «واستهل» opens a clause of its own, and «برنامج زيارته» frames the talks it begins with: talks apart from the trip.
    ['وصل الرئيس الجيبوتي إلى جدة يوم الاثنين 17 سبتمبر، واستهل برنامج زيارته بعقد جلسة مباحثات مع الملك سلمان في جدة.', '2018-09-20', ['meeting 2018-09-17..2018-09-17', 'visit 2018-09-17..2018-09-17']],
    ['بدأ الوزير أمس زيارة إلى الرباط، واستهلت برنامج الزيارة بلقاء مع رئيس الحكومة.', '2024-03-06', ['meeting 2024-03-05..2024-03-05', 'visit 2024-03-05..2024-03-05']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('an hour with no day is on the day the story tells', () => {
  const dayOf = (text: string, published: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
    .filter((e) => e.date !== null).map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end} ${e.date!.reason?.id ?? ''}`);
  it.each([
    ['وسيزور الرئيس قصر بعبدا عند الواحدة ظهراً للقاء رئيس الجمهورية.', '2025-01-17', 'meeting planned 2025-01-17..2025-01-17 time-of-day'],
    ['ويلتقي الرئيس الفرنسي رئيس الحكومة اللبنانية عند الساعة الرابعة والنصف.', '2025-01-17', 'meeting planned 2025-01-17..2025-01-17 time-of-day'],
    ['وكانت طائرة الرئيس قد حطت فجراً في مطار بيروت.', '2025-01-17', 'visit occurred 2025-01-17..2025-01-17 time-of-day'],
    ['ويجتمع الوزيران في تمام الساعة 10 في مقر الوزارة.', '2025-01-17', 'meeting planned 2025-01-17..2025-01-17 time-of-day'],
  ])('%s', (text, published, expected) => {
    expect(dayOf(text, published)).toContain(expected);
  });
  it('a day the words give wins over the hour («يوم الخميس عند العاشرة صباحا»)', () => {
    expect(dayOf('ويلتقي الرئيس نظيره يوم الخميس المقبل عند العاشرة صباحاً.', '2025-01-13').map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['meeting planned 2025-01-16..2025-01-16']);
  });
});

describe('what continues an earlier event comes after it', () => {
  it.each([
    ['عقد الملك عبدالله الثاني، اليوم الثلاثاء، لقاءين منفصلين مع وزير الخارجية السوري أسعد الشيباني، والمبعوث الأمريكي الخاص لسوريا توماس باراك. وشارك المسؤولان في اجتماع أردني-سوري-أمريكي مشترك لبحث الأوضاع في سوريا، استكمالا لمباحثات استضافتها عمّان الشهر الماضي.', '2025-08-12',
      ['meeting 2025-07-01..2025-07-31', 'meeting 2025-08-12..2025-08-12', 'meeting 2025-08-12..2025-08-12', 'meeting 2025-08-12..2025-08-12']],
    ['التقى الملك اليوم وزير الخارجية السوري. وعقد الجانبان جولة جديدة من المحادثات، امتدادا لمباحثات جرت في الرياض في مايو الماضي.', '2025-08-12', ['meeting 2025-05-01..2025-05-31', 'meeting 2025-08-12..2025-08-12']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('talks planned where a trip under way has gone are held on it', () => {
  it.each([
    ['غادر رئيس الحكومة اللبنانية نواف سلام بيروت، اليوم الاثنين، في زيارة رسمية إلى دمشق. ومن المقرر أن يستقبله الرئيس السوري في قصر الرئاسة بدمشق.', '2025-04-14', 'meeting planned 2025-04-14 Nawaf Salam'],
  ])('%s', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start} ${e.participants.map((p) => p.nameEn).join(', ')}`).join(' | ')).toContain(expected);
  });
});

describe('a happening named only as where a span of time starts', () => {
  it.each([
    ['وأكد الوزير دعم بلاده للشعب السوري منذ اندلاع النزاع في سورية عام 2011.', '2018-03-26', []],
    ['وتعاني البلاد من أزمة منذ اندلاع النزاع في العام 2013.', '2024-04-23', []],
    // Its very day is a landmark the text dates: it stays.
    ['ويعيش السودان حربا منذ اندلاع القتال في 15 أبريل 2023.', '2023-06-01', ['military 2023-04-15..2023-04-15']],
    // A state of relations keeps its date.
    ['ويرتبط البلدان بعلاقات دبلوماسية منذ عام 1964.', '2023-06-01', ['other 1964-01-01..1964-12-31']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a stay a relative clause tells in the present is the one under way as the article is written', () => {
  it.each([
    ['أجرى الرئيس الصيني شي جين بينغ محادثات مع رئيس جيبوتي إسماعيل عمر جيله في بكين اليوم الخميس. وقال جيله، الذي يقوم بزيارة دولة إلى الصين من يوم الأربعاء إلى يوم الجمعة، إنه سعيد.', '2017-11-23', ['meeting 2017-11-23..2017-11-23', 'visit 2017-11-22..2017-11-24']],
    // Told in the past, a range of bare weekdays is not read (news names past days one by one): the trip is the story's.
    ['أجرى الرئيس الصيني شي جين بينغ محادثات مع رئيس جيبوتي إسماعيل عمر جيله في بكين اليوم الخميس. وقال جيله، الذي قام بزيارة دولة إلى الصين من يوم الأربعاء إلى يوم الجمعة، إنه سعيد.', '2017-11-23', ['meeting 2017-11-23..2017-11-23', 'visit 2017-11-23..2017-11-23']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('an event named with the outcome of another («نتائج قمة … لمنتدى …») is a reference, dated only by its own words', () => {
  it.each([
    ['أجرى الرئيس الصيني شي جين بينغ محادثات مع رئيس جيبوتي في بكين اليوم الخميس. وقال إن الصين ترغب في العمل مع جيبوتي للإسراع في تنفيذ نتائج قمة جوهانسبرج لمنتدى التعاون بين الصين وأفريقيا.', '2017-11-23', ['meeting 2017-11-23..2017-11-23']],
    // Two events told apart, one after a word that points back («هذا»), are each what they are.
    ['وفي وقت سابق من هذا الأسبوع، وقعت كينيا والصومال اتفاقية للتعاون في إطار زيارة رئيس الوزراء الصومالي إلى نيروبي.', '2024-05-18', ['agreement 2024-05-13..2024-05-17', 'visit 2024-05-13..2024-05-17']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a year-less day in reported speech told in the present is the one nearest the report', () => {
  it.each([
    ['قالت الرئاسة الفرنسية، إن الرئيس الفرنسي يصل لبنان مساء 31 أغسطس في زيارة رسمية.', '2020-08-26', ['visit planned 2020-08-31..2020-08-31']],
    // Told in the past, it is the latest on or before the report.
    ['قالت الرئاسة الفرنسية، إن الرئيس الفرنسي وصل لبنان مساء 24 أغسطس في زيارة رسمية.', '2020-08-26', ['visit occurred 2020-08-24..2020-08-24']],
  ])('%s (%s)', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end}`)).toEqual(expected);
  });
});

describe('a date set off by commas right after the event «منذ» names is that event\'s, not the news\'s', () => {
  it.each([
    ['عاد رئيس مجلس القيادة الرئاسي رشاد العليمي اليوم إلى عدن. وتعتبر زيارة العليمي لمأرب الأولى منذ تسلمه قيادة المجلس، في 7 أبريل 2022، عقب إعلان الرئيس نقل صلاحياته.', '2024-05-06', ['appointment 2022-04-07..2022-04-07', 'visit 2024-05-06..2024-05-06']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a date «قبل» a negation denies, and a date about another date, date no event', () => {
  it.each([
    // «not before Ramadan»: the summit is still to come, on no day the text gives.
    ['وقال المسؤول إن القمة العربية لن تكون قبل شهر رمضان الذي سيحل في أبريل المقبل.', '2022-01-20', []],
    // Without the negation, before Ramadan it is; when Ramadan falls dates no summit.
    ['وقال المسؤول إن القمة العربية ستعقد قبل شهر رمضان الذي سيحل في أبريل المقبل.', '2022-01-20', ['conference 2022-03-03..2022-04-01']],
    ['وقال المسؤول إن القمة العربية ستعقد في أبريل المقبل.', '2022-01-20', ['conference 2022-04-01..2022-04-30']],
  ])('%s (%s)', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('a trip to attend a meeting', () => {
  it.each([
    ['ووصل الرئيس اليمني عبد ربه منصور هادي إلى الدوحة مساء أمس للمشاركة في القمة العربية.', '2013-03-26', ['visit 2013-03-25..2013-03-25']],
    ['وصل وزير الخارجية إلى أديس أبابا صباح الأحد لحضور اجتماعات المجلس التنفيذي للاتحاد الأفريقي.', '2019-02-05', ['visit 2019-02-03..2019-02-03']],
  ])('takes the day told before the words of its purpose; the meeting gone to is not dated by them: %s', (text, published, want) => {
    expect(timeline(text, published)).toEqual(want);
  });
});

describe('a day of an event of several days', () => {
  it.each([
    ['قام وزير الخارجية الجيبوتي محمود علي يوسف يومي الجمعة والسبت الماضيين بزيارة رسمية إلى أذربيجان. وفي ختام هذه الزيارة التقى الوزير برئيس جمهورية أذربيجان إلهام علييف وسلمه رسالة خطية.', '2017-02-27', ['meeting 2017-02-25..2017-02-25', 'visit 2017-02-24..2017-02-25']],
    // «في اليوم الثاني من الزيارة»: that day of the trip's days, counted from its first; a day beyond them leaves the days.
    ['يزور وفد من البرلمان العربي اليابان في الفترة من 3 إلى 6 مارس 2024. والتقى الوفد في اليوم الأول من الزيارة رئيس مجلس النواب الياباني.', '2024-03-05', ['meeting 2024-03-03..2024-03-03', 'visit 2024-03-03..2024-03-06']],
    ['يزور وفد من البرلمان العربي اليابان في الفترة من 3 إلى 6 مارس 2024. وفي اليوم الثالث من الزيارة، عقد الوفد جلسة مباحثات مع وزير الخارجية الياباني.', '2024-03-06', ['meeting 2024-03-05..2024-03-05', 'visit 2024-03-03..2024-03-06']],
    ['يزور وفد من البرلمان العربي اليابان في الفترة من 3 إلى 4 مارس 2024. وفي اليوم الثالث من الزيارة، عقد الوفد جلسة مباحثات مع وزير الخارجية الياباني.', '2024-03-06', ['meeting 2024-03-03..2024-03-04', 'visit 2024-03-03..2024-03-04']],
    // On a page dated only to its month, a bare weekday the article dates in full elsewhere is that day; else the month.
    ['استقبل رئيس الجمهورية يوم الخميس وزير الخارجية الإيطالي. ووصل الوزير الإيطالي إلى الجزائر اليوم الخميس 9 يناير في زيارة عمل.', '2020-01', ['meeting 2020-01-09..2020-01-09', 'visit 2020-01-09..2020-01-09']],
    ['استقبل رئيس الجمهورية يوم الخميس وزير الخارجية الإيطالي. ووصل الوزير الإيطالي إلى الجزائر يوم الأربعاء 8 يناير في زيارة عمل.', '2020-01', ['meeting 2020-01-01..2020-01-30', 'visit 2020-01-08..2020-01-08']],
    // An event told in a clause of «when» with no day of its own is at the time the clause before it names; with a day of
    // its own, on that day.
    ['والتقى الوزيران مرتين هذا العام، الأولى كانت في 12 فبراير الماضي، حين زار الوزير الروسي الرباط، فيما عقدا اللقاء الثاني في نيويورك يوم 20 سبتمبر.', '2019-11-25', ['meeting 2019-09-20..2019-09-20', 'visit 2019-02-12..2019-02-12']],
    ['وكانت الزيارة الأولى هذا العام، حين زار الوزير الروسي الرباط في 12 فبراير الماضي.', '2019-11-25', ['visit 2019-02-12..2019-02-12']],
    // A date after «حدود» names the lines, not a day of the story.
    ['وسيلتقي وزير الخارجية الفلسطيني نظيره الصيني على هامش المنتدى للتشاور في دعم قيام الدولة الفلسطينية على حدود الرابع من حزيران 1967 وعاصمتها القدس.', '2018-07-08', []],
    ['قام رئيس الوزراء الأردني يومي الأحد والاثنين الماضيين بزيارة رسمية إلى الكويت. وفي بداية الزيارة التقى رئيس الوزراء ولي العهد الكويتي.', '2023-05-10', ['meeting 2023-05-07..2023-05-07', 'visit 2023-05-07..2023-05-08']],
  ])('what is held at the close or the opening of a trip is on its last or first day: %s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
  it('the days a put-off visit was set for date the visit, not the announcement that puts it off', () => {
    const text = 'أعلنت المتحدثة باسم الحكومة الألمانية تأجيل زيارة الرئيس السوري أحمد الشرع إلى برلين، والتي كانت مقررة يومي الاثنين والثلاثاء الماضيين.';
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2026-01-21', precision: 'day' } });
    expect(events.find((e) => e.type === 'other')?.date?.start).toBe('2026-01-21');
    expect(events.find((e) => e.type === 'visit')?.date).toMatchObject({ start: '2026-01-19', end: '2026-01-20' });
  });
});

describe('«this» before a definite noun («في هذا الإطار») is that noun\'s: the event after it is news with the story\'s day', () => {
  const dayOfTheEventWith = (text: string, published: string, person: string) =>
    extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } })
      .find((e) => e.participants.some((p) => p.nameAr.includes(person)))?.date?.start ?? null;
  it.each([
    ['عقد وزير الخارجية محمد علي النفطي في القاهرة اليوم الخميس عددا من اللقاءات مع نظرائه العرب. وأجرى في هذا الإطار لقاءً مع وزير الخارجية المصري بدر عبد العاطي.', '2025-09-04', 'عبد العاطي', '2025-09-04'],
    ['عقد وزير الخارجية محمد علي النفطي في القاهرة اليوم الخميس عددا من اللقاءات مع نظرائه العرب. وأجرى في هذا السياق لقاءً مع وزير الخارجية المصري بدر عبد العاطي.', '2025-09-04', 'عبد العاطي', '2025-09-04'],
    ['شارك الوزير أمس الثلاثاء في اجتماعات الجامعة العربية. وعقد في هذا الإطار اجتماعا مع وزير الخارجية الأردني أيمن الصفدي.', '2024-03-06', 'الصفدي', '2024-03-05'],
  ])('%s', (text, published, person, day) => {
    expect(dayOfTheEventWith(text, published, person)).toBe(day);
  });
  it.each([
    ['وتعد هذه أول زيارة يقوم بها رئيس الوزراء إلى جيبوتي.', '2022-11-08'],
    ['وجرى هذا اللقاء بحضور عدد من المسؤولين.', '2022-11-08'],
  ])('«this» right before the event noun, or before an ordinal, still points back at an event told: %s', (text, published) => {
    expect(timeline(text, published)).toEqual([]);
  });
});

describe('an event named as what an announcement is about («الإعلان عن زيارة») takes no day from what its sentence goes on to tell', () => {
  it.each([
    ['وجاء الإعلان عن زيارة ولي العهد السعودي لأميركا، بعدما تلقى وزير الخارجية السعودي، الأمير فيصل بن فرحان، الأحد، اتصالاً هاتفياً من نظيره الأميركي ماركو روبيو.', '2025-11-03', ['call 2025-11-02..2025-11-02']],
    ['وجاء الإعلان عن القمة، بعدما التقى وزير الخارجية المصري نظيره الأردني أمس الأربعاء في عمان.', '2024-03-07', ['meeting 2024-03-06..2024-03-06']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('an appointment is made by being announced: «أعلن … عن تعيين» is the appointment, on the announcement\'s day', () => {
  it.each([
    ['أعلن البيت الأبيض اليوم الأربعاء عن تعيين الرئيس دونالد ترامب ديفيد فيشر سفيرا للولايات المتحدة في المغرب.', '2017-11-22', ['appointment 2017-11-22..2017-11-22']],
    ['أعلنت الرئاسة أمس الثلاثاء عن تعيين السفير محمد علي سفيرا جديدا في باريس.', '2021-03-10', ['appointment 2021-03-09..2021-03-09']],
    ['ترامب يعين السفير الأمريكي الجديد في المغرب\n\nأعلن البيت الأبيض اليوم تعيين ديفيد فيشر سفيرا.', '2017-11-22', ['appointment 2017-11-22..2017-11-22']],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toEqual(expected);
  });
});

describe('what someone named by a long title between «كان» and «قد» had said is a statement on its own day', () => {
  it.each([
    ['وصل الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، إلى الإمارات في زيارة عمل. وكان المتحدث باسم الرئاسة الروسية (الكرملين) دميتري بيسكوف، قد أعلن أمس الثلاثاء، أن بوتين سيزور الإمارات والسعودية.', '2023-12-06', 'statement 2023-12-05..2023-12-05'],
    ['التقى الوزير اليوم نظيره الروسي في موسكو. وكانت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا قد أكدت يوم الجمعة الماضي أن اللقاء سيعقد.', '2024-05-14', 'statement 2024-05-10..2024-05-10'],
    // without «قد», of the event named again by «this»
    ['وصل الرئيس الإيراني إلى أنقرة اليوم في زيارة رسمية. وكان الرئيس التركي رجب طيب إردوغان أعلن هذه الزيارة في وقت سابق من الشهر الحالي.', '2023-11-28', 'statement 2023-11-01..2023-11-27'],
    ['وصل رئيس الوزراء العراقي إلى القاهرة اليوم. وكان رئيس الوزراء المصري مصطفى مدبولي أعلن هذه الزيارة يوم الأحد الماضي.', '2024-05-15', 'statement 2024-05-12..2024-05-12'],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toContain(expected);
  });
});

describe('«هذا وقد» opens news, and «الليلة» is tonight', () => {
  it.each([
    ['وصل المنسق الأممي تور وينسلاند إلى الدوحة مساء الأربعاء. هذا وقد التقى المنسق، فور وصوله، رئيس المكتب السياسي لحركة حماس إسماعيل هنية.', '2021-05-20', 'meeting 2021-05-19..2021-05-19'],
    ['وصل المنسق الأممي تور وينسلاند إلى الدوحة اليوم. ومن المقرر أن يعقد لقاء ثانيا الليلة مع رئيس المكتب السياسي لحركة حماس إسماعيل هنية.', '2021-05-20', 'meeting 2021-05-20..2021-05-20'],
  ])('%s', (text, published, expected) => {
    expect(timeline(text, published)).toContain(expected);
  });
});

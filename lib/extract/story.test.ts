import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../domain/event';
import { extractArticle } from './index';

const extract = (text: string, published = '2024-03-13') => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
const dated = (events: ExtractedEvent[]) => events.filter((e) => e.date !== null && (e.modality === 'occurred' || e.modality === 'planned'));
const brief = (e: ExtractedEvent) => `${e.type} ${e.date?.start ?? '-'}..${e.date?.end ?? '-'}`;
/** Every event on the timeline, its type, course and first day, in order. */
const onTheTimeline = (events: ExtractedEvent[]) => events.filter((e) => e.date !== null).map((e) => `${e.type} ${e.modality} ${e.date!.start}`).sort();

describe('a story tells its event once, however many sentences elaborate it', () => {
  it.each([
    ['talks on a call', 'أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره السعودي أمس. وبحث الجانبان خلال الاتصال تطورات الأوضاع في المنطقة. وتناول الوزيران العلاقات الثنائية.', ['call 2024-03-12..2024-03-12']],
    ['topics of a visit', 'وصل رئيس الوزراء الأردني إلى بغداد اليوم في زيارة رسمية. واستعرض الجانبان سبل تعزيز التعاون.', ['visit 2024-03-13..2024-03-13']],
    ['what a visit under way is to discuss', 'يجري أمير الكويت اليوم زيارة رسمية إلى العراق، يبحث خلالها العلاقات الثنائية بين البلدين.', ['visit 2024-03-13..2024-03-13']],
    ['a summit and what it covered', 'انعقدت القمة العربية في الرياض أمس الثلاثاء. وتناولت القمة ملفات المنطقة.', ['conference 2024-03-12..2024-03-12']],
    ['what was said «during the talks» of a call', 'أجرى وزير الخارجية العراقي اتصالا هاتفيا مع نظيره التركي أمس. وشدد الجانبان خلال المباحثات على أهمية التنسيق.', ['call 2024-03-12..2024-03-12']],
    // The statement the news comes from, and the talks it reports, are the call's.
    ['a statement that sources the talks of a call', 'أدان العاهل الأردني الملك عبدالله الثاني، خلال اتصال هاتفي اليوم، مع الرئيس الكيني أوهورو كينياتا، الهجوم على الجامعة. ووفقا لبيان صادر عن الديوان الملكي، أعرب العاهل الأردني، خلال الاتصال، عن تعازيه للرئيس الكيني وأسر الضحايا. وبحث الزعيمان خلال الاتصال كذلك التطورات الراهنة.', ['call 2024-03-13..2024-03-13']],
  ])('%s', (_, text, expected) => {
    expect(dated(extract(text)).map(brief)).toEqual(expected);
  });

  it.each([
    ['after talks', 'وصل الرئيس الفنلندي إلى الدوحة اليوم في زيارة رسمية، وأقيمت له مراسم استقبال رسمية. وعقب مباحثات مع أمير قطر الشيخ تميم بن حمد، قال الرئيس الفنلندي في الدوحة إن بلاده تقدر دور قطر.'],
    ['at the end of talks', 'بدأ وزير الخارجية الأردني أيمن الصفدي اليوم زيارة رسمية إلى أنقرة. وفي ختام محادثاته مع نظيره التركي هاكان فيدان، صرح الصفدي بأن البلدين متفقان على التنسيق.'],
  ])('what someone said in the sentence that tells his talks is said at those talks, not on the trip around them (%s)', (_, text) => {
    const events = dated(extract(text, '2024-05-08'));
    const talks = events.find((e) => e.type === 'meeting')!;
    const visit = events.find((e) => e.type === 'visit')!;
    const said = text.match(/(قال|صرح) [^،]+/u)![0];
    expect(talks.mentions.map((m) => m.quote).join(' ')).toContain(said.slice(0, 8));
    expect(visit.mentions.map((m) => m.quote).join(' ')).not.toContain(said.slice(0, 8));
  });
  it.each([
    ['a ministers\' meeting', 'ترأس وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم الاجتماع الوزاري بين دول مجلس التعاون الخليجي والصين في نيويورك. وتطرق الاجتماع إلى القضايا الإقليمية. حضر الاجتماع وكيل وزارة الخارجية عبدالرحمن الرسي.', 'conference'],
    ['talks', 'استقبل أمير الكويت اليوم وزير الخارجية الإيراني عباس عراقجي. وحضر اللقاء وزير الخارجية الكويتي عبدالله اليحيا.', 'meeting'],
  ])('who attended «the meeting» just told attended it; it is no other meeting (%s)', (_, text, type) => {
    const events = dated(extract(text, '2022-09-20'));
    expect(events.map((e) => e.type)).toEqual([type]);
    expect(events[0]!.mentions.map((m) => m.quote).join(' ')).toContain('حضر');
  });
  it('what is to be discussed «during the visits» told is discussed on them, however the trips are still folded with the talks held on them', () => {
    const text = 'استقبل الرئيس السوري بشار الأسد اليوم وزير الخارجية الأردني أيمن الصفدي في دمشق. وكان الصفدي قد وصل إلى دمشق اليوم في زيارة إلى سوريا تليها زيارة إلى تركيا. ويبحث الصفدي خلال الزيارتين الأوضاع الإنسانية.';
    expect(onTheTimeline(extract(text, '2023-02-15'))).toEqual(['meeting occurred 2023-02-15', 'visit occurred 2023-02-15', 'visit occurred 2023-02-15']);
  });
  it('a reception told apart from the trip it was held on stays apart from it, whatever the rest of the corpus merge does', () => {
    const text = 'ذكرت وسائل إعلام سعودية اليوم الاثنين أن ولي العهد الأمير محمد بن سلمان استقبل وزير الخارجية الأمريكي ماركو روبيو في الرياض، في أول زيارة له للمملكة. ووصل وزير الخارجية الأمريكي، صباح اليوم الإثنين إلى الرياض. واستقبل الأمير فيصل بن فرحان وزير الخارجية، بديوان الوزارة في الرياض اليوم، الوزير روبيو.';
    const events = dated(extract(text, '2025-02-17'));
    expect(events.map((e) => e.type).sort()).toEqual(['meeting', 'meeting', 'visit']);
    expect(events.find((e) => e.type === 'visit')!.mentions.map((m) => m.quote).join(' ')).not.toContain('فيصل');
  });
  it.each([
    ['a welcome of the guest\'s visit', 'بحث وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان اليوم مع وزير الخارجية المالطي إيان بورج العلاقات الثنائية. ورحب الشيخ عبدالله بن زايد بزيارة الوزير المالطي. وناقش الجانبان الأوضاع في المنطقة.'],
  ])('talks the story tells stay talks when what was discussed names a visit by its noun alone (%s)', (_, text) => {
    expect(dated(extract(text, '2024-02-26')).map(brief)).toEqual(['meeting 2024-02-26..2024-02-26']);
  });
  it('a signing told in a sentence of its own is no part of the reception because talks are named after «عقب» in it', () => {
    const text = 'استقبل الرئيس القبرصي نيكوس خريستودوليدس، اليوم الاثنين، وزير الخارجية المغربي ناصر بوريطة، في إطار الزيارة التي يقوم بها إلى نيقوسيا.\nوأكد البيان المشترك الذي تم التوقيع عليه من طرف ناصر بوريطة ونظيره القبرصي، عقب مباحثاتهما اليوم، دعم الحل السياسي.';
    const types = dated(extract(text, '2025-07-21')).map((e) => e.type);
    expect(types).toContain('agreement');
    expect(types).toContain('meeting');
  });
  it('talks a statement says were held in a call are the call, not the statement the news comes from', () => {
    const text = 'بحث رئيس الوزراء العراقي محمد شياع السوداني مع الرئيس الروسي فلاديمير بوتين اليوم الاثنين مستجدات الأوضاع في المنطقة.\nوذكر المكتب الإعلامي لرئيس الوزراء في بيان أن ذلك جاء في اتصال هاتفي أجراه السوداني مع بوتين، تناولا خلاله العلاقات الثنائية.';
    expect(dated(extract(text, '2025-06-23')).map(brief)).toEqual(['call 2025-06-23..2025-06-23']);
  });
  it('keeps two calls of one person on one day apart when each has somebody the other does not', () => {
    const text = 'أجرى السلطان هيثم بن طارق أمس اتصالا هاتفيا مع أمير قطر الشيخ تميم بن حمد آل ثاني. وتلقى السلطان هيثم بن طارق أمس اتصالا هاتفيا من الرئيس الإيراني مسعود بزشكيان. وأكد الشيخ تميم بن حمد آل ثاني خلال الاتصال تضامن بلاده.';
    const calls = dated(extract(text, '2025-06-24')).filter((e) => e.type === 'call');
    expect(calls.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).sort().join('+')).sort()).toEqual(['haitham+pezeshkian', 'haitham+tamim']);
  });
  it('gives talks told after «كما» to the subject told before («… كما عقد لقاء يوم الخميس مع …»)', () => {
    const text = 'والتقى وزير الخارجية البرازيلي ماورو فييرا يوم الجمعة وزير الخارجية المصري سامح شكري، كما عقد لقاء يوم الخميس مع وزير الخارجية السعودي الأمير فيصل بن فرحان.';
    const people = dated(extract(text, '2023-09-25')).map((e) => `${e.date!.start} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).join('+')}`);
    expect(people.sort()).toEqual(['2023-09-21 maurovieira+faisalbinfarhan', '2023-09-22 maurovieira+shoukry']);
  });
  it('tells talks held with somebody on a trip apart from the trip, however many sentences retell the trip', () => {
    const text = 'غادر رئيس الوزراء الأردني العاصمة مدريد اليوم بعد زيارة رسمية إلى إسبانيا. وكان رئيس الوزراء الأردني يغادر العاصمة مدريد بعد زيارة رسمية إلى إسبانيا. وبحث رئيس الوزراء الأردني، مع رئيس الحكومة الإسبانية بيدرو سانشيز، سبل التعاون.';
    const events = dated(extract(text, '2023-05-10'));
    expect(events.map(brief).sort()).toEqual(['meeting 2023-05-10..2023-05-10', 'visit 2023-05-10..2023-05-10']);
    expect(events.find((e) => e.type === 'meeting')!.participants.map((p) => p.entityId)).toContain('sanchez');
  });
  it.each([
    'استهل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم زيارته إلى اليابان بلقاء وزير خارجيتها تارو كونو.',
    'استهل أمير قطر الشيخ "تميم بن حمد آل ثاني"، زيارته إلى اليابان اليوم، بلقاء وزير خارجيتها "تارو كونو".',
  ])('a trip opened with talks by a subject named in full, set off by commas, is told apart from the talks its maker holds (its host after him): %s', (text) => {
    const events = dated(extract(text, '2019-01-28'));
    expect(events.map((e) => `${e.type} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`).sort())
      .toEqual(['meeting Tamim bin Hamad Al Thani, Taro Kono', 'visit Tamim bin Hamad Al Thani, Taro Kono']);
    expect(events.find((e) => e.type === 'visit')!.title.en).toBe('Tamim bin Hamad visits Japan');
  });
  it('a trip opened «بـ» talks («استهل جولته … بلقاء مع …») frames them: the sentence tells the talks, the trip is still its maker\'s', () => {
    const text = 'وصل وزير الخارجية الفرنسي إلى لبنان صباح اليوم. واستهل الوزير جولته في بيروت بلقاء مع رئيس الجمهورية جوزاف عون في قصر بعبدا.';
    const events = dated(extract(text, '2025-09-11'));
    expect(events.map(brief).sort()).toEqual(['meeting 2025-09-11..2025-09-11', 'visit 2025-09-11..2025-09-11']);
    expect(events.find((e) => e.type === 'visit')!.title.en).toBe('Barrot visits Beirut');
  });
  it.each([
    ['استهل الرئيس القبرصي نيكوس أناستاسيادس زيارته لبنان اليوم بلقاء موسع عقده مع رئيس الجمهورية ميشال عون في القصر الجمهوري.'],
    ['بدأ الرئيس القبرصي زيارته إلى لبنان اليوم بلقاء مع الرئيس ميشال عون.'],
  ])('a trip told only as what a verb of its course opens «بـ» talks is an event beside the talks: %s', (text) => {
    expect(dated(extract(text, '2017-06-12')).map(brief).sort()).toEqual(['meeting 2017-06-12..2017-06-12', 'visit 2017-06-12..2017-06-12']);
  });
  it('what is told at «the meeting» a few sentences after the talks is told at them, and whom it names does not join them', () => {
    const text = 'وزيرة الخارجية الإثيوبية: أبوابنا مفتوحة لليمنيين\n\nأديس أبابا/ خاص\n\nالتقى السفير / يحيى الإرياني القائم بالأعمال في سفارة بلادنا بأديس أبابا اليوم 2 أغسطس بوزيرة الدولة للشؤون الخارجية الإثيوبية. وبحث الإرياني خلال اللقاء أوجه العلاقات الثنائية بين البلدين.\nوفي بداية اللقاء نقل الأخ السفير للمسؤولة الإثيوبية تحيات القيادة السياسية ممثلة بفخامة الرئيس عبدربه منصور هادي وشكر الحكومة الإثيوبية على مواقفها، وقد استعرض السفير الإرياني خلال اللقاء الجهود التي تبذلها القيادة.';
    const events = dated(extract(text, '2018-08-02'));
    expect(events.map(brief)).toEqual(['meeting 2018-08-02..2018-08-02']);
    expect(events[0]!.participants.map((p) => p.entityId)).not.toContain('hadi');
    expect(events[0]!.mentions.map((m) => m.quote).join(' ')).toContain('وفي بداية اللقاء');
  });
  it('talks their own words date are not held at an event told after them that only the article\'s day dates', () => {
    const text = 'بحث الرئيس الفلسطيني مساء اليوم السبت مع القنصل الأمريكي العام بمقر الرئاسة برام الله الإعداد للاتصالات القادمة.\nوتم خلال اللقاء متابعة ما جرى من حديث خلال المكالمة الهاتفية بين الرئيس الفلسطيني والرئيس الأمريكي.';
    expect(extract(text, '2017-03-11').some((e) => e.type === 'meeting' && e.date?.start === '2017-03-11')).toBe(true);
  });
  it('talks a trip is opened with take the later mentions of talks, not the trip', () => {
    const text = 'عون: لبنان يقدر دعم قبرص\n\nاستهل الرئيس القبرصي زيارته لبنان بلقاء موسع عقده مع رئيس الجمهورية ميشال عون في القصر الجمهوري بحضور الوفدين.\n\nوبعد اللقاء، أشار الرئيس عون إلى أن اللقاء مع الرئيس القبرصي مناسبة للبحث في تطوير العلاقات.';
    const events = dated(extract(text, '2017-06-12'));
    const quotes = (type: string) => events.find((e) => e.type === type)?.mentions.map((m) => m.quote).join(' | ') ?? '';
    expect(quotes('meeting')).toContain('أن اللقاء مع الرئيس القبرصي');
    expect(quotes('visit')).not.toContain('أن اللقاء مع الرئيس القبرصي');
  });
  it('what a clause «قبل أن» tells after a trip\'s arrival is the next step of the trip, an event of its own', () => {
    const text = 'وكان الرئيس الفرنسي قد حل بالجزائر العاصمة بعد ظهر الخميس الماضي، حيث كان في استقباله الرئيس الجزائري، قبل أن يعقد الرئيسان جلسة محادثات بقصر المرادية.';
    expect(dated(extract(text, '2022-08-28')).map(brief).sort()).toEqual(['meeting 2022-08-25..2022-08-25', 'visit 2022-08-25..2022-08-25']);
  });
  it.each([
    ['ترأس الرئيسان أمس حفل توقيع 12 اتفاقية بين البلدين، وذلك في اليوم الأول من زيارة الدولة التي يقوم بها الرئيس الضيف.'],
    ['ووقع الوزيران أمس مذكرة تفاهم في ثاني أيام من زيارة الوزير.'],
  ])('a day of a trip before «من» frames it: what the clause tells is the signing, on the trip: %s', (text) => {
    expect(dated(extract(text, '2024-10-29')).map((e) => e.type)).toContain('agreement');
  });
  it.each([
    // Leaving the capital after the visit is the visit's end, told again: one trip.
    ['يغادر أمير قطر العاصمة هلسنكي بعد زيارة رسمية إلى فنلندا.', ['visit 2024-09-05..2024-09-05']],
    ['وغادر أمير قطر الشيخ تميم بن حمد آل ثاني العاصمة هلسنكي، اليوم، بعد زيارة رسمية إلى فنلندا. وكان الأمير يغادر العاصمة هلسنكي بعد زيارة رسمية إلى فنلندا.', ['visit 2024-09-05..2024-09-05']],
  ])('leaving after a visit ends that visit: %s', (text, expected) => {
    expect(dated(extract(text, '2024-09-05')).map(brief)).toEqual(expected);
  });
  it('keeps two receptions of one host on one day apart when each has a guest the other does not', () => {
    const text = 'التقى الرئيس اللبناني ميشال عون اليوم في بعبدا وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني. وعلى صعيد متصل، استقبل الرئيس عون سفير أرمينيا في لبنان فاهاغن أتابكيان.';
    const meetings = dated(extract(text, '2022-03-30')).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.filter((p) => p.kind === 'person').length)).toEqual([2, 2]);
  });
  it.each([
    ['يتوجه وزير الخارجية المصري سامح شكري اليوم الأربعاء إلى طوكيو في زيارة ثنائية. وقال المتحدث إن زيارة وزير الخارجية إلى العاصمة اليابانية طوكيو تأتي من قوة العلاقات، منوها بزيارة رئيس الوزراء الياباني شينزو آبي إلى القاهرة في يناير 2015.', '2018-10-03', ['2015-01-01 Shinzo Abe', '2018-10-03 Sameh Shoukry']],
    ['يصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط غدا في زيارة دولة. وقال الوزير إن زيارة الرئيس الفرنسي للمغرب تأتي في إطار الشراكة، مذكرا بزيارة العاهل المغربي الملك محمد السادس إلى باريس في مارس 2019.', '2023-06-11', ['2019-03-01 Mohammed VI', '2023-06-12 Emmanuel Macron']],
    ['سيشارك أمير الكويت الشيخ صباح الأحمد الجابر الصباح الأحد المقبل في القمة الإفريقية في أديس أبابا. وأشار إلى أن زيارة الأمير غدا إلى إثيوبيا تأتي تلبية لدعوة.', '2012-07-13', ['2012-07-14 Sabah Al-Ahmad Al-Jaber Al-Sabah']],
  ])('a trip named again by its noun, its owner\'s title and where it went before «تأتي» is the story\'s; another\'s trip told after it with its own date, or one its own words date, is another event: %s', (text, published, want) => {
    const visits = dated(extract(text, published)).filter((e) => e.type === 'visit');
    expect(visits.map((e) => `${e.date!.start} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`).sort()).toEqual(want);
  });
  it.each([
    ['وصل الرئيس الإماراتي إلى سيول أمس الثلاثاء في زيارة تستغرق 3 أيام، وتبادل مع الرئيس الكوري حديثا وديا في قصر تشانغ دوك.', ['meeting occurred 2024-05-28..2024-05-28', 'visit occurred 2024-05-28..2024-05-30']],
    ['وصل الرئيس الإماراتي إلى سيول أمس الثلاثاء في زيارة تستغرق 3 أيام، والتقى الرئيس الكوري في القصر الرئاسي.', ['meeting occurred 2024-05-28..2024-05-28', 'visit occurred 2024-05-28..2024-05-30']],
    // Talks told as held during the trip, or ahead on it, are on the trip's days.
    ['وصل الرئيس الإماراتي إلى سيول أمس الثلاثاء في زيارة تستغرق 3 أيام يلتقي خلالها الرئيس الكوري.', ['meeting planned 2024-05-28..2024-05-30', 'visit occurred 2024-05-28..2024-05-30']],
    ['وصل الرئيس الإماراتي إلى سيول أمس الثلاثاء في زيارة تستغرق 3 أيام. والتقى الرئيس الكوري في القصر الرئاسي.', ['meeting occurred 2024-05-28..2024-05-30', 'visit occurred 2024-05-28..2024-05-30']],
  ])('talks told as done right after the arrival, in its sentence, are on the arrival\'s day, not over the whole trip: %s', (text, want) => {
    expect(extract(text, '2024-05-29').filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end}`).sort()).toEqual(want);
  });
  it.each([
    ['وصل الرئيس التونسي قيس سعيد إلى سلوفينيا يوم الاثنين. وأجرى الرئيس التونسي خلال هذه الزيارة، محادثات ثنائية مع الرئيسة السلوفينية ناتاشا بيرتس موسار.'],
    ['وصل الرئيس التونسي قيس سعيد إلى سلوفينيا يوم الاثنين. وأجرى الرئيس التونسي خلال الزيارة، محادثات ثنائية مع الرئيسة السلوفينية ناتاشا بيرتس موسار.'],
  ])('talks a holding verb governs past a trip named as their frame («أجرى … خلال هذه الزيارة، محادثات») are its subject\'s, held on the trip: %s', (text) => {
    const events = dated(extract(text, '2025-05-14'));
    expect(events.map((e) => `${e.type} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`).sort())
      .toEqual(['meeting Kais Saied, Nataša Pirc Musar', 'visit Kais Saied, Nataša Pirc Musar']);
    expect(events.find((e) => e.type === 'visit')!.title.en).toBe('Saied visits Slovenia');
  });
  it('keeps talks a meeting of their own when the story tells no call, visit or meeting', () => {
    expect(dated(extract('بحث وزير الخارجية الجزائري مع نظيره التونسي أمس العلاقات بين البلدين.')).map(brief)).toEqual(['meeting 2024-03-12..2024-03-12']);
  });

  it('does not fold talks into an event with other people', () => {
    const events = dated(extract('أجرى الرئيس التونسي اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون أمس. وفي سياق آخر، بحث رئيس الوزراء الإيطالي جورجيا ميلوني مع المستشار الألماني أولاف شولتس ملف الهجرة في برلين يوم 5 مارس.'));
    expect(events.map((e) => e.type).sort()).toEqual(['call', 'meeting']);
  });

  it('reads quotation marks around a phrase as part of the clause, and a quotation after a speech verb as what was said', () => {
    const call = dated(extract('ناقش الرئيسان "الوضع في غزة"، الأربعاء، في مكالمة هاتفية هي الأولى بينهما.'));
    expect(call.map(brief)).toEqual(['call 2024-03-13..2024-03-13']);
  });
});

describe('a plan of talks with a guest whose trip a relative clause tells as begun', () => {
  it.each([
    // The relative clause goes on past a comma to the trip's noun; the trip has begun, today; the talks are tomorrow,
    // and the talks the two sides are expected to hold are those talks.
    ['أعلنت وزارة الخارجية الإيطالية أن الوزير أنطونيو تاياني سيلتقي غدا الأربعاء وزير الخارجية المصري بدر عبد العاطي، الذي بدأ اليوم الثلاثاء، زيارة إلى إيطاليا. ومن المنتظر أن يبحث الجانبان العلاقات الثنائية.', '2024-10-15', ['meeting planned 2024-10-16', 'visit occurred 2024-10-15']],
    // A meeting told in the imperfect frames the trip of its guest as a verb in the past does.
    ['يلتقي الرئيس التونسي قيس سعيد غدا الخميس رئيسة الوزراء الإيطالية جورجيا ميلوني، التي وصلت اليوم إلى تونس في زيارة رسمية.', '2024-04-17', ['meeting planned 2024-04-18', 'visit occurred 2024-04-17']],
  ])('%s', (text, published, expected) => {
    expect(onTheTimeline(extract(text, published))).toEqual(expected);
  });
  it('the talks expected between the two sides join the planned talks', () => {
    const text = 'أعلنت وزارة الخارجية الإيطالية أن الوزير أنطونيو تاياني سيلتقي غدا الأربعاء وزير الخارجية المصري بدر عبد العاطي، الذي بدأ اليوم الثلاثاء، زيارة إلى إيطاليا. ومن المنتظر أن يبحث الجانبان العلاقات الثنائية.';
    const talks = dated(extract(text, '2024-10-15')).find((e) => e.type === 'meeting')!;
    expect(talks.mentions.map((m) => m.quote).join(' ')).toContain('يبحث الجانبان');
  });
});

describe('«the latter» standing for someone named before', () => {
  it.each([
    ['أكد رئيس هيئة الحشد الشعبي فالح الفياض اليوم السبت ضرورة استمرار العلاقات الودية. وذكر مكتبه الإعلامي في بيان ان "الأخير استقبل في مكتبه ببغداد سفير تركيا لدى العراق، أنيل بورا إينان".', '2026-02-14', ['meeting 2026-02-14..2026-02-14']],
    // … not «the last» of an event's noun, which names an event told before.
    ['وأشاد الوزير بنتائج الزيارة الأخيرة التي قام بها الرئيس إلى بغداد.', '2026-02-14', []],
  ])('is no event named again: %s', (text, published, expected) => {
    expect(dated(extract(text, published)).filter((e) => e.type !== 'statement').map(brief)).toEqual(expected);
  });
});

describe('a trip whose story is a signing', () => {
  it.each([
    ['كشفت مذكرة صادرة اليوم الاربعاء 16 جوان 2021 عن وزارة الخارجية الايطالية ان الوزير لويجي دي مايو وقّع مع نظيره التونسي عثمان الجرندي مذكرة تفاهم حول التعاون التنموي. واشارت الوكالة الى ان دي مايو كان اليوم في استقبال الرئيس قيس سعيد الذي يؤدي زيارة بيومين الى ايطاليا.', '2021-06-16'],
  ])('keeps the visit told in words of its own: %s', (text, published) => {
    const types = dated(extract(text, published)).map((e) => e.type).sort();
    expect(types).toContain('agreement');
    expect(types).toContain('visit');
  });
});

describe('a page\'s date furniture dates no event', () => {
  it.each([
    ['a dateline before a plan', 'بكين 2 يوليو 2018 / سيزور أمير الكويت الصين في زيارة دولة الأسبوع المقبل.', '2018-07-02', ['visit 2018-07-09..2018-07-15']],
    ['a dateline before a report of yesterday', 'أبوظبي في 14 فبراير / وام / التقى رئيس الدولة رئيس الوزراء الهندي أمس في قصر الوطن.', '2024-02-14', ['meeting 2024-02-13..2024-02-13']],
    ['a dateline of a place and a source set off by slashes', 'الدوحة/المكتب الإعلامي/ 09 مايو 2016/ يلتقي وزير الخارجية نظيره الصيني يوم الخميس المقبل.', '2016-05-09', ['meeting 2016-05-12..2016-05-12']],
    ['a banner line', 'الإثنين, 26 مارس, 2018 - 03:27\nوصل أمير قطر إلى موسكو مساء أمس في زيارة عمل.', '2018-03-26', ['visit 2018-03-25..2018-03-25']],
    ['a dateline of two calendars, then a place and a source', 'الأحد 10 شوال 1439 الموافق 24-06-2018 مقديشو (صوت الصومال) ـ استنكر الرئيس الصومالي مساء أمس السبت التفجير الذي استهدف موكب رئيس الوزراء الإثيوبي.\nوتحدث الرئيس مع رئيس الوزراء الإثيوبي عبر الهاتف.', '2018-06-24', ['call 2018-06-23..2018-06-23']],
    // A wire's name right after the date ends a dateline a page ran into its story.
    ['a dateline of two calendars and a wire run into the story', 'الرباط 07 شعبان 1442 هـ الموافق 20 مارس 2021 م واس التقى وزير الخارجية المغربي أمس بالرباط نظيره الغيني.', '2021-03-20', ['meeting 2021-03-19..2021-03-19']],
    ['a dateline and a wire in brackets run into the story', 'عمّان 12 يونيو 2023 (بترا) استقبل الملك أمس وزير الخارجية الإيطالي.', '2023-06-12', ['meeting 2023-06-11..2023-06-11']],
    ['a dateline and a wire of letters apart', 'القاهرة في 3 مايو أ ش أ التقى وزير الخارجية المصري اليوم نظيره السوداني.', '2022-05-04', ['meeting 2022-05-04..2022-05-04']],
    ['not a date after the event word that opens the paragraph, a bracket after it', 'ويعقد المنتدى بعد غد الخميس (12 مارس) في الرباط بحضور وزراء الخارجية العرب.', '2026-03-10', ['conference 2026-03-12..2026-03-12']],
    ['not a date after a meeting word, a dash after it', 'وتبدأ المحادثات يوم السبت المقبل - بحسب المصدر - في جنيف بين الوفدين.', '2025-06-02', ['meeting 2025-06-07..2025-06-07']],
    // A tatweel drawn out from a word («الـ 12») is no separator of a dateline.
    ['not a dateline: two words, the date, then an ordinal with a drawn-out article', 'الجزائر تحتضن اليوم الدورة الـ 12 للجنة الثنائية مع مالي\nتحتضن الجزائر الدورة الـ 12 للجنة الثنائية الجزائرية المالية.', '2017-07-28', ['conference 2017-07-28..2017-07-28']],
    ['not a dateline: a place, a verb, the date, then «الـ»', 'الرياض تستضيف غدا الاجتماع الـ 40 لوزراء خارجية دول الخليج.', '2021-03-09', ['meeting 2021-03-10..2021-03-10']],
  ])('%s', (_, text, published, expected) => {
    expect(dated(extract(text, published)).map(brief)).toEqual(expected);
  });
});

describe('«the first … since» a date: that date is the one before, not the event\'s', () => {
  it.each([
    ['a summit, the first of its kind since a year', 'وتعد القمة المرتقبة الأولى من نوعها منذ 2015 وستعقد في الرياض.', '2024-03-10', []],
    ['a visit the article dates, the first since a year with its noun', 'وأكد المتحدث أن الرئيس البرازيلي يصل غدا إلى الرباط في أول زيارة لرئيس برازيلي إلى المغرب منذ عام 2016.', '2024-03-10', ['visit 2016-01-01..2016-12-31', 'visit 2024-03-11..2024-03-11']],
    ['a signing, the first since a month', 'ووقع البلدان اتفاقية للتجارة هي الأولى بينهما منذ مارس 2019.', '2024-03-10', []],
  ])('%s', (_, text, published, expected) => {
    expect(dated(extract(text, published)).map(brief).sort()).toEqual(expected);
  });
});

describe('a signing told with «تم/جرى» and its noun is done, and dated as the day\'s news', () => {
  const talks = 'عقد وزيرا خارجية المغرب والبرازيل جلسة مباحثات رسمية اليوم الثلاثاء في الرباط. ';
  it.each([
    ['«وتم توقيع»', 'وتم توقيع مذكرة تفاهم بين البلدين في مجال التعليم.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['«جرى التوقيع على»', 'كما جرى التوقيع على اتفاقية بين البلدين للتعاون الثقافي.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['«وقد تم»', 'وقد تم التوقيع على اتفاق بين البلدين حول النقل الجوي.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['witnessed by two leaders named in full with their titles', 'وشهد الملك حمد بن عيسى آل خليفة، عاهل مملكة البحرين، والرئيس القبرصي نيكوس خريستودوليدس، مراسم توقيع وتبادل عدد من الاتفاقيات ومذكرات التفاهم.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['its ceremony between: «وقد جرى حفل التوقيع»', 'وقد جرى حفل التوقيع على اتفاقية بين البلدين بمقر وزارة الخارجية.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['«كما تمت مراسم توقيع»', 'كما تمت مراسم توقيع مذكرة تفاهم بين البلدين في مجال الطاقة.', ['agreement 2025-04-08..2025-04-08 occurred']],
    ['not «وسيتم»: still to come, on no day', 'وسيتم توقيع مذكرة تفاهم بين البلدين في مجال التعليم.', []],
  ])('%s', (_, sentence, expected) => {
    const agreements = extract(talks + sentence, '2025-04-08').filter((e) => e.type === 'agreement' && e.date);
    expect(agreements.map((e) => `${brief(e)} ${e.modality}`)).toEqual(expected);
  });
});

describe('what a trip is said to hold is held during it, on its days', () => {
  it.each([
    ['talks a planned visit will hold', 'يزور رئيس الوزراء الياباني القاهرة يومي 9 و10 مارس. وقال السفير إن الزيارة ستشهد مباحثات بين رئيس الوزراء الياباني والرئيس المصري.', '2025-03-02', ['meeting 2025-03-09..2025-03-10 planned', 'visit 2025-03-09..2025-03-10 planned']],
    ['talks a visit under way holds', 'بدأ الرئيس الكيني أمس زيارة رسمية إلى أنقرة. وتشهد الزيارة محادثات مع الرئيس التركي حول التجارة.', '2025-03-02', ['meeting 2025-03-01..2025-03-01 occurred', 'visit 2025-03-01..2025-03-01 occurred']],
  ])('%s', (_, text, published, expected) => {
    expect(dated(extract(text, published)).map((e) => `${brief(e)} ${e.modality}`).sort()).toEqual(expected);
  });
});

describe('where a trip goes', () => {
  it.each([
    ['leaving one capital heading for another goes to the other', 'وأفادت الوكالة أن وزير الخارجية الإيراني حسين أمير عبداللهيان غادر طهران متوجها إلى دمشق للقاء المسؤولين السوريين.', 'Damascus'],
    ['leaving a city on the way home ends the trip there', 'وغادر أمير قطر مدينة وهران اليوم في ختام زيارته.', 'Oran'],
    ['leaving for a capital goes there', 'غادر السلطان صباح اليوم إلى الرياض.', 'Riyadh'],
  ])('%s', (_, text, place) => {
    const trips = dated(extract(text, '2023-08-30')).filter((e) => e.type === 'visit');
    expect(trips.map((e) => e.location?.nameEn)).toEqual([place]);
  });
});

describe('two trips to one country the same day', () => {
  it.each([
    ['by people of two countries, one received by a host, are two trips',
      'وصل وزير الخارجية البحريني عبد اللطيف الزياني إلى تل أبيب اليوم الأربعاء. وكان في استقباله وزير الخارجية الإسرائيلي غابي أشكنازي. كذلك، يصل بعد ظهر اليوم الأربعاء وزير الخارجية الأميركي مايك بومبيو إلى إسرائيل.',
      [['Abdullatif Al-Zayani', 'Gabi Ashkenazi'], ['Mike Pompeo']]],
    ['by a king and an ambassador of his country are one',
      'وصل ملك البحرين حمد بن عيسى آل خليفة إلى لندن اليوم الأربعاء في زيارة خاصة. ووصل إلى لندن اليوم الأربعاء أيضا سفير البحرين الجديد لدى بريطانيا الشيخ فواز بن محمد آل خليفة.',
      [['Fawaz bin Mohammed Al Khalifa', 'Hamad bin Isa Al Khalifa']]],
  ])('%s', (_, text, expected) => {
    const trips = dated(extract(text, '2020-11-18')).filter((e) => e.type === 'visit');
    expect(trips.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).sort()).toEqual(expected);
  });
});

describe('an event placed against another takes its date', () => {
  it('a working session before a signing told earlier', () => {
    const events = extract('وقع البلدان أمس الأحد مذكرة تفاهم في قصر قرطاج بحضور الرئيس التونسي قيس سعيد. وكان الرئيس قيس سعيد قد عقد جلسة عمل مع الضيوف قبل موكب التوقيع.', '2023-07-17');
    // Told as happening before the signing: the same day, and not the signing itself.
    expect(dated(events).map(brief)).toEqual(['meeting 2023-07-16..2023-07-16', 'agreement 2023-07-16..2023-07-16']);
  });
  it('words that place it, opening its sentence in a clause of their own, place it against the last event of their noun\'s type', () => {
    const events = dated(extract('استقبل الرئيس الروسي فلاديمير بوتين أمس الثلاثاء العاهل المغربي محمد السادس. وأكد بوتين أن العلاقات تأسست مع زيارة الملك الحسن الثاني إلى روسيا قبل 50 عاما. وفي نهاية اللقاء، وقّع بوتين والملك المغربي مذكرة تفاهم.', '2016-03-16'));
    // Dated as told during the talks, not by the lead's words as if they were its own.
    expect(events.find((e) => e.type === 'agreement')?.date).toMatchObject({ start: '2016-03-15', end: '2016-03-15', basis: 'event', reason: { id: 'told-as', relation: 'during' } });
  });
  it('those words are no report of the event they name: the talks are not quoted by «وفي نهاية اللقاء»', () => {
    const events = dated(extract('استقبل الرئيس الروسي فلاديمير بوتين أمس الثلاثاء العاهل المغربي محمد السادس. وفي نهاية اللقاء، وقّع بوتين والملك المغربي مذكرة تفاهم.', '2016-03-16'));
    expect(events.find((e) => e.type === 'meeting')?.mentions.map((m) => m.quote)).toEqual(['استقبل الرئيس الروسي فلاديمير بوتين أمس الثلاثاء العاهل المغربي محمد السادس']);
  });
  it.each([
    ['وجرت مراسم الاستقبال الرسمي للرئيس تبون أمس الخميس بالقصر الرئاسي. وبعد مراسم الاستقبال، أجرى الرئيسان محادثات على انفراد.', '2022-05-27', '2022-05-26'],
    ['واجتمع الوزيران أمس الخميس في الرباط. وبعد الاجتماع، عقد الوزيران مؤتمرا صحفيا مشتركا.', '2022-05-27', '2022-05-26'],
    ['واجتمع الوزيران يوم 3 مارس في الرباط. وعقب الاجتماع، عقد الوزيران مؤتمرا صحفيا مشتركا.', '2022-03-10', '2022-03-03'],
  ])('what is told after an event («وبعد مراسم الاستقبال»), with «و» glued to the word of time, happens on its day: %s', (text, published, day) => {
    const events = dated(extract(text, published));
    expect(events.length).toBe(2);
    expect(events.every((e) => e.date?.start === day)).toBe(true);
  });
  it('a statement made after a meeting is the meeting\'s, not dated by a later event', () => {
    const events = dated(extract('وأعلن الوزير في تصريح له عقب لقائه بالرئيس أمس أن العلاقات ممتازة. والتقى الوزيران آخر مرة في أوائل أفريل في موسكو.', '2022-05-11'));
    expect(events.map(brief).sort()).toEqual(['meeting 2022-04-01..2022-04-10', 'meeting 2022-05-10..2022-05-10']);
  });
});

describe('what a story tells is one event, however it is put', () => {
  it.each([
    // «جلسة المباحثات»: a construct made definite by its second term points back to the talks told before.
    ['التقى الرئيس الموريتاني وزير الخارجية الكويتي أمس في نواكشوط. وتم خلال جلسة المباحثات مناقشة آخر المستجدات على الساحتين الإقليمية والدولية.', '2021-06-14', ['meeting 2021-06-13..2021-06-13']],
    // «جاء ذلك خلال اتصال»: what the sentence before told happened on the call.
    ['اتفق رئيس الحكومة الليبية مع الرئيس التركي رجب طيب إردوغان على مواصلة التنسيق. جاء ذلك خلال اتصال هاتفي اليوم الجمعة.', '2025-11-07', ['call 2025-11-07..2025-11-07']],
    // … also when the speaker's title holds a quoted name, which does not end the look-ahead for «على».
    ['اتفق رئيس حكومة «الوفاق الوطني» مع الرئيس التركي على مواصلة التنسيق. جاء ذلك خلال اتصال هاتفي اليوم الجمعة.', '2025-11-07', ['call 2025-11-07..2025-11-07']],
    // What was agreed told as a clause («اتفق مع … أنه من الأنسب») or a postponement agreed on is an understanding of the call.
    ['أجرى الرئيس الروسي اتصالا هاتفيا مع رئيس الوزراء العراقي اليوم. وأوضح الكرملين أن الرئيس اتفق مع رئيس الوزراء أنه من الأنسب إرجاء اللقاء.', '2025-10-09', ['call 2025-10-09..2025-10-09']],
    ['أجرى الرئيس الروسي اتصالا هاتفيا مع رئيس الوزراء العراقي اليوم حيث اتفقا على تأجيل الاجتماع المشترك.', '2025-10-09', ['call 2025-10-09..2025-10-09']],
    // Who welcomed a visitor on arrival («وكان في استقباله») is the visit's welcome, not talks of their own.
    ['وصل وزير الدفاع التركي إلى مقديشو أمس الأربعاء في زيارة رسمية، وكان في استقباله نائب رئيس الوزراء الصومالي مهدي أحمد جوليد.', '2018-11-08', ['visit 2018-11-07..2018-11-07']],
    // A joint statement issued at the end of a visit is news beside the visit, not its source.
    ['صدر اليوم بيان مشترك في ختام زيارة وزير الخارجية السوري إلى جدة.', '2023-04-12', ['visit 2023-04-12..2023-04-12', 'statement 2023-04-12..2023-04-12']],
    // A summit named as what a call discussed is its topic, not a summit held that day.
    ['أجرى الرئيس الروسي اتصالا هاتفيا مع رئيس الوزراء العراقي اليوم ناقشا خلاله أول قمة روسية عربية.', '2025-10-09', ['call 2025-10-09..2025-10-09']],
    ['أجرى الرئيس التونسي أمس الجمعة مكالمة هاتفية مع رئيسة الوزراء الإيطالية. كما بحث الطرفان في المكالمة أيضا عقد مؤتمر دولي لمواجهة الهجرة.', '2023-06-03', ['call 2023-06-02..2023-06-02']],
    // … also when clauses set off by commas, naming with whom, when and where, stand between the verb and its object.
    ['بحث رئيس الحكومة عبد الحميد الدبيبة، مع وزير الخارجية الصيني وانغ يي اليوم الأربعاء في بكين، الاتفاق على توحيد المواقف السياسية.', '2024-05-29', ['meeting 2024-05-29..2024-05-29']],
    // What was discussed on a call, and the talks a statement names again by their noun, are the call.
    ['أجرى الرئيس الروسي فلاديمير بوتين، مساء اليوم الاثنين، اتصالا هاتفيا مع أمير قطر الشيخ تميم بن حمد آل ثاني، بحثا خلاله القضايا الراهنة في الشرق الأوسط. وقال الكرملين، في بيان صدر عنه، إن المحادثات تخللها تبادل للآراء بشأن القضايا المحورية.', '2017-11-20', ['call 2017-11-20..2017-11-20']],
    // … and are held at talks, not at the statement they are reported from.
    ['أنهى وزير الخارجية القطري ونظيره الصومالي اليوم مباحثات ثنائية لبحث تعزيز العلاقات. ووفق بيان وزارة الخارجية القطرية، فإن اللقاء تناول العلاقات الثنائية والمستجدات الإقليمية.', '2021-10-02', ['meeting 2021-10-02..2021-10-02']],
    // … and so is it by its noun and its maker's name before «تأتي» («إن زيارة غوتيريس تأتي تأكيدا …»).
    ['يصل إلى البلاد غدا الأمين العام للأمم المتحدة أنطونيو غوتيريس في زيارة هي الأولى له للكويت. وقال نائب وزير الخارجية إن زيارة غوتيريس تأتي تأكيدا لدعم الأمم المتحدة لجهود الكويت.', '2017-08-25', ['visit 2017-08-26..2017-08-26']],
    // … and so is a trip named again as told within a tour, whose noun the sentence's trip took in.
    ['بحث رئيس الوزراء الكويتي جابر المبارك مع نظيره الباكستاني نواز شريف اليوم الاثنين في إسلام آباد العلاقات الثنائية. وكان رئيس الوزراء الكويتي قد وصل إلى باكستان مساء أمس على رأس وفد رفيع المستوى، وتأتي زيارة الوفد الكويتي إلى باكستان في إطار جولة آسيوية.', '2013-11-11', ['visit 2013-11-10..2013-11-10', 'meeting 2013-11-11..2013-11-11']],
    // Told twice, an event is dated by the words that say most: days over a week.
    ['وحول زيارة وزير خارجية روسيا سيرغي لافروف بداية الأسبوع المقبل، أكد نائب الوزير أنها تأتي في إطار العلاقات المميزة. وكانت المتحدثة باسم الخارجية الروسية أكدت أن لافروف سيقوم بجولة تشمل الكويت والإمارات وقطر من 27 إلى 30 الجاري.', '2017-08-25', ['visit 2017-08-27..2017-08-30']],
    // Who attended the audience took part in the reception; an audience attended is no interview.
    ['واستقبل أمير الكويت أمس رئيس المجلس الأوروبي شارل ميشال. حضر المقابلة وزير الخارجية عبدالله اليحيا.', '2024-09-11', ['meeting 2024-09-10..2024-09-10']],
    // An understanding reached in talks is part of them.
    ['التقى وزير الخارجية المصري نظيره الأردني أمس في عمّان، واتفقا على تعزيز التعاون بين البلدين.', '2024-02-14', ['meeting 2024-02-13..2024-02-13']],
    ['أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني، وقال أردوغان إنهما اتفقا على التعاون بشأن الخطوات اللازمة لإحلال السلام.', '2022-04-19', ['call 2022-04-18..2022-04-18']],
    // The opening of a conference's proceedings is the conference.
    ['افتتحت، اليوم الثلاثاء، بالعاصمة الصينية بكين، أشغال المؤتمر الوزاري لمنتدى التعاون.', '2024-09-03', ['conference 2024-09-03..2024-09-03']],
    // Opening the meeting itself, after a long subject, is the meeting, not an opening.
    ['افتتح رئيس الوزراء الصيني وين جياباو اليوم الخميس المؤتمر الوزاري الرابع في مدينة تيانجين.', '2010-05-13', ['conference 2010-05-13..2010-05-13']],
    // A summit told again in the same article is the same summit.
    ['صادقت القمة الإفريقية أمس الإثنين على عودة المغرب. وبدأ الملك مشاركته في جلسات القمة المنعقدة في أديس أبابا أمس.', '2017-01-31', ['conference 2017-01-30..2017-01-30']],
    // A reception told in the sentence of a credentials ceremony of the same day is that ceremony.
    ['واستقبل الملك عبد الله الثاني السفير الياباني الجديد أمس في قصر الحسينية، حيث جرت مراسم تسليم أوراق الاعتماد.', '2021-05-12', ['appointment 2021-05-11..2021-05-11']],
    ['استقبل رئيس الجمهورية عبد المجيد تبون أمس السفير البرازيلي الذي سلمه أوراق اعتماده.', '2022-07-20', ['appointment 2022-07-19..2022-07-19']],
    // … and one told in the sentence right after it.
    ['تسلم وزير الخارجية العراقي فؤاد حسين اليوم نسخة من أوراق اعتماد سفيرة فلسطين في العراق. ورحب وزير الخارجية بالسفيرة الفلسطينية، متمنيا لها النجاح.', '2026-01-21', ['appointment 2026-01-21..2026-01-21']],
    // A headline in the present dates the event the body tells without a date of its own, with the yearless days nearest
    // publication.
    ['الرئيس الإيطالي يزور تونس بين 12 و14 مارس لبحث التعاون\nأعلنت الرئاسة التونسية أن الرئيس الإيطالي سيحل بالبلاد في زيارة رسمية.', '2024-03-05', ['visit 2024-03-12..2024-03-14']],
    ['المستشار الألماني يزور الجزائر بين 3 و5 يناير\nقالت الرئاسة الجزائرية إن المستشار الألماني سيحل بالبلاد في زيارة عمل.', '2024-12-28', ['visit 2025-01-03..2025-01-05']],
    // So is a trip told again further on with nobody named («أن هذه الزيارة …»), on the same days and to the same place.
    // … whose people are of the countries it names («بين سلطنة عمان وبيلاروس» after the sultan's visit).
    ['غادر السلطان هيثم بن طارق مينسك اليوم بعد زيارة دولة. وقال الديوان إن الزيارة تأتي تعزيزا للعلاقات بين سلطنة عمان وبيلاروس.', '2025-10-07', ['visit 2025-10-07..2025-10-07']],
    ['قال الديوان الملكي مساء الأحد إن الملك عبد الله الثاني سيبدأ الثلاثاء زيارة رسمية إلى الكويت تستمر يومين. جاء ذلك في بيان قصير للديوان نشر على موقعه الرسمي. وأضاف البيان أن هذه الزيارة "زيارة أخوية إلى دولة الكويت الشقيقة، تدوم يومين، ابتداء من الثلاثاء 12 مارس".', '2024-03-10', ['visit 2024-03-12..2024-03-13']],
  ])('%s', (text, published, expected) => {
    expect(dated(extract(text, published)).map(brief)).toEqual(expected);
  });
});

describe('the meeting an invitation is to', () => {
  it('is dated by its own words, not by the day the invitation came', () => {
    const text = 'تلقى رئيس الوزراء العراقي، اليوم الأربعاء، دعوة للمشاركة في أعمال القمة العالمية للحكومات التي ستقام في دبي في شهر شباط المقبل.';
    expect(dated(extract(text, '2024-01-10')).map(brief)).toEqual(['invitation 2024-01-10..2024-01-10', 'conference 2024-02-01..2024-02-29']);
    const undatedSummit = 'تلقى رئيس الوزراء العراقي، اليوم الأربعاء، دعوة للمشاركة في أعمال القمة العالمية للحكومات.';
    expect(dated(extract(undatedSummit, '2024-01-10')).map(brief)).toEqual(['invitation 2024-01-10..2024-01-10']);
  });
});

describe('an invitation and what it invites to', () => {
  it('a summit an invitation asks someone to is an event of its own, told from «لحضور»', () => {
    const events = extract('وجه العاهل السعودي الملك سلمان بن عبد العزيز، اليوم الأربعاء 10 مايو 2023، دعوة إلى الرئيس السوري لحضور القمة العربية التي تعقد في جدة 19 مايو الجاري.', '2023-05-10');
    const summit = events.find((e) => e.type === 'conference');
    expect([summit?.modality, summit?.date?.start]).toEqual(['planned', '2023-05-19']);
    expect(summit?.mentions.map((m) => m.quote)).toEqual(['لحضور القمة العربية التي تعقد في جدة 19 مايو الجاري']);
  });
});

describe('a trip and what happened on it', () => {
  const types = (text: string, published: string) => dated(extract(text, published)).map(brief);
  it.each([
    // Talks told in a sentence of their own are the talks, beside the visit, on the day the text gives the trip.
    ['وصل وزير الخارجية الهندي إلى مسقط اليوم الأربعاء في زيارة رسمية. والتقى الوزير نظيره العماني بدر البوسعيدي وبحث معه العلاقات.', '2025-12-17', ['visit 2025-12-17..2025-12-17', 'meeting 2025-12-17..2025-12-17']],
    ['زار الرئيس الموريتاني الكويت يوم 9 مارس. وعقد الرئيس خلال الزيارة مباحثات مع أمير الكويت.', '2021-03-20', ['visit 2021-03-09..2021-03-09', 'meeting 2021-03-09..2021-03-09']],
    // A body's session named by its ordinal, held on the trip, is an event of its own though its noun is definite.
    ['أدى وزير الخارجية السعودي اليوم الثلاثاء زيارة عمل إلى تونس. وترأس الوزيران الاجتماع الثالث للجنة التشاور السياسي التونسية السعودية.', '2025-09-09', ['visit 2025-09-09..2025-09-09', 'meeting 2025-09-09..2025-09-09']],
    // A signing told as done takes the trip's date when it gives none of its own.
    ['وصل لافروف إلى الجزائر يوم 10 مايو 2022 في زيارة عمل. ووقع لافروف ولعمامرة مذكرة تفاهم للتعاون في مجال الطاقة.', '2022-05-12', ['visit 2022-05-10..2022-05-10', 'agreement 2022-05-10..2022-05-10']],
    // A trip told as done «earlier» with no date of its own is the trip of the day's news, with its person and place.
    ['التقى وزير الخارجية الإيطالي لويجي دي مايو أمس رئيس الحكومة الليبية في طرابلس. ووصل دي مايو في وقت سابق إلى طرابلس في زيارة غير معلنة.', '2021-03-22', ['visit 2021-03-21..2021-03-21', 'meeting 2021-03-21..2021-03-21']],
    // What happened during the trip («عقد خلالها», «يلتقي خلالها») is its talks, on its day, as done or as planned as the trip.
    ['أنهى أمير قطر اليوم الخميس زيارة رسمية إلى برلين عقد خلالها مباحثات مع المستشارة الألمانية أنجيلا ميركل.', '2014-09-18', ['visit 2014-09-18..2014-09-18', 'meeting 2014-09-18..2014-09-18']],
    ['يصل العاهل الأردني إلى كندا نهاية الأسبوع في زيارة رسمية يلتقي خلالها رئيس الحكومة الكندية.', '2017-08-23', ['visit 2017-08-25..2017-08-27', 'meeting 2017-08-25..2017-08-27']],
    ['غادرت رئيسة الوزراء الإيطالية مسقط مساء الأمس، في زيارة قصيرة أجرت خلالها مباحثات رسمية مع السلطان هيثم بن طارق.', '2026-01-15', ['visit 2026-01-14..2026-01-14', 'meeting 2026-01-14..2026-01-14']],
    // «في ثاني أيام زيارته» places the reception on the trip; the signing, the visit and the talks stay three events.
    ['وقعت الصين والسعودية، اليوم الخميس، عددا من اتفاقيات الشراكة على هامش زيارة الرئيس الصيني شي جين بينغ. واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني في ثاني أيام زيارته للمملكة.', '2022-12-08', ['visit 2022-12-08..2022-12-08', 'meeting 2022-12-08..2022-12-08', 'agreement 2022-12-08..2022-12-08']],
    // A trip told only in a relative clause is background: what the sentence says was discussed is the talks.
    ['بحث الرئيس السوري أحمد الشرع مع وزير الخارجية التركي هاكان فيدان الذي وصل إلى دمشق ظهر اليوم الخميس التطورات الإقليمية.', '2025-08-07', ['visit 2025-08-07..2025-08-07', 'meeting 2025-08-07..2025-08-07']],
    // … and so is the trip of the guest of talks named as when something was said («خلال لقائه الملك …، الذي يزور موسكو»).
    ['أعرب الرئيس الروسي فلاديمير بوتين، خلال لقائه اليوم الملك الأردني عبد الله الثاني، الذي يزور موسكو حاليا، عن تقديره لمساهمة الأردن.', '2014-04-09', ['visit 2014-04-09..2014-04-09', 'meeting 2014-04-09..2014-04-09']],
    // Talks planned with no date of their own, in an article that plans a dated trip of theirs, are planned for the trip.
    ['يرتقب أن يصل الرئيس الجيبوتي إسماعيل عمر جيله اليوم الأربعاء إلى مقديشو. ويتوقع أن يلتقي جيله الرئيس الصومالي حسن شيخ محمود.', '2022-12-28', ['visit 2022-12-28..2022-12-28', 'meeting 2022-12-28..2022-12-28']],
    // The trip that frames a meeting («خلال زيارة بدأها الأحد الماضي») is an event of its own, on its own date, which is
    // not the meeting's.
    ['استقبل الرئيس الروسي الملك المغربي، أمس الثلاثاء، في موسكو، خلال زيارة رسمية بدأها الملك إلى روسيا الأحد الماضي.', '2016-03-16', ['visit 2016-03-13..2016-03-13', 'meeting 2016-03-15..2016-03-15']],
    // A reception told with the guest's trip as its occasion or in a relative clause about the guest: the reception and
    // the trip, on the reception's day when the trip has none of its own.
    ['استقبل الرئيس السوري بشار الأسد وزير الخارجية العماني يوسف بن علوي، الإثنين، في دمشق، في أول زيارة لمسؤول خليجي إلى دمشق منذ سنوات.', '2015-10-27', ['visit 2015-10-26..2015-10-26', 'meeting 2015-10-26..2015-10-26']],
    ['استقبل رئيس الجمهورية إسماعيل عمر جيله أمس السبت وزير الخارجية الإثيوبي ورقنه جبيوه، الذي وصل إلى البلاد في زيارة رسمية.', '2016-11-20', ['visit 2016-11-19..2016-11-19', 'meeting 2016-11-19..2016-11-19']],
    ['التقى وزير الخارجية المصري نظيره الياباني اليوم الأحد في طوكيو ضمن جولة آسيوية.', '2016-02-14', ['visit 2016-02-14..2016-02-14', 'meeting 2016-02-14..2016-02-14']],
    // A clause that goes on with that relative clause by a pronoun («…، الذي بدأ جولة، استهلها بزيارة مصر») is still about the guest.
    ['استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة رئيس الوزراء الإسباني بيدرو سانشيز، الذي بدأ جولة إقليمية، استهلها بزيارة مصر.', '2023-11-24', ['visit 2023-11-24..2023-11-24', 'meeting 2023-11-24..2023-11-24']],
    ['التقى أمير الكويت أمس وزير الخارجية الإيطالي، الذي يقوم بجولة خليجية، اختتمها بزيارة الكويت.', '2021-06-10', ['visit 2021-06-09..2021-06-09', 'meeting 2021-06-09..2021-06-09']],
    // A signing held on a trip, likewise.
    ['وقع وزيرا خارجية المغرب والعراق أمس مذكرة تفاهم خلال زيارة رسمية يقوم بها ناصر بوريطة إلى بغداد.', '2023-01-28', ['visit 2023-01-27..2023-01-27', 'agreement 2023-01-27..2023-01-27']],
    // So is one framed by the trip its sentence opens with; «خلال الزيارة» alone points back and tells no trip.
    ['وخلال زيارة رئيس الوزراء الليبي عبد الحميد الدبيبة إلى روما أمس، تم توقيع أربع اتفاقيات بين البلدين.', '2023-06-08', ['visit 2023-06-07..2023-06-07', 'agreement 2023-06-07..2023-06-07']],
    ['وفي إطار زيارة الرئيس التونسي قيس سعيد إلى الجزائر، وقع الجانبان أمس مذكرة تفاهم في مجال الطاقة.', '2022-07-06', ['visit 2022-07-05..2022-07-05', 'agreement 2022-07-05..2022-07-05']],
    ['وخلال الزيارة، تم توقيع أربع اتفاقيات بين البلدين أمس.', '2023-06-08', ['agreement 2023-06-07..2023-06-07']],
    // «منذ الاثنين» after the trip and its relative clause is when the trip began; the meeting keeps the day told before.
    ['التقى الرئيس الجزائري اليوم الخميس في شنزن نائب أمين الحزب. وقد جرى هذا اللقاء بمناسبة زيارة الدولة التي يقوم بها الرئيس إلى الصين منذ الاثنين الماضي.', '2023-07-20', ['visit 2023-07-17..2023-07-17', 'meeting 2023-07-20..2023-07-20']],
    // A definite noun in a relative clause about someone else («الوكالة التي لم تذكر تفاصيل عن الزيارة») does not rename
    // the talks told.
    ['والأربعاء، أجرى ميرتس محادثات مع ولي العهد السعودي محمد بن سلمان، بالعاصمة الرياض، وفق وكالة الأنباء السعودية التي لم تذكر تفاصيل أكثر عن الزيارة.', '2026-02-05', ['meeting 2026-02-04..2026-02-04']],
    // A country receiving its guest is the visit itself; «خلال الزيارة» alone points back and tells no trip.
    ['استقبلت إيران أمس سلطان عمان قابوس بن سعيد، في أول زيارة يقوم بها زعيم دولة إلى طهران.', '2013-08-26', ['visit 2013-08-25..2013-08-25']],
    ['التقى وزير الخارجية الإيراني أمس خلال الزيارة رئيس الوزراء العراقي نوري المالكي.', '2014-05-27', ['meeting 2014-05-26..2014-05-26']],
    // Talks or a signing told by a verb of its own after the trip's or the talks' words, in one sentence, are events of
    // their own, by the same people.
    ['وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر أمس، والتقى الرئيس عبد المجيد تبون.', '2022-05-11', ['visit 2022-05-10..2022-05-10', 'meeting 2022-05-10..2022-05-10']],
    ['الرئيس الإيراني يبدأ زيارة لعمان ويلتقي السلطان قابوس\nبدأ الرئيس الإيراني حسن روحاني اليوم زيارة رسمية إلى سلطنة عمان.', '2014-03-12', ['visit 2014-03-12..2014-03-12']],
    ['التقى وزير الخارجية المصري نظيره الأردني أمس في عمّان، ووقع الجانبان مذكرة تفاهم في مجال الطاقة.', '2024-02-14', ['meeting 2024-02-13..2024-02-13', 'agreement 2024-02-13..2024-02-13']],
    // Talks named as the visit's purpose, in its own sentence, are told as part of it.
    ['وصل وزير الخارجية الروسي إلى الجزائر أمس في زيارة عمل لإجراء محادثات مع نظيره الجزائري.', '2022-05-11', ['visit 2022-05-10..2022-05-10']],
    // An agreement named in passing, in reported speech, is not a signing of the trip.
    ['وصل وزير الخارجية الروسي إلى الجزائر أمس في زيارة عمل. وقال الوزير إن البلدين مهتمون بالاتفاق على مشاريع جديدة.', '2022-05-11', ['visit 2022-05-10..2022-05-10']],
  ])('%s', (text, published, expected) => {
    expect(types(text, published)).toEqual(expected);
  });
});

describe('a trip come back from and the one headed for', () => {
  // Each trip with its own place; the one come back from is dated only as the text allows (or not at all).
  const trips = (text: string, published: string) => extract(text, published).filter((e) => e.type === 'visit')
    .map((e) => `${e.location?.nameEn ?? '-'} ${e.date?.start ?? 'undated'}`).sort();
  it.each([
    ['انتهى رئيس الحكومة الليبية د. علي زيدان من زيارته للعاصمة الأثيوبية أديس أبابا، واتجه أمس لزيارة قصيرة للعاصمة المصرية القاهرة.', '2014-01-31', 'Cairo 2014-01-30', 'Addis Ababa'],
    ['عاد وزير الخارجية من زيارته إلى موسكو، وتوجه اليوم في زيارة رسمية إلى بكين.', '2019-05-06', 'Beijing 2019-05-06', 'Moscow'],
    ['وقال الوزير لدى عودته من جولة في الرياض إنه سيزور القاهرة يوم الأحد المقبل.', '2019-05-06', 'Cairo 2019-05-12', 'Riyadh'],
  ])('%s: two trips', (text, published, headedFor, cameBackFrom) => {
    const found = trips(text, published);
    expect(found).toHaveLength(2);
    expect(found).toContain(headedFor);
    expect(found.filter((t) => t.startsWith(cameBackFrom + ' '))).toHaveLength(1);
  });
});

describe('a leg of a tour told «خلالها»', () => {
  it.each([
    ['ووصل رئيس الوزراء الكويتي إلى باكستان مساء أمس، وتأتي زيارته إلى باكستان في إطار جولة آسيوية زار خلالها الهند.', '2013-11-11', 'India'],
    ['وصل الرئيس الإندونيسي إلى الرياض اليوم في إطار جولة خليجية زار خلالها الدوحة والكويت.', '2019-04-14', 'Qatar'],
  ])('has a day of its own, not that of the stop the sentence tells: %s', (text, published, leg) => {
    const events = extract(text, published);
    const legs = events.filter((e) => e.type === 'visit' && (e.location?.nameEn === leg || e.location?.country === (leg === 'India' ? 'IN' : 'QA')));
    expect(legs.length).toBeGreaterThan(0);
    expect(legs.every((e) => e.date === null)).toBe(true);
  });
  it('a talk «خلالها» on a visit takes the visit\'s day', () => {
    expect(dated(extract('وصل الرئيس إلى طوكيو أمس في زيارة رسمية التقى خلالها رئيس الوزراء الياباني.', '2013-11-11')).map(brief)).toEqual(['visit 2013-11-10..2013-11-10', 'meeting 2013-11-10..2013-11-10']);
  });
});

describe('a guest\'s trip a relative clause tells, with «الدي» typed for «الذي»', () => {
  it('is the background of his reception, an event beside it', () => {
    const text = 'استقبل الرئيس الفرنسي فرانسوا هولاند بقصر الإليزيه صباح اليوم السيد علي زيدان رئيس الحكومة المؤقتة الدي يقوم بزيارة عمل لفرنسا.';
    expect(dated(extract(text, '2013-02-13')).map((e) => e.type).sort()).toEqual(['meeting', 'visit']);
  });
});

describe('a trip\'s sentence after the talks held on it', () => {
  it.each([
    // The sentence opens with the arrival; the talks and matters it says were held on the trip do not make it the talks'.
    ['عقد وزير الخارجية المصري سامح شكري، الأربعاء، اجتماعا مع نظيره الأردني أيمن الصفدي في عمان، على هامش الزيارة التي يجريها إلى الأردن.\nووصل شكري إلى العاصمة الأردنية صباح اليوم على رأس وفد، في زيارة رسمية يعقد خلالها عددا من اللقاءات مع المسؤولين، ومناقشة الملفات الإقليمية.', '2023-03-08', ['meeting occurred', 'visit occurred']],
    // A sentence that opens with the talks stays theirs.
    ['عقد وزير الخارجية المصري سامح شكري، الأربعاء، اجتماعا مع نظيره الأردني أيمن الصفدي في عمان، على هامش الزيارة التي يجريها إلى الأردن.\nوبحث الوزيران خلال الزيارة الملفات الإقليمية.', '2023-03-08', ['meeting occurred']],
  ])('the arrival is the visit, an event of its own: %s', (text, published, expected) => {
    expect(dated(extract(text, published)).map((e) => `${e.type} ${e.modality}`).sort()).toEqual(expected);
  });
});

describe('a message handed over on a trip with a next leg', () => {
  it('is an audience of its own; the leg after «ثم» stays a visit to its own place', () => {
    const text = 'الرئيس الكيني يتسلم رسالة خطية من نظيره المصري\n\nتسلم الرئيس الكيني أوهورو كينياتا رسالة خطية من الرئيس المصري عبدالفتاح السيسي، سلمه وزير الخارجية المصري يوم الإثنين.\n\nوقال وزير الخارجية المصري سامح شكري، في تصريحات بنيروبي، إن الرسالة تتناول العلاقات الثنائية.\n\nووصل الوزير المصري إلى كينيا يوم الإثنين في زيارة استغرقت بضع ساعات، ثم توجه إلى دولة إثيوبيا، لتسليم رسالة شفهية من الرئيس.';
    const events = dated(extract(text, '2018-03-12'));
    expect(events.map((e) => `${e.type} ${e.location?.nameEn ?? '-'}`).sort()).toEqual(['meeting -', 'visit Ethiopia', 'visit Kenya']);
    expect(events.find((e) => e.type === 'meeting')!.title.en).toBe('Kenyatta–el-Sisi: message delivered');
  });
});

describe('a trip named as when a speech was given', () => {
  it.each([
    ['ألقى الرئيس الصومالي حسن شيخ محمود خطابا يوم الأربعاء أمام البرلمان القطري، وذلك خلال زيارته للدوحة.', ['statement 2023-05-17', 'visit 2023-05-17']],
    // A statement the trip's news cites is its source, not an event beside it.
    ['بدأ الرئيس الصومالي حسن شيخ محمود يوم الأربعاء زيارة إلى الدوحة، حسبما أفاد بيان للرئاسة.', ['visit 2023-05-17']],
  ])('is an event of its own beside the speech: %s', (text, expected) => {
    expect(dated(extract(text, '2023-05-18')).map((e) => `${e.type} ${e.date!.start}`).sort()).toEqual(expected);
  });
});

describe('what is said about an event names it again', () => {
  it.each([
    ['وصل رئيس المجلس الرئاسي الليبي محمد المنفي إلى القاهرة اليوم. وكان رئيس الحكومة الليبية عبد الحميد الدبيبة قد زار مصر في 18 فبراير الماضي، في أول زيارة رسمية له. وتعليقًا على زيارته، عبر الدبيبة عن التطلع إلى علاقة استراتيجية مع مصر.', '2021-03-25', ['visit 2021-02-18..2021-02-18', 'visit 2021-03-25..2021-03-25']],
    ['وأجرى الرئيس اتصالا هاتفيا بنظيره التركي يوم 3 مارس. وردا على الاتصال، قال المتحدث إن العلاقات متينة.', '2021-03-25', ['call 2021-03-03..2021-03-03']],
  ])('the comment is a mention of the event, not one of the article\'s day: %s', (text, published, expected) => {
    expect(dated(extract(text, published)).map(brief)).toEqual(expected);
  });
});

describe('a taking of office that only places another event', () => {
  it.each([
    ['وقال السفير إن المملكة تقدر اختيار رئيس الوزراء العراقي زيارتها كأول دولة بعد توليه منصبه، وتصل الزيارة اليوم.', '2020-07-20'],
    ['وتعد هذه أول زيارة خارجية للرئيس منذ انتخابه، وقد وصل إلى القاهرة أمس.', '2021-03-10'],
    ['وزار الرئيس الجزائر أمس في أول زيارة له بعد تعيينه.', '2021-03-10'],
  ])('is not dated by it: %s', (text, published) => {
    const events = extract(text, published);
    expect(events.some((e) => e.type === 'visit' && e.date !== null)).toBe(true);
    expect(events.filter((e) => e.type === 'appointment' && e.date !== null)).toEqual([]);
  });
});

describe('what is planned on a trip under way', () => {
  it('what a purpose («لبحث») says is to be discussed belongs to the planned talks it is the purpose of', () => {
    const events = dated(extract('وصل رئيس وزراء الهند ناريندرا مودي إلى مسقط اليوم الأربعاء في زيارة رسمية تستغرق يومين، يلتقي خلالها سلطان عمان هيثم بن طارق؛ لبحث سبل تعزيز العلاقات الثنائية.', '2025-12-17'));
    const purpose = (e: ExtractedEvent | undefined) => e?.mentions.some((m) => m.quote.startsWith('لبحث'));
    const talks = events.find((e) => e.type === 'meeting');
    expect(talks?.modality).toBe('planned');
    expect(purpose(talks)).toBe(true);
    expect(purpose(events.find((e) => e.type === 'visit'))).toBe(false);
  });
  const told = (text: string, published: string) => extract(text, published).map((e) => `${e.type} ${e.modality} ${e.date?.start ?? '-'}`);
  it.each([
    // Talks planned with no date by someone whose trip is under way on the article's day: planned for the trip.
    ['وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة صباح اليوم الثلاثاء. ومن المقرر أن يعقد عراقجي اجتماعاً مع المدير العام للوكالة رافاييل غروسي.', '2025-09-09',
      ['visit occurred 2025-09-09', 'meeting planned 2025-09-09']],
    // Not when they are planned somewhere else, nor for a trip that ended before the article.
    ['وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة صباح اليوم الثلاثاء. ومن المقرر أن يلتقي عراقجي نظيره السعودي في الرياض.', '2025-09-09',
      ['visit occurred 2025-09-09', 'meeting planned -']],
    ['زار وزير الخارجية الإيراني عباس عراقجي القاهرة في يوليو الماضي. ومن المقرر أن يعقد عراقجي اجتماعاً مع المدير العام للوكالة رافاييل غروسي.', '2025-09-09',
      ['visit occurred 2025-07-01', 'meeting planned -']],
  ])('%s', (text, published, expected) => {
    expect(told(text, published)).toEqual(expected);
  });
  it('a trip planned with no date of its own is on the day of the talks planned with its host, and talks told in the present there are those talks', () => {
    const text = 'أعلنت الخارجية العمانية اليوم أن وزير الخارجية الأردني أيمن الصفدي سيزور مسقط.\nويلتقي الصفدي في مسقط نظيره العماني بدر البوسعيدي.\nوأضاف المتحدث أن الصفدي سيلتقي غدا الاثنين وزير الخارجية العماني بدر البوسعيدي.';
    expect(told(text, '2023-12-03').sort()).toEqual(['meeting planned 2023-12-04', 'visit planned 2023-12-04']);
  });
  it('a plan a statement says coincides with other talks is not those talks, and the statement stays the news', () => {
    const text = 'قال وزير الخارجية الإيراني محمد جواد ظريف اليوم الأحد إنه لا يستطيع تلبية دعوة لزيارة السعودية لأن موعدها المقترح يتزامن مع المفاوضات النووية المزمعة بين إيران والقوى العالمية. ووصل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم إلى طهران في زيارة رسمية. ومن المقرر أن يجري أمير الكويت محادثات مع الرئيس الإيراني حسن روحاني.';
    expect(dated(extract(text, '2014-06-01')).map((e) => `${e.type} ${e.modality}`).sort()).toEqual(['meeting planned', 'statement occurred', 'visit occurred']);
  });
});

describe('talks told after «كما» beside other talks of the sentence', () => {
  const people = (e: ExtractedEvent) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort();
  const quotes = (e: ExtractedEvent) => e.mentions.map((m) => m.quote).join(' ');
  it.each([
    ['received one after the other', 'استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيس الوزراء الهولندي مارك روته، كما استقبل رئيسة الوزراء الإيطالية جورجيا ميلوني.', '2022-11-07', 'occurred', 'ميلوني', 'روته'],
    ['met one after the other', 'التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو نظيره الصيني وانغ يي، كما التقى وزير الخارجية الهندي.', '2023-03-05', 'occurred', 'الهندي', 'وانغ'],
    ['planned on a trip under way', 'وصل وزير الخارجية العراقي فؤاد حسين إلى دمشق صباح اليوم في زيارة رسمية، وسيعقد اجتماعا مع نظيره السوري، كما سيلتقي لاحقا الرئيس السوري بشار الأسد.', '2023-03-05', 'planned', 'الأسد', 'نظيره'],
    ['ahead beside talks of the day told in the present', 'ويجري وزير الخارجية المصري بدر عبد العاطي اليوم مباحثات مع نظيره السعودي فيصل بن فرحان، كما سيلتقي وزير التجارة السعودي ماجد القصبي.', '2024-08-19', 'planned', 'القصبي', 'فيصل'],
  ])('are other talks, on the same day, by the same subject (%s)', (_, text, published, modality, second, first) => {
    const talks = dated(extract(text, published)).filter((e) => e.type === 'meeting' && e.modality === modality);
    const later = talks.find((e) => quotes(e).includes(second));
    expect(later?.date?.start).toBe(published);
    expect(quotes(later!)).not.toContain(first);
    expect(people(later!)).toHaveLength(2);
    expect(talks.filter((e) => e !== later).every((e) => !quotes(e).includes(second))).toBe(true);
  });
  it('a place set off by commas between the verb and «مع» leaves whom they met in the talks\' words', () => {
    const [talks] = dated(extract('والتقى وزير الخارجية المصري سامح شكري، أيضا في مدينة جدة، مع نظيره الأردني أيمن الصفدي.', '2023-03-05'));
    expect(people(talks!)).toEqual(['Ayman Safadi', 'Sameh Shoukry']);
    expect(quotes(talks!)).toContain('الصفدي');
  });
});

describe('a visit named again as what it is counted as', () => {
  it('«وتعد زيارة … هي الأولى» opening a sentence names the story\'s visit again: no visit done on the article\'s day, and the headline stays on its own day', () => {
    const text = 'وزير الخارجية الأردني يزور بغداد غدا\nيعقد وزير الخارجية الأردني أيمن الصفدي، صباح غد الأحد، مباحثات مع نظيره العراقي فؤاد حسين في بغداد.\nوتعد زيارة الصفدي لبغداد هي الأولى منذ عام 2019.';
    const events = dated(extract(text, '2023-04-01'));
    expect(events.filter((e) => e.date!.start === '2023-04-01')).toEqual([]);
    const planned = events.filter((e) => e.modality === 'planned');
    expect(planned.map((e) => e.date!.start)).toEqual(['2023-04-02']);
    expect(planned[0]!.mentions.map((m) => m.quote).join(' ')).toContain('يزور بغداد غدا');
  });
});

describe('an event put off', () => {
  const text = 'الكرملين: بوتين يرجئ لقاء أردوغان في تركيا\nأعلن الكرملين اليوم الاثنين أن الرئيس الروسي فلاديمير بوتين أرجأ زيارة مقررة إلى تركيا. ونقلت الوكالة عن المتحدث باسم الكرملين ديمتري بيسكوف قوله للصحفيين بعد سؤاله عن الزيارة إن الاستعدادات مستمرة.';
  it('is announced that day, and a headline in the present («يرجئ») puts it off as much', () => {
    expect(dated(extract(text, '2024-02-26')).map(brief)).toEqual(['other 2024-02-26..2024-02-26']);
  });
  it('is what «الزيارة» points back to afterwards, not a visit that happened that day', () => {
    const visits = extract(text, '2024-02-26').filter((e) => e.type === 'visit');
    expect(visits.map((e) => e.modality)).toEqual(['postponed']);
  });
});

describe('an accord and what it is about', () => {
  it('an event noun right after an accord\'s noun is its subject, not talks («اتفاقية مشاورات سياسية»)', () => {
    expect(dated(extract('وقع وزير الخارجية الفلسطيني رياض المالكي أمس مع نظيره المكسيكي اتفاقية مشاورات سياسية.', '2022-08-08')).map(brief)).toEqual(['agreement 2022-08-07..2022-08-07']);
  });
  it('«على هامش» placing the meeting it was signed at does not make the signing one told before: it is the day\'s news', () => {
    const events = dated(extract('وقع وزير الخارجية الفلسطيني رياض المالكي مع نظيره المكسيكي اتفاقية للتعاون، جاء ذلك خلال لقاء جمعهما على هامش حفل التنصيب.', '2022-08-08'));
    expect(events.map(brief)).toContain('agreement 2022-08-08..2022-08-08');
  });
});

describe('an event named only as the frame of another', () => {
  it('is quoted from the words that place the other event against it, not from the other event\'s clause', () => {
    const events = dated(extract('ويجدر التذكير أن تونس واليابان وقعتا اتفاقيتي تعاون خلال قمة تيكاد أوت 2022.', '2023-05-10'));
    expect(events.find((e) => e.type === 'conference')?.mentions.map((m) => m.quote)).toEqual(['خلال قمة تيكاد أوت 2022']);
  });
});

describe('the talks told after a trip', () => {
  it('are held by the traveller the sentence named before, who is not named again', () => {
    const meeting = extract('وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر أمس، والتقى الرئيس عبد المجيد تبون.', '2022-05-11').find((e) => e.type === 'meeting');
    expect(meeting?.participants.map((p) => p.nameEn)).toEqual(['Sergey Lavrov', 'Abdelmadjid Tebboune']);
  });
  it('told by a verb of their own in a headline, are a headline of the talks, not of the visit', () => {
    const text = 'الرئيس الإيراني يبدأ زيارة لعمان ويلتقي السلطان قابوس\nبدأ الرئيس الإيراني حسن روحاني اليوم زيارة رسمية إلى سلطنة عمان، والتقى السلطان قابوس بن سعيد.';
    const events = dated(extract(text, '2014-03-12'));
    const quotes = (type: string) => events.find((e) => e.type === type)?.mentions.map((m) => m.quote) ?? [];
    expect(quotes('meeting')).toContain('ويلتقي السلطان قابوس');
    expect(quotes('visit').some((q) => q.includes('ويلتقي'))).toBe(false);
  });
});

describe('what happens during a trip, told in the present', () => {
  it.each([
    ['وصل الرئيس التركي إلى القاهرة اليوم في زيارة رسمية يلتقي خلالها نظيره المصري.', '2024-02-14', ['visit occurred', 'meeting planned']],
    ['وصل الرئيس التركي إلى القاهرة أمس في زيارة رسمية التقى خلالها نظيره المصري.', '2024-02-14', ['visit occurred', 'meeting occurred']],
  ])('is still to come while the trip lasts: %s', (text, published, expected) => {
    expect(dated(extract(text, published)).map((e) => `${e.type} ${e.modality}`)).toEqual(expected);
  });
});

describe('a mention holds its date only when nothing else is told between them', () => {
  it('«اليوم، في زيارة … يلتقي خلالها …؛ لبحث …»: the day is the visit\'s, not the words of the talks\' purpose', () => {
    const text = 'وصل رئيس وزراء الهند إلى مسقط، اليوم الأربعاء، في زيارة رسمية، يلتقي خلالها سلطان عمان؛ لبحث سبل تعزيز العلاقات الثنائية.';
    const quotes = extract(text, '2025-12-17').flatMap((e) => e.mentions.map((m) => m.quote));
    expect(quotes.some((q) => q.includes('لبحث سبل'))).toBe(true);
    expect(quotes.filter((q) => q.includes('لبحث سبل')).every((q) => !q.includes('اليوم الأربعاء'))).toBe(true);
  });
});

describe('a trip told as done earlier in the story', () => {
  const news = 'التقى وزير الخارجية الإيطالي لويجي دي مايو أمس رئيس الحكومة الليبية في طرابلس. ';
  const withTrip = (text: string) => dated(extract(news + text, '2021-03-22')).find((e) => e.mentions.some((m) => m.quote.includes(text.slice(0, 12))));
  it('is the trip of the day\'s news', () => {
    expect(withTrip('ووصل دي مايو في وقت سابق إلى طرابلس في زيارة غير معلنة.')).toBeDefined();
  });
});

describe('what the text splits stays split', () => {
  it.each([
    ['أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالين هاتفيين منفصلين مع الرئيس الإيراني مسعود بزشكيان وولي العهد السعودي الأمير محمد بن سلمان.', ['Salman', 'Pezeshkian']],
    ['أجرى وزير الخارجية اتصالين هاتفيين منفصلين مع نظيريه القطري والعماني أمس.', ['Oman', 'Qatar']],
  ])('two separate calls are two events, one with each party: %s', (text, parties) => {
    const calls = dated(extract(text, '2025-06-09'));
    expect(calls.map(brief)).toEqual(['call 2025-06-08..2025-06-08', 'call 2025-06-08..2025-06-08']);
    const counterparts = calls.map((c) => c.participants.at(-1)!.nameEn);
    expect(parties.map((p) => counterparts.filter((n) => n.includes(p)).length)).toEqual([1, 1]);
  });
  it.each([
    // «الرئيسين الألماني والإيراني»: the presidents of the two countries on the day.
    ['تلقى الرئيس اللبناني ميشال عون أمس اتصالين هاتفيين من الرئيسين الألماني والإيراني.', ['rouhani', 'steinmeier']],
    // A person stands for the country named with him; a relative clause after the parties names none of them.
    ['وتلقى عون أمس اتصالين من الرئيسين الألماني فرانك فالتر شتاينماير والإيراني حسن روحاني، اللذين أعربا عن تضامنهما مع لبنان.', ['rouhani', 'steinmeier']],
    ['وأجرى الوزير أمس لقاءات منفصلة مع نظرائه المصري والأردني.', ['EG', 'JO']],
  ])('a dual, or a plural said to be separate, is one event with each party: %s', (text, parties) => {
    const events = dated(extract(text, '2020-08-07'));
    expect(events.map((e) => e.participants.at(-1)!.entityId).sort()).toEqual(parties);
  });
  it.each([
    // Calls made («أجرى … اتصالات مع») with two people named: one with each; the country they talked about is not a third.
    ['أجرى وزير الخارجية الأمريكي أنتوني بلينكن أمس اتصالات مع وزيري الخارجية السعودي فيصل بن فرحان والإماراتي عبدالله بن زايد بشأن الملف اليمني.', ['abz', 'faisalbinfarhan']],
    ['وأجرى الرئيس التونسي قيس سعيد اتصالات مع الرئيس المصري عبد الفتاح السيسي والرئيس الجزائري عبد المجيد تبون أمس.', ['sisi', 'tebboune']],
  ])('calls made with several people are one with each: %s', (text, parties) => {
    const calls = dated(extract(text, '2022-01-05')).filter((e) => e.type === 'call');
    expect(calls.map((c) => c.participants.filter((p) => p.kind === 'person').at(-1)!.entityId).sort()).toEqual(parties);
  });
  it.each([
    ['وأكد الوزير أهمية استمرار الاتصالات مع الأطراف اليمنية أمس.'],
    ['وشدد الوزير أمس على مواصلة الاتصالات مع وزير الخارجية السعودي.'],
  ])('contacts in general are no call: %s', (text) => {
    expect(dated(extract(text, '2022-01-05')).filter((e) => e.type === 'call')).toEqual([]);
  });
  it('the parties of a dual are named before the next event\'s words: a dual of visits then another dual of visits', () => {
    const text = 'وشهدت العلاقات زيارتين لولي العهد السعودي الأمير محمد بن سلمان إلى الهند في عامي 2019 و2023، إلى جانب زيارتين لرئيس الوزراء الهندي ناريندرا مودي إلى السعودية في عامي 2016 و2019.';
    const visits = dated(extract(text, '2025-04-22')).map((e) => `${e.date!.start.slice(0, 4)} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(' + ')}`);
    expect(visits.sort()).toEqual(['2016 Narendra Modi', '2019 Mohammed bin Salman', '2019 Narendra Modi', '2023 Mohammed bin Salman']);
  });
  it('«كلا على حدة» after a verb: one meeting with each party, not with the verb\'s subject, each told by its own words', () => {
    const events = dated(extract('التقى، اليوم الأربعاء، عضو مجلس القيادة الرئاسي محمود الصبيحي بالسفيرة الفرنسية والسفير الألماني لدى اليمن، كلا على حدة.', '2026-01-28'));
    expect(events.map((e) => e.participants.map((p) => p.entityId).at(-1))).toEqual(['FR', 'DE']);
    expect(events[1]!.mentions[0]!.quote).toBe('والسفير الألماني لدى اليمن');
  });
  it('«كل على حدة» with three parties: three meetings, none folded into another, each told by the words naming its party', () => {
    const text = 'وفي وقت سابق الثلاثاء، التقى وزير الخارجية التركي هاكان فيدان نظيريه السعودي فيصل بن فرحان، والتونسي محمد علي النفطي، كل على حدة، ومع الممثل الأعلى للاتحاد الأوروبي جوزيب بوريل.';
    const events = dated(extract(text, '2024-09-11'));
    // The High Representative stands for the European Union: one party, not two.
    expect(events.map((e) => e.participants.map((p) => p.nameEn).sort().join(' + ')).sort()).toEqual(
      ['Faisal bin Farhan + Hakan Fidan', 'Hakan Fidan + Josep Borrell', 'Hakan Fidan + Mohamed Ali Nafti']);
    const nafti = events.find((e) => e.participants.some((p) => p.nameEn === 'Mohamed Ali Nafti'))!;
    expect(nafti.mentions[0]!.quote).toBe('والتونسي محمد علي النفطي');
    expect(events.find((e) => e.participants.some((p) => p.nameEn === 'Josep Borrell'))!.mentions[0]!.quote).toContain('جوزيب بوريل');
  });
  it('one call with two people is one event', () => {
    expect(dated(extract('أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا مع الرئيس الإيراني مسعود بزشكيان وولي العهد السعودي الأمير محمد بن سلمان.', '2025-06-09')).length).toBe(1);
  });
});

describe('talks a signing was held at', () => {
  it.each([
    // Talks told by a verb of discussing in a sentence of their own, and the signing «during the meeting» after them.
    ['بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري اليوم العلاقات الثنائية. ووقع الجانبان خلال اللقاء مذكرة تفاهم للتشاور السياسي.', ['agreement 2023-04-10..2023-04-10', 'meeting 2023-04-10..2023-04-10']],
    ['التقى وزير الخارجية الأردني أيمن الصفدي اليوم نظيره المصري سامح شكري. ووقع الجانبان خلال اللقاء مذكرة تفاهم للتشاور السياسي.', ['agreement 2023-04-10..2023-04-10', 'meeting 2023-04-10..2023-04-10']],
  ])('are an event of their own: %s', (text, expected) => {
    expect(dated(extract(text, '2023-04-10')).map(brief).sort()).toEqual(expected);
  });
});

describe('a lead that is someone speaking', () => {
  it('is a statement when nothing done or planned is told in it', () => {
    const events = dated(extract('قال وزير الخارجية الإيراني محمد جواد ظريف، الأحد، إنه لا يستطيع تلبية دعوة لزيارة السعودية.', '2014-06-01'));
    expect(events.map(brief)).toEqual(['statement 2014-06-01..2014-06-01']);
    expect(events[0]!.participants.map((p) => p.nameEn)).toEqual(['Mohammad Javad Zarif']);
  });
  it('is a statement of a state that speaks as its subject, not of a state named after a preposition', () => {
    const events = dated(extract('استنكرت الأردن، بأشد العبارات، قرار البرلمان الأوروبي الأخير بشأن المساعدات، ووصفته بأنه تدخل في شؤونها.', '2022-03-09'));
    expect(events.map(brief)).toEqual(['statement 2022-03-09..2022-03-09']);
    expect(events[0]!.participants.map((p) => p.nameEn)).toEqual(['Jordan']);
    expect(dated(extract('قال في الأردن، يوم الأربعاء، إن القرار تدخل في الشؤون الداخلية.', '2022-03-09'))).toEqual([]);
  });
  it.each([
    // «وصف», «حذر» report speech as «قال» does.
    ['وصف وزير الخارجية الإيراني عباس عراقجي، الأربعاء، الكويت بأنها شريك موثوق في المنطقة.', '2025-11-12', ['statement 2025-11-12..2025-11-12']],
    ['حذر وزير الخارجية الإيراني، الأحد، من اتساع الحرب في المنطقة.', '2024-10-20', ['statement 2024-10-20..2024-10-20']],
    // «دعا … إلى» urging something to be done speaks; urging a visit or a summit invites.
    ['دعا وزير الخارجية العراقي، الإثنين، دول الجوار إلى تسهيل عبور الشاحنات التجارية.', '2016-07-25', ['statement 2016-07-25..2016-07-25']],
    ['دعت وزيرة الخارجية الإسبانية، الخميس، إلى وقف فوري لإطلاق النار.', '2024-02-15', ['statement 2024-02-15..2024-02-15']],
    ['دعا الرئيس الجزائري، الإثنين، نظيره التونسي لزيارة الجزائر.', '2016-07-25', ['invitation 2016-07-25..2016-07-25']],
  ])('is a statement whatever the verb of speaking: %s', (text, published, expected) => {
    expect(dated(extract(text, published)).map(brief).sort()).toEqual(expected);
  });
  it('is a source when the lead tells an event', () => {
    expect(dated(extract('قال وزير الخارجية الإيراني محمد جواد ظريف، الأحد، إنه التقى نظيره العماني في مسقط.', '2014-06-01')).map(brief)).toEqual(['meeting 2014-06-01..2014-06-01']);
  });
  it.each([
    // Someone speaking for a body, unnamed, after the verb; the body named bare, of the country the dateline opens with;
    // the dateline on a line of its own is no lead.
    ['وكالة الأنباء -صنعاء/29/5/2020:\nاستنكر مصدر مسؤول بوزارة الخارجية، تجديد الاتحاد الأوروبي للعقوبات المفروضة على سوريا.', '2020-05-29', 'Foreign Ministry of Yemen'],
    ['الرباط – أدان مصدر رسمي في وزارة الخارجية، بشدة، الهجوم الذي استهدف قافلة إنسانية.', '2024-03-02', 'Foreign Ministry of Morocco'],
    ['القاهرة – أعرب متحدث باسم وزارة الخارجية عن قلق بلاده البالغ من التصعيد في المنطقة.', '2024-04-14', 'Foreign Ministry of Egypt'],
  ])('is a statement of the body someone speaks for: %s', (text, published, body) => {
    const events = dated(extract(text, published));
    expect(events.map(brief)).toEqual([`statement ${published}..${published}`]);
    expect(events[0]!.participants.map((p) => p.nameEn)).toEqual([body]);
  });
});

describe('talks told in a headline', () => {
  it('are those of the event with their people, not of another told with one of them', () => {
    const text = 'الدبيبة وإردوغان يتفقان على مواصلة التنسيق\nاتفق رئيس الحكومة الليبية عبد الحميد الدبيبة مع الرئيس التركي رجب طيب إردوغان على مواصلة التنسيق. جاء ذلك خلال اتصال هاتفي اليوم الجمعة. ويوم الإثنين الماضي، التقى الدبيبة السفير التركي لدى ليبيا.';
    const events = dated(extract(text, '2025-11-07'));
    const call = events.find((e) => e.type === 'call');
    expect(call?.mentions.some((m) => m.quote.startsWith('الدبيبة وإردوغان يتفقان'))).toBe(true);
    expect(events.find((e) => e.type === 'meeting')?.mentions.some((m) => m.quote.startsWith('الدبيبة وإردوغان'))).toBe(false);
  });
});

describe('a headline tells the main event', () => {
  it('a headline without a trigger is a passage of the event the lead tells', () => {
    const events = extract('بوريطة ونظيره الصيني يعززان علاقات البلدين\nأجرى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس مباحثات هاتفية مع نظيره الصيني وانغ يي.', '2020-10-22');
    expect(dated(events).map(brief)).toEqual(['call 2020-10-22..2020-10-22']);
    expect(events[0]!.mentions.map((m) => m.quote)).toContain('بوريطة ونظيره الصيني يعززان علاقات البلدين');
  });
  it.each([
    // The reception a headline names, not the guest's visit told beside it; the background visit neither.
    ['الأسد يستقبل وزير الخارجية العماني في دمشق\nاستقبل الرئيس السوري بشار الأسد وزير الخارجية العماني يوسف بن علوي، الإثنين، في دمشق، في أول زيارة لمسؤول خليجي إلى دمشق منذ سنوات. وكان وزير الخارجية العماني يوسف بن علوي وصل إلى دمشق صباح الإثنين.', '2015-10-27', 'meeting'],
    // A lead that tells a signing during a visit: the headline names the signing.
    ['اتفاقية تعاون جديدة بين تونس والبرازيل\nوقع كاتب الدولة للشؤون الخارجية، خالد السهيلي، خلال زيارة إلى البرازيل أمس الأحد، اتفاقية تعاون في مجال التعليم مع نائب وزير الخارجية البرازيلي. وتناول الجانبان خلال الاجتماع العلاقات الثنائية بين البلدين.', '2019-03-18', 'agreement'],
    ['بوتين يزور مصر للمرة الأولى منذ عشر سنوات\nوصل الرئيس الروسي فلاديمير بوتين اليوم الإثنين إلى القاهرة في زيارة رسمية. وتعتبر هذه الزيارة هي الأولى بعد الثورة المصرية، والأولى منذ زيارة الرئيس الروسي للرئيس المصري السابق حسني مبارك في سنة 2005.', '2015-02-09', 'visit 2015-02-09'],
  ])('a headline joins the event of the kind it names, the day\'s news before a background event: %s', (text, published, expected) => {
    const events = dated(extract(text, published));
    const headline = text.split('\n')[0]!;
    const holder = events.filter((e) => e.mentions.some((m) => m.start === 0 && headline.startsWith(m.quote))).map((e) => (expected.includes(' ') ? `${e.type} ${e.date!.start}` : e.type));
    expect(holder).toEqual([expected]);
  });
  it('a line that holds a web address is no headline of the story', () => {
    const events = extract('بوريطة ونظيره الصيني يعززان علاقات البلدين\nالرابط المختصر للخبر https://example.com/a1b2\nأجرى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس مباحثات هاتفية مع نظيره الصيني وانغ يي.', '2020-10-22');
    expect(dated(events).map(brief)).toEqual(['call 2020-10-22..2020-10-22']);
    expect(events[0]!.mentions.map((m) => m.quote)).not.toContain('الرابط المختصر للخبر https://example.com/a1b2');
  });
  it('a meeting with an official the gazetteer does not know is a meeting, not his country receiving the guest', () => {
    const events = dated(extract('التقى رئيس أركان الجيش الإندونيسي أمس وزير الخارجية المصري سامح شكري الذي وصل إلى جاكرتا في أول زيارة له.', '2019-05-08'));
    expect(events.map((e) => e.type).sort()).toEqual(['meeting', 'visit']);
  });
  it('names the trip after who makes it and the reception after both sides', () => {
    const events = dated(extract('استقبل الرئيس السوري بشار الأسد، وزير الخارجية الإيراني محمد جواد ظريف، الذي وصل إلى دمشق صباح اليوم الأربعاء.', '2014-01-15'));
    expect(events.map((e) => `${e.type}: ${e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).join(', ')}`)).toEqual([
      'visit: zarif, assad', 'meeting: assad, zarif',
    ]);
  });
  it('two calls told together, each party named with a title after a comma: the title is the name\'s before it, and an envoy\'s principal takes no part', () => {
    const text = 'أجرى وزير الخارجية المصري بدر عبد العاطي اليوم اتصالين هاتفيين منفصلين مع كل من عباس عراقجي، وزير الخارجية الإيراني، وستيف ويتكوف، مبعوث الرئيس الأمريكي الخاص للشرق الأوسط.';
    const calls = dated(extract(text, '2025-06-17')).filter((e) => e.type === 'call');
    expect(calls.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).sort().join(', ')).sort()).toEqual(['abdelatty, araghchi', 'abdelatty, witkoff']);
  });
  it.each([
    ['وصل الرئيس التركي رجب طيب أردوغان اليوم إلى تونس في زيارة غير معلنة. لكن زيارة أردوغان تأتي في وقت يسود فيه التوتر بين أنقرة وحفتر في ليبيا.', ['visit 2019-12-25 Tunisia']],
    ['وصل الرئيس التركي رجب طيب أردوغان اليوم إلى تونس في زيارة رسمية. وتأتي الزيارة في ظل التصعيد العسكري في ليبيا.', ['visit 2019-12-25 Tunisia']],
  ])('places and people of what a visit came amid («في وقت يسود فيه …», «في ظل …») are not the visit\'s: %s', (text, expected) => {
    expect(dated(extract(text, '2019-12-25')).map((e) => `${e.type} ${e.date!.start} ${e.location?.nameEn ?? '-'}`)).toEqual(expected);
  });
  it('a source whose sentence tells no event («وبحسب بيان نشرته وزارة الخارجية الإيطالية، فإنه جرى التأكيد على …») is where the story\'s event is told', () => {
    const text = 'التقى وزير الخارجية التركي نظيره الإيطالي في روما يوم الخميس 5 ديسمبر 2019. وبحسب بيان نشرته وزارة الخارجية الإيطالية في تويتر، فإنه جرى التأكيد على أهمية الحوار البناء بين روما وأنقرة.';
    expect(dated(extract(text, '2019-12-05')).map((e) => e.type)).toEqual(['meeting']);
  });
  it('«أيضا» after a verb of meeting tells another meeting than the one told before, whoever it names', () => {
    const text = 'التقى وزير الخارجية السوري، اليوم الجمعة، مع وزير الداخلية الألماني، على هامش مؤتمر ميونخ للأمن. والتقى الوزير، اليوم الجمعة أيضا، رئيسة البنك الأوروبي لإعادة الإعمار والتنمية.';
    expect(dated(extract(text, '2026-02-13')).filter((e) => e.type === 'meeting')).toHaveLength(2);
  });
  it('«على وقع» (amid) is no signing, and what follows it names no one of the event: no verb follows a preposition', () => {
    const text = 'استقبل رئيس الوزراء الأردني بشر الخصاونة اليوم وزير الخارجية الألماني هايكو ماس. وتأتي زيارة الوزير الألماني إلى الأردن على وقع تصاعد التوتر الإيراني الإسرائيلي.';
    expect(extract(text, '2021-03-10').map((e) => `${e.type}: ${e.participants.map((p) => p.nameEn).join(', ')}`)).toEqual(['meeting: Bisher Khasawneh, Heiko Maas']);
  });
  it('a trip told in a relative clause is told by that clause alone, not by the day and the counterpart of the talks before it', () => {
    const text = 'عقد الرئيس الكيني ويليام روتو جلسة مباحثات رسمية، اليوم، مع نظيره الصومالي حسن شيخ محمود، الذي يزور نيروبي حاليا، تناولت تعزيز العلاقات.';
    const events = dated(extract(text, '2022-09-14'));
    expect(events.map((e) => `${e.type} ${e.date!.start}: ${e.mentions.map((m) => m.quote).join(' | ')}`)).toEqual([
      'visit 2022-09-14: الذي يزور نيروبي حاليا',
      'meeting 2022-09-14: عقد الرئيس الكيني ويليام روتو جلسة مباحثات رسمية، اليوم، مع نظيره الصومالي حسن شيخ محمود | تناولت تعزيز العلاقات',
    ]);
  });
  it.each([
    // «غادر … البلاد» names no place: nobody is known to be of the visited country.
    ['غادر الرئيس الفرنسي إيمانويل ماكرون البلاد اليوم بعد زيارة رسمية استغرقت يوما واحدا، وأجرى خلالها محادثات مع رئيس الجمهورية إسماعيل عمر جيله.', 'macron', 'guelleh', 'macron'],
    ['وصل وزير الخارجية المصري سامح شكري اليوم إلى موسكو في زيارة رسمية، وعقد خلالها جلسة مباحثات مع نظيره الروسي سيرغي لافروف.', 'shoukry', 'lavrov', 'shoukry, lavrov'],
  ])('talks a clause of «و» tells «خلالها» a trip are held apart from it, by the traveller, whose hosts the trip names after him: %s', (text, traveller, host, visit) => {
    const events = dated(extract(text, '2019-03-13'));
    expect(events.map((e) => `${e.type}: ${e.participants.filter((p) => p.kind === 'person').map((p) => p.entityId).join(', ')}`).sort()).toEqual([
      `meeting: ${traveller}, ${host}`, `visit: ${visit}`,
    ]);
  });
  it.each([
    // A signing told after «حيث» where the talks of the clause before were held is its own event…
    ['أجرى الملك عبدالله الثاني والرئيس الكوري لي ميونغ باك مباحثات في سيؤول اليوم. وأعرب الملك عن سعادته بلقاء الرئيس الكوري مرة أخرى، حيث تم اليوم التوقيع على مذكرة تفاهم بين وزيري خارجية البلدين.', 'حيث تم اليوم التوقيع'],
    // … and so is one told «خلال الاجتماع»: the talks named only to place it do not tell it again.
    ['اجتمع وزير الدولة القطري اليوم مع وزير الخارجية الصيني وانغ يي في بكين. وجرى خلال الاجتماع التوقيع على اتفاقية بشأن الإعفاء المتبادل من التأشيرات.', 'وجرى خلال الاجتماع التوقيع'],
  ])('a signing held at talks, in words of its own, is an event apart from them: %s', (text, signingWords) => {
    const events = dated(extract(text, '2012-03-25'));
    const at = text.indexOf(signingWords);
    const telling = events.filter((e) => e.mentions.some((m) => m.start <= at && at < m.end)).map((e) => e.type);
    expect(telling).toEqual(['agreement']);
    expect(events.map((e) => e.type)).toContain('meeting');
  });
  it('a signing a clause tells as done by a past verb of doing and its subject («وتولى الوزيران التوقيع») is on the story\'s day', () => {
    const text = 'التقى وزير الخارجية التونسي نظيره الأرجنتيني في بوينس آيرس اليوم الثلاثاء. وتولى الوزيران التوقيع على اتفاقيتي تعاون في مجال التعليم.';
    expect(onTheTimeline(extract(text, '2019-05-07'))).toContain('agreement occurred 2019-05-07');
  });
  it('a lead that is someone speaking takes the headline, not an event the story tells further down', () => {
    const text = 'رئيس تركمانستان: مستعدون لاستضافة المفاوضات\nقال رئيس تركمانستان قربان قولي بردي محمدوف الثلاثاء، إنه مستعد لاستضافة المفاوضات في عشق آباد. وأضاف خلال زيارته موسكو، حيث اجتمع مع الرئيس الروسي فلاديمير بوتين، أن بلاده تدعم الحوار.';
    const events = dated(extract(text, '2017-03-14'));
    const holder = events.filter((e) => e.mentions.some((m) => m.start === 0)).map((e) => e.type);
    expect(holder).toEqual(['statement']);
  });
  it.each([
    ['• حرارة فوق العادة.. علاش الصهد زايد هاد العام؟\n• رئيس الفيفا للوداد: بلدكم العاشق لكرة القدم يفتخر بكم\nبوريطة ونظيره الصيني يعززان علاقات البلدين\nأجرى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس مباحثات هاتفية مع نظيره الصيني وانغ يي.'],
    ['الخميس 22 أكتوبر 2020 على الساعة 11:58\nبوريطة ونظيره الصيني يعززان علاقات البلدين\nأجرى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس مباحثات هاتفية مع نظيره الصيني وانغ يي.'],
  ])('bulleted links and a time stamp above a story are no headlines of it, and do not hide the one below them: %s', (text) => {
    const quotes = extract(text, '2020-10-22')[0]!.mentions.map((m) => m.quote);
    expect(quotes.filter((q) => q.includes('الصهد') || q.includes('الفيفا') || q.includes('11:58'))).toEqual([]);
    expect(quotes).toContain('بوريطة ونظيره الصيني يعززان علاقات البلدين');
  });
  it('a short site line is not a headline of the story', () => {
    const events = extract('الرئيسية\nأجرى وزير الخارجية المغربي ناصر بوريطة اليوم الخميس مباحثات هاتفية مع نظيره الصيني وانغ يي.', '2020-10-22');
    expect(events[0]!.mentions.map((m) => m.quote)).not.toContain('الرئيسية');
  });
});

describe('a denied event is not planned again by the story that denies it', () => {
  const denial = 'نفى مصدر دبلوماسي صحة الأنباء التي تحدثت عن زيارة الرئيس المصري محمد مرسي لدولة الإمارات قريباً. وقال المصدر إن وفدا غادر القاهرة أمس للتمهيد لزيارة الرئيس مرسي المنتظرة للإمارات.';
  it('folds the plan into the denial, which stays off the timeline', () => {
    const events = extract(denial, '2013-03-14');
    expect(events.map((e) => `${e.type} ${e.modality}`)).toEqual(['visit negated']);
    expect(dated(events)).toEqual([]);
    // The plan's passage is kept as a mention of the denied claim, and «الرئيس مرسي» is the person named before.
    expect(events[0]!.mentions.some((m) => m.quote.includes('المنتظرة'))).toBe(true);
    expect(events[0]!.participants.map((p) => p.entityId)).toContain('morsi');
  });
  it('keeps a plan of another person or place', () => {
    const events = extract('نفى المتحدث أن يكون الرئيس محمد مرسي سيزور الإمارات. وقال إن وزير الخارجية محمد كامل عمرو سيزور الكويت الأسبوع المقبل.', '2013-03-14');
    expect(dated(events).map(brief)).toEqual(['visit 2013-03-18..2013-03-24']);
  });
});

describe('a headline tells the body\'s event in a tense of its own', () => {
  it('joins the body\'s planned visit, whose date and modality win', () => {
    const text = 'رئيسة وزراء إيطاليا تزور الجزائر بعد شهر رمضان.. ما السبب؟\nأفادت الرئاسة الجزائرية اليوم الثلاثاء بأن جورجيا ميلوني رئيسة وزراء إيطاليا ستقوم بزيارة إلى الجزائر بعد شهر رمضان.';
    const visits = extract(text, '2026-02-03').filter((e) => e.type === 'visit');
    expect(visits.map((e) => `${e.modality} ${e.date?.start}..${e.date?.end}`)).toEqual(['planned 2026-03-20..2026-04-18']);
    expect(visits[0]!.mentions.some((m) => m.quote.includes('تزور'))).toBe(true);
  });
});

describe('a plan an article puts off is the postponed event, not a plan of its own', () => {
  it('folds the scheduled summit and the leaders\' trip to it into the postponement', () => {
    const text = 'أعلنت الحكومة العراقية، الأربعاء، عن قرار يقضي بتأجيل القمة الثلاثية المقرر عقدها في بغداد غدا. وكان من المقرر أن يصل ملك الأردن عبد الله الثاني إلى العاصمة بغداد يوم غد الخميس لعقد القمة. وقال المتحدث إن القمة التي كان من المقرر عقدها يوم غد الخميس في بغداد ستعقد لاحقا.';
    const events = extract(text, '2021-04-07');
    // What happened that day is the government's announcement; the summit did not.
    expect(dated(events).map(brief)).toEqual(['other 2021-04-07..2021-04-07']);
    const summit = events.find((e) => e.modality === 'postponed');
    expect(summit?.type).toBe('conference');
    expect(summit?.mentions.some((m) => m.quote.includes('يصل'))).toBe(true);
  });
  it('folds the plan told with its place into the trip put off without one, when the same person makes both', () => {
    const text = 'أعلن متحدث باسم وزارة الخارجية الباكستانية أن وزير الخارجية السعودي عادل الجبير أجّل زيارته التي كانت مقررة اليوم الأحد. وأشار التلفزيون إلى أن الجبير كان سيزور باكستان في زيارة رسمية تستمر يومين بدءا من اليوم الأحد.';
    const events = extract(text, '2016-01-03');
    expect(dated(events).filter((e) => e.type === 'visit')).toEqual([]);
    const trip = events.find((e) => e.modality === 'postponed');
    expect(trip?.mentions.some((m) => m.quote.includes('سيزور باكستان'))).toBe(true);
  });
  it.each([
    ['تلقت مدريد أمس الأحد رسالة تشير إلى تأجيل زيارة وزير الخارجية الإسباني خوسيه مانويل ألباريس إلى الجزائر. وكان بيان لوزارة الخارجية قد أكد أن ألباريس سيزور الجزائر يوم الاثنين 12 فبراير.', '2024-02-12'],
    ['أعلنت الرئاسة اليوم تأجيل زيارة الرئيس التركي رجب طيب أردوغان إلى تونس. وكان من المقرر أن يزور أردوغان تونس يوم 27 ديسمبر.', '2019-12-25'],
    // Put off on no day the text tells: the plan told as what was to be.
    ['أكدت صحيفة أنه تم تأجيل رحلة رئيس الوزراء الهندي ناريندرا مودي إلى الإمارات. وكان من المقرر أن يزور مودي الإمارات في 4 يناير.', '2021-12-30'],
  ])('folds a plan for a day shortly after the postponement was told into it: %s', (text, published) => {
    const events = extract(text, published);
    expect(dated(events).filter((e) => e.type === 'visit')).toEqual([]);
    expect(events.find((e) => e.modality === 'postponed' && e.type === 'visit')?.mentions.length).toBe(2);
  });
  it.each([
    ['أكدت مصادر تأجيل زيارة الرئيس الإيراني إبراهيم رئيسي إلى تركيا. وقالت المصادر إن زيارة رئيسي التي كانت مرتقبة يوم 28 نوفمبر إلى أنقرة ستناقش ملفات عدة.', '2023-11-20'],
    ['نقلت صحيفة خبر إرجاء جولة المستشار الألماني أولاف شولتس في أفريقيا. وأضافت الصحيفة أن جولة شولتس التي كانت منتظرة في 6 مارس المقبل تشمل كينيا وإثيوبيا.', '2024-02-25'],
  ])('folds a plan whose relative clause says it was to be into a postponement told on no day: %s', (text, published) => {
    const events = extract(text, published);
    expect(dated(events).filter((e) => e.type === 'visit')).toEqual([]);
    expect(events.find((e) => e.modality === 'postponed' && e.type === 'visit')?.mentions.some((m) => m.quote.includes('التي كانت'))).toBe(true);
  });
  it('keeps the event given as the reason («بسبب ارتباطه بزيارة …») apart from the event it puts off', () => {
    const text = 'قرر وزير الخارجية التركي أحمد داود أوغلو اليوم إرجاء زيارة مقررة للعراق بعد غد الثلاثاء بسبب ارتباطه بزيارة رسمية سيقوم بها الرئيس عبد الله غول إلى اليمن غدا.';
    const events = extract(text, '2011-01-09');
    expect(dated(events).map(brief)).toEqual(['visit 2011-01-10..2011-01-10']);
    expect(dated(events)[0]!.location?.nameEn).toBe('Yemen');
    expect(events.find((e) => e.modality === 'postponed')?.location?.nameEn).toBe('Iraq');
  });
  it('keeps another person\'s plan apart from a trip put off without a place', () => {
    const text = 'أعلن متحدث أن وزير الخارجية السعودي عادل الجبير أجّل زيارته التي كانت مقررة اليوم الأحد. ومن المقرر أن يزور وزير الخارجية الإيراني محمد جواد ظريف باكستان اليوم الأحد.';
    expect(dated(extract(text, '2016-01-03')).filter((e) => e.type === 'visit').map((e) => e.modality)).toEqual(['planned']);
  });
});

describe('a plan put off or called off as done: the decision is the news of its day', () => {
  it.each([
    // A verb of calling off in the past, before or after the plan, and the noun after a word of doing or deciding.
    ['ألغى وزير الخارجية الأمريكي ماركو روبيو رحلته إلى إسرائيل التي كانت مقررة يوم غد الإثنين.', '2026-03-01', ['other 2026-03-01..2026-03-01'], 'Rubio: visit called off'],
    ['الزيارة التي كانت مقررة الخميس المقبل ألغيت.', '2023-03-02', ['other 2023-03-02..2023-03-02'], 'visit called off'],
    ['قرر الجانبان تأجيل الزيارة إلى موعد مناسب للطرفين في المستقبل القريب.', '2019-12-13', ['other 2019-12-13..2019-12-13'], 'visit postponed'],
    ['تم إلغاء المحادثات المقررة بين الرئيس وولي عهد أبوظبي بسبب مشكلة غير متوقعة.', '2022-01-17', ['other 2022-01-17..2022-01-17'], 'Mohamed bin Zayed: meeting called off'],
    // Told as what had been done before the story, or of a plan long over, it is no news of the article's day.
    ['وكان الرئيس المكسيكي ألغى زيارة إلى البيت الأبيض كانت مقررة في الحادي والثلاثين من يناير الماضي.', '2017-02-15', [], null],
    ['وكان من المقرر أن يزور الوزير دمشق في أكتوبر 2010، إلا أن الزيارة تأجلت دون الإعلان عن الأسباب.', '2024-01-01', [], null],
    // Neither a call-off that may come nor one denied is a decision.
    ['قد يلغي الرئيس زيارته إلى باريس الأسبوع المقبل.', '2023-03-02', [], null],
    ['لم يلغ الرئيس زيارته إلى باريس المقررة الأسبوع المقبل.', '2023-03-02', [], null],
  ])('%s', (text, published, expected, title) => {
    const decisions = dated(extract(text, published)).filter((e) => e.type === 'other');
    expect(decisions.map(brief)).toEqual(expected);
    if (title) expect(decisions[0]!.title.en).toBe(title);
  });
  it('the statement that tells it stays a statement, a verb of calling off after it notwithstanding', () => {
    const events = dated(extract('وقال وزير الخارجية الأرجنتيني في بيان صدر السبت إن الزيارة ألغيت.', '2010-01-18'));
    expect(events.map((e) => `${e.type} ${e.title.en}`).sort()).toEqual(['other Taiana: visit called off', 'statement Taiana statement']);
  });
});

describe('someone speaking on a day of his own', () => {
  const lead = 'استقبل الرئيس التركي رجب طيب أردوغان اليوم الاثنين وزير الخارجية الإيراني. ';
  it.each([
    // A day put first in the sentence, or told between the verb and what was said, dates the speaking.
    ['وفي يونيو الماضي، قال وزير الخارجية المجري بيتر سيارتو إنه يحافظ على اتصالاته مع لافروف.', '2023-09-11', ['statement 2023-06-01..2023-06-30']],
    ['وصرح وزير الخارجية التركي هاكان فيدان، يوم 15 نوفمبر الجاري، بأن بلاده تدعم الحل السياسي.', '2025-11-24', ['statement 2025-11-15..2025-11-15']],
    // A day after what was said is what was said's («زار موسكو في يونيو»), and a year alone places too loosely.
    ['وقال الوزير الإيراني إن الرئيس زار موسكو في يونيو الماضي.', '2023-09-11', []],
    ['وفي عام 2019، قال وزير الخارجية المجري بيتر سيارتو إن العلاقات متينة.', '2023-09-11', []],
    // On the day of an event of his, he speaks of it: the speaking joins it.
    ['وقال أردوغان يوم الاثنين إن العلاقات بين البلدين متينة.', '2023-09-12', []],
  ])('%s', (text, published, expected) => {
    const events = dated(extract(lead + text, published));
    expect(events.some((e) => e.type === 'meeting')).toBe(true);
    expect(events.filter((e) => e.type === 'statement').map(brief)).toEqual(expected);
  });
});

describe('who announces that an event is put off makes the news of the day', () => {
  it.each([
    ['وأعلن وزير الخارجية السعودي، فيصل بن فرحان، اليوم تأجيل زيارة رئيس الوزراء العراقي إلى الرياض.', '2020-07-20', 'other 2020-07-20..2020-07-20', 'Faisal bin Farhan'],
    ['أفادت مصادر حكومية يابانية، يوم الاثنين، بأن رئيس دولة الإمارات سيؤجل زيارته إلى طوكيو التي كانت مقررة الأحد المقبل.', '2026-02-02', 'other 2026-02-02..2026-02-02', 'Mohamed bin Zayed'],
  ])('%s', (text, published, expected, person) => {
    const events = extract(text, published);
    expect(dated(events).map(brief)).toEqual([expected]);
    expect(dated(events)[0]!.participants.map((p) => p.nameEn)).toContain(person);
    expect(events.some((e) => e.modality === 'postponed' && e.type === 'visit')).toBe(true);
  });
  it('a presidency\'s statement that is the news has among its people whose visit it puts off', () => {
    const text = 'أفاد بيان للرئاسة الموريتانية، اليوم الجمعة 13 مارس 2020، أن رئيس الجمهورية، محمد ولد الشيخ الغزواني قد أجل زيارته للشقيقة السنغال، وذلك على خلفية تفشي الوباء.\n\nوجاء في بيان الرئاسة أن الرئيس الغزواني أبلغ نظيره السنغالي ماكي سال في مكالمة هاتفية اليوم بتأجيل زيارته إلى السنغال المقرر أداؤها يومي 16 و17 مارس الجاري.';
    const statement = dated(extract(text, '2020-03-13')).find((e) => e.type === 'statement');
    expect(statement?.participants.map((p) => p.nameEn)).toContain('Mohamed Ould Ghazouani');
  });
  it('a report of what was done on a trip over before its day is the day\'s news, and what it reports keeps the trip\'s days', () => {
    const text = 'اختتم رئيس مفوضية الاتحاد الأفريقي موسى فكي أمس زيارة إلى السودان استمرت ثلاثة أيام. وقال الاتحاد الأفريقي في بيان اليوم إن فكي التقى خلال الزيارة بالفاعلين السياسيين والعسكريين.';
    const events = dated(extract(text, '2022-02-15')).map(brief);
    expect(events).toContain('statement 2022-02-15..2022-02-15');
    expect(events.filter((e) => e !== 'statement 2022-02-15..2022-02-15' && e.includes('2022-02-15..'))).toEqual([]);
  });
  it('the announcement does not rest on the words of the plan that was put off', () => {
    const text = 'أعلنت الرئاسة تأجيل زيارة الرئيس إلى باريس التي كانت مقررة غدا.';
    const [statement] = dated(extract(text, '2026-02-02'));
    expect(statement?.mentions.map((m) => m.quote)).toEqual(['أعلنت الرئاسة تأجيل زيارة الرئيس إلى باريس']);
  });
  it('a denial is not an announcement of its own', () => {
    expect(dated(extract('نفى مصدر دبلوماسي اليوم صحة الأنباء عن زيارة الرئيس إلى الإمارات.', '2013-03-14')).map(brief)).not.toContain('statement 2013-03-14..2013-03-14');
  });
});

describe('an invitation and the meeting it invites to', () => {
  it('dates the invitation by the news and the summit by its own words, as a plan', () => {
    const text = 'تسلم الرئيس الموريتاني محمد ولد عبد العزيز دعوة من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود عاهل المملكة العربية السعودية، للمشاركة في أعمال الدورة الرابعة عشر لمؤتمر القمة الإسلامية التي ستعقد يومي 26 و27 من رمضان الجاري بمكة المكرمة.\nوذكرت الإذاعة أن الرئيس تسلم الدعوة اليوم الثلاثاء بالقصر الرئاسي في نواكشوط.';
    const events = dated(extract(text, '2019-05-14'));
    expect(events.map((e) => `${e.type} ${e.modality} ${e.date?.start}..${e.date?.end}`)).toEqual(expect.arrayContaining([
      'invitation occurred 2019-05-14..2019-05-14',
      'conference planned 2019-05-31..2019-06-01',
    ]));
    expect(events.filter((e) => e.type === 'invitation' || e.type === 'conference')).toHaveLength(2);
  });
});

describe('what a delegation does, it does on its visit', () => {
  it('dates «والتقى الوفد…» and the talks told after it by the delegation\'s arrival', () => {
    const text = 'يزور رئيس الوزراء الصين نهاية الشهر الجاري.\nوكان وفد صيني كبير وصل إلى العاصمة بغداد في نيسان من العام الجاري. والتقى الوفد النائب الأول لرئيس البرلمان حسن الكعبي. وبحث معه تنسيق التعاون في مجالات الإعمار.';
    const meetings = dated(extract(text, '2019-09-07')).filter((e) => e.type === 'meeting');
    expect(meetings.map(brief)).toEqual(['meeting 2019-04-01..2019-04-30']);
    expect(meetings[0]!.mentions.some((m) => m.quote.includes('وبحث معه'))).toBe(true);
  });
});

describe('talks named alone on the day of a call between the same two people', () => {
  it.each([
    ['تناولت المحادثات التي جمعت اليوم الخميس الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء العراقي مصطفى الكاظمي الوضع الإقليمي. وأفاد بيان الرئاسة بأن ماكرون تلقى اتصالا هاتفيا من الكاظمي.', '2021-08-12'],
    ['تركزت المباحثات بين وزير الخارجية المصري بدر عبد العاطي ونظيره الصيني وانغ يي اليوم الاثنين على الأزمة في السودان. وتلقى عبد العاطي اتصالا هاتفيا من وانغ يي اليوم.', '2024-08-05'],
  ])('are what was said on the call: %s', (text, published) => {
    expect(dated(extract(text, published)).map(brief)).toEqual([`call ${published}..${published}`]);
  });
  it('stay a meeting when the call is with someone else', () => {
    const text = 'تناولت المحادثات التي جمعت اليوم الخميس الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء العراقي مصطفى الكاظمي الوضع الإقليمي. وتلقى ماكرون اتصالا هاتفيا من المستشار الألماني أولاف شولتس.';
    expect(dated(extract(text, '2021-08-12')).map(brief).sort()).toEqual(['call 2021-08-12..2021-08-12', 'meeting 2021-08-12..2021-08-12']);
  });
});

describe('what a trip or a meeting holds happens during it', () => {
  const people = (e: ExtractedEvent) => e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort();
  it.each([
    ['استقبل وزير الخارجية المغربي ناصر بوريطة اليوم الاثنين رئيس الوزراء الكيني موساليا مودافادي. وشهد اللقاء توقيع مجموعة من الاتفاقيات الثنائية.', '2025-05-26'],
    ['التقى وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي اليوم في مسقط. وشهد الاجتماع توقيع مذكرة تفاهم.', '2025-03-11'],
  ])('by the people who held the talks: %s', (text, published) => {
    const events = dated(extract(text, published));
    const signing = events.find((e) => e.type === 'agreement');
    const talks = events.find((e) => e.type === 'meeting');
    expect(signing && brief(signing)).toBe(`agreement ${published}..${published}`);
    expect(people(signing!)).toEqual(people(talks!));
    expect(people(signing!).length).toBe(2);
  });
  it.each([
    ['وصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم والتقى الرئيس عبد الفتاح السيسي. وشهدت الزيارة توقيع 15 اتفاقية.', '2016-01-21'],
    ['وصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم والتقى الرئيس عبد الفتاح السيسي. وتضمنت الزيارة توقيع 15 اتفاقية.', '2016-01-21'],
    ['وصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم والتقى الرئيس عبد الفتاح السيسي. وخلال الزيارة تم توقيع 15 اتفاقية.', '2016-01-21'],
    // A trip crowned or closed by a signing held it.
    ['وصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم والتقى الرئيس عبد الفتاح السيسي. وتوجت الزيارة بالتوقيع على 15 اتفاقية.', '2016-01-21'],
    ['وصل الرئيس الصيني شي جين بينغ إلى القاهرة اليوم والتقى الرئيس عبد الفتاح السيسي. واختتمت الزيارة بتوقيع 15 اتفاقية.', '2016-01-21'],
  ])('on the trip\'s day, by the traveller, apart from the talks held on it: %s', (text, published) => {
    const events = dated(extract(text, published));
    expect(events.map(brief).sort()).toEqual([`agreement ${published}..${published}`, `meeting ${published}..${published}`, `visit ${published}..${published}`]);
    expect(people(events.find((e) => e.type === 'agreement')!)).toEqual(['Xi Jinping']);
  });
});

describe('a headline that says a signing was done', () => {
  const body = '\n\nبدأ أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم الاثنين زيارة رسمية إلى سيئول.\n\nوالتقى الشيخ تميم مع الرئيس الكوري الجنوبي مون جاي إن، وبحثا سبل تعزيز التعاون.';
  it('is the signing, on the article\'s day, by the people the story names for its countries, when the body tells none', () => {
    const events = dated(extract('قطر وكوريا الجنوبية توقعان اتفاقيات لتعزيز الشراكة' + body, '2019-01-28'));
    const signing = events.find((e) => e.type === 'agreement');
    expect(signing && brief(signing)).toBe('agreement 2019-01-28..2019-01-28');
    expect(signing!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn)).toEqual(['Tamim bin Hamad Al Thani', 'Moon Jae-in']);
    expect(events.filter((e) => e.type === 'visit').map(brief)).toEqual(['visit 2019-01-28..2019-01-28']);
  });
  it.each([
    ['an agreement to do something is no signing', 'قطر وكوريا الجنوبية تتفقان على تعزيز الشراكة' + body],
    ['the body tells the signing itself', 'قطر وكوريا الجنوبية توقعان اتفاقيات لتعزيز الشراكة' + body + ' ووقع الجانبان خمس اتفاقيات للتعاون.'],
  ])('makes no second event: %s', (_, text) => {
    expect(dated(extract(text, '2019-01-28')).filter((e) => e.type === 'agreement').length).toBeLessThanOrEqual(1);
    expect(dated(extract(text, '2019-01-28')).filter((e) => e.type === 'agreement' && e.mentions.length === 1 && e.mentions[0]!.start === 0)).toEqual([]);
  });
});

describe('a signing whose words name no one', () => {
  it('is done by the people of the talks of its day and course, and stays an event of its own', () => {
    const text = 'يعقد رئيس الوزراء البرتغالي أنطونيو كوستا ورئيس الحكومة المغربية عزيز أخنوش يوم 12 ماي المقبل اجتماعا رفيع المستوى في لشبونة. كما سيتم في اليوم نفسه التوقيع على عدد من الاتفاقيات لتعزيز العلاقات الثنائية.';
    const events = dated(extract(text, '2023-05-03'));
    expect(events.map(brief).sort()).toEqual(['agreement 2023-05-12..2023-05-12', 'meeting 2023-05-12..2023-05-12']);
    expect(events.find((e) => e.type === 'agreement')!.participants.map((p) => p.nameEn).sort()).toEqual(['António Costa', 'Aziz Akhannouch']);
  });
  it('keeps the countries it names as its parties', () => {
    const text = 'أجرى وزير الخارجية الروسي سيرغي لافروف اليوم محادثات مع نظيره الجزائري صبري بوقدوم في موسكو. ووقعت الجزائر وليبيا اتفاقا للتعاون في اليوم نفسه.';
    const signing = dated(extract(text, '2020-07-22')).find((e) => e.type === 'agreement');
    expect(signing?.participants.filter((p) => p.kind === 'person')).toEqual([]);
  });
});

describe('an event agreed on in another is planned and keeps only its own date; a private trip is no visit', () => {
  const undatedPlanned = (events: ExtractedEvent[]) => events.filter((e) => e.date === null && e.modality === 'planned').map((e) => e.type);
  it.each([
    ['a meeting agreed in a call, to be held once a crisis ends', 'أجرى الملك اتصالا هاتفيا مع الرئيس الفرنسي أمس، واتفقا خلاله على الاجتماع فور انتهاء الأزمة.', ['call 2024-03-12..2024-03-12'], ['meeting']],
    ['a meeting agreed in a call by its verbal noun', 'تلقى الأمير اتصالا هاتفيا من رئيس الوزراء البريطاني أمس، اتفق الجانبان خلاله على الالتقاء قريبا.', ['call 2024-03-12..2024-03-12'], ['meeting']],
    ['agreed on again in a sentence of its own', 'تلقى الرئيس اتصالا هاتفيا من نظيره التونسي أمس. واتفق الرئيسان على الالتقاء فور عودة الرئيس من الخارج.', ['call 2024-03-12..2024-03-12'], ['meeting']],
    ['a meeting agreed in talks, with a day of its own', 'استقبل الرئيس وزير الخارجية الفرنسي أمس، واتفقا خلال اللقاء على الاجتماع مجددا يوم 20 أبريل المقبل.', ['meeting 2024-03-12..2024-03-12', 'meeting 2024-04-20..2024-04-20'], []],
    ['arriving on a trip for medical care', 'وصل الرئيس إلى ألمانيا أمس في رحلة للعلاج.', [], []],
    ['leaving on a medical trip, set off by commas', 'توجه الملك إلى الولايات المتحدة، اليوم، في رحلة علاجية خاصة.', [], []],
    ['a medical trip only placing talks in time', 'استقبل الرئيس التونسي وزير الخارجية الجزائري اليوم بعد عودته من رحلة علاجية في فرنسا.', ['meeting 2024-03-13..2024-03-13'], []],
    ['an official visit stays one', 'وصل الرئيس إلى ألمانيا أمس في زيارة رسمية.', ['visit 2024-03-12..2024-03-12'], []],
  ])('%s', (_, text, expected, undated) => {
    const events = extract(text);
    expect(dated(events).map(brief).sort()).toEqual(expected);
    expect(undatedPlanned(events)).toEqual(undated);
  });
});

describe('a plan told as what was to be, and a visit an invitation asks for', () => {
  it.each([
    ['a meeting that was to be held a month ago, put off', 'وأجّل الأمير، الذي كان من المقرر أن يلتقي الرئيس الأمريكي يوم 12 سبتمبر، اللقاء إلى موعد لاحق.', '2019-10-11', ['meeting postponed 2019-09-12']],
    ['a summit that was to be held next week, put off', 'وأعلنت الجامعة تأجيل القمة التي كان من المقرر عقدها يوم 20 أكتوبر في الجزائر.', '2019-10-11', ['conference postponed 2019-10-20', 'other occurred 2019-10-11']],
    ['a plan still ahead stays ahead', 'ومن المقرر أن يلتقي الأمير الرئيس الأمريكي يوم 12 سبتمبر.', '2019-10-11', ['meeting planned 2020-09-12']],
    ['a visit asked for in a call, past who asks and how', 'دعا الرئيس الفرنسي خلال اتصال هاتفي أمس مع العاهل الأردني الملك عبدالله الثاني لزيارة باريس.', '2019-10-11', ['call occurred 2019-10-10', 'invitation occurred 2019-10-10']],
    ['a visit asked for right after the verb', 'دعا الرئيس الفرنسي أمس العاهل الأردني لزيارة باريس.', '2019-10-11', ['invitation occurred 2019-10-10']],
    ['a visit asked for by an invitation\'s noun, past who sends it', 'تلقى وزير الدفاع الكويتي أمس دعوة كريمة من ولي العهد السعودي الأمير محمد بن سلمان بن عبدالعزيز آل سعود، لزيارة رسمية للمملكة العربية السعودية.', '2019-10-11', ['invitation occurred 2019-10-10']],
  ])('%s', (_, text, published, expected) => {
    expect(onTheTimeline(extract(text, published))).toEqual(expected);
  });
});

describe('talks told in the imperfect on a trip under way, and an event named again by its owner noun', () => {
  it.each([
    ['talks after a departure on the day', 'غادر ولي العهد السعودي الأمير محمد بن سلمان المملكة صباح الأربعاء متوجها إلى فرنسا في زيارة رسمية. ويلتقي ولي العهد بالرئيس الفرنسي إيمانويل ماكرون في باريس.', '2023-06-14', ['meeting planned 2023-06-14', 'visit occurred 2023-06-14']],
    ['talks after an arrival on the day', 'وصل وزير الخارجية المصري سامح شكري اليوم إلى عمان في زيارة رسمية. ويبحث شكري مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.', '2023-06-14', ['meeting planned 2023-06-14', 'visit occurred 2023-06-14']],
    ['talks in the imperfect with nobody travelling stay undated', 'ويلتقي الرئيس المصري بالرئيس الفرنسي إيمانويل ماكرون في باريس.', '2023-06-14', []],
    ['a signing named again by its owner noun keeps the lead\'s day', 'وقع الرئيس التونسي قيس سعيد أمس مذكرة تفاهم مع الاتحاد الأوروبي. ويأتي توقيع المذكرة بعد زيارة أداها الوفد الأوروبي إلى تونس في 11 جوان الماضي.', '2023-07-17', ['agreement occurred 2023-07-16', 'visit occurred 2023-06-11']],
  ])('%s', (_, text, published, expected) => {
    expect(onTheTimeline(extract(text, published))).toEqual(expected);
  });
});

describe('a trip known only as the frame of talks', () => {
  const visits = (events: ExtractedEvent[]) => events.filter((e) => e.type === 'visit' && e.date !== null).map((e) => `${e.date!.start} ${e.location?.nameEn ?? '-'}`).sort();
  it.each([
    ['is the trip the article dated on arrival a few days before', 'التقى نائب وزير الدفاع الروسي، الخميس، اللواء خليفة حفتر، بمدينة بنغازي، في إطار زيارة رسمية لوفد من وزارة الدفاع الروسية. والثلاثاء، وصل وفد روسي رفيع إلى مدينة بنغازي.', '2023-08-25', ['2023-08-22 Benghazi']],
    ['stays a trip of its own where no arrival was told', 'التقى نائب وزير الدفاع الروسي، الخميس، اللواء خليفة حفتر، بمدينة بنغازي، في إطار زيارة رسمية لوفد من وزارة الدفاع الروسية.', '2023-08-25', ['2023-08-24 Benghazi']],
    ['stays apart from an arrival somewhere else', 'التقى نائب وزير الدفاع الروسي، الخميس، اللواء خليفة حفتر، بمدينة بنغازي، في إطار زيارة رسمية لوفد من وزارة الدفاع الروسية. والثلاثاء، وصل وفد روسي رفيع إلى القاهرة.', '2023-08-25', ['2023-08-22 Cairo', '2023-08-24 Benghazi']],
  ])('%s', (_, text, published, expected) => {
    expect(visits(extract(text, published))).toEqual(expected);
  });
});

describe('a conference and the speech given at it', () => {
  it.each([
    ['attended and spoken at on a weekday', 'وقال المتحدث إن الرئيس شي جينبينغ سيحضر المنتدى ويلقي خطابا الخميس.', '2024-05-27', ['conference planned 2024-05-30']],
    ['attended and spoken at on a named day', 'وسيحضر الرئيس القمة العربية في الرياض ويلقي كلمة يوم الأحد المقبل.', '2024-05-27', ['conference planned 2024-06-02']],
    ['a conference with its own day keeps it, the speech apart', 'وسيحضر الرئيس القمة العربية في الرياض يوم السبت ويلقي كلمة يوم الأحد.', '2024-05-27', ['conference planned 2024-06-01', 'statement planned 2024-06-02']],
  ])('%s', (_, text, published, expected) => {
    expect(onTheTimeline(extract(text, published))).toEqual(expected);
  });
});

describe('talks planned where a planned trip goes', () => {
  const talks = (events: ExtractedEvent[]) => events.filter((e) => e.type === 'meeting').map((e) => `${e.date?.start ?? '-'} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join('+')}`);
  it.each([
    ['in a city of the one country the trip goes to', 'يبدأ الرئيس الكوري الجنوبي لي جاي ميونج يوم الاثنين المقبل زيارة إلى الإمارات تستغرق ثلاثة أيام. في أبوظبي، سيعقد قمة مع رئيس دولة الإمارات الشيخ محمد بن زايد.', ['2025-11-17 Lee Jae-myung+Mohamed bin Zayed']],
    ['in a country the trip does not go to', 'يبدأ الرئيس الكوري الجنوبي لي جاي ميونج يوم الاثنين المقبل زيارة إلى الإمارات تستغرق ثلاثة أيام. في القاهرة، سيعقد الرئيس الكوري قمة مع الرئيس المصري عبد الفتاح السيسي.', ['- Lee Jae-myung+Abdel Fattah el-Sisi']],
  ])('%s', (_, text, expected) => {
    expect(talks(extract(text, '2025-11-14'))).toEqual(expected);
  });
});

describe('an invitation and the date of what it invites to', () => {
  const all = (events: ExtractedEvent[]) => events.filter((e) => e.date !== null).map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end}`).sort();
  it.each([
    ['an invitation sent in a call, to a session planned for a month', 'أجرى وزير الخارجية الروسي اليوم اتصالا هاتفيا مع نظيره العراقي. وتابع البيان: "وجّه الوزير الروسي دعوة إلى نظيره العراقي للمشاركة في الاجتماع الحادي عشر للجنة العراقية - الروسية المشتركة، المقرر عقده خلال شهر أيار من العام الجاري"', ['call occurred 2026-03-04..2026-03-04', 'conference planned 2026-05-01..2026-05-31', 'invitation occurred 2026-03-04..2026-03-04']],
  ])('%s', (_, text, expected) => {
    expect(all(extract(text, '2026-03-04'))).toEqual(expected);
  });
  it('the invitation\'s words end where those of the meeting it invites to begin', () => {
    const text = 'أجرى وزير الخارجية الروسي اليوم اتصالا هاتفيا مع نظيره العراقي. ووجّه الوزير الروسي دعوة إلى نظيره للمشاركة في الاجتماع الحادي عشر للجنة المشتركة، المقرر عقده خلال شهر أيار المقبل.';
    const invitation = extract(text, '2026-03-04').find((e) => e.type === 'invitation')!;
    expect(invitation.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['ووجّه الوزير الروسي دعوة إلى نظيره']);
  });
});

describe('«كما» and a verb of meeting tell another meeting', () => {
  const meetings = (events: ExtractedEvent[]) => events.filter((e) => e.type === 'meeting' && e.date !== null).length;
  it.each([
    ['two receptions of one president on one day', 'استقبل الرئيس اللبناني جوزاف عون اليوم سفير اليابان في لبنان. كما استقبل الرئيس عون مجموعة من خريجي الجامعة الأميركية.', 2],
    ['talks and their elaboration stay one', 'استقبل الرئيس اللبناني جوزاف عون اليوم سفير اليابان في لبنان. وبحث الجانبان العلاقات الثنائية.', 1],
  ])('%s', (_, text, expected) => {
    expect(meetings(extract(text, '2025-12-04'))).toBe(expected);
  });
});

describe('the words of each event, where one sentence tells two', () => {
  it.each([
    // A guest's trip told in a relative clause after his reception is the trip's words, not the reception's.
    ['استقبل الرئيس السوري بشار الأسد، الأربعاء، وزير الخارجية الإيراني محمد جواد ظريف، الذي وصل صباح الأربعاء إلى دمشق.', '2014-01-15',
      ['meeting «استقبل الرئيس السوري بشار الأسد، الأربعاء، وزير الخارجية الإيراني محمد جواد ظريف»', 'visit «الذي وصل صباح الأربعاء إلى دمشق»']],
    // A statement issued on the occasion of a trip («بمناسبة زيارة …») ends where the trip's words begin.
    ['أشاد الرئيس النيجيري بجهود المغرب في التنمية، حسب ما جاء في بيان مشترك صدر أمس الأحد بمناسبة زيارة أداها ملك المغرب محمد السادس لنيجيريا بداية الشهر الجاري.', '2016-12-12',
      ['statement «أشاد الرئيس النيجيري بجهود المغرب في التنمية» «أشاد الرئيس النيجيري بجهود المغرب في التنمية، حسب ما جاء في بيان مشترك صدر أمس الأحد»', 'visit «بمناسبة زيارة أداها ملك المغرب محمد السادس لنيجيريا بداية الشهر الجاري»']],
    // An event counted from another («قبل أسبوع من مؤتمر …») ends where the offset begins.
    ['وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق اليوم الأربعاء. وتأتي هذه الزيارة قبل أسبوع من مؤتمر جنيف 2 المخصص للبحث عن حل للأزمة السورية.', '2014-01-15',
      ['conference «وتأتي هذه الزيارة قبل أسبوع من مؤتمر جنيف 2 المخصص للبحث عن حل للأزمة السورية»', 'visit «وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق اليوم الأربعاء» «وتأتي هذه الزيارة»']],
  ])('%s', (text, published, expected) => {
    expect(dated(extract(text, published)).map((e) => `${e.type} ${e.mentions.map((m) => `«${m.quote}»`).join(' ')}`).sort()).toEqual(expected);
  });
});

describe('a signing placed at talks', () => {
  it.each([
    ['وقعت وزارتا الخارجية الصومالية والمصرية أمس الخميس على ثلاث مذكرات تفاهم، وذلك في لقاء بين وزير الخارجية الصومالي أحمد عيسى عوض ونظيره المصري سامح شكري في القاهرة.', '2019-04-19'],
    ['وقع وزير الخارجية الأردني أيمن الصفدي أمس اتفاقية للتعاون الثقافي، وذلك خلال مباحثات مع نظيره القبرصي نيكوس خريستودوليدس في عمان.', '2019-04-19'],
  ])('«…، وذلك في لقاء بين …» is the signing and the talks it was signed at, two events of the day: %s', (text, published) => {
    expect(onTheTimeline(extract(text, published))).toEqual(['agreement occurred 2019-04-18', 'meeting occurred 2019-04-18']);
  });
  it('a signing told by its noun alone stays the talks\' («وذلك في لقاء» after «توقيع اتفاقية» named in passing)', () => {
    expect(onTheTimeline(extract('بحث الوزيران أمس تنفيذ اتفاقية التعاون الموقعة بين البلدين، وذلك في لقاء بين وزير الخارجية الأردني أيمن الصفدي ونظيره القبرصي في عمان.', '2019-04-19'))).toEqual(['meeting occurred 2019-04-18']);
  });
});

describe('a trip or talks planned on the days of the same trip or talks told as done', () => {
  it.each([
    ['وصل الرئيس عبد الفتاح السيسي صباح اليوم إلى نيودلهي في زيارة رسمية. ومن المقرر أن يزور الرئيس السيسي الهند اليوم وغدا لبحث التعاون الاقتصادي.', '2016-09-01', ['visit occurred 2016-09-01']],
    ['وصل وزير الخارجية المغربي ناصر بوريطة اليوم إلى سانتو دومينغو. ويزور بوريطة جمهورية الدومينيكان من 11 إلى 14 يونيو الجاري.', '2019-06-11', ['visit occurred 2019-06-11']],
    ['استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني محمد جواد ظريف اليوم في دمشق. ومن المقرر أن يلتقي ظريف الرئيس الأسد اليوم لبحث الأزمة.', '2014-01-15', ['meeting occurred 2014-01-15']],
    // Talks are every side's: the same minister meeting someone else is other talks.
    ['التقى وزير الخارجية الأردني أيمن الصفدي صباح اليوم الرئيس اللبناني ميشال عون في بيروت. ومن المقرر أن يلتقي الصفدي ظهر اليوم نظيره اللبناني عبد الله بو حبيب.', '2021-11-09', ['meeting occurred 2021-11-09', 'meeting planned 2021-11-09']],
    // A year says too little to tell the visit then was this one.
    ['زار الرئيس التشادي إدريس ديبي الخرطوم في 2019. ويزور ديبي الخرطوم يوم الخميس المقبل لإجراء مباحثات.', '2019-03-30', ['visit occurred 2019-01-01', 'visit planned 2019-04-04']],
  ])('by the same people, at a place that fits, is that event, told before it happened: %s', (text, published, want) => {
    const events = extract(text, published);
    expect(onTheTimeline(events)).toEqual(want);
    if (want.length === 1) expect(events.find((e) => e.date !== null)!.mentions).toHaveLength(2);
  });
});

describe('talks named by the states that hold them', () => {
  it('talks still ahead on the days of a visit under way are held by its traveller and its host; words of sequence set off by a comma («وعقب ذلك،») place them after the event told before', () => {
    const text = 'وصل الرئيس الصيني شي جين بينغ، اليوم الثلاثاء، إلى كازاخستان في زيارة تستغرق 3 أيام.\nوأشارت وكالة الأنباء إلى أنه كان في استقباله فور وصوله المطار الرئيس الكازاخي قاسم جومارت توكاييف.\nيذكر أن هذه الزيارة جاءت تلبية لدعوة من رئيس كازاخستان، قبيل الاجتماع المقرر لمجلس رؤساء دول منظمة شنغهاي في أستانا يوم الخميس 4 يوليو الجاري.\nوكان مساعد وزير الخارجية الصيني، قد أفاد أمس بأنه سيقام يوم غد الأربعاء، حفل استقبال رسمي في قصر أك أوردا. وعقب ذلك، ستعقد محادثات صينية-كازاخية في القصر.';
    const talks = extract(text, '2024-07-02').filter((e) => e.type === 'meeting' && e.participants.some((p) => p.nameEn === 'China'));
    expect(talks.map((e) => `${e.modality} ${e.date?.start}..${e.date?.end} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`)).toEqual(['planned 2024-07-03..2024-07-03 Xi Jinping, Kassym-Jomart Tokayev']);
  });
});

describe('the hosts of a visit', () => {
  it('whom a visitor is to meet on the hours of a visit under way are its hosts too («يجتمع في خلالها بنظيره»)', () => {
    const events = extract('وصل رئيس الوزراء الأردني بشر الخصاونة، اليوم الاثنين، إلى بغداد في زيارة رسمية لعدة ساعات يجتمع في خلالها بنظيره العراقي مصطفى الكاظمي.', '2021-10-25');
    expect(events.map((e) => `${e.type} ${e.modality} ${e.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).join(', ')}`).sort()).toEqual([
      'meeting planned Bisher Khasawneh, Mustafa al-Kadhimi',
      'visit occurred Bisher Khasawneh, Mustafa al-Kadhimi',
    ]);
  });
});

describe('where an event was', () => {
  it('a place told after another event\'s word is that event\'s («وتأتي الزيارة بعد جولة الوزير في اليابان»): the visit named again stays the one to Oman, and the talks on the call are the call', () => {
    const days = onTheTimeline(extract('أجرى وزير الخارجية الأردني أيمن الصفدي مع نظيره العماني بدر البوسعيدي مباحثات في العاصمة مسقط، الأحد 23 تشرين الثاني.\nووصل الوزير الصفدي، يوم أمس، إلى سلطنة عمان في زيارة رسمية.\nوفي 21 تشرين الأول الماضي، بحث الصفدي مع نظيره العماني خلال اتصال هاتفي سبل تعزيز علاقات البلدين.\nوتأتي الزيارة بعد جولة الوزير الصفدي في اليابان، بتاريخ 16 تشرين الثاني، حيث عقد مباحثات مع عدد من المسؤولين اليابانيين في العاصمة طوكيو.', '2025-11-23'));
    expect(days.filter((d) => d.endsWith('2025-10-21'))).toEqual(['call occurred 2025-10-21']);
    expect(days).toContain('visit occurred 2025-11-22');
  });
  it('talks held «حيث» a trip went, dated by nothing but the article, are on the trip\'s day, apart from the trip the next event is placed after', () => {
    expect(onTheTimeline(extract('أجرى وزير الخارجية الأردني أيمن الصفدي مع نظيره العماني بدر البوسعيدي مباحثات في العاصمة مسقط، الأحد 23 تشرين الثاني.\nووصل الوزير الصفدي، يوم أمس، إلى سلطنة عمان في زيارة رسمية.\nوفي 21 تشرين الأول الماضي، بحث الصفدي مع نظيره العماني خلال اتصال هاتفي سبل تعزيز علاقات البلدين.\nوتأتي الزيارة بعد جولة الوزير الصفدي في اليابان، بتاريخ 16 تشرين الثاني، حيث عقد مباحثات مع عدد من المسؤولين اليابانيين في العاصمة طوكيو.', '2025-11-23'))).toEqual(['call occurred 2025-10-21', 'meeting occurred 2025-11-16', 'meeting occurred 2025-11-23', 'visit occurred 2025-11-16', 'visit occurred 2025-11-22']);
  });
});

describe('a plan put off and made again', () => {
  it('a plan put off, dated by the day it was to be, does not swallow the plan told for a later day', () => {
    const days = onTheTimeline(extract('ماكرون يكشف تفاصيل زيارة ولي العهد السعودي إلى فرنسا\nأدلى الرئيس الفرنسي إيمانويل ماكرون ببعض التفاصيل الخاصة بزيارة ولي العهد السعودي، الأمير محمد بن سلمان، إلى باريس الأسبوع المقبل.\nوأضاف ماكرون أنه سيستقبل ولي العهد السعودي يوم الأربعاء المقبل في قصر الإليزيه.\nوكان من المقرر أن يزور ولي العهد السعودي، الأمير محمد بن سلمان، فرنسا في 25 أيار الماضي، لكن تم تأجيل الزيارة.', '2022-06-17'));
    expect(days).toEqual(expect.arrayContaining(['visit postponed 2022-05-25', 'visit planned 2022-06-20']));
  });
});

describe('talks still ahead on a trip told as done', () => {
  it.each([
    ['وصلت المستشارة الألمانية أنغيلا ميركل إلى عمان مساء أمس الأربعاء، وتستمر جولتها حتى مساء غد الجمعة. ومن المقرر أن تزور ميركل الجامعة الألمانية في عمان صباح اليوم. وبعد ظهر اليوم سيقوم العاهل الأردني باستقبال ميركل في القصر الملكي، حيث يبحثان العلاقات الثنائية.', '2018-06-21', ['meeting planned 2018-06-21', 'visit occurred 2018-06-20']],
    ['وصل الرئيس السيسي إلى نيودلهي مساء أمس في زيارة رسمية تستمر ثلاثة أيام. ومن المقرر أن يزور الرئيس مصنعا للبرمجيات صباح اليوم. وفي مساء اليوم سيلتقي الرئيس رئيس الوزراء الهندي ناريندرا مودي في مقر إقامته.', '2016-09-02', ['meeting planned 2016-09-02', 'visit occurred 2016-09-01']],
  ])('keep their own day and stay planned, apart from the trip the plan around them folds into: %s', (text, published, expected) => {
    expect(onTheTimeline(extract(text, published))).toEqual(expected);
  });
});

describe('an event named again to say what it comes as', () => {
  it('is quoted up to the other event it names, which is quoted by its own words', () => {
    const text = 'يبدأ رئيس الوزراء الإيطالي ماتيو رينتزي أول زيارة رسمية إلى القاهرة يوم غد السبت. وتأتي هذه الزيارة تكليلا لزيارات تمهيدية قامت بها وزيرة الخارجية الإيطالية للقاهرة في 19 يوليو الماضي.';
    const events = extract(text, '2014-08-01');
    const renzi = events.find((e) => e.date?.start === '2014-08-02')!;
    const earlier = events.find((e) => e.date?.start === '2014-07-19')!;
    expect(renzi.mentions.map((m) => m.quote).join(' ')).not.toContain('19 يوليو');
    expect(earlier.mentions.map((m) => m.quote).join(' ')).toContain('19 يوليو');
  });
});

describe('the welcome of «the guest»', () => {
  it.each([
    ['استقبل الرئيس التركي رجب طيب أردوغان نظيره الآذربيجاني إلهام علييف اليوم الثلاثاء في المجمع الرئاسي بأنقرة. وأقيمت مراسم استقبال رسمية للرئيس الضيف، حيث عزف النشيد الوطني للبلدين.', '2016-03-15', 1],
    ['وصل رئيس الوزراء العراقي إلى طهران اليوم الثلاثاء في زيارة رسمية. وجرت مراسم استقبال رسمية للضيف في القصر الرئاسي.', '2022-11-29', 1],
  ])('is part of the reception or visit told before it, not talks of its own with nobody named: %s', (text, published, count) => {
    const events = extract(text, published);
    expect(events).toHaveLength(count);
    expect(events[0]!.mentions.map((m) => m.quote).join(' ')).toContain('مراسم استقبال');
  });
});

describe('a headline goes with the event of its own kind the body tells on the main event\'s day', () => {
  it.each([
    ['سورية وليبيا توقعان مذكرة تفاهم\n\nاستقبل وزير الخارجية السوري وليد المعلم أمس وفدا ليبيا رسميا برئاسة نائب رئيس الحكومة الليبية. وجرى خلال اللقاء التوقيع على مذكرة تفاهم بين وزارتي الخارجية في البلدين.', '2020-03-02', 'agreement'],
    ['مصر والصومال توقعان اتفاقيات للتعاون\n\nالتقى رئيس الوزراء المصري مصطفى مدبولي اليوم نظيره الصومالي حمزة عبدي بري في القاهرة. وعقب الاجتماع وقعت حكومتا البلدين اتفاقيات حول التعليم والإعلام.', '2024-08-14', 'agreement'],
  ])('%s', (text, published, type) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    const headlineEnd = text.indexOf('\n');
    const withTheHeadline = events.filter((e) => e.mentions.some((m) => m.start < headlineEnd));
    expect(withTheHeadline.map((e) => e.type)).toEqual([type]);
  });
});

describe('an event named only as what the clause\'s event came after is told by the words that name it', () => {
  it.each([
    ['التقى رئيس الوزراء المصري مصطفى مدبولي اليوم نظيره الصومالي حمزة عبدي بري في القاهرة. وعقب الاجتماع وقعت حكومتا البلدين اتفاقيات حول التعليم والإعلام.', 'وعقب الاجتماع'],
    ['استقبل الرئيس اليوم وزير الخارجية الأردني أيمن الصفدي. وبعد المحادثات وقع الوزيران مذكرة تفاهم في مجال النقل.', 'وبعد المحادثات'],
  ])('%s', (text, words) => {
    const meeting = extract(text, '2023-01-09').find((e) => e.type === 'meeting');
    const placed = meeting?.mentions.find((m) => m.start === text.indexOf(words));
    expect(placed && text.slice(placed.start, placed.end)).toBe(words);
  });
});

describe('the relative clause right after an event\'s words that gives its day is part of its mention', () => {
  it.each([
    ['بمناسبة مشاركته في الاجتماع الوزاري التحضيري للدورة الثانية والثلاثين للقمة العربية، المقرر عقدها يوم غد الجمعة بمدينة جدة في المملكة العربية السعودية، أجرى نبيل عمار، وزير الشؤون الخارجية، لقاء مع نظيره السوري فيصل المقداد.', '2023-05-18', 'المقرر عقدها يوم غد الجمعة'],
    ['يتوجه الرئيس إلى الدوحة للمشاركة في القمة الخليجية، التي تنطلق بعد غد الثلاثاء.', '2021-12-12', 'التي تنطلق بعد غد الثلاثاء'],
  ])('%s', (text, published, words) => {
    const summit = extract(text, published).find((e) => e.type === 'conference');
    expect(summit?.mentions.some((m) => text.slice(m.start, m.end).includes(words))).toBe(true);
  });
});

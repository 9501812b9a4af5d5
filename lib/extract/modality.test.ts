import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const ev = (text: string, published = '2020-07-22') => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });

/** The modalities of what the text yields; an empty list fails, so an assertion over it cannot pass vacuously. */
function modalities(text: string): string[] {
  const found = ev(text);
  expect(found.length, `no event extracted from «${text}»`).toBeGreaterThan(0);
  return found.map((e) => e.modality);
}

/** Not the decision to put off or call off a plan, which stands beside the plan as what happened (an event of type other). */
const notTheDecision = (e: { type: string; modality: string }) => !(e.type === 'other' && e.modality === 'occurred');

describe('modality', () => {
  it('a call-off covers what it calls off, not a report that another course opens after it («…، ومن المنتظر أن …»)', () => {
    const text = 'ألغى رئيس الوزراء الباكستاني زيارته المقررة لماليزيا، ومن المنتظر أن يمثل وزير الخارجية باكستان في قمة كوالالمبور المقرر عقدها من 18 إلى 20 ديسمبر.';
    const events = ev(text, '2019-12-17');
    expect(events.find((e) => e.type === 'conference')?.modality).toBe('planned');
    expect(events.find((e) => e.type === 'visit')?.modality).toBe('cancelled');
  });
  it.each([
    ['وقال السفير الشهر الماضي إن الرئيس قبل دعوة لزيارة موسكو، لكن موعد الزيارة لم يتحدد بعد.', 'visit', ['hypothetical', 'planned']],
    ['وأكد الوزير أن القمة ستعقد في الجزائر، ولم يتم تحديد موعد القمة بعد.', 'conference', ['hypothetical', 'planned']],
    ['وصل الرئيس الهندي اليوم إلى عمان في زيارة للمملكة (لم تحدد مدتها).', 'visit', ['occurred']],
  ])('an event whose day is not set yet is no news of a day, unless what is not set is its length: %s', (text, type, expected) => {
    expect(ev(text, '2023-09-21').filter((e) => e.type === type).map((e) => e.modality).sort()).toEqual(expected);
  });
  it.each([
    'وقال مصدر إن الرئيس يرغب أيضا في زيارة اليابان في 22 أكتوبر.',
    'وأعرب الوزير عن رغبته في زيارة الجزائر في ديسمبر المقبل.',
  ])('a visit wished for is not planned: %s', (text) => {
    expect(modalities(text)).toEqual(['hypothetical']);
  });
  it.each([
    // Someone tasked with a visit («كلف … بزيارة») has it ahead of him: the weekday after it is the coming one.
    ['كلف السلطان نائب رئيس الوزراء أسعد بن طارق بزيارة المملكة العربية السعودية الخميس.', '2023-05-17', 'visit planned 2023-05-18'],
    ['تم تكليف نائب رئيس الوزراء بزيارة المملكة العربية السعودية الخميس.', '2023-05-17', 'visit planned 2023-05-18'],
    // … but not an event told further on, in a clause of its own («القمة التي عقدت أمس»).
    ['كلف الرئيس وزير الخارجية بتمثيله في القمة التي عقدت أمس في الرياض.', '2023-05-17', 'conference occurred 2023-05-16'],
  ])('an event someone is tasked with is ahead: %s', (text, published, expected) => {
    expect(ev(text, published).map((e) => `${e.type} ${e.modality} ${e.date?.start ?? 'undated'}`)).toContain(expected);
  });
  it.each([
    'وأكد الرئيس نيته زيارة الجزائر في أكتوبر.',
    'وأعلنت الحكومة نيتها عقد مؤتمر دولي في مارس.',
  ])('an intention named by «نيته» plans the event after it: %s', (text) => {
    expect(modalities(text)).toEqual(['planned']);
  });
  it.each([
    'وتربط البلدين اتفاقية تم توقيعها في عام 1976 بين سينغور وعلي صالح.',
    'وكان الوزير قد التقى في مارس 2019 مع سيسوكو في باماكو.',
    'أجرى الملك والرئيس الكوري بالعاصمة الكورية سيؤول اليوم مباحثات ثنائية.',
    'أجرى وزير الصيد الفضيل ولد سيداتي، صباح اليوم، مباحثات مع نظيرته.',
  ])('a name that looks like a future verb («سينغور» after a preposition, «سيداتي» after «ولد», the place «سيؤول») plans nothing: %s', (text) => {
    expect(modalities(text)).toEqual(['occurred']);
  });
  it.each([
    ['ومن المقرر أن يستقبل الرئيس نظيره الأوزبكي اليوم في القصر، بعدما استقبله مساء أمس بمطار القاهرة.', 'visit', 'occurred'],
    ['ومن المقرر أن يلتقي الوزير نظيره الفرنسي غدا، بعد أن وصل أمس إلى باريس.', 'visit', 'occurred'],
    ['ومن المقرر أن يلتقي الوزير نظيره الفرنسي غدا، بعد أن يصل إلى باريس.', 'visit', 'planned'],
  ])('what «بعدما» or «بعد أن» tells in the past was done, whatever plan the sentence told before it: %s', (text, type, modality) => {
    expect(ev(text, '2023-02-21').find((e) => e.type === type)?.modality).toBe(modality);
  });
  it.each([
    'وشدد الرئيسان خلال مكالمة هاتفية أمس، على أهمية اجتماعهما المقبل في أستانا.',
    'بحث الوزير مع نظيره التركي في اتصال هاتفي اليوم، التحضيرات للقمة المقبلة.',
  ])('an adjective of a plan set apart by a comma from the call before it plans the later event, not the call: %s', (text) => {
    expect(ev(text, '2023-05-10').find((e) => e.type === 'call')?.modality).toBe('occurred');
  });
  it.each([
    'تجرى، الاثنين 31 أغسطس، مراسم الاستقبال الرسمية للرئيس في قصر الرئاسة.',
    'تجرى اليوم مباحثات بين الرئيس ونظيره السنغافوري.',
    'ويعقب اللقاء الثنائي اليوم اجتماع موسع بحضور وفدي البلدين.',
  ])('a programme told by a present verb of its holding («تجرى», «يعقب») is ahead, on its day too: %s', (text) => {
    expect(modalities(text)).toEqual(['planned']);
  });
  it('the visit of an accepted invitation is still ahead, and takes no day the acceptance is told on', () => {
    const visits = ev('وفي يوليو الماضي، قال السفير إن رئيس الوزراء قبل دعوة لزيارة روسيا.', '2023-09-21').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.modality, e.date])).toEqual([['planned', null]]);
  });
  it.each([
    // Talks a trip under way is to hold, told by «يجري خلالها», are still to come on its first day.
    ['وصل رئيس الوزراء السوداني عبدالله حمدوك اليوم إلى أديس أبابا في زيارة رسمية تستغرق يومين، يجري خلالها مباحثات مع نظيره الإثيوبي آبي أحمد.', 'planned'],
    // … and held when the verb is in the past.
    ['وصل رئيس الوزراء السوداني عبدالله حمدوك أمس إلى أديس أبابا في زيارة رسمية، أجرى خلالها مباحثات مع نظيره الإثيوبي آبي أحمد.', 'occurred'],
  ])('talks held during a trip, told in the present or the past: %s', (text, modality) => {
    expect(ev(text, '2019-10-10').find((e) => e.type === 'meeting')?.modality).toBe(modality);
  });
  it.each([
    // After a verb in the past, «قبل أن» and an imperfect tell what came next, by the same doer.
    ['واستقبل وزير الخارجية محمد سالم ولد مرزوك اليوم السفير الفرنسي، قبل أن يستقبل السفيرة الألمانية.', '2023-02-09', ['meeting occurred Mohamed Salem Ould Merzoug, France', 'meeting occurred Mohamed Salem Ould Merzoug, Germany']],
    ['التقى وزير الخارجية أيمن الصفدي أمس نظيره المصري، قبيل أن يجتمع مع الرئيس الفلسطيني محمود عباس.', '2023-02-09', ['meeting occurred Ayman Safadi, Sameh Shoukry', 'meeting occurred Ayman Safadi, Mahmoud Abbas']],
    // After a verb in the future, it is to come as well.
    ['سيستقبل الرئيس اليوم السفير الفرنسي، قبل أن يستقبل السفيرة الألمانية.', '2023-02-09', ['meeting planned France', 'meeting planned Germany']],
  ])('«قبل أن» and an imperfect after a verb: %s', (text, published, expected) => {
    const found = ev(text, published).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    expect(found.map((e) => `${e.type} ${e.modality} ${e.participants.map((p) => p.nameEn).join(', ')}`)).toEqual(expected);
  });
  it.each([
    // «وتأتي» after a comma opens a clause of its own: a readiness quoted before it does not reach the visit it tells.
    ['وأكد المبعوث الروسي "استعداد روسيا لتطوير علاقات التعاون"، وتأتي زيارة المبعوث إلى بغداد اليوم بعد أسبوع من اتصال هاتفي بين الرئيسين.', '2012-03-01', ['call occurred', 'visit occurred']],
    ['وشدد الوزير على ضرورة تعزيز التعاون، ويأتي لقاء اليوم في إطار التشاور المستمر بين البلدين.', '2012-03-01', ['meeting occurred']],
  ])('a clause opened by «وتأتي» is told for itself: %s', (text, published, expected) => {
    expect(ev(text, published).filter((e) => e.date !== null).map((e) => `${e.type} ${e.modality}`).sort()).toEqual(expected);
  });
  it.each([
    // «الغيني» also reads as «ألغى» with a pronoun: a nationality is no call-off.
    ['التقى وزير الخارجية المغربي أمس بالرباط وزير الخارجية الغيني، الذي يزور المغرب حاملا رسالة من الرئيس الغيني.', ['occurred', 'occurred']],
    ['وصل رئيس الوزراء الغيني إلى الرباط أمس في زيارة رسمية.', ['occurred']],
  ])('a word that names a nationality is no verb of modality: %s', (text, expected) => {
    expect(modalities(text)).toEqual(expected);
  });
  it.each([
    ['وكان من المقرر أن يزور رئيس الوزراء الصين في 19 آب/أغسطس الماضي؛ تلبية لدعوة رسمية تستغرق يومين لكن تم إرجاؤها حتى إشعار آخر.', 'postponed'],
    ['وكان من المقرر أن يزور رئيس الوزراء الصين في 19 آب/أغسطس الماضي؛ تلبية لدعوة رسمية تستغرق يومين لكن تم إلغاؤها بسبب الأوضاع.', 'cancelled'],
  ])('a put-off or a call-off whose pronoun points back at the plan reaches it however long the sentence between: %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
  it.each([
    ['يبدأ الرئيس اللبناني ميشال سليمان السبت 6-2-2010 زيارة رسمية إلى السعودية يلتقي خلالها الملك.', 'visit', 'planned'],
    ['يعقد وزير الخارجية الأردني مباحثات مع نظيره المصري يوم 15 شباط 2010 في القاهرة.', 'meeting', 'planned'],
    // Told in the past, the same day of the month happened.
    ['بدأ الرئيس اللبناني ميشال سليمان السبت 6-2-2010 زيارة رسمية إلى السعودية.', 'visit', 'occurred'],
  ])('on a page known only to its month, an event told in the present on a day of that month its own words give is ahead: %s', (text, type, modality) => {
    const found = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2010-02', precision: 'month' } }).filter((e) => e.type === type);
    expect(found.map((e) => e.modality)).toEqual([modality]);
  });
  it.each([
    ['يجري وزير الخارجية الصيني وانغ يي زيارة لمصر اليوم الأحد، من المقرر أن يلتقي خلالها نظيره المصري سامح شكري لعقد مباحثات ثنائية.', 'planned'],
    ['يجري وزير الخارجية الصيني وانغ يي زيارة لمصر اليوم الأحد، يلتقي خلالها نظيره المصري سامح شكري لعقد مباحثات ثنائية.', 'planned'],
    ['أجرى وزير الخارجية الصيني وانغ يي زيارة لمصر اليوم الأحد، التقى خلالها نظيره المصري سامح شكري وعقد معه مباحثات ثنائية.', 'occurred'],
  ])('talks held during a trip are ahead when a verb in the present tells them, whatever noun it governs: %s', (text, modality) => {
    const talks = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-07-18', precision: 'day' } }).filter((e) => e.type === 'meeting');
    expect(talks.map((e) => e.modality)).toEqual([modality]);
  });
  it('an intention («عزم البلدين عقد …») plans what it intends', () => {
    expect(modalities('وأعلن الرئيس الفنزويلي اليوم عن عزم البلدين عقد اجتماع اللجنة المشتركة في كراكاس.')).toEqual(['planned']);
  });
  it('the resolve a statement affirms («عزم تونس على دفع علاقات التعاون») plans nothing told further on in its clause', () => {
    expect(modalities('أكد وزير الشؤون الخارجية خميس الجهيناوي اليوم الأربعاء ببكين عزم تونس على دفع علاقات التعاون مع الصين وتنويع مجالاته وذلك خلال لقائه وزير دائرة العلاقات الخارجية سونغ تاو.')).toEqual(['occurred']);
  });
  it('a condition right after an event\'s noun («إن زيارة رئيسي، إن تمت، ستكون الأولى») makes it hypothetical', () => {
    const found = extractArticle({ id: 'a', file: 'a.txt', text: 'ووجه الملك دعوة إلى الرئيس الإيراني إبراهيم رئيسي لزيارة الرياض. ويقول مراقبون إن زيارة رئيسي، إن تمت، ستكون الأولى لرئيس إيراني إلى المملكة.', published: { value: '2023-04-06', precision: 'day' } });
    expect(found.filter((e) => e.type === 'visit' && e.date && (e.modality === 'occurred' || e.modality === 'planned'))).toEqual([]);
  });
  it('reads plans', () => {
    expect(ev('وقال لافروف إن اجتماع اللجنة سيعقد في النصف الثاني من عام 2020.')[0]?.modality).toBe('planned');
    expect(ev('ومن المقرر أن يزور بوتين الجزائر في أكتوبر 2020.')[0]?.modality).toBe('planned');
    expect(ev('وسيزور تبون موسكو في ديسمبر 2020.')[0]?.modality).toBe('planned');
  });
  it.each([
    ['قالت الوزارة إن الوزير شدد على ضرورة وقف القتال، وذلك خلال مكالمة هاتفية يوم الجمعة مع نظيره الإماراتي.', 'call'],
    ['أعرب الرئيس عن أمله في التوصل إلى حل سياسي، وذلك خلال لقائه اليوم وزير الخارجية الأمريكي.', 'meeting'],
    ['أكد الملك ضرورة وقف الحرب فورا، جاء ذلك خلال استقباله اليوم وزير الخارجية الأمريكي.', 'meeting'],
    ['دعا الوزير إلى تكثيف الجهود الدولية، وذلك في اتصال هاتفي اليوم مع نظيره الفرنسي.', 'call'],
    ['أعرب الرئيس عن أمله في التوصل إلى حل سياسي، جاء ذلك في لقائه اليوم وزير الخارجية الأمريكي.', 'meeting'],
  ])('a hope or a need told before «وذلك خلال …» or «جاء ذلك خلال …» is not the occasion\'s, which happened: %s', (text, type) => {
    const found = ev(text, '2024-11-09');
    expect(found.map((e) => `${e.type} ${e.modality}`)).toEqual([`${type} occurred`]);
  });
  it.each([
    ['وأكد الرئيس على ضرورة تعزيز التعاون ضد الإرهاب، وقد وصل الرئيس إلى أرمينيا في زيارة رسمية يوم 21 فبراير.', 'visit', 'occurred'],
    ['ودعا الوزير إلى تكثيف الجهود الدولية، وقد التقى نظيره الفرنسي في باريس يوم الأحد.', 'meeting', 'occurred'],
    ['وأعرب الملك عن أمله في تطوير العلاقات، فقد وقع البلدان اتفاقية للتعاون التجاري يوم الأحد.', 'agreement', 'occurred'],
    ['وأكد الرئيس على ضرورة تعزيز التعاون ضد الإرهاب، وقد يزور الرئيس أرمينيا في زيارة رسمية يوم 21 فبراير.', 'visit', 'hypothetical'],
  ])('a clause opened by «وقد» and a past verb states what was done; a hope told before it does not reach it («قد» and an imperfect still may): %s', (text, type, modality) => {
    expect(ev(text, '2018-02-22').filter((e) => e.type === type).map((e) => e.modality)).toEqual([modality]);
  });
  it.each([
    ['وسيتوجه الوزيران بعد ذلك إلى أنقرة للقاء المسؤولين الأتراك، و يذكر أنهما كانا قد زارا روما في 3 مارس 2021 والتقيا رئيس الحكومة.', 'visit'],
    ['وسيتوجه الوزيران بعد ذلك إلى أنقرة، و يذكر أنهما كانا قد زارا روما في 3 مارس 2021 والتقيا رئيس الحكومة الإيطالي.', 'meeting'],
    ['ستستضيف القاهرة القمة المقبلة، وكان الرئيس قد زار باريس في 2 فبراير 2021.', 'visit'],
    ['وسيبحث الجانبان ملف الطاقة، علما بأن الوزيرين كانا قد وقعا اتفاقا في 10 يناير 2021.', 'agreement'],
  ])('a past verb after «كان … قد» tells what had happened, whatever the sentence plans before it: %s', (text, type) => {
    expect(ev(text, '2021-03-15').filter((e) => e.type === type && e.date).map((e) => e.modality)).toEqual(['occurred']);
  });
  it.each([
    ['وقالت المتحدثة في بيان إن الزعماء سيجرون من 28 أيار إلى 1 حزيران زيارات دولة للصين.', '2024-05-27', 'visit planned 2024-05-28..2024-06-01'],
    ['وأوضح البيان أن الوفدين سيخوضان في 3 مارس جولة مباحثات في الدوحة.', '2021-02-20', 'meeting planned 2021-03-03..2021-03-03'],
    ['وذكرت الوكالة أن الوزير سيستهل في 12 يناير جولة إقليمية تشمل الرياض.', '2020-12-30', 'visit planned 2021-01-12..2021-01-12'],
    ['وأكد المتحدث أن الرئيسين سيتبادلان في 9 نوفمبر زيارتين رسميتين.', '2022-11-01', 'visit planned 2022-11-09..2022-11-09'],
    ['وأفاد الديوان أن الملك سيباشر في 15 أبريل زيارة رسمية إلى الأردن.', '2023-04-02', 'visit planned 2023-04-15..2023-04-15'],
  ])('a verb in the future the lexicon does not list still tells a plan, and dates it ahead: %s', (text, published, want) => {
    expect(ev(text, published).filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}..${e.date!.end}`)).toEqual([want]);
  });
  it.each([
    ['والتقى وزير الخارجية سيرغي لافروف في 3 مارس نظيره الجزائري في موسكو.', 'meeting'],
    ['وبحث الرئيس في 3 مارس مع سيادة الرئيس الضيف العلاقات الثنائية خلال لقاء في موسكو.', 'meeting'],
    ['واستقبل الرئيس في 3 مارس سيناتورا أمريكيا في قصر المرادية.', 'meeting'],
    ['وزار الوزير في 3 مارس سنغافورة بعد سنوات من الفتور.', 'visit'],
    ['وعقد الجانبان في 3 مارس مباحثات حول ستة ملفات سياسية.', 'meeting'],
  ])('a noun or a name that starts like a verb in the future plans nothing: %s', (text, type) => {
    expect(ev(text, '2021-03-05').filter((e) => e.type === type && e.date).map((e) => e.modality)).toEqual(['occurred']);
  });
  it.each([
    ['وأرسل الرئيس الصيني برقية تهنئة إلى نظيره في 9 يوليو 2021، ووعد بتقديم المساعدة لمكافحة الوباء.', 'aid'],
    ['وتعهد الوزير بزيارة البلاد في سبتمبر 2021.', 'visit'],
  ])('what is promised is still to come: %s', (text, type) => {
    expect(ev(text, '2021-07-16').filter((e) => e.type === type).map((e) => e.modality)).toEqual(['planned']);
  });
  it('«وتعد هذه الزيارة …» (is considered) promises nothing', () => {
    expect(ev('وصل الرئيس إلى الرباط في 28 أكتوبر 2024، وتعد هذه الزيارة الأولى له منذ ست سنوات.', '2024-10-29').map((e) => `${e.type} ${e.modality}`)).toEqual(['visit occurred']);
  });
  it.each([
    ['وشددت رئيسة الوزراء على ضرورة تنفيذ مراحل المذكرة التي نص عليها بيان مشترك وقع في جوان 2023 في تونس.', 'agreement'],
    ['ودعا الوزير إلى تفعيل الاتفاقية التي وقعها البلدان في مارس 2019.', 'agreement'],
  ])('what a relative clause after a hope or a call tells in the past is a fact, not the hope: %s', (text, type) => {
    expect(ev(text, '2023-07-17').filter((e) => e.type === type && e.date).map((e) => e.modality)).toEqual(['occurred']);
  });
  it.each([
    ['وأعرب السفير عن سعادته بوصوله، معربا عن تطلعه لحدوث زيارات على مستوى القيادة العام المقبل.', 'hypothetical'],
    ['وقال الوزير إننا نتطلع إلى زيارة الرئيس لبلادنا في الربيع المقبل.', 'hypothetical'],
    // A plan named further on keeps its own words.
    ['وأكد أن بلاده تتطلع إلى مشاركة واسعة من دول المنطقة في النسخة الثانية للمنتدى المزمع عقده بين 11 و13 مارس المقبل.', 'planned'],
    // … and so does one set off after a comma: what is hoped is the attending.
    ['وقال الوزير إن موسكو تأمل أن يحضر الرئيس السوري القمة الروسية العربية، المقرر عقدها في موسكو في أكتوبر المقبل.', 'planned'],
    ['وقال الوزير: "نأمل أن يتمكن الرئيس من المشاركة في القمة الأولى، المقررة في 15 أكتوبر".', 'planned'],
    // Calling for or seeking to hold an event («إلى عقد …») asks for it.
    ['دعا وزير الخارجية إلى عقد اجتماع عاجل لمجلس الجامعة العربية يوم 14 مارس 2024.', 'hypothetical'],
    ['ويسعى الرئيس إلى عقد قمة ثلاثية في 20 مايو 2024.', 'hypothetical'],
    ['وأكد الوزير مساعي عقد قمة ثلاثية في 20 مايو 2024.', 'hypothetical'],
    // … and so does a call made in passing («داعيا …»), whoever it is made to.
    ['وأعرب السفير عن سعادته بالعمل في البلاد، داعيا البرتغاليين إلى زيارة الجزائر في الصيف المقبل.', 'hypothetical'],
    ['وشدد الوزير على أهمية الحوار، داعية إلى عقد مؤتمر دولي في 20 مايو 2024.', 'hypothetical'],
    // So is an event someone says he supports.
    ['وأوضح الوزير أن بلاده تؤيد البدء في المفاوضات بين الطرفين في 20 مايو 2024.', 'hypothetical'],
  ])('an event looked forward to, called for or sought is not planned: %s', (text, modality) => {
    expect(modalities(text)).toEqual([modality]);
  });
  it('what a trip is for, told «وذلك للمشاركة في …», stays ahead', () => {
    const found = ev('وصل رئيس جيبوتي إلى مقديشو اليوم الأربعاء، وذلك للمشاركة في حفل افتتاح الأكاديمية يوم غد.', '2022-12-28');
    expect(found.find((e) => e.type === 'opening')?.modality).toBe('planned');
  });
  it.each([
    ['ومن المخطط أن يعقد الرئيسان لقاء ثنائيا اليوم الأربعاء.'],
    ['ومن المزمع أن يوقع الوزيران اتفاقية للتعاون اليوم.'],
    ['ومن المفترض أن يزور الوزير عمان اليوم.'],
    // What the speaker expects, in any person.
    ['وقال الوزير: نتوقع أن يزور الرئيس عمان اليوم.'],
    ['وقالت الوزيرة إنها تتوقع أن تعقد القمة في عمان اليوم.'],
  ])('reads what is scheduled, planned or due as planned: %s', (text) => {
    expect(modalities(text)).toEqual(['planned']);
  });
  it.each([
    ['يزور المبعوث الأممي الرياض في الأيام القليلة المقبلة.'],
    ['يلتقي الوزير نظيره خلال الأسابيع المقبلة.'],
    ['وتعقد القمة في المستقبل القريب.'],
    ['يصل الوفد الروسي إلى طرابلس خلال الساعات المقبلة.'],
  ])('reads an event told with the coming hours, days or weeks as planned, whatever the tense: %s', (text) => {
    expect(new Set(modalities(text))).toEqual(new Set(['planned']));
  });
  it.each([
    ['وأعلنت الرئاسة أن رئيسة الوزراء الإيطالية قبلت دعوة الرئيس لأداء زيارة رسمية إلى تونس الأسبوع المقبل.', '2020-07-27'],
    ['وقال المتحدث إن الرئيس وافق على دعوة نظيره لزيارة موسكو في سبتمبر المقبل.', '2020-09-01'],
    ['وقبل الرئيس التونسي دعوة نظيره الجزائري لزيارة الجزائر الشهر المقبل.', '2020-08-01'],
    // A title of three words and a name of two between the verb that accepts and the invitation.
    ['وقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني دعوة الرئيس المصري عبد الفتاح السيسي لزيارة القاهرة الشهر المقبل.', '2020-08-01'],
  ])('an accepted invitation is told, and the visit it invites to is a plan of its own with its date: %s', (text, visitStart) => {
    const found = ev(text);
    expect(found.find((e) => e.type === 'invitation')?.modality).toBe('occurred');
    const visit = found.find((e) => e.type === 'visit');
    expect([visit?.modality, visit?.date?.start]).toEqual(['planned', visitStart]);
    expect(visit?.mentions[0]?.quote.startsWith('ل')).toBe(true);
  });
  it.each([
    ['وقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني دعوة الرئيس المصري عبد الفتاح السيسي لزيارة القاهرة الشهر المقبل.', 'Abdel Fattah el-Sisi', 'Giorgia Meloni'],
    ['وقبل الرئيس الجزائري عبد المجيد تبون دعوة نظيره التونسي قيس سعيد لزيارة تونس.', 'Kais Saied', 'Abdelmadjid Tebboune'],
  ])('an invitation accepted names its inviter after it and its invitee before: %s', (text, inviter, invitee) => {
    const invitation = ev(text, '2023-06-02').find((e) => e.type === 'invitation');
    expect(invitation, 'no invitation').toBeDefined();
    expect(invitation!.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).slice(0, 2)).toEqual([inviter, invitee]);
  });
  it.each([
    ['وذكرت الإذاعة صباح اليوم أن التمهيد لزيارة الرئيس الأمريكي للمنطقة كان سببا في الاتصال.', 'visit'],
    ['وأكد المتحدث اليوم أن الاتصال جرى تمهيدا لزيارة الرئيس الفرنسي إلى الجزائر.', 'visit'],
  ])('an event prepared for is ahead and dated only by its own words: %s', (text, type) => {
    const found = ev(text).find((e) => e.type === type);
    expect(found, `no ${type}`).toBeDefined();
    expect([found!.modality, found!.date]).toEqual(['planned', null]);
  });
  it('an invitation a trip answers («واستجابة للدعوة المقدمة») is no event of the trip\'s day', () => {
    const text = 'واستجابة للدعوة المقدمة لولي العهد من الرئيس الأمريكي، غادر ولي العهد اليوم متوجها إلى واشنطن في زيارة عمل رسمية.';
    expect(ev(text).filter((e) => e.type === 'invitation' && e.date !== null)).toEqual([]);
    expect(ev(text).find((e) => e.type === 'visit')?.date?.start).toBe('2020-07-22');
  });
  it('talks told in the present with no date of their own, after a lead that tells the day\'s talks ahead, are ahead with them', () => {
    const text = 'يستقبل سامح شكري وزير الخارجية اليوم الأحد 24 مارس 2024، أنطونيو جوتيريش الأمين العام للأمم المتحدة، بمقر الوزارة.\nوقف إطلاق النار\nويعقد وزير الخارجية، والأمين العام للأمم المتحدة، جلسة مباحثات ثنائية، ثم يأتي بعد ذلك مؤتمر صحفي مشترك.';
    const found = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2024-03-24', precision: 'day' } }).filter((e) => e.type === 'meeting');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e.modality)).toEqual(found.map(() => 'planned'));
  });
  it.each([
    // A trip told as welcomed is on a day of its own the welcome does not give.
    ['أجرى الرئيس اللبناني اتصالا هاتفيا بالرئيس الفرنسي اليوم، مجددا الترحيب بزيارة الرئيس الفرنسي للبنان.', 'visit'],
    ['واستقبل الوزير اليوم السفير ورحب بزيارة الوفد البرلماني إلى البلاد.', 'visit'],
    // … whoever is named welcoming it between the verb and the trip.
    ['واستقبل الرئيس اليوم السفير، ورحب الرئيس عبد المجيد تبون بزيارة الوفد البرلماني إلى البلاد.', 'visit'],
    // An invitation told as accepted was sent on a day the acceptance does not give.
    ['استقبل الرئيس الفرنسي صباح اليوم نظيره التشادي ورحب به على هذه الزيارة وقبوله الدعوة للمشاركة في القمة.', 'invitation'],
    ['وأعلنت الرئاسة أن رئيسة الوزراء الإيطالية قبلت دعوة الرئيس لأداء زيارة رسمية إلى تونس الأسبوع المقبل.', 'invitation'],
  ])('an event told as welcomed or accepted takes no day of the article: %s', (text, type) => {
    const found = ev(text).find((e) => e.type === type);
    expect(found, `no ${type}`).toBeDefined();
    expect(found!.date).toBeNull();
  });
  it.each([
    ['بدأ وزير الخارجية الإيراني محمد جواد ظريف زيارة إلى لبنان اليوم الأحد ستستمر لثلاثة أيام.', '2019-02-10', 'visit occurred'],
    ['استهل الرئيس التركي رجب طيب أردوغان أمس جولة خليجية ستشمل قطر والكويت.', '2017-07-24', 'visit occurred'],
    // A verb of the course still ahead leaves the event ahead.
    ['سيبدأ الرئيس اللبناني ميشال عون زيارة إلى قطر غدا تستمر يومين.', '2018-01-10', 'visit planned'],
  ])('an event a past verb of its course opens has begun, whatever the clause says of the rest: %s', (text, published, expected) => {
    expect(ev(text, published).map((e) => `${e.type} ${e.modality}`)).toEqual([expected]);
  });
  it('a future verb that names no event («سيستأنف برنامجه بزيارة جيبوتي يوم السبت») makes the event of its clause a plan', () => {
    const visit = ev('وأضاف المتحدث أن الرئيس سيستأنف برنامجه في أفريقيا بزيارة جيبوتي يوم السبت.', '2015-01-22').find((e) => e.type === 'visit');
    expect([visit?.modality, visit?.date?.start]).toEqual(['planned', '2015-01-24']);
  });
  it('an invitation not yet accepted keeps its visit inside it («دعاه لزيارة موسكو في سبتمبر»)', () => {
    expect(ev('ودعا الرئيس نظيره أمس لزيارة موسكو في سبتمبر المقبل.').map((e) => e.type)).toEqual(['invitation']);
  });
  it('reads what is prepared or planned for as planned («تم التخطيط لزيارة»)', () => {
    expect(new Set(modalities('وتم التخطيط لزيارة الرئيس إلى باريس.'))).toEqual(new Set(['planned']));
  });
  it('keeps what an invited visit is for inside the invitation («دعاها إلى زيارة لبنان لاستكمال المحادثات»)', () => {
    expect(ev('ودعا رئيس الوزراء نظيرته أمس إلى زيارة لبنان لاستكمال المحادثات.').map((e) => e.type)).toEqual(['invitation']);
  });
  it.each([
    ['قام الرئيس لولا بزيارة القاهرة في 15 فبراير 2020.', 'Luiz Inácio Lula da Silva'],
    ['واستقبل الرئيس السيسي الرئيس البرازيلي لولا في القاهرة يوم 15 فبراير 2020.', 'Luiz Inácio Lula da Silva'],
  ])('reads a name spelled like a particle of condition («لولا») after its title as the person, not a condition: %s', (text, name) => {
    expect(new Set(modalities(text))).toEqual(new Set(['occurred']));
    expect(ev(text).flatMap((e) => e.participants.map((p) => p.nameEn))).toContain(name);
  });
  it.each([
    ['فقد تسلم جلالته أمس أوراق اعتماد السفير الصيني.', 'occurred'],
    ['فقد تقبل الملك أمس أوراق اعتماد سفيرة تونس.', 'occurred'],
    ['فقد يزور الرئيس موسكو الشهر المقبل.', 'hypothetical'],
    ['وقال إن القمة قد تنعقد الشهر المقبل.', 'hypothetical'],
  ])('after «فـ» that explains, «قد» affirms a past verb unless the verb is plainly imperfect: %s → %s', (text, modality) => {
    expect(new Set(modalities(text))).toEqual(new Set([modality]));
  });
  it('reads a denial made in a call as denying what was said, not the call; what «أن» opens after it is denied, events and all', () => {
    const events = ev('نفى الرئيس الإيراني في اتصال هاتفي مع نظيره الفرنسي أمس وجود أي نية لعقد لقاء مع الرئيس الأمريكي.', '2023-03-10');
    expect(events.map((e) => `${e.type} ${e.modality}`).sort()).toEqual(['call occurred', 'meeting negated']);
    expect(new Set(modalities('ونفى المتحدث أن يكون الوزيران قد وقعا أي اتفاق خلال لقاء أمس.'))).toEqual(new Set(['negated']));
  });
  it.each([
    ['وأشارت الوزارة إلى احتمال حصول لقاء بين الوزيرين في أنقرة يوم 24 فبراير 2025.'],
    ['وتحدث المسؤول عن احتمالية عقد قمة ثلاثية في مارس 2025.'],
    ['وقال الرئيس إن الوضع بعيد عن الجاهزية للقاء نظيره الأوكراني في أغسطس 2025.'],
    ['وقال إن القيادة جاهزة لاستئناف المفاوضات في مارس 2025.'],
  ])('a meeting that is only possible («احتمال») or that someone is ready for is no meeting: %s', (text) => {
    expect(new Set(modalities(text))).toEqual(new Set(['hypothetical']));
  });
  it('a visit hoped for in a clause the text does not set apart («و أجدني اليوم متطلعا لزيارتكم») is no part of the past visit told before it', () => {
    const text = 'وقال الرئيس اليمني إنه يتذكر زيارة الرئيس الصيني شي جين بينغ لليمن في العام 2008 و أجدني اليوم متطلعا لزيارته لليمن من أجل تعزيز العلاقات.';
    const past = ev(text, '2013-11-13').find((e) => e.modality === 'occurred' && e.type === 'visit');
    expect(past?.date?.start).toBe('2008-01-01');
    expect(past!.mentions.map((m) => m.quote).join(' ')).not.toContain('متطلعا');
  });
  it.each([
    ['ولم تعلن وزارة الخارجية عن لقاء بين الوزيرين يوم الأحد في أنقرة.'],
    ['ولم تعلن الحكومة بعد عن برنامج الزيارة أو الشخصيات التي سيلتقيها رئيس الوزراء يوم الأحد.'],
    // A plan told in a relative clause about what was not announced opens no report of its own.
    ['ولم تعلن الحكومة بعد عن برنامج الزيارة أو الشخصيات التي من المنتظر أن يلتقي بها رئيس الوزراء يوم الأحد.'],
  ])('what has not been announced is not known to happen: %s', (text) => {
    expect(new Set(ev(text, '2021-09-29').filter((e) => e.date !== null).map((e) => e.modality))).toEqual(new Set(['hypothetical']));
  });
  it('reads hypotheticals and negations, which never reach the timeline as occurred/planned', () => {
    expect(new Set(modalities('وأشار السفير إلى أنه إذا تم توجيه دعوة للرئيس بوتين لزيارة الجزائر فستلقى الترحاب.'))).toEqual(new Set(['hypothetical']));
    expect(new Set(modalities('ونفى المتحدث وجود نية لفتح قنصليات جديدة لروسيا في الجزائر.'))).toEqual(new Set(['negated']));
    expect(new Set(modalities('ولم يزر لافروف الجزائر في 2019.'))).toEqual(new Set(['negated']));
    expect(new Set(modalities('وتعذر على الرئيس في 2017 استقبال وزير الخارجية الفرنسي.'))).toEqual(new Set(['negated']));
    expect(new Set(modalities('وقال إن الاجتماع الوزاري لم يحصل في الدوحة يوم 10 نوفمبر 2014.'))).toEqual(new Set(['negated']));
    expect(new Set(modalities('وأكد أن القمة لم تنعقد في موعدها يوم 10 نوفمبر 2014.'))).toEqual(new Set(['negated']));
  });
  it.each([
    ['وعمل السفير على إقناع الأطراف الليبية بتحريك المشاورات بينها.'],
    ['ودعا الوزير الطرفين للجلوس إلى طاولة المفاوضات.'],
    ['وتبذل الجزائر جهودا من أجل عقد محادثات بين الأطراف.'],
    ['وأعلن الرئيس في يناير 2020 استعداده للقاء نظيره.'],
    ['وأبدى الوزير في يناير 2020 رغبته في زيارة الجزائر قريبا.'],
    ['وعبر السفير عن رغبة بلاده في عقد قمة ثلاثية في يناير 2020.'],
    ['وقال الرئيس في يناير 2020 إنه مستعد لاستضافة المحادثات في عاصمة بلاده.'],
  ])('reads talks that are only an aim as hypothetical: %s', (text) => {
    expect(new Set(modalities(text))).toEqual(new Set(['hypothetical']));
  });
  it.each([
    ['ووصل الوزير أمس إلى الرباط من أجل حضور الاجتماع رفيع المستوى.'],
    ['وتوجه الرئيس يوم 14 مارس 2023 إلى أديس أبابا بهدف المشاركة في القمة الإفريقية.'],
  ])('reads a trip whose purpose is attending a meeting as no aim: %s', (text) => {
    expect(modalities(text)).not.toContain('hypothetical');
  });
  it.each([
    ['وقال المتحدث إن الرئيس سيؤجل زيارته إلى باريس التي كانت مقررة في 12 مارس 2023.', 'postponed'],
    ['وأعلنت الرئاسة أنها ستلغي القمة التي كانت مقررة في 5 مايو 2023.', 'cancelled'],
  ])('reads a postponement or cancellation announced in the future tense: %s', (text, modality) => {
    // Beside it stands the decision announced, which happened.
    const found = ev(text);
    expect(found.filter(notTheDecision).map((e) => e.modality)).toEqual([modality]);
    expect(found.filter((e) => !notTheDecision(e)).length).toBe(1);
  });
  it.each([
    ['قد يلغي الرئيس زيارته إلى باريس الأسبوع المقبل.'],
    ['وقال مصدر إن الرئيس قد يؤجل زيارته إلى باريس المقررة الأسبوع المقبل.'],
  ])('a putting off or calling off that only may come («قد يلغي») calls nothing off: %s', (text) => {
    const found = modalities(text);
    expect(found).not.toContain('cancelled');
    expect(found).not.toContain('postponed');
  });
  it.each([
    // The verb after the event it puts off or calls off («الزيارة تأجلت»), as before it («تأجلت الزيارة»).
    ['وكان من المقرر أن يزور الوزير دمشق في أكتوبر 2010، إلا أن الزيارة تأجلت دون الإعلان عن الأسباب.', 'postponed'],
    ['وكانت القمة مقررة في مارس 2018، لكن القمة أرجئت بسبب الانتخابات.', 'postponed'],
    ['وكان الرئيس سيزور الجزائر في 20 فبراير 2017 غير أن الزيارة ألغيت في آخر لحظة.', 'cancelled'],
    ['تأجلت زيارة الرئيس إلى باريس التي كانت مقررة في 12 مارس 2023.', 'postponed'],
    // The verbal noun with the event's pronoun after it («جرى تأجيلها», «تم إرجاؤها»).
    ['وكانت زيارة الرئيس إلى باريس مقررة في 12 مارس 2023، لكن جرى تأجيلها بسبب الإضرابات.', 'postponed'],
    // However long the relative clause that tells the plan the noun was («التي كانت منتظرة يوم … إلى …»).
    ['وذكرت الصحيفة أن زيارة الرئيس الجزائري التي كانت منتظرة يوم 14 مارس المقبل إلى العاصمة الإسبانية مدريد، تم تأجيلها.', 'postponed'],
    ['وأفاد مصدر أن القمة الثلاثية التي كان من المقرر عقدها في 3 يونيو 2023 بمدينة شرم الشيخ المصرية، جرى إرجاؤها.', 'postponed'],
    ['وقالت الوزارة إن زيارة الوفد الأوروبي التي كانت مقررة في 9 أبريل 2024 إلى العاصمة الليبية طرابلس، تم إلغاؤها.', 'cancelled'],
    ['وكان الاجتماع مقررا في 12 مارس 2023، وقد تم إرجاؤه دون تحديد موعد جديد.', 'postponed'],
    ['وقال المتحدث إن الرئيس لن يحضر، رغم إلغائه زيارة إلى أوغندا في مارس 2023 لأسباب أمنية.', 'cancelled'],
  ])('reads a plan put off or called off, the verb before or after the event: %s', (text, modality) => {
    expect(ev(text, '2024-01-01').filter(notTheDecision).map((e) => e.modality)).toEqual([modality]);
  });
  it.each([
    // Put off to a date the text gives: the plan put off, and the same plan made again for the new date.
    ['وأعلن البيت الأبيض أمس أن الرئيس أجل زيارته إلى السعودية التي كانت متوقعة نهاية الشهر الجاري إلى شهر يوليو القادم.', '2022-06-04', ['planned 2022-07-01..2022-07-31', 'postponed 2022-06-21..2022-06-30']],
    ['قررت الجامعة العربية تأجيل القمة التي كانت مقررة في 20 أبريل إلى يوم 15 مايو المقبل.', '2022-04-04', ['planned 2022-05-15..2022-05-15', 'postponed 2022-04-20..2022-04-20']],
    ['وكانت زيارة الوزير مقررة في مارس الماضي لكن جرى تأجيلها إلى يونيو.', '2024-04-10', ['planned 2024-06-01..2024-06-30', 'postponed 2024-03-01..2024-03-31']],
    // With no old date told, the new date is the new plan's alone.
    ['قررت الجامعة العربية تأجيل القمة إلى يوم 15 مايو المقبل.', '2022-04-04', ['planned 2022-05-15..2022-05-15', 'postponed undated']],
    // A new date told after «موعد جديد» in a clause of its own.
    ['قررت الجامعة العربية تأجيل القمة، على أن يتم تحديد موعد جديد لعقدها خلال شهر يونيو المقبل.', '2022-04-04', ['planned 2022-06-01..2022-06-30', 'postponed undated']],
    // «إلى» before a place is where the trip goes, and «إلى أجل غير مسمى» names no date: no new plan.
    ['أعلن الرئيس تأجيل زيارته إلى باريس إلى أجل غير مسمى.', '2022-04-04', ['postponed undated']],
    // «حتى» right after the putting off names the new date; further on it bounds what is under way.
    ['وقالت الوزارة إن الزيارة تأجلت حتى صباح الأربعاء لاستكمال الترتيبات.', '2023-07-11', ['planned 2023-07-12..2023-07-12', 'postponed undated']],
    ['وأعلنت الرئاسة تأجيل القمة حتى 20 مايو المقبل.', '2022-04-04', ['planned 2022-05-20..2022-05-20', 'postponed undated']],
    ['وتقرر تأجيل الاجتماع الذي كان مقررا اليوم، وستتواصل المشاورات حتى الخميس.', '2022-04-04', ['postponed 2022-04-04..2022-04-04']],
  ])('a plan put off to a new date is planned again for it: %s', (text, published, expected) => {
    const told = ev(text, published).filter(notTheDecision).map((e) => `${e.modality} ${e.date ? `${e.date.start}..${e.date.end}` : 'undated'}`);
    expect(told.sort()).toEqual(expected);
  });
  it.each([
    // A verb in the future that is no event's word still puts its clause ahead: the 22nd is this year's, two days on.
    ['وتبادل الجانبان التهاني بمناسبة مرور 25 عاما على إقامة العلاقات الدبلوماسية، والتي سيحتفل بها البلدان يوم 22 أبريل.', '2017-04-20', 'anniversary planned 2017-04-22'],
    ['وصل الوزير إلى طشقند أمس. وسيحتفل البلدان يوم 22 أبريل بالذكرى الخامسة والعشرين لإقامة العلاقات.', '2017-04-20', 'anniversary planned 2017-04-22'],
  ])('a day and month after a future verb are ahead: %s', (text, published, expected) => {
    expect(ev(text, published).map((e) => `${e.type} ${e.modality} ${e.date?.start ?? 'undated'}`)).toContain(expected);
  });
  it.each([
    // «لن» puts its verb in the future: a bare weekday after it is the coming one, even when the plan is denied.
    ['ولن يزور الوزير الكويت الثلاثاء كما كان مقررا.', '2019-01-14', 'negated 2019-01-15'],
    ['وقال المتحدث إن الرئيس لن يحضر القمة التي تعقد الخميس.', '2019-01-14', 'negated 2019-01-17'],
    ['وأكد الوزير أنه لن يلتقي نظيره الإيراني الأحد.', '2024-05-08', 'negated 2024-05-12'],
  ])('a weekday after «لن» is ahead: %s', (text, published, expected) => {
    expect(ev(text, published).map((e) => `${e.modality} ${e.date?.start ?? 'undated'}`)).toContain(expected);
  });
  it.each([
    ['وصل الرئيس إلى الرياض أمس. ورفض البيت الأبيض التعليق على مسار الجولة.'],
    ['وصل الرئيس إلى الرياض أمس. ورفضت الخارجية الإدلاء بأي تفاصيل عن الزيارة.'],
  ])('declining to comment on an event denies nothing: %s', (text) => {
    expect(ev(text, '2022-06-04').filter((e) => e.type === 'visit').map((e) => e.modality)).toEqual(['occurred']);
  });
  it.each([
    ['وزار الوزير دمشق في أكتوبر 2010، وتأجلت المفاوضات التجارية بعدها.'],
  ])('a verb of putting off far from the event leaves it as told: %s', (text) => {
    expect(ev(text, '2024-01-01').filter((e) => e.type === 'visit').map((e) => e.modality)).toEqual(['occurred']);
  });
  it.each([
    ['وأعلن وزير الخارجية الياباني أن زيارة الرئيس إلى طوكيو مقررة في بداية شهر أبريل 2009.'],
    ['وقال المتحدث إن القمة مقررة في 5 مايو 2023 في الدوحة.'],
    ['وأكد أن زيارة الوفد متوقعة في يونيو 2023.'],
  ])('reads an event said to be scheduled («مقررة») as planned: %s', (text) => {
    expect(new Set(modalities(text))).toEqual(new Set(['planned']));
  });
  it('reads every plan a «من المقرر» sentence lists as planned, and talks that are only a pressure\'s aim as hypothetical', () => {
    const planned = ev('وكان من المقرر أن يلتقي الرئيس الإماراتي خلال زيارته الإمبراطور، وأن يحضر مأدبة عشاء، إضافة إلى إجراء محادثات مع رئيسة الوزراء ساناي تاكايتشي في 9 فبراير 2026.', '2026-02-03');
    expect(planned.length).toBeGreaterThan(0);
    expect(new Set(planned.filter((e) => e.type === 'meeting').map((e) => e.modality))).toEqual(new Set(['planned']));
    expect(new Set(modalities('وأرسلت الولايات المتحدة حاملة طائرات إلى المنطقة في خطوة تهدف إلى الضغط على إيران للموافقة على استئناف المحادثات النووية في مارس 2026.'))).not.toContain('occurred');
  });
  it.each([
    // Talks told in the present on the article's own day are still to be held when it is written …
    ['يبحث وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين مع نظيره المصري سامح شكري العلاقات الثنائية.', '2021-10-04', 'planned'],
    ['ويلتقي الرئيس التونسي نظيره التركي اليوم في قصر قرطاج.', '2017-12-27', 'planned'],
    // … not talks told in the past, nor a trip under way on that day.
    ['بحث وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين مع نظيره المصري سامح شكري العلاقات الثنائية.', '2021-10-04', 'occurred'],
    ['يزور وزير الخارجية الروسي سيرغي لافروف اليوم القاهرة.', '2021-10-04', 'occurred'],
  ])('%s (%s) is %s', (text, published, modality) => {
    expect(ev(text, published).filter((e) => e.date?.start === published).map((e) => e.modality)).toEqual([modality]);
  });
  it('reads «قد» + imperfect as may, «قد» + past as has', () => {
    expect(new Set(modalities('وأشار إلى أن قمة قد تعقد بين الرئيسين في مارس 2021.'))).toEqual(new Set(['hypothetical']));
    // An object pronoun on the imperfect does not make it past.
    expect(new Set(modalities('وقال إن الوزيرة قد تزورها في أبريل 2023.'))).toEqual(new Set(['hypothetical']));
    expect(new Set(modalities('وذكر أن الرئيس قد يستقبله في مارس 2021.'))).toEqual(new Set(['hypothetical']));
    expect(ev('وكان الوزير قد التقى نظيره في 3 مارس 2020.')[0]?.modality).toBe('occurred');
    expect(ev('وقد تم توقيع الاتفاق في 3 مارس 2020.')[0]?.modality).toBe('occurred');
    expect(ev('وكانت تونس قد توصلت في أكتوبر 2019 إلى اتفاق مع الصندوق.')[0]?.modality).toBe('occurred');
  });
  it('reads what an agreement is about as planned', () => {
    const e = ev('واتفق الوزيران يوم 21 يوليو 2020 على تبادل الزيارات بين البلدين.');
    expect(e.find((x) => x.type === 'agreement')?.modality).toBe('occurred');
    expect(e.filter((x) => x.type === 'visit').map((x) => [x.modality, x.date])).toEqual([['planned', null]]);
  });
  it('names an event by what happened, not by the visit that frames it', () => {
    const e = ev('والتقى لافروف نظيره المصري على هامش الزيارة يوم 21 يوليو 2020.');
    expect(e.map((x) => x.type)).toEqual(['meeting']);
  });
  it('reads an event after «منذ» as a past reference point, whatever the sentence plans', () => {
    const e = ev('وستكون زيارة الرئيس، إن تمت، الأولى منذ مشاركة سلفه في القمة العربية في مارس 2019.');
    expect(e.find((x) => x.type === 'conference')?.modality).toBe('occurred');
  });
  it('reads what is prepared for as planned, not what prepared it', () => {
    const e = ev('وكان الوزير قد تلقى في 15 يوليو 2020 اتصالا هاتفيا من نظيره الصيني للتحضير للزيارة.');
    expect(e.find((x) => x.type === 'call')?.modality).toBe('occurred');
    // The date is the call's: the planned visit is not placed on it.
    expect(e.filter((x) => x.type === 'visit').map((x) => [x.modality, x.date])).toEqual([['planned', null]]);
  });
  it('reads the past as occurred', () => {
    const e = ev('زار لافروف الجزائر في 19 يناير 2020.');
    expect(e[0]?.modality).toBe('occurred');
    expect(e[0]?.date?.start).toBe('2020-01-19');
  });
  it.each([
    ['يزور رئيس الإمارات محمد بن زايد والرئيس المصري عبد الفتاح السيسي الصين هذا الأسبوع.', '2024-05-27', 'visit planned'],
    ['يزور وزير الخارجية التركي هاكان فيدان الجزائر خلال الشهر الجاري.', '2024-05-08', 'visit planned'],
    ['زار وزير الخارجية التركي هاكان فيدان الجزائر خلال الشهر الجاري.', '2024-05-08', 'visit occurred'],
    ['يزور وزير الخارجية التركي هاكان فيدان الجزائر اليوم.', '2024-05-08', 'visit occurred'],
  ])('an event told only in the imperfect in a week or month that runs on past the article\'s day is still to come: %s', (text, published, want) => {
    expect(ev(text, published).filter((e) => e.date).map((e) => `${e.type} ${e.modality}`)).toEqual([want]);
  });
  it.each([
    ['وقال نائب الوزير إن الرئيس شي جين بينغ سيحضر المنتدى في 30 مايو. وذكر أن المنتدى سيهدف إلى تعميق التوافق وسيشارك في رئاسته الوزير وانغ يي.', 'conference', ['planned']],
    ['وقال المتحدث إن القمة العربية ستعقد في الرياض في 16 مايو. وأضاف أن القمة ستبحث ملفات المنطقة.', 'conference', ['planned']],
  ])('a definite noun that can only point back to a plan is that plan, unless a verb tells it done: %s', (text, type, want) => {
    expect(ev(text, '2024-05-14').filter((e) => e.type === type).map((e) => e.modality).sort()).toEqual(want);
  });
  it.each([
    ['استقبل الرئيس قيس سعيد اليوم رئيسة الوزراء الإيطالية جورجا ميلوني في قرطاج. وقالت الحكومة الإيطالية إنه "بالتوازي مع ذلك، سيتم عقد اجتماع الوزراء المرافقين مع نظرائهم التونسيين".', ['meeting occurred 2024-04-17', 'meeting planned 2024-04-17']],
    ['استقبل الرئيس قيس سعيد اليوم رئيسة الوزراء الإيطالية جورجا ميلوني في قرطاج. وبالتزامن مع ذلك، سيعقد وزيرا الخارجية لقاء في مقر الوزارة.', ['meeting occurred 2024-04-17', 'meeting planned 2024-04-17']],
    ['وعقد اجتماع وزراء الخارجية العرب في القاهرة يوم 15 أبريل بحضور الأمين العام.', ['conference occurred 2024-04-15']],
  ])('what is planned «in parallel with» the day\'s event is ahead on its day, and ministers meeting their counterparts hold talks: %s', (text, want) => {
    expect(ev(text, '2024-04-17').filter((e) => e.date).map((e) => `${e.type} ${e.modality} ${e.date!.start}`).sort()).toEqual(want);
  });
});

describe('an adjective of a plan describes the nearest event noun before it, not one further back', () => {
  const courseOf = (text: string, published: string, type: string) => ev(text, published).find((e) => e.type === type)?.modality ?? null;
  it.each([
    ['وأضافت أن الوزير نقل تحيات الرئيس الجزائري عبد المجيد تبون إلى الرئيس برهم صالح، وسلّمه دعوة رسمية لحضور القمة العربية المزمع تنظيمها في الجزائر في تشرين الثاني القادم.', '2022-09-18', 'invitation', 'occurred'],
    ['وأضافت أن الوزير نقل تحيات الرئيس الجزائري عبد المجيد تبون إلى الرئيس برهم صالح، وسلّمه دعوة رسمية لحضور القمة العربية المزمع تنظيمها في الجزائر في تشرين الثاني القادم.', '2022-09-18', 'conference', 'planned'],
    ['تسلم الرئيس اليوم الأحد دعوة من أمير قطر الشيخ تميم بن حمد للمشاركة في القمة الخليجية المرتقبة في الدوحة.', '2021-12-05', 'invitation', 'occurred'],
  ])('%s → %s %s', (text, published, type, expected) => {
    expect(courseOf(text, published, type)).toBe(expected);
  });
});

describe('what a clause after a comma hands over to «him» («وسلّمه دعوة») is handed by the sentence\'s subject to the one it named last', () => {
  it.each([
    ['نقل الوزير طبي تحيات الرئيس عبد المجيد تبون إلى الرئيس برهم صالح، وسلّمه دعوة رسمية لحضور القمة العربية.', '2022-09-18', ['Abdelmadjid Tebboune', 'Barham Salih']],
    ['أبلغ المبعوث الشخصي تحيات الملك محمد السادس إلى الرئيس قيس سعيد، وسلّمه دعوة لزيارة المغرب.', '2021-06-10', ['Kais Saied', 'Mohammed VI']],
  ])('%s', (text, published, expected) => {
    const invitation = ev(text, published).find((e) => e.type === 'invitation');
    expect(invitation?.date?.start).toBe(published);
    expect(invitation?.participants.filter((p) => p.kind === 'person').map((p) => p.nameEn).sort()).toEqual(expected);
  });
});

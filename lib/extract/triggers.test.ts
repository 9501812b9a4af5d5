import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const dated = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-15', precision: 'day' } })
  .filter((e) => e.date);

// One line per case: a sentence as wires write it, the type and modality of the event it reports.
const CASES: Array<[string, string, string]> = [
  ['بحث الرئيس عبد المجيد تبون أمس مع رئيس الوزراء الإيطالي سبل تعزيز التعاون.', 'meeting', 'occurred'],
  ['وبحث وزيرا الخارجية يوم 14 مارس 2023 العلاقات الثنائية.', 'meeting', 'occurred'],
  // A style and a blessing between an arrival's verb and «إلى» are no words between them.
  ['وصل جلالة السلطان إلى جمهورية بيلاروس في 10 مارس 2023.', 'visit', 'occurred'],
  // An arrival whose subject a minister of state's offices set off by commas is an arrival all the same.
  ['حلّ وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف، اليوم بجوهانسبرغ.', 'visit', 'occurred'],
  ['بعون الله، وصل جلالة السلطان حفظه الله ورعاه إلى جمهورية بيلاروس في 10 مارس 2023.', 'visit', 'occurred'],
  // A meeting held by telephone is a call.
  ['عقد الرئيسان يوم 14 مارس 2023 اجتماعا هاتفيا بحثا خلاله العلاقات الثنائية.', 'call', 'occurred'],
  ['وأجرى الوزيران في 14 مارس 2023 لقاء هاتفيا تناول التطورات الإقليمية.', 'call', 'occurred'],
  // An arrival that is expected is ahead.
  ['ويتوقع وصول رئيس الوزراء الإثيوبي إلى جيبوتي في زيارة رسمية خلال الشهر الجاري.', 'visit', 'planned'],
  // The words of a date between a verb of leaving and «إلى» count for nothing.
  ['غادر الرئيس الصومالي حسن شيخ محمود يوم الأحد، 12 آذار/مارس، إلى الولايات المتحدة.', 'visit', 'occurred'],
  ['غادر رئيس الوزراء صباح الخميس 9 مارس 2023 متوجها إلى العاصمة البلجيكية بروكسل.', 'visit', 'occurred'],
  // An arrival named by its noun, with «إلى» and a place after who arrives, is a visit.
  ['كشفت وسائل إعلام الأربعاء 8 مارس 2023 عن وصول المبعوثة الأممية الجديدة إلى العاصمة طرابلس.', 'visit', 'occurred'],
  ['وأعلنت الرئاسة في 10 مارس 2023 وصول الرئيس الفرنسي إلى الجزائر في زيارة رسمية.', 'visit', 'occurred'],
  // A verb of visiting whose object, after its subject, is a person calls on that person; a place named first is where
  // the trip went, and whoever goes along with the subject is visited by nobody.
  ['زار وزير الخارجية الروسي سيرغي لافروف الرئيس الجزائري عبد المجيد تبون في 10 مارس 2023.', 'meeting', 'occurred'],
  ['زار الرئيس التونسي قيس سعيد الجزائر في 10 مارس 2023.', 'visit', 'occurred'],
  ['زار الرئيس الفرنسي إيمانويل ماكرون برفقة زوجته بريجيت ماكرون مدينة وهران في 10 مارس 2023.', 'visit', 'occurred'],
  ['زار رئيس جمهورية الصومال الاتحادية، السيد حسن شيخ محمود، جيبوتي في 10 مارس 2023.', 'visit', 'occurred'],
  // A summit named by two states right after it is talks between them; by three, a conference.
  ['وعقد ولي العهد والرئيس الأمريكي القمة السعودية الأمريكية في البيت الأبيض في 10 مارس 2023.', 'meeting', 'occurred'],
  ['وانعقدت القمة المصرية اليونانية القبرصية في القاهرة في 10 مارس 2023.', 'conference', 'occurred'],
  // A meal given in someone's honour is a reception of them.
  ['أقام الملك مأدبة عشاء على شرف الرئيس الفرنسي في باريس في 10 مارس 2023.', 'meeting', 'occurred'],
  // The honour may be told with a pronoun pointing back to the guest.
  ['حضر رئيس الوزراء العراقي في 10 مارس 2023 مأدبة عشاء أقامها على شرفه سلطان عمان في صلالة.', 'meeting', 'occurred'],
  ['وحضرت المستشارة الألمانية في 10 مارس 2023 مأدبة غداء أقيمت على شرفها في قصر الإليزيه.', 'meeting', 'occurred'],
  // Receiving a letter that someone hands over is an audience.
  ['تلقى الرئيس في 10 مارس 2023 رسالة من نظيره البرازيلي تسلمها وزير الخارجية لدى استقباله الوزير البرازيلي.', 'meeting', 'occurred'],
  // Hosting a person is receiving them; a city that hosts holds a conference.
  ['استضاف الرئيس المصري نظيره الفرنسي أمس في القاهرة.', 'meeting', 'occurred'],
  ['وسيستضيف الرئيس الأمريكي ولي عهد البحرين الأسبوع المقبل في البيت الأبيض.', 'meeting', 'planned'],
  ['يستضيف العاهل الأردني الرئيس الفلسطيني غدا في عمان.', 'meeting', 'planned'],
  ['واستضافت الرياض أمس القمة العربية.', 'conference', 'occurred'],
  ['وأعلن البلدان أمس اتفاقا عقب مباحثات استضافتها بكين بين مستشار الأمن الوطني ووزير الخارجية.', 'agreement', 'occurred'],
  ['وأجرى لافروف جولة محادثات مع نظيره في 10 مارس 2023.', 'meeting', 'occurred'],
  // «تحادث» is talks held, face to face; by telephone («هاتفيا») a call.
  ['وتحادث الرئيس الجزائري مع نظيره الصيني في بكين يوم 14 مارس 2023.', 'meeting', 'occurred'],
  ['تحادث رئيس الحكومة هاتفيا يوم 14 مارس 2023 مع رئيس الوزراء الإيطالي.', 'call', 'occurred'],
  // Expelling an ambassador, told in the past or, as headlines do, in the present.
  ['طردت الكويت السفير الفلبيني يوم 25 أبريل 2018.', 'other', 'occurred'],
  ['وقالت الوزارة إن الكويت تطرد السفير الفلبيني اليوم.', 'other', 'occurred'],
  // So is discussing by telephone, however long the names of who discussed.
  ['ناقشت وزيرة الخارجية الإندونيسية ريتنو مارسودي ونظيرها السعودي فيصل بن فرحان ، عبر الهاتف ، يوم 14 مارس 2023 القضايا الأمنية.', 'call', 'occurred'],
  ['بحث وزير الخارجية هاتفيا يوم 14 مارس 2023 مع نظيره القطري سبل التعاون.', 'call', 'occurred'],
  ['بحث وزير الخارجية مع نظيره القطري يوم 14 مارس 2023 في الدوحة سبل التعاون.', 'meeting', 'occurred'],
  // A round of talks, whatever the word for the talks, is talks, not a tour.
  ['وعقدت مصر والأردن جولة مباحثات رسمية في عمّان في 10 مارس 2023.', 'meeting', 'occurred'],
  ['وانطلقت في الدوحة أمس جولة من المباحثات بين الجانبين.', 'meeting', 'occurred'],
  // Congratulating someone named or titled is a message of congratulations, when its clause dates it.
  ['وهنأ الرئيس التونسي نظيره الجزائري في 14 مارس 2023 على نجاح الحوار.', 'statement', 'occurred'],
  ['وفي مارس 2023، هنأت الوزيرة نظيرها الفرنسي بتوليه منصبه.', 'statement', 'occurred'],
  // A message handed over in person is an audience, whoever is named between the verb and the message.
  ['وتسلم الرئيس الجزائري رسالة خطية من نظيره التونسي يوم 14 مارس 2023.', 'meeting', 'occurred'],
  ['تسلم رئيس جمهورية جنوب السودان سلفاكير ميارديت يوم 14 مارس 2023 رسالة خطية من الرئيس المصري.', 'meeting', 'occurred'],
  ['وسلم الوزير رئيس الوزراء الهندي في 14 مارس 2023 رسالة من الرئيس.', 'meeting', 'occurred'],
  ['ويتسلم أمير الكويت الأحد المقبل رسالة من خادم الحرمين الشريفين.', 'meeting', 'planned'],
  // A press conference is what was said there, whatever its case ending, and the trip it was held on does not rename it.
  ['وعقد الوزيران مؤتمرا صحفيا مشتركا في 14 مارس 2023.', 'statement', 'occurred'],
  ['وعقد الوزيران في 14 مارس 2023 مؤتمرا صحفيا على هامش زيارة الوزير الياباني للسلطنة.', 'statement', 'occurred'],
  // The meeting of a body of states is a conference of them; a meeting with its secretary-general is talks.
  ['وتداول الوزيران نتائج اجتماع مجلس الجامعة العربية الذي عقد يوم 14 مارس 2023.', 'conference', 'occurred'],
  ['ويشارك الوزير يوم 20 مارس 2023 في اجتماع المجلس الأوروبي.', 'conference', 'planned'],
  ['وعقد الوزير في 14 مارس 2023 اجتماعا مع الأمين العام لجامعة الدول العربية.', 'meeting', 'occurred'],
  ['واجتمع الوزير في 14 مارس 2023 مع ممثلي حركة حماس.', 'meeting', 'occurred'],
  ['وعقد في 14 مارس 2023 اجتماع دولي بصيغة أستانا لبحث الوضع في سوريا.', 'conference', 'occurred'],
  // An ordinal and «في» may stand between the meeting and the body («الاجتماع الأول لوزراء الخارجية في مجلس التعاون»).
  ['ويحضر الوزير يوم 20 مارس 2023 الاجتماع الأول لوزراء الخارجية في مجلس التعاون الخليجي.', 'conference', 'planned'],
  ['وشارك الوزير في 14 مارس 2023 في الاجتماع الثاني لقادة دول الاتحاد الأفريقي.', 'conference', 'occurred'],
  // So is a ministerial meeting, and a meeting a body of states or a joint commission holds, told after it.
  ['ويشارك الوزير في الاجتماع الوزاري لمنتدى التعاون يوم 20 مارس 2023.', 'conference', 'planned'],
  ['وعقد وزراء خارجية دول الاتحاد الأفريقي اجتماعا طارئا في أديس أبابا في 14 مارس 2023.', 'conference', 'occurred'],
  ['وتعقد اللجنة العليا المشتركة بين البلدين اجتماعها الأول في الرباط يوم 20 مارس 2023.', 'conference', 'planned'],
  ['وعقد وزير الخارجية في 14 مارس 2023 اجتماعا مع نظيره الأردني.', 'meeting', 'occurred'],
  // A host's seat visited is a call on its host; a country visited is a trip.
  ['وزار الوزير قصر الإليزيه في 14 مارس 2023 حيث التقى الرئيس الفرنسي.', 'meeting', 'occurred'],
  ['وزار الوزير فرنسا في 14 مارس 2023.', 'visit', 'occurred'],
  // Signing a decree is an act of government, not an agreement: the appointment it makes is the event.
  ['ووقع الرئيس يوم 14 مارس 2023 مرسوما بتعيين السفير الجديد.', 'appointment', 'occurred'],
  ['تلقى الرئيس تبون أمس اتصالا هاتفيا من الرئيس بوتين.', 'call', 'occurred'],
  // A contact made «بـ» a holder of office named by the office alone is a call, a date between them or not.
  ['وأجرى الرئيس الموريتاني اتصالا أول أمس برئيس ساحل العاج.', 'call', 'occurred'],
  ['وأجرى الرئيس الموريتاني يوم أمس اتصالات بقادة دول الساحل الأربع.', 'call', 'occurred'],
  // «بـ» written apart from the name it takes, in quotes.
  ['وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد أجرى اتصالا بـ"توكاييف"، السبت الماضي.', 'call', 'occurred'],
  // Becoming the holder of a post is an appointment.
  ['وسلم الرئيس الموريتاني في 16 فبراير 2023 الرئاسة الدورية للاتحاد الإفريقي إلى نظيره الأنغولي.', 'appointment', 'occurred'],
  ['وجرت مراسم تسليم الرئاسة الدورية للاتحاد في 16 فبراير 2023.', 'appointment', 'occurred'],
  ['وقالت الوزارة إن عمرو الحمامي سيصبح سفيرا لمصر لدى أنقرة في مارس 2023.', 'appointment', 'planned'],
  ['وأصبح محمد الأمين وزيرا للخارجية في مارس 2023.', 'appointment', 'occurred'],
  // Taking over one's duties with the holder and the day between; being elected to a post.
  ['وتسلم الرئيس الغاني، نانا أكوفو أدو، يوم 16 فبراير 2023، مهامه رئيسا دوريا للمجموعة.', 'appointment', 'occurred'],
  ['وانتخب البرلمان يوم 16 فبراير 2023 النائب حسن علي رئيسا للجنة الخارجية.', 'appointment', 'occurred'],
  // A recall or summons told by its noun, whatever stands between it and the ambassadors.
  ['وأصدر الرئيس أمس استدعاء لجميع سفراء بلاده في العالم.', 'other', 'occurred'],
  ['وأعلنت الوزارة في 14 مارس 2023 استدعاء القائم بالأعمال الإيراني.', 'other', 'occurred'],
  ['وقام لافروف بزيارة إلى القاهرة في 12 مارس 2023.', 'visit', 'occurred'],
  ['ووقعت روسيا والجزائر في 13 مارس 2023 مذكرة تفاهم في مجال الطاقة.', 'agreement', 'occurred'],
  ['وتوصل الطرفان إلى اتفاق في 13 مارس 2023 حول تقاسم المياه.', 'agreement', 'occurred'],
  ['وسيزور الرئيس تبون موسكو في يونيو 2023.', 'visit', 'planned'],
  // A summit with one other leader is talks between two; a summit of many is a conference.
  ['وعقد الرئيس المصري في 14 مارس 2023 قمة مع نظيره الكوري في القاهرة.', 'meeting', 'occurred'],
  ['وعقدت في 14 مارس 2023 في الرياض القمة العربية الصينية.', 'conference', 'occurred'],
  // … and so is one said to be between the two countries, its adjectives between; one between many stays a conference.
  ['والقمة الحكومية الرابعة بين البلدين التي احتضنتها الجزائر في 18 جويلية 2022.', 'meeting', 'occurred'],
  ['وعقدت القمة الحكومية بين الجانبين الجزائري والإيطالي في 18 جويلية 2022.', 'meeting', 'occurred'],
  ['وعقدت القمة بين الدول العربية والصين في الرياض في 9 ديسمبر 2022.', 'conference', 'occurred'],
  // A verb of convening is the kind of what it convenes: no conference beside the talks between two.
  ['وانعقدت أول قمة بين البلدين في تونس سنة 1985.', 'meeting', 'occurred'],
  // Going to a place is a visit; «ذهب إلى أن» (argued that) is none (NOT_EVENTS).
  ['وذهب أمير الكويت إلى القاهرة في 12 مارس 2023.', 'visit', 'occurred'],
  // «بدعوة من» names the invitation a trip answers: the trip is the event («أدت … زيارة صداقة وعمل»).
  ['أدت رئيسة الهند يوم 14 مارس 2023 بدعوة من الرئيس الموريتاني زيارة صداقة وعمل إلى موريتانيا.', 'visit', 'occurred'],
  // «بـ» after a verb of informing governs the invitation told: an event of its own, not the one a trip answers; what the
  // relative clause after the summit plans is the summit, not the invitation.
  ['أخطرت الحكومة الهندية الخرطوم يوم 14 سبتمبر 2015 بدعوة رسمية للرئيس السوداني للمشاركة في القمة الهندية الأفريقية التي سوف تعقد في نيودلهي الشهر القادم.', 'invitation', 'occurred'],
  ['وأبلغ السفير وزير الخارجية يوم 14 سبتمبر 2015 بدعوة رسمية لحضور القمة.', 'invitation', 'occurred'],
  // A signing someone presided over or witnessed took place; undated, it takes the article's day.
  ['وصل رئيس الحكومة الإسبانية بيدرو سانشيز إلى نواكشوط في 14 مارس 2023. كما أشرف رفقة الرئيس الموريتاني محمد ولد الغزواني، على توقيع مذكرة تفاهم بشأن الهجرة.', 'agreement', 'occurred'],
  // Invited «إلى حضور» or «إلى المشاركة» as much as «لحضور».
  ['ودعا الرئيس الإندونيسي يوم 14 مارس 2023 ولي عهد أبوظبي إلى حضور قمة مجموعة العشرين.', 'invitation', 'occurred'],
  ['ووجه الرئيس يوم 14 مارس 2023 دعوة إلى نظيره إلى المشاركة في القمة.', 'invitation', 'occurred'],
  ['ومن المقرر أن يفتتح الوزير المركز الثقافي في أبريل 2023.', 'opening', 'planned'],
  ['وجه الرئيس بوتين أمس دعوة للرئيس تبون لزيارة روسيا.', 'invitation', 'occurred'],
  ['وقالت وزارة الخارجية الروسية في بيان أمس إن لافروف سيلتقي نظيره الأسبوع المقبل.', 'meeting', 'planned'],
  ['وقالت وزارة الخارجية الروسية أمس إن لافروف سيلتقي نظيره الأسبوع المقبل، في بيان حول العلاقات نشرته على موقعها.', 'meeting', 'planned'],
  ['وأصدرت وزارة الخارجية الروسية أمس بيانا حول الأوضاع في المنطقة.', 'statement', 'occurred'],
  ['وبعث الرئيس أمس برقية تهنئة إلى نظيره بمناسبة العيد الوطني.', 'statement', 'occurred'],
  ['ومن المنتظر أن يترأس الوزيران غدا أشغال اللجنة المشتركة.', 'meeting', 'planned'],
  ['وأصدر البلدان أمس بيانا مشتركا حول العلاقات الثنائية.', 'statement', 'occurred'],
  ['وتلقى الرئيس أمس برقية من نظيره الجيبوتي.', 'statement', 'occurred'],
  ['وأدى سفراء معينون القسم أمام الملك أمس.', 'appointment', 'occurred'],
  ['ورشحت تركيا أمس الدبلوماسي صالح موتلو شن سفيرا لدى القاهرة.', 'appointment', 'occurred'],
  // Condolences offered in person are a meeting; offered on a call or in a cable, they are what the call or cable said.
  ['وقدم وزير الخارجية التعازي أمس إلى أمير الكويت في قصر بيان.', 'meeting', 'occurred'],
  ['وأجرى الرئيس أمس اتصالا هاتفيا بأمير الكويت قدم خلاله التعازي بوفاة الأمير الراحل.', 'call', 'occurred'],
  ['وحل الوزير بتونس يوم 14 مارس 2023 في زيارة تدوم يومين.', 'visit', 'occurred'],
  ['ومن المقرر أن يلقي الرئيس أمام البرلمان يوم 16 مارس 2023 خطابا.', 'statement', 'planned'],
  ['ودخلت الاتفاقية حيز التنفيذ في الأول من مارس 2023.', 'agreement', 'occurred'],
  ['وقطعت الرباط علاقاتها الدبلوماسية مع طهران في مايو 2018.', 'other', 'occurred'],
  ['وتعود العلاقات بين البلدين إلى 5 يوليو 1962.', 'other', 'occurred'],
  ['وأقامت مصر وكازاخستان علاقاتهما الدبلوماسية في عام 1992.', 'other', 'occurred'],
  ['وأقيمت العلاقات الدبلوماسية بين الكويت وأرمينيا عام 1994.', 'other', 'occurred'],
  ['وكانت قطر وأوزبكستان قد أقامتا علاقات دبلوماسية في نوفمبر 1997.', 'other', 'occurred'],
  ['واحتفل البلدان في 2016 بالذكرى الستين لإقامة العلاقات الدبلوماسية بينهما.', 'anniversary', 'occurred'],
  ['وتبادل الجانبان التهاني بمناسبة مرور 25 عاما على إقامة العلاقات الدبلوماسية يوم 22 أبريل 2017.', 'anniversary', 'occurred'],
  ['وشن الجيش في 3 مارس 2023 سلسلة ضربات على مواقع المسلحين.', 'military', 'occurred'],
  ['واستدعت وزارة الخارجية الجزائرية السفير الفرنسي يوم 14 مارس 2023.', 'other', 'occurred'],
  // … also after a long subject, the day and the place: «استدعى رئيس الجمهورية قيس سعيد عصر يوم … بقصر قرطاج … سفير».
  ['استدعى رئيس الجمهورية قيس سعيد عصر يوم 14 مارس 2023 بقصر قرطاج جيوسيبي بيرون سفير الاتحاد الأوروبي بتونس.', 'other', 'occurred'],
  ['وفي 5 يونيو 2017 قطعت السعودية ومصر والإمارات والبحرين، علاقاتها مع قطر.', 'other', 'occurred'],
  ['وقررت السنغال يوم 13 مارس 2023 إعادة سفيرها إلى الدوحة.', 'other', 'occurred'],
  ['ودعت المجموعة في قمتها يوم 14 مارس 2023 ست دول للانضمام إليها.', 'invitation', 'occurred'],
  ['واختتمت يوم 14 مارس 2023 أعمال الدورة الـ48 لمجلس وزراء خارجية دول المنظمة.', 'conference', 'occurred'],
  ['وعقد وزراء الخارجية العرب يوم 14 مارس 2023 اجتماعا طارئا، وهو أول اجتماع لوزراء الخارجية منذ عامين.', 'conference', 'occurred'],
  ['وقال المسؤول إن الملك سيكون في إندونيسيا من 1 أبريل إلى 9.', 'visit', 'planned'],
  // A plane carrying the visitor landing there is the arrival.
  ['وهبطت طائرة الوزير يوم 14 مارس 2023 في مطار مراكش.', 'visit', 'occurred'],
  // A stopover on the way is a short visit to the place.
  ['وأجرى رئيس الوزراء يوم 14 مارس 2023 توقفا تقنيا بمطار القاهرة الدولي في طريقه إلى نيروبي.', 'visit', 'occurred'],
  ['وسيجري الرئيس يوم 16 مارس 2023 توقفا قصيرا في لشبونة قبل أن يواصل رحلته.', 'visit', 'planned'],
  // Leaving for a place starts a trip there.
  ['وغادر الرئيس يوم 14 مارس 2023 إلى باريس.', 'visit', 'occurred'],
  ['وسيغادر الملك يوم 16 مارس 2023 إلى لندن لحضور الاحتفال.', 'visit', 'planned'],
  // Heading for a place tells the trip, however long the party that leaves and whatever it leaves.
  ['وغادر رئيس الجمهورية العماد ميشال سليمان، واللبنانية الأولى السيدة وفاء سليمان، لبنان ظهر 14 مارس 2023 من مطار رفيق الحريري الدولي متوجهين إلى باريس.', 'visit', 'occurred'],
  ['ويغادر الرئيس الكيني بيروت يوم 16 مارس 2023 متجها إلى دمشق.', 'visit', 'planned'],
  // A round of talks («الجولة الثانية من المحادثات») is talks, not a trip; a tour «من» a number of stops is a trip.
  ['وانطلقت يوم 14 مارس 2023 الجولة الثانية من المحادثات بين البلدين في روما.', 'meeting', 'occurred'],
  ['وتعقد جولة جديدة من المفاوضات في جنيف يوم 16 مارس 2023.', 'meeting', 'planned'],
  ['وبدأ الرئيس يوم 14 مارس 2023 جولة من ثلاث محطات تشمل مصر.', 'visit', 'occurred'],
  // … so is a round «ل» talks or «ل» the framework they are held in; a tour «ل» what it is for is a trip.
  ['وانطلقت يوم 14 مارس 2023 الجولة الثالثة للمفاوضات بين البلدين في روما.', 'meeting', 'occurred'],
  ['وعقدت يوم 14 مارس 2023 الجولة السابعة لآلية التشاور السياسي بين تونس والبرتغال في لشبونة.', 'meeting', 'occurred'],
  ['وتنطلق في الرباط يوم 16 مارس 2023 الجولة الرابعة للحوار الاستراتيجي بين البلدين.', 'meeting', 'planned'],
  ['واختتمت في طوكيو يوم 9 مايو 2022 الجولة الثالثة من الحوار السياسي بين البلدين.', 'meeting', 'occurred'],
  ['وعقدت في الدوحة يوم 2 يونيو 2021 الجولة الأولى من التشاور الاستراتيجي بين الوزارتين.', 'meeting', 'occurred'],
  ['وبدأ الوزير يوم 14 مارس 2023 جولة لبحث الأزمة مع قادة المنطقة.', 'visit', 'occurred'],
  // Going to a building a host receives in is the meeting held there; going to a city, an airport or an organisation's
  // seat is a visit.
  ['ووصل الموفد الفرنسي يوم 14 مارس 2023 إلى قصر بعبدا للقاء الرئيس اللبناني.', 'meeting', 'occurred'],
  ['ومن المقرر أن يتوجه الرئيس يوم 16 مارس 2023 إلى مقر القصر الرئاسي حيث تستقبله رئيسة البرازيل.', 'meeting', 'planned'],
  ['وتوجه الوزير إلى البيت الأبيض يوم 14 مارس 2023.', 'meeting', 'occurred'],
  ['ووصل الرئيسان يوم 14 مارس 2023 إلى مقر انعقاد القمة التي تجمع بينهما لإجراء مباحثات.', 'meeting', 'occurred'],
  ['ووصل الموفد الفرنسي يوم 14 مارس 2023 إلى بيروت للقاء الرئيس اللبناني.', 'visit', 'occurred'],
  ['ووصل الرئيس يوم 14 مارس 2023 إلى مطار وهران الدولي.', 'visit', 'occurred'],
  // Arriving names the place as its object, without a preposition.
  ['وصل الرياض يوم 14 مارس 2023 رئيس جمهورية نيجيريا بولا تينوبو.', 'visit', 'occurred'],
  ['ووصل الملك يوم 14 مارس 2023 إلى مقر الاتحاد الإفريقي في أديس أبابا.', 'visit', 'occurred'],
  // A host's building where a gathering is attended is its venue: the arrival is the trip.
  ['ووصل أمير الكويت يوم 14 مارس 2023 إلى قصر الرئاسة في بغداد للمشاركة في فعاليات القمة.', 'visit', 'occurred'],
  // A boycott or a blockade with a date of its own is an event of relations.
  ['وذلك بعد المقاطعة التي فرضتها السعودية والإمارات والبحرين ومصر في يونيو 2017.', 'other', 'occurred'],
  ['وفرضت الدول الأربع في 5 يونيو 2017 حصارا على الدوحة.', 'other', 'occurred'],
  // Travelling or moving on to a country or a city is a visit.
  ['وتنقل الرئيس الفرنسي صباح 14 مارس 2023 إلى مدينة وهران.', 'visit', 'occurred'],
  ['وسافر وزير الخارجية إلى موسكو في 14 مارس 2023.', 'visit', 'occurred'],
  // Invited to a gathering named right after «إلى», whoever stands between.
  ['ودعاه بوتين بدوره يوم 14 مارس 2023 إلى القمة الروسية الإفريقية.', 'invitation', 'occurred'],
  ['ودعا الرئيس نظيره في 14 مارس 2023 إلى المنتدى الاقتصادي.', 'invitation', 'occurred'],
  // Giving or setting aside a sum is aid.
  ['وقال إن الاتحاد الأوروبي سيخصص 105 ملايين يورو لتونس في أبريل 2023.', 'aid', 'planned'],
  ['ومنح الصندوق السعودي للتنمية موريتانيا 50 مليون دولار في مارس 2023.', 'aid', 'occurred'],
  // The outbreak of fighting, named right after the verb or its noun, is a military event.
  ['وتتواصل المحادثات منذ اندلاع القتال في 15 أبريل 2022.', 'military', 'occurred'],
  ['واندلعت الاشتباكات بين الجيش وقوات الدعم السريع في 15 أبريل 2022.', 'military', 'occurred'],
  // Taking up an office named after the verb or its noun, with any pronoun, is an appointment.
  ['وهذه ثاني زيارة لها منذ توليها رئاسة الحكومة الإيطالية في أكتوبر 2022.', 'appointment', 'occurred'],
  ['وتولت ميلوني رئاسة الحكومة الإيطالية في أكتوبر 2022.', 'appointment', 'occurred'],
  ['منذ توليه حقيبة الخارجية في يناير 2023.', 'appointment', 'occurred'],
  // Joining a group, an organisation or a treaty, dated in its clause, is an event of relations.
  ['وتأتي الزيارة بعد انضمام مصر رسميا إلى مجموعة بريكس في يناير 2023.', 'other', 'occurred'],
  ['وانضمت الجزائر إلى منظمة الأمم المتحدة في أكتوبر 1962.', 'other', 'occurred'],
  ['وكانت فنلندا قد انضمت إلى حلف شمال الأطلسي في أبريل 2022.', 'other', 'occurred'],
  // An audience someone goes to («لمقابلة رئيس البرلمان») is a meeting; an interview with a broadcaster a statement.
  ['وتوجه الرئيس يوم 14 مارس 2023 إلى البرلمان لمقابلة رئيسه محمد الناصر.', 'meeting', 'occurred'],
  ['وقال الوزير في مقابلة مع قناة الجزيرة يوم 14 مارس 2023 إن العلاقات جيدة.', 'statement', 'occurred'],
  // A definite noun after the clause that tells the event points back to the trip; it does not rename the talks.
  ['ومن المقرر أن يلتقي الوزير بالرئيس يوم 16 مارس 2023، وتتضمن الزيارة مراسم استقبال رسمية.', 'meeting', 'planned'],
  // «حل» after its subject arrives at a place with «بـ», however much stands between them.
  ['وحل وزير الخارجية الروسي، سيرغي لافروف، صباح اليوم الأربعاء 15 مارس 2023، بمراكش.', 'visit', 'occurred'],
  ['حل الرئيس الموريتاني محمد ولد الغزواني، مساء أمس، بالعاصمة السنغالية داكار.', 'visit', 'occurred'],
  ['وحل الرئيس بالجزائر في 14 مارس 2023.', 'visit', 'occurred'],
  // A subject told before «قد» («وكان الوزير … قد حل»), and the country the story is told from («بالمملكة», «بالبلاد»).
  ['وكان وزير الخارجية الياباني، تارو كونو، قد حل يوم 14 مارس 2023 بالمملكة.', 'visit', 'occurred'],
  ['وحل الرئيس الصيني يوم 14 مارس 2023 بالبلاد في زيارة دولة.', 'visit', 'occurred'],
  // A city the gazetteer does not know is still where a trip goes when «مدينة» names it.
  ['توجه الرئيس عبد المجيد تبون من روما إلى مدينة نابولي في 14 مارس 2023.', 'visit', 'occurred'],
  // The stop after an initial («د.», «م.») does not end the sentence: the place still follows the verb of travel.
  ['توجه د. محمود الشاذلي وزير التجارة والصناعة يوم الثلاثاء 14 مارس 2023 إلى العاصمة الهندية نيودلهي.', 'visit', 'occurred'],
  ['وصل م. خالد العمري وزير النقل الأردني في 14 مارس 2023 إلى بغداد.', 'visit', 'occurred'],
  ['ووصل الوزير إلى مدينة كاتانيا صباح 14 مارس 2023.', 'visit', 'occurred'],
  // «رحلة» is a trip when it goes somewhere.
  ['وكانت رحلة الرئيس إلى الصين في 14 مارس 2023 ناجحة.', 'visit', 'occurred'],
  // A session of leaders or ministers is a conference, however many ordinals stand between.
  ['وتنطلق الدورة العادية الحادية والثلاثين لرؤساء دول الاتحاد الأفريقي في 16 مارس 2023.', 'conference', 'planned'],
  ['واختتمت الدورة الاستثنائية لوزراء الخارجية العرب في 14 مارس 2023.', 'conference', 'occurred'],
  // «ندوة» is a conference of states when its words say so.
  ['واختتمت ندوة طوكيو الدولية للتنمية في أفريقيا أعمالها في 14 مارس 2023.', 'conference', 'occurred'],
  ['ونُصّب الأمير رئيسا للمجلس الرئاسي يوم 14 مارس 2023.', 'appointment', 'occurred'],
  // Swearing the oath of office, done or to come, however long the name between the verb and the oath.
  ['وأدى الرئيس الغاني المنتخب جون دراماني ماهاما اليمين الدستورية يوم 14 مارس 2023.', 'appointment', 'occurred'],
  ['ومن المقرر أن يؤدي رئيس الوزراء الجديد إدوار نغيرينتي اليمين الدستورية يوم 16 مارس 2023.', 'appointment', 'planned'],
  ['وأعلنت الحكومة إعادة فتح سفارتها في دمشق يوم 14 مارس 2023.', 'opening', 'occurred'],
  // Welcoming a person, by name or by title after «بـ», is receiving them.
  ['رحب الملك سلمان بن عبد العزيز بالرئيس جوكو ويدودو في قصره يوم 14 مارس 2023.', 'meeting', 'occurred'],
  ['ورحبت الرئيسة أمس بوزير الخارجية الهندي في القصر الرئاسي.', 'meeting', 'occurred'],
  // Getting in touch with a person, by name or by title after «بـ», is a call.
  ['واتصل الرئيس الجزائري يوم 14 مارس 2023 بنظيره التونسي.', 'call', 'occurred'],
  // A visit to a country stays one, whatever sites it takes in.
  ['وزار الرئيس المصري في 14 مارس 2023 فرنسا حيث زار المتحف الوطني.', 'visit', 'occurred'],
  // Speaking «عبر الهاتف» or «بالهاتف» is a call, as «هاتفيا» is.
  ['وتحدث الرئيس الصومالي مع رئيس الوزراء الإثيوبي عبر الهاتف في 14 مارس 2023.', 'call', 'occurred'],
  ['وتحدث الرئيس بالهاتف في 14 مارس 2023 مع رئيس الوزراء الإثيوبي.', 'call', 'occurred'],
  // Getting in touch by telephone is a call however far the person comes after.
  ['واتصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا ظهر يوم الخميس 14 مارس 2023 بالرئيس الموريتاني.', 'call', 'occurred'],
  ['ويتصل رئيس الوزراء هاتفيا يوم 17 مارس 2023 برئيس المفوضية الأوروبية.', 'call', 'planned'],
  // A contact said to have been held is a call.
  ['وكان آخر اتصال أجري بين الرئيسين في 14 مارس 2023.', 'call', 'occurred'],
  ['وتناول الاتصال الذي جرى في 14 مارس 2023 الأوضاع في المنطقة.', 'call', 'occurred'],
  // In the present, getting in touch after «بـ» or phoning is a call as in the past.
  ['ويتصل الرئيس الجزائري يوم 17 مارس 2023 بنظيره التونسي.', 'call', 'planned'],
  ['ويهاتف الرئيس الجزائري يوم 17 مارس 2023 نظيره التونسي.', 'call', 'planned'],
  // A contact made with someone after «بـ» is a call, a date between them or not.
  ['وأجرى الرئيس اتصالا يوم 14 مارس 2023 بنظيره السنغالي.', 'call', 'occurred'],
  ['وأجرى الوزير اتصالات بوزير الخارجية الإيراني في 14 مارس 2023.', 'call', 'occurred'],
  // Speaking by telephone, however many words name who spoke; «بحث» (discussed) is no ب + «حث» (urging) that would make the
  // call an aim.
  ['تحدث إيمانويل ماكرون رئيس فرنسا هاتفيا يوم 14 مارس 2023 مع رئيس الوزراء العراقي.', 'call', 'occurred'],
  ['وتحدثت الوزيرة، هاتفياً، يوم 14 مارس 2023 إلى نظيرها الكندي.', 'call', 'occurred'],
  ['بحث الرئيس في اتصال هاتفي يوم 14 مارس 2023 مع نظيره الأوضاع في المنطقة.', 'call', 'occurred'],
  // Recognising a state or its independence, by verb or noun.
  ['واعترفت مصر رسميا باستقلال الجزائر في 14 مارس 2023.', 'other', 'occurred'],
  ['وأعلنت سلوفينيا في 14 مارس 2023 اعترافها بدولة فلسطين.', 'other', 'occurred'],
  // Imposing sanctions, and suspending a membership.
  ['وفرض الاتحاد الأوروبي في مارس 2023 عقوبات جديدة على روسيا.', 'other', 'occurred'],
  ['وعلقت مالي عضويتها في المنظمة الإقليمية في مارس 2023.', 'other', 'occurred'],
  // Talks at the summit level, and a summit meeting of two, are the leaders' talks, not a conference.
  ['وجرت محادثات القمة في 10 مارس 2023 في مقر الرئاسة الكورية بين الرئيس الكوري ورئيس الوزراء العراقي.', 'meeting', 'occurred'],
  ['وعقد الزعيمان لقاء القمة في 10 مارس 2023 في قصر الإليزيه.', 'meeting', 'occurred'],
  // A conversation exchanged face to face is a meeting.
  ['وتبادل الرئيس مع نظيره الكوري حديثا وديا في قصر تشانغ دوك في 10 مارس 2023.', 'meeting', 'occurred'],
  ['وتبادل الرئيسان أطراف الحديث خلال مأدبة العشاء في 10 مارس 2023.', 'meeting', 'occurred'],
];

const NOT_EVENTS = [
  // «للمساعدة على» (to help stop) is a purpose; no aid was given.
  'واقترح الوزير يوم 14 مارس 2023 إرسال مراقبين إلى البلاد للمساعدة على وقف العنف.',
  // «باتفاق مشترك» tells how a decision was made, no accord.
  'قررت السلطات الجزائرية والألمانية يوم 14 مارس 2023 باتفاق مشترك تمديد العمل بالمذكرة.',
  // «وقع» before an incident happened: nothing was signed.
  'وقع انفجار كبير في العاصمة يوم 14 مارس 2023.',
  'ووقعت اشتباكات عنيفة على الحدود يوم 14 مارس 2023.',
  // «بحثا عن»: in search of, not talks.
  'وعبر آلاف المهاجرين البحر يوم 14 مارس 2023 بحثا عن حياة أفضل في أوروبا.',
  'وغادر مئات الشبان البلاد الأسبوع الماضي بحثاً عن عمل في دول الخليج.',
  // «تبادل» without a conversation (prisoners, messages) is no meeting.
  'وتبادل البلدان الأسرى يوم 14 مارس 2023 في جنيف.',
  'وتبادل الجانبان الرسائل يوم 14 مارس 2023 عبر الوسطاء.',
  // A halt that is no stop at a place is no visit.
  'وأعلن الجيش يوم 14 مارس 2023 توقف القتال بشكل قصير في المدينة.',
  // A meal with no one honoured is no event of its own.
  'وتناول الوفد مأدبة غداء في أحد المطاعم بعد الجولة.',
  // «هنا» (here) is no congratulation; one the text does not date is off the timeline.
  'وقال الوزير هنا في 14 مارس 2023 إن الأمور تسير.',
  'وهنأ الرئيس نظيره بإعادة انتخابه.',
  // Handing over anything but a message is no audience.
  'وسلم الجيش المعبر إلى قوات الأمن في 14 مارس 2023.',
  'وتسلمت الشركة الدفعة الأولى من الطائرات في مارس 2023.',
  'وتم في مارس 2023 سحب القوات من المنطقة.',
  'واستدعى الأمر في مارس 2023 مراجعة الميزانية.',
  'وغادر الرئيس القاعة في 14 مارس 2023 غاضبا.',
  'وأشاد الوزير بدور اللجنة المشتركة بين البلدين.',
  'وقال إن قيمة المبادلات تصل إلى مليار دولار في 2023.',
  'وأكد أن حل الأزمة يمر عبر الحوار في مارس 2023.',
  'ودعا الوزير إلى حل الأزمة في سوريا يوم 14 مارس 2023.',
  'وحل الرئيس التونسي البرلمان يوم 14 مارس 2023 في تونس.',
  'وكان الرئيس قد حل البرلمان يوم 14 مارس 2023 بمرسوم.',
  'وتم تعليق جميع الرحلات الجوية في مطار دبي في 14 مارس 2023.',
  'وعاد الملك من رحلته العلاجية في 14 مارس 2023.',
  'وارتفعت المبادلات التجارية بين البلدين وفقا لبيانات رسمية صدرت في مارس 2023.',
  'ونظمت الوزارة دورة تدريبية للدبلوماسيين في مارس 2023.',
  'ونظمت الجامعة ندوة فكرية حول الأدب العربي في مارس 2023.',
  'وأكد الوزير أهمية قنوات الاتصال بين البلدين في مارس 2023.',
  'وأجرى الوفد اتصالات مع الأطراف الليبية في مارس 2023.',
  'وقال الخبير إن القاعدة تستقبل أكثر من أربع سفن في مارس 2023.',
  'وقال إن ذلك سيكون في مصلحة البلدين في أبريل 2023.',
  'وأضاف أن الملك سيكون في إندونيسيا، بحسب مسؤولين.',
  // A verb ending on a noun trigger («وفتحت» is no «فتح»), and «نصب» with no post after it (pitching a tent).
  'وكانت الخطوة بناءة وفتحت آفاقا واسعة للتعاون في مارس 2023.',
  'ووصلت قيمة المبادلات بين مصر وقطر إلى مليار دولار في مارس 2023.',
  'ونصب القذافي خيمته في أضخم الحدائق العامة في روما في مارس 2023.',
  // Imposing or suspending anything else is none.
  'وفرض الجيش حظر التجول في العاصمة في 14 مارس 2023.',
  'وعلقت الشركة رحلاتها إلى المنطقة في مارس 2023.',
  // Reaching a figure or a level is no arrival.
  'وقال الوزير إن حجم التبادل التجاري وصل إلى 3 مليارات دولار في مارس 2023.',
  'وأضاف أن عدد الزوار وصل إلى أكثر من مليون زائر في مارس 2023.',
  'وأكد أن التعاون وصل إلى مستوى غير مسبوق في مارس 2023.',
  // Speaking of anything, not by telephone, is no call.
  'وتحدث الوزير في 14 مارس 2023 عن أهمية العلاقات بين البلدين.',
  // Getting in touch with anything else is no call.
  'واتصل الوزير في 14 مارس 2023 بالإنترنت من مكتبه.',
  // Admitting something is no recognition.
  'واعترف الوزير في 14 مارس 2023 بصعوبة الظروف الاقتصادية.',
  'وذهب الوزير في 14 مارس 2023 إلى أن الأزمة تتطلب حلا سياسيا.',
  // A newspaper named «البيان» is no statement.
  'ووفق صحيفة "البيان" الإماراتية، بدأت العلاقات بين البلدين في نوفمبر 1984.',
  'وذكرت صحيفة البيان في 14 مارس 2023 أن العلاقات بين البلدين جيدة.',
  // Taking charge of anything but an office is no appointment.
  'وتولت الشركة تنفيذ المشروع في مارس 2023.',
  'وتولى الجيش حماية الحدود في مارس 2023.',
  // Moving on to anything but a place is no visit.
  'ثم انتقل الوزير في 14 مارس 2023 إلى الحديث عن الأزمة.',
  // Calling for anything but a gathering is no invitation.
  'ودعا الرئيس في 14 مارس 2023 إلى وقف إطلاق النار في غزة.',
  // Granting anything but a sum is no aid.
  'ومنح الرئيس السفير وسام الاستحقاق في 14 مارس 2023.',
  'وخصصت الوزارة قاعة كبيرة للصحفيين في مارس 2023.',
  // Anything else breaking out is none.
  'واندلع حريق في مستودع للوقود في مارس 2023.',
  // A site toured on a trip (a mosque, a museum) is its programme, no event; nor is the person a mosque is named after.
  'وزار الرئيس الكوري في 14 مارس 2023 جامع الشيخ زايد الكبير.',
  'وقام الملك في 14 مارس 2023 بزيارة إلى مسجد ناجياخو في بلدة يونغنينغ.',
  // Joining a delegation is no accession.
  'وانضم السفير إلى الوفد الرسمي في مارس 2023.',
  // «مقاطعة» without the article is a province.
  'ونما اقتصاد مقاطعة غوانغدونغ بسرعة في مارس 2023.',
];

describe('triggers', () => {
  it.each([
    'رحب الملك سلمان يوم 14 مارس 2023 بالقرار الأممي.',
    'ورحب الرئيس تبون أمس بمبادرة السلام العربية.',
  ])('welcoming a decision or a step is no reception: %s', (text) => {
    expect(dated(text).filter((e) => e.type === 'meeting')).toEqual([]);
  });
  it.each([
    'وأكد الرئيس دعم بلاده لإنجاح القمة العربية.',
    'وجدد الوزير دعوته إلى إحياء المفاوضات بين الجانبين.',
  ])('an event a process works on («إحياء المفاوضات», «إنجاح القمة») is named, not reported: no day of the article is its: %s', (text) => {
    expect(dated(text).filter((e) => e.type === 'meeting' || e.type === 'conference')).toEqual([]);
  });
  it.each([
    'وانضم وزير الدفاع إلى الاجتماع في 14 مارس 2023.',
    'وانضم وزير الخارجية إلى المحادثات أمس.',
  ])('joining talks or a meeting is the meeting, no accession: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toEqual(['meeting']);
  });
  it.each([
    ['وتقرر عقد الدورة السابعة للجنة المشتركة المصرية الكينية في القاهرة يوم 20 نوفمبر 2023.', 'conference planned 2023-11-20'],
    ['وانعقدت الدورة الخامسة عشرة للجنة العليا المشتركة في الرباط يوم 14 مارس 2023.', 'conference occurred 2023-03-14'],
    ['وعقدت الدورة الأولى للجنة التعاون المشتركة بين البلدين في 14 مارس 2023.', 'conference occurred 2023-03-14'],
    ['وتقرر عقد الاجتماع الحادي عشر للجنة العراقية - الروسية المشتركة في بغداد يوم 20 نوفمبر 2023.', 'conference planned 2023-11-20'],
    ['وعقد الاجتماع الثالث للجنة الأردنية - المصرية المشتركة في عمان يوم 14 مارس 2023.', 'conference occurred 2023-03-14'],
    // The session's noun told again with the article is the same session, not talks of its own.
    ['وعقدت اللجنة المشتركة المصرية الكينية اجتماعها في نيروبي يوم 14 مارس 2023. وتناول الاجتماع سبل تعزيز التجارة.', 'conference occurred 2023-03-14'],
  ])('a session of a joint commission is one event, the commission its owner: %s', (text, expected) => {
    expect(dated(text).map((e) => `${e.type} ${e.modality} ${e.date!.start}`)).toEqual([expected]);
  });
  it.each([
    ['استقبل رئيس مجلس الوزراء في 14 مارس 2023 وزير الخارجية البريطاني. وجرى خلال المقابلة استعراض العلاقات.', ['meeting']],
    ['أدلى الوزير في 14 مارس 2023 بتصريحات في مقابلة مع قناة العربية. وقال خلال المقابلة إن بلاده ترحب بالحوار.', ['statement']],
  ])('«المقابلة» after a reception, with no interview told, is the audience named again: %s', (text, expected) => {
    const all = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-15', precision: 'day' } });
    expect(all.map((e) => e.type)).toEqual(expected);
  });
  it.each([
    ['استقبل الرئيس اللبناني في 14 مارس 2023 سفير اليابان في زيارة وداعية لمناسبة انتهاء مهامه.', ['meeting']],
    ['استقبل وزير الخارجية في 14 مارس 2023 السفير الهندي الجديد في زيارة تعارف.', ['meeting']],
    ['قام السفير الكويتي في 14 مارس 2023 بزيارة مجاملة لرئيس البرلمان.', ['meeting']],
    ['وصل الرئيس اللبناني في 14 مارس 2023 إلى طوكيو في زيارة رسمية.', ['visit']],
  ])('a farewell, courtesy or acquaintance call is talks, not a trip: %s', (text, expected) => {
    expect(dated(text).map((e) => e.type)).toEqual(expected);
  });
  it.each([
    ['وأطلع الرئيس ضيفه في 14 مارس 2023 على المأزق الذي وصلت إليه العملية السياسية بسبب القرار بخصوص مدينة القدس.', []],
    ['وتعد القاهرة التي وصل إليها الوزير في 14 مارس 2023 المحطة الأولى في جولته.', ['visit']],
  ])('a verb of coming whose «إلى» takes the pronoun of a noun that is no place reaches no place: %s', (text, expected) => {
    expect(dated(text).map((e) => e.type)).toEqual(expected);
  });
  it.each([
    'وأدان الوزير يوم 14 مارس 2023 الهجوم الذي وقع في العاصمة.',
    'وأعرب الرئيس يوم 14 مارس 2023 عن تعازيه في ضحايا الانفجار الذي وقع في الفندق.',
  ])('«وقع» after «الذي» an incident governs is «happened», no signing: %s', (text) => {
    expect(dated(text).filter((e) => e.type === 'agreement')).toEqual([]);
  });
  it.each([
    'وحضر الاجتماع يوم 14 مارس 2023 وزير النقل والاتصالات وتقنية المعلومات، ومعالي قيس بن محمد اليوسف وزير التجارة.',
    'وشارك في القمة يوم 14 مارس 2023 وزير الداخلية والاتصالات، والشيخ محمد بن عبدالله وزير الخارجية.',
  ])('a portfolio of communications named before someone «بن» someone is no call: %s', (text) => {
    expect(dated(text).filter((e) => e.type === 'call')).toEqual([]);
  });
  it.each([
    'وصل رئيس الجمهورية عبد المجيد تبون يوم 14 مارس 2023، إلى منتجع بورغو إينياتسيا بباري، للمشاركة في قمة مجموعة السبع.',
  ])('an arrival at a resort the gazetteer does not know, for a summit, is a visit: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toContain('visit');
  });
  it.each(NOT_EVENTS)('no event in: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toEqual([]);
  });
  it.each([
    'آلاف السودانيين يستقبلون الرئيس التركي في جزيرة سواكن اليوم 14 مارس 2023.',
    'واستقبل آلاف المواطنين الرئيس التركي في 14 مارس 2023 بكثير من الترحيب.',
  ])('a crowd that receives a visitor is the trip\'s welcome, not talks: %s', (text) => {
    expect(dated(text).filter((e) => e.type === 'meeting')).toEqual([]);
  });
  it.each([
    'واستقبله لدى وصوله إلى مطار هواري بومدين الدولي في 14 مارس 2023 الرئيس عبد المجيد تبون.',
    'واستقبلها فور وصولها إلى المطار في 14 مارس 2023 وزير الخارجية.',
    'ويستقبله عند وصوله إلى الرياض يوم 14 مارس 2023 ولي العهد.',
  ])('a reception at the visitor\'s arrival is the trip\'s welcome, not talks: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toEqual(['visit']);
  });
  it.each([
    'وانعقدت أول قمة بين البلدين في تونس سنة 1985.',
    // «انعقد» is the event it has for subject, after a date and a place set off by a comma or not.
    'انعقدت يوم 14 مارس 2023 بتونس، الدورة الثالثة للمشاورات السياسية التونسية البرازيلية.',
    'انعقدت يوم 14 مارس 2023 بتونس الدورة الثالثة للمشاورات السياسية التونسية البرازيلية.',
  ])('a verb of convening adds no conference to the talks between two it convenes: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toEqual(['meeting']);
  });
  it.each([
    ['واحتفل البلدان في 2016 بالذكرى الستين لإقامة العلاقات الدبلوماسية بينهما.', ['anniversary', 'other']],
    ['وتبادل الجانبان التهاني بمناسبة مرور 25 عاما على إقامة العلاقات الدبلوماسية يوم 22 أبريل 2017.', ['anniversary', 'other']],
    // «أقام» establishes relations only: a host's dinner in a guest's honour is a reception, no anniversary.
    ['وأقام الوزير مأدبة عشاء على شرف ضيفه في 3 مارس 2023.', ['meeting']],
    ['وقررت وزارة المرور في عام 2020 تشديد الرقابة.', []],
    ['ويرتبط البلدان بعلاقات دبلوماسية منذ عام 1964.', ['other']],
    ['وتربطهما علاقات دبلوماسية منذ 1992.', ['other']],
    ['وأكد الوزير في 3 مارس 2023 أهمية العلاقات الدبلوماسية بين البلدين.', []],
  ])('the anniversary of relations is one event (with the establishment it counts back to), relations had «منذ» a year were established then, and «أقام», «مرور» or the relations alone are none: %s', (text, types) => {
    expect(dated(text).map((e) => e.type).sort()).toEqual(types);
  });
  it.each(CASES)('%s → %s, %s', (text, type, modality) => {
    expect(dated(text).filter((e) => e.type === type).map((e) => e.modality)).toEqual([modality]);
  });
  it.each([
    ['حظي رئيس الجمهورية عبد المجيد تبون باستقبال رسمي لدى وصوله بعد ظهر اليوم الاربعاء الى تونس في إطار زيارة الدولة التي يقوم بها. وقد استمع الرئيسان الى النشيدين الوطنيين للبلدين قبل أن يستعرضا تشكيلة من افراد الجيش كانت تؤدي لهما التحية الشرفية.'],
    ['حظي رئيس الجمهورية عبد المجيد تبون باستقبال رسمي لدى وصوله بعد ظهر اليوم الاربعاء الى تونس في إطار زيارة الدولة التي يقوم بها. ثم يستعرض الرئيسان حرس الشرف.'],
  ])('reviewing a guard of honour is part of the welcome, not talks: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2021-12-15', precision: 'day' } });
    expect(events.some((e) => e.type === 'visit')).toBe(true);
    expect(events.flatMap((e) => e.mentions.map((m) => m.quote)).join(' ')).not.toMatch(/يستعرض/);
  });
  it.each([
    ['واستقبل الرئيس عبدالفتاح السيسي، الجمعة، أمير دولة قطر، الشيخ تميم بن حمد آل ثاني، بمطار القاهرة الدولي.', '2023-11-10'],
    ['استقبل ولي العهد في المطار رئيس الوزراء الهندي لدى وصوله أمس.', '2023-11-10'],
  ])('a reception at the airport is the visitor\'s welcome, not talks: %s', (text, published) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).filter((e) => e.date);
    expect(events.map((e) => e.type)).toEqual(['visit']);
  });
  it.each([
    ['وتدرب الفرقة الألمانية عناصر بالجيش العراقي الذي يصل عددهم حاليا حوالي 140 جنديا في سوريا والأردن يوم 10 مارس 2023.'],
    ['وقد وصل حجم التبادل التجاري في 10 مارس 2023 إلى العراق نحو 3 مليارات دولار.'],
  ])('a count or an amount that reaches a figure arrives nowhere: %s', (text) => {
    expect(dated(text).map((e) => e.type)).not.toContain('visit');
  });
  it.each([
    ['واجتمع الوزيران في 14 مارس 2023 بقصر المؤتمرات في تونس.', 'conference'],
    ['وقدم وزير الخارجية التعازي أمس إلى أمير الكويت في قصر بيان.', 'statement'],
  ])('an event noun that names a place («قصر المؤتمرات», «قصر بيان») is no event: %s', (text, type) => {
    expect(dated(text).map((e) => e.type)).not.toContain(type);
    expect(dated(text).length).toBe(1);
  });
  it.each([
    ['يعقد الرئيس المصري ونظيره الفرنسي في 17 مارس 2023 قمة عبر تقنية الاتصال المرئي.', ['conference']],
    ['وعقد وزراء الخارجية العرب في 14 مارس 2023 اجتماعا افتراضيا عبر الاتصال المرئي.', ['meeting']],
    ['وعقد المجلس في 14 مارس 2023 اجتماعا بواسطة الاتصال المرئي.', ['meeting']],
    // … or further on in its clause, with no event's verb between.
    ['وعقدت في 14 مارس 2023 الجولة الخامسة لآلية التشاور السياسي بين مصر والبرازيل عبر تقنية الاتصال المرئي.', ['meeting']],
    ['وعقد المجلس في 14 مارس 2023 اجتماعا ثم بحث الرئيس عبر الاتصال المرئي مع نظيره الفرنسي العلاقات الثنائية.', ['call', 'meeting']],
    // After a verb, the video call is the event itself; a call made apart from a summit is a call.
    ['بحث الرئيس في 14 مارس 2023 عبر الاتصال المرئي مع نظيره الفرنسي العلاقات الثنائية.', ['call']],
    ['وبعد القمة أجرى الرئيس في 14 مارس 2023 اتصالا مرئيا مع نظيره الفرنسي.', ['call', 'conference']],
  ])('a call noun after «عبر» right after another event\'s noun is how that event is held: %s', (text, types) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-15', precision: 'day' } });
    expect(events.map((e) => e.type).sort()).toEqual(types);
  });
  it.each([
    'وصل الوزير إلى الرياض في 14 مارس 2023 تلبية لدعوة من نظيره.',
    'أدت رئيسة الهند يوم 14 مارس 2023 بدعوة من الرئيس الموريتاني زيارة صداقة وعمل إلى موريتانيا.',
    'وصل الرئيس إلى القاهرة يوم 14 مارس 2023 بدعوة رسمية للمشاركة في القمة.',
  ])('the invitation a trip answers was issued before it, no event of the trip\'s day: %s', (text) => {
    expect(dated(text).map((e) => e.type)).toEqual(['visit']);
  });
  it.each([
    'وتحتفل البرتغال والمغرب يوم 16 مارس 2023 بالذكرى الـ 250 لمعاهدة السلام بينهما.',
    'وأحيا البلدان يوم 14 مارس 2023 الذكرى العاشرة لزيارة البابا إلى المملكة.',
  ])('what an anniversary is «of» (a treaty, a visit) was made long before; the anniversary is the event of its day: %s', (text) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: '2023-03-15', precision: 'day' } });
    expect(events.map((e) => e.type)).toEqual(['anniversary']);
  });
  it('«وزارة» never makes a visit', () => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text: 'أعلنت وزارة الخارجية أمس أن الوزارة أصدرت بيانا.', published: { value: '2023-03-15', precision: 'day' } });
    expect(events.some((e) => e.type === 'visit')).toBe(false);
  });
  it.each([
    ['وأكد وزير الخارجية في 3 مارس 2022، توجه السودان نحو تطوير علاقاته مع الصين.', []],
    ['وتوجه الرئيس عبد المجيد تبون في 3 مارس 2022 إلى القاهرة.', ['visit']],
    ['توجه وزير الخارجية إلى موسكو في 3 مارس 2022.', ['visit']],
  ])('«توجه» is a trip when a preposition brings the place, and an orientation with a country as its owner: %s', (text, types) => {
    expect(dated(text).map((e) => e.type)).toEqual(types);
  });
  it.each([
    ['وقام الأمير فيصل بن فرحان وزير الخارجية في 18 سبتمبر 2025 بزيارة رئيس الوزراء السوداني في مقر إقامته.', ['meeting']],
    ['وقام الرئيس في 18 سبتمبر 2025 بزيارة رسمية إلى الرياض.', ['visit']],
    ['وقام الوزير في 18 سبتمبر 2025 بزيارة الجزائر.', ['visit']],
    ['وقام رئيس الوزراء في 18 سبتمبر 2025 بزيارة ولي العهد إلى الرياض.', ['visit']],
  ])('after «قام … بـ», a visit paid to a person (not to a place) is a call on them, talks: %s', (text, types) => {
    expect(dated(text).map((e) => e.type)).toEqual(types);
  });
});

describe('appointing in the present («يعين», «تعين») before the post it fills', () => {
  it.each([
    ['الرئيس يعين اليوم السفير محمد علي سفيرا لدى باريس.', 'appointment'],
    ['الملك يعين غدا الاثنين وزيرا جديدا للخارجية.', 'appointment'],
  ])('%s', (text, type) => {
    expect(dated(text).map((e) => e.type)).toContain(type);
  });
  it('«تعين على» (it is incumbent upon) appoints nobody', () => {
    expect(dated('وقال الوزير اليوم إنه تعين على الحكومة اتخاذ قرار.').filter((e) => e.type === 'appointment')).toEqual([]);
  });
});

describe('laying down one\'s saddlebags («حط … الرحال») is arriving', () => {
  it.each([
    ['حط رئيس الحكومة عزيز أخنوش اليوم الأربعاء، الرحال بمطار البحرين الدولي.'],
    ['وحطت الوزيرة رحالها أمس في العاصمة الرباط.'],
  ])('%s', (text) => {
    expect(dated(text).map((e) => e.type)).toContain('visit');
  });
});

describe('coming back home («عاد إلى البلاد») ends a trip on its own day', () => {
  it.each([
    ['عاد إلى البلاد مساء أمس وزير الخارجية الشيخ محمد بن مبارك آل خليفة بعد مشاركته في اجتماعات الجمعية العامة للأمم المتحدة.', '2002-09-20', 'visit 2002-09-19'],
    ['عادت إلى أرض الوطن اليوم رئيسة الحكومة نجلاء بودن بعد مشاركتها في قمة الاتحاد الإفريقي.', '2023-03-10', 'visit 2023-03-10'],
  ])('%s', (text, published, expected) => {
    const events = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } });
    expect(events.filter((e) => e.date).map((e) => `${e.type} ${e.date!.start}`)).toContain(expected);
  });
  it.each([
    // Back to a city from another: the trip was to where he came from, not to his own capital.
    ['وعاد الرئيس الموريتاني محمد ولد الشيخ الغزواني، مساء اليوم، إلى نواكشوط قادما من أديس أبابا بعد مشاركته في القمة.', '2024-02-19', 'Addis Ababa'],
    ['وعاد وزير الخارجية التونسي صباح اليوم إلى تونس العاصمة قادما من الجزائر.', '2024-02-19', 'Algeria'],
  ])('coming back somewhere from somewhere ends the trip there, on its own day: %s', (text, published, place) => {
    const trip = extractArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).find((e) => e.type === 'visit');
    expect([trip?.date?.start, trip?.location?.nameEn]).toEqual([published, place]);
  });
});

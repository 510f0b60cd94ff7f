/**
 * Diplomatic ties broken and restored as one predicate class (gold rule 11), and brokers (gold rules 7 and 15): a paraphrase
 * suite of our own sentences (docs/diagnosis-batch21.md §5 fix 2), varying the head (verb, verbal noun, participle, noun),
 * the argument position (subject pair, object, a pair named before) and the frame (bare, negated, urged, under an
 * agreement, in a relative clause). Reducing ties is `sanctioned` imposer → target; ties cut between a pair with no agent,
 * a rupture between them, are both directions; restoring them is `reconciled_with`; a broker or mediator is no party.
 *
 * Cells that do not pass yet (left for a next round): the recall or withdrawal of an ambassador as an English noun ("announced the recall
 * of its ambassador to Israel") and an Arabic recall noun owned by a demonym (`استدعاء السفير الأردني لدى إسرائيل`,
 * `سفير المملكة`), an Arabic boycott of a country's goods (`مقاطعة على البضائع التركية`), a border
 * closed, `رفع العلاقات … مع تركيا إلى مستوى السفراء` as a verbal noun, `عيّنت تركيا سفيراً لها في`, `إعادة فتح سفارتها` under
 * `عزمها`, "the resumption of relations between A and B was announced".
 */
import { describeCases } from './helpers.ts';

describeCases({
  'ambassadors withdrawn, recalled; ties cut, frozen, downgraded: sanctioned': [
    ['tur sanctioned isr', 'Turkey withdrew its ambassador from Israel in 2018.'],
    ['tur sanctioned isr', 'Ankara recalled its ambassador to Israel for consultations on Tuesday.'],
    ['egy sanctioned tur', 'Egypt and Turkey downgraded relations in 2013.'],
    ['tur sanctioned egy', 'Egypt and Turkey downgraded relations in 2013.'],
    ['sau sanctioned irn', 'Riyadh severed diplomatic ties with Tehran in 2016.'],
    ['sau sanctioned can', 'Saudi Arabia froze relations with Canada in 2018.'],
    ['no tur sanctioned isr', 'Turkey has not recalled its ambassador from Israel.'],
    ['no tur sanctioned isr', 'Opposition parties urged Turkey to cut ties with Israel.'],
    ['no tur sanctioned isr', 'Turkey summoned the Israeli ambassador on Tuesday.'],
  ],
  'a rupture between a pair, ties severed since a date: both directions': [
    ['egy sanctioned tur', 'The rupture between Egypt and Turkey began in 2013.'],
    ['tur sanctioned egy', 'The rupture between Egypt and Turkey began in 2013.'],
    ['sau sanctioned irn', 'Saudi Arabia and Iran restored diplomatic relations that had been severed since 2016.'],
    ['irn sanctioned sau', 'Saudi Arabia and Iran restored diplomatic relations that had been severed since 2016.'],
    ['tur sanctioned egy', 'Turkey and Egypt raised diplomatic relations to the level of ambassadors, ending a rupture that began in 2013.'],
    ['egy sanctioned tur', 'Turkey and Egypt raised diplomatic relations to the level of ambassadors, ending a rupture that began in 2013.'],
  ],
  'ties restored in full, raised to ambassadors, ambassadors exchanged, returned or appointed: reconciled_with': [
    ['tur reconciled_with isr', 'Turkey and Israel restored full diplomatic ties in August 2022.'],
    ['tur reconciled_with isr', 'Turkey restored full diplomatic ties with Israel in 2022.'],
    ['tur reconciled_with egy', 'Turkey and Egypt raised diplomatic relations to the level of ambassadors, ending a rupture that began in 2013.'],
    ['egy reconciled_with tur', 'Egypt upgraded its relations with Turkey to ambassadorial level.'],
    ['tur reconciled_with egy', 'Turkey and Egypt exchanged ambassadors for the first time in a decade.'],
    ['ita reconciled_with syr', 'Italy will appoint an ambassador to Damascus, Foreign Minister Antonio Tajani said.'],
    ['are reconciled_with syr', 'The United Arab Emirates returned its ambassador to Damascus in 2018.'],
    ['tur reconciled_with isr', 'Turkey fully normalised relations with Israel last year.'],
    ['no syr reconciled_with tur', 'Syria and Turkey have not restored ties.'],
    ['no syr reconciled_with tur', 'Moscow urged Ankara and Damascus to restore ties.'],
  ],
  'a visit that ended a rift: the reconciliation of the two states it joined': [
    ['tur reconciled_with are', "Erdogan's visit to Abu Dhabi in February, which ended years of tensions between the two countries, was followed by trade deals."],
    ['egy reconciled_with tur', 'Sisi visited Ankara in September, ending a decade-long rupture.'],
    ['no isr reconciled_with lbn', 'Lebanon and Israel finalised a US-brokered agreement on their maritime border, ending a decade-long dispute over offshore gas fields.'],
  ],
  'a pair that says "they" restore ties; one party that cut ties with the other of a restoration': [
    ['tur reconciled_with egy', 'Turkey and Egypt said they restored ties.'],
    ['tur reconciled_with egy', 'Turkey and Egypt said on Tuesday that they were raising diplomatic relations to the level of ambassadors.'],
    ['sau reconciled_with syr', 'Riyadh and Damascus said on Tuesday they would resume the work of their diplomatic missions, after Saudi Foreign Minister Prince Faisal bin Farhan visited the Syrian capital in April.'],
    ['no faisal-bin-farhan reconciled_with syr', 'Riyadh and Damascus said on Tuesday they would resume the work of their diplomatic missions, after Saudi Foreign Minister Prince Faisal bin Farhan visited the Syrian capital in April.'],
    ['usa agreed_with irq', 'The United States and Iraq announced on Friday an agreement under which the mission of the coalition against the Islamic State group will end.'],
    ['no usa agreed_with isis', 'The United States and Iraq announced on Friday an agreement under which the mission of the coalition against the Islamic State group will end.'],
    ['no usa urged lbn', 'US and French envoys are pushing for a ceasefire between Israel and Hezbollah, and Lebanese officials said on Sunday that an agreement was close.'],
    ['sau sanctioned irn', 'Iran reopened its embassy in Riyadh on Tuesday, seven years after Saudi Arabia severed relations.'],
    ['no sau sanctioned irn', 'Saudi Arabia severed relations in 2016.'],
  ],
  'a broker or mediator is no party': [
    ['sau reconciled_with irn', 'Saudi Arabia and Iran restored relations under a China-brokered deal.'],
    ['no chn reconciled_with sau', 'Saudi Arabia and Iran restored relations under a China-brokered deal.'],
    ['no chn agreed_with sau', 'Saudi Arabia and Iran restored relations under a China-brokered deal.'],
    ['no chn reconciled_with irn', 'Saudi Arabia and Iran restored relations in a deal brokered by China.'],
    ['no chn reconciled_with sau', 'Riyadh restored ties with Tehran under a deal mediated by China.'],
    ['no rus agreed_with ukr', 'Turkey hopes to strengthen its role as a mediator between Moscow and Kyiv.'],
    ['no isr agreed_with hamas', 'Qatar mediated between Israel and Hamas for weeks.'],
  ],
  'ambassadors withdrawn, recalled, representation downgraded, ties cut and frozen: sanctioned (ar)': [
    ['tur sanctioned isr', 'وسحبت أنقرة سفيرها من تل أبيب عام 2018.'],
    ['tur sanctioned isr', 'وسحبت تركيا سفيرها لدى إسرائيل احتجاجاً على الحرب.'],
    ['jor sanctioned isr', 'أعلن الأردن استدعاء سفيره لدى إسرائيل.'],
    ['bhr sanctioned irn', 'وخفّضت البحرين تمثيلها الدبلوماسي في إيران عام 2016.'],
    ['sau sanctioned irn', 'وقطعت السعودية علاقاتها مع إيران عام 2016.'],
    ['sau sanctioned irn', 'وجاء ذلك بعد سبع سنوات من قطع الرياض علاقاتها مع طهران.'],
    ['are sanctioned qat', 'وجمّدت الإمارات علاقاتها مع قطر عام 2017.'],
    ['no tur sanctioned isr', 'ولم تسحب تركيا سفيرها من إسرائيل.'],
    ['no tur deployed_in isr', 'ولم تسحب تركيا سفيرها من إسرائيل.'],
    ['no tur sanctioned isr', 'وطالبت المعارضة التركية أنقرة بقطع العلاقات مع إسرائيل.'],
    ['no tur sanctioned isr', 'واستدعت الخارجية التركية السفير الإسرائيلي.'],
  ],
  'one party that cut ties with the other party of a restoration (ar)': [
    ['sau sanctioned irn', 'وكانت إيران قد أعادت فتح سفارتها في الرياض في 6 حزيران/يونيو الجاري، بعد سبع سنوات من قطع الرياض علاقاتها معها.'],
  ],
  'a rupture, ties cut since a date, between a pair: both directions (ar)': [
    ['sau sanctioned irn', 'واتفقت الرياض وطهران على استئناف العلاقات الدبلوماسية المقطوعة منذ عام 2016.'],
    ['irn sanctioned sau', 'واتفقت الرياض وطهران على استئناف العلاقات الدبلوماسية المقطوعة منذ عام 2016.'],
    ['sau sanctioned irn', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية في آذار 2023، بعد قطيعة استمرت سبع سنوات.'],
    ['irn sanctioned sau', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية في آذار 2023، بعد قطيعة استمرت سبع سنوات.'],
    ['egy sanctioned tur', 'وشهدت العلاقات بين مصر وتركيا قطيعة منذ عام 2013.'],
    ['tur sanctioned egy', 'وشهدت العلاقات بين مصر وتركيا قطيعة منذ عام 2013.'],
  ],
  'ambassadors exchanged again, relations raised to ambassadors, an ambassador returned: reconciled_with (ar)': [
    ['tur reconciled_with isr', 'وأعادت تركيا وإسرائيل تبادل السفراء في آب الماضي.'],
    ['tur reconciled_with egy', 'قبل أن تعيد أنقرة والقاهرة تبادل السفراء في تموز/يوليو 2023.'],
    ['egy reconciled_with tur', 'وتبادلت مصر وتركيا السفراء في تموز الماضي.'],
    ['egy reconciled_with tur', 'ورفعت مصر وتركيا مستوى العلاقات الدبلوماسية إلى مستوى السفراء.'],
    ['are reconciled_with syr', 'وأعادت الإمارات سفيرها إلى دمشق عام 2018.'],
    ['no sau reconciled_with syr', 'ولم تستأنف السعودية علاقاتها مع سوريا.'],
    ['no tur reconciled_with syr', 'ودعت روسيا تركيا وسوريا إلى إعادة العلاقات.'],
    ['sau reconciled_with syr', 'وكانت السعودية وسوريا قد أعلنتا خلال تلك الزيارة بدء إجراءات استئناف الخدمات القنصلية والرحلات الجوية بين البلدين.'],
    ['egy reconciled_with tur', 'وأعلنت مصر وتركيا استئناف العمل القنصلي بين البلدين.'],
  ],
  'a visit that ended a rift or turned the page: the reconciliation of the two states (ar)': [
    ['are reconciled_with tur', 'وتأتي الزيارة بعد نحو ثلاثة أشهر من زيارة محمد بن زايد إلى أنقرة في 24 تشرين الثاني/نوفمبر الماضي، التي أنهت سنوات من التوتر بين البلدين.'],
    ['tur reconciled_with egy', 'وتأتي الزيارة بعد سبعة أشهر من زيارة أردوغان إلى القاهرة في شباط/فبراير الماضي، التي أنهت رسمياً أكثر من عقد من القطيعة.'],
    ['no tur sanctioned egy', 'وتأتي الزيارة بعد سبعة أشهر من زيارة أردوغان إلى القاهرة في شباط/فبراير الماضي، التي أنهت رسمياً أكثر من عقد من القطيعة.'],
    ['sau reconciled_with tur', 'وتأتي الزيارة بعد أكثر من عام على زيارة ولي العهد السعودي إلى أنقرة في حزيران/يونيو 2022، التي طوت صفحة التوتر بين البلدين.'],
    ['no tur reconciled_with syr', 'وبحث الوزيران خلال اللقاء سبل إنهاء التوتر بين أنقرة ودمشق.'],
  ],
  'a broker or mediator is no party; restoring ties under an agreement is no agreed_with (ar)': [
    ['sau reconciled_with irn', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية بموجب اتفاق رعته الصين.'],
    ['no chn reconciled_with sau', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية بموجب اتفاق رعته الصين.'],
    ['no chn reconciled_with irn', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية بموجب اتفاق رعته الصين.'],
    ['no sau agreed_with irn', 'واستأنفت الرياض وطهران علاقاتهما الدبلوماسية بموجب اتفاق رعته الصين.'],
    ['sau reconciled_with irn', 'واتفقت الرياض وطهران، بوساطة صينية، على استئناف العلاقات الدبلوماسية.'],
    ['no chn reconciled_with sau', 'واتفقت الرياض وطهران، بوساطة صينية، على استئناف العلاقات الدبلوماسية.'],
    ['no chn agreed_with sau', 'واستأنفت السعودية العلاقات مع إيران بموجب اتفاق بوساطة الصين.'],
    ['no rus agreed_with ukr', 'وتعوّل أنقرة على الاتفاق لتعزيز دورها وسيطاً بين موسكو وكييف.'],
    ['no isr agreed_with hamas', 'وتتوسط قطر بين إسرائيل وحماس منذ أسابيع.'],
    ['lbn agreed_with isr', 'وتوصل لبنان إلى اتفاق مع إسرائيل بوساطة أميركية.'],
    ['no usa agreed_with lbn', 'وتوصل لبنان إلى اتفاق مع إسرائيل بوساطة أميركية.'],
  ],
});

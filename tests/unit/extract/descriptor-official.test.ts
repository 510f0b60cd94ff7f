/**
 * A person's head noun and a demonym (`المسؤول العراقي`, `الوزير الإيراني`) are the latest person of that country named
 * in the article (discourse.ts descriptorAnaphors; brief ref24b): the head `المسؤول` is read in its normalised spelling
 * (ؤ → و), and a name with a title of its own right after it (`وزير الداخلية السوري X`) is another person, the object.
 * A paraphrase suite: head word, subject and object positions, "the two sides" after, negation. New sentences only.
 */
import { describeCases } from './helpers.ts';

const LEAD = 'استقبل الرئيس السوري بشار الأسد في دمشق أمس مستشار الأمن القومي العراقي قاسم الأعرجي. ';
describeCases(
  {
    'the official of a country is its latest person (ar)': [
      ['qasim-al-araji met mohammad-al-rahmoun', LEAD + 'كما التقى المسؤول العراقي وزير الداخلية السوري محمد الرحمون.'],
      ['qasim-al-araji agreed_with mohammad-al-rahmoun', LEAD + 'كما التقى المسؤول العراقي وزير الداخلية السوري محمد الرحمون، واتفق الطرفان على تعزيز تبادل المعلومات.'],
      ['no bashar-al-assad agreed_with qasim-al-araji', LEAD + 'كما التقى المسؤول العراقي وزير الداخلية السوري محمد الرحمون، واتفق الطرفان على تعزيز تبادل المعلومات.'],
      ['qasim-al-araji met mohammad-al-rahmoun', LEAD + 'والتقى الضيف العراقي وزير الداخلية السوري محمد الرحمون.'],
      ['mohammad-al-rahmoun met qasim-al-araji', LEAD + 'والتقى وزير الداخلية السوري محمد الرحمون المسؤول العراقي.'],
      ['no qasim-al-araji met mohammad-al-rahmoun', LEAD + 'ولم يلتق المسؤول العراقي وزير الداخلية السوري محمد الرحمون.'],
      ['no mohammed-shia-al-sudani met mohammad-al-rahmoun', 'استقبل الأسد أمس وزير الخارجية الإيراني حسين أمير عبد اللهيان. والتقى المسؤول العراقي وزير الداخلية السوري محمد الرحمون.'],
    ],
    'an envoy descriptor with its country is the envoy to that country (ar)': [
      ['no geir-pedersen urged houthis', 'تبادل الحوثيون والحكومة اليمنية مئات الأسرى أمس. ورحب المبعوث الأممي إلى اليمن هانس غروندبرغ بالعملية، ودعا الطرفين إلى مواصلة الإفراج عن المحتجزين.'],
      ['no geir-pedersen urged yem', 'ورحب المبعوث الأممي إلى اليمن بالعملية، ودعا الحكومة اليمنية إلى مواصلة الإفراج عن المحتجزين.'],
      ['geir-pedersen urged syr', 'ودعا المبعوث الأممي إلى سوريا غير بيدرسن الحكومة السورية إلى الإفراج عن المعتقلين.'],
    ],
  },
  '2024-01-22',
);

/**
 * Reducing relations is `sanctioned` (CAMEO 16x, gold rule 11), imposer → target: cutting, severing, downgrading ties,
 * recalling one's own ambassador or chargé, closing one's embassy, embargoes, arms-sale and trade bans. Ties cut between
 * two named parties with no agent give both directions. Sentences of our own, with look-alikes that must not give it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'reduced relations: cutting ties, recalling an envoy, closing an embassy, trade and arms bans': [
    ['mar sanctioned irn', 'Morocco severed ties with Iran in 2018 over its support for the Polisario Front.'],
    ['jor sanctioned qat', 'Jordan downgraded diplomatic relations with Qatar in June 2017.'],
    ['bhr sanctioned isr', 'Bahrain recalled its ambassador from Israel on Thursday.'],
    ['egy sanctioned tur', 'Egypt recalled its charge d\'affaires from Ankara on Monday.'],
    ['can sanctioned syr', 'Canada closed its embassy in Damascus in 2012.'],
    ['deu sanctioned tur', 'Germany restricted arms sales to Turkey after the offensive.'],
    ['jpn sanctioned rus', 'Japan imposed an oil embargo on Russia last year.'],
    ['no bhr sanctioned isr', 'Bahrain summoned the Israeli ambassador on Thursday.'],
    ['egy sanctioned fra', 'Egypt recalled its ambassador from Paris and said it would complain to the Arab League.'],
  ],
  'ties cut between two named parties with no agent: both directions': [
    ['qat sanctioned egy', 'Cairo and Doha cut ties in 2017 during the Gulf crisis.'],
    ['egy sanctioned qat', 'Cairo and Doha cut ties in 2017 during the Gulf crisis.'],
  ],
  'an indefinite collective cuts no ties with a name before the comma': [
    ['no lby sanctioned qat', 'Libya closed its embassy in Damascus in 2012, as Arab governments cut ties with Qatar over the crackdown.'],
  ],
  'reduced relations, قطع العلاقات، استدعاء السفير، إغلاق السفارة (ar)': [
    ['mar sanctioned irn', 'وقطع المغرب علاقاته مع إيران عام 2018.'],
    ['bhr sanctioned isr', 'أعلنت البحرين استدعاء سفيرها لدى إسرائيل للتشاور.'],
    ['can sanctioned syr', 'وكانت كندا قد أغلقت سفارتها في دمشق عام 2012.'],
    ['no bhr sanctioned isr', 'واستدعت البحرين السفير الإسرائيلي لديها.'],
  ],
  'ties cut between a named pair, both directions (ar)': [
    ['qat sanctioned egy', 'وعادت العلاقات بين القاهرة والدوحة بعد قطع العلاقات بينهما عام 2017.'],
    ['egy sanctioned qat', 'وعادت العلاقات بين القاهرة والدوحة بعد قطع العلاقات بينهما عام 2017.'],
  ],
});

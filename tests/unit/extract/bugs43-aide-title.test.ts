/**
 * An aide's office before an inner office and the holder's name (branch bugs43, fix 7): "Assad received an adviser to the
 * Iranian president, Ali Akbar Velayati" — the holder's own mention took "the Iranian president ," before the name, so the
 * words "an adviser to" stood between the verb and its object and no hosting was read. mentions.ts officeHolders now grows
 * the holder's mention over the aide's office (`aide_head` + to/of, its article and adjectives). "Iranian presidential
 * envoy Ali Asghar Khaji" and the Arabic construct chains were read already (checked).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the holder past an aide title (en)': [
    ['bashar-al-assad hosted ali-akbar-velayati', 'Assad received an adviser to the Iranian president, Ali Akbar Velayati, in Damascus on Monday.'],
    ['bashar-al-assad hosted ali-akbar-velayati', 'Assad received an adviser to the Iranian supreme leader, Ali Akbar Velayati.'],
    ['bashar-al-assad hosted ali-asghar-khaji', 'Assad received a senior aide to the Iranian foreign minister, Ali Asghar Khaji, in Damascus on Monday.'],
    ['bashar-al-assad met ali-akbar-velayati', 'Assad met an adviser to the Iranian president, Ali Akbar Velayati, in Damascus on Monday.'],
    ['bashar-al-assad hosted ali-asghar-khaji', 'Assad received Iranian presidential envoy Ali Asghar Khaji in Damascus on Monday.'],
    // the inner office's holder is no one met
    ['no bashar-al-assad hosted hassan-rouhani', 'Assad received an adviser to the Iranian president, Ali Akbar Velayati, in Damascus on Monday.'],
  ],
  'the holder past an aide title (ar)': [
    ['bashar-al-assad hosted ali-akbar-velayati', 'استقبل الرئيس بشار الأسد مستشار الرئيس الإيراني علي أكبر ولايتي في دمشق أمس.'],
    ['bashar-al-assad hosted ali-asghar-khaji', 'استقبل الرئيس بشار الأسد كبير مساعدي وزير الخارجية الإيراني علي أصغر خاجي في دمشق.'],
    ['no bashar-al-assad hosted hassan-rouhani', 'استقبل الرئيس بشار الأسد مستشار الرئيس الإيراني علي أكبر ولايتي في دمشق أمس.'],
  ],
}, '2015-05-18');

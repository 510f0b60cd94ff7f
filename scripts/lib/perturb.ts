/**
 * Meaning-preserving insertions into a sentence (npm run perturb, issue #3): the material a new
 * writer adds to a sentence whose triple the extractor reads. Pure and deterministic. Each kind
 * inserts only where the grammar surely allows it (a variant that is not a correct sentence is no
 * test), so a kind that finds no safe place gives no variant.
 *
 *   time        a time adverbial — after a speech verb before its "that" clause, Arabic after the subject of
 *               an opening verb; else sentence-final ("said on Tuesday that", "… in Damascus on Tuesday." /
 *               `استقبل الرئيس فلان أمس الثلاثاء وزير…`, `… أمس الثلاثاء.`)
 *   adverb      "reportedly" between an auxiliary and its participle ("was reportedly killed");
 *               Arabic: a hearsay adverbial opening the sentence (`بحسب مصادر مطلعة، استقبل…`)
 *   apposition  after a person's mention followed by its verb (", a veteran politician," / `، السياسي المخضرم،`)
 *   hedge       before a target noun ("at what officials called Islamic State positions" / `ما وصف بمواقع`)
 *   trailing    a clause after the sentence (", prompting a wave of reactions." / `، ما أثار ردود فعل واسعة.`)
 *   modifier    a modifier of an indefinite event noun ("a special forces raid", "a drone strike" / `هجوم مباغت على`)
 *   counterpart a counterpart descriptor before a person named after another person ("met his Iranian counterpart
 *               Ebrahim Raisi" / `من نظيره الإيراني إبراهيم رئيسي`)
 *   compound    a noun inside an event noun after its doer's demonym or name ("a US special forces raid" /
 *               `غارة جوية إسرائيلية`)
 *   hedged      a claimed identity before a target noun ("at what they said were Islamic State positions" /
 *               `على ما قالت إنها مواقع`)
 *   date        a date between commas after the subject ("Turkey, on March 5, struck" / `تركيا، في الخامس من آذار/مارس،`)
 *   saying      a trailing participial clause (", saying the move violated international law." /
 *               `، ما أدى إلى مقتل عشرة أشخاص.`)
 *   prompting   a trailing clause naming another actor (", prompting the United Nations to call for restraint." /
 *               `، ما دفع الأمم المتحدة إلى الدعوة لضبط النفس.`)
 *   including   a counted list after a country subject ("Turkey and seven other states, including Austria and Cyprus," /
 *               `تركيا وسبع دول أخرى، بينها النمسا وقبرص،`)
 *   placelist   a second country after a country target that follows a locative, sharing it ("troops in Syria and
 *               Lebanon", "US forces in Iraq and Jordan" / `في سوريا ولبنان`): the list's first member keeps its triple
 *               (docs/misses-by-construction.md: presence and attacks told with a list of places)
 *   andclause   a trailing clause with a subject and an object of its own after ", and" (", and the United Nations has
 *               called on all sides to show restraint." / `، ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس.`): the
 *               sentence's verbs take no object from it (diagnosis of batch 20, fix 4: objects sliding across ", and")
 *   ownerlist   a second owner after a target that owns the sites struck ("Iranian targets" → "Iranian and Hezbollah
 *               targets", `مواقع لإيران` → `مواقع لإيران و«حزب الله»`): the first owner keeps its triple (diagnosis of
 *               batch 20: targets by owner in lists)
 *   midtime     a time adverbial inside the clause, before the target's "on"/"against"/"at" after a word, or between a past
 *               verb and its object ("strikes on Tuesday on Iranian positions", "struck on Tuesday Iranian positions" /
 *               `غارات مساء الثلاثاء على مواقع`): docs/diagnosis-batch26.md §5, readers must read past a date
 *
 * Arabic kinds of material between the parts (robust40a, docs/diagnosis-batch35.md §5), Arabic only:
 *   ar_pluperfect  `[و]V [title] X rest` → `وكان/وكانت [title] X قد V rest` (كانت after a verb ending in ت)
 *   ar_apposition  `، إلى جانب حلفائها،` after a country subject (none where the sentence already says إلى جانب);
 *                  else `، حليفة واشنطن،` after a country object
 *   ar_participle  `المدعومة/المدعوم من واشنطن` (أنقرة when the US is an end) after a group whose head tells its gender
 *   ar_adjunct     `في بيانات سابقة` between a statement verb (اتهم، أدان، دعا …) with its subject and its object
 *   ar_titlechain  `المبعوث الخاص للرئيس ال<demonym>` before an untitled person's name after a verb or preposition
 *   ar_clitic      `مقاتلي/عناصر/قوات/مواقع X` → `مقاتليها …` after a sentence before that names X (`وأصدرت X بياناً.`)
 *
 * English kinds for the material between the parts that the blind-batch diagnoses found (docs/diagnosis-batch35.md §5,
 * robust40b; English only, Arabic sites give none):
 *   en_pastperfect  "had earlier" + participle between a sentence- or clause-opening subject and its simple past
 *                   ("Shoigu hosted" → "Shoigu had earlier hosted", "took" → "had earlier taken")
 *   en_apposition   ", a key player in the conflict," after a named country or armed group: the subject before its verb,
 *                   or the object before "of"/"to"/"over"/"for" ("accused Turkey, a key player in the conflict, of")
 *   en_participle   ", backed by foreign powers," after a named armed group subject; ", which is backed by foreign powers,"
 *                   after a named armed group object before "of"/"to"/"over"/"for"
 *   en_adjunct      an adjunct between a verb and its object ("accused in a statement Y of", "struck overnight Y",
 *                   "received at the presidential palace Y")
 *   en_titlechain   a title chain before a plain person name, commas around the name ("met the chief negotiator of the
 *                   government, Faisal Mekdad, in")
 *   en_pronoun      "its" for a named country or group owning the noun after it ("IS positions" → "its positions"), the
 *                   owner named in a sentence put before ("IS is active in the area. …")
 *   en_both         "both" before a pair of names ("both Sweden and Finland"), not after "between", not in a list of three
 */

export const KINDS = ['time', 'adverb', 'apposition', 'hedge', 'trailing', 'modifier', 'counterpart', 'compound', 'hedged', 'date', 'saying', 'prompting', 'including', 'placelist', 'andclause', 'ownerlist', 'midtime', 'ar_pluperfect', 'ar_apposition', 'ar_participle', 'ar_adjunct', 'ar_titlechain', 'ar_clitic', 'en_pastperfect', 'en_apposition', 'en_participle', 'en_adjunct', 'en_titlechain', 'en_pronoun', 'en_both'] as const;
export type Kind = (typeof KINDS)[number];

/** What the generator knows of one triple's sentence: its mentions (offsets in `sentence`) and whether each is a person. */
export interface Site {
  sentence: string;
  lang: 'ar' | 'en';
  source: [number, number];
  target: [number, number];
  sourcePerson?: boolean;
  targetPerson?: boolean;
  /** The mention is a country's name (not a descriptor or demonym). */
  sourceCountry?: boolean;
  targetCountry?: boolean;
  /** The demonym of the target person's country in the sentence's language (masculine singular), if known. */
  targetDemonym?: string;
  /** Where the target person's own name begins inside the target span (after a title: "President |Ebrahim Raisi"). */
  targetNameAt?: number;
  sourceDemonym?: string;
  sourceNameAt?: number;
  /** The mention is an armed group (ar_participle, ar_clitic). */
  sourceGroup?: boolean;
  targetGroup?: boolean;
  /** The entity ids of the triple's ends (to keep an inserted actor apart from them). */
  sourceId?: string;
  targetId?: string;
}

export interface Variant {
  kind: Kind;
  text: string;
  /** Offset in the original sentence where the material went. */
  at: number;
}

const insert = (s: string, at: number, what: string) => s.slice(0, at) + what + s.slice(at);

/** Mentions must stay whole: an insertion point strictly inside a source or target span is refused. */
function clear(site: Site, at: number): boolean {
  return ![site.source, site.target].some(([a, b]) => at > a && at < b);
}

const EN_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b/i;
const AR_WEEKDAY = /(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|أمس|اليوم)/;
/** A plain final full stop after a word (no quote, bracket or abbreviation before it). */
const EN_END = /[a-z0-9]\.$/;
const AR_END = /[\u0621-\u064A0-9]\.$/;

function time(site: Site): Variant | null {
  const s = site.sentence;
  if (site.lang === 'en') {
    if (EN_WEEKDAY.test(s)) return null;
    const m = /\b(said|announced|stated|confirmed|added|warned) (?=that )/.exec(s);
    if (m) {
      const at = m.index + m[1]!.length;
      return clear(site, at) ? { kind: 'time', text: insert(s, at, ' on Tuesday'), at } : null;
    }
    if (!EN_END.test(s)) return null;
    return { kind: 'time', text: insert(s, s.length - 1, ' on Tuesday'), at: s.length - 1 };
  }
  if (AR_WEEKDAY.test(s)) return null;
  // Verb–subject–object: the time goes after the subject ("استقبل الرئيس فلان أمس الثلاثاء وزير…") when
  // the sentence opens with one verb word, the source is its subject and the object follows.
  const [a, b] = site.source;
  // Not after كان (its time is the participle's), أما or a present verb (يتهم), nor before a coordinated subject (و…), a name part or قد.
  const opener = s.slice(0, a);
  if (
    /^[وف]?[\u0621-\u064A]+ $/.test(opener) &&
    !/^[وف]?(كان|أما|ي)/.test(opener) &&
    site.target[0] > b &&
    /^ [\u0621-\u064A]/.test(s.slice(b)) &&
    !/^ (ال|بن|ابن|أبو|أبي|و|قد )/.test(s.slice(b))
  )
    return { kind: 'time', text: insert(s, b, ' أمس الثلاثاء'), at: b };
  if (!AR_END.test(s)) return null;
  return { kind: 'time', text: insert(s, s.length - 1, ' أمس الثلاثاء'), at: s.length - 1 };
}

/** Past participles that follow an auxiliary without -ed/-en. */
const PARTICIPLES = new Set(
  'met held sent struck hit made been taken told said led fought seized won lost begun left put set shot cut brought built caught kept paid sought bought withdrawn drawn thrown given'.split(
    ' ',
  ),
);

function adverb(site: Site): Variant | null {
  const s = site.sentence;
  if (site.lang === 'en') {
    const re = /\b(was|were|has|have|had) ([a-z]+)\b/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const w = m[2]!;
      if (!(/(ed|en)$/.test(w) || PARTICIPLES.has(w)) || (w === 'been' && /^ been (a|an|the)\b/.test(s.slice(m.index + m[1]!.length)))) continue;
      const at = m.index + m[1]!.length;
      if (!clear(site, at)) continue;
      return { kind: 'adverb', text: insert(s, at, ' reportedly'), at };
    }
    return null;
  }
  // Arabic: a hearsay adverbial opening the sentence ("بحسب مصادر مطلعة، استقبل…"), after its و if any,
  // when the sentence opens with a word (not a quote, a number or a preposition phrase already set off by a comma).
  // و is the conjunction when what follows is a word of three letters or more that is not a و-initial verb (وصل, وقع…).
  const m = /^[\u0621-\u064A]{2,}(?= )/.exec(s);
  if (!m || /^و?(في|من|على|عن|بعد|قبل|إلى|حسب|بحسب|وفق|وفقا|وفقاً|كما|لكن|أما|إذ|ثم|كذلك|لذلك|غير|إلا|بينما|فيما|حيث)[ ،]/.test(s)) return null;
  const conj = m[0].startsWith('و') && m[0].length >= 3 && !/^(وصل|وصلت|وقع|وقعت|وقّع|وقّعت|وجه|وجّه|وجهت|وجّهت|وافق|وافقت|وصف|وصفت|وعد|وعدت|وضع|وضعت)$/.test(m[0]);
  const at = conj ? 1 : 0;
  return { kind: 'adverb', text: insert(s, at, 'بحسب مصادر مطلعة، '), at };
}

const EN_NOT_VERB = new Set(['of', 'and', 'or', 'in', 'at', 'on', 'to', 'for', 'from', 'with', 'by', 'as', 'who', 'whose', 'which', 'that', 'the', 'a', 'an']);

function apposition(site: Site): Variant | null {
  const s = site.sentence;
  for (const [span, person] of [
    [site.source, site.sourcePerson],
    [site.target, site.targetPerson],
  ] as const) {
    if (!person) continue;
    const at = span[1];
    if (!clear(site, at)) continue;
    if (site.lang === 'en') {
      // Followed by a lower-case word that can be its verb ("Assad received", "Putin told").
      const m = /^ ([a-z]+)\b/.exec(s.slice(at));
      if (!m || EN_NOT_VERB.has(m[1]!) || /'s?$/.test(s.slice(span[0], at))) continue;
      return { kind: 'apposition', text: insert(s, at, ', a veteran politician,'), at };
    }
    // Arabic: the name then a space and a word that does not continue the name (not a name part, not ال-adjective).
    const m = /^ ([\u0621-\u064A]+)/.exec(s.slice(at));
    if (!m || /^(ال|بن|ابن|أبو|أبي|بن)/.test(m[1]!) || /^[،,.]/.test(s.slice(at))) continue;
    return { kind: 'apposition', text: insert(s, at, '، السياسي المخضرم،'), at };
  }
  return null;
}

const EN_TARGET_NOUNS = /^(?:'s)? (positions|targets|bases|sites|fighters|militants|hideouts|camps|strongholds|facilities|posts|members|cells|forces|units)\b/;
const AR_TARGET_NOUNS = /(?:^|\s)([وف]?)(ب|ل)?(ال)?(مواقع|مقرات|أهداف|مراكز|معاقل|تجمعات|مخازن|قواعد|مقر|موقع|منشآت)( ل?)?$/;

function hedge(site: Site, en = 'what officials called ', ar = 'ما وصف ب', kind: Kind = 'hedge'): Variant | null {
  const s = site.sentence;
  const [a, b] = site.target;
  if (site.lang === 'en') {
    // "at Islamic State positions" → "at what officials called Islamic State positions"; also "at the X positions".
    if (!EN_TARGET_NOUNS.test(s.slice(b))) return null;
    const before = s.slice(0, a);
    const m = /\b(at|against|on|targeting|struck|hit|attacked|bombed|shelled)( the)? $/.exec(before);
    if (!m) return null;
    const at = m.index + m[1]!.length + 1;
    if (!clear(site, at)) return null;
    return { kind, text: insert(s, at, en), at };
  }
  // Arabic: a target noun before the target's name ("مواقع لتنظيم داعش", "مقرات حزب العمال") → "ما وصف بمواقع".
  const before = s.slice(0, a);
  const m = AR_TARGET_NOUNS.exec(before);
  if (!m || m[2]) return null; // a preposition clitic (بمواقع, لمواقع) would need to move; leave it
  const at = m.index + (m[0].startsWith(' ') ? 1 : 0) + m[1]!.length;
  if (!clear(site, at)) return null;
  return { kind, text: insert(s, at, ar), at };
}

function trailing(site: Site, en = ', prompting a wave of reactions.', ar = '، ما أثار ردود فعل واسعة.', kind: Kind = 'trailing'): Variant | null {
  const s = site.sentence;
  if (site.lang === 'en') {
    if (!EN_END.test(s)) return null;
    return { kind, text: s.slice(0, -1) + en, at: s.length - 1 };
  }
  if (!AR_END.test(s)) return null;
  return { kind, text: s.slice(0, -1) + ar, at: s.length - 1 };
}

const EN_MODIFIERS: Record<string, string> = {
  raid: 'special forces',
  raids: 'special forces',
  strike: 'drone',
  strikes: 'drone',
  attack: 'drone',
  attacks: 'drone',
  bombing: 'suicide',
  offensive: 'ground',
  operation: 'ground',
  visit: 'surprise',
  meeting: 'surprise',
};
/** Arabic event nouns and the adjective that agrees with each (indefinite form; accusative tanwin added on masculines). */
const AR_MODIFIERS: Record<string, [string, boolean]> = {
  هجوم: ['مباغت', true],
  قصف: ['مكثف', true],
  اجتماع: ['مغلق', true],
  هجمات: ['مباغتة', false],
  غارة: ['مباغتة', false],
  غارات: ['مكثفة', false],
  ضربات: ['دقيقة', false],
  عملية: ['واسعة', false],
  زيارة: ['مفاجئة', false],
};

function modifier(site: Site): Variant | null {
  const s = site.sentence;
  if (site.lang === 'en') {
    // Indefinite only: a new event takes a new modifier; "the strike" points back to one already told.
    const re = /\b(a|an) ([a-z]+)\b/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const mod = EN_MODIFIERS[m[2]!];
      if (!mod) continue;
      const at = m.index + m[1]!.length + 1;
      if (!clear(site, at)) continue;
      const det = m[1] === 'an' ? 'a' : m[1]!; // "an attack" → "a drone attack"
      return { kind: 'modifier', text: s.slice(0, m.index) + det + ' ' + mod + ' ' + s.slice(at), at };
    }
    return null;
  }
  const stems = Object.keys(AR_MODIFIERS).join('|');
  const re = new RegExp(`(^|\\s)([وفب]?)(ال|لل)?(${stems})(اً|ا)?(?= (على|ضد|في|مع|إلى|بين) )`, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [adj, masc] = AR_MODIFIERS[m[4]!]!;
    const at = m.index + m[0].length;
    if (!clear(site, at)) continue;
    const word = m[3] ? 'ال' + adj : m[5] && masc ? adj + 'اً' : adj;
    return { kind: 'modifier', text: insert(s, at, ' ' + word), at };
  }
  return null;
}

/** Words of a name (capitalised English words, or Arabic words that are no title or article-adjective). */
const EN_NAME_START = /^[A-Z][a-z]/;
const EN_BEFORE_NAME = /(?:^|\s)(met|with|and|received|hosted|told|called|phoned|urged|by|from|to|accused|criticised|criticized|invited)\s$/;
const AR_BEFORE_NAME = /(?:^|\s)([وف]?(?:التقى|التقت|استقبل|استقبلت|بحث|مع|من|إلى|و|زار|دعا|هاتف|اتصل|ب)|مع|من)\s$/;

/** A title (capitalised words) right after a verb or preposition, right before a name: "with |Russian President |Putin". */
const EN_TITLE_BEFORE = /((?:^|\s)(?:met|with|and|received|hosted|told|called|phoned|urged|by|from|to|accused|criticised|criticized|invited|visited)\s)((?:[A-Z][\w'-]*\s){1,4})$/;
/** An Arabic title phrase opening with a title word (no clitic preposition), right before a name: `التقى |الرئيس الروسي |بوتين`. */
const AR_TITLE_BEFORE = /((?:^|\s)(?:[وف]?(?:التقى|التقت|استقبل|استقبلت|بحث|زار|هاتف|دعا|اتهم|انتقد)|مع|من|إلى|و)\s)((?:ال)?(?:رئيس|وزير|ملك|أمير|مبعوث|مستشار|سفير|قائد|أمين)[^\s]*(?:\s(?!و)[^\s]+){0,3}\s)$/;

function counterpart(site0: Site): Variant | null {
  if (!site0.sourcePerson || !site0.targetPerson) return null;
  // the second person named is the counterpart of the first (whichever end of the triple it is)
  const site =
    site0.target[0] >= site0.source[1]
      ? site0
      : { ...site0, source: site0.target, target: site0.source, targetDemonym: site0.sourceDemonym, targetNameAt: site0.sourceNameAt };
  if (site.target[0] < site.source[1]) return null;
  const s = site.sentence;
  // a title before the name ("Iranian President Ebrahim Raisi", `الرئيس الإيراني إبراهيم رئيسي`) is what the counterpart
  // descriptor replaces; a title that is the whole span is left alone
  const titled = site.targetNameAt !== undefined && site.targetNameAt > site.target[0] && site.targetNameAt < site.target[1];
  const [a] = site.target;
  const before = s.slice(0, a);
  const name = titled ? s.slice(site.targetNameAt, site.target[1]) : s.slice(...site.target);
  const rest = titled ? s.slice(site.targetNameAt) : s.slice(a);
  if (site.lang === 'en') {
    if (!EN_NAME_START.test(name) || /counterpart/i.test(s.slice(Math.max(0, a - 30), site.target[1]))) return null;
    const dem = site.targetDemonym ? `${site.targetDemonym} ` : '';
    // a title right before the name ("with Russian President Vladimir Putin") is what the descriptor replaces
    const t = EN_TITLE_BEFORE.exec(before);
    if (t && clear(site, t.index + t[1]!.length)) return { kind: 'counterpart', text: before.slice(0, t.index + t[1]!.length) + `his ${dem}counterpart ` + rest, at: t.index + t[1]!.length };
    if (!EN_BEFORE_NAME.test(before) || /\bhis\s+$/.test(before)) return null;
    return { kind: 'counterpart', text: before + `his ${dem}counterpart ` + rest, at: a };
  }
  if (/^(ال|نظير)/.test(name) || /نظير/.test(s.slice(Math.max(0, a - 30), site.target[1]))) return null;
  const dem = site.targetDemonym ? ` ال${site.targetDemonym}` : '';
  // a title right before the name (`التقى الرئيس الروسي فلاديمير بوتين`) is what the descriptor replaces
  const t = AR_TITLE_BEFORE.exec(before);
  if (t && clear(site, t.index + t[1]!.length)) return { kind: 'counterpart', text: before.slice(0, t.index + t[1]!.length) + `نظيره${dem} ` + rest, at: t.index + t[1]!.length };
  if (!AR_BEFORE_NAME.test(before)) return null;
  // A clitic preposition (بـ) stays on the word it introduces: `ببوتين` is not split.
  return { kind: 'counterpart', text: before + `نظيره${dem} ` + rest, at: a };
}

const EN_COMPOUND: Record<string, string> = {
  raid: 'special forces',
  raids: 'special forces',
  strike: 'missile',
  strikes: 'missile',
  attack: 'drone',
  attacks: 'drone',
  bombing: 'suicide',
  operation: 'military',
  offensive: 'ground',
  incursion: 'ground',
};
const AR_COMPOUND: Record<string, string> = {
  غارة: 'جوية',
  غارات: 'جوية',
  ضربة: 'جوية',
  ضربات: 'جوية',
  هجوم: 'صاروخي',
  هجمات: 'صاروخية',
  قصف: 'مدفعي',
  عملية: 'عسكرية',
};

/** Adjectives of an event's kind, not of its doer. */
const AR_TYPE_ADJ = /^(جوي|صاروخي|مدفعي|عسكري|بحري|بري|أمني|انتحاري|مسلح|إرهابي|واسع|مكثف|دامي|مباغت|مفاجئ|رسمي|هاتفي|ثنائي|ثلاثي|مشترك|تركي-|دولي|إقليمي|عربي)/;

function compound(site: Site): Variant | null {
  const s = site.sentence;
  if (site.lang === 'en') {
    // "a US raid", "in Israeli strikes", "the Turkish offensive": capitalised words (not opening the sentence) before the noun.
    const re = new RegExp(`\\b(?:a|an|the|in|by|after|during|of|on)((?: [A-Z][A-Za-z'.-]*)+) (${Object.keys(EN_COMPOUND).join('|')})\\b`, 'g');
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const at = m.index + m[0].length - m[2]!.length;
      if (!clear(site, at)) continue;
      return { kind: 'compound', text: insert(s, at, EN_COMPOUND[m[2]!]! + ' '), at };
    }
    return null;
  }
  // `غارة إسرائيلية` → `غارة جوية إسرائيلية`, `الغارة الإسرائيلية` → `الغارة الجوية الإسرائيلية`: a nisba adjective right after the noun.
  const re = new RegExp(`(^|\\s)([وفب]?)(ال|لل)?(${Object.keys(AR_COMPOUND).join('|')})(اً)? (ال)?([\\u0621-\\u064A]+(?:ي|ية|يا|ياً))(?=[\\s.،])`, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const adj = AR_COMPOUND[m[4]!]!;
    if (AR_TYPE_ADJ.test(m[7]!)) continue; // a type adjective (`صاروخية`, `جوية`) is no doer's nisba
    if (!!m[3] !== !!m[6]) continue; // definiteness must agree (`غارة الجيش` is a genitive, not an adjective)
    const at = m.index + m[0].length - (m[6] ?? '').length - m[7]!.length - 1;
    if (!clear(site, at)) continue;
    const word = (m[6] ? 'ال' : '') + (m[5] && !adj.endsWith('ة') ? adj + 'اً' : adj);
    return { kind: 'compound', text: insert(s, at, ' ' + word), at };
  }
  return null;
}

const hedged = (site: Site) => hedge(site, 'what they said were ', 'ما قالت إنها ', 'hedged');

function date(site: Site): Variant | null {
  const s = site.sentence;
  const [a, b] = site.source;
  // After a subject that is a name (a person or a country), never after a demonym ("a US, on March 5, raid").
  if (!clear(site, b) || !(site.sourcePerson || site.sourceCountry)) return null;
  if (site.lang === 'en') {
    if (EN_WEEKDAY.test(s) || /'s?$/.test(s.slice(a, b))) return null;
    const m = /^ ([a-z]+)\b/.exec(s.slice(b));
    if (!m || EN_NOT_VERB.has(m[1]!)) return null;
    return { kind: 'date', text: insert(s, b, ', on March 5,'), at: b };
  }
  if (AR_WEEKDAY.test(s) || /^[،,.]/.test(s.slice(b))) return null;
  const m = /^ ([\u0621-\u064A]+)/.exec(s.slice(b));
  if (!m || /^(ال|بن|ابن|أبو|أبي|و|قد$)/.test(m[1]!)) return null;
  return { kind: 'date', text: insert(s, b, '، في الخامس من آذار/مارس،'), at: b };
}

const saying = (site: Site) => trailing(site, ', saying the move violated international law.', '، ما أدى إلى مقتل عشرة أشخاص.', 'saying');
const prompting = (site: Site) =>
  trailing(site, ', prompting the United Nations to call for restraint.', '، ما دفع الأمم المتحدة إلى الدعوة لضبط النفس.', 'prompting');

const andclause = (site: Site) =>
  trailing(site, ', and the United Nations has called on all sides to show restraint.', '، ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس.', 'andclause');

const EN_PAST = /^(?:[a-z]+ed|met|held|sent|struck|hit|told|said|signed|agreed|fought|led|won|took|gave|made|urged|called|backed)$/;

function including(site: Site): Variant | null {
  if (!site.sourceCountry) return null;
  const s = site.sentence;
  const [a, b] = site.source;
  if (!clear(site, b)) return null;
  if (site.lang === 'en') {
    const m = /^ ([a-z]+)\b/.exec(s.slice(b));
    if (!m || !EN_PAST.test(m[1]!) || /'s?$/.test(s.slice(a, b)) || /\b(of|in|to|from|and|with|by)\s+$/.test(s.slice(0, a))) return null;
    return { kind: 'including', text: insert(s, b, ' and seven other states, including Austria and Cyprus,'), at: b };
  }
  // Arabic: the subject right after an opening verb (VSO) or opening the sentence (SVO), followed by a word.
  const opener = s.slice(0, a);
  if (!/^[وف]?([\u0621-\u064A]+ )?$/.test(opener) || /^[وف]?(في|من|على|إلى|عن|مع|أما|كان)\s/.test(opener)) return null;
  const m = /^ ([\u0621-\u064A]+)/.exec(s.slice(b));
  if (!m || /^(ال|و)/.test(m[1]!)) return null;
  return { kind: 'including', text: insert(s, b, ' وسبع دول أخرى، بينها النمسا وقبرص،'), at: b };
}

function placelist(site: Site): Variant | null {
  if (!site.targetCountry) return null;
  const s = site.sentence;
  const [a, b] = site.target;
  const name = s.slice(a, b);
  if (site.lang === 'en') {
    // after "in"/"inside", not a possessive, not already a list, not inside a longer name ("in Syria Today")
    if (!/\b(in|inside) $/.test(s.slice(0, a)) || /'s?$/.test(name) || !/^([.,;]| (on|since|for|after|before|in|at|to|and|as|where|which|who|that|,)\b)/.test(s.slice(b)) || /^ and\b/.test(s.slice(b))) return null;
    return { kind: 'placelist', text: insert(s, b, name === 'Lebanon' ? ' and Jordan' : ' and Lebanon'), at: b };
  }
  if (!/(^|\s)(في|داخل) $/.test(s.slice(0, a)) || !/^([.،,؛]| (منذ|في|خلال|بعد|قبل|على|حيث|أمس|،))/.test(s.slice(b))) return null;
  return { kind: 'placelist', text: insert(s, b, /لبنان$/.test(name) ? ' والأردن' : ' ولبنان'), at: b };
}

function ownerlist(site: Site): Variant | null {
  const s = site.sentence;
  const [a, b] = site.target;
  const name = s.slice(a, b);
  if (site.lang === 'en') {
    // a demonym right before the sites' noun, not already in a list
    if (!/^[A-Z][a-z]+(an|ish|i|ese)$/.test(name) || !/^ (targets|positions|sites|facilities|bases)\b/.test(s.slice(b)) || /\b(and|or) $/.test(s.slice(0, a))) return null;
    return { kind: 'ownerlist', text: insert(s, b, name === 'Iranian' ? ' and Hezbollah' : ' and Iranian'), at: b };
  }
  // the owner after لـ on a site noun (`مواقع لإيران`, `أهداف للحرس الثوري`), not already in a list
  if (!/(مواقع|أهداف|مقرات|مستودعات) (ل|لـ)?$/.test(s.slice(0, a)) && !/(مواقع|أهداف|مقرات|مستودعات) $/.test(s.slice(0, a))) return null;
  if (!/^(ل|لـ)/.test(name) && !/ل$/.test(s.slice(0, a))) return null;
  if (/^ و/.test(s.slice(b)) || !/^([.،,؛»]| (في|منذ|داخل|قرب|على|،))/.test(s.slice(b))) return null;
  return { kind: 'ownerlist', text: insert(s, b, /حزب الله/.test(name) ? ' وإيران' : ' و«حزب الله»'), at: b };
}

function midtime(site: Site): Variant | null {
  const s = site.sentence;
  const [a] = site.target;
  if (a <= site.source[1]) return null;
  const before = s.slice(0, a);
  if (site.lang === 'en') {
    if (EN_WEEKDAY.test(s)) return null;
    const m = /(?<![\w-])(?!said\b)[a-z]{3,}( (?:on|against|at) )(?:the )?$/.exec(before);
    if (m) {
      const at = m.index + m[0].indexOf(m[1]!);
      return clear(site, at) ? { kind: 'midtime', text: insert(s, at, ' on Tuesday'), at } : null;
    }
    if (/(?<![\w-])[a-z]{3,}ed $/.test(before)) return { kind: 'midtime', text: insert(s, a - 1, ' on Tuesday'), at: a - 1 };
    return null;
  }
  if (AR_WEEKDAY.test(s)) return null;
  // `على` before the target, at most two words before it (`على مواقع لـ«قسد»`), after a word that is no preposition
  const m = /(?<=[\u0621-\u064A\u064B-\u0652»]) (على|ضد) (?:[^\s،.]+ ){0,2}[^\s،.]*$/.exec(before);
  if (!m || /(?:^|\s)(?:في|من|إلى|على|عن|مع)$/.test(s.slice(0, m.index))) return null;
  return clear(site, m.index) ? { kind: 'midtime', text: insert(s, m.index, ' مساء الثلاثاء'), at: m.index } : null;
}

// ---- robust40a: Arabic material between the parts (docs/diagnosis-batch35.md §5) ----

const AR_WORD = /^[\u0621-\u064A\u0640\u064B-\u0652]+$/;
/** Opening words that are no past verb: prepositions, particles, nouns of title or source. */
const AR_NOT_OPENING_VERB = /^[وف]?(في|من|على|عن|إلى|مع|بعد|قبل|حسب|بحسب|وفق|وفقا|وفقاً|كما|لكن|أما|إذ|ثم|كذلك|لذلك|غير|إلا|بينما|فيما|حيث|كان|كانت|قد|لقد|وزير|رئيس|مصدر|مصادر|قائد|نائب|سفير|مبعوث|أمين|ممثل|مسؤول|عضو|مدير|متحدث|هذا|هذه|ذلك|تلك|إن|أن|لم|لن|ما|لا)$/;
/** Words of a subject's title phrase between an opening verb and the subject's name (`أكد |وزير الخارجية |فلان`). */
const AR_TITLE_WORD = /^(وزير|رئيس|الرئيس|الوزير|نائب|سفير|السفير|مبعوث|المبعوث|أمين|الأمين|قائد|القائد|المتحدث|ال[\u0621-\u064A]+)$/;

/** The opening past verb of a verb-first clause whose subject is the source (`[و]V [title …] SOURCE rest`). */
function openingVerb(site: Site): { conj: string; verb: string; title: string } | null {
  const s = site.sentence;
  const [a, b] = site.source;
  if (site.target[0] <= b) return null;
  const words = s.slice(0, a).split(' ');
  if (words.pop() !== '' || words.length < 1 || words.length > 3) return null;
  const m = /^([وف]?)(.+)$/.exec(words[0]!)!;
  let [, conj, verb] = m as unknown as [string, string, string];
  // و is a conjunction only before a word of three letters or more (وصل, وقع… are verbs of their own)
  if (conj && (verb.length < 3 || /^(صل|صلت|قع|قعت|قّع|قّعت|جه|جّه|جهت|جّهت|افق|افقت|صف|صفت|عد|عدت|ضع|ضعت)$/.test(verb))) verb = conj + verb, conj = '';
  if (!AR_WORD.test(words[0]!) || AR_NOT_OPENING_VERB.test(words[0]!) || /^(ال|ي|ن|أ[^\u0621-\u064A]?$)/.test(verb) || verb.length < 3) return null;
  if (verb.startsWith('ت') && !verb.endsWith('ت')) return null; // a present verb (تؤكد), not a past feminine (تمكنت)
  if (!words.slice(1).every((w) => AR_TITLE_WORD.test(w))) return null;
  // the subject ends with its name: the next word starts no name part, list or particle
  const rest = s.slice(b);
  if (!/^ [\u0621-\u064A«]/.test(rest) || /^ (ال|بن|ابن|أبو|أبي|و|قد |،)/.test(rest)) return null;
  return { conj, verb, title: words.slice(1).join(' ') };
}

/** `[و]V X rest` → `وكان X قد V rest` (the pluperfect wrap: the subject between كان and قد). */
function ar_pluperfect(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const o = openingVerb(site);
  if (!o) return null;
  const s = site.sentence;
  const [a, b] = site.source;
  const kana = o.verb.endsWith('ت') ? 'كانت' : 'كان';
  const head = `و${kana} ${o.title ? o.title + ' ' : ''}`;
  return { kind: 'ar_pluperfect', text: head + s.slice(a, b) + ' قد ' + o.verb + s.slice(b), at: 0 };
}

/** A country name is feminine: `تركيا، إلى جانب حلفائها،` after a subject; `، حليفة واشنطن،` after an object. */
function ar_apposition(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const s = site.sentence;
  // (not where the sentence already says "alongside": `تقف إلى جانب روسيا` is the relation itself)
  if (/إلى جانب/.test(s)) return null;
  if (site.sourceCountry && clear(site, site.source[1]) && site.target[0] > site.source[1]) {
    const rest = s.slice(site.source[1]);
    // followed by a word that does not continue the name (an adjective `الأمريكية`, a list `و…`) nor قد
    if (/^ [\u0621-\u064A]/.test(rest) && !/^ (ال[\u0621-\u064A]+(ية|ي|يين|يون)(?=[ .،])|و|قد )/.test(rest)) return { kind: 'ar_apposition', text: insert(s, site.source[1], '، إلى جانب حلفائها،'), at: site.source[1] };
  }
  if (site.targetCountry && clear(site, site.target[1]) && site.target[0] > site.source[1]) {
    const rest = s.slice(site.target[1]);
    const ally = site.sourceId === 'usa' || site.targetId === 'usa' ? 'موسكو' : 'واشنطن';
    if (/^\.$/.test(rest)) return { kind: 'ar_apposition', text: insert(s, site.target[1], `، حليفة ${ally}`), at: site.target[1] };
    if (/^ (في|على|خلال|منذ|بعد|قبل|إلى|من) /.test(rest)) return { kind: 'ar_apposition', text: insert(s, site.target[1], `، حليفة ${ally}،`), at: site.target[1] };
  }
  return null;
}

/** The grammatical gender of a group's name by its head word (undefined when the head says nothing). */
function groupGender(name: string): 'f' | 'm' | undefined {
  const bare = name.replace(/^[وفبل]?[«"]/, '').replace(/[»"]$/, '');
  if (/^(قسد|هتش)$/.test(bare)) return 'f';
  if (/^(داعش|حزب الله|الحزب)$/.test(bare)) return 'm';
  const head = name.replace(/^[«"]/, '').replace(/^[وفبل](?=ال|قوات|فصائل|هيئة|جبهة|حزب|تنظيم|جيش|وحدات)/, '').split(' ')[0]!;
  if (/^(ال)?(قوات|فصائل|هيئة|جبهة|ميليشيات|ميليشيا|وحدات|حركة|جماعة|كتائب|فرقة)$/.test(head)) return 'f';
  if (/^(ال)?(حزب|تنظيم|جيش|الجيش|حرس|الحرس|لواء|مجلس)$/.test(head)) return 'm';
  return undefined;
}

/** A participle phrase after a group (`الفصائل المدعومة من أنقرة`, `حزب الله الموالي لإيران`). */
function ar_participle(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const s = site.sentence;
  for (const [span, group, other] of [
    [site.source, site.sourceGroup, site.target],
    [site.target, site.targetGroup, site.source],
  ] as const) {
    if (!group || !clear(site, span[1])) continue;
    const name = s.slice(...span);
    const g = groupGender(name);
    if (!g) continue;
    // after a closing quote that ends the name (`«قسد»`)
    const end = s[span[1]] === '»' ? span[1] + 1 : span[1];
    const rest = s.slice(end);
    if (!/^(\.$| [\u0621-\u064A])/.test(rest) || /^ (ال[\u0621-\u064A]+(ية|ي|يين|يون)(?=[ .،])|و)/.test(rest)) continue;
    void other;
    const ids = [site.sourceId, site.targetId];
    const backer = ids.includes('usa') ? (ids.includes('tur') ? 'موسكو' : 'أنقرة') : 'واشنطن';
    const phrase = g === 'f' ? ` المدعومة من ${backer}` : ` المدعوم من ${backer}`;
    return { kind: 'ar_participle', text: insert(s, end, phrase), at: end };
  }
  return null;
}

/** Speech and stance verbs that take `في بيان` between their subject and object. */
const AR_STATEMENT_VERB = /^(اتهم|اتهمت|أدان|أدانت|دان|دانت|دعا|دعت|طالب|طالبت|حمل|حملت|حمّل|حمّلت|انتقد|انتقدت|رحب|رحبت|رحّب|رحّبت|ندد|نددت|ندّد|ندّدت|استنكر|استنكرت|هدد|هددت|هدّد|هدّدت|حذر|حذرت|حذّر|حذّرت|ناشد|ناشدت|اعتبر|اعتبرت|أكد|أكدت|أكّد|أكّدت|جدد|جددت|جدّد|جدّدت)$/;

/** An adjunct PP between verb+subject and object (`اتهمت X في بيان Y بـ`), after a statement verb. */
function ar_adjunct(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const s = site.sentence;
  const [, b] = site.source;
  if (!clear(site, b) || site.target[0] <= b) return null;
  const o = openingVerb(site);
  let verb = o?.verb;
  let at = b;
  if (!o) {
    // subject first: `X V object` → `X V في بيان object`
    const m = /^ ([وف]?)([\u0621-\u064A\u0651]+)(?= [\u0621-\u064A«])/.exec(s.slice(b));
    if (!m || s.slice(0, site.source[0]).trim().split(' ').length > 1) return null;
    verb = m[2];
    at = b + m[0].length;
    if (at >= site.target[0]) return null;
  }
  if (!verb || !AR_STATEMENT_VERB.test(verb)) return null;
  return { kind: 'ar_adjunct', text: insert(s, at, ' في بيانات سابقة'), at };
}

/** A title chain before an untitled person's name (`المبعوث الخاص للرئيس الروسي فلان`). */
function ar_titlechain(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const s = site.sentence;
  for (const [span, person, dem, nameAt] of [
    [site.target, site.targetPerson, site.targetDemonym, site.targetNameAt],
    [site.source, site.sourcePerson, site.sourceDemonym, site.sourceNameAt],
  ] as const) {
    if (!person || !dem || nameAt !== span[0]) continue;
    const before = s.slice(0, span[0]);
    if (!(before === '' || AR_BEFORE_NAME.test(before))) continue;
    // (no title of his already close before: `المبعوث الخاص … إلى سوريا ألكسندر لافرنتييف`, `نظيره`)
    if (/(رئيس|وزير|مبعوث|المبعوث|نائب|نظير|سفير|أمين|مستشار|قائد)/.test(before.slice(-40))) continue;
    const last = before.trim().split(' ').pop() ?? '';
    if (/^(ال|[وف]?(وزير|رئيس|نائب|سفير|مبعوث|أمين|قائد|الشيخ|الملك|الأمير|السيد|الدكتور|اللواء|العميد|العقيد|الفريق|العماد))/.test(last) || /^[بل]/.test(s.slice(...span))) continue;
    return { kind: 'ar_titlechain', text: insert(s, span[0], `المبعوث الخاص للرئيس ال${dem} `), at: span[0] };
  }
  return null;
}

/** Nouns owned by a group or state, and their form with a clitic owner. */
const AR_OWNED: Record<string, string> = { مقاتلي: 'مقاتلي', عناصر: 'عناصر', قوات: 'قوات', مواقع: 'مواقع', مقرات: 'مقرات', نقاط: 'نقاط' };

/** `مقاتلي X` → `مقاتليها` after a sentence before that names X (`وأصدرت X بياناً.`): the clitic owner. */
function ar_clitic(site: Site): Variant | null {
  if (site.lang !== 'ar') return null;
  const s = site.sentence;
  const [a, b] = site.target;
  if (a <= site.source[1]) return null;
  const name = s.slice(a, b);
  const g = site.targetCountry ? 'f' : site.targetGroup ? groupGender(name) : undefined;
  if (!g) return null;
  const m = /(^|\s)([وفبل]?)(مقاتلي|عناصر|قوات|مواقع|مقرات|نقاط) («?)$/.exec(s.slice(0, a));
  if (!m) return null;
  const end = m[4] && s[b] === '»' ? b + 1 : b;
  if (!/^([.،]| [\u0621-\u064A])/.test(s.slice(end))) return null;
  const from = m.index + m[1]!.length;
  const owned = m[2]! + AR_OWNED[m[3]!]! + (g === 'f' ? 'ها' : 'ه');
  const named = m[4] ? `«${name}${end > b ? '»' : ''}` : name;
  const intro = g === 'f' ? `وأصدرت ${named} بياناً. ` : `وأصدر ${named} بياناً. `;
  return { kind: 'ar_clitic', text: intro + s.slice(0, from) + owned + s.slice(end), at: from };
}

// ---- robust40b: English kinds for the material the blind-batch diagnoses found between the parts ----

/** Simple pasts whose past participle is the same word (or -ed verbs), and the irregular ones with their participle. */
const EN_PAST_PARTICIPLE: Record<string, string> = { took: 'taken', gave: 'given', began: 'begun', threw: 'thrown', drew: 'drawn', withdrew: 'withdrawn', wrote: 'written', spoke: 'spoken', chose: 'chosen' };
const EN_SAME_PARTICIPLE = new Set('met held sent struck hit told said signed fought led won made paid sought brought built kept shot seized'.split(' '));
const pastParticipleOf = (w: string): string | undefined =>
  EN_PAST_PARTICIPLE[w] ?? (EN_SAME_PARTICIPLE.has(w) || (/^[a-z]{3,}ed$/.test(w) && !/(need|feed|seed|speed|bleed|breed|shed)$/.test(w)) ? w : undefined);

/** A name's mention (not a demonym, not a possessive): "Turkey", "the SDF", "Hayat Tahrir al-Sham". */
const enNamed = (s: string, [a, b]: [number, number]) => /^[A-Z]/.test(s.slice(a, b)) && !/^[A-Z][a-z]+(an|ish|i|ese)$/.test(s.slice(a, b)) && !/'s?$/.test(s.slice(a, b)) && !/^'/.test(s.slice(b));

/** A word that can open the predicate after a subject: a past, an auxiliary, a present of saying, an adverb. */
const enVerbLike = (w: string) => !!pastParticipleOf(w) || /^(has|have|had|is|was|were|are|says|said|will|would|also|later|again|then|accuses|urges|warns|denies|condemns|called|urged)$/.test(w);

/** "X struck Y" → "X had earlier struck Y": a past-perfect wrap between the subject and its simple-past verb. */
function enPastperfect(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  const [, b] = site.source;
  if (!clear(site, b) || site.target[0] < b) return null;
  const m = /^ ([a-z]+)\b/.exec(s.slice(b));
  const part = m ? pastParticipleOf(m[1]!) : undefined;
  // the subject opens the sentence or a "that"/comma clause (not "since X invaded", "where he held")
  if (!m || !part || /'s?$/.test(s.slice(...site.source)) || !(site.source[0] === 0 || /(?:, |\bthat |\bsaid )$/.test(s.slice(0, site.source[0])))) return null;
  return { kind: 'en_pastperfect', text: s.slice(0, b) + ' had earlier ' + part + s.slice(b + 1 + m[1]!.length), at: b };
}

/** An apposition after a named country or group: the subject before its verb, or the object before "of"/"to"/"over"/"for". */
function enApposition(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  for (const [span, ok, re] of [
    [site.source, site.sourceCountry || site.sourceGroup, /^ ([a-z]+)\b/],
    [site.target, site.targetCountry || site.targetGroup, /^ (of|to|over|for)\b/],
  ] as const) {
    // not a second list member, not a preposition's object ("along with Russia is")
    if (!ok || !enNamed(s, span) || !clear(site, span[1]) || /\b(and|or|with|of|by|from|to|in|on|at|for|against)\s+(the\s+)?$/.test(s.slice(0, span[0]))) continue;
    const m = re.exec(s.slice(span[1]));
    if (!m || (span === site.source && !enVerbLike(m[1]!))) continue;
    return { kind: 'en_apposition', text: insert(s, span[1], ', a key player in the conflict,'), at: span[1] };
  }
  return null;
}

/** A participle phrase after a named group: ", backed by foreign powers," after a subject, ", which is backed by foreign powers," after an object. */
function enParticiple(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  const [, b] = site.source;
  if (site.sourceGroup && enNamed(s, site.source) && clear(site, b)) {
    const m = /^ ([a-z]+)\b/.exec(s.slice(b));
    if (m && enVerbLike(m[1]!)) return { kind: 'en_participle', text: insert(s, b, ', backed by foreign powers,'), at: b };
  }
  const [, d] = site.target;
  if (site.targetGroup && enNamed(s, site.target) && clear(site, d) && /^ (of|to|over|for)\b/.test(s.slice(d)))
    return { kind: 'en_participle', text: insert(s, d, ', which is backed by foreign powers,'), at: d };
  return null;
}

/** Verbs that take their object right after them, and the adjunct a writer puts between them. */
const EN_ADJUNCT: Record<string, string> = {
  accused: ' in a statement',
  urged: ' in a statement',
  condemned: ' in a statement',
  criticised: ' in a statement',
  criticized: ' in a statement',
  blamed: ' in a statement',
  warned: ' in a statement',
  praised: ' in a statement',
  thanked: ' in a statement',
  welcomed: ' in a statement',
  struck: ' overnight',
  hit: ' overnight',
  attacked: ' overnight',
  shelled: ' overnight',
  bombed: ' overnight',
  targeted: ' overnight',
  received: ' at the presidential palace',
  hosted: ' at the presidential palace',
};

/** "accused Y of" → "accused in a statement Y of": an adjunct between the verb and its object. */
function enAdjunct(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  const [a] = site.target;
  if (a <= site.source[1]) return null;
  const m = /(?<![\w-])([a-z]+) (?:the )?$/.exec(s.slice(0, a));
  const adj = m ? EN_ADJUNCT[m[1]!] : undefined;
  if (!m || !adj) return null;
  const at = m.index + m[1]!.length;
  return clear(site, at) ? { kind: 'en_adjunct', text: insert(s, at, adj), at } : null;
}

/** A title chain before a person's name: "met Omar Haddad in" → "met the chief negotiator of the government, Omar Haddad, in". */
function enTitlechain(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  for (const [span, person, nameAt] of [
    [site.target, site.targetPerson, site.targetNameAt],
    [site.source, site.sourcePerson, site.sourceNameAt],
  ] as const) {
    if (!person || (nameAt !== undefined && nameAt !== span[0])) continue; // a titled name keeps its own title
    const [a, b] = span;
    if (!EN_NAME_START.test(s.slice(a, b)) || /'s?$/.test(s.slice(a, b)) || !clear(site, a) || !clear(site, b)) continue;
    const before = s.slice(0, a);
    const first = a === 0;
    if (!first && !EN_BEFORE_NAME.test(before)) continue;
    const after = s.slice(b);
    if (/^'/.test(after) || /^ and\b/.test(after)) continue;
    const close = /^[,.;:]/.test(after) ? '' : ',';
    const chain = (first ? 'The' : 'the') + ' chief negotiator of the government, ';
    return { kind: 'en_titlechain', text: before + chain + s.slice(a, b) + close + after, at: a };
  }
  return null;
}

/** "X fighters"/"X's positions" → "its fighters", X named in a sentence before: "X is active in the area. … its fighters …". */
function enPronoun(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  for (const [span, ok, other, otherNamed] of [
    [site.target, site.targetGroup || site.targetCountry, site.source, site.sourceGroup || site.sourceCountry],
    [site.source, site.sourceGroup || site.sourceCountry, site.target, site.targetGroup || site.targetCountry],
  ] as const) {
    if (!ok) continue;
    // "its" must point back unambiguously: no named country or group of the triple stands before it in the sentence
    if (otherNamed && other[0] < span[0]) continue;
    const [a, b] = span;
    const name = s.slice(a, b);
    if (!/^[A-Z]/.test(name) || /^[A-Z][a-z]+(an|ish|i|ese)$/.test(name) || !EN_TARGET_NOUNS.test(s.slice(b))) continue;
    const the = /(?:^|\s)the $/i.exec(s.slice(0, a));
    const start = the ? a - 4 : a;
    // the owner opens the sentence or follows a verb or preposition ("struck |X positions"), never a number or determiner
    if (!clear(site, start) || (start > 0 && !/(?:^|\s)(?:on|at|against|targeting|struck|hit|attacked|bombed|shelled|killed|with|by|from)\s$/.test(s.slice(0, start)))) continue;
    const poss = /^'s?/.exec(s.slice(b))?.[0] ?? '';
    const it = start === 0 ? 'Its' : 'its';
    const named = (the ? 'The ' : '') + name;
    return { kind: 'en_pronoun', text: `${named} is active in the area. ` + s.slice(0, start) + it + s.slice(b + poss.length), at: start };
  }
  return null;
}

/** Prepositions and present verbs before a pair that "both" may follow (not a title noun: "minister Ayman Sousan and …"). */
const EN_BOTH_PREP = /^(?:of|in|at|on|to|by|from|with|near|for|against|into|across|inside|over|under|between|keeps|has|have|urges|accuses|backs)$/;

/** "Russia and Iran" → "both Russia and Iran": "both" before a pair one of whose members is a mention. */
function enBoth(site: Site): Variant | null {
  if (site.lang !== 'en') return null;
  const s = site.sentence;
  const NO_BOTH = /(?:^|\s)(?:both|between|either|neither|and|or)\s+$/i;
  for (const [a, b] of [site.source, site.target]) {
    let at: number | undefined;
    if (/^ and (?:the )?[A-Z]/.test(s.slice(b)) && /^[A-Z]/.test(s.slice(a, b))) {
      const the = /(?:^|\s)the $/i.exec(s.slice(0, a));
      at = the ? a - 4 : a;
    } else {
      const m = /(?:^|\s)((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) and (?:the )?$/.exec(s.slice(0, a));
      if (m && /^[A-Z]/.test(s.slice(a, b))) at = m.index + m[0].indexOf(m[1]!);
    }
    // the pair opens the sentence or follows a lower-case verb or preposition (not a list of three, not "his counterpart X and Y")
    const pw = /(?:^|\s)([a-z]+)\s$/.exec(s.slice(0, at))?.[1];
    if (at === undefined || !clear(site, at) || NO_BOTH.test(s.slice(0, at)) || (at > 0 && !(pw && (EN_BOTH_PREP.test(pw) || pastParticipleOf(pw))))) continue;
    if (/^[A-Z][a-z]+(an|ish|i|ese)$/.test(s.slice(a, b)) && at !== a) continue;
    if (at === 0) return { kind: 'en_both', text: 'Both ' + (s.startsWith('The ') ? 'the' + s.slice(3) : s), at };
    return { kind: 'en_both', text: insert(s, at, 'both '), at };
  }
  return null;
}

const MAKERS: Record<Kind, (site: Site) => Variant | null> = {
  time,
  adverb,
  apposition,
  hedge: (site) => hedge(site),
  trailing: (site) => trailing(site),
  modifier,
  counterpart,
  compound,
  hedged,
  date,
  saying,
  prompting,
  including,
  placelist,
  andclause,
  ownerlist,
  midtime,
  ar_pluperfect,
  ar_apposition,
  ar_participle,
  ar_adjunct,
  ar_titlechain,
  ar_clitic,
  en_pastperfect: enPastperfect,
  en_apposition: enApposition,
  en_participle: enParticiple,
  en_adjunct: enAdjunct,
  en_titlechain: enTitlechain,
  en_pronoun: enPronoun,
  en_both: enBoth,
};

/** The variants of one triple's sentence, at most one per kind, in KINDS order. */
export function variants(site: Site): Variant[] {
  return KINDS.flatMap((k) => {
    const v = MAKERS[k](site);
    return v && v.text !== site.sentence ? [v] : [];
  });
}

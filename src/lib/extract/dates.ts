/**
 * Date expressions in a sentence, resolved against the publication date: ISO and numeric dates
 * (not Hijri ones), day–month–year in Arabic (both month traditions, digits or ordinal days "السابع
 * من") and English, month–year, a month placed by the words after it ("أيار من العام الماضي",
 * "نيسان الماضي", "May last year") or after a part of it ("مطلع/أواخر", "early/late"), weekdays and
 * relative days (the most recent such day on or before publication; a weekday right before a full
 * date takes that date), last/this week, month, year. A precision is never made up: "last week"
 * is a month, "earlier this year" a year. Times to come ("الأحد المقبل", "next month") and
 * back-references ("اليوم نفسه", "that night") date nothing here.
 * Works on the normalised sentence (Eastern Arabic digits → ASCII) and maps offsets back.
 */
import { normaliseChar, normaliseWithMap, type Form, type Token } from './normalise.ts';

export interface DateSpan {
  /** Offsets into the source text. */
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The start of a period that a "when" clause after it tells ("since 2015, when it intervened", `منذ عام 2015، حين
   * تدخلت`): it dates only what comes after it. */
  when?: true;
}

// Normalised Arabic month names (أ→ا, ة→ه, ى→ي): Levantine/Iraqi and Egyptian/Gulf traditions.
const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1], ['كانون الاول', 12], ['تشرين الاول', 10], ['تشرين الثاني', 11],
  ['يناير', 1], ['شباط', 2], ['فبراير', 2], ['اذار', 3], ['مارس', 3], ['نيسان', 4], ['ابريل', 4], ['افريل', 4],
  ['ايار', 5], ['مايو', 5], ['حزيران', 6], ['يونيو', 6], ['يونيه', 6], ['تموز', 7], ['يوليو', 7], ['يوليه', 7],
  ['اب', 8], ['اغسطس', 8], ['ايلول', 9], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];
const EN_MONTHS: [string, number][] = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9], ['oct', 10],
  ['nov', 11], ['dec', 12],
];
const MONTH = new Map<string, number>([...AR_MONTHS, ...EN_MONTHS]);
const AR_M = AR_MONTHS.map((m) => m[0]).sort((a, b) => b.length - a.length).join('|');
const EN_M = EN_MONTHS.map((m) => m[0]).sort((a, b) => b.length - a.length).join('|');

// Weekdays, 0 = Sunday.
const AR_DAYS: Record<string, number> = { احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6 };
const EN_DAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const AR_DAY = Object.keys(AR_DAYS).join('|');
const EN_DAY = Object.keys(EN_DAYS).join('|');
const WEEKDAY = new RegExp(`^(${EN_DAY})(['’]s)?$|^(ال)?(${AR_DAY})$`);
/** Is a normalised token a weekday's name ("thursday", "thursday's", `الخميس`; relations/discourse.ts)? */
export function isWeekday(norm: string): boolean {
  return WEEKDAY.test(norm);
}

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end

// Normalised Arabic ordinal days 1-31 (the first … the thirty-first of a month): index + 1 is the day.
const AR_UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const AR_ORDINALS = [
  ...AR_UNITS,
  'العاشر',
  ...AR_UNITS.map((u, i) => `${i ? u : 'الحادي'} عشر`),
  'العشرين',
  ...AR_UNITS.map((u, i) => `${i ? u : 'الحادي'} والعشرين`),
  'الثلاثين',
  'الحادي والثلاثين',
];
const AR_ORD = [...AR_ORDINALS].sort((a, b) => b.length - a.length).join('|');
/** "الماضي" and its synonyms, also feminine (normalised: الفائتة → الفايته); "الجاري"/"الحالي" (this one). */
const AR_PAST = 'الماضيه?|المنصرمه?|الفايته?';
const AR_THIS = 'الجاريه?|الحاليه?';
/**
 * What may follow a month to place it in a year (one group): "(من) العام الماضي", "من هذا العام",
 * "الماضي", "الجاري", "(of) last year", "this year".
 */
const MONTH_REL = `\\s+((?:من\\s+)?(?:العام|السنه)\\s+(?:${AR_PAST}|${AR_THIS})|من\\s+هذا\\s+العام|${AR_PAST}|${AR_THIS}|(?:of\\s+)?(?:last|this)\\s+year)${E}`;

/**
 * Cheap tests a sentence must pass before a rule's full expression runs (most sentences have no
 * date): each is a necessary condition of the rules that name it, so skipping a rule never
 * changes the result. Month and weekday names must end a word (a bare substring test for "اب"
 * or "may" passes on most sentences); English-only rules need a Latin letter, the Arabic weekday
 * rule an Arabic one. digit, year, latin, arabic and numsep (a digit, then - / or ., then a digit: what a
 * numeric date needs) come from the normalisation pass itself.
 */
type Feature =
  | 'digit' | 'year' | 'latin' | 'arabic' | 'numsep' | 'month' | 'ord' | 'mrel' | 'part' | 'arday' | 'enday'
  | 'rel' | 'ago' | 'same' | 'today' | 'next' | 'back' | 'week' | 'lmonth' | 'lyear' | 'early' | 'samem' | 'this' | 'attime'
  | 'dayrel';
const FEATURE_RE: Record<Exclude<Feature, 'digit' | 'year' | 'latin' | 'arabic' | 'numsep'>, RegExp> = {
  // (a look-behind for the word start would make this test four times slower)
  month: new RegExp(`(?:${AR_M}|${EN_M})${E}`, 'u'),
  ord: new RegExp(`(?:${AR_ORD})\\s+من\\s`),
  mrel: /الماضي|المنصرم|الفايت|الجاري|الحالي|هذا العام|last year|this year/,
  part: /مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|ربيع|صيف|خريف|شتاء|النصف|الربع|(?:^|\s)(?:early|late|mid|spring|summer|autumn|winter|half|quarter)[\s-]/,
  arday: /(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?![\p{L}\p{N}])/u,
  enday: /(?:sun|mon|tues|wednes|thurs|fri|satur)day/,
  rel: /امس|البارحه|اليوم|الليله|الاسبوع|الشهر|العام|السنه|yesterday|today|morning|night|week|month|year/,
  ago: /امس|البارحه|yesterday/,
  same: /اليوم|الليله|same day|same night|that day|that night/,
  today: /اليوم|today|this morning/,
  next: /المقبل|القادم|next week|next month|next year/,
  back: /(?:قبل|منذ) (?:يوم|ايام|اسبوع|اسابيع|شهر|اشهر|عام|اعوام|سن|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|\d)| ago/,
  week: /الاسبوع|last week|earlier this week/,
  lmonth: /الشهر|last month|this month/,
  lyear: /العام|السنه|last year|this year/,
  early: /سابق|مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|earlier/,
  samem: /(?:الشهر|العام|السنه) (?:نفسه|نفسها|ذاته|ذاتها)|(?:ذات|نفس) (?:الشهر|العام|السنه)|(?:ذلك|تلك) (?:الشهر|العام|السنه)|(?:same|that) (?:month|year)/,
  this: /هذا العام|هذا الشهر|الجاري|الحالي|this year|this month/,
  attime: /at the time|حينها|حينذاك|انذاك|في حينه/,
  // (the days-before rule, "a day earlier", "the previous day", `في اليوم السابق`, `قبل ذلك بيوم`: each reading has one of these)
  dayrel: /day|اليوم|قبل/,
};

interface Rule {
  re: RegExp;
  /** Cheap features the sentence must have before the full expression runs. */
  needs: Feature[];
  /**
   * '' for an expression that dates no event here (a time to come, "the same day"). `before`: the month
   * (YYYY-MM) of the last date found before the match in the sentence, if any ("… من الشهر نفسه").
   */
  resolve: (m: RegExpExecArray, pub: Date, before?: string) => string | undefined;
  /**
   * A weekday or relative day: one right before a full date or a weekday takes that date ("يوم الخميس 12
   * كانون الثاني"; "أمس الأربعاء" in a paper dated a day late is still the Wednesday).
   */
  paired?: true;
  /**
   * The expression began with the word-start lookbehind B, taken off `re` and tested by `wordStartAt` instead:
   * a pattern led by a lookbehind is tried at every offset of the sentence, while one led by its words lets the
   * regex engine skip ahead to where they can begin (the scans of findDates ~4 times faster, the matches the same).
   */
  wordStart?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether offset `i` of `s` begins a word, as B tests it: no letter or digit (a whole code point) before it. */
function wordStartAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122));
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
  return !WORD_CHAR.test(s.slice(from, i));
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return undefined;
  return iso(t);
}

/** How far after publication a day and month without a year may fall (news tells the past; a plan is near). */
const AHEAD_MS = 92 * 86_400_000;
/**
 * A day and month without a year: the year that puts it nearest the publication date, but never more than three
 * months after it ("met in Moscow on May 10" in a November paper is this year's May, not next year's).
 */
function nearestYear(m: number, d: number, pub: Date): string | undefined {
  const y = pub.getUTCFullYear();
  let best: string | undefined;
  let bestDist = Infinity;
  for (const yy of [y - 1, y, y + 1]) {
    const s = ymd(yy, m, d);
    if (!s) continue;
    if (Date.parse(s) - pub.getTime() > AHEAD_MS) continue;
    const dist = Math.abs(Date.parse(s) - pub.getTime());
    if (dist < bestDist) {
      bestDist = dist;
      best = s;
    }
  }
  return best;
}

/** A month without a year: the most recent such month at or before publication. */
function recentMonth(m: number, pub: Date): string {
  const y = pub.getUTCMonth() + 1 >= m ? pub.getUTCFullYear() : pub.getUTCFullYear() - 1;
  return `${y}-${pad(m)}`;
}

/** The most recent given weekday on or before `pub` (strictly before with `strict`). */
export function recentWeekday(day: number, pub: Date, strict = false): string {
  let diff = (pub.getUTCDay() - day + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return iso(addDays(pub, -diff));
}

const year = (s: string | undefined) => (s ? Number(s) : undefined);
/** Not a Hijri year ("١٤٤٤ هـ", normalised "1444 ه"). */
/**
 * A date told by reference to one before it ("that year", "later that month", `من ذلك العام`): the rule gives THAT and
 * 'Y' or 'M' ('Y-MM' for a month of that year, 'D-DD' for a day of that month); findDates puts in the year or month of the
 * last date before it, in its sentence or (`prior`) an earlier one of the article.
 */
const THAT = '\u0000';
const NOT_HIJRI = '(?!\\s*ه(?![\\p{L}\\p{N}]))';

/** The year of a month placed by what follows it (MONTH_REL): "نيسان الماضي" is the last April before this month. */
function relYear(rel: string, mo: number, pub: Date): number {
  const y = pub.getUTCFullYear();
  if (/العام|السنه|year/.test(rel)) return /الماضي|المنصرم|الفايت|last/.test(rel) ? y - 1 : y;
  if (/الجاري|الحالي/.test(rel)) return y;
  return mo < pub.getUTCMonth() + 1 ? y : y - 1;
}
/** The month of `n` days before publication: "last week" gives no day, only (about) a month. */
const monthBefore = (pub: Date, n: number) => iso(addDays(pub, -n)).slice(0, 7);
/** Counts before a plural unit (3-10, normalised): "ثلاثة أيام", "أربعة أسابيع"; and English counts from one. */
const AR_COUNTS = ['ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره'];
const AR_COUNT = `${AR_COUNTS.join('|')}|\\d{1,2}`;
const EN_COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Arabic time units (normalised) as [unit, how many the word itself counts: 1 singular, 2 dual, 0 a plural counted by the word before]. */
const AR_UNITS_OF: Record<string, readonly ['day' | 'week' | 'month' | 'year', number]> = {
  يوم: ['day', 1], يومين: ['day', 2], ايام: ['day', 0],
  اسبوع: ['week', 1], اسبوعين: ['week', 2], اسابيع: ['week', 0],
  شهر: ['month', 1], شهرين: ['month', 2], اشهر: ['month', 0],
  عام: ['year', 1], عامين: ['year', 2], اعوام: ['year', 0], سنه: ['year', 1], سنتين: ['year', 2], سنوات: ['year', 0],
};
const AR_UNIT = Object.keys(AR_UNITS_OF).sort((a, b) => b.length - a.length).join('|');
/** "اليوم نفسه", "في الليلة نفسها", "the same day", "that night": a day told before. */
const SAME_DAY = '(?:[وف]?(?:اليوم|الليله|ذات اليوم|نفس اليوم)\\s+(?:نفسه|نفسها|ذاته|ذاتها)|[وف]?(?:ذات|نفس)\\s+(?:اليوم|الليله)|the same (?:day|night)|that (?:day|night))';
/** Seasons (normalised): "صيف 2022", "ربيع عام 2011" give the year. */
const AR_SEASON = 'ربيع|صيف|خريف|شتاء';
/** Words before a month that keep its precision: "مطلع/أواخر نيسان", "in early/late May". */
const AR_PART = 'مطلع|اوايل|اواخر|منتصف|نهايه|بدايه';
/** "since", "until", "before" right before a date, past a word placing it in its month ("منذ أواخر", "since late"). */
const SINCE_PART = `(?:(?:${AR_PART}|late|early|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+)?`;
const SINCE_BEFORE = new RegExp(`(?:منذ|since|until|حتي|قبل|before)\\s+(?:the\\s+)?${SINCE_PART}$`);
const SINCE_ONLY = new RegExp(`(?:منذ|since)\\s+${SINCE_PART}$`);

/** A day (digits, or an Arabic ordinal before "من") and a month, with a year or words placing it in one. */
function dayMonth(day: string, needs: Feature[]): Rule {
  return {
    needs,
    re: new RegExp(
      `${B}(${day})(?:st|nd|rd|th)?\\s+(?:من\\s+|of\\s+)?(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?\\.?${E}` +
        `(?:\\s*(?:\\(\\S+\\)\\s*)?(?:من\\s+)?(?:عام\\s+|سنه\\s+)?,?\\s*(\\d{4})${E}${NOT_HIJRI}|(?:\\s*\\(\\S+\\))?${MONTH_REL})?`,
      'gu',
    ),
    resolve: (m, pub) => {
      const mo = MONTH.get(m[2]!)!;
      const d = AR_ORDINALS.indexOf(m[1]!) + 1 || +m[1]!;
      const y = year(m[3]) ?? (m[4] ? relYear(m[4], mo, pub) : undefined);
      // "18 نيسان الماضي" in an April paper: the last such day before publication
      if (y && m[4] && /الماضي|المنصرم|الفايت/.test(m[4]) && !/العام|السنه/.test(m[4])) {
        const here = ymd(pub.getUTCFullYear(), mo, d);
        return here && here < iso(pub) ? here : ymd(pub.getUTCFullYear() - 1, mo, d);
      }
      return y ? ymd(y, mo, d) : nearestYear(mo, d, pub);
    },
  };
}

const RULES: Rule[] = [
  // ISO and numeric dates (most sentences with a year have no numeric date: numsep spares these three)
  { needs: ['year', 'numsep'], re: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})${E}`, 'gu'), resolve: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  { needs: ['year', 'numsep'], re: new RegExp(`${B}(\\d{4})/(\\d{1,2})/(\\d{1,2})${E}${NOT_HIJRI}`, 'gu'), resolve: (m) => ymd(+m[1]!, +m[2]!, +m[3]!) },
  { needs: ['year', 'numsep'], re: new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})${E}${NOT_HIJRI}`, 'gu'), resolve: (m) => ymd(+m[3]!, +m[2]!, +m[1]!) },
  // ranges of days: "3-4 April", "3 و4 نيسان", "3 and 4 April": the first day (as "April 3-4" gives)
  {
    needs: ['digit', 'month'],
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]\\s*|و\\s*|(?:and|to)\\s+)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:من\\s+|of\\s+)?(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?${E}(?:\\s*,?\\s*(?:عام\\s+)?(\\d{4})${E}${NOT_HIJRI})?`, 'gu'),
    resolve: (m, pub) => {
      const mo = MONTH.get(m[2]!)!;
      return m[3] ? ymd(+m[3], mo, +m[1]!) : nearestYear(mo, +m[1]!, pub);
    },
  },
  // 12 كانون الثاني 2023 / 12 من يناير (عام) 2023 / 12 January 2023 / 18 نيسان الماضي; السابع من أيار الجاري
  dayMonth('\\d{1,2}', ['digit', 'month']),
  // (not "الأسبوع الأول من آذار", "النصف الثاني من أيار": a part of the month, no day)
  dayMonth(`(?<!(?:الاسبوع|الشهر|النصف|الربع|الثلث|العشر)\\s+)(?:${AR_ORD})(?=\\s+من\\s)`, ['arabic', 'ord', 'month']),
  // January 12, 2023 / Jan. 12
  {
    needs: ['digit', 'latin', 'month'],
    re: new RegExp(`${B}(${EN_M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s*(\\d{4})${E})?`, 'gu'),
    resolve: (m, pub) => {
      const mo = MONTH.get(m[1]!)!;
      const y = year(m[3]);
      return y ? ymd(y, mo, +m[2]!) : nearestYear(mo, +m[2]!, pub);
    },
  },
  // a month to come: "القمة المقررة في تشرين الثاني/نوفمبر المقبل", "أيار من العام المقبل", "in March next year" (dates no event)
  {
    needs: ['month', 'next'],
    re: new RegExp(`${B}(?:شهر\\s+)?(?:${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?(?:\\s*\\(\\S+\\))?\\s+(?:(?:من\\s+)?(?:العام|السنه)\\s+)?(?:المقبل|القادم|المقبله|القادمه|(?:of\\s+)?next\\s+year)${E}`, 'gu'),
    resolve: () => '',
  },
  // a month of a year told before: "في كانون الثاني/يناير من ذلك العام", "آذار من العام نفسه", "in January of that year",
  // "in March of the same year" (the year of the last date before it, in this sentence or an earlier one: see THAT)
  {
    needs: ['month', 'samem'],
    re: new RegExp(`${B}(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?(?:\\s*\\(\\S+\\))?\\s+(?:من|of)\\s+(?:(?:ذلك|ذات|نفس)\\s+(?:العام|السنه)|تلك\\s+السنه|(?:العام|السنه)\\s+(?:نفسه|نفسها|ذاته|ذاتها)|that\\s+year|the\\s+same\\s+year)${E}`, 'gu'),
    resolve: (m) => `${THAT}Y-${pad(MONTH.get(m[1]!)!)}`,
  },
  // month + year: (شهر) آذار (عام) 2023 / in March 2023
  {
    needs: ['digit', 'month'],
    re: new RegExp(`${B}(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?\\s+(?:\\(\\S+\\)\\s*)?(?:من\\s+)?(?:عام\\s+|سنه\\s+)?(\\d{4})${E}${NOT_HIJRI}`, 'gu'),
    resolve: (m) => `${m[2]}-${pad(MONTH.get(m[1]!)!)}`,
  },
  // a month placed by what follows it: أيار/مايو من العام الماضي, (أواخر) كانون الأول الماضي, أيار الجاري, May last year
  {
    needs: ['month', 'mrel'],
    re: new RegExp(`${B}(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?(?:\\s*\\(\\S+\\))?${MONTH_REL}`, 'gu'),
    resolve: (m, pub) => {
      const mo = MONTH.get(m[1]!)!;
      return `${relYear(m[2]!, mo, pub)}-${pad(mo)}`;
    },
  },
  // a month after "since"/`منذ` ("since December, when the ministers met …": the start of a period, dated only for a "when"
  // clause after it, as a year after "since" is)
  {
    needs: ['month'],
    re: new RegExp(`(?<=(?:since|منذ)\\s+(?:شهر\\s+)?)(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?${E}(?!\\s+(?:\\d|من\\s|of\\s))`, 'gu'),
    resolve: (m, pub) => recentMonth(MONTH.get(m[1]!)!, pub),
  },
  // bare month after "in"/"في (شهر)", or with "last"
  {
    needs: ['month'],
    re: new RegExp(`${B}(?:(?:في|خلال)\\s+(?:شهر\\s+)?|شهر\\s+|(?:in|last|since|during)\\s+)(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?${E}`, 'gu'),
    resolve: (m, pub) => (m[0].startsWith('since') ? undefined : recentMonth(MONTH.get(m[1]!)!, pub)),
  },
  // a part of a month: "مطلع/أواخر (شهر) نيسان", "(in) early/late/mid-April"
  {
    needs: ['month', 'part'],
    re: new RegExp(`${B}(?:${AR_PART}|early|late|mid)(?:\\s+|-)(?:شهر\\s+)?(${AR_M}|${EN_M})(?:\\s*/\\s*(?:${AR_M}))?${E}`, 'gu'),
    resolve: (m, pub) => recentMonth(MONTH.get(m[1]!)!, pub),
  },
  // the night between two days: "ليل السبت - الأحد", "ليل الأحد الاثنين", "(overnight) Sunday to Monday", "the night of Sunday
  // to Monday": the second day (the acts of such nights are after midnight)
  {
    needs: ['arabic', 'arday'],
    re: new RegExp(`${B}[وف]?(?:ليل|ليله|خلال\\s+ليل|خلال\\s+ليله)\\s+(?:يوم\\s+)?(?:ال)?(?:${AR_DAY})\\s*(?:[-–/]\\s*|و|(?:الي|علي)\\s+)?(?:ال)(${AR_DAY})${E}`, 'gu'),
    resolve: (m, pub) => recentWeekday(AR_DAYS[m[1]!]!, pub),
  },
  {
    needs: ['latin', 'enday'],
    re: new RegExp(`${B}(?:overnight|(?:the\\s+)?night\\s+of)\\s+(?:${EN_DAY})\\s*(?:[-–/]|to|into)\\s*(${EN_DAY})${E}`, 'gu'),
    resolve: (m, pub) => recentWeekday(EN_DAYS[m[1]!]!, pub),
  },
  // weekdays ("الأحد المقبل", "next Sunday": a day to come dates no event)
  {
    needs: ['arabic', 'arday'],
    // (also feminine: "الجمعة المقبلة", "الجمعة الماضية")
    re: new RegExp(`${B}(?:يوم\\s+)?[وفب]?(?:ال|يوم\\s+)(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(\\s+(?:الماضيه?|المنصرمه?|الفايته?|المقبله?|القادمه?))?${E}`, 'gu'),
    resolve: (m, pub) => (/المقبل|القادم/.test(m[2] ?? '') ? '' : recentWeekday(AR_DAYS[m[1]!]!, pub, !!m[2])),
    paired: true,
  },
  {
    needs: ['latin', 'enday'],
    re: new RegExp(`${B}((?:last|next)\\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)${E}`, 'gu'),
    resolve: (m, pub) => (m[1]?.startsWith('next') ? '' : recentWeekday(EN_DAYS[m[2]!]!, pub, !!m[1])),
    paired: true,
  },
  // relative days
  { needs: ['rel', 'ago'], re: new RegExp(`${B}(?:[وف]?(?:اول|قبل)\\s+(?:امس|الامس)|the day before yesterday)${E}`, 'gu'), resolve: (_m, pub) => iso(addDays(pub, -2)) },
  { needs: ['rel', 'ago'], re: new RegExp(`${B}(?:[وف]?(?:امس|الامس|البارحه)|yesterday)${E}`, 'gu'), resolve: (_m, pub) => iso(addDays(pub, -1)), paired: true },
  // "اليوم نفسه", "في الليلة نفسها", "the same day": refers back to another date, not to publication
  {
    needs: ['rel', 'same'],
    re: new RegExp(`${B}${SAME_DAY}${E}`, 'gu'),
    resolve: () => '',
  },
  // "في اليوم السابق", "في اليوم التالي": the day before or after another day told, not publication
  { needs: ['rel', 'today'], re: new RegExp(`${B}[وف]?اليوم\\s+التالي${E}`, 'gu'), resolve: () => '' },
  // "A day earlier, the crown prince visited Cairo", "two days earlier", "the previous day", "…, the day before.", `في اليوم
  // السابق`, `قبل ذلك بيوم`, `قبلها بيومين`: that many
  // days before the date told last (in this sentence or an earlier one: see THAT); "a day before the vote" is counted from
  // the event, not from a date
  {
    needs: ['dayrel'],
    re: new RegExp(`${B}(?:(a|one|two|three)\\s+days?\\s+earlier|(?:the\\s+)?(previous|prior)\\s+day|(a|one|two|three|the)\\s+days?\\s+before(?=\\s*(?:[,.;]|$))|(?:[وف]?في\\s+)?[وف]?اليوم\\s+السابق|[وف]?قبل(?:\\s+ذلك|ها)\\s+(?:ب(يومين)|بيوم(?:\\s+واحد)?))${E}`, 'gu'),
    resolve: (m) => `${THAT}P-${m[4] ? 2 : Math.max(1, EN_COUNTS.indexOf(m[1] ?? m[3] ?? 'one') + 1)}`,
  },
  { needs: ['rel', 'today'], re: new RegExp(`${B}(?:[وف]?اليوم|today|earlier today|this morning)${E}`, 'gu'), resolve: (_m, pub) => iso(pub), paired: true },
  // "الأسبوع المقبل", "الشهر المقبل", "next month": a time to come dates no event
  {
    needs: ['rel', 'next'],
    re: new RegExp(`${B}(?:[وف]?(?:الاسبوع|الشهر|العام|السنه)\\s+(?:المقبل|القادم|المقبله|القادمه)|next (?:week|month|year))${E}`, 'gu'),
    resolve: () => '',
  },
  // "قبل يومين", "منذ ثلاثة أيام", "two days ago", "قبل أسبوعين", "a month ago", "قبل عامين": counted back from
  // publication, at the unit's precision (weeks: the month); not "قبل يومين من القمة" (before another day), nor "قبل عام 2011"
  // (before a year)
  {
    needs: ['back'],
    re: new RegExp(
      `${B}(?:(?:[وف]?قبل|منذ)\\s+(?:(${AR_COUNT})\\s+)?(${AR_UNIT})${E}(?!\\s+(?:من${E}|\\d))|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago${E})`,
      'gu',
    ),
    resolve: (m, pub) => {
      const count = (w: string, words: string[], first: number) => (/^\d+$/.test(w) ? +w : words.indexOf(w) + first || 1);
      const [unit, own] = m[2] ? AR_UNITS_OF[m[2]]! : ([m[4]! as 'day', 1] as const);
      // "قبل أيام" (some days ago) names no day; a count goes with a plural only ("ثلاثة أيام")
      if (m[2] && (own === 0) !== !!m[1]) return undefined;
      const n = m[2] ? own || count(m[1]!, AR_COUNTS, 3) : count(m[3]!, EN_COUNTS, 1);
      if (m[0].startsWith('منذ') && unit !== 'day' && unit !== 'week') return undefined; // "منذ عامين": for two years
      if (unit === 'day') return iso(addDays(pub, -n));
      if (unit === 'week') return monthBefore(pub, 7 * n);
      if (unit === 'month') return iso(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1))).slice(0, 7);
      return String(pub.getUTCFullYear() - n);
    },
  },
  // "last week" gives no day: the month it (mostly) falls in
  {
    needs: ['rel', 'week'],
    re: new RegExp(`${B}(?:[وف]?الاسبوع\\s+(?:الماضي|المنصرم|الفايت)|last week|earlier this week)${E}`, 'gu'),
    resolve: (m, pub) => monthBefore(pub, m[0] === 'earlier this week' ? 2 : 7),
  },
  // "في 12 الجاري": a day of this month
  {
    needs: ['digit', 'mrel'],
    re: new RegExp(`${B}(\\d{1,2})\\s+(?:من\\s+)?(?:${AR_THIS})${E}`, 'gu'),
    resolve: (m, pub) => ymd(pub.getUTCFullYear(), pub.getUTCMonth() + 1, +m[1]!),
  },
  // "في السابع من الشهر الجاري", "في 7 من الشهر الماضي": a day of this or last month
  {
    needs: ['rel', 'lmonth'],
    re: new RegExp(`${B}(${AR_ORD}|\\d{1,2})\\s+(?:من\\s+)?الشهر\\s+(الجاري|الحالي|الماضي|المنصرم)${E}`, 'gu'),
    resolve: (m, pub) => {
      const back = m[2] === 'الماضي' || m[2] === 'المنصرم' ? 1 : 0;
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - back, 1));
      return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, AR_ORDINALS.indexOf(m[1]!) + 1 || +m[1]!);
    },
  },
  {
    needs: ['rel', 'lmonth'],
    re: new RegExp(`${B}(?:[وف]?الشهر\\s+(?:الماضي|المنصرم|الفايت)|last month)${E}`, 'gu'),
    resolve: (_m, pub) => monthBefore(pub, pub.getUTCDate()),
  },
  // "earlier this month", "في وقت سابق من هذا الشهر", "مطلع الشهر الجاري": this month (not "later this month"); a bare
  // "مطلع الشهر" / "أواخر الشهر" (no الماضي/المقبل/نفسه after it) is this month too (solo56)
  {
    needs: ['rel', 'lmonth', 'early'],
    re: new RegExp(`${B}(?:earlier this month|(?:(?:[وف]?في\\s+)?وقت\\s+سابق\\s+من|[وف]?(?:في\\s+)?(?:${AR_PART}))\\s+(?:هذا\\s+الشهر|الشهر\\s+(?:${AR_THIS})|الشهر(?!\\s+(?:الماضي|المنصرم|الفايت|السابق|المقبل|القادم|التالي|نفسه|ذاته|من)(?![\\p{L}\\p{N}]))))${E}`, 'gu'),
    resolve: (_m, pub) => iso(pub).slice(0, 7),
  },
  {
    needs: ['rel', 'lyear'],
    re: new RegExp(`${B}(?:[وف]?(?:العام|السنه)\\s+(?:${AR_PAST})|last year)${E}`, 'gu'),
    resolve: (_m, pub) => String(pub.getUTCFullYear() - 1),
  },
  // "earlier this year", "في وقت سابق من هذا العام", "مطلع العام الجاري": this year (not "later this year")
  {
    needs: ['rel', 'lyear', 'early'],
    re: new RegExp(`${B}(?:earlier this year|(?:(?:[وف]?في\\s+)?وقت\\s+سابق\\s+من|[وف]?(?:في\\s+)?(?:${AR_PART}))\\s+(?:هذا\\s+العام|(?:العام|السنه)\\s+(?:${AR_THIS})))${E}`, 'gu'),
    resolve: (_m, pub) => String(pub.getUTCFullYear()),
  },
  // "later this year", "في وقت لاحق من هذا العام": a time to come
  {
    needs: ['rel', 'this'],
    re: new RegExp(`${B}(?:later\\s+this\\s+(?:year|month)|(?:[وف]?في\\s+)?وقت\\s+لاحق\\s+من\\s+(?:هذا\\s+(?:العام|الشهر)|(?:العام|السنه|الشهر)\\s+(?:${AR_THIS})))${E}`, 'gu'),
    resolve: () => '',
  },
  // "this year", "هذا العام", "العام الجاري"; "this month", "هذا الشهر", "الشهر الجاري": the publication's year or month
  {
    needs: ['rel', 'this'],
    re: new RegExp(`${B}(?:this\\s+(year|month)|[وف]?(?:في\\s+|خلال\\s+)?(?:هذا\\s+(العام|الشهر)|(العام|السنه|الشهر)\\s+(?:${AR_THIS})))${E}`, 'gu'),
    resolve: (m, pub) => (/month|الشهر/.test(m[1] ?? m[2] ?? m[3]!) ? iso(pub).slice(0, 7) : String(pub.getUTCFullYear())),
  },
  // "في الثاني عشر من الشهر نفسه", "on the 12th of the same month": a day of the month named before it
  {
    needs: ['rel', 'samem'],
    re: new RegExp(`${B}(?:the\\s+)?(${AR_ORD}|\\d{1,2})(?:st|nd|rd|th)?\\s+(?:من|of)\\s+(?:الشهر\\s+(?:نفسه|ذاته)|(?:ذات|نفس|ذلك)\\s+الشهر|(?:the\\s+same|that)\\s+month)${E}`, 'gu'),
    // (no month before it in the sentence: the month of the last date told before, in an earlier sentence; see THAT)
    resolve: (m, _pub, before) => {
      const day = AR_ORDINALS.indexOf(m[1]!) + 1 || +m[1]!;
      if (!before) return `${THAT}D-${pad(day)}`;
      return ymd(+before.slice(0, 4), +before.slice(5, 7), day);
    },
  },
  // "later that month", "that year", "في ذلك الشهر", "في العام نفسه", "in the same month": the month or year of the last date
  // told before it (in this sentence or an earlier one: see THAT); "later that year" is no time to come, as "later this year" is
  {
    needs: ['samem'],
    re: new RegExp(`${B}(?:(?:later|earlier)\\s+(?:in\\s+)?that\\s+(month|year)|(?:in\\s+)?that\\s+(month|year)|(?:in\\s+)?the\\s+same\\s+(month|year)|(?:[وف]?في\\s+(?:وقت\\s+(?:لاحق|سابق)\\s+من\\s+)?|[وف]?(?:اواخر|مطلع|اوايل|منتصف|نهايه|بدايه)\\s+|[وف]?خلال\\s+)(?:(?:ذلك|ذات|نفس)\\s+(الشهر|العام|السنه)|تلك\\s+(السنه)|(الشهر|العام|السنه)\\s+(?:نفسه|نفسها|ذاته|ذاتها)))${E}`, 'gu'),
    resolve: (m) => `${THAT}${/month|الشهر/.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!) ? 'M' : 'Y'}`,
  },
  // "at the time", `حينها`, `آنذاك`, `في حينه`: the date told last before it, at its own precision ("Jordanian jets struck …
  // in January … Damascus criticised the raids at the time"; branch dates33); not "at the time of writing"
  {
    needs: ['attime'],
    // (and "accused Moscow at the time of trying …": "of" and a gerund is the verb's complement; "Israel said at the time that
    // …": "that" after a speech verb opens what was said; dates44)
    re: new RegExp(`${B}(?:at\\s+the\\s+time(?!\\s+(?:of(?!\\s+(?!writing\\b)[a-z]+ing\\b)|when|that))|(?<=(?:said|say|says|told|warned|stated|claimed|argued|insisted|added)\\s+)at\\s+the\\s+time(?=\\s+that\\b)|[وف]?(?:حينها|حينذاك|انذاك)|[وف]?في\\s+حينه)${E}`, 'gu'),
    resolve: () => `${THAT}A`,
  },
  // a half or quarter of a year, "in the first half of 2024", `النصف الأول من عام 2024` (ref31): the year, or a time to
  // come when it begins after publication ("agreed to hold the next round in the second half of 2024" in a January paper)
  {
    needs: ['year', 'part'],
    re: new RegExp(`${B}(?:(?:the\\s+)?(first|second|third|fourth|last)\\s+(half|quarter)\\s+of|[وف]?(?:خلال\\s+|في\\s+)?(النصف|الربع)\\s+(الاول|الثاني|الثالث|الرابع|الاخير)\\s+من)\\s+(?:(?:عام|سنه|العام)\\s+)?(\\d{4})${E}${NOT_HIJRI}`, 'gu'),
    resolve: (m, pub) => {
      const half = m[2] === 'half' || m[3] === 'النصف';
      const nth = { first: 0, الاول: 0, second: 1, الثاني: 1, third: 2, الثالث: 2, fourth: 3, الرابع: 3, last: -1, الاخير: -1 }[(m[1] ?? m[4])!] ?? 0;
      const parts = half ? 2 : 4;
      const from = (nth < 0 ? parts - 1 : Math.min(nth, parts - 1)) * (12 / parts) + 1;
      const y = +m[5]!;
      return y > pub.getUTCFullYear() || (y === pub.getUTCFullYear() && from > pub.getUTCMonth() + 1) ? '' : m[5];
    },
  },
  // a part of a year: مطلع (عام) 2015 / in early 2015 (before a bare "عام 2015")
  {
    needs: ['year', 'part'],
    re: new RegExp(`${B}(?:${AR_PART}|${AR_SEASON}|early|late|mid|(?:the\\s+)?(?:spring|summer|autumn|winter)(?:\\s+of)?)(?:\\s+|-)(?:(?:عام|سنه|العام)\\s+)?(\\d{4})${E}${NOT_HIJRI}`, 'gu'),
    resolve: (m) => m[1],
  },
  // a year after "since"/`منذ` (the start of a period: dates nothing but a "when" clause after it, "since 2015, when …")
  { needs: ['year'], re: new RegExp(`(?<=(?:since|منذ)\\s+)(\\d{4})${E}${NOT_HIJRI}`, 'gu'), resolve: (m) => m[1] },
  // a year as a noun's modifier: "in the 1967 war", "after its 2019 offensive", "during a 2020 offensive" (the noun's own
  // event's year, told in the sentence: it dates the act the noun closes; not a count, "the 2000 troops", nor a year before a
  // word that is no noun; dates55)
  {
    needs: ['year', 'latin'],
    re: new RegExp(`(?<=${B}(?:the|its|their|his|her|a|an)\\s+)((?:1[89]|20)\\d\\d)(?=\\s+(?!(?:and|or|to|in|on|at|of|with|by|for|from|when|which|that|who|was|were|is|are|had|has|have|after|before|as|but)${E})[a-z]+(?<!s)${E})`, 'gu'),
    resolve: (m) => m[1],
  },
  // a year: في (عام) 2015 / in 2015 (not "since 2011")
  // (and a bare "عام 2015", "العام 2015": "تدخلت في سوريا عام 2015")
  { needs: ['year'], re: new RegExp(`${B}(?:[وف]?(?:في|خلال)(?:\\s+(?:عام|سنه|العام))?|in|during|[وف]?(?:ال)?عام|لعام)\\s+(\\d{4})${E}${NOT_HIJRI}`, 'gu'), resolve: (m) => m[1] },
];

// Features as bits, in the order they are tested (a broad test such as rel before its narrower ones).
const FEATURES: Feature[] = ['digit', 'year', 'latin', 'arabic', 'numsep', 'month', 'ord', 'mrel', 'part', 'arday', 'enday', 'rel', 'ago', 'same', 'today', 'next', 'back', 'week', 'lmonth', 'lyear', 'early', 'samem', 'this', 'attime', 'dayrel'];
const FEATURE_TEST: (RegExp | undefined)[] = FEATURES.map((f) => FEATURE_RE[f as keyof typeof FEATURE_RE]);
for (const rule of RULES) {
  if (!rule.re.source.startsWith(B)) continue;
  rule.re = new RegExp(rule.re.source.slice(B.length), rule.re.flags);
  rule.wordStart = true;
}
const RULE_NEEDS: number[] = RULES.map((r) => r.needs.reduce((mask, f) => mask | (1 << FEATURES.indexOf(f)), 0));

/** What one findDates call keeps while it runs: its own, so a nested or re-entrant call cannot overwrite it (mend46). */
interface Scan {
  /** What normaliseScan saw, as feature bits (digit, year, latin, arabic, numsep: the first five). */
  scanned: number;
  /** Norm offset and date of every date an expression told (also a start after "since": "منذ عام 2016 … من ذلك العام"). */
  mentioned: [number, string][];
}

/**
 * The feature tests above scan the whole sentence, and most sentences fail them. A word test per feature
 * instead, run once per distinct word (on its Form, shared by all its tokens) and OR-ed over a sentence's
 * tokens, rules a feature out without scanning. Each is a necessary condition of its feature: every
 * match of the feature's expression lies within one token or spans tokens of which one holds this word
 * ("هذا العام": a word containing العام); the features marked `exact` match a sentence exactly when
 * they match one of its words (single words; the word end of (?![\p{L}\p{N}]) is a token's end), so they
 * need no scan at all. A feature given no word test here is scanned as before. Keep each in step with
 * its expression in FEATURE_RE.
 */
const AR_ORD_LAST = [...new Set(AR_ORDINALS.map((o) => o.slice(o.lastIndexOf(' ') + 1)))].join('|');
const FEATURE_WORD: Partial<Record<Feature, { re: RegExp; exact?: true }>> = {
  // (digits are letters of words: four in a row are in one word)
  digit: { re: /[0-9]/, exact: true },
  year: { re: /[0-9]{4}/, exact: true },
  // (a whole word: every rule reads a month from a word start to a word end; "اب" ends many words, الإرهاب)
  month: { re: new RegExp(`${B}(?:${AR_M}|${EN_M}|كانون|تشرين)${E}`, 'u') },
  ord: { re: new RegExp(AR_ORD_LAST) },
  mrel: { re: /الماضي|المنصرم|الفايت|الجاري|الحالي|العام|year/ },
  part: { re: /مطلع|اوايل|اواخر|منتصف|نهايه|بدايه|ربيع|صيف|خريف|شتاء|النصف|الربع|early|late|mid|spring|summer|autumn|winter|half|quarter/ },
  arday: { re: FEATURE_RE.arday, exact: true },
  enday: { re: FEATURE_RE.enday, exact: true },
  rel: { re: FEATURE_RE.rel, exact: true },
  ago: { re: FEATURE_RE.ago, exact: true },
  same: { re: /اليوم|الليله|day|night/ },
  today: { re: /اليوم|today|morning/ },
  next: { re: /المقبل|القادم|next/ },
  back: { re: /قبل|منذ|ago/ },
  week: { re: /الاسبوع|week/ },
  lmonth: { re: /الشهر|month/ },
  lyear: { re: /العام|السنه|year/ },
  early: { re: FEATURE_RE.early, exact: true },
  samem: { re: /الشهر|العام|السنه|month|year/ },
  this: { re: /العام|الشهر|الجاري|الحالي|year|month/ },
  attime: { re: /time|حينها|حينذاك|انذاك|حينه/ },
  dayrel: { re: /day|اليوم|قبل/ },
};
/** The bits of the features with a word test, and of those it decides alone. */
const WORDED = FEATURES.reduce((mask, f, i) => (FEATURE_WORD[f] ? mask | (1 << i) : mask), 0);
const EXACT = FEATURES.reduce((mask, f, i) => (FEATURE_WORD[f]?.exact ? mask | (1 << i) : mask), 0);
/** A form after which the words of its sentence decide nothing (above the feature bits). */
const UNSAFE = 1 << 30;

/** The feature bits whose word test a token's form passes (computed once per form). */
export function wordFeatures(f: Form): number {
  if (f.dates >= 0) return f.dates;
  // the word as the sentence's normalisation has it (char by char: lower case, no possessive dropped)
  const norm = normaliseWithMap(f.text).norm;
  let bits = 0;
  // a mark or sign that normalisation drops (or turns into a letter) outside a word would join the
  // words around it in the normalised sentence: a sentence with one is scanned as before
  if (!f.word && (norm.length !== 1 || /[\p{L}\p{N}]/u.test(norm))) bits = UNSAFE;
  else for (let i = 0; i < FEATURES.length; i++) if (FEATURE_WORD[FEATURES[i]!]?.re.test(norm)) bits |= 1 << i;
  return (f.dates = bits);
}

/**
 * normaliseWithMap(text.slice(from, to)).norm, without the offset map, noting on the way (in
 * `scan.scanned`) whether the normalised text has an ASCII digit, four digits in a row, a Latin letter
 * a–z, an Arabic-block char, a digit, a separator (- / .) and a digit in a row. Unchanged stretches
 * are copied as slices; chars other than ASCII and the plain Arabic letters go through normaliseChar.
 */
function normaliseScan(text: string, from: number, to: number, scan: Scan): string {
  let digit = false;
  let year = false;
  let latin = false;
  let arabic = false;
  let run = 0; // digits in a row in the normalised text
  let numsep = false;
  let sep = false; // the last two normalised chars are a digit and a separator (- / .)
  let out = '';
  let copied = from; // text[copied, i) is still to be copied unchanged
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let rep: string;
    if (c < 0x80) {
      if (c >= 48 && c <= 57) {
        digit = true;
        if (++run >= 4) year = true;
        if (sep) numsep = true;
        sep = false;
        continue;
      }
      sep = run > 0 && (c === 45 || c === 46 || c === 47);
      run = 0;
      if (c >= 97 && c <= 122) {
        latin = true;
        continue;
      }
      if (c < 65 || c > 90) continue;
      latin = true;
      rep = String.fromCharCode(c + 32);
    } else if (c >= 0x0621 && c <= 0x064a && c !== 0x0622 && c !== 0x0623 && c !== 0x0624 && c !== 0x0625 && c !== 0x0626 && c !== 0x0629 && c !== 0x0640 && c !== 0x0649) {
      // Arabic letters that stay as they are (not آ أ ؤ إ ئ ة ى, not the tatweel)
      arabic = true;
      run = 0;
      sep = false;
      continue;
    } else {
      rep = normaliseChar(text[i]!);
      for (let k = 0; k < rep.length; k++) {
        const r = rep.charCodeAt(k);
        if (r >= 48 && r <= 57) {
          digit = true;
          if (++run >= 4) year = true;
          if (sep) numsep = true;
          sep = false;
          continue;
        }
        sep = run > 0 && (r === 45 || r === 46 || r === 47);
        run = 0;
        if (r >= 97 && r <= 122) latin = true;
        else if (r >= 0x0600 && r <= 0x06ff) arabic = true;
      }
      if (rep.length === 1 && rep.charCodeAt(0) === c) continue;
    }
    if (i > copied) out += text.slice(copied, i);
    out += rep;
    copied = i + 1;
  }
  scan.scanned = (digit ? 1 : 0) | (year ? 2 : 0) | (latin ? 4 : 0) | (arabic ? 8 : 0) | (numsep ? 16 : 0);
  return copied === from ? text.slice(from, to) : copied < to ? out + text.slice(copied, to) : out;
}

/**
 * The offset in `text` of normalised char `n` of text.slice(from, to): from + normaliseWithMap(…).map[n], without
 * making the normalised string and the map (char by char, they were a tenth of what extraction allocated).
 * ASCII chars and the Arabic letters ء–ي (but the tatweel, dropped) are one normalised char each.
 */
function sourceOffset(text: string, from: number, to: number, n: number): number {
  let k = 0; // normalised chars before text[i]
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    k += c < 0x80 || (c >= 0x0621 && c <= 0x064a && c !== 0x0640) ? 1 : normaliseChar(text[i]!).length;
    if (k > n) return i;
  }
  return to;
}

/** A plan opening the clause before a weekday (no comma, full stop or speech verb between): "is due to", "will", `من المقرر أن`. */
const PLANNED_BEFORE = /(?:\b(?:is|are)\s+(?:due\b|(?:expected|scheduled|set)\s+to)|\bwill|من\s+المقرر\s+ان|من\s+المنتظر\s+ان|من\s+المتوقع\s+ان)\s[^,،.;:]*$/;
/** A day a noun is scheduled for, right before it: "scheduled for Friday", `القمة المقررة (يوم) الجمعة` (branch slot42). */
const PLANNED_FOR = /(?:\b(?:scheduled|set|planned)\s+for|\bالمقرره?)\s+$/;
/** A list's comma (one to three words, then a comma or "and"/"or"/و after them): "his Syrian, Saudi, Iraqi and Egyptian counterparts" (slot42). */
const LIST_COMMA = /[,،]\s*(?=(?:[^\s,،.;:]+\s+){0,2}[^\s,،.;:]+\s*(?:[,،]|\s(?:and|or|و)\s))/g;
/**
 * Is a plan open before normalised offset `a`, in the same clause (PLANNED_BEFORE within 110 characters, a list's commas
 * passed over; slot42), or does a scheduling word stand right before it (PLANNED_FOR)?
 */
function planBefore(norm: string, a: number): boolean {
  if (PLANNED_FOR.test(norm.slice(Math.max(0, a - 20), a))) return true;
  const w = norm.slice(Math.max(0, a - 110), a);
  if (!/[,،]/.test(w)) return PLANNED_BEFORE.test(w);
  const listed = w.replace(LIST_COMMA, ' ');
  if (PLANNED_BEFORE.test(listed)) return true;
  // (an apposition between commas, not closed before "and": "is due to meet Ayman Safadi, Jordan's foreign minister and a
  // key broker of the initiative, in Amman on Monday"; bugs43)
  // (the window is 110 characters once the apposition is out)
  const wide = norm.slice(Math.max(0, a - 220), a).replace(APPOSITION, ' ').replace(LIST_COMMA, ' ');
  return /[,،]/.test(listed) && PLANNED_BEFORE.test(wide.slice(-110));
}
/** An apposition between commas whose closing comma opens no coordinated clause (planBefore; bugs43). */
const APPOSITION = /[,،][^,،.;:]{1,90}[,،](?!\s*(?:and|or|but|و))/g;
/**
 * A weekday opening the sentence before its plan ("On Friday, Biden is due to meet …", "On Monday, the two leaders will
 * hold talks"): the plan's subject (up to eight words, no comma or speech verb) then "is/are due|expected|scheduled|set
 * to" or "will" (branch bugs43; planBefore reads the plan before the weekday).
 */
const PLANNED_AFTER = /^\s*,?\s*(?:(?!(?:said|says|told|added)\b)[^\s,.;:]+\s+){1,8}(?:(?:is|are)\s+(?:due|expected|scheduled|set)\s+to|will)\s/;
function planAfter(norm: string, a: number, b: number): boolean {
  return /^\s*(?:on\s+)?$/.test(norm.slice(0, a)) && PLANNED_AFTER.test(norm.slice(b, b + 100));
}
/** "يوم الخميس 12 كانون الثاني", "Thursday, January 12", "أمس الأربعاء": the day right after is the one meant. */
function pairedDay(norm: string, b: number, days: [number, string][]): string | undefined {
  const gap = /^[\s,،]*(?:الموافق\s+)?/.exec(norm.slice(b, b + 16))![0].length;
  return days.find(([a]) => a === b + gap)?.[1];
}

/** The month (YYYY-MM) of the last date found before normalised offset `a`, if any. */
function monthOfLast(found: [number, string][], a: number): string | undefined {
  let best: [number, string] | undefined;
  for (const f of found) if (f[0] < a && f[1].length >= 7 && (!best || f[0] > best[0])) best = f;
  return best?.[1].slice(0, 7);
}

/** ", a day after …", ", two days after …", `، أي بعد يوم من …`, `، غداة …` after a date (normalised). */
// (and `غداة`, the day after: "منذ الثامن من تشرين الأول، غداة هجوم حماس")
/** An agreement noun phrase and its verb of reaching right after a "since" date (normalised, no comma between). */
const SINCE_AGREED = /^\s+(?:[^\s,،.]+\s+){1,5}?(?:توصل|توصلت|توصلا|توصلتا|ابرمه|ابرمته|ابرمها|ابرمتها|agreed|reached|signed|brokered)\s+(?:اليه|اليها|by|between)\s/;
/**
 * An agreement the state since the date runs under, with its parties, right after a "since" date past a comma (normalised):
 * `منذ تشرين الأول/أكتوبر 2019، بموجب تفاهم أبرمته «قسد» مع دمشق`, `منذ عام 2019، بموجب تفاهم بين «قسد» ودمشق`, "since 2019,
 * under an agreement between Moscow and Ankara" (rule 15: the agreement is dated as the text dates it; dates45).
 */
const SINCE_UNDER = /^\s*[,،]?\s*(?:بموجب|under)\s+(?:(?:an?|the)\s+)?(?:تفاهم\S*|اتفاق\S*|agreement|deal|understanding)\s+(?:ابرمه|ابرمته|ابرمها|ابرمتها|توصل\S*|بين|between|agreed|reached|signed)\s/;
/** A month's name as a word (normalised): a date of the agreement's own clause. */
const OWN_MONTH = new RegExp(`${B}(?:${AR_M}|${EN_M})${E}`, 'iu');
/** SINCE_UNDER after offset b of the normalised text, the agreement's clause giving no date of its own (`بموجب تفاهمات توصلت
 * إليها موسكو وأنقرة في تشرين الأول/أكتوبر من ذلك العام`: that date is the agreement's). */
function sinceUnder(norm: string, b: number): boolean {
  if (!SINCE_UNDER.test(norm.slice(b, b + 70))) return false;
  const rest = norm.slice(b).replace(/^\s*[,،]/, '').split(/[.،,;؛]/)[0]!;
  return !/\d/.test(rest) && !OWN_MONTH.test(rest);
}
const SINCE_COUNTED = /^\s*[,،]?\s*(?:(?:a|one|two|three|\d+)\s+days?\s+(?:after|before)|the\s+day\s+after|(?:اي\s+)?(?:(?:بعد|قبل)\s+(?:يوم|يومين|ثلاثه\s+ايام)|غداه))\s/;

/** A place in capitals (and its country) opening the text, then the date, then a dash: "KAZAN, Russia, Oct 24 - ", also
 * with the agency's name between them ("ANKARA, March 10 (Reuters) - "). */
const DATELINE_HEAD = /^[A-Z][A-Z .'-]*(?:,\s*[A-Z][A-Za-z .'-]*)?,\s*$/;
function dateline(head: string, after: string): boolean {
  return /^\s*(?:\([^()]{1,24}\)\s*)?[-–—]\s/.test(after) && /^[A-Z]{2}/.test(head) && DATELINE_HEAD.test(head);
}

/** The last date an article told before the sentence being read (findDates reads and updates it: "that year"). */
export interface Prior {
  date?: string;
}

/** Publication dates parsed so far (a corpus has few distinct days; parsing one is slow). pub is only read. */
const pubDates = new Map<string, Date>();

/**
 * Find and resolve the date expressions of `text.slice(from, to)`; offsets into `text`. `tokens`, when
 * given, are the tokens of that slice: their words rule features out before a scan (see FEATURE_WORD).
 */
export function findDates(text: string, from: number, to: number, published: string, tokens?: readonly Token[], prior?: Prior): DateSpan[] {
  let pub = pubDates.get(published);
  if (!pub) {
    if (pubDates.size > 10_000) pubDates.clear();
    pubDates.set(published, (pub = new Date(published + 'T00:00:00Z')));
  }
  if (Number.isNaN(pub.getTime())) return [];
  // features the sentence's words have (yes) and have not (no)
  let yes = 0;
  let no = 0;
  if (tokens) {
    let words = 0;
    for (let i = 0; i < tokens.length; i++) words |= wordFeatures(tokens[i]!.form);
    if (!(words & UNSAFE)) {
      no = WORDED & ~words;
      yes = EXACT & words;
      // (most sentences: no rule can match, so neither the normalised sentence nor a scan is needed)
      let none = true;
      for (let r = 0; r < RULE_NEEDS.length && none; r++) none = (RULE_NEEDS[r]! & no) !== 0;
      if (none) return [];
    }
  }
  const scan: Scan = { scanned: 0, mentioned: [] };
  return resolveThat(findAll(text, from, to, pub, yes, no, scan), scan.mentioned, prior);
}

/** Put the year or month of the date told last before it (in `mentioned`, findAll's) into each THAT span; dropped when none was told. */
function resolveThat(found: [DateSpan, number][], mentioned: [number, string][], prior?: Prior): DateSpan[] {
  const out: DateSpan[] = [];
  let last: [number, string] | undefined;
  for (const m of mentioned) if (!m[1].startsWith(THAT) && (!last || m[0] > last[0])) last = m;
  for (const [span, a] of found) {
    if (!span.date.startsWith(THAT)) {
      out.push(span);
      continue;
    }
    let base = prior?.date;
    let at = -1;
    for (const m of mentioned) if (!m[1].startsWith(THAT) && m[0] < a && m[0] > at) [at, base] = m;
    const what = span.date.slice(1);
    // ('P-n': n days before a full date)
    const date = !base ? undefined : what === 'A' ? base : what === 'Y' ? base.slice(0, 4) : what === 'M' ? (base.length >= 7 ? base.slice(0, 7) : undefined) : what[0] === 'D' ? (base.length >= 7 ? ymd(+base.slice(0, 4), +base.slice(5, 7), +what.slice(2)) : undefined) : what[0] === 'P' ? (base.length === 10 ? iso(addDays(new Date(base + 'T00:00:00Z'), -+what.slice(2))) : undefined) : base.slice(0, 4) + what.slice(1);
    if (!date) continue;
    out.push({ ...span, date });
    if (!last || a > last[0]) last = [a, date];
  }
  if (prior && last) prior.date = last[1];
  return out;
}

/** The date expressions of a sentence, with each one's normalised offset (THAT spans not yet resolved). */
function findAll(text: string, from: number, to: number, pub: Date, yes: number, no: number, scan: Scan): [DateSpan, number][] {
  const norm = normaliseScan(text, from, to, scan);
  const { scanned, mentioned } = scan;
  // each feature tested at most once per sentence: bits known present (yes) and known absent (no)
  yes |= scanned;
  no |= ~scanned & 31;
  const taken: [number, number][] = [];
  const days: [number, string][] = []; // normalised start and date of each full date found (weekday pairs)
  const found: [number, string][] = []; // normalised start and date of each date found
  const out: [DateSpan, number][] = [];
  rules: for (let r = 0; r < RULES.length; r++) {
    let need = RULE_NEEDS[r]! & ~yes;
    if (need & no) continue;
    while (need) {
      const bit = need & -need;
      need ^= bit;
      if (FEATURE_TEST[31 - Math.clz32(bit)]!.test(norm)) yes |= bit;
      else {
        no |= bit;
        continue rules;
      }
    }
    const rule = RULES[r]!;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(norm))) {
      const a = m.index;
      // (B failed here: look again from the next offset, as the lookbehind would have)
      if (rule.wordStart && !wordStartAt(norm, a)) {
        rule.re.lastIndex = a + ((norm.charCodeAt(a) & 0xfc00) === 0xd800 ? 2 : 1);
        continue;
      }
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      let date = rule.resolve(m, pub, found.length ? monthOfLast(found, a) : undefined);
      if (rule.paired && date && days.length) date = pairedDay(norm, b, days) ?? date;
      if (date) mentioned.push([a, date]);
      // "منذ أيلول 2021", "since 2016", "since Sunday": the start of a period, not the date of an event
      // (normalised: حتى is حتي: "حتى اليوم", "until today" name the end of a period, no event's day; so do "قبل عام 2011",
      // "before 2011")
      let when = false;
      // (past a word placing the date in its month or year: `منذ أواخر أيلول`, `منذ مطلع العام`, "since late September";
      // diagnosis-batch40 §2 d11, dates44)
      if (SINCE_BEFORE.test(norm.slice(Math.max(0, a - 20), a))) {
        // ("since 2015, when it intervened …", `منذ أيلول 2015، حين تدخلت …`: the date of the "when" clause)
        // (or of an act counted from it: "have traded fire since 8 October, a day after Hamas's attack", `منذ 8 تشرين
        // الأول، أي بعد يوم من هجوم حماس`)
        // (or of the agreement reached then, told right after it: `يسري منذ آذار/مارس 2020 وقف لإطلاق النار توصلت إليه روسيا
        // وتركيا`, "in force since March 2020 under a truce agreed by Moscow and Ankara"; branch dates33)
        when = !!date && SINCE_ONLY.test(norm.slice(Math.max(0, a - 20), a)) && (/^\s*[,،]?\s*(?:when|حين|حينما|عندما)\s/.test(norm.slice(b, b + 12)) || (date.length === 10 && SINCE_COUNTED.test(norm.slice(b, b + 32))) || SINCE_AGREED.test(norm.slice(b, b + 70)) || sinceUnder(norm, b));
        // a day after "since" is the start of an ongoing state or campaign too ("Turkish jets have struck … since Sunday",
        // `وتشن المسيّرات التركية منذ 20 تشرين الثاني غارات`: gold rule 6 dates them by publication), and "since the 23
        // October attack": a date qualifying a noun names no start
        if (!when) {
          taken.push([a, b]);
          continue;
        }
      }
      // "Erdogan is due to travel to Sochi on Monday", "will meet on Friday", `من المقرر أن يزور … يوم الاثنين`: a day of a
      // plan (in the same clause) is one to come, not the last such day
      if (rule.paired && date && date.length === 10 && FEATURE_RE.arday.test(m[0]) !== FEATURE_RE.enday.test(m[0]) && (planBefore(norm, a) || (FEATURE_RE.enday.test(m[0]) && planAfter(norm, a, b)))) date = '';
      if (date === '') {
        taken.push([a, b]);
        continue;
      }
      if (!date) continue;
      taken.push([a, b]);
      // "DAMASCUS, Feb 22 - An Israeli strike hit … on Wednesday": a dateline is the day of filing, not of any act
      if (a < 40 && dateline(text.slice(from, from + a), norm.slice(b, b + 32))) continue;
      // "since 8 October" with no year in a July paper: the last 8 October, not the next
      if (date.length === 10 && date > iso(pub) && !/\d{4}/.test(m[0]) && /(?:منذ|since)\s+(?:the\s+)?$/.test(norm.slice(Math.max(0, a - 12), a))) {
        date = ymd(+date.slice(0, 4) - 1, +date.slice(5, 7), +date.slice(8)) ?? date;
      }
      if (date.length === 10) days.push([a, date]);
      found.push([a, date]);
      const start = sourceOffset(text, from, to, a);
      const end = sourceOffset(text, from, to, b - 1) + 1;
      out.push([when ? { start, end, date, when } : { start, end, date }, a]);
    }
  }
  return out.sort((x, y) => x[0].start - y[0].start);
}

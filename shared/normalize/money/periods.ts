import type { SalaryPeriod } from '../../schema/posting';
import { guardedAlternation, guardedRegExp, topLevelAlternatives } from '../guarded-regex';
import { periodOfPayLabel } from './pay-labels';

/**
 * Pay periods as postings write them, in several languages ("per hour", "/hr", "p.a.", "brutto pro
 * Jahr", "par mois", "al año", "/tháng", "年収", "月給"), and the structured spellings of ATS APIs
 * ("1 YEAR", "per-month-salary", "HOUR", "month").
 */

/** A one-character unit is a rate only where no word or number goes on after it ("/日勤" is a day shift, "/주5일" five days a week). */
const NO_CJK_AFTER = String.raw`(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{N}])`;
/**
 * A unit after a slash in Chinese, Japanese and Korean: "¥1,200/時間", "NT$200/小時", "₩10,000/시간",
 * "300元/天", "8,000円/日", "₩3,000,000/월". Only "/" makes them a rate: "週40時間" alone is working time.
 */
const CJK_SLASH: Record<SalaryPeriod, string> = {
  HOUR: String.raw`\/\s?(?:時間|小时|小時|钟头|鐘頭|시간|時${NO_CJK_AFTER})`,
  DAY: String.raw`\/\s?(?:日|天|일)${NO_CJK_AFTER}`,
  WEEK: String.raw`\/\s?(?:週|周|주)${NO_CJK_AFTER}`,
  MONTH: String.raw`\/\s?(?:个月|個月|월|달)${NO_CJK_AFTER}`,
  YEAR: String.raw`\/\s?년${NO_CJK_AFTER}`,
};
/**
 * Per-hour wording of languages the main list lacks: Indonesian ("Rp50.000/jam", "per jam"), Turkish
 * ("150 TL/saat"), Czech ("250 Kč/hod.", "za hodinu"), Hungarian ("2 500 Ft/óra"), Finnish ("15 €/tunti"),
 * Swedish ("kr/timme"), Danish and Norwegian ("kr./time", "pr. time"), Russian ("/час"), Chinese words.
 */
const OTHER_HOUR = String.raw`\/\s?(?:jam|saat|hod(?:ina|inu)?\.?|óra|tunti|timme|час|ώρα)(?!\p{L})|per\s+jam|(?<!\p{L})za\s+hodinu|(?<=(?:kr\.?|dkk|nok)\s?)\/\s?time(?!\p{L})|(?<!\p{L})pr\.\s?time(?!\p{L})|每小時|時薪`;

/**
 * Per-month and per-year wording of Bulgarian ("бруто месечно"), Croatian, Serbian and Slovenian
 * ("mjesečno", "mesečno", "na mjesec", "godišnje", "letno"), Lithuanian ("EUR/mėn.", "per mėnesį", "per metus"),
 * Estonian ("€ kuus" after the currency only: "kuus" is also "six"; "aastas"), Catalan ("bruts anuals",
 * "a l'any"), Malay ("sebulan", "setahun"), Hindi ("प्रति माह", "प्रति वर्ष", "सालाना") and Persian ("ماهانه",
 * "در ماه", "سالانه").
 */
const OTHER_MONTH = String.raw`(?<!\p{L})(?:месечно|на\s+месец|mjesečno|mesečno|na\s+mjesec|na\s+mesec|per\s+mėnesį|sebulan|setiap\s+bulan)(?!\p{L})|\/\s?(?:mėn\.?|mjesec|mesec|kuu|мес(?:ец)?)(?!\p{L})|(?<=(?:€|eur|eurot)\s?)kuus(?!\p{L})|(?:प्रति\s?|हर\s)(?:माह|महीना|महीने)|प्रतिमाह|मासिक|ماهانه|ماهیانه|در\s+ماه`;
const OTHER_YEAR = String.raw`(?<!\p{L})(?:годишно|на\s+година|godišnje|na\s+godinu|letno|na\s+leto|per\s+metus|aastas|anuals?|a\s+l'any|setahun|setiap\s+tahun)(?!\p{L})|(?:प्रति\s?|हर\s)(?:वर्ष|साल)|सालाना|वार्षिक|سالانه|در\s+سال`;

/** Each period's phrases as one regex source, shortest period first (exported for the equivalence tests). */
export const PHRASES: ReadonlyArray<readonly [SalaryPeriod, string]> = [
  [
    'HOUR',
    String.raw`per\s+hour|an\s+hour|a\s+hour|\/\s?(?:hr|hour|h|std|stunde|heure|hora|ora|giờ)(?!\p{L})|hourly|p\.?\s?h\.?(?=\s|$|[),.])|stundenlohn|pro\s+stunde|stündlich|par\s+heure|de\s+l'heure|(?:por|la)\s+hora|all'ora|l'ora|mỗi\s+giờ|một\s+giờ|時給|時間給|每小时|时薪|시급|시간당|hourly\s+rate|per\s+uur|\/\s?(?:uur|godz\.?|godzinę|tim)(?!\p{L})|uurloon|(?<!\p{L})za\s+godzinę|(?<!\p{L})na\s+godzinę|per\s+timme|(?<!\p{L})i\s+timmen|(?<!\p{L})pe\s+oră|por\s+hora|à\s+l'heure|(?<!\p{L})saatlik|\/\s?ชั่วโมง|ต่อชั่วโมง|${CJK_SLASH.HOUR}|${OTHER_HOUR}`,
  ],
  [
    'DAY',
    String.raw`per\s+day|a\s+day|\/\s?(?:day|d|tag|jour|día|dia|giorno|ngày)(?!\p{L})|daily|day\s+rate|daily\s+rate|pro\s+tag|tagessatz|par\s+jour|\btjm\b|(?:por|al)\s+día|al\s+giorno|mỗi\s+ngày|日給|日当|日額|每天|日薪|일급|일당|per\s+dag|\/\s?(?:dzień|dag)(?!\p{L})|(?<!\p{L})za\s+dzień|dziennie|(?<!\p{L})pe\s+zi|\/\s?วัน|ต่อวัน|รายวัน|${CJK_SLASH.DAY}|\/\s?(?:gün|hari)(?!\p{L})`,
  ],
  [
    'WEEK',
    String.raw`per\s+week|a\s+week|\/\s?(?:wk|week|woche|semaine|semana|tuần)(?!\p{L})|weekly|pro\s+woche|wöchentlich|par\s+semaine|por\s+semana|mỗi\s+tuần|週給|每周|周薪|주급|per\s+week|\/\s?(?:tydzień|vecka|uge)(?!\p{L})|tygodniowo|ต่อสัปดาห์|${CJK_SLASH.WEEK}|\/\s?(?:hafta|minggu|týden|týd\.)(?!\p{L})`,
  ],
  [
    'MONTH',
    String.raw`per\s+month|a\s+month|\/\s?(?:mo|mth|month|monat|mois|mes|mese|tháng)(?!\p{L})|\/\s?月|monthly|per\s+mensem|pro\s+monat|monatlich|\bmtl\.|im\s+monat|monatsgehalt|par\s+mois|mensuel(?:le)?|(?:al|por)\s+mes|mensual|al\s+mese|mensile|mỗi\s+tháng|hàng\s+tháng|một\s+tháng|\/\s?tháng|tháng|月給|月収|月額|月薪|每月|월급|miesięcznie|měsíčně|\/\s?(?:mån|mnd|md)\.?|per\s+(?:månad|måned|maand)|(?<!\p{L})i\s+månaden|pr\.\s?md\.|per\s+maand|mensais|mensal|por\s+mês|(?<!\p{L})ao\s+mês|\/\s?(?:mês|miesiąc|mies\.?|mc|m-c|msc|měs\.?|měsíc|maand|bulan|lună|hó|ay|мес\.?|месяц)(?!\p{L})|(?<!\p{L})(?:na|za|w\s+skali)\s+miesiąc[a]?|per\s+bulan|(?<!\p{L})pe\s+lună|(?<!\p{L})(?:lunar|havi|aylık)(?!\p{L})|в\s+месяц|ежемесячно|\/\s?(?:kk|kuukausi|міс\.?|місяць|μήνα)(?!\p{L})|(?<!\p{L})(?:на|в)\s+місяць|щомісяця|щомісячно|kuukaudessa|μηνιαίως|(?:το|ανά|τον)\s+μήνα|לחודש|pr\.\s?måned|havonta|شهري(?:اً|ا)?|·?\s?\d{2}\s?薪|maandloon|maandsalaris|månadslön|månedsløn|månedslønn|월급|(?<![\p{L}\d]\s?)월\s?(?=\d)|\/\s?เดือน|ต่อเดือน|เงินเดือน|${CJK_SLASH.MONTH}|${OTHER_MONTH}`,
  ],
  [
    'YEAR',
    String.raw`per\s+year|per\s+annum|a\s+year|\bp\.\s?a\.?(?=\s|$|[),.;])|\bpa(?=\.?\s*$)|\/\s?(?:yr|year|y|jahr|an|año|ano|anno|năm)(?!\p{L})|\/\s?年|annual(?:ly)?|yearly|pro\s+jahr|jährlich|jahresgehalt|bruttojahresgehalt|im\s+jahr|\bbrutto\/jahr|par\s+an|annuel(?:le)?|brut\s+annuel|(?:al|por)\s+año|anual|all'anno|annuo|annua|\bral\b|rocznie|ročně|\/\s?år|per\s+år|om\s+året|per\s+jaar|mỗi\s+năm|hàng\s+năm|một\s+năm|\blpa\b|\bctc\b|年収|年俸|年額|年薪|연봉|(?<![\p{L}\d]\s?)연\s?(?=\d)|(?<!\p{L})ao\s+ano|por\s+ano|\/\s?(?:rok|jaar|tahun|an|год)(?!\p{L})|(?<!\p{L})(?:na|w\s+skali)\s+rok(?:u)?|bruto\s+per\s+jaar|jaarsalaris|jaarloon|årslön|årsløn|årslønn|per\s+tahun|(?<!\p{L})pe\s+an|(?<!\p{L})(?:éves|yıllık)(?!\p{L})|в\s+год|\/\s?(?:vuosi|рік|év)(?!\p{L})|vuodessa|(?<!\p{L})(?:на|в)\s+рік|ετησίως|(?:το|ανά|τον)\s+χρόνο|לשנה|pr\.\s?år|évente|سنوي(?:اً|ا)?|\/\s?ปี|ต่อปี|${CJK_SLASH.YEAR}|\/\s?yıl(?!\p{L})|${OTHER_YEAR}`,
  ],
];

/**
 * Every phrase of every period in one pattern, guarded by first character (see guarded-regex.ts): one scan
 * finds where the leftmost statement starts, many times faster than trying each phrase at each position.
 */
const ANY_PERIOD = guardedRegExp(PHRASES.map(([, source]) => source).join('|'), 'iu');
/**
 * The few alternatives with no first atom to guard them ("·13薪"), searched first on their own: in a text
 * where those match nowhere, the guarded phrases alone (PERIOD_GROUPS) find the same leftmost index.
 */
const UNGUARDED_PERIOD = unguardedOf(ANY_PERIOD);
/**
 * The one phrase with no first atom to guard it, "·13薪" (pay counted in monthly salaries a year), cannot
 * match without "薪": a text without it skips that search (test/unit/normalize/pay-period-guards.test.ts).
 */
export const UNGUARDED_MARK = '薪';

function mayMatchUnguarded(text: string): boolean {
  return UNGUARDED_PERIOD === null || (text.includes(UNGUARDED_MARK) && UNGUARDED_PERIOD.test(text));
}

/** Each period's phrases, tried only at that position: the shorter period listed first wins there. */
const PERIOD_AT = PHRASES.map(([period, source]): [SalaryPeriod, RegExp] => [period, new RegExp(source, 'iuy')]);
/** A literal character, or an escaped punctuation mark ("\/"): what may stand alone in a class. */
const SINGLE_CHARACTER = /^(?:[^\\[\]()^$.|?*+{}-]|\\[/.-])$/u;
/**
 * Every period's guarded phrases in one capture group per period, in PHRASES order, behind the lookahead of all
 * their first atoms: one search finds the leftmost statement, and the group that matched there is the first
 * period with a phrase at that position, which is what `findPeriodByPhrase` finds. One regex instead of six keeps the code a call runs small: the pipeline runs findPeriod between
 * other work, with its regexes' native code out of the CPU caches, and six big regexes cost several times one.
 * Without the unguarded phrases, so only for texts without UNGUARDED_MARK.
 */
const PERIOD_GROUPS = periodGroups();

/** The period a text states, with the index where it is stated; the earliest statement wins. */
export function findPeriod(text: string): { period: SalaryPeriod; index: number } | null {
  if (mayMatchUnguarded(text)) return findPeriodByPhrase(text);
  const m = PERIOD_GROUPS.exec(text);
  if (!m) return null;
  for (let group = 1; group < m.length; group++)
    if (m[group] !== undefined) return { period: PHRASES[group - 1]![0], index: m.index };
  return null;
}

/**
 * What findPeriod finds, the plain way: where the leftmost phrase starts, then the first period with a phrase
 * there. For texts whose unguarded phrases may match, and the reference the tests hold findPeriod to.
 */
export function findPeriodByPhrase(text: string): { period: SalaryPeriod; index: number } | null {
  const m = ANY_PERIOD.exec(text);
  if (!m) return null;
  for (const [period, regex] of PERIOD_AT) {
    regex.lastIndex = m.index;
    if (regex.test(text)) return { period, index: m.index };
  }
  return null;
}

/**
 * The periods of the labels read so far. A source writes the same few pay labels on every posting ("Salary",
 * "Gehalt", "給与": 1,440 label readings over the bench corpus, 9 labels), and each reading folds the label and
 * runs the period search, whose large regex is out of the CPU caches by the time the next posting asks. Pure
 * functions of the label, so remembered; bounded (short labels only, cleared when full).
 */
const LABEL_PERIODS = new Map<string, SalaryPeriod | null>();
const MAX_KEPT_LABELS = 512;
const MAX_KEPT_LABEL = 80;

/**
 * The period a field's label names ("Bruto maandsalaris", "Monatsgehalt", "Salaire mensuel", "月給", "年収",
 * "Annual salary", "Hourly rate", "Stundenlohn"), or null: a pay label's own period (pay-labels.ts), else the
 * same phrases as in a salary text.
 */
export function periodOfLabel(label: string | null | undefined): SalaryPeriod | null {
  if (!label) return null;
  const known = LABEL_PERIODS.get(label);
  if (known !== undefined) return known;
  const period = readPeriodOfLabel(label);
  if (label.length <= MAX_KEPT_LABEL) {
    if (LABEL_PERIODS.size >= MAX_KEPT_LABELS) LABEL_PERIODS.clear();
    LABEL_PERIODS.set(label, period);
  }
  return period;
}

/** periodOfLabel without the memo: the reference its test holds it to. */
export function readPeriodOfLabel(label: string): SalaryPeriod | null {
  return periodOfPayLabel(label) ?? findPeriod(label)?.period ?? null;
}

/**
 * The key a labelled header field is kept under: a pay label that names its period ("Bruto maandsalaris",
 * "Monatsgehalt", "年収") keeps that label, lower-cased, so the salary reader learns the period the value
 * itself may not state (header-fields.ts routes such keys to the salary); every other field its `key`.
 */
export function fieldKeyKeepingPeriod(key: string, label: string): string {
  return key === 'salary' && periodOfLabel(label) !== null ? label.trim().toLowerCase() : key;
}

/** The period of a structured value ("1 YEAR", "per-month-salary", "HOUR", "month", "annually"), or null. */
export function periodFromStructured(value: string | null | undefined): SalaryPeriod | null {
  if (!value) return null;
  const v = value.toLowerCase().replace(/^\s*1\s+/, '');
  if (/hour/.test(v)) return 'HOUR';
  if (/day|daily/.test(v)) return 'DAY';
  if (/week/.test(v)) return 'WEEK';
  if (/month/.test(v)) return 'MONTH';
  if (/year|annum|annual/.test(v)) return 'YEAR';
  return findPeriod(value)?.period ?? null;
}

/** See PERIOD_GROUPS: the guarded phrases of each period as one group, behind one lookahead of every first atom. */
function periodGroups(): RegExp {
  const guards = new Set<string>();
  const groups = PHRASES.map(([, source]) => {
    const split = splitGuarded(guardedAlternation(source));
    for (const guard of split.guards) guards.add(guard);
    return `(${split.guarded.join('|')})`;
  });
  return new RegExp(`(?=${anyOf([...guards])})(?:${groups.join('|')})`, 'iu');
}

/**
 * The first atoms as one lookahead body. They are single characters ("p", "\/", "時"), and a class of them
 * matches where their alternation does (under the same flags a class member and a lone character compare
 * case-folded alike), but the engine tests a class in one step at each position of the text instead of
 * trying some sixty alternatives in turn: findPeriod ran about a quarter faster over body lines. Any atom
 * that is not one character keeps the alternation.
 */
function anyOf(guards: string[]): string {
  return guards.every((guard) => SINGLE_CHARACTER.test(guard)) ? `[${guards.join('')}]` : guards.join('|');
}

/** A guarded regex's unguarded alternatives as one regex under its flags, or null when it has none. */
function unguardedOf(regex: RegExp): RegExp | null {
  const { unguarded } = splitGuarded(regex.source);
  return unguarded.length ? new RegExp(unguarded.join('|'), regex.flags) : null;
}

/**
 * A guarded source's alternatives: its groups, `(?=atom)(?:…)` as guardedAlternation writes them, with their
 * atoms; and the alternatives with no atom to guard them.
 */
function splitGuarded(source: string): { guards: string[]; guarded: string[]; unguarded: string[] } {
  const split = { guards: [] as string[], guarded: [] as string[], unguarded: [] as string[] };
  for (const alternative of topLevelAlternatives(source)) {
    const guard = alternative.startsWith('(?=') ? lookaheadBody(alternative) : null;
    if (guard === null) split.unguarded.push(alternative);
    else {
      split.guards.push(guard);
      split.guarded.push(alternative);
    }
  }
  return split;
}

/** The inside of the lookahead that opens `alternative`, read up to its closing parenthesis. */
function lookaheadBody(alternative: string): string | null {
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < alternative.length && alternative[i] !== ']') i += alternative[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return alternative.slice(3, i);
  }
  return null;
}

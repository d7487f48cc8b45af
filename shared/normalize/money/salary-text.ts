import { asciiDigits } from '../native-digits';
import { collapseSpaces } from '../text-pieces';
import type { Salary, SalaryPeriod } from '../../schema/posting';
import { findAmounts, isLocalSymbol, type Amount } from './amounts';
import { namesTwoContractForms } from './contract-forms';
import { countryCurrency, resolveCurrency } from './currencies';
import { findPeriod } from './periods';
import { checkSalary } from './salary-sanity';

/**
 * Reads one salary text ("$165K – $200K", "年収600万円〜900万円", "2,000 - 3,500 USD (gross)/month",
 * "65.000 € brutto pro Jahr", "₹12 LPA", "Up to $2000", "Negotiable"). Never a silent wrong number:
 * a text with figures it cannot read comes back with null amounts and the text as written.
 */

export type SalaryReading =
  { kind: 'none' } | { kind: 'negotiable' } | { kind: 'salary'; salary: Salary; parsed: boolean };

export interface SalaryTextOptions {
  /** ISO alpha-2 of the posting, for "$", "¥", "kr" and bare amounts */
  country: string | null;
  /** the text is a salary field (bare numbers count); otherwise a sentence from the body (a currency is needed) */
  explicit: boolean;
  /** the period the field's label names ("Monatsgehalt: 3.200 €"), for a text that states none itself */
  period?: SalaryPeriod | null;
}

const MAX_TEXT = 600;
export const NEGOTIABLE =
  /\b(?:negotiable|competitive|doe|depending on (?:experience|qualifications)|commensurate|to be discussed|tbd|tba|market rate|attractive)\b|thỏa thuận|thoả thuận|thương lượng|cạnh tranh|応相談|相談の上|当社規定|nach vereinbarung|verhandelbar|verhandlungssache|attraktiv|à négocier|selon profil|selon expérience|a convenir|a negociar|negociable|competitivo|da concordare|negoziabile|面议|협의|do negocjacji/iu;
const NON_PAY_AFTER =
  /^\s*\+?\s*(?:years?\b|yrs?\b|jahre?n?\b|ans\b|años\b|anni\b|năm kinh nghiệm|年以上|年の|days?\b|hours?\b|hrs?\b|h\b|Std\b|Stunden\b|Wochenstunden|heures?\b|horas?\b|ore\b|uur\b|godzin|時間|시간|小时|giờ\b|weeks?\b|months?\b|Tage?n?\b|Wochen\b|Monate?n?\b|jours?\b|semaines?\b|mois\b|días?\b|dias?\b|semanas?\b|meses\b|giorni\b|dagen\b|dni\b|employees|people|staff|customers|clients|clinics|users|members|countries|cities|offices|locations|stores|homes|%|percent|pagas\b|pagamentos\b|(?:лет|года|год|роки|років|рік|vuotta|ani|év|χρόνια|שנים)(?!\p{L})|mensualidades\b|Monatsgehälter|salaires\b|薪|stipend|allowance|bonus|budget|reimbursement|credit|grant|signing|sign[-\s]?on\b|joining bonus|referral bonus|retention bonus|relocation|equity|shares|options|\(k\)|k\)|ka\b|days? of|paid)/iu;
const NON_PAY_BEFORE =
  /(?:stipend|allowance|bonus|budget|reimburse\w*|grant|relocation|raised|funding|revenue|valuation|series [a-e]|over|more than|serving|serves)\s*(?:of|up to|:)?\s*[^\d\s]{0,4}\s*$/iu;
const RANGE_GAP =
  /^\s*(?:-|–|—|~|〜|～|to|bis|à|a|až|do|hasta|đến|tới|till?|tot|och|og|and|und|et|e|y|до|la|έως|ως|עד|ถึง|から|至|iki|kuni|تا|إلى|الى|hingga|sehingga)?\s*$/iu;
const BETWEEN = /(?<!\p{L})(?:between|zwischen|tussen|entre|mellan|mellem|między|tra|fra)\s*$/iu;
const BETWEEN_GAP = /^\s*(?:and|und|en|et|e|y|i|och|og|a)\s*$/iu;
const UP_TO =
  /(?:up\s*to|upto|max(?:imum)?\.?|bis\s+zu|jusqu'?à|hasta|até|fino\s+a|tối\s+đa|lên\s+(?:đến|tới)|(?<!\p{L})до|până\s+la|έως|עד|enintään|legfeljebb|op\s+til|opp\s+til|最大|最高|上限|fins\s+a|sehingga|tot\s+a)\s*:?\s*$/iu;
const FROM =
  /(?<!\p{L})(?:from|starting\s+(?:at|from)|min(?:imum)?\.?|at\s+least|ab|à\s+partir\s+de|desde|a\s+partir\s+de|a\s+partire\s+da|vanaf|od|från|fra|từ|от|від|de\s+la|από|alkaen|ตั้งแต่|下限|nuo|alates|des\s+de|dari|از|من)\s*:?\s*$/iu;
/**
 * A single figure that is a floor although no "from" stands right before it: "the minimum gross annual
 * salary under the collective agreement is EUR 52,000", "Das kollektivvertragliche Mindestgehalt beträgt
 * € 3.200", "salaire minimum de 2 000 €"; the figure follows within the clause, with no other number between.
 */
const FLOOR_BEFORE = new RegExp(
  String.raw`(?:minimum\s+(?:[\p{L}-]+\s+){0,4}(?:salary|pay|wage|compensation|rate|remuneration)|(?:salary|pay|compensation)\s+(?:[\p{L}-]+\s+){0,3}(?:starts?|starting)|Mindest(?:gehalt|lohn|entgelt|vergütung|jahresgehalt|monatsgehalt|bruttogehalt|bezug)|kollektivvertraglich\p{L}*|\bKV[-\s]?(?:Minimum|Gehalt|Lohn|Entgelt)|salaire\s+minimum|rémunération\s+minimale|salario\s+mínimo|sueldo\s+mínimo|retribuzione\s+minima|minimumloon|salário\s+mínimo)[^\d.;!?]{0,100}$`,
  'iu',
);
/** The employer states it pays above the figure ("Überzahlung", "overpayment depending on experience"). */
const ABOVE_FLOOR = /überzahlung|überbezahlung|overpayment|over-payment|pay above (?:the )?(?:minimum|collective)/iu;
/**
 * "$95k+", "£40k+ DOE", "$95k+ per year": the figure is a floor. A "+" that adds something else to the pay
 * ("$95k + super", "$80,000 + KiwiSaver", "£45k + bonus", "€60k + car") is no floor: a word after the "+"
 * is what is added, unless it is a period or pay word that still speaks of the figure.
 */
const FROM_AFTER =
  /^\s*(?:[〜~～](?!\s*\d)|以上|起|이상|부터|\+(?!\s*\d)(?!\s*(?!(?:per|an?|p\.?a|pa|doe|depending|dependent|negotiable|neg|base|basic|salary|pay|gross|annual\w*|yearly|hourly|monthly|daily|year|yr|hour|hr|month|day|p\.?h|ph|brutto|netto|obo|ono)\b)\p{L})|or\s+more|and\s+(?:up|above)|und\s+mehr|et\s+plus|o\s+más|ou\s+mais)/iu;
const UP_TO_AFTER = /^\s*(?:まで|以下|이하|까지)/u;
const YEAR_LIKE = /^(?:19|20)\d\d$/;

/** Reads a salary text; see the module comment. */
export function readSalaryText(input: string, options: SalaryTextOptions): SalaryReading {
  const original = collapseSpaces(input).trim();
  if (!original) return { kind: 'none' };
  const text = asciiDigits(original.slice(0, MAX_TEXT).normalize('NFKC'));
  const found = findAmounts(text);
  const amounts = found.filter((a, i) => {
    const opens = opensRange(a, found[i + 1], text);
    const closes = closesRange(found[i - 1], a, text);
    const yearLikeAllowed = (opens && sameSize(a, found[i + 1]!)) || (closes && sameSize(found[i - 1]!, a));
    return isPayAmount(a, text, options.explicit || opens || closes, yearLikeAllowed);
  });
  if (amounts.length === 0) {
    if (NEGOTIABLE.test(text)) return { kind: 'negotiable' };
    if (options.explicit && /\d/.test(text)) return unparsed(original, text, options);
    return options.explicit ? { kind: 'negotiable' } : { kind: 'none' };
  }
  const [low, high] = pickRange(amounts, text);
  // a body sentence needs a currency; lakh and crore ("12-18 LPA", "8 lakh") name the rupee themselves
  if (!options.explicit && !low.currency && !high?.currency && !namesRupees(low, high)) return { kind: 'none' };
  return { kind: 'salary', ...buildSalary(original, text, low, high, options) };
}

/** Lakh (1e5) and crore (1e7) multipliers are South Asian: "12-18 LPA" is rupees without a "₹". */
function namesRupees(low: Amount, high: Amount | null): boolean {
  return [low, high].some((a) => a && (a.multiplier === 1e5 || a.multiplier === 1e7));
}

/**
 * A bare year-like figure ("2000", "2500") is pay only when it is one end of a range whose other end is priced and of
 * the same size: "from 2000 to 3500 $", "$1500 – 2000 a month". Dropped, the priced end was read alone as an exact
 * salary, a silent wrong minimum. "Since 2015 – $40,000" stays out: the sizes are far apart.
 */
function sameSize(low: Amount, high: Amount): boolean {
  return low.value > 0 && high.value >= low.value && high.value <= low.value * SAME_SIZE;
}

function isPayAmount(a: Amount, text: string, explicit: boolean, yearLikeAllowed = false): boolean {
  const after = text.slice(a.end, a.end + 30);
  const before = text.slice(Math.max(0, a.start - 30), a.start);
  if (
    NON_PAY_AFTER.test(after) &&
    !/^\s*\+?\s*(?:years?|months?|days?|hours?|weeks?)\s*(?:of\s+)?(?:salary|pay)/i.test(after)
  )
    return false;
  if (NON_PAY_BEFORE.test(before)) return false;
  if (!a.currency && !a.multiplied && !yearLikeAllowed && YEAR_LIKE.test(text.slice(a.start, a.end))) return false;
  return explicit || a.currency !== null || a.multiplied;
}

/** A bare number followed by the priced end of a range: "1,500 - 2,500 USD". */
function opensRange(a: Amount, next: Amount | undefined, text: string): boolean {
  if (next === undefined || (next.currency === null && !namesRupees(next, null))) return false;
  return RANGE_GAP.test(text.slice(a.end, next.start));
}

/**
 * A bare number closing a range a priced amount opens: "USD 110,000 – 135,000", "CHF 110'000 – 135'000 brutto".
 * Dropped, it left the opening figure alone, read as an exact salary: a silent wrong maximum.
 */
function closesRange(previous: Amount | undefined, a: Amount, text: string): boolean {
  if (previous === undefined || (previous.currency === null && !namesRupees(previous, null))) return false;
  return RANGE_GAP.test(text.slice(previous.end, a.start));
}

/**
 * A period after each figure, as LinkedIn and pasted cards write a range: "$128K/yr - $156K/yr", "€ 3.900/mnd -
 * € 5.100/mnd", "$25/hr – $30/hr". The same mark must close both figures.
 */
const SLASH_PERIOD = /^\s*(\/\s*\p{L}{1,6}\.?)/u;

/** "X – Y", "X to Y"; "and" only after "between" ("tussen € 3.100 en € 3.600", "entre 30.000 y 35.000 €"). */
function joinsRange(text: string, low: Amount, next: Amount): boolean {
  const gap = text.slice(low.end, next.start);
  if (RANGE_GAP.test(gap)) return true;
  const mark = gap.includes('/') ? SLASH_PERIOD.exec(gap)?.[1] : undefined;
  if (mark && RANGE_GAP.test(gap.slice(gap.indexOf(mark) + mark.length)))
    return SLASH_PERIOD.exec(text.slice(next.end))?.[1]?.replace(/\s/g, '') === mark.replace(/\s/g, '');
  return BETWEEN_GAP.test(gap) && BETWEEN.test(text.slice(Math.max(0, low.start - 16), low.start));
}

/**
 * The first amount, and the second when the text joins them as a range ("X – Y", "X to Y", "X〜Y").
 * Further ranges in the same currency and of the same size widen it: "$170,000–$210,000 in New York and
 * $180,000–$220,000 in San Francisco" is 170,000–220,000 for the posting. A range of another size is
 * another period ("€4,000–€5,000 a month (€48,000–€60,000 a year)") and is left out.
 */
function pickRange(amounts: Amount[], text: string): [Amount, Amount | null] {
  const [low, high] = rangeAt(amounts, 0, text);
  // ranges per contract form are alternatives: the first-listed one is the salary (money/contract-forms.ts)
  if (!high || (amounts.length > 3 && namesTwoContractForms(text))) return [low, high];
  for (let i = 2; i + 1 < amounts.length;) {
    const [a, b] = rangeAt(amounts, i, text);
    if (!b) {
      i += 1;
      continue;
    }
    if (a.currency === low.currency && a.value >= low.value / SAME_SIZE && b.value <= high.value * SAME_SIZE) {
      low.value = Math.min(low.value, a.value);
      high.value = Math.max(high.value, b.value);
      high.end = Math.max(high.end, b.end);
    }
    i += 2;
  }
  return [low, high];
}

/** Ranges within this factor of each other state the same period. */
const SAME_SIZE = 3;

function rangeAt(amounts: Amount[], i: number, text: string): [Amount, Amount | null] {
  const low = { ...amounts[i]! };
  const next = amounts[i + 1];
  if (!next || !joinsRange(text, low, next)) return [low, null];
  const high = { ...next };
  if (high.multiplied && !low.multiplied && low.value * high.multiplier <= high.value) {
    low.value *= high.multiplier;
    low.multiplied = true;
  }
  low.currency ??= high.currency;
  high.currency ??= low.currency;
  return [low, high];
}

function buildSalary(
  original: string,
  text: string,
  low: Amount,
  high: Amount | null,
  options: SalaryTextOptions,
): { salary: Salary; parsed: boolean } {
  const currency = currencyOf(low, high, text, options);
  const period = periodOf(text, low, high) ?? options.period ?? null;
  let min: number | null = low.value;
  let max: number | null = high ? high.value : low.value;
  if (!high) {
    const before = text.slice(Math.max(0, low.start - 24), low.start);
    const after = text.slice(low.end, low.end + 12);
    if (UP_TO.test(before) || UP_TO_AFTER.test(after)) min = null;
    else if (FROM.test(before) || FROM_AFTER.test(after) || isFloor(text, low)) max = null;
  }
  return checkSalary({ min, max, currency, period, text: original });
}

function isFloor(text: string, low: Amount): boolean {
  return FLOOR_BEFORE.test(text.slice(Math.max(0, low.start - 160), low.start)) || ABOVE_FLOOR.test(text);
}

function currencyOf(low: Amount, high: Amount | null, text: string, options: SalaryTextOptions): string | null {
  // "$120,000 – $140,000 CAD": a currency that names itself wins over a symbol resolved by country.
  const named = [low.currency, high?.currency].find((c) => c && !isLocalSymbol(c));
  const written = named ?? low.currency ?? high?.currency ?? null;
  const resolved = resolveCurrency(written, options.country);
  if (resolved) return resolved;
  if ([low, high].some((a) => a && (a.multiplier === 1e5 || a.multiplier === 1e7))) return 'INR';
  if (/triệu|tỷ|tỉ|vnđ|đồng/iu.test(text)) return 'VND';
  if (/円/u.test(text) || ((low.multiplier === 1e4 || low.multiplier === 1e8) && options.country === 'JP'))
    return 'JPY';
  return options.explicit ? countryCurrency(options.country) : null;
}

/**
 * A CJK pay label written onto the figure names its period: "年収420万円〜560万円（月給28万円〜37万円）" is the year's
 * pay, "月給28万円〜（年収420万円〜）" the month's, whatever other period the text names after it.
 */
const LABEL_ON_FIGURE =
  /(?:年収|年俸|月給|月収|時給|日給|연봉|월급|시급|일급|年薪|月薪|时薪|日薪)\s*[:：]?\s*(?:約|最大|最低)?\s*$/u;

function periodOf(text: string, low: Amount, high: Amount | null): SalaryPeriod | null {
  if (low.perAnnum || high?.perAnnum) return 'YEAR';
  const label = low.start > 0 ? LABEL_ON_FIGURE.exec(text.slice(Math.max(0, low.start - 10), low.start)) : null;
  const labelled = label ? findPeriod(label[0]) : null;
  if (labelled) return labelled.period;
  const after = findPeriod(low.start === 0 ? text : text.slice(low.start));
  if (after) return after.period;
  // from the text's first unit, the search just made was the whole text's: the same search would find nothing
  return low.start === 0 ? null : (findPeriod(text)?.period ?? null);
}

function unparsed(original: string, text: string, options: SalaryTextOptions): SalaryReading {
  const currencyWord = /(?:US\$|\$|€|£|¥|₫|₹|\b[A-Z]{3}\b)/u.exec(text)?.[0] ?? null;
  const salary: Salary = {
    min: null,
    max: null,
    currency: resolveCurrency(currencyWord, options.country),
    period: findPeriod(text)?.period ?? options.period ?? null,
    text: original,
  };
  return { kind: 'salary', salary, parsed: false };
}

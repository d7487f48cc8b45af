import { CURRENCY_PATTERN, currencyFactor, isCurrencyToken } from './currencies';

/**
 * Money amounts in text: a number in any common locale format (65,000 · 65.000 · 65 000 · 65'000 ·
 * 1.234,56), a multiplier (k, M, Mio., 万, 億, 만, 억, lakh, crore, triệu, tỷ) and a currency before or after.
 */

export interface Amount {
  value: number;
  /** the number as written had a multiplier (k, 万, lakh…) */
  multiplied: boolean;
  /** the multiplier word, for ranges that write it once ("12–15 lakh", "600〜900万円") */
  multiplier: number;
  /** currency symbol, word or code as written, or null */
  currency: string | null;
  /** the multiplier implies the period: "LPA" is lakh per annum */
  perAnnum: boolean;
  start: number;
  end: number;
}

/** Indian grouping ("6,00,000", "1,20,00,000") first, then thousands groups, then a plain number. */
const NUMBER =
  /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?!\d)|\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?/g;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  'tsd.': 1e3,
  mil: 1e3,
  千: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  'mio.': 1e6,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  triệu: 1e6,
  tr: 1e6,
  'tr.': 1e6,
  百万: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  tỷ: 1e9,
  tỉ: 1e9,
  万: 1e4,
  億: 1e8,
  // Korean counts in the same myriads: 5,000만원 = 50,000,000 KRW, 5천만원 = 50,000,000, 1억 = 100,000,000.
  만: 1e4,
  천만: 1e7,
  백만: 1e6,
  억: 1e8,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  l: 1e5,
  lpa: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  // Hindi and Persian words: '₹2.4 – 3 लाख', '۳۵ میلیون تومان'
  लाख: 1e5,
  करोड़: 1e7,
  हज़ार: 1e3,
  हजार: 1e3,
  هزار: 1e3,
  میلیون: 1e6,
  میلیارد: 1e9,
};
const MULTIPLIER_PATTERN = Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/\./g, '\\.'))
  .join('|');

/** After the number: a multiplier ("65k", "600万", "12 LPA", "1.5M"), then a currency ("3,500 USD", "65k€"). */
const MULT_AFTER = new RegExp(`^\\s?(${MULTIPLIER_PATTERN})(?![\\p{Script=Latin}])`, 'iu');
const CURRENCY_AFTER = new RegExp(`^\\s?(${CURRENCY_PATTERN}|[A-Za-z]{3})(?![\\p{Script=Latin}])`, 'u');
/** Before the number: currency ("US$ 2,000", "€500", "CHF 120'000", "₹12"). */
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_PATTERN}|[A-Z]{3})\\s?$`, 'u');
/** "1億2000万円", "1억 2,000만원", "1억 2천만원": the 万/만 part continues the 億/억 amount. */
const OKU_MAN = /^\s?(\d{1,4}|\d,\d{3})\s?(천만|천|万|만)/u;
/** After 억, "2천" means 2천만 (the 만 is often left out). */
const OKU_MAN_UNITS: Record<string, number> = { 万: 1e4, 만: 1e4, 천: 1e7, 천만: 1e7 };

/** Every amount in the text, in order. */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    if (m[0].length <= 2 && isInCode(text, m.index, m[0].length)) continue;
    const amount = readAmount(text, m[0], m.index);
    if (amount) {
      amounts.push(amount);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, amount.end);
    }
  }
  return amounts;
}

/**
 * A digit or two inside a short code of letters ("B2B", "B2C", "C2C", "P2P", "H1B", "E2E"): one or two letters
 * opening a word before it, a letter right after. "B2B: 18 000 PLN" read the 2 as the salary's first figure;
 * "EUR5k", "Rs45k" and "CHF120'000" (a currency, more digits) stay amounts.
 */
const CODE_BEFORE = /(?:^|[^\p{L}\d])(\p{Script=Latin}{1,2})$/u;
const LETTER_AFTER = /^\p{Script=Latin}/u;

function isInCode(text: string, start: number, length: number): boolean {
  if (!LETTER_AFTER.test(text.slice(start + length, start + length + 1))) return false;
  const letters = CODE_BEFORE.exec(text.slice(Math.max(0, start - 3), start))?.[1];
  // a currency glued to its figure ("Rs45k", "zł5k") is no code
  return letters !== undefined && !isCurrencyToken(letters);
}

function readAmount(text: string, written: string, start: number): Amount | null {
  let end = start + written.length;
  const base = parseNumber(written);
  if (base === null) return null;
  const mult = MULT_AFTER.exec(text.slice(end, end + 12));
  const multWord = mult?.[1];
  const multiplier = multWord ? (MULTIPLIERS[multWord.toLowerCase()] ?? 1) : 1;
  let value = base * multiplier;
  if (mult) end += mult[0].length;
  if (multiplier === 1e8) {
    const man = OKU_MAN.exec(text.slice(end, end + 10));
    if (man?.[1] && man[2]) {
      value += Number(man[1].replace(',', '')) * (OKU_MAN_UNITS[man[2]] ?? 1e4);
      end += man[0].length;
    }
  }
  const cur = CURRENCY_AFTER.exec(text.slice(end, end + 12));
  const afterCurrency = cur?.[1] && isCurrencyToken(cur[1]) ? cur[1] : null;
  if (cur && afterCurrency) end += cur[0].length;
  // a toman is ten rials: the figure is given in the ISO currency's unit (currencies.ts)
  const factor = afterCurrency ? currencyFactor(afterCurrency) : 1;
  value *= factor;
  const before = BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const beforeCurrency = before?.[1] && isCurrencyToken(before[1]) ? before[1] : null;
  // "$120,000 CAD": the code after says which dollar the symbol before is.
  const currency = beforeCurrency && !(afterCurrency && isLocalSymbol(beforeCurrency)) ? beforeCurrency : afterCurrency;
  return {
    value: round(value),
    multiplied: multiplier * factor !== 1,
    multiplier: multiplier * factor,
    currency,
    perAnnum: multWord?.toLowerCase() === 'lpa',
    start: beforeCurrency ? start - beforeCurrency.length - (text[start - 1] === ' ' ? 1 : 0) : start,
    end: trimEnd(text, start + written.length, end),
  };
}

/** Symbols whose currency depends on the country ("$", "¥", "kr"). */
export const isLocalSymbol = (token: string): boolean =>
  token === '$' || token === '¥' || token === '￥' || /^kr\.?$/i.test(token);

/** Trailing whitespace matched by the optional groups is not part of the amount. */
function trimEnd(text: string, min: number, end: number): number {
  let e = end;
  while (e > min && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return e;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A number in any common locale format: the last of "." and "," followed by 1–2 digits is the decimal
 * mark; any separator followed by exactly three digits groups thousands ("65.000" is 65000, "24.50" 24.5).
 */
export function parseNumber(written: string): number | null {
  const s = written.replace(/[\u00a0\u202f ]/g, ' ');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const lastSep = Math.max(lastDot, lastComma);
  let normalized: string;
  if (lastSep < 0) normalized = s.replace(/[ '’]/g, '');
  else {
    const decimals = s.length - lastSep - 1;
    const isDecimal =
      decimals !== 3 || (lastDot >= 0 && lastComma >= 0 && s[lastSep] !== s[Math.min(lastDot, lastComma)]);
    const intPart = s.slice(0, isDecimal ? lastSep : s.length).replace(/[.,' ’]/g, '');
    normalized = isDecimal ? `${intPart}.${s.slice(lastSep + 1)}` : intPart;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

import { gazetteer } from '../geo/gazetteer';

/**
 * Currencies as postings write them: ISO 4217 codes, symbols ($ US$ CA$ € £ ¥ ₫ ₹ R$ zł Kč) and words
 * (euros, đồng, rupees). "$", "¥" and "kr" depend on the country; see `resolveCurrency`.
 */

/** Active ISO 4217 codes (https://www.iso.org/iso-4217-currency-codes.html). */
const ISO_CODES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY ' +
    'COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR ' +
    'IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
    'MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD ' +
    'SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF ' +
    'XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

/** Codes that are also common uppercase words or abbreviations in job texts: not currencies in free text. */
const AMBIGUOUS_CODES = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'MOP', 'BOB', 'SOS', 'GEL', 'HTG', 'CVE', 'LSL', 'NAD']);

/** A symbol or word → ISO code, or a marker resolved by country. */
const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  U$S: 'USD',
  USD$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  CAD$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  AUD$: 'AUD',
  NZ$: 'NZD',
  S$: 'SGD',
  SG$: 'SGD',
  HK$: 'HKD',
  R$: 'BRL',
  MX$: 'MXN',
  NT$: 'TWD',
  $: '$',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  '¥': '¥',
  '￥': '¥',
  円: 'JPY',
  万円: 'JPY',
  元: 'CNY',
  人民币: 'CNY',
  RMB: 'CNY',
  '₫': 'VND',
  đ: 'VND',
  VNĐ: 'VND',
  vnđ: 'VND',
  vnd: 'VND',
  đồng: 'VND',
  dong: 'VND',
  '₹': 'INR',
  Rs: 'Rs',
  'Rs.': 'Rs',
  '₨': 'Rs',
  rupees: 'Rs',
  '₩': 'KRW',
  원: 'KRW',
  zł: 'PLN',
  zl: 'PLN',
  Kč: 'CZK',
  kr: 'kr',
  'kr.': 'kr',
  ':-': 'kr',
  '₺': 'TRY',
  TL: 'TRY',
  '₽': 'RUB',
  руб: 'RUB',
  '₴': 'UAH',
  грн: 'UAH',
  Ft: 'HUF',
  lei: 'RON',
  '₱': 'PHP',
  '฿': 'THB',
  RM: 'MYR',
  Rp: 'IDR',
  '₦': 'NGN',
  KSh: 'KES',
  Ksh: 'KES',
  '₪': 'ILS',
  'Fr.': 'CHF',
  'SFr.': 'CHF',
  Dhs: 'AED',
  AED: 'AED',
  درهم: 'AED',
  ريال: 'SAR',
  'ر.س': 'SAR',
  บาท: 'THB',
  '৳': 'BDT',
  '₸': 'KZT',
  '₾': 'GEL',
  pounds: 'GBP',
  dollars: '$',
  // Bulgaria's lev (until the euro of 2026), Iran's rial and its toman (ten rials), Malaysia's ringgit word
  лв: 'BGN',
  'лв.': 'BGN',
  ریال: 'IRR',
  تومان: 'IRR',
  toman: 'IRR',
  tomans: 'IRR',
  ringgit: 'MYR',
  // Estonian and Lithuanian forms of 'euro' after a number ('2000 eurot', '3000 eurų')
  eurot: 'EUR',
  eurų: 'EUR',
};

/**
 * Written units worth several of their ISO currency's unit: Iranian prices are quoted in tomans, ten rials
 * each (IRR is the rial), so "۳۵ میلیون تومان" is 350,000,000 IRR.
 */
const UNIT_FACTORS: Record<string, number> = { تومان: 10, toman: 10, tomans: 10 };

/** How many units of its ISO currency one written unit is worth (1 for every currency but the toman). */
export function currencyFactor(token: string): number {
  return UNIT_FACTORS[token] ?? UNIT_FACTORS[token.toLowerCase()] ?? 1;
}

/** Where "$" means the local dollar or peso rather than USD. */
const DOLLAR_COUNTRIES: Record<string, string> = {
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  TW: 'TWD',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  UY: 'UYU',
};
const KRONA_COUNTRIES: Record<string, string> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };
/** "Rs" and "₨" are the rupee of India unless the posting is in another rupee country. */
const RUPEE_COUNTRIES: Record<string, string> = { PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };

/** Sorted longest first, so "US$" is tried before "$", as a regex alternation. */
export const CURRENCY_PATTERN = [...Object.keys(SYMBOLS)]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** True when `code` is an active ISO 4217 code that may stand alone in free text. */
export function isCurrencyCode(code: string, strict = true): boolean {
  return ISO_CODES.has(code) && (!strict || !AMBIGUOUS_CODES.has(code));
}

/** True when a token read next to a number is a currency: a known symbol or word, or an unambiguous ISO code. */
export function isCurrencyToken(token: string): boolean {
  if (/^[A-Z]{3}$/.test(token) && isCurrencyCode(token)) return true;
  return SYMBOLS[token] !== undefined || SYMBOLS[token.toLowerCase()] !== undefined;
}

/** ISO 4217 for a symbol, word or code as written, given the posting's country; null when unknown. */
export function resolveCurrency(token: string | null | undefined, country: string | null): string | null {
  if (!token) return null;
  const text = token.trim();
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && ISO_CODES.has(upper)) return upper;
  const mapped = SYMBOLS[text] ?? SYMBOLS[text.toLowerCase()] ?? SYMBOLS[upper];
  if (!mapped) return null;
  if (mapped === '$') return (country && DOLLAR_COUNTRIES[country]) ?? 'USD';
  if (mapped === '¥') return country === 'CN' ? 'CNY' : 'JPY';
  if (mapped === 'kr') return (country && KRONA_COUNTRIES[country]) ?? null;
  if (mapped === 'Rs') return (country && RUPEE_COUNTRIES[country]) ?? 'INR';
  return mapped;
}

/** The main currency of a country (ISO 3166-1 alpha-2), or null. */
export function countryCurrency(country: string | null): string | null {
  if (!country) return null;
  return gazetteer().countries.get(country)?.currency ?? null;
}

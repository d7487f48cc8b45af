import type { Salary } from '../../schema/posting';

/**
 * Markets where pay is quoted per month by convention: a posting in Moscow writing "от 280 000 до 350 000 ₽ на
 * руки", in Lviv "$2200–3000", in Warsaw "15 000 – 20 000 PLN", in São Paulo "R$ 8.000" means a month's pay
 * though it names no period. Each market states the monthly band its quoted amounts fall in, per currency (its
 * own and the foreign currencies its postings use); an amount inside the band is monthly, any other stays
 * without a period: never a silent wrong number. The bands sit below the sizes where a figure is a year's pay
 * (salary-sanity.ts YEAR_FROM) and above daily and hourly rates, so "1 200 PLN" (a B2B day rate) and
 * "PLN 180 000" (a year) get no month. Markets that quote the year (US, UK, DE, FR, IN...) are not listed.
 *
 * Bands are [lowest, highest] monthly amount, generous around minimum wage and senior pay as of 2025-2026.
 */
type Bands = Readonly<Record<string, readonly [number, number]>>;

/** Foreign currencies postings in these markets quote monthly pay in (IT and remote roles paid in USD/EUR). */
const HARD_CURRENCY: Bands = { USD: [300, 15_000], EUR: [300, 15_000] };
/** EU members using the euro with a monthly convention (HR, GR, PT, SK, LT, LV, EE, SI). */
const EURO_MONTHLY: Bands = { EUR: [500, 12_000], USD: [500, 12_000] };

const MONTHLY_BANDS: Readonly<Record<string, Bands>> = {
  // CIS: hh.ru / djinni / rabota.by quote the month, often net ("на руки")
  RU: { RUB: [20_000, 1_500_000], ...HARD_CURRENCY },
  UA: { UAH: [8_000, 500_000], ...HARD_CURRENCY },
  BY: { BYN: [500, 30_000], ...HARD_CURRENCY },
  KZ: { KZT: [80_000, 6_000_000], ...HARD_CURRENCY },
  UZ: { UZS: [1_000_000, 60_000_000], ...HARD_CURRENCY },
  GE: { GEL: [500, 20_000], ...HARD_CURRENCY },
  AM: { AMD: [100_000, 5_000_000], ...HARD_CURRENCY },
  MD: { MDL: [3_000, 100_000], ...HARD_CURRENCY },
  // Central and Eastern Europe: justjoin.it, jobs.cz, ejobs.ro, profession.hu quote the month
  PL: { PLN: [3_000, 55_000], ...HARD_CURRENCY },
  CZ: { CZK: [15_000, 250_000], ...HARD_CURRENCY },
  SK: EURO_MONTHLY,
  RO: { RON: [2_000, 50_000], ...HARD_CURRENCY },
  HU: { HUF: [200_000, 5_000_000], ...HARD_CURRENCY },
  BG: { BGN: [800, 20_000], ...HARD_CURRENCY },
  RS: { RSD: [40_000, 1_200_000], ...HARD_CURRENCY },
  BA: { BAM: [800, 15_000], ...HARD_CURRENCY },
  MK: { MKD: [18_000, 600_000], ...HARD_CURRENCY },
  AL: { ALL: [30_000, 1_000_000], ...HARD_CURRENCY },
  HR: EURO_MONTHLY,
  SI: EURO_MONTHLY,
  LT: EURO_MONTHLY,
  LV: EURO_MONTHLY,
  EE: EURO_MONTHLY,
  GR: EURO_MONTHLY,
  PT: EURO_MONTHLY,
  TR: { TRY: [15_000, 800_000], ...HARD_CURRENCY },
  // Latin America: CLT and convenio pay is monthly
  BR: { BRL: [1_000, 60_000], ...HARD_CURRENCY },
  AR: { ARS: [150_000, 40_000_000], ...HARD_CURRENCY },
  MX: { MXN: [6_000, 250_000], ...HARD_CURRENCY },
  CO: { COP: [1_000_000, 50_000_000], ...HARD_CURRENCY },
  CL: { CLP: [400_000, 15_000_000], ...HARD_CURRENCY },
  PE: { PEN: [1_000, 40_000], ...HARD_CURRENCY },
  UY: { UYU: [20_000, 600_000], ...HARD_CURRENCY },
  // South-East Asia: JobStreet, TopCV, JobThai quote the month
  ID: { IDR: [2_000_000, 100_000_000], ...HARD_CURRENCY },
  VN: { VND: [3_000_000, 150_000_000], ...HARD_CURRENCY },
  TH: { THB: [9_000, 400_000], ...HARD_CURRENCY },
  PH: { PHP: [12_000, 500_000], ...HARD_CURRENCY },
  MY: { MYR: [1_500, 30_000], ...HARD_CURRENCY },
  // the Gulf and Egypt: packages are quoted per month
  AE: { AED: [2_000, 80_000], ...HARD_CURRENCY },
  SA: { SAR: [2_000, 80_000], ...HARD_CURRENCY },
  QA: { QAR: [2_000, 80_000], ...HARD_CURRENCY },
  KW: { KWD: [200, 8_000], ...HARD_CURRENCY },
  BH: { BHD: [200, 8_000], ...HARD_CURRENCY },
  OM: { OMR: [200, 8_000], ...HARD_CURRENCY },
  EG: { EGP: [5_000, 500_000], ...HARD_CURRENCY },
};

/**
 * The market a currency is only used in, for a posting that names no country: "80 000 ₽" is Russian pay.
 * Shared currencies (USD, EUR) name no market.
 */
const HOME_MARKET: ReadonlyMap<string, string> = new Map(
  Object.entries(MONTHLY_BANDS).flatMap(([market, bands]) =>
    Object.keys(bands)
      .filter((currency) => currency !== 'USD' && currency !== 'EUR')
      .map((currency): [string, string] => [currency, market]),
  ),
);

/**
 * The salary with MONTH as its period when it states none, its market quotes monthly pay and every amount fits
 * that market's monthly band for its currency; otherwise the salary unchanged. The market is the posting's country
 * or, with none, the one market of the salary's currency.
 */
export function withConventionalPeriod(salary: Salary, country: string | null): Salary {
  if (salary.period !== null || salary.currency === null) return salary;
  const band = monthlyBand(country, salary.currency);
  if (!band) return salary;
  const values = [salary.min, salary.max].filter((v): v is number => v !== null);
  if (values.length === 0 || !values.every((v) => v >= band[0] && v <= band[1])) return salary;
  return { ...salary, period: 'MONTH' };
}

/** The monthly band of `currency` in the posting's market, or null where that market quotes no monthly pay. */
export function monthlyBand(country: string | null, currency: string): readonly [number, number] | null {
  const market = country ?? HOME_MARKET.get(currency);
  return market === undefined ? null : (MONTHLY_BANDS[market]?.[currency] ?? null);
}

import { normalizeSalary, type SalaryInput } from '../../../shared/normalize/salary';
import type { RawSalary } from '../../../shared/schema/raw-posting';

const input = (over: Partial<SalaryInput>): SalaryInput => ({
  structured: null,
  texts: [],
  bodyText: '',
  countryHint: null,
  ...over,
});
const structured = (s: Partial<RawSalary>): RawSalary => ({
  min: null,
  max: null,
  currency: null,
  period: null,
  text: null,
  ...s,
});
type Row = [string, string | null, number | null, number | null, string | null, string | null];

describe('normalizeSalary reads salary texts', () => {
  const rows: Row[] = [
    ['$165K – $200K', null, 165000, 200000, 'USD', 'YEAR'],
    ['年収600万円〜900万円', 'JP', 6000000, 9000000, 'JPY', 'YEAR'],
    ['2,000 - 3,500 USD (gross)/month', 'VN', 2000, 3500, 'USD', 'MONTH'],
    ['65.000 € brutto pro Jahr', 'DE', 65000, 65000, 'EUR', 'YEAR'],
    ['65,000 - 75,000 EUR p.a.', null, 65000, 75000, 'EUR', 'YEAR'],
    ['60 000 – 70 000 € par an', 'FR', 60000, 70000, 'EUR', 'YEAR'],
    ["CHF 120'000 – 140'000", 'CH', 120000, 140000, 'CHF', 'YEAR'],
    ['1.234,56 € pro Monat', 'DE', 1234.56, 1234.56, 'EUR', 'MONTH'],
    ['₹12 LPA', 'IN', 1200000, 1200000, 'INR', 'YEAR'],
    ['12–15 lakh per annum', 'IN', 1200000, 1500000, 'INR', 'YEAR'],
    ['Up to $2000', null, null, 2000, 'USD', null],
    ['From €45,000', null, 45000, null, 'EUR', 'YEAR'],
    ['25-30 triệu VND/tháng', 'VN', 25000000, 30000000, 'VND', 'MONTH'],
    ['Lương: 15.000.000 - 20.000.000 VNĐ mỗi tháng', 'VN', 15000000, 20000000, 'VND', 'MONTH'],
    ['£24.50 per hour', 'GB', 24.5, 24.5, 'GBP', 'HOUR'],
    ['$45/hr', 'US', 45, 45, 'USD', 'HOUR'],
    ['€500–€650 per day', null, 500, 650, 'EUR', 'DAY'],
    ['$90,000 - 110,000', 'CA', 90000, 110000, 'CAD', 'YEAR'],
    ['$90,000 - 110,000', 'AU', 90000, 110000, 'AUD', 'YEAR'],
    ['A$120k', null, 120000, 120000, 'AUD', 'YEAR'],
    ['¥300,000/月', 'JP', 300000, 300000, 'JPY', 'MONTH'],
    ['¥25,000/月', 'CN', 25000, 25000, 'CNY', 'MONTH'],
    ['月給30万円〜', 'JP', 300000, null, 'JPY', 'MONTH'],
    ['時給1,500円', 'JP', 1500, 1500, 'JPY', 'HOUR'],
    ['日給12,000円', 'JP', 12000, 12000, 'JPY', 'DAY'],
    ['R$ 8.000 por mês', 'BR', 8000, 8000, 'BRL', 'MONTH'],
    ['8 000 - 12 000 zł brutto miesięcznie', 'PL', 8000, 12000, 'PLN', 'MONTH'],
    ['45 000 kr/mån', 'SE', 45000, 45000, 'SEK', 'MONTH'],
    ['60k-80k EUR', null, 60000, 80000, 'EUR', 'YEAR'],
    ['$20/hr ($41,600/yr)', null, 20, 20, 'USD', 'HOUR'],
    ['35€/h', 'FR', 35, 35, 'EUR', 'HOUR'],
    ['45-55k€ brut annuel', 'FR', 45000, 55000, 'EUR', 'YEAR'],
    ['30.000 - 40.000 €/año', 'ES', 30000, 40000, 'EUR', 'YEAR'],
    ['between $50,000 and $70,000 a year', null, 50000, 70000, 'USD', 'YEAR'],
    ['$100k+', null, 100000, null, 'USD', 'YEAR'],
    ['$1.5M', null, 1500000, 1500000, 'USD', 'YEAR'],
    ['Stundenlohn: 18,50 €', 'DE', 18.5, 18.5, 'EUR', 'HOUR'],
    ['3.000 € brutto/Monat', 'DE', 3000, 3000, 'EUR', 'MONTH'],
    ['1,500 - 2,500 USD', 'VN', 1500, 2500, 'USD', 'MONTH'],
    ['50.000 - 60.000', 'DE', 50000, 60000, 'EUR', 'YEAR'],
    ['RM 5,000 - RM 8,000 per month', 'MY', 5000, 8000, 'MYR', 'MONTH'],
    ['S$6,000 – S$9,000 monthly', null, 6000, 9000, 'SGD', 'MONTH'],
    ['AED 25,000 per month', null, 25000, 25000, 'AED', 'MONTH'],
    ['50.000 - 70.000 Kč měsíčně', 'CZ', 50000, 70000, 'CZK', 'MONTH'],
    // Korean myriads and 연봉 magnitudes; Chinese 万 and N薪 (a monthly figure paid N times a year)
    ['4,000만원 ~ 6,000만원', 'KR', 40000000, 60000000, 'KRW', 'YEAR'],
    ['연봉 5천만원 ~ 7천만원', 'KR', 50000000, 70000000, 'KRW', 'YEAR'],
    ['연봉 1억 2천만원 이상', 'KR', 120000000, null, 'KRW', 'YEAR'],
    ['1억 2,000만원', 'KR', 120000000, 120000000, 'KRW', 'YEAR'],
    ['월 300만원 이하', 'KR', null, 3000000, 'KRW', 'MONTH'],
    ['시급 12,000원', 'KR', 12000, 12000, 'KRW', 'HOUR'],
    ['15k-25k·13薪', 'CN', 15000, 25000, 'CNY', 'MONTH'],
    ['1.5万-2.5万/月', 'CN', 15000, 25000, 'CNY', 'MONTH'],
    ['30-50万/年', 'CN', 300000, 500000, 'CNY', 'YEAR'],
    ['8k起', 'CN', 8000, null, 'CNY', null],
    ['¥400,000 - ¥600,000', 'CN', 400000, 600000, 'CNY', 'YEAR'],
    ['₹6,00,000 - ₹9,00,000', 'IN', 600000, 900000, 'INR', 'YEAR'],
    // period words in more languages
    ['18 000 – 24 000 zł netto + VAT / miesiąc', 'PL', 18000, 24000, 'PLN', 'MONTH'],
    ['12 000 zł brutto / mies.', 'PL', 12000, 12000, 'PLN', 'MONTH'],
    ['140-180 zł/h netto + VAT (B2B)', 'PL', 140, 180, 'PLN', 'HOUR'],
    ['300 000 zł rocznie', 'PL', 300000, 300000, 'PLN', 'YEAR'],
    ['€ 2.900 – € 3.600 bruto per maand', 'NL', 2900, 3600, 'EUR', 'MONTH'],
    ['€ 25 per uur', 'NL', 25, 25, 'EUR', 'HOUR'],
    ['R$ 6.000,00 ao mês', 'BR', 6000, 6000, 'BRL', 'MONTH'],
    ['Rp 8.000.000 - Rp 12.000.000 per bulan', 'ID', 8000000, 12000000, 'IDR', 'MONTH'],
    ['6.000 - 8.000 lei brut pe lună', 'RO', 6000, 8000, 'RON', 'MONTH'],
    ['45 000 kr/mån', 'SE', 45000, 45000, 'SEK', 'MONTH'],
    ['650 000 kr', 'SE', 650000, 650000, 'SEK', 'YEAR'],
    ['Månadslön 40 000 – 50 000 kr', 'SE', 40000, 50000, 'SEK', 'MONTH'],
    // floors: "from" words in more languages, a minimum stated by the clause, pay above a collective minimum
    ['vanaf € 3.000 per maand', 'NL', 3000, null, 'EUR', 'MONTH'],
    ['od 12 000 zł brutto miesięcznie', 'PL', 12000, null, 'PLN', 'MONTH'],
    ['€ 3.200 brutto/Monat (Überzahlung je nach Qualifikation)', 'AT', 3200, null, 'EUR', 'MONTH'],
    ['KV-Gehalt € 2.800 brutto/Monat', 'AT', 2800, null, 'EUR', 'MONTH'],
    ['Minimum annual base salary for this role: $95,000', 'US', 95000, null, 'USD', 'YEAR'],
    ['30.000 € en 14 pagas', 'ES', 30000, 30000, 'EUR', 'YEAR'],
    // several ranges of one currency and size (per city, per zone) make one range from lowest to highest
    ['$150k–$180k (NYC), $130k–$160k (Austin)', 'US', 130000, 180000, 'USD', 'YEAR'],
    ['50.000 - 60.000 € (Berlin), 45.000 - 55.000 € (Leipzig)', 'DE', 45000, 60000, 'EUR', 'YEAR'],
    ['€4,000–€5,000 a month (€48,000–€60,000 a year)', null, 4000, 5000, 'EUR', 'MONTH'],
    ['$40–$50/hr or $80,000–$100,000/yr', null, 40, 50, 'USD', 'HOUR'],
    ['£60,000–£70,000 London, €65,000–€75,000 Dublin', null, 60000, 70000, 'GBP', 'YEAR'],
    // a code after the amount says which dollar or yen "$"/"¥" is, whatever the posting's country
    ['$120,000 – $140,000 CAD', 'DE', 120000, 140000, 'CAD', 'YEAR'],
    ['$95,000 AUD', null, 95000, 95000, 'AUD', 'YEAR'],
    // rupees by country, and currencies written in their own script
    ['Rs. 150,000 - 200,000 per month', 'PK', 150000, 200000, 'PKR', 'MONTH'],
    ['Rs. 12,50,000 per annum', 'IN', 1250000, 1250000, 'INR', 'YEAR'],
    ['40,000 - 60,000 บาท/เดือน', 'TH', 40000, 60000, 'THB', 'MONTH'],
    ['15,000 ريال شهريا', 'SA', 15000, 15000, 'SAR', 'MONTH'],
    // short period words only as words: not inside "behaviour", "Europe and" or a date ("3월 1일")
    ['$50,000 - $60,000 based on experience and behaviour', null, 50000, 60000, 'USD', 'YEAR'],
    ['€4,000 remote within Europe and the UK', null, 4000, 4000, 'EUR', null],
    ['5,000만원 (2025년 3월 1일 기준)', 'KR', 50000000, 50000000, 'KRW', 'YEAR'],
    ['bruttó havi 800 000 Ft', 'HU', 800000, 800000, 'HUF', 'MONTH'],
  ];
  test.each(rows)('%s (%s)', (text, country, min, max, currency, period) => {
    expect(normalizeSalary(input({ texts: [text], countryHint: country }))).toEqual({
      min,
      max,
      currency,
      period,
      text,
    });
  });
});

describe('normalizeSalary returns null when pay is not stated', () => {
  const rows = [
    'Negotiable',
    'Competitive',
    'Competitive salary + equity',
    'DOE',
    'Thỏa thuận',
    'Thoả thuận',
    '応相談',
    'nach Vereinbarung',
    'À négocier',
    'A convenir',
    '',
  ];
  test.each(rows)('%j', (text) => expect(normalizeSalary(input({ texts: [text] }))).toBeNull());
});

describe('normalizeSalary never returns a silent wrong number', () => {
  const rows: [string, string | null][] = [
    ['50 - 150,000 USD', null],
    ['$150,000 per hour', null],
    ['$45 per year', null],
    ['Salary: 5 years', null],
    ['200,000 - 100,000 EUR', null],
  ];
  test.each(rows)('%s keeps the text with null amounts', (text, country) => {
    const s = normalizeSalary(input({ texts: [text], countryHint: country }));
    expect(s).toMatchObject({ min: null, max: null, text });
  });
});

describe('normalizeSalary reads structured salaries first', () => {
  const rows: [string, Partial<RawSalary>, string | null, object][] = [
    [
      'Ashby interval',
      { min: 165000, max: 200000, currency: 'USD', period: '1 YEAR' },
      null,
      { min: 165000, max: 200000, currency: 'USD', period: 'YEAR' },
    ],
    [
      'Lever per-month-salary',
      { min: 350000, max: 450000, currency: 'KES', period: 'per-month-salary' },
      'KE',
      { min: 350000, max: 450000, currency: 'KES', period: 'MONTH' },
    ],
    [
      'Lever per-hour-wage',
      { min: 30, max: 40, currency: 'USD', period: 'per-hour-wage' },
      null,
      { min: 30, max: 40, period: 'HOUR' },
    ],
    [
      'Recruitee month',
      { min: 1200, max: 1400, currency: 'EUR', period: 'month' },
      'ES',
      { min: 1200, max: 1400, currency: 'EUR', period: 'MONTH' },
    ],
    [
      'JSON-LD single value',
      { min: 24.5, max: 24.5, currency: 'GBP', period: 'HOUR' },
      'GB',
      { min: 24.5, max: 24.5, currency: 'GBP', period: 'HOUR' },
    ],
    ['JSON-LD DAY', { min: 500, max: 650, currency: 'EUR', period: 'DAY' }, null, { period: 'DAY' }],
    ['no currency: the country decides', { min: 50000, max: 60000, period: 'YEAR' }, 'DE', { currency: 'EUR' }],
    ['swapped bounds', { min: 90000, max: 70000, currency: 'USD', period: 'YEAR' }, null, { min: 70000, max: 90000 }],
    ['only a text', { text: '$120k - $140k' }, null, { min: 120000, max: 140000, currency: 'USD' }],
  ];
  test.each(rows)('%s', (_name, s, country, expected) => {
    expect(
      normalizeSalary(input({ structured: structured(s), countryHint: country, texts: ['€1 per day'] })),
    ).toMatchObject(expected);
  });
  test('a structured salary wins over a header text', () => {
    const s = normalizeSalary(
      input({ structured: structured({ min: 1, max: 2, currency: 'USD', period: 'HOUR' }), texts: ['$165K – $200K'] }),
    );
    expect(s).toMatchObject({ min: 1, max: 2 });
  });
});

describe('normalizeSalary finds pay sentences in the body', () => {
  const rows: [string, object | null][] = [
    [
      'The base salary range for this role is $180,000 – $215,000 USD per year, plus equity.\n$1,000 home office stipend',
      { min: 180000, max: 215000, currency: 'USD', period: 'YEAR' },
    ],
    [
      'Salary range: $190,000–$240,000 annually. 401(k) match, 25 days PTO.',
      { min: 190000, max: 240000, currency: 'USD', period: 'YEAR' },
    ],
    ['Rate: €500–€650 per day.', { min: 500, max: 650, currency: 'EUR', period: 'DAY' }],
    [
      'Das Gehalt liegt zwischen 55.000 € und 65.000 € brutto pro Jahr.',
      { min: 55000, max: 65000, currency: 'EUR', period: 'YEAR' },
    ],
    ['想定年収：500万円〜700万円', { min: 5000000, max: 7000000, currency: 'JPY', period: 'YEAR' }],
    ['Mức lương: 1,500 - 2,500 USD/tháng', { min: 1500, max: 2500, currency: 'USD', period: 'MONTH' }],
    ['Salario: 30.000 € - 35.000 € al año', { min: 30000, max: 35000, period: 'YEAR' }],
    [
      'Das kollektivvertragliche Mindestgehalt beträgt € 3.200 brutto/Monat, Bereitschaft zur Überzahlung.',
      { min: 3200, max: null, currency: 'EUR', period: 'MONTH' },
    ],
    [
      'The minimum gross annual salary under the collective agreement is EUR 48,500. Overpayment is possible.',
      { min: 48500, max: null, currency: 'EUR', period: 'YEAR' },
    ],
    ['Het bruto maandloon bedraagt € 3.100 tot € 3.600.', { min: 3100, max: 3600, period: 'MONTH' }],
    ['Het salaris ligt tussen € 3.100 en € 3.600 bruto per maand.', { min: 3100, max: 3600, period: 'MONTH' }],
    ['Gratification de stage : 650 € par mois.', { min: 650, max: 650, currency: 'EUR', period: 'MONTH' }],
    ['Wynagrodzenie: 9 000 – 12 000 zł brutto / mies.', { min: 9000, max: 12000, period: 'MONTH' }],
    ['Minimum 3 years of experience. Salary: €50,000 per year.', { min: 50000, max: 50000, period: 'YEAR' }],
    ['Brightloop helps 12,000 clinics schedule patients.\n$1,000 home office stipend', null],
    ['$1,500 yearly learning budget', null],
    // a value on the line under its own pay label
    ['Compensation\n$120,000 – $140,000 CAD per year', { min: 120000, max: 140000, currency: 'CAD', period: 'YEAR' }],
    ['Gehalt\n\n4.000 € brutto/Monat', { min: 4000, max: 4000, currency: 'EUR', period: 'MONTH' }],
    ['薪资待遇\n\n15k-25k·13薪', { min: 15000, max: 25000, period: 'MONTH' }],
    ['Vergütung nach TVöD-K\n- 30 Tage Urlaub', null],
    ['Compensation & Benefits\n- Company car worth €30,000', null],
    ['Paid parental leave\n$500 wellness budget', null],
    ['Meridian Bank serves 2 million customers across New England.', null],
    ['You need 5+ years of experience. We raised $20M in 2023.', null],
    ['We offer a competitive salary and a 401(k) plan.', null],
    ['Join us on 12.03.2026 at 10:00.', null],
  ];
  test.each(rows)('%j', (body, expected) => {
    const s = normalizeSalary(input({ bodyText: body }));
    if (expected === null) expect(s).toBeNull();
    else expect(s).toMatchObject(expected);
  });
});

describe('normalizeSalary never throws on hostile input', () => {
  const hostile = [
    '9'.repeat(5000),
    '$'.repeat(3000),
    '1,1,1,1,1,1,1'.repeat(500),
    '💥 € ¥ ₫'.repeat(400),
    '\u0000\uFFFF',
    '1e308 USD',
    '- - -',
    '万'.repeat(2000),
  ];
  test.each(hostile.map((h) => [h.slice(0, 16), h]))('%s…', (_n, text) => {
    expect(() =>
      normalizeSalary(
        input({ texts: [text], bodyText: text, structured: structured({ text, period: text, currency: text }) }),
      ),
    ).not.toThrow();
  });
});

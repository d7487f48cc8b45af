import { normalizeSalary } from '../../../shared/normalize/salary';
import { monthlyBand } from '../../../shared/normalize/money/pay-conventions';

function read(text: string, country: string | null) {
  return normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint: country });
}

describe('a bare amount in a market that quotes monthly pay is a month when its size fits the market band', () => {
  it.each([
    ['Russian net pay', 'от 280 000 до 350 000 ₽ на руки', 'RU', 280000, 350000, 'RUB'],
    ['Russian gross pay', 'от 150 000 руб. до вычета налогов', 'RU', 150000, null, 'RUB'],
    ['Ukrainian USD fork', '$2200–3000', 'UA', 2200, 3000, 'USD'],
    ['Ukrainian hryvnia', '45 000 – 60 000 грн', 'UA', 45000, 60000, 'UAH'],
    ['Polish employment contract', '15 000 - 20 000 PLN brutto', 'PL', 15000, 20000, 'PLN'],
    ['Czech', '60 000 – 80 000 Kč', 'CZ', 60000, 80000, 'CZK'],
    ['Romanian net', '8.000 - 10.000 RON net', 'RO', 8000, 10000, 'RON'],
    ['Hungarian bruttó', 'bruttó 900 000 - 1 200 000 Ft', 'HU', 900000, 1200000, 'HUF'],
    ['Turkish lira', '60.000 - 80.000 TL', 'TR', 60000, 80000, 'TRY'],
    ['Brazilian CLT', 'R$ 8.000 a R$ 12.000', 'BR', 8000, 12000, 'BRL'],
    ['Indonesian rupiah', 'Rp 8.000.000 - Rp 12.000.000', 'ID', 8000000, 12000000, 'IDR'],
    ['Vietnamese USD', '$1,500 - $2,500', 'VN', 1500, 2500, 'USD'],
    ['Thai baht', '35,000 - 50,000 บาท', 'TH', 35000, 50000, 'THB'],
    ['Philippine peso', 'PHP 40,000 - 60,000', 'PH', 40000, 60000, 'PHP'],
    ['Malaysian ringgit', 'RM 5,000 - RM 7,000', 'MY', 5000, 7000, 'MYR'],
    ['Croatian euro', '1.600 - 2.000 EUR bruto', 'HR', 1600, 2000, 'EUR'],
    ['Kazakh tenge', '500 000 – 800 000 ₸', 'KZ', 500000, 800000, 'KZT'],
    ['a currency used in one market, no country', '120 000 ₽', null, 120000, 120000, 'RUB'],
  ])('%s: %s', (_name, text, country, min, max, currency) => {
    expect(read(text, country)).toMatchObject({ min, max, currency, period: 'MONTH' });
  });
});

describe('the market convention never overrides a stated period or a size that fits no monthly band', () => {
  it.each([
    ['a US annual figure', '$120,000 - $150,000', 'US', 'YEAR'],
    ['a UK annual figure', '£45,000 - £55,000', 'GB', 'YEAR'],
    ['a German annual figure', '65.000 - 75.000 €', 'DE', 'YEAR'],
    ['a Polish B2B day rate', '1 200 PLN / dzień', 'PL', 'DAY'],
    ['a Ukrainian hourly rate', '$25/hour', 'UA', 'HOUR'],
    ['a stated year in Poland', '180 000 PLN rocznie', 'PL', 'YEAR'],
    ['a Polish figure too large for a month', '180 000 - 220 000 PLN', 'PL', 'YEAR'],
  ])('%s: %s', (_name, text, country, period) => {
    expect(read(text, country)?.period).toBe(period);
  });

  it.each([
    ['a German figure too small for a year', '4.000 - 5.000 €', 'DE'],
    ['a Polish day rate with no period', '1 200 PLN', 'PL'],
    ['a Russian figure too small for a month', '5 000 ₽', 'RU'],
    ['a Ukrainian USD figure between a month and a year', '$16,000', 'UA'],
    ['a Malaysian annual figure written bare', 'RM 96,000', 'MY'],
    ['a currency foreign to the market', '3 000 GBP', 'PL'],
  ])('no period: %s (%s)', (_name, text, country) => {
    expect(read(text, country)?.period ?? null).toBeNull();
  });

  it('a market that quotes the year has no monthly band', () => {
    expect(monthlyBand('US', 'USD')).toBeNull();
    expect(monthlyBand('GB', 'GBP')).toBeNull();
    expect(monthlyBand(null, 'USD')).toBeNull();
  });
});

import { normalizeSalary } from '../../../shared/normalize/salary';

/**
 * Pay as Russian, Ukrainian, Finnish, Romanian, Greek, Hebrew, Danish, Norwegian, Hungarian and Thai
 * postings write it: ranges opened by 'от' / 'від' / 'de la' / 'από' and closed by 'до' / 'la' / 'έως' /
 * 'עד' / 'ถึง', 'up to' in those languages, and their month and year words ('/міс', '€/kk', 'μηνιαίως',
 * 'לחודש', 'pr. måned', 'vuodessa', 'ετησίως').
 */
const read = (text: string, country: string) => {
  const s = normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint: country });
  return s && [s.min, s.max, s.currency, s.period];
};

describe('salaries in more languages', () => {
  test.each([
    ['ru from-to, take-home', 'от 280 000 до 350 000 ₽ на руки', 'RU', [280000, 350000, 'RUB', 'MONTH']],
    ['ru up to', 'до 300 000 ₽', 'RU', [null, 300000, 'RUB', 'MONTH']],
    ['ru from, monthly', 'от 150 000 руб. в месяц', 'RU', [150000, null, 'RUB', 'MONTH']],
    ['uk monthly, slash', '40 000–55 000 грн/міс', 'UA', [40000, 55000, 'UAH', 'MONTH']],
    ['uk from, monthly words', 'від 30 000 грн на місяць', 'UA', [30000, null, 'UAH', 'MONTH']],
    ['fi monthly, kk', '4 500–5 600 €/kk', 'FI', [4500, 5600, 'EUR', 'MONTH']],
    ['fi monthly, word', '4500 € kuukaudessa', 'FI', [4500, 4500, 'EUR', 'MONTH']],
    ['fi yearly', '55 000 € vuodessa', 'FI', [55000, 55000, 'EUR', 'YEAR']],
    ['ro from-to', 'de la 6.000 la 8.000 lei net pe lună', 'RO', [6000, 8000, 'RON', 'MONTH']],
    ['ro up to', 'până la 9.000 lei/lună', 'RO', [null, 9000, 'RON', 'MONTH']],
    ['el monthly', '1.500 - 1.800 € μηνιαίως', 'GR', [1500, 1800, 'EUR', 'MONTH']],
    ['el from-to, per month', 'από 1.200 έως 1.500 € το μήνα', 'GR', [1200, 1500, 'EUR', 'MONTH']],
    ['el yearly', '25.000 € ετησίως', 'GR', [25000, 25000, 'EUR', 'YEAR']],
    ['he monthly', '₪25,000–32,000 לחודש', 'IL', [25000, 32000, 'ILS', 'MONTH']],
    ['he up to', 'עד ₪30,000 לחודש', 'IL', [null, 30000, 'ILS', 'MONTH']],
    ['da monthly', '45.000 kr. pr. måned', 'DK', [45000, 45000, 'DKK', 'MONTH']],
    ['no yearly', '850 000 kr pr. år', 'NO', [850000, 850000, 'NOK', 'YEAR']],
    ['th to, per month', '30,000 ถึง 40,000 บาท ต่อเดือน', 'TH', [30000, 40000, 'THB', 'MONTH']],
  ])('%s: %s', (_name, text, country, expected) => expect(read(text, country)).toEqual(expected));

  test.each([
    ['ru years of experience', 'опыт от 3 лет', 'RU'],
    ['uk years of experience', 'досвід від 2 років', 'UA'],
    ['ro years of experience', 'minimum 5 ani', 'RO'],
    ['el years of experience', 'τουλάχιστον 3 χρόνια', 'GR'],
  ])('%s are no pay: %s', (_name, text, country) => expect(read(text, country)?.[0] ?? null).toBeNull());

  test.each([
    ['ru experience line', 'Требуемый опыт работы: от 3 до 6 лет', 'RU'],
    ['el a phone number', 'Επικοινωνία: τηλ. 2310 123456', 'GR'],
    ['he leave days', '22 ימי חופשה בשנה', 'IL'],
  ])('a body line that states no pay reads none: %s', (_name, body, country) =>
    expect(normalizeSalary({ structured: null, texts: [], bodyText: body, countryHint: country })).toBeNull(),
  );
});

describe('pay sentences in the body in more languages', () => {
  const body = (text: string, country: string) => {
    const s = normalizeSalary({ structured: null, texts: [], bodyText: text, countryHint: country });
    return s && [s.min, s.max, s.currency, s.period];
  };
  test.each([
    [
      'el gross pay, a benefit line',
      'Μικτές αποδοχές 1.500 - 1.800 € μηνιαίως, ανάλογα με την εμπειρία',
      'GR',
      [1500, 1800, 'EUR', 'MONTH'],
    ],
    ['el salary', 'Ο μισθός είναι 1.200 € μικτά', 'GR', [1200, 1200, 'EUR', 'MONTH']],
    ['he pay', 'שכר: 25,000–32,000 ₪ לחודש', 'IL', [25000, 32000, 'ILS', 'MONTH']],
    ['hu gross', 'Bruttó 1 300 000 – 1 600 000 Ft/hó fizetés', 'HU', [1300000, 1600000, 'HUF', 'MONTH']],
    ['uk pay fork', 'Зарплатна вилка: 40 000–55 000 грн/міс', 'UA', [40000, 55000, 'UAH', 'MONTH']],
    ['th monthly salary', 'เงินเดือน 30,000 - 40,000 บาท', 'TH', [30000, 40000, 'THB', 'MONTH']],
  ])('%s: %s', (_name, text, country, expected) => expect(body(text, country)).toEqual(expected));

  test.each([
    ['el staff and countries', 'Η εταιρεία έχει 250 εργαζόμενους και 14 χώρες', 'GR'],
    ['he staff', 'יותר מ-120 עובדים', 'IL'],
  ])('%s is no pay: %s', (_name, text, country) => expect(body(text, country)).toBeNull());
});

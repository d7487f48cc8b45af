import { findBodySalary } from '../../../shared/normalize/money/salary-body';
import { findPeriod } from '../../../shared/normalize/money/periods';
import { readSalaryText } from '../../../shared/normalize/money/salary-text';

/**
 * Pay in Bulgarian, Croatian, Slovenian, Lithuanian, Estonian, Catalan, Malay, Hindi and Persian: period words,
 * range and floor words, pay words of a body sentence, the lev, the rial and the toman (ten rials), the lakh and
 * the Persian million, and figures in Persian or Arabic-Indic digits.
 */
const field = (text: string, country: string) => readSalaryText(text, { explicit: true, country });
const salaryOf = (reading: ReturnType<typeof readSalaryText>) =>
  reading.kind === 'salary'
    ? {
        min: reading.salary.min,
        max: reading.salary.max,
        currency: reading.salary.currency,
        period: reading.salary.period,
      }
    : reading.kind;

describe('salaries in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg, leva a month', 'от 2 000 до 2 600 лв. бруто на месец', 'BG', 2000, 2600, 'BGN', 'MONTH'],
    ['hr, net monthly', '1.500 € neto mjesečno', 'HR', 1500, 1500, 'EUR', 'MONTH'],
    ['hi, rupees a month', '₹25,000 – ₹30,000 प्रति माह', 'IN', 25000, 30000, 'INR', 'MONTH'],
    ['hi, lakh a year', '₹8 लाख सालाना', 'IN', 800000, 800000, 'INR', 'YEAR'],
    ['ar, Arabic-Indic digits (the riyal stays Saudi)', '٥٠٠٠ ريال شهرياً', 'SA', 5000, 5000, 'SAR', 'MONTH'],
  ])('field, %s: %s', (_name, text, country, min, max, currency, period) =>
    expect(salaryOf(field(text, country))).toEqual({ min, max, currency, period }),
  );

  test.each([
    ['sl', 'Plača: 2.500 EUR bruto na mesec', 'SI', 2500, 2500, 'EUR', 'MONTH'],
    ['lt, from … to', 'Atlyginimas nuo 2 500 iki 3 200 EUR per mėnesį (bruto)', 'LT', 2500, 3200, 'EUR', 'MONTH'],
    ['et, "eurot kuus"', 'Palk 1800 kuni 2400 eurot kuus', 'EE', 1800, 2400, 'EUR', 'MONTH'],
    ['ca, a year', "Salari brut de 24.000 a 27.000 euros a l'any", 'ES', 24000, 27000, 'EUR', 'YEAR'],
    ['ms, "sehingga"', 'Gaji RM 3,000 sehingga RM 3,800 sebulan', 'MY', 3000, 3800, 'MYR', 'MONTH'],
    ['fa, tomans are ten rials', 'حقوق پایه ۲۰٬۰۰۰٬۰۰۰ تومان ماهانه', 'IR', 200_000_000, 200_000_000, 'IRR', 'MONTH'],
    ['fa, rials stay rials', 'حقوق: ۱۵۰ میلیون ریال در ماه', 'IR', 150_000_000, 150_000_000, 'IRR', 'MONTH'],
  ])('body, %s: %s', (_name, text, country, min, max, currency, period) =>
    expect(salaryOf(findBodySalary(text, country))).toEqual({ min, max, currency, period }),
  );

  test('a Persian body sentence keeps its own digits in the salary text', () => {
    const reading = findBodySalary('حقوق: از ۳۵ تا ۴۵ میلیون تومان در ماه', 'IR');
    expect(reading.kind === 'salary' ? reading.salary.text : reading.kind).toBe(
      'حقوق: از ۳۵ تا ۴۵ میلیون تومان در ماه',
    );
  });

  test.each([
    ['fa, years of experience', 'سابقه کار: ۵ سال'],
    ['et, six months of probation', 'Katseaeg kuus kuud'],
  ])('no salary in a body sentence, %s: %s', (_name, text) => expect(findBodySalary(text, null).kind).toBe('none'));

  test.each([
    ['et "kuus" is also six', 'kuus kuud'],
    ['hr, annual leave is no yearly pay', '24 dana godišnjeg odmora'],
    ['sl, annual leave', '25 dni letnega dopusta'],
  ])('no pay period, %s: %s', (_name, text) => expect(findPeriod(text)).toBeNull());
});

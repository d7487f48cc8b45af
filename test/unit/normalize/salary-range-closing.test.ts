import { findBodySalary } from '../../../shared/normalize/money/salary-body';

describe('a body range whose currency stands only before its first figure keeps its maximum', () => {
  it.each([
    ['English, code before', 'Salary: USD 110,000 – 135,000 per year', 'US', 110000, 135000, 'USD'],
    [
      'Swiss German, apostrophe thousands',
      "Lohnband CHF 110'000 – 135'000 brutto pro Jahr (bei 100%)",
      'CH',
      110000,
      135000,
      'CHF',
    ],
    ['German, bis', 'Wir zahlen € 3.200 bis 3.800 brutto im Monat.', 'DE', 3200, 3800, 'EUR'],
    ['French, à', 'Rémunération : CHF 95 000 à 110 000 par an', 'CH', 95000, 110000, 'CHF'],
    ['Spanish, symbol before', 'Salario: € 28.000 - 34.000 brutos anuales', 'ES', 28000, 34000, 'EUR'],
    ['English, to', 'We pay USD 5,000 to 7,000 per month', 'US', 5000, 7000, 'USD'],
  ])('%s: %s', (_name, body, country, min, max, currency) => {
    const reading = findBodySalary(body, country);
    expect(reading).toMatchObject({ kind: 'salary', salary: { min, max, currency } });
  });

  it.each([
    ['a duration after the dash', 'Salary: £30,000 - 2 days in the office', 'GB', 30000, 30000],
    ['hours after the dash', 'Gehalt: € 4.000 - 40 Stunden pro Woche', 'DE', 4000, 4000],
  ])('a number after the dash that is no pay stays out of the range: %s', (_n, body, country, min, max) => {
    expect(findBodySalary(body, country)).toMatchObject({ kind: 'salary', salary: { min, max } });
  });

  it('two bare numbers with no currency are still no salary in a body', () => {
    expect(findBodySalary('Salary: 10,000 – 35,000 per year', 'US')).toEqual({ kind: 'none' });
  });
});

import { findBodySalary } from '../../../shared/normalize/money/salary-body';

describe('a bare figure that looks like a year is pay when it ends a priced range of the same size', () => {
  it.each([
    ['English, from … to … $', 'Salary: from 2000 to 3500 $ per month', 'US', 2000, 3500, 'USD'],
    ['English, symbol before the first end', 'Pay: $1500 – 2000 a month', 'US', 1500, 2000, 'USD'],
    ['Ukrainian, від … до … грн', 'Зарплата: від 2000 до 3500 грн на місяць', 'UA', 2000, 3500, 'UAH'],
    ['German, bis', 'Gehalt: 2000 bis 2500 € brutto im Monat', 'DE', 2000, 2500, 'EUR'],
    ['Polish, do', 'Wynagrodzenie: 1900 - 2400 EUR miesięcznie', 'PL', 1900, 2400, 'EUR'],
  ])('%s: %s', (_name, body, country, min, max, currency) => {
    expect(findBodySalary(body, country)).toMatchObject({ kind: 'salary', salary: { min, max, currency } });
  });

  it.each([
    ['a founding year before a salary', 'Since 2015 - $45,000 per year for this role', 'US', 45000, 45000],
    ['a year closing a range far from its size', 'Salary: $150,000 - 2026 review', 'US', 150000, 150000],
  ])('a year-like figure of another size stays out: %s', (_n, body, country, min, max) => {
    expect(findBodySalary(body, country)).toMatchObject({ kind: 'salary', salary: { min, max } });
  });

  it('two year-like figures with no currency are still no salary', () => {
    expect(findBodySalary('Salary band revised 2019 – 2023 for all staff', 'US')).toEqual({ kind: 'none' });
  });
});

import { findBodySalary } from '../../../shared/normalize/money/salary-body';

/**
 * A body sentence that opens with a pay label naming its period, the figure right after it: Finnish compounds
 * ("Kuukausipalkka 3 100–3 600 €", "Tuntipalkka 14,50 €"), Swedish and Danish hourly pay ("Timlön 165 kr",
 * "Timeløn 180 kr"). The label's period holds when the figure states none; a period the text states wins, and a
 * sentence with other words before its figure, or a label that names no period, gives none.
 */
const read = (body: string, country: string) => {
  const r = findBodySalary(body, country);
  return r.kind === 'salary' ? { min: r.salary.min, max: r.salary.max, period: r.salary.period } : r.kind;
};

describe('a pay label opening the salary sentence', () => {
  test.each([
    ['fi monthly', 'Kuukausipalkka 3 100–3 600 € kokemuksen mukaan', 'FI', { min: 3100, max: 3600, period: 'MONTH' }],
    ['fi hourly', 'Tuntipalkka 14,50 €', 'FI', { min: 14.5, max: 14.5, period: 'HOUR' }],
    ['fi yearly', 'Vuosipalkka 52 000 €', 'FI', { min: 52000, max: 52000, period: 'YEAR' }],
    ['sv hourly', 'Timlön 165 kr', 'SE', { min: 165, max: 165, period: 'HOUR' }],
    ['da hourly', 'Timeløn 180 kr', 'DK', { min: 180, max: 180, period: 'HOUR' }],
  ])('%s', (_name, body, country, salary) => expect(read(body, country)).toEqual(salary));

  test.each([
    ['the text states its own period', 'Timlön 28 000 kr per månad', 'SE', 'MONTH'],
    ['other words before the figure', 'Vi erbjuder timlön enligt kollektivavtal från 165 kr', 'SE', null],
    ['a pay word without a period', 'Lön 32 000 kr', 'SE', null],
    ['fi pay word without a period', 'Palkka 3 000 €', 'FI', null],
  ])('%s', (_name, body, country, period) => expect(read(body, country)).toMatchObject({ period }));
});

import { routeFields } from '../../../shared/normalize/header-fields';
import { fieldKeyKeepingPeriod, periodOfLabel } from '../../../shared/normalize/money/periods';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { normalizeSalary } from '../../../shared/normalize/salary';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'test', now: new Date('2026-11-20T00:00:00Z') };

describe('a salary label that names the period gives it to a value that states none', () => {
  it.each([
    ['Bruto maandsalaris', '€ 3.200', 'MONTH'],
    ['Monatsgehalt', '3.200 €', 'MONTH'],
    ['Salaire mensuel', '2 500 €', 'MONTH'],
    ['Salario mensual', '1.800 €', 'MONTH'],
    ['月給', '25万円', 'MONTH'],
    ['年収', '600万円', 'YEAR'],
    ['Jahresgehalt', '65.000 €', 'YEAR'],
    ['Annual salary', '$120,000', 'YEAR'],
    ['Hourly rate', '$45', 'HOUR'],
    ['Stundenlohn', '18 €', 'HOUR'],
    ['Tagessatz', '750 €', 'DAY'],
  ])('%s: %s', (label, value, period) => {
    const salary = normalizeSalary({
      structured: null,
      texts: [value],
      labels: [label],
      bodyText: '',
      countryHint: null,
    });
    expect(salary?.period).toBe(period);
    expect(salary?.text).toBe(value);
  });

  it('a period stated in the value wins over the label', () => {
    const salary = normalizeSalary({
      structured: null,
      texts: ['€ 3.200 per jaar'],
      labels: ['Bruto maandsalaris'],
      bodyText: '',
      countryHint: null,
    });
    expect(salary?.period).toBe('YEAR');
  });

  it.each(['Salary', 'Gehalt', 'Compensation', null])('a label naming no period (%s) gives none', (label) => {
    const salary = normalizeSalary({
      structured: null,
      texts: ['€ 3.200'],
      labels: [label],
      bodyText: '',
      countryHint: null,
    });
    expect(salary?.period).toBeNull();
  });

  it.each([
    ['Bruto maandsalaris', 'MONTH'],
    ['Salaire annuel brut', 'YEAR'],
    ['Gehalt', null],
  ])('periodOfLabel(%s) is %s', (label, period) => {
    expect(periodOfLabel(label)).toBe(period);
  });
});

describe('header fields keyed by a pay label', () => {
  it.each([
    ['monatsgehalt', 'MONTH'],
    ['年収', 'YEAR'],
    ['hourly rate', 'HOUR'],
  ])('"%s" is routed to the salary with its label', (key, period) => {
    const fields = routeFields({ [key]: ['3.200 €'] });
    expect(fields.byRole.salary).toEqual(['3.200 €']);
    expect(periodOfLabel(fields.salaryLabels[0])).toBe(period);
  });

  it('a pay label keeps its key only when it names a period', () => {
    expect(fieldKeyKeepingPeriod('salary', 'Bruto maandsalaris')).toBe('bruto maandsalaris');
    expect(fieldKeyKeepingPeriod('salary', 'Gehalt')).toBe('salary');
    expect(fieldKeyKeepingPeriod('location', 'Monatsgehalt')).toBe('location');
  });
});

describe('labelled salary lines in documents', () => {
  const salaryOf = (input: string) => normalizePosting(parseInput(input)[0]!, context).salary;

  it.each([
    ['Verpleegkundige\n\nLocatie: Utrecht\nBruto maandsalaris: € 3.200 - € 4.100\n\nWij zoeken een collega.', 'MONTH'],
    ['Lagerist\n\nStandort: Hamburg\nStundenlohn: 16,50 €\n\nWir suchen Verstärkung für unser Lager.', 'HOUR'],
  ])('plain text: %s', (text, period) => {
    expect(salaryOf(text)?.period).toBe(period);
  });

  it('an HTML fact list', () => {
    const html =
      '<html><body><h1>Kassierer</h1><ul><li>Ort: Wien</li><li>Monatsgehalt: € 2.400</li></ul>' +
      '<p>Wir suchen einen Kassierer für unsere Filiale in Wien, Vollzeit, ab sofort.</p></body></html>';
    const salary = salaryOf(html);
    expect(salary?.min).toBe(2400);
    expect(salary?.period).toBe('MONTH');
  });
});

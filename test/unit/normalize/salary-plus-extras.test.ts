import { readSalaryText } from '../../../shared/normalize/money/salary-text';

const read = (text: string, country: string) => readSalaryText(text, { country, explicit: true });

describe('a "+" that adds something else to the pay leaves the figure exact, not a floor', () => {
  it.each([
    ['Australian superannuation', '$95k + super', 'AU', 95000, 'AUD'],
    ['superannuation spelt out', '$110,000 + superannuation', 'AU', 110000, 'AUD'],
    ['New Zealand KiwiSaver', '$80,000 + KiwiSaver', 'NZ', 80000, 'NZD'],
    ['UK car, glued plus', '£45k+ car + benefits', 'GB', 45000, 'GBP'],
    ['car and benefits', '€60.000 + car + benefits', 'IE', 60000, 'EUR'],
    ['commission', 'Base $65,000 + commission', 'US', 65000, 'USD'],
  ])('%s: %s', (_name, text, country, amount, currency) => {
    expect(read(text, country)).toMatchObject({
      kind: 'salary',
      salary: { min: amount, max: amount, currency },
    });
  });
});

describe('a "+" that says "or more" still makes the figure a floor', () => {
  it.each([
    ['bare plus', '$95k+', 'AU', 95000],
    ['plus then DOE', '£40k+ DOE', 'GB', 40000],
    ['plus then a period', '$120,000+ per year', 'US', 120000],
    ['plus then depending', '$70k + depending on experience', 'US', 70000],
    ['plus then the word base', '$150k+ base', 'US', 150000],
  ])('%s: %s', (_name, text, country, amount) => {
    expect(read(text, country)).toMatchObject({ kind: 'salary', salary: { min: amount, max: null } });
  });

  it('a "+" between two figures is no floor either way: the second figure is read', () => {
    const reading = read('$90k + 10k bonus', 'US');
    expect(reading).toMatchObject({ kind: 'salary', salary: { min: 90000 } });
  });
});

import { readSalaryText } from '../../../shared/normalize/money/salary-text';

describe('a range with the period after each figure keeps its maximum', () => {
  it.each([
    ['LinkedIn en-US, thousands a year', '$128K/yr - $156K/yr', 'US', 128000, 156000, 'YEAR'],
    ['an en dash, pounds', '£40K/yr – £50K/yr', 'GB', 40000, 50000, 'YEAR'],
    ['LinkedIn nl, a month', '€ 3.900/mnd - € 5.100/mnd', 'NL', 3900, 5100, 'MONTH'],
    ['hourly', '$25/hr - $30/hr', 'US', 25, 30, 'HOUR'],
    ['German, Monat', '3.200 €/Monat – 3.800 €/Monat', 'DE', 3200, 3800, 'MONTH'],
  ])('%s: %s', (_name, text, country, min, max, period) => {
    expect(readSalaryText(text, { country, explicit: true, period: null })).toMatchObject({
      kind: 'salary',
      salary: { min, max, period },
    });
  });

  it.each([
    ['two periods, a month and a year', '$4,000/mo - $50,000/yr', 'US', 50000],
    ['a second figure without the mark', '$25/hr - $300 sign-on bonus', 'US', 300],
  ])('figures with different marks are not one range: %s', (_name, text, country, notMax) => {
    const reading = readSalaryText(text, { country, explicit: true, period: null });
    expect(reading.kind === 'salary' ? reading.salary.max : null).not.toBe(notMax);
  });
});

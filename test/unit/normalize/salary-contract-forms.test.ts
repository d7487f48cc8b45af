import { findBodySalary } from '../../../shared/normalize/money/salary-body';
import { readSalaryText } from '../../../shared/normalize/money/salary-text';

const field = (text: string, country: string) => {
  const reading = readSalaryText(text, { country, explicit: true });
  return reading.kind === 'salary' ? reading.salary : reading.kind;
};

describe('pay quoted per contract form: the first-listed form is the salary', () => {
  it.each([
    ['B2B: 18 000 - 24 000 PLN netto + VAT / miesiąc', 'PL', 18000, 24000, 'PLN'],
    ['B2B 20 000 – 25 000 PLN, UoP 16 000 – 20 000 PLN brutto', 'PL', 20000, 25000, 'PLN'],
    ['UoP 16 000 – 20 000 PLN brutto, B2B 20 000 – 25 000 PLN', 'PL', 16000, 20000, 'PLN'],
    ['CLT: R$ 8.000 – R$ 10.000 | PJ: R$ 11.000 – R$ 14.000', 'BR', 8000, 10000, 'BRL'],
    ['£450 - £500 per day outside IR35, £400 - £420 per day inside IR35', 'GB', 450, 500, 'GBP'],
    ['CDI : 45 000 – 52 000 € brut ; freelance : 48 000 – 60 000 €', 'FR', 45000, 52000, 'EUR'],
  ])('"%s" → %d–%d', (text, country, min, max, currency) => {
    expect(field(text, country)).toMatchObject({ min, max, currency, text });
  });

  it('ranges for places, not contract forms, still widen into one span (counter-case)', () => {
    const text = '$170,000–$210,000 in New York and $180,000–$220,000 in San Francisco';
    expect(field(text, 'US')).toMatchObject({ min: 170000, max: 220000 });
  });
});

describe('a digit inside a short letter code is no amount', () => {
  it.each([
    ['B2B: 18 000 - 24 000 PLN netto', 18000, 24000],
    ['Salary (B2B): 20 000 - 25 000 PLN netto', 20000, 25000],
    ['B2C: 4 000 – 5 000 € / Monat', 4000, 5000],
    ['H1B: $95,000 - $110,000', 95000, 110000],
  ])('"%s" → %d–%d', (text, min, max) => {
    expect(field(text, 'PL')).toMatchObject({ min, max });
  });

  it.each([
    ['USD5,000 - 6,000 per month', 5000, 6000],
    ['€5k - €6k per month', 5000, 6000],
    ['Rs45k - Rs60k per month', 45000, 60000],
  ])('counter-case: a currency glued to its figure stays an amount: "%s"', (text, min, max) => {
    expect(field(text, 'DE')).toMatchObject({ min, max });
  });
});

describe('a body pay line per contract form keeps the other forms in the text', () => {
  it.each([
    [
      'Wynagrodzenie:\nB2B: 18 000 - 24 000 PLN netto + VAT / miesiąc\nUoP: 15 000 - 20 000 PLN brutto / miesiąc\n\nOferujemy:',
      { min: 18000, max: 24000, currency: 'PLN', period: 'MONTH' },
      'B2B: 18 000 - 24 000 PLN netto + VAT / miesiąc; UoP: 15 000 - 20 000 PLN brutto / miesiąc',
    ],
    [
      'Gehalt:\nFestanstellung: 60.000 – 70.000 € brutto/Jahr\nFreelance: 80 – 95 €/h\nWeitere Infos',
      { min: 60000, max: 70000, currency: 'EUR', period: 'YEAR' },
      'Festanstellung: 60.000 – 70.000 € brutto/Jahr; Freelance: 80 – 95 €/h',
    ],
    [
      'Salário:\n- CLT: R$ 8.000 por mês\n- PJ: R$ 11.000 por mês',
      { min: 8000, max: 8000, currency: 'BRL', period: 'MONTH' },
      'CLT: R$ 8.000 por mês; PJ: R$ 11.000 por mês',
    ],
  ])('%j', (body, numbers, text) => {
    const reading = findBodySalary(body, null);
    expect(reading).toMatchObject({ kind: 'salary', salary: { ...numbers, text } });
  });

  it.each([
    // the first line names no contract form: a contractor rate after it is another matter
    ['Salary: $120,000 - $140,000 a year\nContractor: $70/h', 'Salary: $120,000 - $140,000 a year'],
    // the line after the form's line is no pay line
    ['Wynagrodzenie:\nB2B: 18 000 PLN netto / miesiąc\nOferujemy: 26 dni urlopu', 'B2B: 18 000 PLN netto / miesiąc'],
  ])('counter-case: %j keeps one line', (body, text) => {
    expect(findBodySalary(body, null)).toMatchObject({ kind: 'salary', salary: { text } });
  });
});

import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import fc from 'fast-check';
import { periodOfFoldedPayLabel, periodOfPayLabel, readPayWords } from '../../../shared/normalize/money/pay-labels';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { periodOfLabel } from '../../../shared/normalize/money/periods';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'test', now: new Date('2026-11-20T00:00:00Z') };
const salaryOf = (input: string) => normalizePosting(parseInput(input)[0]!, context).salary;

/** [language, label, the period it names] */
const LABELS = [
  ['English', 'Annual salary', 'YEAR'],
  ['English', 'Hourly pay', 'HOUR'],
  ['English', 'Monthly base salary', 'MONTH'],
  ['English', 'Salary per annum', 'YEAR'],
  ['English', 'Daily rate', 'DAY'],
  ['English', 'Weekly wage', 'WEEK'],
  ['English', 'Pay rate', null],
  ['English', 'Gross salary', null],
  ['German', 'Monatslohn', 'MONTH'],
  ['German', 'Bruttomonatsgehalt', 'MONTH'],
  ['German', 'Stundensatz', 'HOUR'],
  ['German', 'Gehalt pro Jahr', 'YEAR'],
  ['French', 'Salaire mensuel', 'MONTH'],
  ['French', 'Salaire horaire', 'HOUR'],
  ['French', 'Rémunération annuelle brute', 'YEAR'],
  ['French', 'Salaire brut par mois', 'MONTH'],
  ['Spanish', 'Sueldo mensual', 'MONTH'],
  ['Spanish', 'Salario bruto anual', 'YEAR'],
  ['Spanish', 'Pago por hora', 'HOUR'],
  ['Portuguese', 'Salário mensal', 'MONTH'],
  ['Portuguese', 'Valor hora', 'HOUR'],
  ['Italian', 'Retribuzione annua lorda', 'YEAR'],
  ['Italian', 'Paga oraria', 'HOUR'],
  ['Dutch', 'Maandloon', 'MONTH'],
  ['Dutch', 'Bruto jaarsalaris', 'YEAR'],
  ['Dutch', 'Uurtarief', 'HOUR'],
  ['Dutch', 'Salaris per maand', 'MONTH'],
  ['Polish', 'Wynagrodzenie miesięczne brutto', 'MONTH'],
  ['Polish', 'Stawka godzinowa', 'HOUR'],
  ['Czech', 'Hrubá měsíční mzda', 'MONTH'],
  ['Hungarian', 'Havi bruttó bér', 'MONTH'],
  ['Hungarian', 'Órabér', 'HOUR'],
  ['Romanian', 'Salariu lunar net', 'MONTH'],
  ['Swedish', 'Timlön', 'HOUR'],
  ['Danish', 'Månedsløn', 'MONTH'],
  ['Norwegian', 'Årslønn', 'YEAR'],
  ['Finnish', 'Kuukausipalkka', 'MONTH'],
  ['Turkish', 'Aylık brüt maaş', 'MONTH'],
  ['Russian', 'Месячный оклад', 'MONTH'],
  ['Russian', 'Зарплата в месяц', 'MONTH'],
  ['Ukrainian', 'Річна зарплата', 'YEAR'],
  ['Greek', 'Μηνιαίες αποδοχές', 'MONTH'],
  ['Indonesian', 'Gaji per bulan', 'MONTH'],
  ['Vietnamese', 'Lương tháng', 'MONTH'],
  ['Vietnamese', 'Mức lương theo giờ', 'HOUR'],
  ['Japanese', '年俸', 'YEAR'],
  ['Japanese', '日給', 'DAY'],
  ['Chinese', '月薪', 'MONTH'],
  ['Korean', '시급', 'HOUR'],
] as const;

describe('a pay label, in any of its languages and word orders, is a salary label naming its period', () => {
  it.each(LABELS)('%s: "%s" names %s', (_language, label, period) => {
    expect(fieldKeyFor(label)).toBe('salary');
    expect(periodOfLabel(label)).toBe(period);
    expect(periodOfLabel(`${label}:`)).toBe(period);
  });

  it.each([
    ['a leave label', 'Annual leave'],
    ['a newsletter', 'Monthly newsletter'],
    ['an ordinary word', 'Base camp'],
    ['a period alone', 'Monthly'],
  ])('%s ("%s") is no pay label', (_name, label) => {
    expect(fieldKeyFor(label)).not.toBe('salary');
  });
});

describe('a career page sidebar gives the value under a pay label the period the label names', () => {
  const onLines = (label: string, value: string) =>
    `<html><head><title>Warehouse Associate</title></head><body><aside><p>Location</p><p>Austin, TX</p>` +
    `<p>${label}</p><p>${value}</p></aside><main><h1>Warehouse Associate</h1><h2>What you will do</h2>` +
    `<ul><li>Pick and pack orders</li><li>Load trucks</li></ul></main></body></html>`;
  const inLine = (label: string, value: string) =>
    `<html><head><title>Warehouse Associate</title></head><body><aside><ul><li>Location: Austin, TX</li>` +
    `<li>${label}: ${value}</li></ul></aside><main><h1>Warehouse Associate</h1><h2>What you will do</h2>` +
    `<ul><li>Pick and pack orders</li><li>Load trucks</li></ul></main></body></html>`;

  it.each([
    ['Salaire mensuel', '2 500 €', 2500, 'MONTH'],
    ['Annual salary', '$120,000', 120000, 'YEAR'],
    ['Hourly pay', '$35', 35, 'HOUR'],
    ['Monatslohn', '3.000 €', 3000, 'MONTH'],
    ['Retribuzione annua lorda', '40.000 €', 40000, 'YEAR'],
    ['Sueldo mensual', '1.500 €', 1500, 'MONTH'],
    ['Kuukausipalkka', '3 500 €', 3500, 'MONTH'],
    ['Lương tháng', '15.000.000 VND', 15000000, 'MONTH'],
  ] as const)('%s then %s', (label, value, amount, period) => {
    expect(salaryOf(onLines(label, value))).toMatchObject({ min: amount, period });
    expect(salaryOf(inLine(label, value))).toMatchObject({ min: amount, period });
  });

  it('"Pay rate" is read as pay, its value keeping the period it states', () => {
    expect(salaryOf(onLines('Pay rate', '$35 per hour'))).toMatchObject({ min: 35, period: 'HOUR' });
    expect(salaryOf(inLine('Pay rate', '$120,000'))).toMatchObject({ min: 120000, currency: 'USD' });
  });
});

describe('pay labels are read word by word, every combination without a list of them', () => {
  it.each([
    ['French, base pay by the month', 'Salaire de base mensuel', 'MONTH'],
    ['German, gross inside the compound', 'Monatsbruttogehalt', 'MONTH'],
    ['Dutch, gross apart from the compound', 'Bruto maandloon', 'MONTH'],
    ['Spanish, gross after the period', 'Sueldo mensual bruto', 'MONTH'],
    ['English, two extras', 'Total gross annual compensation', 'YEAR'],
  ] as const)('%s: "%s" names %s', (_name, label, period) => {
    expect(fieldKeyFor(label)).toBe('salary');
    expect(periodOfLabel(label)).toBe(period);
  });

  it.each([
    ['two periods', 'Monthly annual salary'],
    ['a word of neither kind', 'Salary history'],
    ['a compound with another stem', 'Mindestlohn'],
  ])('%s ("%s") is no pay label of the word tables', (_name, label) => {
    expect(periodOfPayLabel(label)).toBeUndefined();
  });
});

describe('the pay-word pre-test skips only labels the word tables cannot read', () => {
  const words = fc.constantFrom(
    'annual',
    'monthly',
    'gross',
    'base',
    'per',
    'hour',
    'rate',
    'salary',
    'pay',
    'salaire',
    'brut',
    'mensuel',
    'monats',
    'brutto',
    'gehalt',
    'lohn',
    'maand',
    'loon',
    'bruto',
    'tim',
    'lön',
    'кв',
    'зарплата',
    'в',
    'месяц',
    'luong',
    'thang',
    'leave',
    'team',
    'location',
    'x',
  );
  it('reading every label in full gives the same answer as the pre-tested reading', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, glued) => {
        const folded = parts.join(glued ? '' : ' ');
        expect(periodOfFoldedPayLabel(folded)).toBe(readPayWords(folded));
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { periodOfLabel, readPeriodOfLabel } from '../../../shared/normalize/money/periods';

/**
 * periodOfLabel remembers the periods of the labels it has read (a source repeats the same few pay labels); it
 * must answer what reading the label afresh answers, the first time and every later time, also once the memo
 * has been cleared for being full and for labels too long to be kept.
 */
describe('periodOfLabel memo', () => {
  const words = [
    'Salary',
    'salary',
    'Gehalt',
    'Monatsgehalt',
    'Bruttojahresgehalt',
    'Salaire mensuel',
    'Salaire horaire :',
    'Bruto maandsalaris',
    'Salario',
    'Salário',
    '給与',
    '月給',
    '年収',
    '時給',
    'Mức lương',
    'Pay rate',
    'Hourly rate',
    'Annual salary',
    'Stundenlohn',
    'per hour',
    '/hr',
    'p.a.',
    'par mois',
    '·13薪',
    'Location',
    ':',
    ' ',
    '\n',
  ];
  const label = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(' '));
  /** several labels, some repeated, some longer than the memo keeps */
  const labels = fc.array(
    fc.oneof(
      label,
      label.map((l) => l.repeat(12)),
    ),
    { minLength: 1, maxLength: 40 },
  );

  it('answers what a fresh reading answers, on first and repeated reads', () => {
    fc.assert(
      fc.property(labels, (ls) => {
        for (const l of [...ls, ...ls]) expect(periodOfLabel(l)).toBe(readPeriodOfLabel(l));
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });

  it('answers the same after the memo is cleared for being full', () => {
    const many = Array.from({ length: 1300 }, (_, i) => `Salary band ${i}`);
    const named = ['Monatsgehalt', 'Salary', 'Stundenlohn', '年収'];
    const before = named.map((l) => periodOfLabel(l));
    for (const l of many) expect(periodOfLabel(l)).toBe(readPeriodOfLabel(l));
    expect(named.map((l) => periodOfLabel(l))).toEqual(before);
  });

  it.each([
    ['Monatsgehalt', 'MONTH'],
    ['Stundenlohn', 'HOUR'],
    ['年収', 'YEAR'],
    ['Salary', null],
    ['Gehalt', null],
    ['Location', null],
    ['', null],
    [null, null],
  ])('periodOfLabel(%s) is %s, read twice', (l, period) => {
    expect(periodOfLabel(l)).toBe(period);
    expect(periodOfLabel(l)).toBe(period);
  });
});

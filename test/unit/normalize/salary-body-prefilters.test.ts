import fc from 'fast-check';
import { NEGOTIABLE_PAY, NEGOTIABLE_VERDICT, PAY_WORD } from '../../../shared/normalize/money/salary-body';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The body salary search tests sentences with patterns written for speed: the pay-word pattern with
 * look-behinds instead of a leading `\b`, and "salary is negotiable" only in bodies holding a verdict word.
 * Both must decide as the plain patterns do.
 */

/** The pay-word pattern as first written, with a leading word boundary. */
const PAY_WORD_WITH_BOUNDARY =
  /\b(?:salary|salaries|pay|paid|compensation|base|rate|wage|wages|ote|earnings|remuneration|income|verdienst|brutto|netto|salaire|rémunération|rémuneration|gratification|indemnité|brut|salario|sueldo|retribución|stipendio|retribuzione|ral|salário|remuneração|loon|salaris|beloning|bruto|wynagrodzenie|pensja|stawka|widełki|mzda|plat|lön|lønn|løn|palkka|fizetés|salariu|maaş|ücret|gaji|upah|lương|thu nhập|mức lương|ctc|lpa|package)\b|(?:gehalt|lohn|vergütung|entgelt)\b|給与|給料|年収|月給|時給|日給|報酬|想定年収|薪资|薪水|薪酬|月薪|年薪|연봉|급여|월급|зарплата|оклад|راتب/iu;

const words = fc.constantFrom(
  'salary',
  'Salary',
  'PAY',
  'paid',
  'base',
  'rate',
  'ücret',
  'Ücret',
  'maaş',
  'lương',
  'thu nhập',
  'Gehalt',
  'Monatsgehalt',
  '年収',
  'зарплата',
  'competitive',
  'Negotiable',
  'DOE',
  'doe',
  'compensation',
  'is',
  ':',
  '.',
  ' ',
  '-',
  '_',
  'x',
  '9',
  'ſ',
  '\u212a',
  'é',
  'ü',
);
const texts = fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('body salary pre-filters', () => {
  it('the pay-word pattern with look-behinds finds pay words where the one with word boundaries does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(PAY_WORD.test(text)).toBe(PAY_WORD_WITH_BOUNDARY.test(text));
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  it('every "salary is negotiable" sentence holds a verdict word', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (NEGOTIABLE_PAY.test(text)) expect(NEGOTIABLE_VERDICT.test(text)).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  it.each([
    ['Salary: $120,000', true],
    ['xücret 5000 TL', true],
    [' ücret 5000 TL', false],
    ['Base pay 40k', true],
    ['database of 40 users', false],
    ['Monatsgehalt 3.200 €', true],
  ])('"%s" names pay: %s', (text, expected) => {
    expect(PAY_WORD.test(text)).toBe(expected);
    expect(PAY_WORD_WITH_BOUNDARY.test(text)).toBe(expected);
  });
});

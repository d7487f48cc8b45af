import fc from 'fast-check';
import { YEARS_FIGURE, YEARS_PREFIX, yearsPhrases } from '../../../shared/normalize/experience-years';
import { yearsAsked } from '../../../shared/normalize/seniority';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * Years-of-experience phrases are searched from their figure and their start read backwards: they must be
 * exactly what the whole pattern, prefix first, finds when searched as written.
 */

/** The pattern as written: an optional prefix and whitespace, tried at every position. */
const WHOLE = new RegExp(`(${YEARS_PREFIX})?\\s*${YEARS_FIGURE}`, 'gisu');

function asWritten(text: string) {
  return [...text.matchAll(WHOLE)].map((m) => ({
    index: m.index,
    years: Number(m[2]),
    qualified: !!m[1] || !!m[3],
    after: m[4] ?? '',
  }));
}

const piece = fc.constantFrom(
  'at least',
  'AT LEAST',
  'minimum of',
  'Minimum',
  'min.',
  'min',
  'over',
  'Moreover',
  'more than',
  'mindestens',
  'au moins',
  'al menos',
  'ít nhất',
  'tối thiểu',
  'trên',
  '5',
  '12',
  '123',
  '3',
  '+',
  'plus',
  '-',
  '–',
  'to',
  'bis',
  'a',
  '~',
  'years',
  'year',
  'yrs',
  'Jahre',
  'Jahren',
  'ans',
  'años',
  'anni',
  'jaar',
  'lat',
  'năm',
  'yearsx',
  'of experience',
  'Erfahrung',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\t',
  ',',
  '.',
  'ſ',
);

describe('years-of-experience phrases', () => {
  it('are found from their figure exactly as the whole pattern finds them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 24 }), (pieces) => {
        const text = pieces.join(pieces.length % 3 ? ' ' : '');
        expect(yearsPhrases(text)).toEqual(asWritten(text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['at least 5 years of experience', { index: 0, years: 5, qualified: true }],
    ['We ask for   3+ Jahre Berufserfahrung', { index: 10, years: 3, qualified: true }],
    ['Moreover 2 years', { index: 4, years: 2, qualified: true }],
    ['ab 2 a 4 años', { index: 2, years: 2, qualified: false }],
    ['min.7 yrs', { index: 0, years: 7, qualified: true }],
  ])('"%s" starts where the whole pattern starts', (text, expected) => {
    expect(yearsPhrases(text)[0]).toMatchObject(expected);
    expect(asWritten(text)[0]).toMatchObject(expected);
  });

  it.each([
    ['5+ years of backend experience and 2 years in a lead role', 5],
    ['mindestens 3 Jahre Berufserfahrung', 3],
    ['8+ years building web apps', 8],
    ['経験3年以上', 3],
    ['no figures here', null],
  ])('yearsAsked("%s") is %s', (text, years) => {
    expect(yearsAsked(text)).toBe(years);
  });
});

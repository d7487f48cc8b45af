import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { guardedRegExp, topLevelAlternatives } from '../../../shared/normalize/guarded-regex';
import { findPeriod, findPeriodByPhrase, PHRASES, UNGUARDED_MARK } from '../../../shared/normalize/money/periods';

/**
 * findPeriod searches the period phrases guarded by their first atom, and the phrases with no first atom only
 * in texts holding UNGUARDED_MARK: every such phrase must need that character.
 */
describe('pay period search guards', () => {
  const unguarded = topLevelAlternatives(
    guardedRegExp(PHRASES.map(([, source]) => source).join('|'), 'iu').source,
  ).filter((alternative) => !alternative.startsWith('(?='));

  it('every phrase with no first atom needs the mark, outside a class and not optional', () => {
    expect(unguarded.length).toBeGreaterThan(0);
    for (const alternative of unguarded)
      expect(alternative).toMatch(new RegExp(`(?<!\\[[^\\]]*)${UNGUARDED_MARK}(?![?*]|\\{0)`));
  });

  it.each([
    ['月薪 15K·13薪', 'MONTH'],
    ['15K · 14薪', 'MONTH'],
    ['$120,000 per year', 'YEAR'],
    ['€25/hr', 'HOUR'],
    ['3.200 € brutto', null],
  ])('reads the period of "%s" as %s', (text, period) => {
    expect(findPeriod(text)?.period ?? null).toBe(period);
  });
});

/**
 * findPeriod searches every period's guarded phrases with one regex, a group per period; it must find what the
 * plain search finds: the leftmost phrase, and the first period with a phrase at that position.
 */
describe('pay period search in one regex', () => {
  const words = [
    'per hour',
    '/hr',
    '/h',
    'hourly',
    'p.h.',
    'a day',
    '/d',
    'daily',
    'tjm',
    'per week',
    '/wk',
    'a month',
    '/mo',
    'monthly',
    'mtl.',
    'p.a.',
    'pa',
    'PA',
    '/yr',
    'annual',
    'lpa',
    'ctc',
    'ral',
    '年収',
    '月給',
    '時給',
    '/時間',
    '/月',
    '/年',
    '/日勤',
    '·13薪',
    '14薪',
    '월 300',
    '연 5000',
    'par mois',
    'al año',
    'pro Jahr',
    'brutto/Jahr',
    '/tháng',
    'tháng',
    '/ชั่วโมง',
    'kr/time',
    'pr. time',
    'za hodinu',
    '/saat',
    '/ay',
    'в месяц',
    'شهري',
    '€',
    '$',
    '3.200',
    '65,000',
    '15K',
    ' ',
    '  ',
    '-',
    '–',
    '(',
    ')',
    '.',
    ',',
    ';',
    '/',
    'x',
    'é',
    'ж',
    '\n',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('finds the same period at the same index as the search of all phrases', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findPeriod(t)).toEqual(findPeriodByPhrase(t));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['€25/hr, about €4,000 a month', 'HOUR', 3],
    ['4.000 € im Monat (48.000 € p.a.)', 'MONTH', 8],
    ['$5,000 per month', 'MONTH', 7],
    ['年収600万円', 'YEAR', 0],
  ])('finds the earliest statement in "%s": %s at %d', (t, period, index) => {
    expect(findPeriod(t)).toEqual({ period, index });
    expect(findPeriodByPhrase(t)).toEqual({ period, index });
  });
});

import { guardedRegExp, topLevelAlternatives } from '../../../shared/normalize/guarded-regex';
import { findPeriod, PHRASES, UNGUARDED_MARK } from '../../../shared/normalize/money/periods';

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

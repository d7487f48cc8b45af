import fc from 'fast-check';
import {
  firstAtom,
  guardedAlternation,
  guardedRegExp,
  topLevelAlternatives,
} from '../../../shared/normalize/guarded-regex';
import { findPeriod, PHRASES } from '../../../shared/normalize/money/periods';
import type { SalaryPeriod } from '../../../shared/schema/posting';

/** Regex sources with the constructs the rewrite must respect. */
const SOURCES: [string, string, string][] = [
  [
    'phrases with lookarounds, optional atoms and CJK',
    String.raw`per\s+hour|an\s+hour|\/\s?(?:hr|h)(?!\p{L})|hourly|p\.?\s?h\.?(?=\s|$|[),.])|(?<!\p{L})za\s+godzinę|(?:por|la)\s+hora|時給|·?\s?\d{2}\s?薪|\bpa(?=\.?\s*$)|(?<![\p{L}\d]\s?)월\s?(?=\d)`,
    'iu',
  ],
  ['captures and named groups', String.raw`(?<unit>x)y|(z)w|(?:q|(r))s`, 'u'],
  ['a class holding | and (', String.raw`[|(]x|y[)]|\(z\)`, ''],
  ['optional and starred first atoms', String.raw`a?b|c*d|e{0,2}f|g{1,2}h|i+j|k*?l`, 'i'],
  ['case-folded letters (ſ, K)', String.raw`stage|kurs|ſx`, 'iu'],
  ['a backreference (left as it is)', String.raw`(a)\1|(b)\2`, ''],
  ['escapes as first atoms', String.raw`\d+\s?h|\p{Lu}\p{Ll}+|\u00e9t|\x41b|\.net`, 'u'],
  [
    'whole words behind a lookbehind (spread over the group)',
    String.raw`(?<!\b(?:of|for)\s(?:\S+\s){0,2})(?<![\p{L}\p{N}])(?:senior|sr\.?|lead|head (?!of)\p{L}+|\p{L}*leiter)(?![\p{L}\p{N}])|リーダー`,
    'iu',
  ],
];

/** Strings made of the characters the sources care about, so that matches are frequent. */
const textOf = fc
  .array(
    fc.constantFrom(
      ...'perhouanzgodię時給薪·월PHOURAhr /.,)(|xyzwqrsabcdefgijklſKS12 \n\u00e9\u0041'.split(''),
      ' per hour',
      'za godzinę',
      'por hora',
      '12 薪',
      '3 월 5',
      'pa.',
      'senior',
      'Sr.',
      'head of ',
      'Head Chef',
      'Teamleiter',
      'lead ',
      'of ',
      'リーダー',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('guardedAlternation', () => {
  test.each(SOURCES)('%s: test() and the leftmost index are those of the original', (_name, source, flags) => {
    const original = new RegExp(source, flags);
    const guarded = guardedRegExp(source, flags);
    fc.assert(
      fc.property(textOf, (text) => {
        expect(guarded.test(text)).toBe(original.test(text));
        expect(guarded.exec(text)?.index).toBe(original.exec(text)?.index);
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  test.each([
    ['per\\s+hour|per\\s+day|\\/\\s?hr', '(?=p)(?:per\\s+hour|per\\s+day)|(?=\\/)(?:\\/\\s?hr)'],
    ['(?<!\\p{L})(?:na|za)\\s+rok', '(?=n)(?:(?<!\\p{L})na\\s+rok)|(?=z)(?:(?<!\\p{L})za\\s+rok)'],
    ['a?b|c', '(?=c)(?:c)|a?b'],
    ['(a)\\1|(b)\\2', '(a)\\1|(b)\\2'],
  ])('rewrites %s as %s', (source, expected) => {
    expect(guardedAlternation(source)).toBe(expected);
  });

  test.each([
    ['a|b(c|d)|[|]e', ['a', 'b(c|d)', '[|]e']],
    ['\\||x', ['\\|', 'x']],
  ])('splits %s into its top-level alternatives', (source, expected) => {
    expect(topLevelAlternatives(source)).toEqual(expected);
  });

  test.each([
    ['\\bper', 'p'],
    ['(?<!\\p{L})(?=x)xy', 'x'],
    ['\\p{L}+a', '\\p{L}'],
    ['[ab]c', '[ab]'],
    ['(?:a|b)c', null],
    ['a?b', null],
    ['a{0,3}b', null],
    ['\\1a', null],
  ])('the first atom of %s is %s', (alternative, atom) => {
    expect(firstAtom(alternative)).toBe(atom);
  });
});

/** The reading findPeriod replaced: every period as a named group of one regex, the first group to match wins. */
function namedGroupPeriod(text: string): { period: SalaryPeriod; index: number } | null {
  const regex = new RegExp(PHRASES.map(([period, source]) => `(?<${period}>${source})`).join('|'), 'iu');
  const m = regex.exec(text);
  const period = PHRASES.find(([p]) => m?.groups?.[p] !== undefined)?.[0];
  return m && period ? { period, index: m.index } : null;
}

describe('findPeriod through the guarded pattern', () => {
  const words = fc.constantFrom(
    ...[
      'per hour',
      '/hr',
      '/h',
      'a day',
      '/Tag',
      'per week',
      'monthly',
      '/月',
      '月給',
      '年収',
      '/年',
      'p.a.',
      'pa',
      'brutto pro Jahr',
      'par mois',
      'al año',
      '/tháng',
      '13 薪',
      '월 300',
      '연 5000',
      '/時間',
      '/日勤',
      'kr./time',
      'na rok',
      'za godzinę',
      '€',
      '65.000',
      ' ',
      ' - ',
      ',',
      'x',
      'Gehalt:',
    ],
  );
  test('finds the period and index the named-group regex finds, wherever phrases stand', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(findPeriod(text)).toEqual(namedGroupPeriod(text));
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});

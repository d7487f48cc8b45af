import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { languagesInItem } from '../../../shared/normalize/languages';
import { linesNamingLanguages } from '../../../shared/normalize/language-prefilter';
import { startsWithKey, unitTrie } from '../../../shared/normalize/regex-trie';
import { piecesOf } from '../../../shared/normalize/text-pieces';

const yieldsLanguages = (line: string) => piecesOf(line).some((piece) => languagesInItem(piece, 'must').length > 0);

describe('linesNamingLanguages', () => {
  it.each([
    ['a line naming a language in English', 'Fluent English required', true],
    ['a German compound', 'Sehr gute Deutschkenntnisse', true],
    ['a Japanese certificate without a name', 'JLPT N2以上', true],
    ['a full-width certificate, read after NFKC', 'ＴＯＥＩＣ８００点以上', true],
    ['a Turkish dotted capital', 'İNGİLİZCE bilgisi', true],
    ['a name with a space in it', 'Biết tiếng  Nhật là lợi thế', true],
    ['a line naming none', 'You will build our payment APIs', false],
    ['a name inside a longer word only', 'Renglish and Xdeutsch', false],
  ])('marks %s: %s', (_name, line, expected) => {
    expect(linesNamingLanguages(['Teamwork', line, 'Remote'])).toEqual([false, expected, false]);
  });

  it('reads a line holding the separator itself, and every other line, rather than miscount', () => {
    expect(linesNamingLanguages(['a\u0000b', 'nothing here'])).toEqual([true, true]);
  });

  it('reads a line longer than one piece whole', () => {
    expect(linesNamingLanguages(['x '.repeat(300)])).toEqual([true]);
  });

  it('never passes over a line from which a language is read', () => {
    const fragment = fc.constantFrom(
      'English',
      'english',
      'Deutsch',
      'Englischkenntnisse',
      '日本語',
      'JLPT',
      'N2以上',
      'HSK 5',
      'ＴＯＥＩＣ',
      'İngilizce',
      'tiếng Anh',
      'Bahasa Inggris',
      'fluent',
      'C1',
      'required',
      'a plus',
      'x',
      'é',
      '\u0301',
      ' ',
      '\n',
      ',',
      '(',
      'ﬁ',
    );
    const line = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const naming = linesNamingLanguages(lines);
        lines.forEach((l, i) => {
          if (yieldsLanguages(l)) expect(naming[i]).toBe(true);
        });
      }),
      { numRuns: 400, seed: FUZZ_SEED },
    );
  });
});

describe('startsWithKey', () => {
  const trie = unitTrie(['tiếng anh', 'english', 'engels', 'de']);

  it.each([
    ['ENGLISH', 0, true],
    ['xengels', 1, true],
    ['tiếng \t Anh', 0, true],
    ['tiếngAnh', 0, false],
    ['engl', 0, false],
    ['Deutsch', 0, true],
    ['', 0, false],
  ])('in %j at %d: %s', (text, at, expected) => {
    expect(startsWithKey(trie, text, at)).toBe(expected);
  });
});

describe('startsWithKey prefix filters', () => {
  const keys = [
    'tiếng anh',
    'english',
    'engels',
    'de',
    'x',
    'ja',
    'a b',
    'ab c',
    ' zz',
    '日本語',
    'İngilizce'.toLowerCase(),
  ];
  const trie = unitTrie(keys);
  // what the trie stands for: a case-insensitive, non-Unicode regex per string, a space matching a whitespace run
  const escape = (key: string): string => key.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');
  const sticky = keys.map((key) => new RegExp(escape(key), 'iy'));
  const slowStartsWithKey = (text: string, at: number): boolean =>
    sticky.some((regex) => {
      regex.lastIndex = at;
      return regex.test(text);
    });

  it('rules out a start by its first units only where the full walk finds no string either', () => {
    // whole strings, their pieces and near misses, so that starts and two-unit prefixes come up often
    const piece = fc.constantFrom(
      'ENG',
      'en',
      'glish',
      'els',
      'De',
      'x',
      'ja',
      'a',
      'b',
      'a b',
      'A\t\tB',
      'a\u00a0b',
      'ab',
      'AB\tc',
      'z',
      '\tzZ',
    );
    const other = fc.constantFrom('tiếng', ' anh', '日本', '語', 'İ', 'ngilizce', '\u0301', 'ﬁ', 'ß', 'ſ', 'K', ' ');
    const text = fc.array(fc.oneof(piece, other, fc.string({ maxLength: 2 })), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at < t.length; at++) expect(startsWithKey(trie, t, at)).toBe(slowStartsWithKey(t, at));
      }),
      { numRuns: 600, seed: FUZZ_SEED },
    );
  });
});

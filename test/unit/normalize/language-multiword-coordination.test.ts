import { findLanguageNames } from '../../../shared/normalize/language-mentions';

const codes = (line: string): string[] => findLanguageNames(line).map((m) => m.code);

describe('an adjective-name coordinated with a language name of several words is the language too', () => {
  it.each([
    ['Malaysian English', 'Good written English and Bahasa Malaysia', ['en', 'ms']],
    ['Indonesian', 'Fluent English and Bahasa Indonesia', ['en', 'id']],
    ['Melayu, with "or"', 'Strong English or Bahasa Melayu', ['en', 'ms']],
    ['a chain of three', 'Good Chinese, English and Bahasa Malaysia', ['zh', 'en', 'ms']],
  ])('%s: %s', (_name, line, expected) => {
    expect(codes(line)).toEqual(expected);
  });

  it.each([
    ['nationalities before a capitalised noun', 'Experience with German and Austrian clients', []],
    ['a capitalised word that only starts like a name', 'Knowledge of English and Bahasawan Press titles', []],
    ['a name alone is still found', 'Bahasa Malaysia is required', ['ms']],
  ])('counter-case, %s: %s', (_name, line, expected) => {
    expect(codes(line)).toEqual(expected);
  });
});

import { matchesOf } from '../../../shared/normalize/regex-matches';

const summary = (matches: RegExpExecArray[] | RegExpMatchArray[]) =>
  matches.map((m) => ({ index: m.index, text: m[0], groups: m.slice(1) }));

describe('matchesOf', () => {
  it.each([
    ['every word', /\p{L}+/gu, 'Deutsch, Englisch und 日本語'],
    ['a level with its group', /(?<![A-Za-z0-9])([ABC][12])\+?(?![A-Za-z0-9])/g, 'English C1+, German B2, ABC12'],
    ['empty matches between characters', /x*/g, 'axxb'],
    ['empty matches across a surrogate pair in Unicode mode', /(?:)/gu, 'a😀b'],
    ['empty matches inside a surrogate pair without it', /(?:)/g, 'a😀b'],
    ['no match at all', /JLPT/gi, 'no certificate here'],
  ])('finds what matchAll finds: %s', (_name, regex, text) => {
    expect(summary(matchesOf(regex, text))).toEqual(summary([...text.matchAll(regex)]));
  });

  it('leaves the regex ready for the next call', () => {
    const regex = /a/g;
    matchesOf(regex, 'banana');
    expect(regex.lastIndex).toBe(0);
    expect(matchesOf(regex, 'aa')).toHaveLength(2);
  });

  it('refuses a regex without the global flag, which would loop on the first match', () => {
    expect(() => matchesOf(/a/, 'aa')).toThrow(TypeError);
  });
});

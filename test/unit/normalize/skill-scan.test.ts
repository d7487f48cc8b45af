import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { nextAliasMatch, scanSkillCandidates, skillMatcher } from '../../../shared/normalize/skill-matcher';
import { TAXONOMY } from '../../../shared/normalize/taxonomy';

/**
 * The alias scanner skips positions where no alias can start instead of running one taxonomy-sized regex
 * over every position (a word is tried only when its whole case-folded word opens an alias): it must find
 * exactly what that regex finds.
 */

const aliases = TAXONOMY.flatMap((group) =>
  group.skills.flatMap((skill) => [skill.name, ...(skill.aliases ?? []), ...(skill.exact ?? [])]),
);

const fragment = fc.oneof(
  fc.constantFrom(...aliases),
  fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
  fc.constantFrom(...aliases).map((a) => a.toLowerCase()),
  fc.constantFrom(
    ' ',
    '  ',
    '\n',
    '.',
    ', ',
    '/',
    '-',
    '+',
    '#',
    '_',
    '(',
    ')',
    'を',
    'での',
    '、',
    'é',
    'ⱥ',
    '🤗',
    'K',
    // units that continue a word, glued to an alias they make a longer word of it: 'Javas', 'Go2', 'C++x'
    's',
    '2',
    'ä',
    'ж',
    'ſ',
    'ı',
    'İ',
    '\u212a',
    '\u00a0',
  ),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('experience', 'go-live', 'Vue.js', 'index.html', 'C#', 'C++', '.NET', 'Node.js', 'CI/CD'),
  // first and second words of aliases of several words, to be glued to other words and separators
  fc.constantFrom(...aliases).map((a) => a.split(/(?<=[\s./-])/u)[0]!),
  fc.constantFrom(...aliases).map((a) =>
    a
      .split(/(?=[\s./-])/u)
      .slice(1)
      .join(''),
  ),
);

describe('skill alias scanning', () => {
  it('finds the same match as the single taxonomy regex from every position of arbitrary texts', () => {
    const { regex } = skillMatcher();
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (let from = 0; from <= text.length; from++) {
          regex.lastIndex = from;
          const expected = regex.exec(text);
          const actual = nextAliasMatch(text, from);
          expect(actual && [actual[0], actual.index]).toEqual(expected && [expected[0], expected.index]);
        }
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });

  it('tries a word only when the whole word opens an alias, whatever its case', () => {
    const found = (text: string) => scanSkillCandidates(text).map((c) => text.slice(c.start, c.end));
    expect(found('Javas Pythonic Node.js NODEJS go-live Kotlina ASP.NET .NET C++x C++')).toEqual([
      'Node.js',
      'NODEJS',
      'Kotlina',
      'ASP.NET',
      '.NET',
      'C++',
    ]);
    expect(found('PYTHON 3 and python\t3')).toEqual(['PYTHON 3', 'python\t3']);
  });

  it('tries the first word of aliases of several words only when its separator and second word follow', () => {
    const found = (text: string) => scanSkillCandidates(text).map((c) => text.slice(c.start, c.end));
    expect(found('data scientist, Data\n\tScience, data-science, A/B testing, A/Bs, a/b tests')).toEqual([
      'Data\n\tScience',
      'A/B testing',
      'a/b tests',
    ]);
    expect(found('Erste-Hilfe-Kurs, erste Hilfe, erste Woche, S/4HANA, S/4 HANA, S/3, data')).toEqual([
      'Erste-Hilfe-Kurs',
      'erste Hilfe',
      'S/4HANA',
      'S/4 HANA',
    ]);
  });

  it('finds aliases next to CJK text, after a sentence stop and at both ends of the text', () => {
    const found = (text: string) => scanSkillCandidates(text).map((c) => text.slice(c.start, c.end));
    expect(found('PyTorchを用いた開発とPythonでの実装')).toEqual(['PyTorch', 'Python']);
    expect(found('experience.Python and Go')).toEqual(['Python', 'Go']);
    expect(found('Rust')).toEqual(['Rust']);
    expect(found('JavaScript, not Java')).toEqual(['JavaScript', 'Java']);
  });

  it.each([
    ['a space written as a tab or line break', 'We use G\tSuite and g\nsuite daily', ['G\tSuite', 'g\nsuite']],
    ['a capital second letter', 'PYTHON and KUBERNETES', ['PYTHON', 'KUBERNETES']],
    ['a one-letter alias at the very end', 'Statistics in R', ['R']],
  ])('matches the whole-taxonomy regex where the second unit decides: %s', (_name, text, expected) => {
    const found = scanSkillCandidates(text).map((c) => text.slice(c.start, c.end));
    const regex = new RegExp(skillMatcher().regex.source, 'gi');
    expect(found).toEqual(expected);
    expect([...text.matchAll(regex)].map((m) => m[0])).toEqual(expect.arrayContaining(expected));
  });
});

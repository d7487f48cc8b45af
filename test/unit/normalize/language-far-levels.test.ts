import { extractLanguages } from '../../../shared/normalize/languages';

const levels = (line: string) =>
  extractLanguages({ must: [line], nice: [], other: [], postingLanguage: null }).map((l) => [l.code, l.level]);

describe('a graded level several words from the one language its clause names grades that language', () => {
  it.each([
    ['ru, a phrase between', 'английский язык на уровне чтения технической документации (не ниже B1)', [['en', 'B1']]],
    [
      'ru, a clause between',
      'Знание английского языка на уровне, достаточном для общения с заказчиком (B2)',
      [['en', 'B2']],
    ],
    [
      'uk, the CEFR name after a phrase',
      'англійська мова — достатня для листування з клієнтами, Upper-Intermediate',
      [['en', 'business']],
    ],
    ['pl', 'Język angielski na poziomie pozwalającym na swobodną komunikację (B2)', [['en', 'B2']]],
    ['cs', 'Znalost angličtiny na úrovni umožňující plynulou komunikaci (C1)', [['en', 'C1']]],
    ['en', 'English for daily standups with the US team (C1)', [['en', 'C1']]],
    [
      'de, two coordinated languages share it',
      'Deutsch und Englisch, mindestens auf Niveau B2 in beiden',
      [
        ['de', 'B2'],
        ['en', 'B2'],
      ],
    ],
  ])('%s: %s', (_name, line, expected) => {
    expect(levels(line)).toEqual(expected);
  });

  it.each([
    [
      'a word level far away grades something else',
      'Английский для чтения документации, продвинутый уровень SQL',
      [['en', null]],
    ],
    ['B2B is no level', 'Английский язык. Опыт B2B продаж от 2 лет', [['en', null]]],
    [
      'a level after a sentence end',
      'English is a plus. Our office is in building C1 of the campus, level B2',
      [['en', null]],
    ],
    [
      'a level beside another, uncoordinated language',
      'German is our office language; English at B2',
      [
        ['de', null],
        ['en', 'B2'],
      ],
    ],
  ])('not bound: %s', (_name, line, expected) => {
    expect(levels(line)).toEqual(expected);
  });
});

import { extractLanguages } from '../../../shared/normalize/languages';

/**
 * A graded level after "at least" in its language ("Deutschkenntnisse (mindestens C1)", "English (at least
 * B2)") is the language's level: the words between them read as a clean gap, so the CEFR grade binds and wins
 * over the adjective ("sehr gute" → fluent).
 */
const levelsOf = (line: string): Array<[string, string | null]> =>
  extractLanguages({ must: [line], nice: [], other: [], postingLanguage: null }).map((l) => [l.code, l.level]);

describe('"at least" before a graded level keeps it with its language', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'de',
      'Sehr gute Deutschkenntnisse (mindestens C1) und gute Englischkenntnisse',
      [
        ['de', 'C1'],
        ['en', 'business'],
      ],
    ],
    ['en', 'Fluent English (at least C1)', [['en', 'C1']]],
    ['fr', 'Français courant (au moins C1)', [['fr', 'C1']]],
    ['es', 'Inglés avanzado (mínimo B2)', [['en', 'B2']]],
    ['nl', 'Goede kennis van het Engels (minimaal B2)', [['en', 'B2']]],
    ['pl', 'Bardzo dobra znajomość angielskiego (co najmniej C1)', [['en', 'C1']]],
    ['it', 'Inglese fluente (almeno C1)', [['en', 'C1']]],
  ])('%s: %s', (_lang, line, levels) => expect(levelsOf(line)).toEqual(levels));
});

describe('"at least" before something else binds no level', () => {
  it('years of experience after a language', () => {
    expect(levelsOf('Deutsch fließend, mindestens 2 Jahre Erfahrung im B2B-Vertrieb')).toEqual([['de', 'fluent']]);
  });
  it('a level for the next language stays with it', () => {
    expect(levelsOf('Englisch fließend; mindestens B2 in Französisch')).toEqual([
      ['en', 'fluent'],
      ['fr', 'B2'],
    ]);
  });
});

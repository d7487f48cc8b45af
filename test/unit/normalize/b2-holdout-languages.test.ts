import { extractLanguages } from '../../../shared/normalize/languages';

const read = (must: string[], nice: string[] = []) =>
  extractLanguages({ must, nice, other: [], postingLanguage: null });

/**
 * Language requirements written in Bulgarian, Croatian/Serbian, Slovenian, Slovak, Lithuanian, Estonian,
 * Catalan, Malay, Hindi and Persian: the languages' own names (inflected), their level words, the word between
 * a level and its language, and one head noun shared by coordinated languages ("eesti ja inglise keele").
 */
describe('language requirements in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    [
      'bg, level word and shared noun',
      'Много добро владеене на английски и немски език',
      [
        { code: 'en', required: true, level: 'business' },
        { code: 'de', required: true, level: 'business' },
      ],
    ],
    [
      'hr, shared noun names the bare first language',
      'Znanje hrvatskog i engleskog jezika',
      [
        { code: 'hr', required: true, level: null },
        { code: 'en', required: true, level: null },
      ],
    ],
    [
      'hr, working knowledge',
      'Aktivno poznavanje njemačkog i engleskog jezika',
      [
        { code: 'de', required: true, level: 'business' },
        { code: 'en', required: true, level: 'business' },
      ],
    ],
    [
      'et, or between two languages',
      'Suurepärane vene ja inglise keele oskus',
      [
        { code: 'ru', required: true, level: 'fluent' },
        { code: 'en', required: true, level: 'fluent' },
      ],
    ],
    ['sl, CEFR after the name', 'Znanje angleščine na ravni C1', [{ code: 'en', required: true, level: 'C1' }]],
    [
      'sk, CEFR after a level word',
      'nemecký jazyk – stredne pokročilý (B1)',
      [{ code: 'de', required: true, level: 'B1' }],
    ],
    [
      'lt, genitive plural after "or"',
      'rusų arba lenkų kalbos žinios',
      [
        { code: 'ru', required: true, level: null },
        { code: 'pl', required: true, level: null },
      ],
    ],
    [
      'ca, Catalan and Spanish',
      'Català i castellà, parlat i escrit',
      [
        { code: 'ca', required: true, level: null },
        { code: 'es', required: true, level: null },
      ],
    ],
    [
      'ms, "well" after the names',
      'Bahasa Melayu dan Bahasa Inggeris dengan baik',
      [
        { code: 'ms', required: true, level: 'business' },
        { code: 'en', required: true, level: 'business' },
      ],
    ],
    ['ms, fluent', 'Fasih berbahasa Inggeris', [{ code: 'en', required: true, level: 'fluent' }]],
    ['hi, basic English', 'अंग्रेजी का बेसिक ज्ञान', [{ code: 'en', required: true, level: 'basic' }]],
    ['fa, mastery of English', 'تسلط کامل به زبان انگلیسی', [{ code: 'en', required: true, level: 'fluent' }]],
  ])('%s: %s', (_name, line, expected) => expect(read([line])).toEqual(expected));

  test('a nice-to-have section makes them optional', () =>
    expect(read([], ['Vene või soome keele oskus'])).toEqual([
      { code: 'ru', required: false, level: null },
      { code: 'fi', required: false, level: null },
    ]));

  test.each([
    ['et, the country alone', 'Eesti ettevõttes töötamise kogemus'],
    ['sl, the market', 'Izkušnje na slovenskem trgu'],
    ['hr, the country', 'Rad u Hrvatskoj i Sloveniji'],
    ['et, two cities joined like languages', 'Tallinna ja Tartu kontorid'],
  ])('%s names no language: %s', (_name, line) => expect(read([line])).toEqual([]));
});

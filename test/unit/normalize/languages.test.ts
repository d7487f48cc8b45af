import { extractLanguages } from '../../../shared/normalize/languages';

const languagesOf = (must: string[], nice: string[] = [], other: string[] = []) =>
  extractLanguages({ must, nice, other, postingLanguage: null });

describe('extractLanguages', () => {
  describe('reads requirement items in many languages', () => {
    it.each([
      [['Good communication in English'], [], [{ code: 'en', required: true, level: 'business' }]],
      [
        ['Fluency in English and Swahili'],
        [],
        [
          { code: 'en', required: true, level: 'fluent' },
          { code: 'sw', required: true, level: 'fluent' },
        ],
      ],
      [
        ['Español nativo'],
        ['Inglés conversacional'],
        [
          { code: 'es', required: true, level: 'native' },
          { code: 'en', required: false, level: 'conversational' },
        ],
      ],
      [
        ['ビジネスレベルの日本語'],
        ['英語での技術文書の読解'],
        [
          { code: 'ja', required: true, level: 'business' },
          { code: 'en', required: false, level: null },
        ],
      ],
      [['Deutsch fließend (C1)'], [], [{ code: 'de', required: true, level: 'C1' }]],
      [['JLPT N2以上'], [], [{ code: 'ja', required: true, level: 'JLPT N2' }]],
      [['日本語能力試験Ｎ１'], [], [{ code: 'ja', required: true, level: 'JLPT N1' }]],
      [
        ['Sehr gute Deutsch- und Englischkenntnisse'],
        [],
        [
          { code: 'de', required: true, level: 'fluent' },
          { code: 'en', required: true, level: 'fluent' },
        ],
      ],
      [
        ['Anglais courant et français natif'],
        [],
        [
          { code: 'en', required: true, level: 'fluent' },
          { code: 'fr', required: true, level: 'native' },
        ],
      ],
      [
        ['Tiếng Anh giao tiếp tốt'],
        ['Biết tiếng Nhật là lợi thế'],
        [
          { code: 'en', required: true, level: 'business' },
          { code: 'ja', required: false, level: null },
        ],
      ],
      [
        ['TOEIC 800点以上の英語力'],
        ['中国語（HSK5級）'],
        [
          { code: 'en', required: true, level: 'TOEIC 800' },
          { code: 'zh', required: false, level: 'HSK 5' },
        ],
      ],
      [
        ['Native Japanese and business English'],
        [],
        [
          { code: 'ja', required: true, level: 'native' },
          { code: 'en', required: true, level: 'business' },
        ],
      ],
      [
        ['Mandarin Chinese (native)', 'Kiswahili'],
        [],
        [
          { code: 'zh', required: true, level: 'native' },
          { code: 'sw', required: true, level: null },
        ],
      ],
      [['Polski – poziom B2'], [], [{ code: 'pl', required: true, level: 'B2' }]],
      [['영어 회화 가능자'], [], [{ code: 'en', required: true, level: null }]],
    ])('%j / nice %j', (must, nice, expected) => {
      expect(languagesOf(must, nice)).toEqual(expected);
    });
  });

  it('marks a language in a must item optional when its clause says it is a plus', () => {
    expect(languagesOf(['English (C1); German is a plus'])).toEqual([
      { code: 'en', required: true, level: 'C1' },
      { code: 'de', required: false, level: null },
    ]);
  });

  describe('does not take nationality words, dishes or programming languages for languages', () => {
    it.each([
      'Experience at a German company',
      'Cooking an English breakfast',
      'Install French doors and windows',
      'Knowledge of Java and Swift',
      'Polish your code before review',
      'Chinese market experience',
      'German citizenship',
      'Programming languages: Go, Rust, Python',
    ])('%s', (item) => {
      expect(languagesOf([item])).toEqual([]);
    });
  });

  describe('reads other lines only when they state a requirement', () => {
    it.each([
      ['Our team speaks English and German.', []],
      ['We offer free Spanish lessons.', []],
      ['Fluent English required', [{ code: 'en', required: true, level: 'fluent' }]],
      ['English is a must', [{ code: 'en', required: true, level: null }]],
      [
        'Languages: English, French',
        [
          { code: 'en', required: true, level: null },
          { code: 'fr', required: true, level: null },
        ],
      ],
      ['Französischkenntnisse sind von Vorteil', [{ code: 'fr', required: false, level: null }]],
      ['日本語ネイティブレベル必須', [{ code: 'ja', required: true, level: 'native' }]],
      ["L'allemand est un plus", [{ code: 'de', required: false, level: null }]],
    ])('%s', (line, expected) => {
      expect(languagesOf([], [], [line])).toEqual(expected);
    });
  });

  it('keeps one entry per language: required wins and the higher level wins', () => {
    expect(
      languagesOf(['Basic English'], ['Fluent English', 'Japanese (JLPT N3)'], ['Japanese N1 or above preferred']),
    ).toEqual([
      { code: 'en', required: true, level: 'fluent' },
      { code: 'ja', required: false, level: 'JLPT N1' },
    ]);
  });

  it('returns nothing when no language is named', () => {
    expect(languagesOf(['5+ years of Go'], ['Kubernetes'], ['We are remote-first'])).toEqual([]);
  });
});

describe('extractLanguages on arbitrary text', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const parts = fc.constantFrom(
    'English',
    'Deutsch',
    '日本語',
    'fluent',
    'C1',
    'JLPT N2',
    'required',
    'a plus',
    'and',
    ',',
    'German company',
    ' ',
  );
  const line = fc.array(fc.oneof(fc.string(), parts), { maxLength: 10 }).map((p) => p.join(' '));

  it('never throws and returns one valid entry per ISO 639-1 code', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 4 }),
        fc.array(line, { maxLength: 4 }),
        fc.array(line, { maxLength: 4 }),
        (must, nice, other) => {
          const found = extractLanguages({ must, nice, other, postingLanguage: null });
          expect(new Set(found.map((l) => l.code)).size).toBe(found.length);
          for (const l of found) expect(l.code).toMatch(/^[a-z]{2}$/);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('extractLanguages on long paragraphs', () => {
  it('reads a requirement in the middle of a long paragraph sentence by sentence', () => {
    const filler = 'We build tools for clinics and care about quality. '.repeat(60);
    expect(
      extractLanguages({
        must: [],
        nice: [],
        other: [`${filler}Fluent English required. ${filler}`],
        postingLanguage: null,
      }),
    ).toEqual([{ code: 'en', required: true, level: 'fluent' }]);
  });
});

describe('extractLanguages: negations, coordinations and levels in the posting’s own language', () => {
  it.each([
    ['Fluent English; Spanish is not required', [{ code: 'en', required: true, level: 'fluent' }]],
    ['No French needed, good English', [{ code: 'en', required: true, level: 'business' }]],
    ['Englisch fließend, Deutschkenntnisse sind nicht erforderlich', [{ code: 'en', required: true, level: 'fluent' }]],
    ['Inglés fluido; el alemán no es necesario', [{ code: 'en', required: true, level: 'fluent' }]],
    ['英語不問、日本語ネイティブ', [{ code: 'ja', required: true, level: 'native' }]],
    ['Italian or Spanish not needed', []],
    ['Sin inglés requerido', []],
    ['Deutsch ist kein Muss, Englisch fließend', [{ code: 'en', required: true, level: 'fluent' }]],
    ['Inglés fluido; el francés no es un requisito', [{ code: 'en', required: true, level: 'fluent' }]],
    ['English (not German)', [{ code: 'en', required: true, level: null }]],
    [
      'Not only English but also German',
      [
        { code: 'en', required: true, level: null },
        { code: 'de', required: true, level: null },
      ],
    ],
  ])('a language said not to be needed is left out: %s', (item, expected) => {
    expect(languagesOf([item])).toEqual(expected);
  });

  it.each([
    ['Our Spanish and Italian partners visit twice a year, so you present in English', [{ code: 'en' }]],
    ['You will serve Dutch, Belgian and French clients in fluent English', [{ code: 'en' }]],
    ['Spanish, Italian or French speakers welcome', [{ code: 'es' }, { code: 'it' }, { code: 'fr' }]],
  ])('a chain of nationality adjectives follows its last word: %s', (item, expected) => {
    expect(languagesOf([item]).map(({ code }) => ({ code }))).toEqual(expected);
  });

  it.each([
    ['Tamil aur Hindi mein fluent baat-cheet', ['ta', 'hi'], 'fluent'],
    ['Marathi and Hindi (fluent)', ['mr', 'hi'], 'fluent'],
    ['Knowledge of Malayalam', ['ml'], null],
  ])('reads Indian languages and Hinglish coordination: %s', (item, codes, level) => {
    expect(languagesOf([item])).toEqual(codes.map((code) => ({ code, required: true, level })));
  });

  it.each([
    ['Inglés nivel alto (C1)', 'en', 'C1'],
    ['Francés medio-alto', 'fr', 'business'],
    ['Inglese discreto', 'en', 'conversational'],
    ['Inglês intermediário', 'en', 'conversational'],
    ['Vloeiend Engels en goede kennis van het Duits', 'de', 'business'],
    ['Je spreekt vlot Frans', 'fr', 'fluent'],
    ['Znajomość języka niemieckiego na poziomie C1', 'de', 'C1'],
    ['Dobra znajomość angielskiego', 'en', 'business'],
    ['Français bilingue', 'fr', 'native'],
    ['英文熟练', 'en', 'fluent'],
  ])('reads a level written in the posting’s language: %s', (item, code, level) => {
    expect(languagesOf([item])).toContainEqual({ code, required: true, level });
  });
});

describe('extractLanguages: knowledge phrases and national certificates', () => {
  it.each([
    [
      "Bonne maîtrise de l'anglais, allemand scolaire",
      [
        ['en', 'business'],
        ['de', 'basic'],
      ],
    ],
    ["Ottima conoscenza dell'inglese", [['en', 'fluent']]],
    ['Buen dominio del inglés', [['en', 'business']]],
    ['Dobra znajomość języka angielskiego', [['en', 'business']]],
    ['Sichere Deutschkenntnisse', [['de', 'business']]],
    ['영어 고급 가능자', [['en', 'fluent']]],
    ['Tiếng Anh khá', [['en', 'business']]],
    ['大学英语六级（CET-6）以上', [['en', 'CET-6']]],
    ['英语四级', [['en', 'CET-4']]],
    ['TEM-8 certificate', [['en', 'TEM-8']]],
    ['폴란드어 중급', [['pl', 'conversational']]],
    ['Holländisch und Flämisch', [['nl', null]]],
  ])('%s', (item, expected) => {
    expect(languagesOf([item]).map((l) => [l.code, l.level])).toEqual(expected);
  });
});

import { extractLanguages } from '../../../shared/normalize/languages';

const languagesOf = (must: string[]) => extractLanguages({ must, nice: [], other: [], postingLanguage: null });
const summary = (must: string[]) =>
  languagesOf(must).map(({ code, required }) => `${code}:${required ? 'required' : 'optional'}`);

describe('extractLanguages: languages offered as alternatives', () => {
  it.each([
    ['Taler dansk eller engelsk', ['da:optional', 'en:optional']],
    ['Speaks German or English', ['de:optional', 'en:optional']],
    ['Vous parlez français ou anglais', ['fr:optional', 'en:optional']],
    ['Deutsch oder Englisch', ['de:optional', 'en:optional']],
    ['Talar svenska eller engelska', ['sv:optional', 'en:optional']],
    ['Inglés o portugués', ['en:optional', 'pt:optional']],
    ['Inglese o francese', ['en:optional', 'fr:optional']],
    ['Angielski lub niemiecki', ['en:optional', 'de:optional']],
    ['Engels of Duits', ['en:optional', 'de:optional']],
    ['英語または中国語', ['en:optional', 'zh:optional']],
    ['Tiếng Anh hoặc tiếng Nhật', ['en:optional', 'ja:optional']],
    ['German, French or Dutch', ['de:optional', 'fr:optional', 'nl:optional']],
    ['English and/or Spanish', ['en:optional', 'es:optional']],
    ['Deutsch fließend oder Englisch (C1)', ['de:optional', 'en:optional']],
  ])('either one will do, so neither is required: %s', (item, expected) => {
    expect(summary([item])).toEqual(expected);
  });

  it.each([
    ['English and German or French', ['en:required', 'de:optional', 'fr:optional']],
    ['Deutsch und Englisch', ['de:required', 'en:required']],
    ['English, German and French', ['en:required', 'de:required', 'fr:required']],
    ['Fluent English; German or French is a plus', ['en:required', 'de:optional', 'fr:optional']],
  ])('an "and" keeps its languages required: %s', (item, expected) => {
    expect(summary([item])).toEqual(expected);
  });

  it('keeps the level of each alternative', () => {
    expect(languagesOf(['Japanese (JLPT N2) or Korean (TOPIK 5)'])).toEqual([
      { code: 'ja', required: false, level: 'JLPT N2' },
      { code: 'ko', required: false, level: 'TOPIK 5' },
    ]);
  });

  it('a language required elsewhere in the posting stays required', () => {
    expect(summary(['Fluent English', 'German or English'])).toEqual(['en:required', 'de:optional']);
  });
});

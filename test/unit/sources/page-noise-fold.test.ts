import { foldText } from '../../../shared/normalize/document/fold';
import { isOtherJobsHeading } from '../../../shared/sources/html/page-noise';

/**
 * `isOtherJobsHeading` tests headings of ASCII, spaces, kana, CJK and Hangul as they stand, without folding them:
 * it must answer as it does for the folded heading, for every way a heading of each script can be written.
 */
describe('headings of other postings, tested with or without folding', () => {
  test.each([
    ['Similar jobs', true],
    ['SIMILAR   JOBS', true],
    ['• More Opportunities', true],
    ['Similar\u00a0jobs', true],
    ['Similar\u3000jobs', true],
    ['You may also like', true],
    ['Ähnliche Stellenangebote', true],
    ['ÄHNLICHE JOBS', true],
    ['Offres similaires', true],
    ['Vagas semelhantes', true],
    ['Việc làm tương tự', true],
    ['Ｓｉｍｉｌａｒ　Ｊｏｂｓ', true],
    ['関連求人', true],
    ['【その他の求人】', true],
    ['類似', true],
    ['おすすめの求人', true],
    ['其他職缺', true],
    ['추천 채용', true],
    ['추천채용', true],
    ['Job melden', false],
    ['Senior Accountant', false],
    ['• 25 jours de congés payés', false],
    ['歓迎スキル:', false],
    ['Similarjobs', false],
    ['Similar jobs'.padEnd(120, '.'), false],
  ])('%j → %s', (heading, expected) => {
    expect(isOtherJobsHeading(heading)).toBe(expected);
    expect(isOtherJobsHeading(foldText(heading))).toBe(expected);
  });

  // every character, where a space, a letter or nothing completes a heading of each script; the folded text is the
  // reference where folding it again changes nothing ("ᴿ" folds to "R", which only a second folding lower-cases)
  const templates: Array<(c: string) => string> = [
    (c) => `Similar${c}jobs`,
    (c) => `simila${c} jobs`,
    (c) => `関連${c}求人`,
    (c) => `関${c}求人`,
    (c) => `추천${c}채용`,
    (c) => `${c}その他の求人`,
  ];
  test.each(templates.map((template, i) => [i, template] as const))(
    'template %i: every BMP character',
    (_i, template) => {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        const text = template(String.fromCharCode(code));
        const folded = foldText(text);
        if (foldText(folded) !== folded) continue;
        if (isOtherJobsHeading(text) !== isOtherJobsHeading(folded)) wrong.push(code.toString(16));
      }
      expect(wrong).toEqual([]);
    },
  );
});

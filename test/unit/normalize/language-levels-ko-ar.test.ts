import { languagesInItem } from '../../../shared/normalize/languages';

/**
 * Korean and Japanese write a business level as "business conversation" or "business level" several words from the
 * language ("영어로 … 비즈니스 회화가 가능하신 분"); such a phrase grades only a language. Arabic asks for command of a
 * language with 'إجادة' / 'إتقان' before "the language" ('إجادة اللغة الإنجليزية'): fluent.
 */
const read = (item: string) =>
  languagesInItem(item, 'must').map((f) => ({ code: f.code, level: f.level?.label ?? null }));

describe('language levels in Korean, Japanese and Arabic wordings', () => {
  test.each([
    [
      'ko business conversation, far',
      '영어로 기술 문서를 읽고 해외 파트너와 비즈니스 회화가 가능하신 분',
      'en',
      'business',
    ],
    ['ko business level, far', '일본어로 고객 응대 및 비즈니스 수준의 메일 작성', 'ja', 'business'],
    ['ja business conversation, far', '英語を使って海外拠点とビジネス会話ができる方', 'en', 'business'],
    ['ar command of English', 'إجادة اللغة الإنجليزية تحدثاً وكتابة', 'en', 'fluent'],
    ['ar mastery of French', 'إتقان اللغة الفرنسية', 'fr', 'fluent'],
  ])('%s', (_name, item, code, level) => expect(read(item)).toEqual([{ code, level }]));

  test.each([
    ['ko business model, not a level', '비즈니스 모델 이해와 영어 가능자', 'en'],
    ['ko business words in another clause', '영어 능력 필수, 비즈니스 모델 기획 경험', 'en'],
    ['ko conversation training in another sentence', '영어 필수. 비즈니스 회화 교육 지원', 'en'],
    ['ar command of a program, not the language', 'إجادة استخدام Excel. الإنجليزية', 'en'],
    ['ar knowledge without a level', 'معرفة باللغة الإنجليزية', 'en'],
  ])('no level, %s', (_name, item, code) => expect(read(item)).toEqual([{ code, level: null }]));
});

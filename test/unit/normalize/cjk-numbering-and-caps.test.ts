import { splitBullet } from '../../../shared/normalize/document/bullets';
import { HeadingLine, headingFromLine } from '../../../shared/normalize/document/line-headings';

/** Chinese/Japanese numbering touching the text is a list marker; a CJK line naming an acronym is no caps heading. */
describe('CJK numbered items', () => {
  test.each([
    ['1、负责厨房日常运营管理', '1、', '负责厨房日常运营管理'],
    ['2．制定并执行每周菜单', '2．', '制定并执行每周菜单'],
    ['（3）熟悉粤菜制作', '（3）', '熟悉粤菜制作'],
    ['10、能适应节假日排班', '10、', '能适应节假日排班'],
  ])('%s', (line, marker, text) => expect(splitBullet(line)).toEqual({ marker, ordered: true, text }));

  test.each([
    ['a decimal number', '1.5年以上工作经验'],
    ['a numbered heading in Chinese numerals', '一、岗位职责'],
    ['a year', '2026年入职'],
  ])('no bullet: %s', (_name, line) => expect(splitBullet(line)).toBeNull());
});

describe('lines in capitals', () => {
  test.each([
    ['zh with an acronym', '3、熟悉粤菜制作，了解HACCP体系；'],
    ['ja with an acronym', 'AWSの実務経験'],
  ])('no caps heading: %s', (_name, text) => expect(headingFromLine(new HeadingLine(text), false, 'any')).toBeNull());

  test.each([['WHAT WE OFFER'], ['ВАШИ ЗАДАЧИ'], ['ANFORDERUNGEN']])('caps heading: %s', (text) =>
    expect(headingFromLine(new HeadingLine(text), false, 'any')?.signal).toBe('caps'),
  );
});

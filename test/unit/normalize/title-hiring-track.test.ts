import { cleanTitle } from '../../../shared/normalize/title';

describe('a bracketed hiring track is no part of the title', () => {
  it.each([
    ['Korean experienced hire', '[경력] Android 개발자', 'Android 개발자'],
    ['Korean new graduate', '[신입] 회계 담당자', '회계 담당자'],
    ['Korean either track', '[신입/경력] 백엔드 개발자', '백엔드 개발자'],
    ['Korean "hiring"', '[채용] 물류센터 관리자', '물류센터 관리자'],
    ['Chinese campus hiring in lenticular brackets', '【校招】数据分析师', '数据分析师'],
    ['Chinese experienced hiring', '[社招] 后端开发工程师', '后端开发工程师'],
  ])('%s: %s', (_name, raw, title) => {
    expect(cleanTitle(raw).title).toBe(title);
  });

  it.each([
    ['a job about careers', '경력 관리 담당자'],
    ['a job training new hires', '신입사원 교육 담당'],
  ])('the same words inside the title stay: %s', (_name, raw) => {
    expect(cleanTitle(raw).title).toBe(raw);
  });
});

import { cleanTitle } from '../../../shared/normalize/title';

describe('a years-of-experience requirement is no part of the title', () => {
  it.each([
    ['English, plus', 'Backend Engineer (5+ years)', 'Backend Engineer'],
    ['English, range with experience', 'Data Engineer (3-5 yrs experience)', 'Data Engineer'],
    ['English, after a dash', 'iOS Developer - 4+ years of experience', 'iOS Developer'],
    ['English, minimum', 'QA Analyst (min. 2 years)', 'QA Analyst'],
    ['German', 'Buchhalter (mind. 3 Jahre Berufserfahrung)', 'Buchhalter'],
    ['French', "Comptable (5 ans d'expérience)", 'Comptable'],
    ['Spanish', 'Desarrollador Java (3+ años de experiencia)', 'Desarrollador Java'],
    ['Korean, or more', 'Android 개발자 (5년 이상)', 'Android 개발자'],
    ['Korean, experienced range', '백엔드 개발자 (경력 3~5년)', '백엔드 개발자'],
    ['Japanese, full-width brackets', 'インフラエンジニア（経験3年以上）', 'インフラエンジニア'],
  ])('%s: %s', (_name, raw, title) => {
    expect(cleanTitle(raw).title).toBe(title);
  });

  it.each([
    ['a bare duration may be the contract term', 'Projektleiter (2 Jahre)'],
    ['a bare Korean duration', '연구원 (2년)'],
    ['years inside the job name', 'Year 5 Teacher'],
    ['a product version', 'Engineer (Java 17)'],
    ['a programme length with other words', 'Graduate Programme (2 years, rotational)'],
  ])('keeps %s: %s', (_name, raw) => {
    expect(cleanTitle(raw).title).toBe(raw);
  });
});

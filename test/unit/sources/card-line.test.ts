import { parseInput } from '../../../shared/sources/parse-input';

const BODY = '\n\nWhat you will do\n- Keep the packaging lines running\n- Repair the conveyors\n';
const posting = (lines: string) => parseInput(`Maintenance Technician\n${lines}${BODY}`, { kind: 'text' })[0];

describe("a job board's card line under the title, its facts joined by separators", () => {
  test('company | place, then pay - employment type (Indeed)', () => {
    const p = posting('Cedar Valley Foods, Inc. | Cedar Rapids, IA 52404\n$26.50 - $31.00 an hour - Full-time');
    expect(p?.companyName).toBe('Cedar Valley Foods, Inc.');
    expect(p?.fields.location).toEqual(['Cedar Rapids, IA 52404']);
    expect(p?.fields.salary).toEqual(['$26.50 - $31.00 an hour']);
    expect(p?.fields['employment type']).toEqual(['Full-time']);
  });

  test.each([
    ['Northwind Ltd · Leeds · Permanent', 'Northwind Ltd', 'Leeds', 'Permanent'],
    ['Harbour Freight GmbH • Hamburg • Vollzeit', 'Harbour Freight GmbH', 'Hamburg', 'Vollzeit'],
  ])('%s', (line, company, place, type) => {
    const p = posting(line);
    expect([p?.companyName, p?.fields.location?.[0], p?.fields['employment type']?.[0]]).toEqual([
      company,
      place,
      type,
    ]);
  });

  test.each([
    ['a tagline beside a place', 'We move freight | Leeds'],
    ['a team beside a type', 'Platform team - Full-time'],
    ['a company without a legal form', 'Northwind · Leeds'],
  ])('counter-case: %s is no card', (_name, line) => {
    const p = posting(line);
    expect(p?.fields['employment type']).toBeUndefined();
    expect(p?.companyName ?? null).toBeNull();
  });

  test('counter-case: a place and its region are one place, not a card', () => {
    expect(posting('Verona (VR) - Veneto')?.fields.location).toEqual(['Verona (VR) - Veneto']);
  });
});

describe('card lines further down, and a type on a line of its own', () => {
  test('the fourth line under the title, after a star rating (Indeed)', () => {
    const p = posting('Prairie Rose Health LLC\n4.1 out of 5 stars\nTulsa, OK 74133\n$19 - $23 an hour - Full-time');
    expect(p?.fields.salary).toEqual(['$19 - $23 an hour']);
    expect(p?.fields['employment type']).toEqual(['Full-time']);
  });

  test.each([
    ['Chinese', '上海 静安区  |  5-10年  |  大专\n全职', '全职'],
    ['Chinese, part-time', '12-15K·13薪\n兼职', '兼职'],
    ['Korean', '서울 강남구\n정규직', '정규직'],
    ['English', 'Leeds\nFull-time', 'Full-time'],
    ['German', 'Hamburg\nVollzeit', 'Vollzeit'],
  ])('%s: a line that is only an employment type', (_language, lines, type) => {
    expect(posting(lines)?.fields['employment type']).toEqual([type]);
  });

  test.each([
    ['a sentence with a type word', 'Leeds\nFull-time role in a growing team'],
    ['a type beside a team', 'Leeds\nPlatform team - Full-time'],
    [
      'a type past the card lines',
      'Leeds\nWe build conveyors.\nOur team is small.\nWe ship weekly.\nWe test a lot.\nFull-time',
    ],
  ])('counter-case: %s gives no type', (_name, lines) => {
    expect(posting(lines)?.fields['employment type']).toBeUndefined();
  });
});

describe("a card's experience or schooling part, and the full-width bar", () => {
  test.each([
    ['Korean', '서울 성동구 · 경력 5~10년 · 정규직', '서울 성동구', '정규직'],
    ['Korean, new graduates', '부산 해운대구 · 신입 · 대졸↑ · 계약직', '부산 해운대구', '계약직'],
    ['Chinese', '上海 静安区 | 3-5年 | 本科 | 全职', '上海 静安区', '全职'],
    ['Chinese, full-width bars', '台中市西屯區 ｜ 經驗不限 ｜ 全職', '台中市西屯區', '全職'],
    ['English', 'Leeds · 3+ years experience · Permanent', 'Leeds', 'Permanent'],
  ])('%s: %s', (_language, line, place, type) => {
    const p = posting(line);
    expect([p?.fields.location, p?.fields['employment type']]).toEqual([[place], [type]]);
  });

  test('a company, a place and a type between full-width bars', () => {
    const p = posting('宏昇精密工業股份有限公司 ｜ 台中市西屯區 ｜ 全職');
    expect([p?.companyName, p?.fields.location, p?.fields['employment type']]).toEqual([
      '宏昇精密工業股份有限公司',
      ['台中市西屯區'],
      ['全職'],
    ]);
  });

  test.each([
    ['experience beside a tagline', 'We move freight · 3+ years experience'],
    ['experience alone beside schooling', '경력 5~10년 · 대졸↑'],
    ['a sentence about experience', 'Leeds · at least 3 years of experience in logistics'],
  ])('counter-case: %s is no card', (_name, line) => {
    const p = posting(line);
    expect(p?.fields['employment type']).toBeUndefined();
    expect(p?.companyName ?? null).toBeNull();
  });
});

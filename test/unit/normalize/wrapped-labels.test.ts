import { iconField } from '../../../shared/normalize/document/fact-icons';
import { splitFieldLine, splitLabelAlone } from '../../../shared/normalize/document/field-dictionary';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'labels', now: new Date('2026-11-20T12:00:00Z') };

describe('a label wrapped in brackets or symbols is a field label', () => {
  const rows: [string, string, { key: string; value: string } | null][] = [
    ['ja lenticular brackets', '【勤務地】大阪府大阪市北区', { key: 'location', value: '大阪府大阪市北区' }],
    ['ja brackets then a colon', '【雇用形態】：契約社員', { key: 'employment type', value: '契約社員' }],
    ['ja full-width square brackets', '［給与］月給28万円〜', { key: 'salary', value: '月給28万円〜' }],
    ['ja full-width angle brackets', '＜勤務地＞横浜市西区', { key: 'location', value: '横浜市西区' }],
    ['ja symbols on both sides', '◆給与◆ 年収400万円〜550万円', { key: 'salary', value: '年収400万円〜550万円' }],
    ['zh lenticular brackets', '【工作地点】深圳市南山区', { key: 'location', value: '深圳市南山区' }],
    ['zh title label', '【职位名称】产品经理', { key: 'title', value: '产品经理' }],
    ['an advert tag is no label', '【急募】営業アシスタント', null],
    ['a heading alone has no value', '【仕事内容】', null],
  ];
  test.each(rows)('%s: %s', (_name, line, expected) => {
    const field = splitFieldLine(line);
    if (expected === null) expect(field).toBeNull();
    else expect(field).toMatchObject(expected);
  });

  test.each([
    ['a space after the label', '■', '勤務地　札幌市中央区', { key: 'location', value: '札幌市中央区' }],
    ['the marker closing the label', '◆', '雇用形態◆正社員', { key: 'employment type', value: '正社員' }],
    ['an unknown label', '■', 'ポイント 未経験歓迎', null],
  ])('behind a label marker, %s: %s%s', (_name, marker, text, expected) => {
    const field = iconField(text, marker);
    if (expected === null) expect(field).toBeNull();
    else expect(field).toMatchObject(expected);
  });
});

describe('postings built of wrapped labels give title, place, contract and pay', () => {
  const rows: [string, string, { title: string; city: string; employment: string; currency: string }][] = [
    [
      'Japanese with lenticular brackets',
      '【募集職種】経理スタッフ\n【勤務地】京都府京都市下京区\n【雇用形態】正社員\n【給与】月給25万円〜32万円\n【仕事内容】\n・月次決算業務\n・経費精算\n',
      { title: '経理スタッフ', city: 'Kyoto', employment: 'FULL_TIME', currency: 'JPY' },
    ],
    [
      'Japanese with square markers',
      '■募集職種 カスタマーサポート\n■勤務地 神戸市中央区\n■雇用形態 正社員\n■給与 年収350万円〜450万円\n\n■仕事内容\n・問い合わせ対応\n・FAQの整備\n',
      { title: 'カスタマーサポート', city: 'Kobe', employment: 'FULL_TIME', currency: 'JPY' },
    ],
    [
      'Chinese with lenticular brackets',
      '【职位名称】测试工程师\n【工作地点】杭州市西湖区\n【工作性质】全职\n【薪资待遇】月薪15K-25K\n【岗位职责】\n1. 编写测试用例\n2. 执行自动化测试\n',
      { title: '测试工程师', city: 'Hangzhou', employment: 'FULL_TIME', currency: 'CNY' },
    ],
  ];
  test.each(rows)('%s', (_name, content, expected) => {
    const raw = parseInput(content, { kind: 'text' })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, context);
    expect(posting.title).toBe(expected.title);
    expect(posting.locations.map((l) => l.city)).toContain(expected.city);
    expect(posting.employmentTypes).toContain(expected.employment);
    expect(posting.salary?.currency).toBe(expected.currency);
    expect(posting.responsibilities).toHaveLength(2);
  });
});

describe('a known label alone on its line takes the next line as its value', () => {
  test.each([
    ['ja bracketed', '【勤務地】', 'location'],
    ['zh bracketed', '【薪资待遇】', 'salary'],
    ['ja square marker', '■勤務地', 'location'],
    ['ja diamond marker on both sides', '◆給与◆', 'salary'],
    ['de colon', 'Standort:', 'location'],
    ['en colon', 'Salary:', 'salary'],
  ])('%s: %s', (_name, line, key) => expect(splitLabelAlone(line)?.key).toBe(key));

  test.each([
    ['a section heading', '【仕事内容】'],
    ['a tag', '【急募】'],
    ['a label with its value', '【勤務地】東京都'],
  ])('%s is no lone label: %s', (_name, line) => expect(splitLabelAlone(line)).toBeNull());

  test.each([
    [
      'Japanese',
      '【募集職種】営業職\n【勤務地】\n仙台市青葉区\n【雇用形態】\n正社員\n【給与】\n月給24万円〜30万円\n【仕事内容】\n・法人営業\n・提案書の作成\n',
      { city: 'Sendai', employment: 'FULL_TIME', currency: 'JPY' },
    ],
    [
      'Japanese with square markers',
      '■募集職種\n品質管理\n■勤務地\n静岡県浜松市中区\n■雇用形態\n正社員\n■給与\n月給26万円〜33万円\n\n■仕事内容\n・製品検査\n・工程改善\n',
      { city: 'Hamamatsu', employment: 'FULL_TIME', currency: 'JPY' },
    ],
    [
      'English',
      'Store Manager\n\nLocation:\nLeeds, UK\n\nJob type:\nFull-time\n\nSalary:\n£32,000 per year\n\nResponsibilities\n- Run the store\n- Lead the team\n',
      { city: 'Leeds', employment: 'FULL_TIME', currency: 'GBP' },
    ],
  ])('%s postings with values under their labels', (_name, content, expected) => {
    const raw = parseInput(content, { kind: 'text' })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, context);
    expect(posting.locations.map((l) => l.city)).toContain(expected.city);
    expect(posting.employmentTypes).toContain(expected.employment);
    expect(posting.salary?.currency).toBe(expected.currency);
    expect(posting.responsibilities).toHaveLength(2);
  });

  test('a lone label followed by a list stays a heading of its items', () => {
    const raw = parseInput('Support Agent\n\nLocation:\n- Leeds\n- York\n\nResponsibilities\n- Answer calls\n', {
      kind: 'text',
    })[0];
    if (!raw) throw new Error('no posting parsed');
    expect(normalizePosting(raw, context).responsibilities).toEqual(['Answer calls']);
  });
});

describe('a list made only of facts is read as fields wherever it stands', () => {
  const normalizeText = (content: string, kind: 'text' | 'markdown') => {
    const raw = parseInput(content, { kind })[0];
    if (!raw) throw new Error('no posting parsed');
    return normalizePosting(raw, context);
  };

  test.each([
    [
      'Japanese requirements summary at the end',
      'text' as const,
      'インフラエンジニア募集\n\n私たちは物流の会社です。\n\n【仕事内容】\n・サーバーの構築\n・監視の設計\n\n【募集要項】\n■勤務地：広島市中区\n■雇用形態：正社員\n■給与：年収450万円〜600万円\n',
      { city: 'Hiroshima', employment: 'FULL_TIME' },
    ],
    [
      'an English job-details section',
      'markdown' as const,
      '# Electrician\n\nJoin our maintenance crew.\n\n## Duties\n- Maintain wiring\n- Test circuits\n\n## Job details\n- Location: Bristol, UK\n- Job type: Permanent, full-time\n',
      { city: 'Bristol', employment: 'FULL_TIME' },
    ],
  ])('%s', (_name, kind, content, expected) => {
    const posting = normalizeText(content, kind);
    expect(posting.locations.map((l) => l.city)).toContain(expected.city);
    expect(posting.employmentTypes).toContain(expected.employment);
  });

  test('a benefits list with one fact among its items stays a benefits list', () => {
    const posting = normalizeText(
      '# Nurse\n\n## Benefits\n- Salary: competitive\n- Free parking\n- Pension scheme\n',
      'markdown',
    );
    expect(posting.benefits).toHaveLength(3);
  });
});

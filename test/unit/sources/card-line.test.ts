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

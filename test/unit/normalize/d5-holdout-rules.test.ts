import { deadlineSentence } from '../../../shared/normalize/deadline-sentence';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { languagesInItem } from '../../../shared/normalize/languages';
import { readSalaryText } from '../../../shared/normalize/money/salary-text';
import { normalizeSalary } from '../../../shared/normalize/salary';
import { skillsIn } from '../../../shared/normalize/skills';
import { extractTerms } from '../../../shared/normalize/terms';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { cleanTitle } from '../../../shared/normalize/title';
import { parseInput } from '../../../shared/sources/parse-input';

/**
 * Rules the d5 holdout round (en-US/UK/IN/AU, ja, de, fr, es, vi postings nobody had seen) showed missing:
 * a bonus in the title is no pay, a duration written onto the probation word, job-board card lines of schools
 * and of pay with an allowance, "and Excel", title suffixes (codes with slashes, the store and its place,
 * Japanese selling points, a shift beside the schedule, an arrondissement), elided schedules and CJK pay labels.
 */

const salary = (texts: string[], bodyText: string, countryHint: string) => {
  const s = normalizeSalary({ structured: null, texts, labels: [], bodyText, countryHint });
  return s && [s.min, s.max, s.currency, s.period];
};

describe('a bonus cut from the title is no pay; the body states the pay', () => {
  test.each([
    [
      'a sign-on bonus, pay in the body',
      ['$10,000 Sign-On Bonus'],
      'Pay range for this position: $41.75 – $58.20 per hour, based on experience.',
      [41.75, 58.2, 'USD', 'HOUR'],
    ],
    [
      'a sign on bonus, annual pay in the body',
      ['$5k Sign On Bonus'],
      'The salary for this role is $62,000 - $70,000 per year.',
      [62000, 70000, 'USD', 'YEAR'],
    ],
    [
      'a joining bonus, pay in the body',
      ['£2,000 joining bonus'],
      'Salary: £28,000 per annum.',
      [28000, 28000, 'GBP', 'YEAR'],
    ],
  ])('%s', (_name, texts, body, expected) => expect(salary(texts, body, 'US')).toEqual(expected));

  test('counter-case: a bonus and no pay in the body is kept as written, unread', () => {
    expect(salary(['$10,000 Sign-On Bonus'], 'Great team.', 'US')).toEqual([null, null, 'USD', null]);
  });

  test('counter-case: a readable title salary still wins over the body', () => {
    expect(salary(['$45/hr'], 'Pay range: $30 – $40 per hour.', 'US')).toEqual([45, 45, 'USD', 'HOUR']);
  });
});

describe('probation: a duration written onto the word is its length', () => {
  test.each([
    ['6-month probation, then a one-month notice period', 6],
    ['A 3-month probation period, followed by a 2 month review cycle', 3],
    ['90-day probation, then 30 days notice', 3],
  ])('%s', (line, months) => expect(extractTerms([line]).probationMonths).toBe(months));

  test.each([
    ['Probation: 2 months', 2],
    ['Probezeit 6 Monate', 6],
    ["période d'essai de 2 mois renouvelable une fois", 2],
    ['試用期間3ヶ月', 3],
  ])('counter-case, the duration after the word: %s', (line, months) =>
    expect(extractTerms([line]).probationMonths).toBe(months),
  );
});

describe("job-board card lines: a school's name, pay with an allowance, a title on a line of its own", () => {
  const BODY = '\n\nWhat you will do\n- Teach the classes\n- Mark the work\n';
  const text = (s: string) => parseInput(`${s}${BODY}`, { kind: 'text' })[0];

  test.each([
    ['Corio Bay Grammar School · Geelong VIC 3220 · Full-time', 'Corio Bay Grammar School', 'Geelong VIC 3220'],
    ["St Mary's Hospital | Leeds | Part-time", "St Mary's Hospital", 'Leeds'],
    ['Leeds City Council · Leeds · Permanent', 'Leeds City Council', 'Leeds'],
  ])('%s', (line, company, place) => {
    const p = text(`Maths Teacher\n${line}`);
    expect([p?.companyName, p?.fields.location?.[0]]).toEqual([company, place]);
  });

  test('pay with an allowance added, under a title that stands alone', () => {
    const p = text(
      'Warehouse Team Leader\n\nNorthgate Distribution Ltd\nDaventry\n£32,500 - £35,000 per annum + £2,000 shift allowance | Permanent | Full-time',
    );
    expect(p?.fields['employment type']).toEqual(['Permanent']);
    expect(p?.fields.salary).toEqual(['£32,500 - £35,000 per annum + £2,000 shift allowance']);
  });

  test.each([
    ['a school word inside a sentence', 'We are a friendly School · Leeds'],
    ['a lone institution word', 'School · Leeds'],
  ])('counter-case: %s is no card', (_name, line) => {
    expect(text(`Maths Teacher\n${line}`)?.companyName ?? null).toBeNull();
  });
});

describe('"and Excel": a list joins the tool, a verb does not', () => {
  test.each([
    ['Confident using a WMS (Manhattan or SAP EWM) and Microsoft Excel', 'Microsoft Excel'],
    ['SAP and Excel', 'Microsoft Excel'],
    ['Microsoft Word and Excel', 'Microsoft Excel'],
  ])('%s', (line, skill) => expect(skillsIn(line)).toContain(skill));

  test.each([['you will learn and excel'], ['grow and excel in your career'], ['the will to excel']])(
    'counter-case: %s',
    (line) => expect(skillsIn(line)).not.toContain('Microsoft Excel'),
  );
});

describe('title suffixes', () => {
  test.each([
    ['Warehouse Team Leader – Ref: NGD/WTL/0419', 'Warehouse Team Leader'],
    ['Engineer (Ref: ENG/2026/0042)', 'Engineer'],
    ['Filialleitung (m/w/d) in Voll- oder Teilzeit – Bio-Supermarkt München-Haidhausen', 'Filialleitung'],
    ['Verkäufer (m/w/d) - Filiale Köln-Ehrenfeld', 'Verkäufer'],
    ['Profesor/a de Inglés (jornada parcial, tardes) - Madrid', 'Profesor/a de Inglés'],
    ['Barista (Part-time, evenings)', 'Barista'],
    ['訪問看護師（正看護師）／日勤のみ・土日祝休み', '訪問看護師（正看護師）'],
    ['物流センター 倉庫管理リーダー（フォークリフト免許保有者歓迎）', '物流センター 倉庫管理リーダー'],
    ['Comptable Fournisseurs H/F - CDI - Lyon 7e', 'Comptable Fournisseurs'],
    ['Vendeur H/F - Paris 15ème', 'Vendeur'],
  ])('%s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([
    ['Registered Nurse – Nights'],
    ['Registered Nurse (Nights)'],
    ['機械学習エンジニア（画像認識）'],
    ['Site Reliability Engineer'],
    ['Store Manager - Oxford Street'],
    ['Werkstudent Lager'],
    ['Referent Vertrieb 2026'],
  ])('counter-case, kept: %s', (raw) => expect(cleanTitle(raw).title).toBe(raw));
});

describe('employment types: both schedules in an elided compound, a schedule with its weekly hours', () => {
  const values = (v: string) => normalizeEmploymentTypes({ values: [v], title: '', texts: [], bodyText: '' });
  const body = (b: string) => normalizeEmploymentTypes({ values: [], title: '', texts: [], bodyText: b });

  test.each([['Voll- oder Teilzeit'], ['Teil- und Vollzeit'], ['full-or-part-time'], ['Full- or part-time']])(
    '%s',
    (v) => expect(values(v)).toEqual(['FULL_TIME', 'PART_TIME']),
  );

  test.each([
    ['Teilzeit', ['PART_TIME']],
    ['Part-time or temporary', ['PART_TIME', 'TEMPORARY']],
  ])('counter-case: %s', (v, types) => expect(values(v)).toEqual(types));

  test.each([
    ['This is an on-site role. Full-time, 36 hours per week (three 12-hour shifts).', ['FULL_TIME']],
    ['Part-time (20 hours a week), evenings.', ['PART_TIME']],
  ])('%s', (b, types) => expect(body(b)).toEqual(types));

  test.each([['We have full-time, 40 hours per week staff and part-time cooks.'], ['Join our full-time team.']])(
    'counter-case, in passing: %s',
    (b) => expect(body(b)).toEqual([]),
  );
});

describe('a CJK pay label written onto the figure names its period', () => {
  const read = (text: string, country: string) => {
    const r = readSalaryText(text, { country, explicit: false });
    return r.kind === 'salary' ? [r.salary.min, r.salary.max, r.salary.period] : r.kind;
  };
  test.each([
    ['年収420万円〜560万円（月給28万円〜37万円＋賞与年2回）', 'JP', [4_200_000, 5_600_000, 'YEAR']],
    ['月給28万円〜37万円（年収420万円〜560万円）', 'JP', [280_000, 370_000, 'MONTH']],
    ['時給1,200円〜1,500円（月収例：20万円）', 'JP', [1200, 1500, 'HOUR']],
    ['연봉 4,000만원 ~ 5,000만원 (월 330만원)', 'KR', [40_000_000, 50_000_000, 'YEAR']],
  ])('%s', (text, country, expected) => expect(read(text, country)).toEqual(expected));

  test('counter-case: no label, the period after the figure', () => {
    expect(read('420万円〜560万円／年', 'JP')).toEqual([4_200_000, 5_600_000, 'YEAR']);
  });
});

describe('text postings: apply address, posted date and deadline written in sentences', () => {
  const context = { sourceId: 'test', now: new Date('2026-11-26T00:00:00Z') };
  const BODY = '\n\nWhat you will do\n- Run the shift\n- Coach the team\n';
  const posting = (input: string, kind: 'text' | 'markdown' = 'text') =>
    normalizePosting(parseInput(input, { kind })[0]!, context);

  test.each([
    [
      'Apply online at https://careers.example.co.uk/jobs/NGD-0419 or send your CV to jobs@example.co.uk.',
      'https://careers.example.co.uk/jobs/NGD-0419',
    ],
    [
      'Please apply via https://jobs.example.edu.au/2026-041, with a cover letter.',
      'https://jobs.example.edu.au/2026-041',
    ],
    [
      'Bewirb dich unter https://karriere.example.de/stellen/123 – wir freuen uns!',
      'https://karriere.example.de/stellen/123',
    ],
  ])('apply sentence: %s', (line, url) => expect(posting(`Team Leader${BODY}\n${line}\n`).applyUrl).toBe(url));

  test('counter-case: a link to the company site is no apply address', () => {
    expect(posting(`Team Leader${BODY}\nLearn more about us at https://www.example.co.uk.\n`).applyUrl).toBeNull();
  });

  test.each([
    ['Posted 21 November 2026', '2026-11-21'],
    ['*Posted 18 November 2026 · Applications close Friday 11 December 2026*', '2026-11-18'],
    ['Veröffentlicht am 20.11.2026', '2026-11-20'],
  ])('posted line: %s', (line, date) =>
    expect(posting(`Team Leader\n\n${line}${BODY}`).datePosted).toMatch(new RegExp(`^${date}`)),
  );

  test('counter-case: a sentence that mentions posting is no date line', () => {
    expect(posting(`Team Leader\n\nWe posted 21 parcels in November 2026.${BODY}`).datePosted).toBeNull();
  });

  test.each([
    ['or send your CV to jobs@example.co.uk. Closing date: 15 December 2026.', '15 December 2026'],
    ['Applications close Friday 11 December 2026', '11 December 2026'],
    ['Ứng viên vui lòng nộp CV (tiếng Việt hoặc tiếng Anh) trước ngày 20/12/2026.', '20/12/2026'],
    ['The closing date is 12 December 2026.', '12 December 2026'],
  ])('deadline sentence: %s', (text, date) => expect(deadlineSentence(text)).toBe(date));

  test.each([['Applications closed last year.'], ['Nhận việc trước ngày 20/12/2026.']])(
    'counter-case, no deadline: %s',
    (text) => expect(deadlineSentence(text)).toBeNull(),
  );
});

describe('"Highly regarded" heads the nice-to-haves; "N3 trở lên" is a JLPT level', () => {
  test('Australian selection criteria', () => {
    const p = normalizePosting(
      parseInput(
        '# Teacher\n\n## About you\n\n- A teaching degree\n- A current WWCC\n\n## Highly regarded\n\n- VCE experience\n- Canvas LMS\n',
        { kind: 'markdown' },
      )[0]!,
      { sourceId: 'test', now: new Date('2026-11-26T00:00:00Z') },
    );
    expect([p.requirements.must.length, p.requirements.nice.length]).toEqual([2, 2]);
  });

  test.each([
    ['Biết tiếng Nhật (N3 trở lên)', 'JLPT N3'],
    ['일본어 N2 이상', 'JLPT N2'],
    ['日本語能力 N2以上', 'JLPT N2'],
  ])('%s', (line, level) =>
    expect(languagesInItem(line, 'must').find((l) => l.code === 'ja')?.level?.label).toBe(level),
  );
});

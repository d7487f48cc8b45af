import { employmentInput as input } from '../../support/employment-input';
import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { EMPLOYMENT_VALUE_SPELLINGS } from '../../../shared/normalize/lexicon/employment-values';
import { normalizeEmploymentTypes, readTypes, typesIn } from '../../../shared/normalize/employment-types';

describe('normalizeEmploymentTypes maps source values', () => {
  const rows: [string[], string[]][] = [
    [['Full Time'], ['FULL_TIME']],
    [['Full-time'], ['FULL_TIME']],
    [['FullTime'], ['FULL_TIME']],
    [['fulltime'], ['FULL_TIME']],
    [['FULL_TIME'], ['FULL_TIME']],
    [['PartTime'], ['PART_TIME']],
    [['parttime'], ['PART_TIME']],
    [['Intern'], ['INTERN']],
    [['Contract'], ['CONTRACTOR']],
    [['Contractor'], ['CONTRACTOR']],
    [['Temporary'], ['TEMPORARY']],
    [['Internship'], ['INTERN']],
    [['permanent', 'full-time'], ['FULL_TIME']],
    [['permanent', 'part-time'], ['PART_TIME']],
    [['permanent'], ['FULL_TIME']],
    [['Vollzeit'], ['FULL_TIME']],
    [['Teilzeit'], ['PART_TIME']],
    [['Festanstellung'], ['FULL_TIME']],
    [['Werkstudent'], ['PART_TIME', 'INTERN']],
    [['Minijob'], ['PART_TIME']],
    [['Befristet'], ['TEMPORARY']],
    [['Freelance'], ['CONTRACTOR']],
    [['Freiberuflich'], ['CONTRACTOR']],
    [['Praktikum'], ['INTERN']],
    [['Ehrenamt'], ['VOLUNTEER']],
    [['正社員'], ['FULL_TIME']],
    [['契約社員'], ['TEMPORARY']],
    [['派遣社員'], ['TEMPORARY']],
    [['アルバイト・パート'], ['PART_TIME']],
    [['インターン'], ['INTERN']],
    [['業務委託'], ['CONTRACTOR']],
    [['Official full-time employee'], ['FULL_TIME']],
    [['Stage'], ['INTERN']],
    [['Alternance'], ['INTERN']],
    [['CDI'], ['FULL_TIME']],
    [['CDD'], ['TEMPORARY']],
    [['Tiempo completo'], ['FULL_TIME']],
    [['Jornada completa'], ['FULL_TIME']],
    [['Media jornada'], ['PART_TIME']],
    [['Toàn thời gian'], ['FULL_TIME']],
    [['Bán thời gian'], ['PART_TIME']],
    [['Thực tập'], ['INTERN']],
    [['Cộng tác viên'], ['CONTRACTOR']],
    [['Per diem'], ['PER_DIEM']],
    [['PER_DIEM'], ['PER_DIEM']],
    [['Volunteer'], ['VOLUNTEER']],
    [['OTHER'], ['OTHER']],
    [['fulltime_fixed_term'], ['FULL_TIME', 'TEMPORARY']],
    [
      ['Part-time', 'Full-time', 'Full-time'],
      ['FULL_TIME', 'PART_TIME'],
    ],
    [['Permanent contract'], ['FULL_TIME']],
    [['Fixed-term contract'], ['TEMPORARY']],
    [['something else'], []],
  ];
  test.each(rows)('%j → %j', (values, expected) =>
    expect(normalizeEmploymentTypes(input({ values }))).toEqual(expected),
  );
});

describe('normalizeEmploymentTypes ranks its sources', () => {
  test('the source value wins over the title', () => {
    expect(normalizeEmploymentTypes(input({ values: ['Full-time'], title: 'Designer (Contract)' }))).toEqual([
      'FULL_TIME',
    ]);
  });
  test('the title wins over header texts and the body', () => {
    expect(
      normalizeEmploymentTypes(
        input({ title: 'Data Analyst Intern', texts: ['Full-time'], bodyText: 'Job type: Full-time' }),
      ),
    ).toEqual(['INTERN']);
  });
  test('a header text counts when the source and title say nothing', () => {
    expect(normalizeEmploymentTypes(input({ title: 'Senior Backend Engineer', texts: ['Full-time'] }))).toEqual([
      'FULL_TIME',
    ]);
  });
  const titles: [string, string[]][] = [
    ['Stage Manager', []],
    ['Internal Auditor', []],
    ['International Sales Lead', []],
    ['Contracts Manager', []],
    ['Early Stage Investor', []],
    ['Praktikant Marketing (m/w/d)', ['INTERN']],
    ['Werkstudent Data (m/w/d)', ['PART_TIME', 'INTERN']],
  ];
  test.each(titles)('title %j → %j', (title, expected) =>
    expect(normalizeEmploymentTypes(input({ title }))).toEqual(expected),
  );
});

describe('normalizeEmploymentTypes reads the body only in explicit statements', () => {
  const rows: [string, string[]][] = [
    ['Job type: Part-time\nWe are a friendly team.', ['PART_TIME']],
    ['This is a part-time role based in Berlin.', ['PART_TIME']],
    ['This is a 6-month contract position.', ['CONTRACTOR']],
    ['雇用形態：正社員', ['FULL_TIME']],
    ['Hình thức: Toàn thời gian', ['FULL_TIME']],
    ['Tipo de contrato: Indefinido, jornada completa', ['FULL_TIME']],
    ['You will work with our full-time designers and part-time contractors.', []],
    ['We have 200 full-time employees worldwide.', []],
    ['', []],
  ];
  test.each(rows)('%j → %j', (bodyText, expected) =>
    expect(normalizeEmploymentTypes(input({ bodyText }))).toEqual(expected),
  );
});

describe('normalizeEmploymentTypes reads "contract" as an employment contract where the language does', () => {
  const rows: [string[], string[]][] = [
    [['Vast contract'], ['FULL_TIME']],
    [['Voltijds, contract van onbepaalde duur'], ['FULL_TIME']],
    [['Deeltijds, tijdelijk contract'], ['PART_TIME', 'TEMPORARY']],
    [['Contract van bepaalde duur'], ['TEMPORARY']],
    [['Vollzeitstelle, unbefristet'], ['FULL_TIME']],
    [['Teilzeitstelle (20 Std.)'], ['PART_TIME']],
    [['Umowa o pracę, pełny etat'], ['FULL_TIME']],
    [['Umowa o pracę na czas określony'], ['TEMPORARY']],
    [['Umowa zlecenie'], ['CONTRACTOR']],
    [['Contratto a tempo indeterminato'], ['FULL_TIME']],
    [['Collaborazione in partita IVA'], ['CONTRACTOR']],
    [['CLT, tempo integral'], ['FULL_TIME']],
    [['Contrato por prazo determinado'], ['TEMPORARY']],
    [['Contrat à durée indéterminée'], ['FULL_TIME']],
    [['ZZP / freelance'], ['CONTRACTOR']],
    [['Contract, 6 months, outside IR35'], ['CONTRACTOR']],
  ];
  test.each(rows)('%j → %j', (values, expected) =>
    expect(normalizeEmploymentTypes(input({ values }))).toEqual(expected),
  );

  test.each([
    ['Contract: Full-time, permanent', ['FULL_TIME']],
    ['Contract: Freelance', ['CONTRACTOR']],
    ['Contract: Voltijds', ['FULL_TIME']],
  ])('a "Contract:" label in the body is not a contractor: %j → %j', (bodyText, expected) =>
    expect(normalizeEmploymentTypes(input({ bodyText }))).toEqual(expected),
  );
});

describe('normalizeEmploymentTypes reads contract labels and workloads in other languages', () => {
  test.each([
    ['Rodzaj umowy: umowa o pracę', ['FULL_TIME']],
    ['Wymiar pracy: 1/2 etatu? Nie: pełny etat', ['FULL_TIME']],
    ['Tipologia contratto: tempo indeterminato', ['FULL_TIME']],
    ['Regime de contratação: CLT', ['FULL_TIME']],
    ['Tipo de contratação: PJ', ['CONTRACTOR']],
    ['고용형태: 계약직', ['TEMPORARY']],
    ['工作性质：兼职', ['PART_TIME']],
    ['Pensum: 80–100 %', ['FULL_TIME', 'PART_TIME']],
    ['Arbeitspensum: 100%', ['FULL_TIME']],
    ["Taux d'activité : 60 %", ['PART_TIME']],
    ['Our revenue grew 100% last year', []],
  ])('%j → %j', (line, expected) =>
    expect(normalizeEmploymentTypes(input({ bodyText: `About us\n${line}\nMore text` }))).toEqual(expected),
  );

  test.each([
    [['80-100%'], ['FULL_TIME', 'PART_TIME']],
    [['(60 %)'], ['PART_TIME']],
    [['100%'], ['FULL_TIME']],
  ])('a workload removed from the title: %j → %j', (values, expected) =>
    expect(normalizeEmploymentTypes(input({ values }))).toEqual(expected),
  );
});

describe('normalizeEmploymentTypes never throws on hostile input', () => {
  const hostile = [
    'x'.repeat(100_000),
    'full time '.repeat(5000),
    '💥'.repeat(1000),
    '\u0000',
    'Job type:' + ':'.repeat(10_000),
  ];
  test.each(hostile.map((h) => [h.slice(0, 12), h]))('%s…', (_n, text) => {
    expect(() =>
      normalizeEmploymentTypes(input({ values: [text], title: text, texts: [text], bodyText: text })),
    ).not.toThrow();
  });
});

describe('known employment values', () => {
  it('reads every common spelling, however written, as every rule in turn reads it', () => {
    const spelling = fc.constantFrom(...EMPLOYMENT_VALUE_SPELLINGS);
    const dress = fc.constantFrom(
      (s: string) => s,
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => ` ${s} `,
      (s: string) => `${s} (m/w/d)`,
      (s: string) => `${s}, 40h/week`,
      (s: string) => `${s}\n${s}`,
      (s: string) => s.replace(/ /g, '-'),
      (s: string) => s.replace(/-/g, '_'),
      (s: string) => s.normalize('NFD'),
      (s: string) => s.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    );
    fc.assert(
      fc.property(spelling, dress, fc.boolean(), (s, d, values) => {
        const text = d(s);
        expect(typesIn(text, values)).toEqual(readTypes(text, values));
      }),
      { numRuns: 800, seed: FUZZ_SEED },
    );
  });

  it.each([
    ['FULL_TIME', ['FULL_TIME']],
    ['Vollzeit', ['FULL_TIME']],
    ['Werkstudent', ['PART_TIME', 'INTERN']],
    ['CDD', ['TEMPORARY']],
    ['正社員', ['FULL_TIME']],
    ['Teilzeit 20 Stunden pro Woche', ['PART_TIME']],
  ])('gives %s the types %j', (text, types) => {
    expect(typesIn(text, true)).toEqual(types);
  });
});

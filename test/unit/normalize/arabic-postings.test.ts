import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { ARABIC_LETTER, ARABIC_PERMANENT, ARABIC_RULES } from '../../../shared/normalize/employment-phrases';
import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { readTypes } from '../../../shared/normalize/employment-types';
import { languagesInItem } from '../../../shared/normalize/languages';
import { statesOptional } from '../../../shared/normalize/document/nice-cues';
import { extractTerms } from '../../../shared/normalize/terms';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'arabic', now: new Date('2026-11-20T12:00:00Z') };

describe('Arabic section headings', () => {
  it.each([
    ['المهام والمسؤوليات', 'responsibilities'],
    ['المهام الوظيفية', 'responsibilities'],
    ['الوصف الوظيفي', 'responsibilities'],
    ['المتطلبات', 'must'],
    ['المؤهلات المطلوبة', 'must'],
    ['الشروط والمؤهلات', 'must'],
    ['يفضل', 'nice'],
    ['المزايا', 'benefits'],
    ['ما نقدمه لك', 'benefits'],
    ['نبذة عن الشركة', 'about'],
  ])('"%s" is a %s heading', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([['المملكة العربية السعودية'], ['فريق المبيعات']])('"%s" is no section heading', (text) => {
    expect(classifyHeading(text)).toBeNull();
  });
});

describe('Arabic header labels and contract words', () => {
  it.each([
    ['الموقع', 'location'],
    ['مكان العمل', 'location'],
    ['الراتب', 'salary'],
    ['نوع الوظيفة', 'employment type'],
    ['نوع العقد', 'employment type'],
    ['نمط العمل', 'workplace'],
  ])('"%s" is a %s label', (label, key) => {
    expect(fieldKeyFor(label)).toBe(key);
  });

  it.each([
    ['دوام كامل', ['FULL_TIME']],
    ['وظيفة بدوام جزئي', ['PART_TIME']],
    ['عقد مؤقت لمدة ستة أشهر', ['TEMPORARY']],
    ['تدريب تعاوني لطلاب الجامعات', ['INTERN']],
    ['عمل حر', ['CONTRACTOR']],
    ['عقد دائم', ['FULL_TIME']],
  ])('"%s" names %j', (text, types) => {
    expect(readTypes(text)).toEqual(types);
  });

  it.each([['نعمل بشكل كامل مع العملاء'], ['ساعات الدوام من الأحد إلى الخميس']])(
    '"%s" names no contract: "كامل" and "دوام" alone are common words',
    (text) => {
      expect(readTypes(text)).toEqual([]);
    },
  );
});

describe('an Arabic text posting reads end to end', () => {
  const source = [
    'محاسب أول',
    'مؤسسة الصفوة للاستشارات المالية',
    '',
    'مكان العمل: جدة، المملكة العربية السعودية',
    'نوع العقد: دوام كامل',
    'الراتب: 9,000 - 12,000 ريال سعودي شهرياً',
    '',
    'المهام الوظيفية:',
    '- إعداد القوائم المالية الشهرية',
    '- متابعة الذمم المدينة والدائنة',
    '',
    'المؤهلات المطلوبة:',
    '- بكالوريوس محاسبة',
    '- خبرة 4 سنوات على الأقل',
    '',
    'ما نقدمه لك:',
    '- تأمين طبي',
    '- بدل سكن',
  ].join('\n');

  it('finds the employer, place, contract, pay and sections', () => {
    const [raw] = parseInput(source);
    const posting = normalizePosting(raw!, context);
    expect(posting).toMatchObject({
      company: { name: 'مؤسسة الصفوة للاستشارات المالية' },
      employmentTypes: ['FULL_TIME'],
      salary: { min: 9000, max: 12000, currency: 'SAR', period: 'MONTH' },
      responsibilities: ['إعداد القوائم المالية الشهرية', 'متابعة الذمم المدينة والدائنة'],
      benefits: ['تأمين طبي', 'بدل سكن'],
    });
    expect(posting.locations[0]).toMatchObject({ city: 'Jeddah', country: 'SA' });
    expect(posting.requirements.must).toEqual(['بكالوريوس محاسبة', 'خبرة 4 سنوات على الأقل']);
  });
});

describe('labels for the employer, the town and the arrangement in Dutch, UK, Italian and Portuguese postings', () => {
  it.each([
    ['Organisatie', 'company'],
    ['Town', 'location'],
    ['Modalità', 'workplace'],
    ['Modalidade', 'workplace'],
    ['Modello di lavoro', 'workplace'],
  ])('"%s" is a %s label', (label, key) => {
    expect(fieldKeyFor(label)).toBe(key);
  });
});

describe('Arabic language requirements', () => {
  it.each([
    [
      'both languages, the second joined to "and"',
      'إجادة اللغتين العربية والإنجليزية تحدثاً وكتابة',
      [
        ['ar', true],
        ['en', true],
      ],
    ],
    ['English with its article', 'إتقان اللغة الإنجليزية', [['en', true]]],
    ['"preferably" makes it nice', 'يفضل التحدث بالفرنسية', [['fr', false]]],
    ['"and preferably", joined', 'ويفضل إجادة اللغة الألمانية', [['de', false]]],
    ['Urdu', 'إجادة اللغة الأردية', [['ur', true]]],
  ])('%s: %s', (_name, line, expected) => {
    const found = languagesInItem(line, 'must').map((l) => [l.code, l.required]);
    expect(found).toEqual(expected);
  });

  it.each([
    ['"preferably" in Arabic', 'يفضل خبرة في القطاع الحكومي', true],
    ['"is an advantage"', 'الخبرة في SAP تعتبر ميزة', true],
    ['a plain requirement', 'خبرة لا تقل عن 5 سنوات', false],
    ['"mandatory" wins', 'رخصة قيادة سارية - إلزامي', false],
  ])('a requirement item states a preference: %s', (_name, item, optional) => {
    expect(statesOptional(item)).toBe(optional);
  });
});

describe('Arabic terms: paid annual leave and probation', () => {
  it.each([
    ['leave word first', 'إجازة سنوية 30 يوماً', { paidLeaveDays: 30 }],
    ['paid leave spelled out', 'إجازة سنوية مدفوعة الأجر 21 يوماً', { paidLeaveDays: 21 }],
    ['number first', '30 يوماً إجازة سنوية', { paidLeaveDays: 30 }],
    ['probation in days', 'فترة تجربة 90 يوماً', { probationMonths: 3 }],
    ['probation in months', 'فترة التجربة: 3 أشهر', { probationMonths: 3 }],
  ])('%s: %s', (_name, line, expected) => {
    expect(extractTerms([line])).toMatchObject(expected);
  });

  it.each([
    ['sick leave', 'إجازة مرضية 30 يوماً'],
    ['a bonus of months of salary', 'راتب 3 أشهر مكافأة'],
  ])('no paid leave or probation: %s', (_name, line) => {
    expect(extractTerms([line])).toEqual({ probationMonths: null, paidLeaveDays: null });
  });
});

describe('the Arabic-letter pre-filter of the contract phrases', () => {
  const pieces = fc.constantFrom(
    'دوام',
    'كامل',
    'جزئي',
    'عقد',
    'مؤقت',
    'متدرب',
    'full time',
    'Vollzeit',
    ' ',
    'و',
    'ب',
  );
  it('every text an Arabic phrase matches holds an Arabic letter', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const matches = ARABIC_RULES.some(([pattern]) => pattern.test(text)) || ARABIC_PERMANENT.test(text);
        return !matches || ARABIC_LETTER.test(text);
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
  });
});

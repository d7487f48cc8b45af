import { fromTitle, yearsAsked } from '../../../shared/normalize/seniority';
import { languagesInItem } from '../../../shared/normalize/languages';

describe('Arabic titles carry their level like other languages', () => {
  it.each([
    ['مدير مبيعات الشركات - قطاع التقنية', 'manager'],
    ['مديرة الموارد البشرية', 'manager'],
    ['المدير العام', 'director'],
    ['مدير إقليمي للمبيعات', 'director'],
    ['رئيس قسم المحاسبة', 'director'],
    ['الرئيس التنفيذي للعمليات', 'executive'],
    ['نائب الرئيس للمبيعات', 'executive'],
    ['مؤسس مشارك', 'executive'],
    ['قائد فريق التطوير', 'lead'],
    ['مشرف مستودع', 'lead'],
    ['محاسب أول', 'senior'],
    ['كبير المهندسين', 'senior'],
    ['مهندس برمجيات مبتدئ', 'junior'],
    ['برنامج حديثي التخرج', 'junior'],
    ['متدرب تسويق', 'intern'],
  ])('"%s" → %s', (title, level) => {
    expect(fromTitle(title)).toBe(level);
  });

  it.each([
    // individual-contributor "manager" titles, as "Project Manager" and "Account Manager" are in English
    'مدير مشروع',
    'مدير منتج',
    'مدير حسابات رئيسية',
    'مدير علاقات العملاء',
    // no level word at all
    'مهندس برمجيات',
    'أخصائي تسويق',
  ])('counter-case: "%s" has no level', (title) => {
    expect(fromTitle(title)).toBeNull();
  });
});

describe('"العربية" in a state name is the place, not the Arabic language', () => {
  it.each([
    'إقامة سارية في المملكة العربية السعودية',
    'خبرة في سوق الإمارات العربية المتحدة',
    'العمل في جمهورية مصر العربية',
    'خبرة في أسواق الدول العربية',
  ])('"%s" asks for no language', (line) => {
    expect(languagesInItem(line, 'must')).toEqual([]);
  });

  it.each([
    // 'إجادة' (mastery) is a fluent level (language-levels-ko-ar.test.ts)
    ['إجادة اللغة العربية', [{ code: 'ar', required: true, level: { graded: false, label: 'fluent', rank: 4 } }]],
    [
      'إجادة اللغتين العربية والإنجليزية',
      [
        { code: 'ar', required: true, level: null },
        { code: 'en', required: true, level: null },
      ],
    ],
    // the language beside a state name is still read
    [
      'إجادة العربية للعمل في المملكة العربية السعودية',
      [{ code: 'ar', required: true, level: { graded: false, label: 'fluent', rank: 4 } }],
    ],
  ])('counter-case: "%s" still names the language', (line, expected) => {
    expect(languagesInItem(line, 'must')).toEqual(expected);
  });
});

describe('years of experience asked in Arabic', () => {
  it.each([
    ['خبرة لا تقل عن 7 سنوات في مبيعات تقنية المعلومات', 7],
    ['الخبرة: 3 سنوات على الأقل', 3],
    ['خبرة 12 عاماً في المحاسبة', 12],
    ['خبرة أكثر من 5 أعوام في إدارة المشاريع', 5],
  ])('"%s" asks %d years', (text, years) => {
    expect(yearsAsked(text)).toBe(years);
  });

  it.each(['تأسست الشركة منذ 25 عاماً', 'نخدم عملاءنا منذ 10 سنوات'])(
    'counter-case: "%s" is the company\'s age, not experience asked',
    (text) => {
      expect(yearsAsked(text)).toBeNull();
    },
  );
});

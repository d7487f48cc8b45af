import { employmentInput as input } from '../../support/employment-input';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { isApplyText } from '../../../shared/sources/html/apply-link';
import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { foldText } from '../../../shared/normalize/document/fold';
import { deadlineSentence } from '../../../shared/normalize/deadline-sentence';
import { normalizeDateIn } from '../../../shared/normalize/dates';
import { normalizeSalary } from '../../../shared/normalize/salary';
import { extractTerms } from '../../../shared/normalize/terms';
import { workplaceFromText } from '../../../shared/sources/workplace';
import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { classifySegment } from '../../../shared/normalize/title-segments';

/** Rules for what the e3 holdout postings (it, nl, sv, pl, pt-PT, ko, zh-TW, ar) missed on their first reading. */

const ofBody = (bodyText: string): string[] => normalizeEmploymentTypes(input({ bodyText }));

describe('a body line that opens with the kind of contract states the employment type', () => {
  it.each([
    [
      'Italian',
      'Cosa offriamo\n- Contratto a tempo indeterminato, full-time, con periodo di prova di 6 mesi',
      ['FULL_TIME'],
    ],
    ['Italian, fixed term', '- Contratto a tempo determinato di 12 mesi', ['TEMPORARY']],
    ['Spanish', 'Ofrecemos\n- Contrato indefinido a tiempo parcial (20 h/semana)', ['PART_TIME']],
    ['Swedish', 'Vi erbjuder\n• Tillsvidareanställning på heltid med sex månaders provanställning', ['FULL_TIME']],
    ['German', 'Unbefristeter Arbeitsvertrag in Teilzeit (30 Std.)', ['PART_TIME']],
    ['French', '- Contrat à durée indéterminée, temps plein', ['FULL_TIME']],
    ['Polish', '- umowę o pracę na okres próbny 3 miesiące, a następnie na czas nieokreślony', ['FULL_TIME']],
    ['English', '- Fixed-term contract for 12 months', ['TEMPORARY']],
  ])('%s', (_language, body, expected) => {
    expect(ofBody(body)).toEqual(expected);
  });

  it.each([
    [
      'a contract word inside a sentence',
      'Du registrerar varje tillsvidareanställning och visstidsanställning i HR-systemet.',
    ],
    ['a contract word inside a word', '- Festanstellungsprozess in drei Schritten'],
    ['a contract to manage, not offered', '- Gestione dei contratti a tempo determinato dei fornitori'],
  ])('counter-case: %s states no type', (_name, body) => {
    expect(ofBody(body)).toEqual([]);
  });
});

describe('apply link texts in more languages', () => {
  it.each([
    ['Dutch', 'Direct solliciteren'],
    ['Dutch', 'Nu solliciteren'],
    ['Italian', 'Candidati ora'],
    ['Swedish', 'Sök tjänsten'],
    ['Finnish', 'Hae paikkaa'],
    ['Russian', 'Откликнуться'],
    ['Russian', 'Подать заявку'],
    ['Ukrainian', 'Відгукнутися'],
    ['Arabic', 'قدّم الآن'],
    ['Arabic', 'تقدم للوظيفة'],
    ['Hebrew', 'הגש/י מועמדות'],
  ])('%s: "%s"', (_language, text) => {
    expect(isApplyText(text)).toBe(true);
  });

  it.each([
    ['Arabic, a word that starts the same', 'قدمنا لكم'],
    ['Dutch, a heading about the process', 'Hoe verloopt de sollicitatie?'],
    ['Russian, a sentence', 'Мы ответим на каждый отклик в течение недели'],
  ])('counter-case: %s', (_name, text) => {
    expect(isApplyText(text)).toBe(false);
  });
});

describe('headings: Arabic written with its vowel marks, Dutch plural pré, Arabic offer question', () => {
  it.each([
    ['Arabic with shadda', 'يفضّل', 'nice'],
    ['Arabic with tatweel', 'يفضـــل', 'nice'],
    ['Arabic with shadda, responsibilities', 'المسؤوليّات', 'responsibilities'],
    ['Dutch', "Pré's", 'nice'],
    ['Dutch', 'Pre’s', 'nice'],
    ['Arabic', 'ماذا نقدم', 'benefits'],
    ['Arabic', 'ما الذي نقدمه لكم', 'benefits'],
  ])('%s: "%s" is %s', (_language, heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each([
    ['a Dutch word that starts the same', 'Prestaties'],
    ['a Dutch word that starts the same', 'Presentatie'],
  ])('counter-case: %s, "%s"', (_name, heading) => {
    expect(classifyHeading(heading)).not.toBe('nice');
  });

  test('folding strips Arabic vowel marks and keeps the letters; Japanese dakuten and Latin text as before', () => {
    expect(foldText('مُهَنْدِس بيانات')).toBe('مهندس بيانات');
    expect(foldText('ガイド')).toBe('ガイド');
    expect(foldText('Café Crème')).toBe('cafe creme');
  });
});

describe('deadlines: a label before a figure, CJK and Arabic labels, apply-before verbs, Arabic month names', () => {
  const deadline = (body: string): string | null => {
    const text = deadlineSentence(body);
    return text === null ? null : normalizeDateIn(text, { dayFirst: true });
  };

  it.each([
    ['Korean, no colon', '서울 성동구 · 정규직\n마감일 2026.12.31\n회사소개', '2026-12-31'],
    ['Korean, a verb after', '접수 마감 2026.12.20 까지', '2026-12-20'],
    ['Chinese', '截止日期：2026/12/20', '2026-12-20'],
    ['Japanese', '応募締切：2026年12月20日', '2026-12-20'],
    ['Arabic', 'آخر موعد للتقديم: 15 ديسمبر 2026', '2026-12-15'],
    ['Dutch', 'Solliciteer vóór 18 december 2026 via de knop hieronder.', '2026-12-18'],
    ['English', 'Apply by 12 December 2026 with your CV and a cover letter.', '2026-12-12'],
    ['Swedish', 'Ansök senast 2026-12-15 via länken.', '2026-12-15'],
    ['English, a label before its figure', 'Closing date 15 December 2026', '2026-12-15'],
  ])('%s', (_language, body, date) => {
    expect(deadline(body)).toBe(date);
  });

  it.each([
    ['an accounting close, not a deadline', '월 마감 및 결산 업무를 담당합니다'],
    ['apply by a way, not a date', 'Apply by email to jobs@example.com'],
    ['a Dutch sentence with vóór and no date', 'Solliciteer vóór je vakantie begint'],
  ])('counter-case: %s', (_name, body) => {
    expect(deadline(body)).toBeNull();
  });

  it.each([
    ['15 ديسمبر 2026', '2026-12-15'],
    ['3 أبريل 2027', '2027-04-03'],
    ['3 ابريل 2027', '2027-04-03'],
  ])('Arabic month name: %s', (text, date) => {
    expect(normalizeDateIn(text, {})).toBe(date);
  });
});

describe('pay: Nordic and Dutch compound pay words in the body, Arabic from-to ranges', () => {
  const inBody = (line: string, countryHint: string) =>
    normalizeSalary({ structured: null, texts: [], bodyText: `Vi erbjuder\n- ${line}\n- Friskvård`, countryHint });
  const inText = (text: string, countryHint: string) =>
    normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint });

  it.each([
    ['Swedish', 'Månadslön 34 000–38 000 kr beroende på erfarenhet', 'SE', 34000, 38000],
    ['Danish', 'Månedsløn 32.000-36.000 kr. inkl. pension', 'DK', 32000, 36000],
    ['Norwegian', 'Årslønn 620 000–700 000 kr', 'NO', 620000, 700000],
    ['Dutch', 'Maandsalaris € 3.400 - € 4.200', 'NL', 3400, 4200],
  ])('%s body line: %s', (_language, line, country, min, max) => {
    expect(inBody(line, country)).toMatchObject({ min, max });
  });

  it.each([
    ['Arabic, إلى', 'راتب شهري من 28,000 إلى 35,000 درهم إماراتي', 'AE', 28000, 35000],
    ['Arabic, الى', 'الراتب من 9000 الى 12000 ريال', 'SA', 9000, 12000],
  ])('%s: %s', (_name, text, country, min, max) => {
    expect(inText(text, country)).toMatchObject({ min, max });
  });

  it.each([
    ['a Swedish figure without a pay word', 'Vi har 34 000 kunder i hela landet', 'SE'],
    ['a Dutch word that ends the same', "Ballonvaart voor 40 collega's: € 3.400 budget", 'NL'],
  ])('counter-case: %s', (_name, line, country) => {
    expect(inBody(line, country)).toBeNull();
  });
});

describe('terms: Nordic and Finnish number words before a duration', () => {
  it.each([
    ['Swedish', 'Tillsvidareanställning på heltid med sex månaders provanställning', 6],
    ['Swedish', 'Provanställning i fyra månader', 4],
    ['Norwegian', 'Fast stilling med seks måneders prøvetid', 6],
    ['Finnish', 'Koeaika on kuusi kuukautta', 6],
  ])('probation, %s: %s', (_language, line, months) => {
    expect(extractTerms([line]).probationMonths).toBe(months);
  });

  it.each([
    ['the English word sex', 'Probation applies to all hires regardless of sex, age or origin.'],
    ['a number word that counts offices', 'Provanställning gäller; vi har fem kontor i Sverige'],
  ])('counter-case: %s', (_name, line) => {
    expect(extractTerms([line]).probationMonths).toBeNull();
  });
});

describe('workplace words in Arabic and Hebrew (a facts item or a workplace label value)', () => {
  it.each([
    ['هجين', 'hybrid'],
    ['عمل هجين', 'hybrid'],
    ['عن بعد', 'remote'],
    ['العمل من المنزل', 'remote'],
    ['حضوري', 'onsite'],
    ['היברידי', 'hybrid'],
    ['עבודה מרחוק', 'remote'],
  ])('"%s" is %s', (text, workplace) => {
    expect(workplaceFromText(text)).toBe(workplace);
  });

  it.each([['الرياض'], ['דוברי ערבית']])('counter-case: "%s" names no workplace', (text) => {
    expect(workplaceFromText(text)).toBeNull();
  });
});

describe('department labels in Arabic and Hebrew', () => {
  it.each([['القسم'], ['الإدارة'], ['מחלקה']])('"%s" labels the department', (label) => {
    expect(fieldKeyFor(label)).toBe('department');
  });

  it.each([
    ['الموقع', 'location'],
    ['نوع الوظيفة', 'employment type'],
  ])('counter-case: "%s" stays %s', (label, key) => {
    expect(fieldKeyFor(label)).toBe(key);
  });
});

describe('a title segment naming the company without its legal form', () => {
  it.each([
    ['하늘페이', '주식회사 하늘페이'],
    ['온길', '(주)온길'],
    ['ミライクラウド', '株式会社ミライクラウド'],
    ['宏昇精密工業', '宏昇精密工業股份有限公司'],
    ['Nordlicht Logistik', 'Nordlicht Logistik GmbH'],
    ['Pagora', 'Pagora S.p.A.'],
  ])('"%s" by "%s" is the company', (segment, company) => {
    expect(classifySegment(segment, company)).toBe('company');
  });

  it.each([
    ['a role word that is part of the name', 'Logistik', 'Nordlicht Logistik GmbH'],
    ['a company without a legal form', 'Acme', 'Acme Robotics'],
  ])('counter-case: %s', (_name, segment, company) => {
    expect(classifySegment(segment, company)).not.toBe('company');
  });
});

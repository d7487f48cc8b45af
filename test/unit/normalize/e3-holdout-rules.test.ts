import { employmentInput as input } from '../../support/employment-input';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { isApplyText } from '../../../shared/sources/html/apply-link';
import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { foldText } from '../../../shared/normalize/document/fold';

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

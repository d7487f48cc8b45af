import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

/**
 * Employment types as Russian, Ukrainian and Hebrew postings state them: the schedule word alone after
 * "Занятость:" / "Зайнятість:" ('повна', 'частичная'), hh.ru's line that opens with the schedule ('Полная
 * занятость, полный день'), and Israeli boards' scope of the position ('משרה מלאה', 'חצי משרה').
 */
const fromValue = (value: string) => normalizeEmploymentTypes({ values: [value], title: '', texts: [], bodyText: '' });
const fromBody = (body: string) => normalizeEmploymentTypes({ values: [], title: '', texts: [], bodyText: body });

describe('employment types in more languages', () => {
  test.each([
    ['uk full, with a contractor form', 'повна, співпраця через ФОП', ['FULL_TIME', 'CONTRACTOR']],
    ['ru full', 'Полная', ['FULL_TIME']],
    ['ru full, masculine', 'полный день', ['FULL_TIME']],
    ['ru part', 'частичная', ['PART_TIME']],
    ['uk part', 'Часткова', ['PART_TIME']],
    ['he full', 'משרה מלאה', ['FULL_TIME']],
    ['he full, with a preposition', 'במשרה מלאה', ['FULL_TIME']],
    ['he part', 'משרה חלקית', ['PART_TIME']],
    ['he half', 'חצי משרה', ['PART_TIME']],
    ['he freelance', 'פרילנס', ['CONTRACTOR']],
    ['he temporary', 'משרה זמנית', ['TEMPORARY']],
  ])('a value, %s: %s', (_name, value, types) => expect(fromValue(value)).toEqual(types));

  test.each([
    ['ru hh.ru line', 'Компания: Северный Код\nПолная занятость, полный день\nО компании', ['FULL_TIME']],
    ['ru part-time line', 'Частичная занятость, удалённая работа', ['PART_TIME']],
    ['uk line', 'Повна зайнятість, гібридний формат', ['FULL_TIME']],
  ])('a body line, %s', (_name, body, types) => expect(fromBody(body)).toEqual(types));

  test.each([
    ['ru in passing', 'Мы ценим полную занятость наших сотрудников'],
    ['he equal-opportunity line', 'המשרה מיועדת לנשים ולגברים כאחד'],
    ['he a company that specialises', 'החברה מתמחה בפיתוח מערכות'],
  ])('states no type, %s', (_name, body) => expect(fromBody(body)).toEqual([]));
});

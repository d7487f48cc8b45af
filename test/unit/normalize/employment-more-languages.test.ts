import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { readTypes } from '../../../shared/normalize/employment-types';

const fromValues = (values: string[]) => normalizeEmploymentTypes({ values, title: '', texts: [], bodyText: '' });
const fromTexts = (texts: string[]) => normalizeEmploymentTypes({ values: [], title: '', texts, bodyText: '' });

type Row = readonly [string, string, readonly string[]];

/** Per language: a value on its own, as a source field or a header value gives it, and what it names. */
const VALUES: readonly Row[] = [
  ['Hungarian', 'Teljes munkaidős', ['FULL_TIME']],
  ['Hungarian', 'részmunkaidőben', ['PART_TIME']],
  ['Hungarian', 'Határozott idejű szerződés', ['TEMPORARY']],
  ['Hungarian', 'határozatlan idejű', ['FULL_TIME']],
  ['Hungarian', 'Gyakornoki program', ['INTERN']],
  ['Russian', 'Полная занятость, полный день', ['FULL_TIME']],
  ['Russian', 'Неполный рабочий день', ['PART_TIME']],
  ['Russian', 'Стажёр', ['INTERN']],
  ['Russian', 'Договор ГПХ', ['CONTRACTOR']],
  ['Russian', 'Срочный трудовой договор', ['TEMPORARY']],
  ['Ukrainian', 'Повний робочий день', ['FULL_TIME']],
  ['Ukrainian', 'Неповна зайнятість', ['PART_TIME']],
  ['Ukrainian', 'Стажування', ['INTERN']],
  ['Ukrainian', 'ФОП', ['CONTRACTOR']],
  ['Ukrainian', 'Тимчасова робота', ['TEMPORARY']],
  ['Czech', 'Částečný pracovní úvazek', ['PART_TIME']],
  ['Czech', 'Stáž', ['INTERN']],
  ['Czech', 'Živnostenský list', ['CONTRACTOR']],
  ['Slovak', 'Čiastočný úväzok', ['PART_TIME']],
  ['Polish', 'Praktyki studenckie', ['INTERN']],
  ['Romanian', 'Cu normă întreagă', ['FULL_TIME']],
  ['Romanian', 'Jumătate de normă', ['PART_TIME']],
  ['Romanian', 'Contract pe perioadă determinată', ['TEMPORARY']],
  ['Romanian', 'Stagiu de practică', ['INTERN']],
  ['Greek', 'Πλήρους απασχόλησης', ['FULL_TIME']],
  ['Greek', 'Μερική απασχόληση', ['PART_TIME']],
  ['Greek', 'Σύμβαση έργου', ['CONTRACTOR']],
  ['Greek', 'Ορισμένου χρόνου', ['TEMPORARY']],
  ['Greek', 'Πρακτική άσκηση', ['INTERN']],
  ['Finnish', 'Kokoaikainen työsuhde', ['FULL_TIME']],
  ['Finnish', 'Osa-aikainen', ['PART_TIME']],
  ['Finnish', 'Määräaikainen', ['TEMPORARY']],
  ['Finnish', 'Vakituinen', ['FULL_TIME']],
  ['Finnish', 'Harjoittelija', ['INTERN']],
  ['Danish', 'Fuldtidsstilling', ['FULL_TIME']],
  ['Danish', 'Praktikplads', ['INTERN']],
  ['Norwegian', 'Heltidsstilling', ['FULL_TIME']],
  ['Swedish', 'Deltidstjänst', ['PART_TIME']],
  ['Swedish', 'Visstid', ['TEMPORARY']],
];

describe('employment values in Hungarian, Russian, Ukrainian, Czech, Slovak, Polish, Romanian, Greek and Nordic languages', () => {
  it.each(VALUES)('%s: %s', (_language, value, expected) => {
    expect(fromValues([value])).toEqual(expected);
    expect(readTypes(value, true)).toEqual(expected);
  });

  it.each([
    ['Foglalkoztatás jellege: teljes munkaidő', ['FULL_TIME']],
    ['Тип занятости: частичная занятость', ['PART_TIME']],
    ['Тип зайнятості: повна зайнятість', ['FULL_TIME']],
    ['Τύπος απασχόλησης: μερική απασχόληση', ['PART_TIME']],
    ['Typ úvazku: částečný úvazek', ['PART_TIME']],
    ['Çalışma şekli: tam zamanlı', ['FULL_TIME']],
    ['Çalışma Şekli: Yarı Zamanlı', ['PART_TIME']],
  ])('a header text: %s', (text, expected) => {
    expect(fromTexts([text])).toEqual(expected);
  });

  it.each([
    ['a Cyrillic word inside a longer word', 'Самостажировка'],
    ['Polish length of service, not an internship', 'Staż pracy: 3 lata'],
    ['a Greek word that only starts like one', 'Πλήρησαπασχόληση'],
    ['Hungarian professional experience', 'Szakmai gyakorlat'],
  ])('names no type: %s', (_name, text) => {
    expect(fromTexts([text])).toEqual([]);
  });
});

import { fromTitle } from '../../../shared/normalize/seniority';

/**
 * Title levels as Russian, Ukrainian, Finnish, Hungarian, Greek and Hebrew postings write them ('Ведущий',
 * 'Старший', 'Младший', 'Тимлид', 'Kokenut', 'Tapasztalt', 'Έμπειρος', 'בכיר/ה', 'ראש צוות') and the Middle
 * grade of the Ukrainian and Russian IT market; 'Middle School' and 'Middle Office' are no level.
 */
describe('title levels in more languages', () => {
  test.each([
    ['ru leading', 'Ведущий Python-разработчик (backend)', 'senior'],
    ['ru senior', 'Старший бухгалтер', 'senior'],
    ['ru junior', 'Младший аналитик данных', 'junior'],
    ['ru team lead', 'Тимлид backend-команды', 'lead'],
    ['uk leading', 'Провідний інженер з якості', 'senior'],
    ['uk junior', 'Молодший бухгалтер', 'junior'],
    ['uk/ru market grade', 'Middle QA Automation Engineer', 'mid'],
    ['grade with a plus', 'Middle+ Java Developer', 'mid'],
    ['fi experienced', 'Kokenut ohjelmistokehittäjä, Java / Kotlin', 'senior'],
    ['hu experienced', 'Tapasztalt könyvelő', 'senior'],
    ['hu career starter', 'Pályakezdő HR asszisztens', 'junior'],
    ['el experienced', 'Έμπειρος Λογιστής', 'senior'],
    ['he senior, gendered', 'מפתח/ת Full Stack בכיר/ה', 'senior'],
    ['he team lead', 'ראש צוות פיתוח', 'lead'],
  ])('%s: %s', (_name, title, level) => expect(fromTitle(title)).toBe(level));

  test.each([
    ['a school', 'Middle School Teacher'],
    ['banking back-office', 'Middle Office Analyst'],
    ['ru no level', 'Бухгалтер по расчету заработной платы'],
    ['el no level', 'Λογιστής/τρια'],
  ])('%s has no level: %s', (_name, title) => expect(fromTitle(title)).toBeNull());
});

import { siteBesideTitle, splitDocumentTitle } from '../../../shared/sources/html/page-title';

/**
 * Careers-site words in Greek, Russian, Ukrainian, Danish/Norwegian, Finnish, Romanian, Hungarian, Hebrew and
 * Thai <title>s, also when a dash joins the word to the company ("Λογιστής – Καριέρα – Μακεδονικά Τρόφιμα Α.Ε."):
 * the company is read without the word.
 */
describe('careers-site words in more languages', () => {
  it.each([
    ['Λογιστής/τρια | Καριέρα – Μακεδονικά Τρόφιμα Α.Ε.', 'Λογιστής/τρια', 'Μακεδονικά Τρόφιμα Α.Ε.'],
    ['Бухгалтер | Карьера в Северный Код', 'Бухгалтер', 'Северный Код'],
    ['QA Engineer | Вакансії Карпатсофт', 'QA Engineer', 'Карпатсофт'],
    ['Bogholder | Ledige stillinger – Jysk Byggeservice', 'Bogholder', 'Jysk Byggeservice'],
    ['Ohjelmistokehittäjä | Avoimet työpaikat Pirkan Data', 'Ohjelmistokehittäjä', 'Pirkan Data'],
    ['Contabil | Cariere Transilvania Distribuție', 'Contabil', 'Transilvania Distribuție'],
    ['Könyvelő | Karrier - Duna Fintech', 'Könyvelő', 'Duna Fintech'],
    ['מפתח/ת | קריירה - מרכז לוגיסטיקה', 'מפתח/ת', 'מרכז לוגיסטיקה'],
  ])('%s: the company beside %s is %s', (raw, pageTitle, company) => {
    const { title, site } = splitDocumentTitle(raw);
    expect(title).toBe(pageTitle);
    expect(site ?? siteBesideTitle(raw, pageTitle)).toBe(company);
  });

  it.each([['Λογιστής | Καριέρα'], ['Бухгалтер — Вакансии'], ['Contabil | Cariere']])('%s names no company', (raw) =>
    expect(splitDocumentTitle(raw).site).toBeNull(),
  );
});

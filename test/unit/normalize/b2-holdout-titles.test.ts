import { cleanTitle } from '../../../shared/normalize/title';

/**
 * Titles of Croatian, Slovenian, Slovak, Bulgarian and Lithuanian postings: their gender markers ("(m/ž)",
 * "(м/ж)", "(-ė)", "/-ė") and a town after the settlement abbreviation ("гр. Пловдив", "г. Казань"), in other
 * wordings than the postings that revealed them; and brackets or tails that are part of the job.
 */
describe('titles in Balkan and Baltic postings', () => {
  test.each([
    ['sk', 'Programátor (m/ž)', 'Programátor'],
    ['hr, other order', 'Računovođa (ž/m)', 'Računovođa'],
    ['bg', 'Продавач-консултант (м/ж)', 'Продавач-консултант'],
    ['lt, "-a" ending', 'Vairuotojas (-a)', 'Vairuotojas'],
    ['lt, slash', 'Pardavimų vadybininkas/-ė', 'Pardavimų vadybininkas'],
    ['ru, town abbreviation', 'Бухгалтер – г. Казань', 'Бухгалтер'],
    ['uk, town abbreviation', 'Менеджер з продажу, м. Львів', 'Менеджер з продажу'],
  ])('%s: %s', (_name, raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([
    ['technologies in brackets', 'Data Engineer (AWS/GCP)'],
    ['an abbreviation before no town', 'Счетоводител – гр. Главен'],
    ['a Catalan feminine ending', 'Tècnic/a de màrqueting digital'],
  ])('%s stays: %s', (_name, raw) => expect(cleanTitle(raw).title).toBe(raw));
});

import { normalizeDate } from '../../../shared/normalize/dates';

/**
 * Dates as Hindi job pages write them ("21 नवंबर 2026", with a month name that carries vowel signs, in either
 * spelling, and in Devanagari digits); a Persian solar-calendar date is no Gregorian date and reads as none.
 */
describe('Hindi dates and native digits', () => {
  test.each([
    ['Hindi month, the other spelling', '3 सितम्बर 2026', '2026-09-03'],
    ['Hindi month with a nukta', '5 फ़रवरी 2027', '2027-02-05'],
    ['Devanagari digits', '२१ दिसंबर २०२६', '2026-12-21'],
    ['Arabic-Indic digits in an ISO date', '٢٠٢٦-١١-٢٠', '2026-11-20'],
  ])('%s: %s', (_name, text, iso) => expect(normalizeDate(text)?.slice(0, 10)).toBe(iso));

  test.each([
    ['a Persian solar date', '۱۴۰۵/۰۹/۰۵'],
    ['a Hindi word that is no month', '21 नमस्ते 2026'],
  ])('no date, %s: %s', (_name, text) => expect(normalizeDate(text)).toBeNull());
});

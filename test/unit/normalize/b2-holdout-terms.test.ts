import { asciiDigits } from '../../../shared/normalize/native-digits';
import { extractTerms } from '../../../shared/normalize/terms';

/**
 * Probation and paid leave in Bulgarian, Croatian, Slovenian, Slovak, Lithuanian, Estonian, Catalan, Malay,
 * Hindi and Persian: the probation words, the month/week/day units with their inflections, the leave words,
 * and numbers written in Persian or Devanagari digits.
 */
describe('terms in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['bg, definite form', 'Изпитателният срок е 3 месеца', 3],
    ['hr', 'Probni rad: 3 mjeseca', 3],
    ['sl', 'Poskusna doba traja 3 mesece', 3],
    ['lt, abbreviated month', 'Bandomasis laikotarpis - 6 mėn.', 6],
    ['et', 'Tähtajatu tööleping, katseaeg 6 kuud', 6],
    ['ca', 'Període de prova de 6 mesos', 6],
    ['ms', 'Tempoh probasi 6 bulan', 6],
    ['hi, Devanagari digit', 'परिवीक्षा अवधि ३ माह', 3],
    ['fa, Persian digit', 'مدت دوره آزمایشی ۶ ماه است', 6],
  ])('probation, %s: %s', (_name, line, months) => expect(extractTerms([line]).probationMonths).toBe(months));

  test.each([
    ['bg', '30 дни платен отпуск', 30],
    ['hr, leave word first', 'Godišnji odmor 25 dana', 25],
    ['sl', '30 dni dopusta', 30],
    ['sk, weeks', '6 týždňov dovolenky', 30],
    ['lt, calendar days', 'Atostogos: 28 kalendrinės dienos', 28],
    ['et', '35 päeva puhkust', 35],
    ['ca', '25 dies de vacances', 25],
    ['ms', '18 hari cuti tahunan', 18],
    ['hi, Devanagari digits', 'हर साल २१ छुट्टियाँ', 21],
    ['fa, Persian digits', '۳۰ روز مرخصی با حقوق', 30],
  ])('paid leave, %s: %s', (_name, line, days) => expect(extractTerms([line]).paidLeaveDays).toBe(days));

  test.each([
    ['hr, office days', 'Rad od kuće 2 dana tjedno'],
    ['hr, experience', 'Iskustvo od 6 mjeseci'],
    ['fa, years of experience', 'حداقل ۳ سال سابقه کار'],
    ['fa, working hours', 'ساعت کاری: شنبه تا چهارشنبه ۸ تا ۱۶'],
  ])('no term, %s: %s', (_name, line) =>
    expect(extractTerms([line])).toEqual({ probationMonths: null, paidLeaveDays: null }),
  );
});

describe('asciiDigits', () => {
  test.each([
    ['Persian with the Arabic thousands separator', '۳۵٬۰۰۰ تومان', '35,000 تومان'],
    ['Arabic-Indic', '٢٠٢٦', '2026'],
    ['Devanagari', '१८ छुट्टियाँ', '18 छुट्टियाँ'],
    ['Bengali', '১২', '12'],
    ['Thai', '๑๒ เดือน', '12 เดือน'],
    ['ASCII unchanged', '25 days', '25 days'],
  ])('%s', (_name, text, ascii) => expect(asciiDigits(text)).toBe(ascii));
});

import fc from 'fast-check';
import { deadlineSentence, readDeadlineSentence } from '../../../shared/normalize/deadline-sentence';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * Bodies built from deadline labels in any case (the long s 'ſ' and the Kelvin sign that case-fold to s and k
 * included), copulas, dates and what may touch them: letters and digits before a label, line breaks, punctuation.
 */
const piece = fc.oneof(
  fc.constantFrom(
    'The closing date',
    'application deadline',
    'Deadline for applications',
    'LAST DAY TO APPLY',
    'Sista ansökningsdag',
    'ſista ansokningsdagen',
    'Ansökningstiden löper ut',
    'Søknadsfrist',
    'ANSØGNINGSFRISTEN',
    'Die Bewerbungsfrist',
    'bewerbungsſchluss',
    'La date limite de candidature',
    'date de clôture des candidatures',
    'La fecha límite de postulación',
    'O prazo de candidatura',
    'La scadenza',
    'Termin składania aplikacji',
    'uiterste reactiedatum',
    'Ha\u212Auaika',
    'deadline',
    'closing',
  ),
  fc.constantFrom(
    ' is ',
    ' är ',
    ' er ',
    ' ist der ',
    ' endet am ',
    ' est le ',
    ' es el ',
    ' é o dia ',
    ' upływa ',
    ' was ',
  ),
  fc.constantFrom('2026-12-15', '15.12.2026', '1. desember 2026', '12 December 2026', 'flexible', '15/12/2026'),
  fc.constantFrom('. ', '.\n', '\n\n', ' ', 'x', '7', 'é', '!', ', '),
  fc.string({ maxLength: 6 }),
);
const bodyText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('the deadline label pre-check', () => {
  test('never changes what the sentence reader finds, on arbitrary bodies of labels, copulas and dates', () => {
    fc.assert(
      fc.property(bodyText, (text) => {
        expect(deadlineSentence(text)).toBe(readDeadlineSentence(text));
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  test.each([
    ['the sentence in Swedish', 'Sista ansökningsdag är 2026-12-15.', '2026-12-15'],
    ['a label in capitals after a line break', 'Apply now.\nTHE CLOSING DATE IS 12 December 2026.', '12 December 2026'],
    ['a long s the case-insensitive label matches', 'ſista anſökningsdag är 2026-12-15.', '2026-12-15'],
    ['no label at all', 'We look forward to hearing from you by 15 December 2026.', null],
    ['a label glued to a word', 'Xdeadline is 15 December 2026.', null],
    // the pre-check leaves a label's optional article out: the label is found with it and without it
    ['a label after its article', 'La scadenza è il 15/12/2026.', '15/12/2026'],
    ['a label without its article', 'Uiterste reactiedatum: 1 december 2026', '1 december 2026'],
    ['an article glued to a word before the label', 'Xthe closing date is 12 December 2026.', '12 December 2026'],
  ])('%s', (_name, text, expected) => {
    expect(readDeadlineSentence(text)).toBe(expected);
    expect(deadlineSentence(text)).toBe(expected);
  });
});

import { deadlineSentence } from '../../../shared/normalize/deadline-sentence';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

/** The application deadline a body states as a sentence ("Sista ansökningsdag är 2026-12-15."). */
const validThroughOf = (text: string): string | null => {
  const [raw] = parseInput(Buffer.from(text), {});
  if (!raw) throw new Error('no posting');
  return normalizePosting(raw, { sourceId: 't', now: new Date('2026-11-26T00:00:00Z') }).validThrough;
};
const body = (sentence: string): string =>
  `Warehouse Lead\n\nWe run a third-party warehouse with 300 people and two shifts.\n\n${sentence}\n\nWe look forward to hearing from you.\n`;

describe('a deadline stated as a sentence is the posting’s validThrough', () => {
  it.each([
    ['sv', 'Vi tillämpar löpande urval. Sista ansökningsdag är 2026-12-15.', '2026-12-15'],
    ['en', 'The closing date is 12 December 2026. Interviews follow.', '2026-12-12'],
    ['en', 'The application deadline is 2026-12-15, so apply soon.', '2026-12-15'],
    ['de', 'Die Bewerbungsfrist endet am 15.12.2026.', '2026-12-15'],
    ['fr', 'La date limite de candidature est le 15/12/2026.', '2026-12-15'],
    ['no', 'Søknadsfrist er 1. desember 2026.', '2026-12-01'],
    ['es', 'La fecha límite es el 30 de noviembre de 2026.', '2026-11-30'],
  ])('%s: %s', (_lang, sentence, date) => expect(validThroughOf(body(sentence))).toBe(date));
});

describe('what is no deadline sentence', () => {
  it.each([
    ['a deadline that is no date', 'Our application deadline is flexible.'],
    ['a project deadline', 'The deadline for the migration is 15 December 2026.'],
    ['a start date', 'The start date is 1 February 2027.'],
  ])('%s', (_name, sentence) => expect(validThroughOf(body(sentence))).toBeNull());

  it('a deadline field wins over the sentence', () => {
    const text = `Warehouse Lead\nDeadline: 2026-12-20\n\nWe run a warehouse.\n\nThe closing date is 12 December 2026.\n`;
    expect(validThroughOf(text)).toBe('2026-12-20');
  });

  it('the date text ends with its sentence', () => {
    expect(deadlineSentence('Sista ansökningsdag är 15 december 2026. Välkommen!')).toBe('15 december 2026');
  });
});

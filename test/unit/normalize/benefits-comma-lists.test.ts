import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'comma-lists', now: new Date('2026-11-26T12:00:00Z') };
const benefitsOf = (benefitsBlock: string): string[] => {
  const content = `Warehouse Associate\n\nResponsibilities:\n- Pick and pack orders\n- Load trucks\n\n${benefitsBlock}\n`;
  const raw = parseInput(content, { kind: 'text' })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context).benefits;
};

/** Perks joined by Latin commas on one line (Indeed's "Benefits:" line) are one item each; sentences are not lists. */
describe('benefits as a comma list', () => {
  test.each([
    [
      'Indeed, heading on its own line',
      'Benefits:\n401(k), Dental insurance, Health insurance, Paid time off, Vision insurance',
      ['401(k)', 'Dental insurance', 'Health insurance', 'Paid time off', 'Vision insurance'],
    ],
    [
      'Indeed, list on the heading line',
      'Benefits: 401(k) matching, Employee discount, Flexible schedule',
      ['401(k) matching', 'Employee discount', 'Flexible schedule'],
    ],
    [
      'de',
      'Wir bieten:\nUrlaubsgeld, Weihnachtsgeld, JobRad, betriebliche Altersvorsorge',
      ['Urlaubsgeld', 'Weihnachtsgeld', 'JobRad', 'betriebliche Altersvorsorge'],
    ],
    [
      'fr',
      'Avantages :\nTickets restaurant, mutuelle, prime annuelle, RTT',
      ['Tickets restaurant', 'mutuelle', 'prime annuelle', 'RTT'],
    ],
  ])('%s', (_name, block, perks) => expect(benefitsOf(block)).toEqual(perks));

  test.each([
    ['a sentence', 'Benefits:\nWe offer great pay, training, and room to grow.'],
    ['a sentence without its stop', 'Benefits:\nWe offer great pay, training, and room to grow'],
    ['a sentence that opens with a noun', 'Benefits:\nCompetitive pay, training, and room to grow.'],
    ['adjectives sharing the last noun', 'Benefits:\nMedical, dental, vision insurance'],
    ['two parts only', 'Benefits:\nHealth insurance, paid time off'],
    ['a long part', 'Benefits:\nPension, a yearly training budget you can spend on any course you like, gym'],
  ])('one item: %s', (_name, block) => expect(benefitsOf(block)).toHaveLength(1));
});

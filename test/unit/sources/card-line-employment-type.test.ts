import type { Block } from '../../../shared/normalize/document/block-types';
import { isEmploymentType } from '../../../shared/normalize/title-segments';
import { cardFacts } from '../../../shared/sources/text/card-line';

const TITLE = 'Maintenance Technician';
const typeOn = (line: string): string | null => {
  const blocks: Block[] = [{ type: 'paragraph', lines: [TITLE, line], sources: [undefined, undefined] }];
  return cardFacts(blocks, TITLE).employmentType;
};

/**
 * A card line that is an employment type alone is the card's type; `cardFacts` skips the test for lines with
 * punctuation no employment type holds, so every type `isEmploymentType` reads, with its dots, must still be read.
 */
describe("a card line that is the posting's employment type", () => {
  test.each([
    'Full-time',
    'Vollzeit',
    '全职',
    'Teilzeit 20 Std./Woche',
    'Teilzeit, 20 Std.',
    'Vollzeit (38.5 Std.)',
    'Part-time, 32.5 hours per week',
    'Umowa o pracę, 40 godz.',
    'Contract, 6 months, outside IR35',
  ])('%s', (line) => {
    expect(isEmploymentType(line)).toBe(true);
    expect(typeOn(line)).toBe(line);
  });

  test.each([
    'Full-time.',
    'Full-time!',
    'Full-time?',
    'Full-time; Part-time',
    '全职。',
    'We build software. Full-time',
  ])('counter-case: %s', (line) => {
    expect(isEmploymentType(line)).toBe(false);
    expect(typeOn(line)).toBeNull();
  });
});

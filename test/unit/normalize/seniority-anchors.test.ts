import fc from 'fast-check';
import type { Seniority } from '../../../shared/schema/posting';
import { fromTitle } from '../../../shared/normalize/seniority';
import { TITLE_RULE_ANCHORS } from '../../../shared/normalize/seniority-anchors';
import { LEADING_ASSOCIATE, NOT_A_LEVEL, TITLE_RULES } from '../../../shared/normalize/lexicon/seniority-words';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * fromTitle runs a seniority rule only when the title holds one of the rule's anchor words: it must read
 * every title exactly as trying every rule in turn does.
 */

/** The reading without anchors: every rule in precedence order. */
function everyRule(title: string): Seniority | null {
  const text = title.normalize('NFKC').replace(NOT_A_LEVEL, ' ');
  for (const [level, rule] of TITLE_RULES) if (rule.test(text)) return level;
  return LEADING_ASSOCIATE.test(text) ? 'junior' : null;
}

/** The words the rules are written with ("interns", "praktikant", "chef", "équipe", "リーダー"). */
const ruleWords = [
  ...new Set(
    [...TITLE_RULES.map(([, rule]) => rule.source), NOT_A_LEVEL.source, LEADING_ASSOCIATE.source].flatMap(
      (source) => source.match(/[\p{L}'’.-]{2,}/gu) ?? [],
    ),
  ),
];

const casing = (word: string) =>
  fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1), word.toLowerCase());

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ruleWords).chain(casing) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      ' ',
      ', ',
      ' - ',
      ' / ',
      '(',
      ')',
      'Engineer',
      'Software',
      'Nurse',
      'of',
      'for',
      'de',
      'Sales',
      'Product',
      'II',
      'III',
      'IV',
      'I',
      'I/O',
      'JR-2291',
      'ſ',
      'K',
      'Ⅱ',
      'ｼﾆｱ',
      'ﬁ',
      '\u00a0',
      '\t',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

describe('seniority rule anchors', () => {
  it('has one anchor per title rule', () => {
    expect(TITLE_RULE_ANCHORS).toHaveLength(TITLE_RULES.length);
  });

  it('reads generated titles exactly as trying every rule in turn does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const title = pieces.join(pieces.length % 2 ? ' ' : '');
        expect(fromTitle(title)).toBe(everyRule(title));
      }),
      { seed: FUZZ_SEED, numRuns: 4000 },
    );
  });

  it.each([
    ['Senior Software Engineer', 'senior'],
    ['Leiter Vertrieb (m/w/d)', 'director'],
    ['Abteilungsleiterin Einkauf', 'manager'],
    ['Chef d’équipe logistique', 'lead'],
    ['Werkstudent Marketing', 'intern'],
    ['マネージャー候補', 'manager'],
    ['Data Engineer II', 'mid'],
    ['Support Engineer I ', 'junior'],
    ['Associate Product Manager', 'junior'],
    ['Associate Consultant', 'junior'],
    ['Lead Generation Specialist', null],
    ['Staff Nurse', null],
    ['Registered Nurse', null],
  ])('reads "%s" as %s', (title, level) => {
    expect(fromTitle(title)).toBe(level);
    expect(everyRule(title)).toBe(level);
  });
});

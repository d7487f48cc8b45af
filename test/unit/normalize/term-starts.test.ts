import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { compileTerms, foldText } from '../../../shared/normalize/document/fold';
import { HEADING_TABLES } from '../../../shared/normalize/document/heading-terms';
import { OPTIONAL_TERMS, REQUIRED_TERMS, statesOptional } from '../../../shared/normalize/document/nice-cues';
import { expandTerm } from '../../../shared/normalize/document/term-expansions';
import { TermStarts } from '../../../shared/normalize/document/term-starts';

const TABLES: ReadonlyArray<readonly string[]> = [...HEADING_TABLES.map(([, terms]) => terms), OPTIONAL_TERMS];
const PATTERNS = TABLES.map((terms) => compileTerms(terms));
const STARTS = TermStarts.of(TABLES);
const SPELLINGS = TABLES.flatMap((terms) => terms.flatMap((term) => expandTerm(term, 64) ?? []));
const WORDS = ['spanish', 'is', 'a', 'plus', 'von', 'vorteil', 'ux', 'why', 'bonus', '歓迎', '우대', 'go', '5+'];
const SEPARATORS = [' ', '', '/', '-', '(', ': ', '・', "'", '1'];

/** statesOptional's rule without the start filter: what the filter must never change. */
const statesOptionalByRule = (item: string): boolean => {
  const folded = foldText(item);
  if (!compileTerms(OPTIONAL_TERMS).test(folded) || compileTerms(REQUIRED_TERMS).test(folded)) return false;
  return statesOptional(item);
};

describe('term starts', () => {
  const text = fc
    .array(
      fc.tuple(
        fc.constantFrom(...SEPARATORS),
        fc.oneof(fc.constantFrom(...SPELLINGS), fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => foldText(pairs.flat().join('')));

  it('never rules out a table whose pattern matches the text', () => {
    fc.assert(
      fc.property(text, (folded) => {
        const candidates = STARTS.candidates(folded);
        PATTERNS.forEach((pattern, table) => {
          if (pattern.test(folded)) expect(candidates & (1 << table)).not.toBe(0);
        });
      }),
      { numRuns: 5000, seed: FUZZ_SEED },
    );
  });

  it('rules out every table for text that shares no start with any term', () => {
    expect(STARTS.candidates('')).toBe(0);
    expect(STARTS.candidates(foldText('Xylophone, Zzz 42'))).toBe(0);
  });

  it.each([
    ['Spanish is a plus', true],
    ['SAP-Kenntnisse von Vorteil', true],
    ['Kotlin mile widziany', true],
    ['有金融经验者优先', true],
    ['Degree required, MSc preferred', false],
    ['5+ years of experience with Go', false],
  ])('reads %j as optional: %j, as the rule without the filter does', (item, optional) => {
    expect(statesOptional(item)).toBe(optional);
    expect(statesOptionalByRule(item)).toBe(optional);
  });
});

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { EMOJI_SEQUENCE } from '../../../shared/normalize/document/emoji';
import { foldText } from '../../../shared/normalize/document/fold';
import {
  classifyHeading,
  classifyHeadingStrict,
  headingLabel,
  isWholeHeading,
} from '../../../shared/normalize/document/heading-dictionary';
import { firstTable, firstTableSlowly, wholeLabelTable } from '../../../shared/normalize/document/heading-matcher';
import { HEADING_TABLES } from '../../../shared/normalize/document/heading-terms';
import { expandTerm, MAX_EXPANSIONS } from '../../../shared/normalize/document/term-expansions';

/** headingLabel's definition, written out: its shortcut for plain labels must agree with it everywhere. */
const LEADING = new RegExp(
  `^(?:[\\s#*_>~=+\\-–—•・◆◇■□●○▶►▼▽★☆※【「『《〈|¿¡]|${EMOJI_SEQUENCE}|\\uFE0F|(?:\\d{1,2}|[ivx]{1,4})[.)](?=\\s))+`,
  'iu',
);
const TRAILING = new RegExp(`(?:[\\s:：.!?！？】」』》〉*_~=\\-–—|]|${EMOJI_SEQUENCE}|\\uFE0F)+$`, 'u');
const labelByDefinition = (text: string): string => {
  const label = text.replace(LEADING, '').replace(TRAILING, '').trim();
  const wrapped = /^[[(]([^\])]*)[\])]$/.exec(label);
  return wrapped ? (wrapped[1] ?? '').trim() : label;
};

/** The classification rules by definition: the first table matching anywhere; strictly, covering 60% of the label. */
const kindByDefinition = (text: string, strict: boolean): string | null => {
  if (text.length > 240) return null;
  const folded = foldText(labelByDefinition(text));
  if (!folded || folded.length > 120) return null;
  const found = firstTableSlowly(folded);
  if (!found) return null;
  const kind = HEADING_TABLES[found.table]?.[0] ?? null;
  return !strict || found.match.length / folded.length >= 0.6 ? kind : null;
};

const SPELLINGS = HEADING_TABLES.flatMap(([, terms]) => terms.flatMap((term) => expandTerm(term) ?? []));
/** Words that share first letters with dictionary terms without being them, and separators. */
const NEAR_MISSES = [
  'data',
  'engineer',
  'benefit',
  'requ',
  'we',
  'a',
  'ux',
  'über',
  '職',
  'スキル',
  '(m/w/d)',
  ' ',
  '-',
  '/',
  "'",
  '3',
];

describe('heading classification shortcuts', () => {
  it.each([
    [
      'nice[- ]to[- ]haves?',
      [
        'nice-to-have',
        'nice-to-haves',
        'nice to-have',
        'nice to-haves',
        'nice-to have',
        'nice-to haves',
        'nice to have',
        'nice to haves',
      ],
    ],
    ['(?:votre|ton) profil', ['votre profil', 'ton profil']],
    ['^technolog(?:y|ies)\\b', ['technology', 'technologies']],
    ['les \\+ du poste', ['les + du poste']],
    ['기술 ?스택', ['기술 스택', '기술스택']],
    ['^bonus(?! (?:&|and))', null],
    ['^why (?!this\\b)\\S.*', null],
    ['[a-z]+', null],
    ['(capturing)', null],
  ])('expands the term %j to its whole spellings', (term, spellings) => {
    const expanded = expandTerm(term);
    expect(expanded === null ? null : [...expanded].sort()).toEqual(spellings === null ? null : [...spellings].sort());
  });

  it('gives up on a term with more spellings than it lists', () => {
    expect(expandTerm('[ab][ab][ab][ab][ab][ab][ab][ab][ab]')).toBeNull();
    expect(2 ** 9).toBeGreaterThan(MAX_EXPANSIONS);
  });

  it('answers every whole spelling of a term as the rule does, loosely and strictly', () => {
    const differing: string[] = [];
    for (const [spelling, answer] of wholeLabelTable(0.6)) {
      const found = firstTableSlowly(spelling);
      const kind = found ? (HEADING_TABLES[found.table]?.[0] ?? null) : null;
      const strict = found && found.match.length / spelling.length >= 0.6 ? kind : null;
      if (answer.kind !== kind || answer.strictKind !== strict) differing.push(spelling);
    }
    expect(differing).toEqual([]);
  });

  it('finds the same first table as trying every table in turn, for labels made of terms and near misses', () => {
    const part = fc.oneof(fc.constantFrom(...SPELLINGS), fc.constantFrom(...NEAR_MISSES), fc.string({ maxLength: 4 }));
    const separator = fc.constantFrom(' ', '', '/', '-', '(', ': ', '・', '&');
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, part), { maxLength: 6 }), (pairs) => {
        const folded = foldText(pairs.flat().join(''));
        expect(firstTable(folded)).toEqual(firstTableSlowly(folded));
      }),
      { numRuns: 6000, seed: FUZZ_SEED },
    );
  });

  it('answers a label read again as it did the first time: repeats, labels past the memo bound, more labels than it keeps', () => {
    const labels = [...SPELLINGS.slice(0, 700), ...NEAR_MISSES].map((label) => foldText(label));
    const long = `${'requirements '.repeat(12)}benefits`;
    const differing: string[] = [];
    for (let round = 0; round < 3; round++)
      for (const label of [...labels, long, long.slice(1)])
        if (JSON.stringify(firstTable(label)) !== JSON.stringify(firstTableSlowly(label))) differing.push(label);
    expect(labels.length).toBeGreaterThan(512);
    expect(long.length).toBeGreaterThan(120);
    expect(differing).toEqual([]);
  });

  it('classifies any line as the rules do by definition, through the whole-label table or the scan', () => {
    const pieces = [
      ...SPELLINGS.slice(0, 400),
      ...NEAR_MISSES,
      '■',
      '【',
      '】',
      '1.',
      'iv)',
      '🚀',
      '👩‍💻',
      ':',
      '?',
      '**',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (parts, upper) => {
          const line = upper ? parts.join(' ').toUpperCase() : parts.join(' ');
          expect(classifyHeading(line)).toBe(kindByDefinition(line, false));
          expect(classifyHeadingStrict(line)).toBe(kindByDefinition(line, true));
        },
      ),
      { numRuns: 4000, seed: FUZZ_SEED },
    );
  });

  it.each([
    ['Requirements', 'must', 'must'],
    ['What we are looking for:', 'must', 'must'],
    ['Dein Profil', 'must', 'must'],
    ['Vos missions', 'responsibilities', 'responsibilities'],
    ['¿Qué ofrecemos?', 'benefits', 'benefits'],
    ['必須スキル', 'must', null],
    ['【歓迎スキル】', 'nice', null],
    ['歓迎', 'nice', 'nice'],
    ['Yêu cầu', 'must', 'must'],
    ['5+ years of experience with requirements engineering', 'must', null],
    ['Senior Data Engineer (m/w/d)', null, null],
  ])('classifies %j as %j (strictly %j)', (line, kind, strict) => {
    expect(classifyHeading(line)).toBe(kind);
    expect(classifyHeadingStrict(line)).toBe(strict);
    expect(kindByDefinition(line, false)).toBe(kind);
    expect(kindByDefinition(line, true)).toBe(strict);
  });

  it('takes a label as it is only where the decoration patterns would remove nothing', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const text of [`${char}orte`, `Wor${char}`, `${char}`, `${char} x`, `${char}. Wort`, `${char}) Wort`])
        if (headingLabel(text) !== labelByDefinition(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});

describe('whole-label look-up', () => {
  it('finds every whole spelling, the longest included, though longer labels are not looked up', () => {
    const labels = [...wholeLabelTable(0.6).keys()];
    expect(labels.length).toBeGreaterThan(100);
    for (const label of labels) expect(isWholeHeading(label)).toBe(true);
    const longest = labels.reduce((a, b) => (b.length > a.length ? b : a));
    expect(isWholeHeading(`${longest} x`)).toBe(false);
  });
});

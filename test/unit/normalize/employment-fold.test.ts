import fc from 'fast-check';
import { foldKeepingCjk } from '../../../shared/normalize/employment-types';
import { fold } from '../../../shared/normalize/geo/fold';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The employment-type rules read a folded text: each line folded by `fold` (geo/fold.ts) after a camel-case split,
 * then its CJK. ASCII lines take a shortcut of two replacements; it must fold every text exactly as `fold` does.
 */
function reference(text: string): string {
  const cjk = (line: string): string =>
    /[\u1100-\uffff]/.test(line)
      ? line.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu, ' ')
      : line
        ? ' '
        : '';
  return (/[^\u0000-\u007f]/.test(text) ? text.normalize('NFKC') : text)
    .split('\n')
    .map((line) => fold(line.replace(/([a-z])([A-Z])/g, '$1 $2')) + ' ' + cjk(line))
    .join('\n');
}

const piece = fc.oneof(
  fc.constantFrom(
    'Full-Time',
    'fullTime',
    'PART_TIME',
    'Vollzeit',
    'Toàn thời gian',
    '正社員',
    '契約社員',
    ' ',
    '  ',
    '\n',
  ),
  fc.constantFrom('\t', '-', '/', '(m/w/d)', '20h', 'CDI', 'ﬁxed', 'Ｆｕｌｌ', 'İ', 'ß', '…', '\u00a0', 'Werkstudent'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('folding for the employment-type rules', () => {
  it('folds every text as fold does, ASCII lines by the shortcut', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(foldKeepingCjk(text)).toBe(reference(text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['Full-Time / Permanent', 'full time permanent  '],
    ['  fullTime  ', 'full time  '],
    ['', ' '],
    ['Job type: Part-time\n\nVollzeit', 'job type part time  \n \nvollzeit  '],
    ['Toàn thời gian', 'toan thoi gian  '],
  ])('folds %j as %j', (text, folded) => {
    expect(foldKeepingCjk(text)).toBe(folded);
    expect(reference(text)).toBe(folded);
  });
});

import fc from 'fast-check';
import { decodeContent } from '../../../shared/sources/decode-content';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/** The binary-text check as it read every text: a NUL anywhere in the sample, or more than 8 controls and over 1% of it. */
function refusedByFullCheck(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > 8 && controls > sample.length * 0.01;
}

function refused(text: string): boolean {
  try {
    decodeContent(text);
    return false;
  } catch {
    return true;
  }
}

describe('decodeContent on text', () => {
  test('refuses exactly the texts the full NUL and control count refuses (the pre-test skips only texts without either)', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', ' ', '\n', '\t', '\r', '\f', 'é', '日') },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), (units) => {
        const text = units.join('');
        expect(refused(text)).toBe(refusedByFullCheck(text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  test.each([
    ['plain text', 'Senior Engineer\nBerlin', false],
    ['a NUL', 'Senior\u0000Engineer', true],
    ['a few controls', 'a\u0001b\u0002c', false],
    ['many controls', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f', true],
    ['tabs, CR, LF and form feeds', '\t\r\n\f'.repeat(50), false],
  ])('%s: refused %s', (_name, text, expected) => {
    expect(refused(text)).toBe(expected);
  });
});

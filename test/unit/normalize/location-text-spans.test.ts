import fc from 'fast-check';
import { spanText } from '../../../shared/normalize/geo/location-text';
import { clean } from '../../../shared/normalize/geo/structured-location';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The span and field cleaners skip their regex passes where those cannot change the text (no separator at a
 * trimmed span's ends, no bracket to balance, whitespace that is only single spaces): each must answer exactly
 * as its plain form, rebuilt here, on texts of places, brackets, separators and whitespace.
 */
function plainSpanText(text: string, start: number, end: number): string {
  if (start < 0 || end <= start) return text.trim();
  let span = text.slice(start, end).trim();
  const opens = (span.match(/\(/g) ?? []).length;
  const closes = (span.match(/\)/g) ?? []).length;
  if (opens > closes && text[end] === ')') span += ')';
  return span.replace(/^[\s,;|/·•–—-]+|[\s,;|/·•–—(-]+$/g, '');
}

const plainClean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

const pieces = [
  'Berlin',
  'New York',
  'Hà Nội',
  '東京都',
  '(',
  ')',
  '((',
  ',',
  ', ',
  ';',
  '|',
  '/',
  '·',
  '•',
  '–',
  '—',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  'Remote',
];
const texts = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('location span and field cleaners', () => {
  it('cut a span as the plain regex passes do', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = text.length ? b % (text.length + 2) : 0;
        expect(spanText(text, start, end)).toBe(plainSpanText(text, start, end));
        expect(spanText(text, -1, end)).toBe(plainSpanText(text, -1, end));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it('clean a field as collapsing and trimming do', () => {
    fc.assert(
      fc.property(fc.option(texts, { nil: undefined }), (text) => {
        expect(clean(text)).toBe(plainClean(text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
    expect(clean(null)).toBe('');
  });

  it.each([
    ['Berlin (Hybrid) x', 0, 14, 'Berlin (Hybrid)'],
    ['Berlin (Hybrid', 0, 14, 'Berlin (Hybrid'],
    ['– Berlin, ', 0, 10, 'Berlin'],
    ['Remote (', 0, 8, 'Remote'],
    ['New York, NY', 0, 12, 'New York, NY'],
  ])('cuts %j from %i to %i to %j', (text, start, end, expected) => {
    expect(spanText(text, start, end)).toBe(expected);
  });

  it.each([
    ['  Rio de  Janeiro ', 'Rio de Janeiro'],
    ['Rio\tde Janeiro', 'Rio de Janeiro'],
    [' Berlin ', 'Berlin'],
    ['São\u00a0Paulo', 'São Paulo'],
  ])('cleans %j to %j', (text, expected) => {
    expect(clean(text)).toBe(expected);
  });
});

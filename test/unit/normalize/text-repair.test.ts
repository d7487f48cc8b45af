import fc from 'fast-check';
import { repairMojibake } from '../../../shared/normalize/document/mojibake';
import { mayHoldMojibake, mayHoldOddSpace, repairText } from '../../../shared/normalize/text-repair';
import { FUZZ_SEED } from '../../support/hostile-inputs';

describe('repairText', () => {
  it.each([
    ['mojibake apostrophe', 'workersâ€™ rights', 'workers’ rights'],
    ['mojibake accents', 'cafÃ© and crÃ¨me brÃ»lÃ©e', 'café and crème brûlée'],
    ['mojibake dashes and quotes', '2020â€“2024 â€œquotedâ€', '2020–2024 “quoted”'],
    ['mojibake NBSP-pound', 'Â£500 per day', '£500 per day'],
    ['double mojibake', 'Ã¢â‚¬â„¢', '’'],
    ['Polish mojibake', 'ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ…', 'Zażółć gęślą'],
    ['Cyrillic mojibake', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['entity-escaped HTML', '&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;', '<p>Hi &amp; bye</p>'],
    ['control characters', 'a\u0000b\u0007c\u001bd', 'abcd'],
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['NBSP, zero-width and BOM', '\ufeffa\u00a0b\u200bc\u202fd', 'a bc d'],
    ['runs of spaces inside lines', 'a   b \t c  \n\n\n\nd', 'a b c\n\nd'],
    ['decomposed Vietnamese', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
  ])('repairs %s', (_name, input, output) => {
    expect(repairText(input)).toBe(output);
  });

  it.each([
    ['Portuguese capitals', 'SÃO PAULO e CONCEIÇÃO'],
    ['Portuguese "Ã" before a space', 'Ã rvore'],
    ['German sharp s before an ellipsis', 'Straße… und Größe'],
    ['Vietnamese', 'Tiếng Việt: Ẫ ẫ Ư ơ'],
    ['Spanish', 'Ñandú ¿qué? ¡sí!'],
    ['real typography', 'naïve résumé — “ok” – 5 €'],
    ['escaped text beside real tags', '<p>Use &lt;b&gt; for bold</p>'],
    ['tabs and newlines', 'a\tb\nc'],
    ['indentation of nested lists', '- a\n  - b'],
  ])('leaves %s alone', (_name, input) => {
    expect(repairText(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = repairText('cafÃ©\u00a0 &lt;b&gt;x&lt;/b&gt;');
    expect(repairText(once)).toBe(once);
  });
});

describe('repairText shortcuts', () => {
  /** Letters of accented text, mojibake leads and continuations as Windows-1252 shows them, spaces of every kind. */
  const UNITS = [
    'a',
    'é',
    'ô',
    'Ã',
    'Â',
    'â',
    'ð',
    '©',
    '€',
    '™',
    '’',
    'œ',
    '¤',
    '\u0081',
    ' ',
    '\u00a0',
    '\u2009',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '\u3000',
    '\n',
  ];
  const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 24 });

  test('text the mojibake pre-test passes over is text mojibake repair leaves as it is', () => {
    fc.assert(
      fc.property(text, (value) => mayHoldMojibake(value) || repairMojibake(value) === value),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  test('text the odd-space pre-test passes over has no space-like or invisible character to replace', () => {
    const replaced = (value: string): string =>
      value.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u200b\u2060\ufeff\u00ad]/g, '');
    fc.assert(
      fc.property(text, (value) => mayHoldOddSpace(value) || replaced(value) === value),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  test.each([
    ['accented French', 'Développeur·se back-end à Lyon', 'Développeur·se back-end à Lyon'],
    ['mojibake beside accents', 'Ingénieur workersâ€™ Ã©quipe', 'Ingénieur workers’ équipe'],
    ['a no-break space in Portuguese', 'Salário\u00a0R$\u00a05.000', 'Salário R$ 5.000'],
  ])('repairs %s as before', (_name, input, expected) => expect(repairText(input)).toBe(expected));
});

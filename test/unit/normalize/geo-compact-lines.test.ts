import {
  decodeField,
  encodeField,
  fieldsAt,
  lineOffsets,
  lowerBound,
  prefixOf,
  prefixRange,
  sortedLines,
} from '../../../shared/normalize/geo/compact-lines';

describe('encodeField keeps generated tables printable ASCII and decodeField restores them', () => {
  const rows: [string, string][] = [
    ['plain ASCII stays as it is', 'New York'],
    ['Latin diacritics', 'München'],
    ['a spaceless script', '東京都'],
    ['Cyrillic', 'германия'],
    ['a character outside the BMP', 'Lagos 😀'],
    ['the escape character itself', 'a^0041b'],
    ['the field separator', 'a|b'],
    ['quote and backslash, which would end or escape the literal', "O'Fallon \\ x"],
    ['tabs and newlines', 'a\tb\nc'],
    ['empty', ''],
  ];
  test.each(rows)('%s', (_, text) => {
    const encoded = encodeField(text);
    expect(encoded).toMatch(/^[\x20-\x7e]*$/);
    expect(encoded).not.toMatch(/[|'\\]/);
    expect(decodeField(encoded)).toBe(text);
  });
});

describe('sorted lines are searched by key without reading the table first', () => {
  const keys = ['b', 'a', 'abd', 'ab', 'abc', 'ac', 'é', 'éab', 'éa', 'z|z', 'ba'];
  const lines = sortedLines(keys.map((k, i) => [k, String(i)]));
  const keysOf = (from: number, to: number): string[] =>
    lines
      .slice(from, to)
      .split('\n')
      .filter(Boolean)
      .map((line) => decodeField(line.slice(0, line.indexOf('|'))));

  test('every line ends in a newline and holds one key and its value', () => {
    expect(lines.endsWith('\n')).toBe(true);
    expect(lineOffsets(lines)).toHaveLength(keys.length);
    expect(lineOffsets(lines).map((offset) => fieldsAt(lines, offset)[0])).toEqual(keysOf(0, lines.length));
  });

  const bounds: [string, string, string | null][] = [
    ['before every key (encoded, "é" is "^00e9": below letters)', '', 'é'],
    ['equal to a key', encodeField('abc'), 'abc'],
    ['between keys', encodeField('abca'), 'abd'],
    ['a prefix of later keys', encodeField('ab'), 'ab'],
    ['after every key', '~', null],
  ];
  test.each(bounds)('lowerBound of a target %s is the first line not below it', (_, target, first) => {
    const at = lowerBound(lines, target);
    expect(at === lines.length ? null : fieldsAt(lines, at)[0]).toBe(first);
  });

  const ranges: [string, string[]][] = [
    ['ab', ['ab', 'abc', 'abd']],
    ['a', ['a']],
    ['éa', ['éa', 'éab']],
    ['é', ['é']],
    ['z|', ['z|z']],
    ['zz', []],
    ['b', ['b']],
  ];
  test.each(ranges)(
    'the block of prefix %j holds exactly the keys whose first two characters are it',
    (prefix, want) => {
      const [from, to] = prefixRange(lines, prefix);
      expect(keysOf(from, to)).toEqual(want);
      expect(want.every((k) => prefixOf(k) === prefix)).toBe(true);
    },
  );
});

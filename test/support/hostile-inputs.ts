import fc from 'fast-check';

/** The one seed of every fuzzing test in `npm test`: a failure reproduces on every machine. */
export const FUZZ_SEED = Number(process.env.JOBRELAY_FUZZ_SEED ?? 20_260_901);

/** Keys that pollute prototypes when code merges parsed objects naively. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'hasOwnProperty'];

/** JSON text whose objects carry prototype-pollution keys (as own keys, the way JSON.parse makes them). */
export const hostileKeyJson = (): fc.Arbitrary<string> =>
  fc
    .letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('value'), { maxLength: 3 }),
        tie('object'),
      ),
      object: fc.dictionary(
        fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 8 })),
        fc.oneof(tie('value'), fc.constant({ polluted: 'yes' })),
        { maxKeys: 5 },
      ),
    }))
    .object.map((object) =>
      JSON.stringify(object).replace(/"constructor":\{/g, '"constructor":{"prototype":{"polluted":"yes"},'),
    );

/**
 * A deterministic mutation of some bytes: bit flips, invalid UTF-8 sequences, truncation, duplicated
 * slices, inserted control characters and markup. `seed` picks the mutations.
 */
export function mutateBytes(input: Buffer, seed: number): Buffer {
  let state = seed >>> 0 || 1;
  const next = (max: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % Math.max(1, max);
  };
  let bytes = Buffer.from(input);
  const mutations = 1 + next(6);
  for (let i = 0; i < mutations; i += 1) {
    const at = next(bytes.length);
    switch (next(7)) {
      case 0:
        bytes[at] = (bytes[at] ?? 0) ^ (1 << next(8));
        break;
      case 1:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
          bytes.subarray(at),
        ]);
        break;
      case 2:
        bytes = bytes.subarray(0, at);
        break;
      case 3: {
        const end = Math.min(bytes.length, at + next(200));
        bytes = Buffer.concat([bytes.subarray(0, end), bytes.subarray(at, end), bytes.subarray(end)]);
        break;
      }
      case 4:
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from('\u0000\u0008\u001b]]><!--'), bytes.subarray(at)]);
        break;
      case 5:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from('<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'),
          bytes.subarray(at),
        ]);
        break;
      default:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from('{"__proto__":{"polluted":"yes"}}'),
          bytes.subarray(at),
        ]);
    }
  }
  return bytes;
}

/** Ids that try to leave their route: traversal, encoded slashes, NUL, overlong and odd encodings. */
export const HOSTILE_IDS = [
  '..',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%252f..%252f',
  '%c0%ae%c0%ae%2f',
  'a%00b',
  '%00',
  '..\\..\\windows',
  '%5c..%5c',
  'a'.repeat(5_000),
  '%ff%fe',
  '%',
  '%zz',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
];

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { RawPosting } from '../../../shared/schema/raw-posting';
import { COMPLETED_KEYS, completeRawPosting, safeParseRawPosting } from '../../../shared/sources/complete-raw-posting';
import { buildRawPosting } from '../../../shared/sources/raw-posting-builder';

/** Values of every shape the schema may meet: right ones, wrong ones, edge ones. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('onsite', 'remote', 'hybrid', 'html', 'jsonld', 'lever'),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 42),
  fc.boolean(),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.constant({}),
);
/** Mostly values the schema accepts, so that many whole postings are valid; now and then anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: anyValue as fc.Arbitrary<unknown>, weight: 1 });
const text = mostly(fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })));
const location = fc.record(
  {
    text: mostly(fc.string({ maxLength: 8 })),
    city: text,
    region: text,
    country: text,
    workplace: mostly(fc.constantFrom(null, 'onsite', 'remote', 'hybrid')),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const salary = fc.record(
  {
    min: mostly(fc.oneof(fc.constant(null), fc.integer())),
    max: mostly(fc.double()),
    currency: text,
    period: text,
    text,
  },
  { requiredKeys: [] },
);
const fields = fc.dictionary(
  fc.string({ maxLength: 6 }),
  mostly(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })),
  {
    maxKeys: 3,
  },
);
const input = fc.record(
  {
    kind: mostly(fc.constantFrom('html', 'greenhouse', 'jsonld')),
    externalId: text,
    title: text,
    html: text,
    sections: mostly(
      fc.array(fc.record({ heading: mostly(fc.string()), html: mostly(fc.string()) }), { maxLength: 2 }),
    ),
    fields: mostly(fields),
    locations: mostly(fc.array(location, { maxLength: 2 })),
    workplace: mostly(fc.constantFrom(null, 'onsite', 'remote', 'hybrid')),
    employmentTypes: mostly(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })),
    salary: mostly(fc.oneof(fc.constant(null), salary)),
    datePosted: mostly(fc.oneof(fc.constant(null), fc.string(), fc.integer())),
    tags: mostly(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })),
    unknownKey: anyValue,
  },
  { requiredKeys: ['kind'] },
);

describe('completing a raw posting without the schema walk', () => {
  test('checks the same keys, in the same order, as the RawPosting schema', () => {
    expect(COMPLETED_KEYS).toEqual(Object.keys(RawPosting.shape));
  });

  test('whatever it accepts, the schema accepts and completes identically (key order included)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (value) => {
        const completed = completeRawPosting(value as never);
        const judged = RawPosting.safeParse(value);
        if (completed === null) return;
        accepted++;
        expect(judged.success).toBe(true);
        expect(completed).toStrictEqual(judged.data);
        expect(JSON.stringify(completed)).toBe(JSON.stringify(judged.data));
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  test('whatever the schema accepts, it accepts too (no input is sent the slow way needlessly)', () => {
    fc.assert(
      fc.property(input, (value) => {
        if (RawPosting.safeParse(value).success) expect(completeRawPosting(value as never)).not.toBeNull();
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
  });

  test('safeParseRawPosting answers as RawPosting.safeParse does, issues included', () => {
    fc.assert(
      fc.property(input, (value) => {
        expect(safeParseRawPosting(value)).toStrictEqual(RawPosting.safeParse(value));
      }),
      { numRuns: 1000, seed: FUZZ_SEED },
    );
  });

  test.each([
    ['a number where a string belongs', { kind: 'html', title: 7 }],
    ['an unknown kind', { kind: 'workday' }],
    ['an infinite salary', { kind: 'lever', salary: { min: Number.POSITIVE_INFINITY } }],
    ['a field whose value is not a list', { kind: 'text', fields: { location: 'Berlin' } }],
  ])('a parser bug (%s) still fails the way the schema reports it', (_name, value) => {
    expect(completeRawPosting(value as never)).toBeNull();
    expect(() => buildRawPosting(value as never)).toThrow(expect.objectContaining({ name: 'ZodError' }));
  });
});

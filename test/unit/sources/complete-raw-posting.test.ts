import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { RawPosting } from '../../../shared/schema/raw-posting';
import { CompiledRawPosting, completeRawPosting } from '../../../shared/sources/complete-raw-posting';
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

describe('completing a raw posting with the compiled schema', () => {
  test('whatever the schema accepts, it completes identically (key order included)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(input, (value) => {
        const completed = completeRawPosting(value as never);
        const judged = RawPosting.safeParse(value);
        expect(completed !== null).toBe(judged.success);
        if (completed === null) return;
        accepted++;
        expect(completed).toStrictEqual(judged.data);
        expect(JSON.stringify(completed)).toBe(JSON.stringify(judged.data));
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  test('whatever the schema rejects, it rejects with the same issues', () => {
    let rejected = 0;
    fc.assert(
      fc.property(input, (value) => {
        const judged = RawPosting.safeParse(value);
        if (judged.success) return;
        rejected++;
        expect(CompiledRawPosting.safeParse(value).error?.issues).toEqual(judged.error.issues);
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
    expect(rejected).toBeGreaterThan(300);
  });

  test.each([
    ['a "__proto__" field', { kind: 'text', fields: JSON.parse('{"__proto__": ["x"], "a": ["b"]}') as unknown }],
    ['an integer-like field name', { kind: 'text', fields: { b: ['c'], 0: ['a'] } }],
    ['fields without a prototype', { kind: 'text', fields: Object.assign(Object.create(null), { a: ['b'] }) }],
    ['unknown keys inside a location', { kind: 'html', locations: [{ text: 'x', extra: 1 }] }],
  ])('an odd but valid input (%s) is completed as the schema completes it', (_name, value) => {
    const completed = completeRawPosting(value as never);
    expect(completed).toStrictEqual(RawPosting.parse(value));
    expect(JSON.stringify(completed)).toBe(JSON.stringify(RawPosting.parse(value)));
  });

  test.each([
    ['a number where a string belongs', { kind: 'html', title: 7 }],
    ['an unknown kind', { kind: 'workday' }],
    ['an infinite salary', { kind: 'lever', salary: { min: Number.POSITIVE_INFINITY } }],
    ['a field whose value is not a list', { kind: 'text', fields: { location: 'Berlin' } }],
  ])('a parser bug (%s) fails the way the schema reports it', (_name, value) => {
    expect(completeRawPosting(value as never)).toBeNull();
    expect(() => buildRawPosting(value as never)).toThrow(expect.objectContaining({ name: 'ZodError' }));
  });
});

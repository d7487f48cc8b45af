import { canonicalJson, postingId } from '../../shared/ids';

describe('postingId', () => {
  it('is stable for the same source and external id', () => {
    expect(postingId('greenhouse-acme', '123')).toBe(postingId('greenhouse-acme', '123'));
  });

  it('differs when the source or the external id differs', () => {
    const ids = new Set([
      postingId('a', '1'),
      postingId('a', '2'),
      postingId('b', '1'),
      postingId('a1', ''),
      postingId('a', '1 '),
    ]);
    expect(ids.size).toBe(5);
  });

  it('is URL-safe and fits the schema pattern', () => {
    expect(postingId('x', 'https://example.com/jobs?id=1&a=b')).toMatch(/^[a-z0-9]{24}$/);
  });
});

describe('canonicalJson', () => {
  it('serialises objects with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('drops undefined members and keeps array positions', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });
});

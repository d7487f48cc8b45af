import { syntheticText } from '../../../bench/support/synthetic-postings';
import {
  companyKey,
  dedupKeyOf,
  hammingDistance,
  isNearDuplicate,
  locationKey,
  simhash64,
} from '../../../shared/pipeline/dedup';
import { syntheticPosting } from '../../support/posting-records';

describe('company keys', () => {
  it.each([
    ['Acme Corp.'],
    ['Acme Corp'],
    ['ACME Corporation'],
    ['Acme, Inc.'],
    ['The Acme Company'],
    ['Acme & Co.'],
    ['Acme GmbH & Co. KG'],
    ['Acme S.A.'],
    ['Acme B.V.'],
    ['株式会社Acme'],
    ['Ácme Ltd'],
  ])('reads "%s" as the company "acme"', (name) => {
    expect(companyKey(name)).toBe('acme');
  });

  it.each([
    ['Acme Industries', 'acme industries'],
    ['Globex', 'globex'],
    ['The Company', 'company'],
    ['Corp', 'corp'],
    [null, ''],
  ])('keeps "%s" apart as "%s"', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
});

describe('dedup keys', () => {
  it('prefers the requisition id, under the company', () => {
    expect(dedupKeyOf(syntheticPosting(1, { company: 'Acme Corp.' }), ' REQ-1042 ')).toBe('acme|req:req 1042');
  });

  it('falls back to title and resolved locations', () => {
    expect(dedupKeyOf(syntheticPosting(1, { company: 'Acme Corp.' }))).toBe('acme|job:software engineer 1@de:berlin');
  });

  it('keys locations by country and city, remote ones by country, and sorts them', () => {
    expect(
      locationKey([
        { city: 'Tokyo', region: null, country: 'JP', workplace: 'onsite', text: 'Tokyo' },
        { city: null, region: null, country: 'CA', workplace: 'remote', text: 'Remote (Canada)' },
        { city: null, region: null, country: null, workplace: null, text: 'Somewhere Nice' },
      ]),
    ).toBe('ca:remote;jp:tokyo;somewhere nice');
  });
});

describe('SimHash fingerprints', () => {
  const text = syntheticText(7, 150);

  it('gives one text one fingerprint', () => {
    expect(simhash64(text)).toBe(simhash64(text));
    expect(simhash64(text)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps a lightly edited text within a few bits and an unrelated text far away', () => {
    const edited = text.replace(/^(\S+ \S+ \S+) \S+/, '$1 rewritten').replace(/\s\S+$/, ' today');
    expect(hammingDistance(simhash64(text), simhash64(edited))).toBeLessThanOrEqual(3);
    expect(hammingDistance(simhash64(text), simhash64(syntheticText(8, 150)))).toBeGreaterThan(10);
  });

  it('gives short texts an uninformative fingerprint that matches nothing', () => {
    const short = simhash64('We are hiring an engineer.');
    expect(short).toBe('0000000000000000');
    const a = { id: 'a', dedupKey: 'acme|job:x@de:berlin', fingerprint: short };
    expect(isNearDuplicate(a, { id: 'b', dedupKey: 'acme|job:y@de:berlin', fingerprint: short })).toBe(false);
  });

  it.each([
    ['same key', 'acme|job:x@de:berlin', 'acme|job:x@de:berlin', 40, true],
    ['same text, same place, other title', 'acme|job:x@de:berlin', 'acme|job:y@de:berlin', 0, true],
    ['same text, another city', 'acme|job:x@de:berlin', 'acme|job:x@jp:tokyo', 0, false],
    ['same text, another company', 'acme|job:x@de:berlin', 'globex|job:x@de:berlin', 0, false],
    ['same text, one side keyed by requisition', 'acme|req:42', 'acme|job:x@de:berlin', 0, true],
    ['different text, same place', 'acme|job:x@de:berlin', 'acme|job:y@de:berlin', 40, false],
  ])('%s: near-duplicate is %s', (_label, keyA, keyB, bits, expected) => {
    const fp = simhash64(text);
    const flipped = (BigInt(`0x${fp}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(16, '0');
    expect(
      isNearDuplicate({ id: 'a', dedupKey: keyA, fingerprint: fp }, { id: 'b', dedupKey: keyB, fingerprint: flipped }),
    ).toBe(expected);
  });
});

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { resolveStructuredTogether } from '../../../shared/normalize/locations';
import { resolveStructured } from '../../../shared/normalize/geo/structured-location';
import type { ResolveContext } from '../../../shared/normalize/geo/place-resolver';
import type { Location } from '../../../shared/schema/posting';
import type { RawLocation } from '../../../shared/schema/raw-posting';

/** What offices listed together resolved to before each was read once: every office read in every context. */
function readEachTime(raws: RawLocation[], base: ResolveContext): Location[] {
  const first = raws.map((raw) => resolveStructured(raw, base));
  if (raws.length < 2) return first.flat();
  const countriesOf = (ls: Location[]): string[] => ls.flatMap((l) => (l.country ? [l.country] : []));
  return raws.flatMap((raw, i) => {
    const others = new Set(first.flatMap((ls, j) => (j === i ? [] : countriesOf(ls))));
    return others.size > 0 ? resolveStructured(raw, { ...base, contextCountries: others }) : (first[i] ?? []);
  });
}

const office = (text: string, parts: Partial<RawLocation> = {}): RawLocation => ({
  text,
  city: null,
  region: null,
  country: null,
  workplace: null,
  ...parts,
});

const OFFICES: RawLocation[] = [
  office('Valencia'),
  office('Paterna'),
  office('Cambridge'),
  office('Boston, MA'),
  office('Portland'),
  office('Remote (US)'),
  office('Hybrid - London'),
  office('Berlin (Remote)', { city: 'Berlin', country: 'DE' }),
  office('', { city: 'Cambridge', country: 'GB' }),
  office('Nairobi, Kenya', { country: 'KE' }),
  office('Springfield', { region: 'IL' }),
  office('東京都渋谷区'),
  office('Hà Nội', { workplace: 'hybrid' }),
];

describe('offices listed together', () => {
  it('resolve as when every office was read again in every context, twins and order included', () => {
    const raws = fc.array(fc.constantFrom(...OFFICES), { maxLength: 5 });
    const hint = fc.constantFrom(null, 'US', 'ES', 'GB');
    fc.assert(
      fc.property(raws, hint, (list, countryHint) => {
        const base: ResolveContext = { countryHint, contextCountries: new Set() };
        expect(resolveStructuredTogether(list, base)).toEqual(readEachTime(list, base));
      }),
      { numRuns: 300, seed: FUZZ_SEED },
    );
  });

  it.each([
    [['Valencia', 'Paterna'], 'ES'],
    [['Cambridge', 'Boston, MA'], 'US'],
  ])('inform each other: %j are in %s', (texts, country) => {
    const located = resolveStructuredTogether(
      texts.map((t) => office(t)),
      { countryHint: null, contextCountries: new Set() },
    );
    expect(located.map((l) => l.country)).toEqual(texts.map(() => country));
  });

  it('keep an office listed twice as two distinct location objects', () => {
    const [a, b] = resolveStructuredTogether([office('Valencia'), office('Valencia')], {
      countryHint: null,
      contextCountries: new Set(),
    });
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

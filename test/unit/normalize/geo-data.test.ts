import { buildGazetteer } from '../../../shared/normalize/geo/gazetteer-builder';
import { encodeGazetteer, type GazetteerData, type ScriptIndexes } from '../../../shared/normalize/geo/gazetteer-codec';
import { GAZETTEER_DATA } from '../../../shared/normalize/geo/gazetteer-data';
import { SCRIPT_INDEXES } from '../../../shared/normalize/geo/gazetteer-data-scripts';
import { gazetteerFrom } from '../../../shared/normalize/geo/gazetteer';
import type { PlaceRef, RegionEntry } from '../../../shared/normalize/geo/gazetteer-types';
import type { KeyIndex } from '../../../shared/normalize/geo/place-keys';

// The reference: every alias of the source rows and curated places folded with fold.ts right now.
const built = buildGazetteer();
const rebuilt = encodeGazetteer(built);
const KEY_INDEXES: KeyIndex[] = ['folded', 'exact', 'cjk'];
const INDEX_OF = { folded: 'byFolded', exact: 'byExact', cjk: 'byCjk' } as const;
const committed = (): GazetteerData => GAZETTEER_DATA;
const committedScripts = (): ScriptIndexes => SCRIPT_INDEXES;

/** The first line where two generated tables differ, with what to run; null when they are equal. */
function staleLine(table: string, inFile: string, fresh: string): object | null {
  if (inFile === fresh) return null;
  const a = inFile.split('\n');
  const b = fresh.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return { table, line: at + 1, committed: a[at], rebuilt: b[at], fix: 'node scripts/build-gazetteer.mjs --offline' };
}

describe('the committed gazetteer data is current', () => {
  const tables: [string, string, string][] = [
    ['countries', GAZETTEER_DATA.countries, rebuilt.data.countries],
    ['regions', GAZETTEER_DATA.regions, rebuilt.data.regions],
    ['cities', GAZETTEER_DATA.cities, rebuilt.data.cities],
    ...KEY_INDEXES.map((i): [string, string, string] => [
      `ascii ${i} index`,
      GAZETTEER_DATA.ascii[i],
      rebuilt.data.ascii[i],
    ]),
    ...KEY_INDEXES.map((i): [string, string, string] => [`scripts ${i} index`, SCRIPT_INDEXES[i], rebuilt.scripts[i]]),
  ];
  test.each(tables)(
    '%s equals what the builder makes from the source rows, curated places and fold.ts',
    (table, inFile, fresh) => {
      expect(staleLine(table, inFile, fresh)).toBeNull();
    },
  );
  test('the bounds on lookups equal the rebuilt ones', () => {
    expect([GAZETTEER_DATA.maxWords, GAZETTEER_DATA.cjkMaxLength]).toEqual([built.maxWords, built.cjkMaxLength]);
  });
  test.each(
    Object.entries({
      ...GAZETTEER_DATA.ascii,
      ...prefixed(SCRIPT_INDEXES),
      countries: GAZETTEER_DATA.countries,
      regions: GAZETTEER_DATA.regions,
      cities: GAZETTEER_DATA.cities,
    }),
  )('table %s is printable ASCII, so the module compiles as one-byte text', (_, lines) =>
    expect(lines).toMatch(/^[\x20-\x7e\n]*$/),
  );
});

function prefixed(indexes: ScriptIndexes): Record<string, string> {
  return Object.fromEntries(Object.entries(indexes).map(([k, v]) => [`scripts ${k}`, v]));
}

/** A place as text, with whether its region is the one the region map returns (cities compare regions by identity). */
function placeText(ref: PlaceRef, regions: ReadonlyMap<string, RegionEntry>): string {
  const region = (r: RegionEntry | null): string =>
    r ? `${r.country}-${r.code} ${r.name}${regions.get(`${r.country}-${r.code}`) === r ? '' : ' (shadowed)'}` : '-';
  switch (ref.kind) {
    case 'country':
      return `country ${ref.country.code} ${ref.country.alpha3} ${ref.country.name} ${ref.country.currency}${ref.viaCode ? ' by code' : ''}`;
    case 'region':
      return `region ${region(ref.region)}${ref.viaCode ? ' by code' : ''}`;
    default:
      return `${ref.kind} ${ref.city.name} ${ref.city.country} ${ref.city.population} in ${region(ref.city.region)}`;
  }
}

describe('the lazy gazetteer reads back every place of the reference', () => {
  const g = gazetteerFrom(committed, committedScripts);
  test.each(KEY_INDEXES)('every %s key names the same places, in the same order', (index) => {
    const differing: string[] = [];
    for (const [key, refs] of built.indexes[index]) {
      const want = refs.map((r) => placeText(r, built.regions)).join('; ');
      const got = (g[INDEX_OF[index]].get(key) ?? []).map((r) => placeText(r, g.regions)).join('; ');
      if (got !== want) differing.push(`${key}: ${got} ≠ ${want}`);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });
  const absent: [KeyIndex, string][] = [
    ['folded', 'atlantis'],
    ['folded', 'a'],
    ['exact', 'QQQ'],
    ['cjk', '架空都市'],
    ['folded', 'ab'],
    ['folded', ''],
  ];
  test.each(absent)('an unknown %s key %j names nothing', (index, key) =>
    expect(g[INDEX_OF[index]].get(key)).toBeUndefined(),
  );
  test('country and region maps hold the same entries as the reference', () => {
    const countries = (m: ReadonlyMap<string, { code: string; name: string }>): string[] =>
      [...m].map(([k, c]) => `${k} ${c.code} ${c.name}`);
    expect(countries(g.countries)).toEqual(countries(built.countries));
    expect([...g.countriesByAlpha3.keys()]).toEqual(built.countryList.map((c) => c.alpha3));
    expect([...g.regions].map(([k, r]) => `${k} ${r.name}`)).toEqual(
      [...built.regions].map(([k, r]) => `${k} ${r.name}`),
    );
  });
  test('regions by code list every row with a letter code, shadowed rows included', () => {
    const want = built.regionList.filter((r) => /^[A-Z]{2,3}$/.test(r.code));
    expect([...g.regionsByCode.values()].flat().length).toBe(want.length);
    expect(g.regionsByCode.get('NY')?.map((r) => `${r.country} ${r.name}`)).toEqual(
      want.filter((r) => r.code === 'NY').map((r) => `${r.country} ${r.name}`),
    );
  });
  test('one city is one object however it is reached', () => {
    const cities = (refs: PlaceRef[] | undefined): unknown[] =>
      (refs ?? []).flatMap((r) => (r.kind === 'city' && r.city.country === 'VN' ? [r.city] : []));
    const [viaName] = cities(g.byFolded.get('ho chi minh city'));
    expect(viaName).toBeDefined();
    expect(cities(g.byExact.get('HCM'))[0]).toBe(viaName);
    expect(cities(g.byCjk.get('胡志明市'))[0]).toBe(viaName);
  });
  test('a city refers to the region the region map returns', () => {
    const [munich] = (g.byFolded.get('munich') ?? []).filter((r) => r.kind === 'city');
    expect(munich?.kind === 'city' && munich.city.region === g.regions.get('DE-BY')).toBe(true);
  });
  test('every city of the reference is in the city map', () => {
    expect(new Set(g.cities.values()).size).toBe(built.cityList.length);
  });
});

describe('the lazy gazetteer reads data only when a lookup needs it', () => {
  const loads = (): { g: ReturnType<typeof gazetteerFrom>; counts: { data: number; scripts: number } } => {
    const counts = { data: 0, scripts: 0 };
    const g = gazetteerFrom(
      () => (counts.data++, GAZETTEER_DATA),
      () => (counts.scripts++, SCRIPT_INDEXES),
    );
    return { g, counts };
  };
  test('creating it reads nothing', () => expect(loads().counts).toEqual({ data: 0, scripts: 0 }));
  test('a lookup in Latin script reads the main data once and never the other scripts', () => {
    const { g, counts } = loads();
    g.byFolded.get('berlin');
    g.byExact.get('NYC');
    g.byFolded.get('munchen');
    expect(counts).toEqual({ data: 1, scripts: 0 });
  });
  const otherScripts: [KeyIndex, string][] = [
    ['cjk', '東京都'],
    ['folded', 'германия'],
    ['exact', 'Çin'],
  ];
  test.each(otherScripts)('a %s lookup of %j reads the other scripts once', (index, key) => {
    const { g, counts } = loads();
    g[INDEX_OF[index]].get(key);
    g[INDEX_OF[index]].get(key);
    expect(counts.scripts).toBe(1);
  });
});

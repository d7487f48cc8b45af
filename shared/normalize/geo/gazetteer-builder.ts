import { CITY_ROWS, COUNTRY_ROWS, REGION_ROWS } from './gazetteer-source';
import {
  CITY_ALIASES,
  CITY_REGIONS,
  COUNTRY_ALIASES,
  DISTRICTS,
  EXTRA_CITIES,
  EXTRA_REGIONS,
  REGION_ALIASES,
  REGION_NAMES,
} from './curated-places';
import { CITY_EXONYMS, EXONYM_CITY_REGIONS } from './curated-exonyms';
import { fold } from './fold';
import { aliasKey, type KeyIndex } from './place-keys';
import type { CityEntry, CountryEntry, PlaceRef, RegionEntry } from './gazetteer-types';

/**
 * The reference gazetteer: the source rows (gazetteer-source.ts) and the curated places indexed by every
 * spelling, folding each alias. Too slow to run at every cold start (~40,000 aliases), so it runs when the
 * data is generated (scripts/build-gazetteer.mjs), and gazetteer-codec.ts writes its result in the
 * compact form the runtime reads. A unit test rebuilds it to check the committed data is current.
 */

/** The reference gazetteer, with its entries in source order for gazetteer-codec.ts to number. */
export interface BuiltGazetteer {
  indexes: Record<KeyIndex, Map<string, PlaceRef[]>>;
  cjkMaxLength: number;
  maxWords: number;
  /** every entry in source order, including regions whose code a later row repeats */
  countryList: CountryEntry[];
  regionList: RegionEntry[];
  cityList: CityEntry[];
  countries: Map<string, CountryEntry>;
  regions: Map<string, RegionEntry>;
  /** "Tokyo|JP" → first city of that name; "Portland|US|ME" → first in the region */
  cities: Map<string, CityEntry>;
}

/** Countries whose postings write regions by code ("Austin, TX", "Toronto, ON", "Sydney NSW", "Pune, MH"). */
const CODED_REGIONS = new Set(['US', 'CA', 'AU', 'IN', 'BR', 'MX', 'CH']);

/** Region names that are generic words ("Central", "North West"): real regions, but never matched in text. */
const GENERIC_REGION_WORDS = new Set(
  'the of region province state district central western eastern northern southern north south east west capital centre center upper lower coast islands island mountain mountains valley lakes lake river greater middle mid interior coastal highlands lowlands plateau plateaux federal national metropolitan city littoral maritime savanes end side hill ground point harbour quarter sandy'.split(
    ' ',
  ),
);

function isGenericName(name: string): boolean {
  const words = fold(name).split(' ');
  return words.every((w) => GENERIC_REGION_WORDS.has(w));
}

/** Builds the whole gazetteer from the source rows and the curated places. */
export function buildGazetteer(): BuiltGazetteer {
  const g: BuiltGazetteer = {
    indexes: { folded: new Map(), exact: new Map(), cjk: new Map() },
    cjkMaxLength: 0,
    maxWords: 1,
    countryList: [],
    regionList: [],
    cityList: [],
    countries: new Map(),
    regions: new Map(),
    cities: new Map(),
  };
  loadCountries(g);
  loadRegions(g);
  loadCities(g);
  loadCurated(g);
  assignCityRegions(g);
  assignNamesakeRegions(g);
  return g;
}

function addAlias(g: BuiltGazetteer, alias: string, ref: PlaceRef): void {
  const found = aliasKey(alias);
  if (!found) return;
  pushUnique(g.indexes[found.index], found.key, ref);
  if (found.index === 'cjk') g.cjkMaxLength = Math.max(g.cjkMaxLength, found.key.length);
  if (found.index !== 'folded') return;
  const words = found.key.split(' ').length;
  if (words > g.maxWords) g.maxWords = Math.min(words, 6);
}

function pushUnique(map: Map<string, PlaceRef[]>, key: string, ref: PlaceRef): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [ref]);
    return;
  }
  if (!list.some((r) => sameRef(r, ref))) list.push(ref);
}

function sameRef(a: PlaceRef, b: PlaceRef): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'country') return a.country === (b as typeof a).country && a.viaCode === (b as typeof a).viaCode;
  if (a.kind === 'region') return a.region === (b as typeof a).region && a.viaCode === (b as typeof a).viaCode;
  return a.city === (b as { city: CityEntry }).city;
}

function loadCountries(g: BuiltGazetteer): void {
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [code = '', alpha3 = '', name = '', currency = '', aliases = ''] = row.split('|');
    const country: CountryEntry = { code, alpha3, name, currency: currency || null };
    g.countryList.push(country);
    g.countries.set(code, country);
    const ref: PlaceRef = { kind: 'country', country };
    pushUnique(g.indexes.exact, code, { kind: 'country', country, viaCode: true });
    addAlias(g, name, ref);
    for (const alias of aliases.split(';')) if (alias !== code) addAlias(g, alias, ref);
  }
}

function loadRegions(g: BuiltGazetteer): void {
  const curated = EXTRA_REGIONS.map(([country = '', code = '', name = '', ...aliases]) =>
    [country, code, name, aliases.join(';')].join('|'),
  );
  for (const row of [...REGION_ROWS.split('\n'), ...curated]) {
    const [country = '', code = '', name = '', aliases = ''] = row.split('|');
    const region: RegionEntry = { country, code, name };
    g.regionList.push(region);
    g.regions.set(`${country}-${code}`, region);
    const ref: PlaceRef = { kind: 'region', region };
    for (const alias of [name, ...aliases.split(';')]) if (!isGenericName(alias)) addAlias(g, alias, ref);
    if (/^[A-Z]{2,3}$/.test(code) && CODED_REGIONS.has(country))
      pushUnique(g.indexes.exact, code, { kind: 'region', region, viaCode: true });
  }
}

function loadCities(g: BuiltGazetteer): void {
  for (const row of CITY_ROWS.split('\n')) {
    const [name = '', country = '', regionCode = '', population = '0', aliases = ''] = row.split('|');
    addCity(g, name, country, regionCode, Number(population), aliases.split(';'));
  }
  for (const [name = '', country = '', regionCode = '', population = '0', ...aliases] of EXTRA_CITIES)
    addCity(g, name, country, regionCode, Number(population), aliases);
}

function addCity(
  g: BuiltGazetteer,
  name: string,
  country: string,
  regionCode: string,
  population: number,
  aliases: readonly string[],
): void {
  const region = regionCode ? (g.regions.get(`${country}-${regionCode}`) ?? null) : null;
  const city: CityEntry = { name, country, region, population };
  const key = `${name}|${country}|${regionCode}`;
  if (g.cities.has(key)) return; // most populous first: the first of a name in a region wins
  g.cityList.push(city);
  g.cities.set(key, city);
  if (!g.cities.has(`${name}|${country}`)) g.cities.set(`${name}|${country}`, city);
  const ref: PlaceRef = { kind: 'city', city };
  addAlias(g, name, ref);
  for (const alias of aliases) addAlias(g, alias, ref);
}

/**
 * A city the source leaves without a region lies in the region of its own name: Abu Dhabi in the emirate,
 * Mexico City in the federal entity. Knowing it lets the city, not its namesake region, read "Abu Dhabi".
 */
function assignNamesakeRegions(g: BuiltGazetteer): void {
  const byName = new Map(g.regionList.map((r) => [`${r.country}|${fold(r.name)}`, r]));
  for (const city of g.cityList) {
    const region = city.region === null ? byName.get(`${city.country}|${fold(city.name)}`) : undefined;
    // a second row of a city already listed in that region stays apart (as the first row wins in addCity)
    if (region && !g.cities.has(`${city.name}|${city.country}|${region.code}`)) city.region = region;
  }
}

/** Regions of the curated CITY_REGIONS rows (by English name, after renaming), for cities the source left without one. */
function assignCityRegions(g: BuiltGazetteer): void {
  for (const [country = '', code = '', ...names] of [...CITY_REGIONS, ...EXONYM_CITY_REGIONS]) {
    const region = g.regions.get(`${country}-${code}`);
    if (!region) continue;
    const listed = new Set(names.map(fold));
    for (const city of g.cityList)
      if (city.country === country && city.region === null && (listed.has('*') || listed.has(fold(city.name))))
        city.region = region;
  }
}

function loadCurated(g: BuiltGazetteer): void {
  for (const [country = '', ...aliases] of COUNTRY_ALIASES) {
    const entry = g.countries.get(country);
    if (entry) for (const alias of aliases) addAlias(g, alias, { kind: 'country', country: entry });
  }
  for (const [country = '', code = '', name = ''] of REGION_NAMES) {
    const region = g.regions.get(`${country}-${code}`);
    if (region) region.name = name;
  }
  for (const [country = '', code = '', ...aliases] of REGION_ALIASES) {
    const region = g.regions.get(`${country}-${code}`);
    if (region) for (const alias of aliases) addAlias(g, alias, { kind: 'region', region });
  }
  for (const [name = '', country = '', ...aliases] of [...CITY_ALIASES, ...CITY_EXONYMS]) {
    const city = g.cities.get(`${name}|${country}`) ?? renamed(g, name, country, aliases);
    if (city) for (const alias of [name, ...aliases]) addAlias(g, alias, { kind: 'city', city });
  }
  for (const [name = '', country = '', ...districts] of DISTRICTS) {
    const city = g.cities.get(`${name}|${country}`) ?? cityFolded(g, name, country);
    if (city) for (const district of districts) addDistrict(g, district, city);
  }
}

/** The data's name is a local one ("Hannover", "Sevilla"): the curated English name replaces it. */
function renamed(g: BuiltGazetteer, name: string, country: string, aliases: readonly string[]): CityEntry | undefined {
  for (const alias of aliases) {
    const city = g.cities.get(`${alias}|${country}`);
    if (!city) continue;
    city.name = name;
    g.cities.set(`${name}|${country}`, city);
    return city;
  }
  // the same name with other marks ("Chişinău" with a cedilla, as the source writes it): the curated spelling
  const city = cityFolded(g, name, country);
  if (city) {
    city.name = name;
    g.cities.set(`${name}|${country}`, city);
  }
  return city;
}

/** A district replaces same-named cities of its country: "Shibuya" is a ward of Tokyo, not a city. */
function addDistrict(g: BuiltGazetteer, name: string, city: CityEntry): void {
  const found = aliasKey(name);
  const map = found ? g.indexes[found.index] : undefined;
  const list = found ? map?.get(found.key) : undefined;
  if (found && map && list) {
    const kept = list.filter((r) => !(r.kind === 'city' && r.city.country === city.country && r.city !== city));
    map.set(found.key, kept);
  }
  addAlias(g, name, { kind: 'district', city });
}

/** The most populous city of a country whose name is `name` without regard to diacritics ("Sao Paulo": São Paulo). */
function cityFolded(g: BuiltGazetteer, name: string, country: string): CityEntry | undefined {
  const key = fold(name);
  return g.cityList.find((c) => c.country === country && fold(c.name) === key);
}

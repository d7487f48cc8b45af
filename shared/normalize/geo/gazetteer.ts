import { COUNTRY_ROWS, REGION_ROWS, CITY_ROWS } from './gazetteer-data';
import { CITY_ALIASES, COUNTRY_ALIASES, DISTRICTS, REGION_ALIASES, REGION_NAMES } from './curated-places';
import { fold, isCjkString } from './fold';

/**
 * The gazetteer: countries (ISO 3166-1), first-level regions (ISO 3166-2) and cities, indexed once on
 * first use by every spelling a posting may write. Lookups are O(1) map reads.
 */

export interface CountryEntry {
  code: string;
  alpha3: string;
  name: string;
  /** ISO 4217, the country's main currency */
  currency: string | null;
}
export interface RegionEntry {
  country: string;
  /** ISO 3166-2 code without the country prefix ("NY", "13", "BY") */
  code: string;
  name: string;
}
export interface CityEntry {
  name: string;
  country: string;
  region: RegionEntry | null;
  population: number;
}
export type PlaceRef =
  /** `viaCode`: read from an ISO code ("DE", "NY"), weaker than a name: "LA" is Los Angeles before Laos */
  | { kind: 'country'; country: CountryEntry; viaCode?: boolean }
  | { kind: 'region'; region: RegionEntry; viaCode?: boolean }
  | { kind: 'city'; city: CityEntry }
  | { kind: 'district'; city: CityEntry };

export interface Gazetteer {
  /** folded spelling → places (spellings longer than three characters) */
  byFolded: Map<string, PlaceRef[]>;
  /** exact spelling without dots → places (short aliases and codes: "HN", "SF", "Mỹ", "DE") */
  byExact: Map<string, PlaceRef[]>;
  /** spellings in spaceless scripts (東京都, 서울) → places */
  byCjk: Map<string, PlaceRef[]>;
  cjkMaxLength: number;
  /** the longest folded spelling in words, to bound n-gram lookups */
  maxWords: number;
  countries: Map<string, CountryEntry>;
  countriesByAlpha3: Map<string, CountryEntry>;
  /** "US-NY" → region */
  regions: Map<string, RegionEntry>;
  /** alphabetic region code ("NY", "ON", "NSW") → regions of every country using it */
  regionsByCode: Map<string, RegionEntry[]>;
  /** "Tokyo|JP" → the most populous city of that name in the country; "Portland|US|ME" → the one in a region */
  cities: Map<string, CityEntry>;
}

let loaded: Gazetteer | null = null;

/** Countries whose postings write regions by code ("Austin, TX", "Toronto, ON", "Sydney NSW", "Pune, MH"). */
const CODED_REGIONS = new Set(['US', 'CA', 'AU', 'IN', 'BR', 'MX', 'CH']);

/** Region names that are generic words ("Central", "North West"): real regions, but never matched in text. */
const GENERIC_REGION_WORDS = new Set('the of region province state district central western eastern northern southern north south east west capital centre center upper lower coast islands island mountain mountains valley lakes lake river greater middle mid interior coastal highlands lowlands plateau plateaux federal national metropolitan city littoral maritime savanes end side hill ground point harbour quarter sandy'.split(' '));

function isGenericName(name: string): boolean {
  const words = fold(name).split(' ');
  return words.every((w) => GENERIC_REGION_WORDS.has(w));
}

/** The gazetteer, built on first call and reused. */
export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer();
  return loaded;
}

/** Removes dots so "U.S." and "US", "D.C." and "DC" share an exact key. */
export function exactKey(text: string): string {
  return text.replace(/[.\s]/g, '').normalize('NFC');
}

function buildGazetteer(): Gazetteer {
  const g: Gazetteer = {
    byFolded: new Map(),
    byExact: new Map(),
    byCjk: new Map(),
    cjkMaxLength: 0,
    maxWords: 1,
    countries: new Map(),
    countriesByAlpha3: new Map(),
    regions: new Map(),
    regionsByCode: new Map(),
    cities: new Map(),
  };
  loadCountries(g);
  loadRegions(g);
  loadCities(g);
  loadCurated(g);
  return g;
}

function addAlias(g: Gazetteer, alias: string, ref: PlaceRef): void {
  const text = alias.trim();
  if (!text) return;
  if (isCjkString(text)) {
    pushUnique(g.byCjk, text, ref);
    g.cjkMaxLength = Math.max(g.cjkMaxLength, text.length);
    return;
  }
  const key = fold(text);
  if (!key) return;
  if (key.replace(/ /g, '').length <= 3) {
    pushUnique(g.byExact, exactKey(text), ref);
    return;
  }
  pushUnique(g.byFolded, key, ref);
  const words = key.split(' ').length;
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

function loadCountries(g: Gazetteer): void {
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [code = '', alpha3 = '', name = '', currency = '', aliases = ''] = row.split('|');
    const country: CountryEntry = { code, alpha3, name, currency: currency || null };
    g.countries.set(code, country);
    g.countriesByAlpha3.set(alpha3, country);
    const ref: PlaceRef = { kind: 'country', country };
    pushUnique(g.byExact, code, { kind: 'country', country, viaCode: true });
    addAlias(g, name, ref);
    for (const alias of aliases.split(';')) if (alias !== code) addAlias(g, alias, ref);
  }
}

function loadRegions(g: Gazetteer): void {
  for (const row of REGION_ROWS.split('\n')) {
    const [country = '', code = '', name = '', aliases = ''] = row.split('|');
    const region: RegionEntry = { country, code, name };
    g.regions.set(`${country}-${code}`, region);
    const ref: PlaceRef = { kind: 'region', region };
    for (const alias of [name, ...aliases.split(';')]) if (!isGenericName(alias)) addAlias(g, alias, ref);
    if (/^[A-Z]{2,3}$/.test(code)) {
      const list = g.regionsByCode.get(code) ?? [];
      list.push(region);
      g.regionsByCode.set(code, list);
      if (CODED_REGIONS.has(country)) pushUnique(g.byExact, code, { kind: 'region', region, viaCode: true });
    }
  }
}

function loadCities(g: Gazetteer): void {
  for (const row of CITY_ROWS.split('\n')) {
    const [name = '', country = '', regionCode = '', population = '0', aliases = ''] = row.split('|');
    const region = regionCode ? (g.regions.get(`${country}-${regionCode}`) ?? null) : null;
    const city: CityEntry = { name, country, region, population: Number(population) };
    const key = `${name}|${country}|${regionCode}`;
    if (g.cities.has(key)) continue; // most populous first: the first of a name in a region wins
    g.cities.set(key, city);
    if (!g.cities.has(`${name}|${country}`)) g.cities.set(`${name}|${country}`, city);
    const ref: PlaceRef = { kind: 'city', city };
    addAlias(g, name, ref);
    for (const alias of aliases.split(';')) addAlias(g, alias, ref);
  }
}

function loadCurated(g: Gazetteer): void {
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
  for (const [name = '', country = '', ...aliases] of CITY_ALIASES) {
    const city = g.cities.get(`${name}|${country}`) ?? renamed(g, name, country, aliases);
    if (city) for (const alias of [name, ...aliases]) addAlias(g, alias, { kind: 'city', city });
  }
  for (const [name = '', country = '', ...districts] of DISTRICTS) {
    const city = g.cities.get(`${name}|${country}`);
    if (city) for (const district of districts) addDistrict(g, district, city);
  }
}

/** The data's name is a local one ("Hannover", "Sevilla"): the curated English name replaces it. */
function renamed(g: Gazetteer, name: string, country: string, aliases: readonly string[]): CityEntry | undefined {
  for (const alias of aliases) {
    const city = g.cities.get(`${alias}|${country}`);
    if (!city) continue;
    city.name = name;
    g.cities.set(`${name}|${country}`, city);
    return city;
  }
  return undefined;
}

/** A district replaces same-named cities of its country: "Shibuya" is a ward of Tokyo, not a city. */
function addDistrict(g: Gazetteer, name: string, city: CityEntry): void {
  const map = isCjkString(name) ? g.byCjk : fold(name).replace(/ /g, '').length <= 3 ? g.byExact : g.byFolded;
  const key = map === g.byCjk ? name : map === g.byExact ? exactKey(name) : fold(name);
  const list = map.get(key);
  if (list) {
    const kept = list.filter((r) => !(r.kind === 'city' && r.city.country === city.country && r.city !== city));
    map.set(key, kept);
  }
  addAlias(g, name, { kind: 'district', city });
}

/** Every place a spelling may name, by folded, exact or spaceless-script key. */
export function placesNamed(text: string): PlaceRef[] {
  const g = gazetteer();
  const trimmed = text.trim();
  if (isCjkString(trimmed)) return g.byCjk.get(trimmed) ?? [];
  return [...(g.byFolded.get(fold(trimmed)) ?? []), ...(g.byExact.get(exactKey(trimmed)) ?? [])];
}

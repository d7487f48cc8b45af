import { JobrelayError } from '../../errors';
import { encodeField, fieldsAt, lineOffsets, sortedLines } from './compact-lines';
import type { BuiltGazetteer } from './gazetteer-builder';
import type { KeyIndex } from './place-keys';
import type { CityEntry, CountryEntry, PlaceRef, RegionEntry } from './gazetteer-types';

/**
 * The gazetteer as generated data: entry tables and the three indexes, each one printable-ASCII string of
 * lines (see compact-lines.ts), read lazily by gazetteer.ts.
 *
 * - countries: `code|alpha3|name|currency`
 * - regions:   `country|code|name` (every source row: a code a later row repeats keeps its own entry)
 * - cities:    `name|country|region|population`, region as the base-36 offset of its line in regions
 * - indexes:   `key|refs`, sorted by key; refs comma-separated, each a kind letter and the base-36 offset
 *              of the entry's line: n country, N country by its code, r region, R region by its code,
 *              c city, d district of a city
 *
 * Index lines are split by the key's first character: keys starting in ASCII (gazetteer-data.ts) and the
 * rest, Cyrillic, Greek, Arabic, CJK… (gazetteer-data-scripts.ts), so a text in Latin script never loads
 * the other scripts' keys.
 */
export interface GazetteerData {
  countries: string;
  regions: string;
  cities: string;
  /** index lines whose key starts with an ASCII character */
  ascii: Record<KeyIndex, string>;
  cjkMaxLength: number;
  maxWords: number;
}

/** Index lines whose key starts with any other character. */
export type ScriptIndexes = Record<KeyIndex, string>;

/** True when a key's lines are in `GazetteerData.ascii`. */
export function isAsciiKey(key: string): boolean {
  return key.charCodeAt(0) < 0x80;
}

const KIND_LETTERS = {
  country: 'n',
  countryCode: 'N',
  region: 'r',
  regionCode: 'R',
  city: 'c',
  district: 'd',
} as const;

/** Writes a built gazetteer in the compact form. */
export function encodeGazetteer(built: BuiltGazetteer): { data: GazetteerData; scripts: ScriptIndexes } {
  const countries = table(built.countryList, (c) => [c.code, c.alpha3, c.name, c.currency ?? '']);
  const regions = table(built.regionList, (r) => [r.country, r.code, r.name]);
  const regionOffset = (r: RegionEntry | null): string => (r ? offsetOf(regions.offsets, r).toString(36) : '');
  const cities = table(built.cityList, (c) => [c.name, c.country, regionOffset(c.region), String(c.population)]);
  const ref = (r: PlaceRef): string => {
    if (r.kind === 'country')
      return token(r.viaCode ? KIND_LETTERS.countryCode : KIND_LETTERS.country, countries.offsets, r.country);
    if (r.kind === 'region')
      return token(r.viaCode ? KIND_LETTERS.regionCode : KIND_LETTERS.region, regions.offsets, r.region);
    return token(KIND_LETTERS[r.kind], cities.offsets, r.city);
  };
  const indexes = (ascii: boolean): Record<KeyIndex, string> => ({
    folded: indexLines(built.indexes.folded, ascii, ref),
    exact: indexLines(built.indexes.exact, ascii, ref),
    cjk: indexLines(built.indexes.cjk, ascii, ref),
  });
  const data = {
    countries: countries.lines,
    regions: regions.lines,
    cities: cities.lines,
    ascii: indexes(true),
    cjkMaxLength: built.cjkMaxLength,
    maxWords: built.maxWords,
  };
  return { data, scripts: indexes(false) };
}

function token<T>(letter: string, offsets: Map<T, number>, entry: T): string {
  return letter + offsetOf(offsets, entry).toString(36);
}

/** The sorted lines of one index, for keys starting in ASCII or for the others. */
function indexLines(map: Map<string, PlaceRef[]>, ascii: boolean, ref: (r: PlaceRef) => string): string {
  const rows = [...map].filter(([key]) => isAsciiKey(key) === ascii);
  return sortedLines(rows.map(([key, refs]) => [key, refs.map(ref).join(',')]));
}

function table<T>(entries: readonly T[], fields: (entry: T) => string[]): { lines: string; offsets: Map<T, number> } {
  const offsets = new Map<T, number>();
  let lines = '';
  for (const entry of entries) {
    offsets.set(entry, lines.length);
    lines += `${fields(entry).map(encodeField).join('|')}\n`;
  }
  return { lines, offsets };
}

function offsetOf<T>(offsets: Map<T, number>, entry: T): number {
  const offset = offsets.get(entry);
  // the builder lists every entry it indexes; a miss is a bug in it, found when the data is generated
  if (offset === undefined)
    throw new JobrelayError('GAZETTEER.UNLISTED_ENTRY', 'a place refers to an entry missing from its table');
  return offset;
}

/**
 * The entries of generated data, each parsed the first time something refers to it and kept, so every
 * reference to one line yields one object (place-resolver compares cities and regions by identity).
 */
export class GazetteerTables {
  private readonly parsed = {
    countries: new Map<number, CountryEntry>(),
    regions: new Map<number, RegionEntry>(),
    cities: new Map<number, CityEntry>(),
  };

  constructor(private readonly data: GazetteerData) {}

  /** Every country, in source order. */
  allCountries(): CountryEntry[] {
    return lineOffsets(this.data.countries).map((offset) => this.country(offset));
  }

  /** Every region row, in source order. */
  allRegions(): RegionEntry[] {
    return lineOffsets(this.data.regions).map((offset) => this.region(offset));
  }

  /** Every city, most populous first. */
  allCities(): CityEntry[] {
    return lineOffsets(this.data.cities).map((offset) => this.city(offset));
  }

  /** The places of an index line's refs field. */
  refs(field: string): PlaceRef[] {
    if (!field) return [];
    return field.split(',').map((token) => this.ref(token));
  }

  private ref(token: string): PlaceRef {
    const offset = parseInt(token.slice(1), 36);
    switch (token[0]) {
      case KIND_LETTERS.country:
        return { kind: 'country', country: this.country(offset) };
      case KIND_LETTERS.countryCode:
        return { kind: 'country', country: this.country(offset), viaCode: true };
      case KIND_LETTERS.region:
        return { kind: 'region', region: this.region(offset) };
      case KIND_LETTERS.regionCode:
        return { kind: 'region', region: this.region(offset), viaCode: true };
      case KIND_LETTERS.district:
        return { kind: 'district', city: this.city(offset) };
      default:
        return { kind: 'city', city: this.city(offset) };
    }
  }

  private country(offset: number): CountryEntry {
    return cached(this.parsed.countries, offset, () => {
      const [code = '', alpha3 = '', name = '', currency = ''] = fieldsAt(this.data.countries, offset);
      return { code, alpha3, name, currency: currency || null };
    });
  }

  private region(offset: number): RegionEntry {
    return cached(this.parsed.regions, offset, () => {
      const [country = '', code = '', name = ''] = fieldsAt(this.data.regions, offset);
      return { country, code, name };
    });
  }

  private city(offset: number): CityEntry {
    return cached(this.parsed.cities, offset, () => {
      const [name = '', country = '', region = '', population = '0'] = fieldsAt(this.data.cities, offset);
      return {
        name,
        country,
        region: region ? this.region(parseInt(region, 36)) : null,
        population: Number(population),
      };
    });
  }
}

function cached<T>(cache: Map<number, T>, offset: number, parse: () => T): T {
  let entry = cache.get(offset);
  if (entry === undefined) {
    entry = parse();
    cache.set(offset, entry);
  }
  return entry;
}

import { GazetteerTables, isAsciiKey, type GazetteerData, type ScriptIndexes } from './gazetteer-codec';
import { decodeField, prefixOf, prefixRange } from './compact-lines';
import { fold, isCjkString } from './fold';
import { exactKey, type KeyIndex } from './place-keys';
import type { CityEntry, CountryEntry, Gazetteer, PlaceIndex, PlaceRef, RegionEntry } from './gazetteer-types';

export type { CityEntry, CountryEntry, Gazetteer, PlaceIndex, PlaceRef, RegionEntry } from './gazetteer-types';
export { exactKey } from './place-keys';

/**
 * The gazetteer: countries (ISO 3166-1), first-level regions (ISO 3166-2) and cities, by every spelling a
 * posting may write. Its data is generated with every alias already folded and indexed
 * (scripts/build-gazetteer.mjs → gazetteer-data.ts), and nothing is read before it is needed: the data
 * modules load at the first lookup (the other scripts' keys only at the first lookup in one), an index
 * loads the keys of one two-character prefix at its first lookup there, an entry is parsed at its first
 * reference, and the country and region maps are built at their first use. A cold start pays for the
 * places it looks up, not for the 40,000 spellings of the whole world.
 */

/**
 * An index over generated sorted lines, loaded one key prefix at a time; then a map read per lookup. A
 * block keeps each key's refs as written until the key is first read: most keys of a block never are.
 */
class PrefixLoadedIndex implements PlaceIndex {
  /** by `blockNumber`: a lookup reads its key's first units, and cuts the prefix out as a string only to load it */
  private readonly blocks = new Map<number, Block | null>();

  constructor(
    private readonly linesFor: (key: string) => string,
    private readonly tables: GazetteerTables,
  ) {}

  get(key: string): PlaceRef[] | undefined {
    if (!key) return undefined;
    const number = blockNumber(key);
    let block = this.blocks.get(number);
    if (block === undefined) {
      block = this.load(prefixOf(key));
      this.blocks.set(number, block);
    }
    // a key longer than every key of its block is in none: most spans a scan tries, and every name of four
    // letters or more in the exact index (aliasKey), are not looked up in the map
    if (block === null || key.length > block.longest) return undefined;
    const refs = block.refs.get(key);
    if (typeof refs !== 'string') return refs;
    const places = this.tables.refs(refs);
    block.refs.set(key, places);
    return places;
  }

  private load(prefix: string): Block | null {
    const lines = this.linesFor(prefix);
    const [from, to] = prefixRange(lines, prefix);
    if (from === to) return null;
    const block: Block = { refs: new Map(), longest: 0 };
    for (const line of lines.slice(from, to - 1).split('\n')) {
      const bar = line.indexOf('|');
      const key = decodeField(line.slice(0, bar));
      block.refs.set(key, line.slice(bar + 1));
      block.longest = Math.max(block.longest, key.length);
    }
    return block;
  }
}

/** The keys of one prefix, each with its refs (as written until first read), and the length of the longest. */
interface Block {
  refs: Map<string, PlaceRef[] | string>;
  longest: number;
}

/**
 * The block of a key (`prefixOf`: its first two code units, or its only one) as a number, one for each prefix:
 * cheaper to look up than the prefix cut out as a new string and hashed, at every lookup of a place name.
 */
function blockNumber(key: string): number {
  const first = key.charCodeAt(0) * 0x10001;
  return key.length > 1 ? first + key.charCodeAt(1) + 1 : first;
}

/** The parts of the gazetteer built on first use. */
type Parts = { -readonly [K in Exclude<keyof Gazetteer, 'cjkMaxLength' | 'maxWords'>]?: Gazetteer[K] };

class LazyGazetteer implements Gazetteer {
  private loaded: Parts = {};
  private source: { data: GazetteerData; tables: GazetteerTables } | null = null;
  private scripts: ScriptIndexes | null = null;

  constructor(
    private readonly loadData: () => GazetteerData,
    private readonly loadScripts: () => ScriptIndexes,
  ) {}

  get cjkMaxLength(): number {
    return this.read().data.cjkMaxLength;
  }
  get maxWords(): number {
    return this.read().data.maxWords;
  }
  get byFolded(): PlaceIndex {
    return (this.loaded.byFolded ??= this.index('folded'));
  }
  get byExact(): PlaceIndex {
    return (this.loaded.byExact ??= this.index('exact'));
  }
  get byCjk(): PlaceIndex {
    return (this.loaded.byCjk ??= this.index('cjk'));
  }
  get countries(): ReadonlyMap<string, CountryEntry> {
    return (this.loaded.countries ??= new Map(
      this.read()
        .tables.allCountries()
        .map((c) => [c.code, c]),
    ));
  }
  get countriesByAlpha3(): ReadonlyMap<string, CountryEntry> {
    return (this.loaded.countriesByAlpha3 ??= new Map(
      this.read()
        .tables.allCountries()
        .map((c) => [c.alpha3, c]),
    ));
  }
  /** Keyed "US-NY"; where rows repeat a code, the last row's entry, as cities refer to it. */
  get regions(): ReadonlyMap<string, RegionEntry> {
    return (this.loaded.regions ??= new Map(
      this.read()
        .tables.allRegions()
        .map((r) => [`${r.country}-${r.code}`, r]),
    ));
  }
  get regionsByCode(): ReadonlyMap<string, RegionEntry[]> {
    return (this.loaded.regionsByCode ??= regionsByCode(this.read().tables.allRegions()));
  }
  /** Only tests and tools read this; lookups go through the indexes. */
  get cities(): ReadonlyMap<string, CityEntry> {
    return (this.loaded.cities ??= citiesByName(this.read().tables.allCities()));
  }

  private read(): { data: GazetteerData; tables: GazetteerTables } {
    if (this.source) return this.source;
    const data = this.loadData();
    this.source = { data, tables: new GazetteerTables(data) };
    return this.source;
  }

  private index(name: KeyIndex): PlaceIndex {
    const { data, tables } = this.read();
    const linesFor = (prefix: string): string =>
      isAsciiKey(prefix) ? data.ascii[name] : (this.scripts ??= this.loadScripts())[name];
    return new PrefixLoadedIndex(linesFor, tables);
  }
}

function regionsByCode(regions: readonly RegionEntry[]): Map<string, RegionEntry[]> {
  const byCode = new Map<string, RegionEntry[]>();
  for (const region of regions) {
    if (!/^[A-Z]{2,3}$/.test(region.code)) continue;
    const list = byCode.get(region.code) ?? [];
    list.push(region);
    byCode.set(region.code, list);
  }
  return byCode;
}

/** "Name|CC|region code" and "Name|CC" → the first (most populous) city so named. */
function citiesByName(cities: readonly CityEntry[]): Map<string, CityEntry> {
  const byName = new Map<string, CityEntry>();
  for (const city of cities) {
    for (const key of [`${city.name}|${city.country}|${city.region?.code ?? ''}`, `${city.name}|${city.country}`]) {
      if (!byName.has(key)) byName.set(key, city);
    }
  }
  return byName;
}

let loaded: Gazetteer | null = null;

/** The gazetteer; its parts load on first use and are reused. */
export function gazetteer(): Gazetteer {
  // required when first read, not imported: a process that never looks a place up never reads the data
  loaded ??= new LazyGazetteer(
    () => (require('./gazetteer-data') as typeof import('./gazetteer-data')).GAZETTEER_DATA,
    () => (require('./gazetteer-data-scripts') as typeof import('./gazetteer-data-scripts')).SCRIPT_INDEXES,
  );
  return loaded;
}

/** A gazetteer over other data, read through the given loaders when first needed (for tests and tools). */
export function gazetteerFrom(loadData: () => GazetteerData, loadScripts: () => ScriptIndexes): Gazetteer {
  return new LazyGazetteer(loadData, loadScripts);
}

/** Every place a spelling may name, by folded, exact or spaceless-script key. */
export function placesNamed(text: string): PlaceRef[] {
  const g = gazetteer();
  const trimmed = text.trim();
  if (isCjkString(trimmed)) return g.byCjk.get(trimmed) ?? [];
  return [...(g.byFolded.get(fold(trimmed)) ?? []), ...(g.byExact.get(exactKey(trimmed)) ?? [])];
}

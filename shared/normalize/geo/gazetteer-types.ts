/**
 * The gazetteer's entries and the places a spelling may name. Shared by the runtime gazetteer
 * (gazetteer.ts), the reference builder that generates its data (gazetteer-builder.ts) and the codec
 * between them (gazetteer-codec.ts).
 */

/** A country (ISO 3166-1). */
export interface CountryEntry {
  code: string;
  alpha3: string;
  name: string;
  /** ISO 4217, the country's main currency */
  currency: string | null;
}
/** A first-level subdivision (ISO 3166-2): a state, prefecture, Land, province. */
export interface RegionEntry {
  country: string;
  /** ISO 3166-2 code without the country prefix ("NY", "13", "BY") */
  code: string;
  name: string;
}
/** A city, with its region when the data knows it. */
export interface CityEntry {
  name: string;
  country: string;
  region: RegionEntry | null;
  population: number;
}
/** One place a spelling may name. */
export type PlaceRef =
  /** `viaCode`: read from an ISO code ("DE", "NY"), weaker than a name: "LA" is Los Angeles before Laos */
  | { kind: 'country'; country: CountryEntry; viaCode?: boolean }
  | { kind: 'region'; region: RegionEntry; viaCode?: boolean }
  | { kind: 'city'; city: CityEntry }
  | { kind: 'district'; city: CityEntry };

/** Places by one kind of key. Only reads: the runtime loads an index's keys as lookups need them. */
export interface PlaceIndex {
  get(key: string): PlaceRef[] | undefined;
}

/** Every place by every spelling, and the entries by code. */
export interface Gazetteer {
  /** folded spelling → places (spellings longer than three characters) */
  readonly byFolded: PlaceIndex;
  /** exact spelling without dots → places (short aliases and codes: "HN", "SF", "Mỹ", "DE") */
  readonly byExact: PlaceIndex;
  /** spellings in spaceless scripts (東京都, 서울) → places */
  readonly byCjk: PlaceIndex;
  readonly cjkMaxLength: number;
  /** the longest folded spelling in words, to bound n-gram lookups */
  readonly maxWords: number;
  readonly countries: ReadonlyMap<string, CountryEntry>;
  readonly countriesByAlpha3: ReadonlyMap<string, CountryEntry>;
  /** "US-NY" → region */
  readonly regions: ReadonlyMap<string, RegionEntry>;
  /** alphabetic region code ("NY", "ON", "NSW") → regions of every country using it */
  readonly regionsByCode: ReadonlyMap<string, RegionEntry[]>;
  /** "Tokyo|JP" → the most populous city of that name in the country; "Portland|US|ME" → the one in a region */
  readonly cities: ReadonlyMap<string, CityEntry>;
}

import type { CityEntry, PlaceRef, RegionEntry } from './gazetteer';

/**
 * Picks one reading for the names that describe one place ("Portland, ME", "Melbourne", "Georgia",
 * "東京都 + 渋谷区"): every name must agree with the others (same country, the city inside the region);
 * then the country hint, the posting's other countries, the kind of place and population decide.
 */

export interface ResolveContext {
  /** ISO alpha-2 hint for the posting (source field, page language, domain) */
  countryHint: string | null;
  /** countries other locations of the same posting are in */
  contextCountries: ReadonlySet<string>;
}

export interface ResolvedPlace {
  city: CityEntry | null;
  region: RegionEntry | null;
  country: string | null;
  /** how good the reading is; only compared between readings of the same names */
  score: number;
}

const MAX_READINGS = 6;
const MAX_NAMES = 4;
const USED = 10;
const SKIPPED = -8;
const HINT = 6;
const CONTEXT = 3;

interface Reading {
  city: CityEntry | null;
  region: RegionEntry | null;
  country: string | null;
}

/** The best reading of names that all describe one place, or null when no reading fits. */
export function resolvePlace(names: readonly (readonly PlaceRef[])[], ctx: ResolveContext): ResolvedPlace | null {
  const lists = names
    .filter((refs) => refs.length > 0)
    .slice(0, MAX_NAMES)
    .map((refs) => rankReadings(refs, ctx).map(({ ref, bonus }) => readingOf(ref, bonus)));
  const search: Search = { lists, ceilings: scoreCeilings(lists), ctx, best: null };
  visit(search, 0, EMPTY, 0, 0);
  return search.best;
}

/** One name's reading with its rank bonus: what the search combines (the same shape for every kind of place). */
interface Candidate extends Reading {
  /** a region named as such, not the region of a city */
  isRegion: boolean;
  bonus: number;
}

/** A search over the names' readings, and the best complete reading so far. */
interface Search {
  lists: readonly (readonly Candidate[])[];
  ceilings: readonly number[];
  ctx: ResolveContext;
  best: ResolvedPlace | null;
}

/**
 * Reads name `index` on, after `acc` (scored `score`, from `used` names). Each name is read as each of its
 * readings that fits the others, or skipped; a branch that cannot beat the best reading so far is not read
 * further (ties keep the earlier reading).
 */
function visit(search: Search, index: number, acc: Reading, score: number, used: number): void {
  const { best, lists } = search;
  if (best && score + search.ceilings[index]! < best.score - ROUNDING) return;
  if (index === lists.length) {
    if (used === 0) return;
    const total = score + contextBonus(acc.country, search.ctx);
    if (!best || total > best.score)
      search.best = { city: acc.city, region: acc.region, country: acc.country, score: total };
    return;
  }
  for (const candidate of lists[index]!) {
    const merged = merge(acc, candidate);
    if (merged) visit(search, index + 1, merged, score + USED + candidate.bonus, used + 1);
  }
  visit(search, index + 1, acc, score + SKIPPED, used);
}

/** Scores far below any difference of real readings: sums of the same bonuses taken in another order. */
const ROUNDING = 1e-9;

/**
 * The most a reading can still gain from each list on: every remaining name read at its best ranked reading,
 * and the context's best bonus.
 */
function scoreCeilings(lists: readonly { bonus: number }[][]): number[] {
  const ceilings = new Array<number>(lists.length + 1);
  ceilings[lists.length] = Math.max(HINT, CONTEXT);
  for (let i = lists.length - 1; i >= 0; i--) ceilings[i] = ceilings[i + 1]! + USED + (lists[i]![0]?.bonus ?? 0);
  return ceilings;
}

/** Places in a spelling may share it with others: rank them, and let a region beat a same-named city outside it. */
function rankReadings(refs: readonly PlaceRef[], ctx: ResolveContext): { ref: PlaceRef; bonus: number }[] {
  const ranked = refs.map((ref) => ({ ref, bonus: kindBonus(ref) + (countryOf(ref) === ctx.countryHint ? 0.01 : 0) }));
  for (const r of ranked) {
    // city-states and capitals named like their country ("Singapore", "Luxembourg"): keep the city
    const ref = r.ref;
    if (ref.kind === 'city' && ranked.some((o) => o.ref.kind === 'country' && o.ref.country.code === ref.city.country))
      r.bonus = 5.1;
  }
  // a city inside another region of the spelling is that region's namesake, no rival: "Kiev" is the city in
  // the city region Kiev, not Kiev Oblast around it (the regions named, gathered once for all of them)
  const named = new Set<RegionEntry>();
  for (const o of ranked) if (o.ref.kind === 'region') named.add(o.ref.region);
  for (const r of ranked) {
    if (r.ref.kind !== 'region' || r.ref.viaCode) continue;
    const region = r.ref.region;
    // a smaller town of the country sharing the name of the region's own namesake city is no rival either: bare
    // "Uppsala" is the city in Uppsala County, not the county because the data also holds an Uppsala elsewhere
    const inside = namesakeInside(ranked, region);
    const rivals = ranked.filter(
      (o) =>
        o.ref.kind === 'city' &&
        o.ref.city.country === region.country &&
        o.ref.city.region !== region &&
        !(o.ref.city.region && named.has(o.ref.city.region)) &&
        o.ref.city.population > inside,
    );
    const strongest = Math.max(
      0,
      ...rivals.map((o) => o.bonus),
      // a namesake town inside the region keeps the name, as "Vienna" is the city ("Florida, Uruguay")
      ...(ranked.some((o) => o.ref.kind === 'city' && o.ref.city.region === region)
        ? []
        : ranked.filter((o) => isOutshoneTown(o.ref, region, named)).map((o) => o.bonus)),
    );
    if (strongest > 0) r.bonus = Math.max(r.bonus, strongest + 0.5);
    // "Florida" alone is the US state before the department of Uruguay or the municipality of Puerto Rico
    if (STATE_NAMING.has(region.country)) r.bonus += 0.02;
  }
  ranked.sort((a, b) => b.bonus - a.bonus);
  if (ranked.length <= MAX_READINGS) return ranked;
  // a region named in full is kept however many towns share its name: "Melbourne, Florida" and "Kingston,
  // Ontario" name the US state and the province, not a town called Florida or Ontario somewhere else
  const regions = ranked.slice(MAX_READINGS).filter((r) => r.ref.kind === 'region' && !r.ref.viaCode);
  return [...ranked.slice(0, MAX_READINGS), ...regions];
}

/** The population of the largest city of the spelling inside `region` (-1 when there is none). */
function namesakeInside(ranked: readonly { ref: PlaceRef }[], region: RegionEntry): number {
  let largest = -1;
  for (const o of ranked)
    if (o.ref.kind === 'city' && o.ref.city.region === region) largest = Math.max(largest, o.ref.city.population);
  return largest;
}

/** A town smaller than this yields its name to a first-level region of another country ("Florida", "Bavaria"). */
const LARGE_TOWN = 100_000;
/** Where postings name a state or province on its own ("Ontario", "Texas", "Victoria"), a larger town yields. */
const LARGE_TOWN_BESIDE_STATE = 500_000;
/** Countries whose postings often give a first-level region as the whole location. */
const STATE_NAMING = new Set(['US', 'CA', 'AU', 'IN', 'BR', 'MX', 'DE']);

/**
 * A town outside `region`, in no region the spelling names, and too small to outweigh it: a bare "Florida" is
 * the state, not Florida in Cuba; "Ontario" the province, not the city in California. A large town keeps its
 * name ("Washington", "Victoria" on Vancouver Island beside a minor region); a namesake inside the region or in
 * another region of the spelling is no rival ("Vienna", "Berlin").
 */
function isOutshoneTown(ref: PlaceRef, region: RegionEntry, named: ReadonlySet<RegionEntry>): boolean {
  if (ref.kind !== 'city' || ref.city.region === region || (ref.city.region && named.has(ref.city.region)))
    return false;
  const limit = STATE_NAMING.has(region.country) ? LARGE_TOWN_BESIDE_STATE : LARGE_TOWN;
  return ref.city.population < limit;
}

function kindBonus(ref: PlaceRef): number {
  switch (ref.kind) {
    case 'country':
      return ref.viaCode ? 2 : 5;
    case 'region':
      return ref.viaCode ? 0.5 : 1;
    case 'city':
      return 1.05 + Math.min(3, Math.log10(ref.city.population + 1) / 2);
    case 'district':
      return 0.5 + Math.min(3, Math.log10(ref.city.population + 1) / 2);
  }
}

function contextBonus(country: string | null, ctx: ResolveContext): number {
  if (!country) return 0;
  if (country === ctx.countryHint) return HINT;
  return ctx.contextCountries.has(country) ? CONTEXT : 0;
}

/** The country a place is in. */
export function countryOf(ref: PlaceRef): string {
  switch (ref.kind) {
    case 'country':
      return ref.country.code;
    case 'region':
      return ref.region.country;
    default:
      return ref.city.country;
  }
}

/** A place reference as a reading of its own: the city, the region (a city's own) and the country it names. */
function readingOf(ref: PlaceRef, bonus = 0): Candidate {
  const city = ref.kind === 'city' || ref.kind === 'district' ? ref.city : null;
  const region = ref.kind === 'region' ? ref.region : (city?.region ?? null);
  return { city, region, country: countryOf(ref), isRegion: ref.kind === 'region', bonus };
}

/** Adds one name's reading to the others', or null when they cannot describe the same place. */
function merge(acc: Reading, reading: Candidate): Reading | null {
  const { city, region, country } = reading;
  if (acc.country && acc.country !== country) return null;
  if (city && acc.city && acc.city !== city) return null;
  if (region && acc.region && region !== acc.region) {
    // a city whose region the data does not know fits any region of its country
    const cityWithoutRegion = (!reading.isRegion && !city?.region) || (acc.city !== null && !acc.city.region);
    if (!cityWithoutRegion) return null;
  }
  if (city && !city.region && acc.region && acc.region.country !== city.country) return null;
  return { city: city ?? acc.city, region: acc.region ?? region, country };
}

/** True when two names can describe the same place (used to decide whether "X, Y" is one location). */
export function canDescribeSamePlace(a: readonly PlaceRef[], b: readonly PlaceRef[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((ra) => b.some((rb) => merge(merge(EMPTY, readingOf(ra)) ?? EMPTY, readingOf(rb)) !== null));
}

const EMPTY: Reading = { city: null, region: null, country: null };

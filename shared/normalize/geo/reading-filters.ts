import type { Location } from '../../schema/posting';
import type { PlaceGroup, Unit } from './location-grouping';
import type { ResolvedPlace } from './place-resolver';
import { fold } from './fold';

/**
 * What a location text's reading keeps of the places it names (location-text.ts): a name misread inside
 * another, a district named after its city, a region or country beside a city in it are not locations of
 * their own.
 */

/**
 * A name read inside an unknown longer one ("Midlands" of "Birmingham, West Midlands") that puts the place
 * in another country than the rest of the text is a misreading, not a second location. So is one in the
 * region of a city named before it: "São Paulo (3 dias na Vila Olímpia)" names a district of São Paulo, not
 * the town of Olímpia.
 */
export function withoutMisreadings(groups: PlaceGroup[], resolved: ResolvedGroups): PlaceGroup[] {
  if (groups.length < 2 || !groups.some((g) => g.afterWord)) return groups;
  return groups.filter((g) => {
    if (!g.afterWord) return true;
    const place = resolved.get(g);
    const country = place?.country ?? null;
    const others = groups.filter((o) => o !== g && !o.afterWord);
    const countries = others.map((o) => resolved.get(o)?.country ?? null).filter((c) => c !== null);
    if (!country || countries.length === 0) return true;
    return countries.includes(country) && !districtOfEarlierCity(g, place, others, resolved);
  });
}

/** True when a city named before the group lies in the group's region: the group names a district of it. */
function districtOfEarlierCity(
  g: PlaceGroup,
  place: ResolvedPlace | null | undefined,
  others: PlaceGroup[],
  resolved: ResolvedGroups,
): boolean {
  if (!place?.region) return false;
  return others.some((o) => o.end <= g.start && isCityInRegionOf(resolved.get(o), place));
}

/** True when `city` is a city in the region (and country) of `place`. */
const isCityInRegionOf = (city: ResolvedPlace | null | undefined, place: ResolvedPlace): boolean =>
  !!city?.city && city.country === place.country && city.region?.name === place.region?.name;

/**
 * A region or country the text names beside a city in it ("Paris 8e, Île-de-France", "Leeds, UK") is
 * that city's, not a location of its own: the text then describes one place, and keeps all its words.
 */
export function withoutCoarser(locations: Location[]): Location[] {
  if (locations.length < 2) return locations;
  return locations.filter(
    (l) =>
      l.city !== null ||
      (!l.region && !l.country) ||
      !locations.some(
        (o) =>
          o.city !== null &&
          o.country === l.country &&
          (!l.region || o.region === l.region) &&
          (!l.workplace || o.workplace === l.workplace),
      ),
  );
}

/** A town this small named after a city in another country is a district's namesake, not a second place. */
const MAX_NAMESAKE_POPULATION = 100_000;

/**
 * What a text names right after a city as a part of it is a district, not a second location: an unknown word
 * in the city's own region ("Jakarta Selatan, DKI Jakarta") and, after a dash, a small town of another
 * country that shares a district's name ("Brno – Slatina": Slatina in Romania). "Berlin – Wien" stays two.
 */
export function withoutDistricts(units: Unit[], groups: PlaceGroup[], resolved: ResolvedGroups): PlaceGroup[] {
  if (groups.length < 2) return groups;
  const cityBefore = new Map<PlaceGroup, ResolvedPlace>();
  let previous: PlaceGroup | null = null;
  let dash = false;
  for (const unit of units) {
    if (unit.k === 'group') {
      const before = previous ? resolved.get(previous) : null;
      if (before?.city && dash) cityBefore.set(unit.group, before);
      previous = unit.group;
      dash = false;
    } else if (unit.k === 'sep') dash = unit.sep === 'dash';
  }
  return groups.filter((g) => {
    const place = resolved.get(g);
    if (g.unknownCity && !place?.city && place?.region)
      return !groups.some((o) => o.start < g.start && isCityInRegionOf(resolved.get(o), place));
    const before = cityBefore.get(g);
    return !(
      before &&
      place?.city &&
      place.country !== before.country &&
      place.city.population < MAX_NAMESAKE_POPULATION
    );
  });
}

/** A city this many times larger than a town of its region named just before it is the town's metropolis. */
const METRO_RATIO = 10;

/**
 * Within one text, a municipality and the metropolis around it are one place, the municipality (the convention in
 * curated-places.ts MUNICIPAL_WARDS): a town followed by the far larger city of its region ("Parramatta, Sydney
 * NSW", "Μαρούσι, Αθήνα") is the town, and a city that is its own region followed by one of its wards in brackets
 * ("東京本社（東京都港区…）", "Tokyo (Minato-ku)") is the ward. Two cities of like size ("Oakland, San Francisco"),
 * of other regions, or listed otherwise ("Parramatta / Sydney") stay two. In Great Britain the gazetteer's
 * regions are the four nations, too wide to tell a suburb from a second office ("Cambridge, London").
 */
export function withoutMetropolis(units: Unit[], groups: PlaceGroup[], resolved: ResolvedGroups): PlaceGroup[] {
  if (groups.length < 2) return groups;
  const dropped = new Set<PlaceGroup>();
  let previous: PlaceGroup | null = null;
  let between: Unit[] = [];
  for (const unit of units) {
    if (unit.k !== 'group') {
      between.push(unit);
      continue;
    }
    const a = previous ? resolved.get(previous)?.city : null;
    const b = resolved.get(unit.group)?.city;
    if (
      previous &&
      a &&
      b &&
      a !== b &&
      a.country === b.country &&
      a.region &&
      a.region === b.region &&
      a.country !== 'GB'
    ) {
      const comma = between.length === 1 && between[0]!.k === 'sep' && between[0]!.sep === 'comma';
      const bracket = between.some((u) => u.k === 'sep' && u.sep === 'open') && between.every((u) => u.k !== 'conn');
      if (comma && a.population * METRO_RATIO <= b.population) dropped.add(unit.group);
      else if (bracket && fold(a.name) === fold(a.region.name) && b.population < a.population) dropped.add(previous);
    }
    previous = unit.group;
    between = [];
  }
  return dropped.size === 0 ? groups : groups.filter((g) => !dropped.has(g));
}

/** Each group's place, read once with the text's context (an area has none). */
export type ResolvedGroups = ReadonlyMap<PlaceGroup, ResolvedPlace | null>;

import type { Location, Workplace } from '../../schema/posting';
import { fold } from './fold';
import { mayStateWorkplace, scanLocationText, type Scan } from './location-scanner';
import { withCountryRegionCodes } from './country-coded-places';
import { withCityRegionCodes } from './city-region-codes';
import { groupUnits, type PlaceGroup, type Unit } from './location-grouping';
import { attachCues, combineCues, type StandaloneCue } from './location-workplace';
import { resolvePlace, type ResolveContext, type ResolvedPlace } from './place-resolver';
import {
  withoutCoarser,
  withoutDistricts,
  withoutMetropolis,
  withoutMisreadings,
  type ResolvedGroups,
} from './reading-filters';

/**
 * Reads one location text ("Hybrid for HCMC, remote for Da Nang/HN", "New York, NY",
 * "東京都渋谷区（リモートワーク可・週1回出社）", "Remote - Europe") into locations, each with the
 * workplace the text gives it (null when the text says nothing).
 */

const MAX_TEXT = 2000;

/**
 * The texts one posting's readers have read, by text as given: a header item classified as a location
 * (meta-items.ts) is read there and again as the posting's location, and a reading is the same in every
 * context. Made per posting (header-fields.ts), never shared between postings.
 */
export type LocationReadings = Map<string, ReadText | null>;

/** Locations one text describes, in the order written; `readings` spares a text this posting has read. */
export function parseLocationText(input: string, ctx: ResolveContext, readings?: LocationReadings): Location[] {
  const read = readings ? readOnce(readings, input) : readLocationText(input);
  return read ? locationsOf(read, ctx) : [];
}

/** The reading of `input`, read only if this posting's readings lack it. */
function readOnce(readings: LocationReadings, input: string): ReadText | null {
  const known = readings.get(input);
  if (known !== undefined) return known;
  const read = readLocationText(input);
  readings.set(input, read);
  return read;
}

/**
 * The workplace of the first location a text describes (`parseLocationText(text, ctx)[0]?.workplace`): a
 * structured location's text is read only for it ("Berlin (Remote)"). A text without a workplace word or
 * "anywhere" states none, so its places need not be resolved.
 */
export function locationTextWorkplace(input: string, ctx: ResolveContext): Workplace | null {
  return workplaceOfRead(readForWorkplace(input), ctx);
}

/** The reading `locationTextWorkplace` resolves, or null when the text states no workplace (resolved or not). */
export function readForWorkplace(input: string): ReadText | null {
  if (!mayStateWorkplace(clipped(input.trim()))) return null;
  const read = readLocationText(input);
  return !read || (read.standalone.length === 0 && !read.units.some(statesWorkplace)) ? null : read;
}

/** The workplace of the first location of a text read by `readForWorkplace`, its places resolved in `ctx`. */
export function workplaceOfRead(read: ReadText | null, ctx: ResolveContext): Workplace | null {
  return read ? (locationsOf(read, ctx)[0]?.workplace ?? null) : null;
}

const statesWorkplace = (unit: Unit): boolean =>
  unit.k === 'group' && (unit.group.cues.length > 0 || unit.group.anywhere);

/** What a text says before any place in it is resolved: its scan, units (cues attached) and placeless cues. */
export interface ReadText {
  original: string;
  scan: Scan;
  units: Unit[];
  standalone: StandaloneCue[];
}

const clipped = (text: string): string => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

/** Reads a text without resolving its places: the same in every context, so read once per posting. */
export function readLocationText(input: string): ReadText | null {
  const original = input.trim();
  if (!original) return null;
  const scan = withCityRegionCodes(withCountryRegionCodes(scanLocationText(clipped(original))));
  const units = settleAreas(groupUnits(scan));
  return { original, scan, units, standalone: attachCues(units) };
}

/** The locations of a read text, its places resolved within the context. */
export function locationsOf({ original, scan, units, standalone }: ReadText, ctx: ResolveContext): Location[] {
  const groups = units.filter((u): u is Extract<Unit, { k: 'group' }> => u.k === 'group').map((u) => u.group);
  const resolved = resolveGroups(groups, ctx);
  const kept = withoutDistricts(units, withoutMisreadings(groups, resolved), resolved);
  const located = withoutMetropolis(units, kept, resolved).map((g) => ({
    start: g.start,
    location: groupLocation(g, scan.text, resolved.get(g) ?? null),
  }));
  const placeless = standalone
    .filter(
      (cue, i) => standalone.findIndex((o) => combineCues([o.mark], false) === combineCues([cue.mark], false)) === i,
    )
    .map((cue) => ({ start: cue.start, location: standaloneLocation(cue, scan.text) }));
  const all = withoutCoarser([...located, ...placeless].sort((a, b) => a.start - b.start).map((x) => x.location));
  if (all.length === 0) return [{ city: null, region: null, country: null, workplace: null, text: original }];
  if (all.length === 1) all[0]!.text = original;
  return all;
}

/**
 * Areas that qualify another rather than add one: "anywhere in LATAM" is LATAM, from anywhere; a time zone
 * ("UTC-3 to UTC-6") narrows the area or place beside it. Both become plain words.
 */
function settleAreas(units: Unit[]): Unit[] {
  // most texts name no area ("Berlin", "New York, NY"): every unit stays as it is, and no copy is needed
  if (!units.some(isArea)) return units;
  const hasOther = units.some((u) => u.k === 'group' && !u.group.zone);
  return units.flatMap((unit, i): Unit[] => {
    if (unit.k !== 'group' || !unit.group.area) return [unit];
    if (unit.group.zone && hasOther) return [{ k: 'word', capital: false }];
    const next = units[i + 2];
    if (unit.group.anywhere && units[i + 1]?.k === 'conn' && next?.k === 'group') {
      next.group.anywhere = true;
      return [];
    }
    return [unit];
  });
}

const isArea = (unit: Unit): boolean => unit.k === 'group' && unit.group.area;

/**
 * Places named together inform each other: "HCMC, Da Nang/HN" are all in Vietnam. Each group is resolved,
 * then again with the countries the text's groups resolved to, unless those add nothing the context knew.
 */
function resolveGroups(groups: PlaceGroup[], ctx: ResolveContext): ResolvedGroups {
  const first = new Map(groups.map((g) => [g, g.area ? null : resolvePlace(g.names, ctx)]));
  if (groups.length < 2) return first;
  const countries = new Set(ctx.contextCountries);
  for (const place of first.values()) if (place?.country) countries.add(place.country);
  const adds = [...countries].some((c) => c !== ctx.countryHint && !ctx.contextCountries.has(c));
  if (!adds) return citiesAmongCities(first, ctx);
  const withText: ResolveContext = { countryHint: ctx.countryHint, contextCountries: countries };
  return citiesAmongCities(new Map(groups.map((g) => [g, g.area ? null : resolvePlace(g.names, withText)])), ctx);
}

/** A city this large shares its name with its state or country only as the place postings mean ("Washington"). */
const MAJOR_CITY = 1_000_000;

/**
 * In a list of cities ("New York, Washington", "Chicago, Boston, Washington"), a name that is both a state and a
 * major city of that name is the city, as a reader takes it: Washington, D.C., not Washington State. A list of
 * states ("New York, California") keeps its states, and a name written with its state is one place already
 * ("Seattle, Washington").
 */
function citiesAmongCities(resolved: Map<PlaceGroup, ResolvedPlace | null>, ctx: ResolveContext): ResolvedGroups {
  const regionOnly = [...resolved].filter(([g, place]) => place && !place.city && place.region && g.names.length === 1);
  if (regionOnly.length !== 1) return resolved;
  const [group, place] = regionOnly[0]!;
  const others = [...resolved].filter(([g]) => g !== group);
  if (!others.every(([, o]) => o?.city)) return resolved;
  const region = place!.region!;
  const cities = group.names[0]!.filter(
    (r) => r.kind === 'city' && r.city.population >= MAJOR_CITY && fold(r.city.name) === fold(region.name),
  );
  if (cities.length === 0) return resolved;
  return new Map([...resolved].map(([g, p]) => [g, g === group ? resolvePlace([cities], ctx) : p]));
}

function groupLocation(group: PlaceGroup, text: string, place: ResolvedPlace | null): Location {
  const city = group.area ? null : (place?.city?.name ?? group.unknownCity);
  // "remote possible" at a city or region is hybrid there; over a whole country or a wider area ("Remote-friendly
  // (US only)", "EMEA, remote OK") there is no office to attend: it is remote within it
  const office = city != null || (!group.area && place?.region != null);
  const workplace = combineCues(group.cues, office) ?? (group.anywhere ? 'remote' : null);
  const span = spanText(text, group.lead ?? group.start, group.end);
  if (group.area) return { city: null, region: null, country: null, workplace, text: span };
  return {
    city: city ?? null,
    region: place?.region?.name ?? null,
    country: place?.country ?? null,
    workplace,
    text: group.unknownCity && !place?.city ? spanText(text, text.indexOf(group.unknownCity), group.end) : span,
  };
}

function standaloneLocation(cue: StandaloneCue, text: string): Location {
  return {
    city: null,
    region: null,
    country: null,
    workplace: combineCues([cue.mark], false),
    text: spanText(text, cue.start, cue.end),
  };
}

/** The text of a span, without an unbalanced bracket or dangling punctuation at its ends (exported for its test). */
export function spanText(text: string, start: number, end: number): string {
  if (start < 0 || end <= start) return text.trim();
  let span = text.slice(start, end).trim();
  if (text[end] === ')' && count(span, '(') > count(span, ')')) span += ')';
  // trimmed, the span can only lose a separator at an end: most spans ("Berlin", "New York, NY") have none
  if (span === '' || (!LEADING_CUT.test(span[0]!) && !TRAILING_CUT.test(span[span.length - 1]!))) return span;
  return span.replace(/^[\s,;|/·•–—-]+|[\s,;|/·•–—(-]+$/g, '');
}

/** The characters `spanText` cuts from a span's start and from its end. */
const LEADING_CUT = /[\s,;|/·•–—-]/;
const TRAILING_CUT = /[\s,;|/·•–—(-]/;

function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

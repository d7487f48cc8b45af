import type { PlaceRef } from './gazetteer';
import { canDescribeSamePlace, countryOf } from './place-resolver';
import { fold } from './fold';
import type { Scan, ScanItem, SepKind } from './location-scanner';
import type { WorkplaceCue } from './location-lexicon';

/**
 * Turns a scanned location text into units: groups of names that describe one place ("New York, NY",
 * "東京都渋谷区", "Ho Chi Minh City (District 1)"), workplace cues, separators and connectors, in order.
 */

export interface CueMark {
  cue: WorkplaceCue;
  days: number | null;
}

export interface PlaceGroup {
  /** the gazetteer readings of each name in the group; generic districts contribute none */
  names: PlaceRef[][];
  /** an area wider than a country ("EMEA", "anywhere") instead of named places */
  area: boolean;
  /** the area means "from anywhere", which implies remote work */
  anywhere: boolean;
  /** a time zone ("UTC-3 to UTC-6"): it narrows the area beside it */
  zone: boolean;
  /** written right after an unknown capitalised word or another place, with only a space between ("West
   * Midlands", "Madrid Centro"): maybe a misreading of a longer name */
  afterWord: boolean;
  /** capitalised words the gazetteer does not know, written just before the group ("Kleinmachnow, Germany") */
  unknownCity: string | null;
  start: number;
  end: number;
  cues: CueMark[];
  /** where capitalised unknown words written just before the group start ("Thuận" of "Thuận An"): a town the
   * gazetteer lacks is named from there */
  nameStart?: number;
  /** where a remote word leading this group alone starts ("zdalnie z Polski"): the location's text starts there */
  lead?: number;
}

export type Unit =
  | { k: 'group'; group: PlaceGroup }
  | { k: 'cue'; mark: CueMark; start: number; end: number }
  | { k: 'sep'; sep: SepKind }
  | { k: 'conn' }
  | { k: 'word'; capital: boolean };

/** Separators that may sit between names of one place: "New York, NY", "Lisbon (Portugal)", "Berlin - Germany". */
const JOINING: ReadonlySet<SepKind> = new Set(['comma', 'open', 'close', 'dash', 'colon']);

/** Groups a scan's items into units. */
export function groupUnits(scan: Scan): Unit[] {
  const units: Unit[] = [];
  let current: PlaceGroup | null = null;
  let gap: SepKind[] = [];
  let words: UnknownWords | null = null;
  let wordsThenComma = false;
  /** the last group of places, still there after a separator closed it */
  let placed: PlaceGroup | null = null;
  const close = (): void => {
    current = null;
  };
  let previous: ScanItem | null = null;
  for (const item of scan.items) {
    const before = previous;
    previous = item;
    if (item.t === 'place' || item.t === 'district') {
      const refs = item.refs;
      const joinable = current !== null && gap.every((s) => JOINING.has(s));
      if (current && joinable && fits(current, refs)) {
        extend(current, refs, item, scan.text);
      } else if (current && joinable && (item.t === 'district' || isWardAfter(gap, item, scan.text))) {
        // a ward the gazetteer places elsewhere ("北区" is in several cities, "福岡市中央区"): this place's ward
        extend(current, [], item, scan.text);
      } else if (current && joinable && isCodeInBrackets(gap, item, scan.text)) {
        // "Bologna (BO)", "Milano (MI)": the province's plate code after its city, not a second place
        extend(current, [], item, scan.text);
      } else if (current && joinable && qualifiesUnknownTown(current, item, gap, nextPlace(scan, item))) {
        // "Kingston, Ontario", "Paris, TX": a town the gazetteer lacks, named after a larger one elsewhere
        current.unknownCity = scan.text.slice(current.nameStart ?? current.start, current.end);
        current.names = [qualifierRefs(current, item)];
        current.end = item.end;
      } else if (placed && qualifiersAfterSlash(placed, gap, item, scan.text).length > 0) {
        // "Curitiba/PR", "Austin/TX", "Berlin/DE": the city's state or country code after a slash
        extend(placed, qualifiersAfterSlash(placed, gap, item, scan.text), item, scan.text);
        current = placed;
      } else {
        current = newGroup(refs, item, false, false);
        if (words && wordsThenComma && item.t === 'place')
          current.unknownCity = scan.text.slice(words.start, words.end);
        current.afterWord =
          ((before?.t === 'word' && before.capital) || before?.t === 'place') &&
          /^\s+$/.test(scan.text.slice(before.end, item.start));
        // "Thuận An": capitalised unknown words just before the name may open the town's name
        if (current.afterWord && before?.t === 'word' && words && !wordsThenComma) current.nameStart = words.start;
        units.push({ k: 'group', group: current });
        placed = current;
      }
      gap = [];
      words = null;
      continue;
    }
    ({ words, wordsThenComma } = trackUnknownWords(item, words, wordsThenComma, scan.text));
    if (item.t === 'area') {
      close();
      const area = newGroup([], item, true, item.anywhere);
      area.zone = item.zone;
      units.push({ k: 'group', group: area });
    } else if (item.t === 'sep') {
      gap.push(item.sep);
      if (!JOINING.has(item.sep)) close();
      units.push({ k: 'sep', sep: item.sep });
    } else if (item.t === 'cue') {
      close();
      units.push({ k: 'cue', mark: { cue: item.cue, days: item.days }, start: item.start, end: item.end });
    } else if (item.t === 'conn') {
      close();
      units.push({ k: 'conn' });
    } else {
      close();
      units.push({ k: 'word', capital: item.capital });
    }
  }
  return units;
}

function newGroup(refs: PlaceRef[], item: ScanItem, area: boolean, anywhere: boolean): PlaceGroup {
  const placeSpan = item.t === 'place' || area;
  return {
    names: refs.length > 0 ? [refs] : [],
    area,
    anywhere,
    zone: false,
    afterWord: false,
    unknownCity: null,
    start: placeSpan ? item.start : -1,
    end: placeSpan ? item.end : -1,
    cues: [],
  };
}

function extend(group: PlaceGroup, refs: PlaceRef[], item: ScanItem, _text: string): void {
  if (refs.length > 0) group.names.push(refs);
  if (item.t !== 'place') return;
  if (group.start < 0) group.start = item.start;
  group.end = Math.max(group.end, item.end);
}

/** A ward name (…区, …區, …구) written straight after a place, in one spaceless run: "福岡市中央区". */
function isWardAfter(gap: SepKind[], item: ScanItem, text: string): boolean {
  return gap.length === 0 && /[区區구]$/u.test(text.slice(item.start, item.end));
}

/**
 * A bare capital code alone in brackets straight after a place ("Bologna (BO)", "Sesto San Giovanni (MI)"):
 * Italian, Spanish and Brazilian postings name the province or state so, and the code that reads as another
 * country (BO Bolivia, TO Tonga) is that abbreviation.
 */
function isCodeInBrackets(gap: SepKind[], item: ScanItem, text: string): boolean {
  if (item.t !== 'place' || gap.length !== 1 || gap[0] !== 'open') return false;
  return /^[A-Z]{2,3}$/.test(text.slice(item.start, item.end)) && /^\s*\)/.test(text.slice(item.end));
}

/**
 * The readings of a bare capital code written straight after a place with only a slash between ("Curitiba/PR",
 * "São Paulo / SP") that are a region or country the place can be in: Brazilian postings write "city/state"
 * so. A code that fits no reading of the place ("Berlin/NL") stays a second place.
 */
function qualifiersAfterSlash(group: PlaceGroup, gap: SepKind[], item: ScanItem, text: string): PlaceRef[] {
  if (item.t !== 'place' || gap.length !== 1 || gap[0] !== 'list' || group.end < 0) return [];
  if (!/^\s*\/\s*$/.test(text.slice(group.end, item.start)) || !/^[A-Z]{2,3}$/.test(text.slice(item.start, item.end)))
    return [];
  return item.refs.filter((r) => (r.kind === 'region' || r.kind === 'country') && fits(group, [r]));
}

/**
 * The region and country readings of `item` in countries where the group's one name has no reading: what a
 * "City, Region" text means when the gazetteer knows the city only elsewhere ("Kingston, Ontario" beside
 * Kingston, Jamaica; "Paris, Texas"; "Richmond, VIC").
 */
function qualifierRefs(group: PlaceGroup, item: ScanItem): PlaceRef[] {
  if (item.t !== 'place') return [];
  const named = group.names[0] ?? [];
  const elsewhere = (ref: PlaceRef): boolean => !named.some((n) => countryOf(n) === countryOf(ref));
  const refs = item.refs.filter((r) => (r.kind === 'region' || r.kind === 'country') && elsewhere(r));
  // "Vienna, VA": after a town, a code is the state ("City, ST") before a country (VA, the Vatican)
  return refs.some((r) => r.kind === 'region') ? refs.filter((r) => !(r.kind === 'country' && r.viaCode)) : refs;
}

/**
 * True when a region or country written after a lone city name cannot hold any reading of it, and names no
 * city of its own that would make the text a list ("Munich, Vienna", "Madrid, Valencia" stay two places): the
 * city is a town of that region the gazetteer lacks, not the namesake it knows elsewhere.
 */
function qualifiesUnknownTown(group: PlaceGroup, item: ScanItem, gap: SepKind[], next: ScanItem | null): boolean {
  if (group.area || group.names.length !== 1 || group.unknownCity !== null || group.start < 0) return false;
  const named = group.names[0]!;
  if (!named.some((r) => r.kind === 'city') || named.some((r) => r.kind === 'country')) return false;
  if (item.t !== 'place' || (item.refs.some(isNamesakeCity) && !isStateAfterTown(named, item, gap))) return false;
  const refs = qualifierRefs(group, item);
  // "Leeds, Manchester": a second name that is also a city of a country the first name is known in makes the
  // text a list of two offices, unless a country after it names the qualifier's ("Richmond, Victoria, Australia")
  const countryAfter = next?.t === 'place' && refs.some((r) => next.refs.some((c) => isCountryOf(c, r)));
  if (!countryAfter && item.refs.some((r) => r.kind === 'city' && named.some((n) => countryOf(n) === countryOf(r))))
    return false;
  // without a comma only a code qualifies ("Kingston ON"); a word may be the city's own district ("Madrid Centro")
  if (!gap.includes('comma') && !refs.every((r) => (r.kind === 'region' || r.kind === 'country') && r.viaCode === true))
    return false;
  return refs.length > 0;
}

const isCountryOf = (country: PlaceRef, ref: PlaceRef): boolean =>
  country.kind === 'country' && countryOf(country) === countryOf(ref);

/** The item after `item` when it is a place (the scan's items are few: a location text's words). */
function nextPlace(scan: Scan, item: ScanItem): ScanItem | null {
  const i = scan.items.indexOf(item);
  for (let j = i + 1; j < scan.items.length; j++) {
    const candidate = scan.items[j]!;
    if (candidate.t === 'place') return candidate;
    if (candidate.t !== 'sep') return null;
  }
  return null;
}

/** Where postings write "Town, State" with the state in full: there a state named like its city qualifies a town. */
const STATE_MARKETS = new Set(['US', 'CA', 'AU']);
/** A first name with a reading this large is a city of its own, listed beside the next ("London, New York"). */
const MAJOR_CITY = 1_000_000;

/**
 * "Kingston, New York", "Albany, New York", "Kingston, Quebec": a state written in full after a comma qualifies a
 * town, though a city shares the state's name, unless the town's name is a major city ("London, New York" and
 * "Toronto, Quebec" stay two places). Other markets' namesake cities keep the text a list ("Tokyo, Osaka").
 */
function isStateAfterTown(named: readonly PlaceRef[], item: ScanItem, gap: SepKind[]): boolean {
  if (!gap.includes('comma') || item.t !== 'place') return false;
  const state = item.refs.some((r) => r.kind === 'region' && !r.viaCode && STATE_MARKETS.has(r.region.country));
  return state && named.every((r) => r.kind !== 'city' || r.city.population < MAJOR_CITY);
}

/** A city named like the region it is in ("Vienna", "Valencia", "Osaka"): a place of its own in a list. */
const isNamesakeCity = (ref: PlaceRef): boolean =>
  ref.kind === 'city' && ref.city.region !== null && fold(ref.city.region.name) === fold(ref.city.name);

/** A name joins a group when it can describe the same place as every name already there. */
function fits(group: PlaceGroup, refs: PlaceRef[]): boolean {
  if (group.area) return false;
  return group.names.every((names) => canDescribeSamePlace(names, refs));
}

/** A run of capitalised unknown words; `particles` counts name particles read after its last word. */
interface UnknownWords {
  start: number;
  end: number;
  particles?: number;
}

/**
 * Lower-case particles inside a town's name ("Zell am See", "Rothenburg ob der Tauber", "Villafranca del Bierzo",
 * "Bois-le-Roi" written with spaces): a run of them between capitalised words belongs to the name. Prepositions of
 * place ("in", "en", "bei", "at") are not among them: "Office in Smalltown, Germany" names Smalltown.
 */
const NAME_PARTICLES = new Set([
  'am',
  'an',
  'im',
  'ob',
  'der',
  'den',
  'dem',
  'von',
  'zu',
  'zum',
  'upon',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'la',
  'le',
  'les',
  'lo',
  'sur',
  'sous',
  'aan',
  'op',
  'het',
  'van',
  'y',
  'e',
]);
const MAX_PARTICLES = 2;

/** Remembers a run of capitalised unknown words followed by a comma, for "Smalltown, Germany", "Zell am See, AT". */
function trackUnknownWords(
  item: ScanItem,
  words: UnknownWords | null,
  wordsThenComma: boolean,
  text: string,
): { words: UnknownWords | null; wordsThenComma: boolean } {
  if (item.t === 'word' && item.capital && !wordsThenComma) {
    return {
      words: words ? { start: words.start, end: item.end } : { start: item.start, end: item.end },
      wordsThenComma: false,
    };
  }
  const particles = words?.particles ?? 0;
  if (item.t === 'word' && words && !wordsThenComma && particles < MAX_PARTICLES) {
    if (NAME_PARTICLES.has(text.slice(item.start, item.end)))
      return { words: { ...words, particles: particles + 1 }, wordsThenComma };
  }
  // a particle must lead to a further word of the name: "Zell am, AT" names no town
  if (item.t === 'sep' && item.sep === 'comma' && words && particles === 0) return { words, wordsThenComma: true };
  return { words: null, wordsThenComma: false };
}

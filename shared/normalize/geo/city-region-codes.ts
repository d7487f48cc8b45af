import { gazetteer, type PlaceRef, type RegionEntry } from './gazetteer';
import type { Scan, ScanItem } from './location-scanner';
import { regionOfProvince } from './province-regions';

/**
 * "Nürnberg, BY", "Milano, MI", "Salzburg, 5", "Genova (GE)", "Valencia, V": a short code after a city, with no
 * country after it, is the city's own region or province, written as its country's ISO 3166-2 code. The
 * gazetteer indexes only the codes postings use for states (US, CA, AU, IN, BR...), so BY reads as Belarus, MI
 * as Michigan, GE as Geneva. A code that is a region of a country one of the city's readings lies in, and that
 * region the city's own, is added to the code's readings; the resolver then reads the two as one place. A code
 * naming another region of that country adds nothing: "Wien 3" is Vienna's third district, not Lower Austria.
 *
 * A capitalised town the gazetteer does not know, before a letter code ("Kleinmachnow, BB", "Zell am See, SBG"),
 * gives the code every country's region of that code as further readings, after its own: the posting's country
 * (hint or other offices) then picks Brandenburg over Barbados; with no context the code's usual reading stays.
 */

/** A code written with dots ("D.C.", "N.L.") is the code: "Bogotá, D.C." is Bogotá's capital district, CO-DC. */
const undotted = (written: string): string =>
  /^(?:[A-Z]\.){1,3}$/.test(written) ? written.replace(/\./g, '') : written;
/** A region or province code as written: "BY", "MI", "B", "NSW", "5", "27". */
const CODE = /^(?:[A-Z]{1,3}|\d{1,2})$/;
const LETTERS = /^[A-Z]+$/;
/** Separators between a city and its code: "Nürnberg, BY", "Genova (GE)", "São Paulo - SP", "Sydney NSW". */
const BETWEEN = /^[\s,(–—-]*$/;

/** The scan with the readings of each city's region code added; the scan itself when there is none. */
export function withCityRegionCodes(scan: Scan): Scan {
  let items: ScanItem[] | null = null;
  const list = scan.items;
  for (let j = 1; j < list.length; j++) {
    const code = list[j]!;
    if (code.t !== 'place' && code.t !== 'word' && code.t !== 'conn') continue;
    const written = undotted(scan.text.slice(code.start, code.end));
    if (!CODE.test(written) || (code.t === 'conn' && !endsPart(list[j + 1]))) continue;
    const before = placeBefore(list, j, scan.text);
    if (!before) continue;
    const added =
      before.t === 'place' ? cityRegions(before.refs, written) : unknownTownRegions(list, j, written, scan.text);
    const known = code.t === 'place' ? code.refs : [];
    const fresh = added.filter((r) => !known.some((k) => sameRegion(k, r)));
    if (fresh.length === 0) continue;
    items ??= [...list];
    items[j] = { t: 'place', refs: [...known, ...fresh], start: code.start, end: code.end };
  }
  return items ? { text: scan.text, items } : scan;
}

/**
 * The item the code qualifies: the place (or the last capitalised unknown word) just before it, with only a
 * comma, an opening bracket, a dash or a space between; null otherwise.
 */
function placeBefore(items: readonly ScanItem[], j: number, text: string): ScanItem | null {
  let i = j - 1;
  while (i >= 0 && items[i]!.t === 'sep') i--;
  const item = items[i];
  if (!item || !BETWEEN.test(text.slice(item.end, items[j]!.start))) return null;
  if (item.t === 'place' && item.refs.some((r) => r.kind === 'city')) return item;
  return item.t === 'word' && item.capital ? item : null;
}

/** A capital letter read as a connector ("V", as Czech "v" is "in") is a code where nothing follows it: "Valencia, V". */
const endsPart = (next: ScanItem | undefined): boolean => !next || next.t === 'sep';

/** The regions the code names that hold one of the city's readings (the city's region unknown: any, by letters). */
function cityRegions(refs: readonly PlaceRef[], written: string): PlaceRef[] {
  const out: PlaceRef[] = [];
  for (const ref of refs) {
    if (ref.kind !== 'city') continue;
    const region = regionByCode(ref.city.country, written);
    if (!region) continue;
    const own = ref.city.region;
    const holds = own ? own.country === region.country && own.code === region.code : LETTERS.test(written);
    if (holds && !out.some((o) => sameRegion(o, asRef(region)))) out.push(asRef(region));
  }
  return out;
}

/** Every country's region of a letter code after an unknown capitalised town followed by a comma or bracket. */
function unknownTownRegions(items: readonly ScanItem[], j: number, written: string, text: string): PlaceRef[] {
  if (!LETTERS.test(written) || written.length < 2) return [];
  const sep = items[j - 1];
  if (sep?.t !== 'sep' || (sep.sep !== 'comma' && sep.sep !== 'open')) return [];
  // the code ends the text or its part: "Kleinmachnow, BB", "Kleinmachnow, BB, 14532", "Kleinmachnow (BB)"
  const after = items[j + 1];
  if (after && after.t !== 'sep' && !/^\d/.test(text.slice(after.start, after.end))) return [];
  return (gazetteer().regionsByCode.get(written) ?? []).map(asRef);
}

/** A country's first-level region by its code, or by a province code inside it ("IT", "MI" → Lombardy). */
function regionByCode(country: string, code: string): RegionEntry | undefined {
  const regions = gazetteer().regions;
  const province = regionOfProvince(country, code);
  return regions.get(`${country}-${code}`) ?? (province ? regions.get(`${country}-${province}`) : undefined);
}

const asRef = (region: RegionEntry): PlaceRef => ({ kind: 'region', region, viaCode: true });

const sameRegion = (a: PlaceRef, b: PlaceRef): boolean =>
  a.kind === 'region' &&
  b.kind === 'region' &&
  a.region.country === b.region.country &&
  a.region.code === b.region.code;

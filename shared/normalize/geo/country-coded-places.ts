import { gazetteer, type PlaceRef } from './gazetteer';
import type { Scan, ScanItem, SepKind } from './location-scanner';
import { regionOfProvince } from './province-regions';

/**
 * Career sites (SuccessFactors, Workday, iCIMS) write a place as "City, REGIONCODE, COUNTRYCODE[, postcode]":
 * "Nürnberg, BY, DE, 90431", "Milano, MI, IT", "Lyon, ARA, FR", "Barcelona, B, ES". The country written last
 * decides: the short code between the city and it is a region of THAT country (ISO 3166-2 without its prefix,
 * https://www.iso.org/iso-3166-country-codes.html), or a province read as its region (province-regions.ts), or
 * else no place at all, never another country's region or a country of its own (BY Belarus, MI Michigan,
 * TO Tonga). A postcode after the country is no place either. Texts without a country last ("Paris, TX",
 * "Kingston, ON") are left as scanned.
 */

/** A region code as these sites write it: "BY", "ARA", "B", "9", "27". */
const CODE = /^[A-Z0-9]{1,3}$/;
/** A postcode: "90431", "80000-000", "SW1A 1AA", "1010". */
const POSTCODE = /^(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{1,9}$/;

/** The scan with each "City, CODE, COUNTRY[, postcode]" run read by its country; the scan itself when none is. */
export function withCountryRegionCodes(scan: Scan): Scan {
  // most texts hold at most one comma: nothing here to read
  if (scan.items.filter(isComma).length < 2) return scan;
  const runs = commaRuns(scan.items);
  let items: ScanItem[] | null = null;
  for (let r = runs.length - 1; r >= 0; r--) {
    const read = readRun(runs[r]!, scan.text);
    if (!read) continue;
    items ??= [...scan.items];
    const { from, to } = runs[r]!;
    items.splice(from, to - from, ...read);
  }
  return items ? { text: scan.text, items } : scan;
}

interface Run {
  from: number;
  to: number;
  items: ScanItem[];
}

const LIST_SEPS: ReadonlySet<SepKind> = new Set(['strong', 'dot', 'list']);

const isComma = (item: ScanItem): boolean => item.t === 'sep' && item.sep === 'comma';

/** Runs of items between list separators (";", a line, "|", "/", "or"): each may be one coded place. */
function commaRuns(items: readonly ScanItem[]): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (let i = 0; i <= items.length; i++) {
    const item = items[i];
    if (item && !(item.t === 'conn' || (item.t === 'sep' && LIST_SEPS.has(item.sep)))) continue;
    if (i > from) runs.push({ from, to: i, items: items.slice(from, i) });
    from = i + 1;
  }
  return runs;
}

/** The run's items read by its last country, or null when the run is no "City, CODE, COUNTRY[, postcode]". */
function readRun(run: Run, text: string): ScanItem[] | null {
  const parts = splitAtCommas(run.items);
  if (parts.length < 3) return null;
  const postcode = parts.length === 4 && isPostcode(parts[3]!, text);
  if (parts.length > (postcode ? 4 : 3)) return null;
  const [city, code, last] = [parts[0]!, parts[1]!, parts[2]!];
  const country = countryOfPart(last);
  if (!country || !isCityPart(city) || code.length !== 1) return null;
  const written = text.slice(code[0]!.start, code[0]!.end);
  if (!CODE.test(written)) return null;
  const regions = gazetteer().regions;
  const province = regionOfProvince(country, written);
  const region = regions.get(`${country}-${written}`) ?? (province ? regions.get(`${country}-${province}`) : undefined);
  // "Bolzano, BZ, IT" drops BZ (Belize) as the province it is; "Lisbon, PT, ES", of a known town only outside the
  // last country, keeps it a country of its own
  if (!region && namesCountry(code[0]!) && hasCityIn(city, null) && !hasCityIn(city, country)) return null;
  const codeItems: ScanItem[] = region
    ? [{ t: 'place', refs: [{ kind: 'region', region, viaCode: true }], start: code[0]!.start, end: code[0]!.end }]
    : [];
  // "Toronto, ON, CA": the last code is the country, not California
  const named = last[0]!;
  const countryItem: ScanItem = named.t === 'place' ? { ...named, refs: named.refs.filter(isCountry) } : named;
  return [...city, comma(city), ...codeItems, ...(region ? [comma(code)] : []), countryItem];
}

/** The run's items split at its commas (the commas left out). */
function splitAtCommas(items: readonly ScanItem[]): ScanItem[][] {
  const parts: ScanItem[][] = [[]];
  for (const item of items) {
    if (isComma(item)) parts.push([]);
    else parts[parts.length - 1]!.push(item);
  }
  return parts;
}

/** A comma right after a part's last item, as the scan had it. */
function comma(part: readonly ScanItem[]): ScanItem {
  const end = part[part.length - 1]?.end ?? 0;
  return { t: 'sep', sep: 'comma', start: end, end: end + 1 };
}

/** The country a part names alone ("DE", "Italy"), or null. */
function countryOfPart(part: readonly ScanItem[]): string | null {
  const only = part.length === 1 ? part[0] : undefined;
  if (only?.t !== 'place') return null;
  return only.refs.find(isCountry)?.country.code ?? null;
}

const isCountry = (ref: PlaceRef): ref is Extract<PlaceRef, { kind: 'country' }> => ref.kind === 'country';

/** A town's name: places and words only, with a city reading or an unknown capitalised word, and no workplace word. */
function isCityPart(part: readonly ScanItem[]): boolean {
  if (part.length === 0 || !part.every((i) => i.t === 'place' || i.t === 'word' || i.t === 'district')) return false;
  return part.some((i) => (i.t === 'word' && i.capital) || (i.t === 'place' && i.refs.some((r) => r.kind === 'city')));
}

const namesCountry = (item: ScanItem): boolean => item.t === 'place' && item.refs.some(isCountry);

/** Whether the part has a city reading in `country` (in any country when null). */
const hasCityIn = (part: readonly ScanItem[], country: string | null): boolean =>
  part.some(
    (i) => i.t === 'place' && i.refs.some((r) => r.kind === 'city' && (country === null || r.city.country === country)),
  );

function isPostcode(part: readonly ScanItem[], text: string): boolean {
  const first = part[0];
  const last = part[part.length - 1];
  if (!first || !last || !part.every((i) => i.t === 'word' || (i.t === 'sep' && i.sep === 'dash'))) return false;
  return POSTCODE.test(text.slice(first.start, last.end).toUpperCase());
}

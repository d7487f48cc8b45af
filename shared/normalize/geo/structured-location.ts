import type { Location } from '../../schema/posting';
import type { RawLocation } from '../../schema/raw-posting';
import { exactKey, gazetteer, placesNamed, type PlaceRef, type RegionEntry } from './gazetteer';
import { countryOf, resolvePlace, type ResolveContext } from './place-resolver';
import { locationsOf, readForWorkplace, readLocationText, workplaceOfRead, type ReadText } from './location-text';

/**
 * Structured locations from a source (ATS address fields, JSON-LD PostalAddress): each part is
 * resolved in the gazetteer within the parts it comes with, and kept as written when the gazetteer does
 * not know it (a town too small for it, a county).
 */

/** ISO 3166-1 alpha-2 for a country name, local name, alpha-2 or alpha-3 code; null when unknown. */
export function countryCode(name: string | null | undefined): string | null {
  const text = (name ?? '').trim();
  if (!text) return null;
  const g = gazetteer();
  const upper = text.toUpperCase();
  if (upper === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(upper) && g.countries.has(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper) && g.countriesByAlpha3.has(upper)) return g.countriesByAlpha3.get(upper)!.code;
  const countries = placesNamed(text).filter((r) => r.kind === 'country');
  if (countries.length > 0) return countryOf(countries[0]!);
  const byExact = g.byExact.get(exactKey(upper))?.find((r) => r.kind === 'country');
  return byExact ? countryOf(byExact) : null;
}

/** The region a code or name denotes in a country ("NY", "Ontario", "Bayern", "東京都"). */
export function regionIn(country: string | null, name: string | null | undefined): RegionEntry | null {
  const text = (name ?? '').trim();
  if (!text) return null;
  const g = gazetteer();
  const code = text.toUpperCase().replace(/^[A-Z]{2}-/, '');
  if (country) {
    const byCode = g.regions.get(`${country}-${code}`);
    if (byCode) return byCode;
  }
  const regions = placesNamed(text).flatMap((r) =>
    r.kind === 'region' && (!country || r.region.country === country) ? [r.region] : [],
  );
  if (regions.length > 0) return regions[0]!;
  if (!country) {
    const byCode = g.regionsByCode.get(code);
    if (byCode?.length === 1) return byCode[0]!;
  }
  const bare = withoutRegionWord(text);
  return bare && bare !== text ? regionIn(country, bare) : null;
}

/**
 * Words that say a name is a region, before or after it: "Provincia di Milano", "Région Auvergne-Rhône-Alpes",
 * "Comunidad de Andalucía", "Estado de São Paulo", "استان اصفهان" (fa), "منطقة الرياض" (ar), "Tehran Province".
 */
const REGION_WORD_BEFORE =
  /^(?:provincia|province|provincie|prov\.|r[eé]gion|regione|regi[oó]n|comunidad(?: aut[oó]noma)?|comunitat|estado|[eé]tat|state|land|bundesland|kanton|canton|departamento|d[eé]partement|prefecture|county|oblast|wojew[oó]dztwo|woj\.|استان|منطقة|محافظة|ولاية|إمارة|область)(?:\s+(?:de|di|del|della|do|da|des|du|of|d'|de la))?\s+/iu;
const REGION_WORD_AFTER =
  /\s+(?:province|provincie|region|state|county|prefecture|oblast|governorate|voivodeship|ili|область|обл\.|край|استان|province of)$/iu;

/** A region's name without the word saying it is one, or null when it has none. */
function withoutRegionWord(text: string): string | null {
  const bare = text.replace(REGION_WORD_BEFORE, '').replace(REGION_WORD_AFTER, '').trim();
  return bare && bare !== text ? bare : null;
}

/** Latin letters: a region name written so may be a finer English one the gazetteer lacks ("West Yorkshire"). */
const LATIN_LETTER = /\p{Script=Latin}/u;

/** One structured location, resolved; a location with only a text is read as text. */
export function resolveStructured(raw: RawLocation, ctx: ResolveContext): Location[] {
  return resolvePrepared(prepareStructured(raw), ctx);
}

/**
 * What a structured location says before its places are resolved: its text read, its country, region and
 * city names looked up. The same in every context, so a posting reads it once and resolves it in each.
 */
export type PreparedLocation =
  | { kind: 'text'; raw: RawLocation; read: ReadText | null }
  | {
      kind: 'text-with-parts';
      raw: RawLocation;
      read: ReadText | null;
      country: string | null;
      region: RegionEntry | null;
    }
  | {
      kind: 'parts';
      raw: RawLocation;
      country: string | null;
      region: RegionEntry | null;
      names: PlaceRef[][];
      workplaceText: ReadText | null;
    };

/** Reads a structured location for `resolvePrepared` (its text's workplace only when the source gives none). */
export function prepareStructured(raw: RawLocation): PreparedLocation {
  const hasParts = Boolean(raw.city?.trim() || raw.region?.trim() || raw.country?.trim());
  if (!hasParts) return { kind: 'text', raw, read: readLocationText(raw.text) };
  const country = countryCode(raw.country);
  const region = regionIn(country, raw.region);
  if (!clean(raw.city) && clean(raw.text))
    return { kind: 'text-with-parts', raw, read: readLocationText(raw.text), country, region };
  const names: PlaceRef[][] = [citiesNamed(raw.city, country, region)];
  if (region) names.push([{ kind: 'region', region }]);
  else if (country) names.push([{ kind: 'country', country: gazetteer().countries.get(country)! }]);
  return {
    kind: 'parts',
    raw,
    country,
    region,
    names,
    workplaceText: raw.text && !raw.workplace ? readForWorkplace(raw.text) : null,
  };
}

/** A prepared structured location, its places resolved in `ctx`. */
export function resolvePrepared(prepared: PreparedLocation, ctx: ResolveContext): Location[] {
  const { raw } = prepared;
  if (prepared.kind === 'text') {
    return (prepared.read ? locationsOf(prepared.read, ctx) : []).map((l) => ({
      city: l.city,
      region: l.region,
      country: l.country,
      workplace: raw.workplace ?? l.workplace,
      text: l.text,
    }));
  }
  if (prepared.kind === 'text-with-parts') return textWithParts(prepared, ctx);
  const { country, region } = prepared;
  const place = resolvePlace(prepared.names, ctx);
  return [
    {
      city: place?.city?.name ?? (clean(raw.city) || null),
      // a region the source writes beats the gazetteer's coarser one ("West Yorkshire" over "England")
      // … but one in another script the gazetteer cannot read ("استان فارس") gives way to the city's region in English
      region: region?.name ?? unreadRegion(clean(raw.region), place?.region?.name ?? null),
      country: country ?? place?.country ?? null,
      workplace: raw.workplace ?? workplaceOfRead(prepared.workplaceText, ctx),
      text: clean(raw.text) || [raw.city, raw.region, raw.country].filter(Boolean).join(', '),
    },
  ];
}

/** A region as the source writes it, unless not in Latin script and the gazetteer knows the place's region. */
function unreadRegion(written: string, known: string | null): string | null {
  if (!written) return known;
  return known && !LATIN_LETTER.test(written) ? known : written;
}

/** A text with only a country or region beside it (Lever's "Nairobi, Kenya" + country "KE"): the text, read within them. */
function textWithParts(
  { raw, read, country, region }: Extract<PreparedLocation, { kind: 'text-with-parts' }>,
  ctx: ResolveContext,
): Location[] {
  const local: ResolveContext = { countryHint: country ?? ctx.countryHint, contextCountries: ctx.contextCountries };
  return (read ? locationsOf(read, local) : []).map((l) => ({
    city: l.city,
    region: l.region ?? region?.name ?? (clean(raw.region) || null),
    country: l.country ?? country,
    workplace: raw.workplace ?? l.workplace,
    text: l.text,
  }));
}

/** Cities (or districts, read as their city) a name may be, kept to the given country and region. */
function citiesNamed(name: string | null, country: string | null, region: RegionEntry | null): PlaceRef[] {
  const text = clean(name);
  if (!text) return [];
  const refs = placesNamed(text).filter((r) => r.kind === 'city' || r.kind === 'district');
  const inCountry = refs.filter((r) => !country || countryOf(r) === country);
  const inRegion = inCountry.filter((r) => !region || !('city' in r) || !r.city.region || r.city.region === region);
  if (inRegion.length > 0) return inRegion;
  // "Frankfurt am Main" is in the data as "Frankfurt": try the part before a qualifier
  const head = text.split(/[,(/]/)[0]?.trim() ?? '';
  if (head && head !== text) return citiesNamed(head, country, region);
  return [];
}

/** A field's text with its whitespace runs collapsed to one space and trimmed (exported for its test). */
export function clean(value: string | null | undefined): string {
  if (!value) return '';
  // whitespace that is only single spaces collapses to itself: only the ends are left to trim
  return UNCOLLAPSED.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim();
}

/** Whitespace `clean` collapses: any other than a space, or two in a row. */
const UNCOLLAPSED = /[^\S ]|\s\s/;

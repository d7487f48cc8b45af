import type { Location, Workplace } from '../schema/posting';
import type { RawLocation } from '../schema/raw-posting';
import { fold } from './geo/fold';
import { CJK_LEXICON, cueFor } from './geo/location-lexicon';
import { parseLocationText, type LocationReadings } from './geo/location-text';
import { countryCode, prepareStructured, resolvePrepared, type PreparedLocation } from './geo/structured-location';
import type { ResolveContext } from './geo/place-resolver';
import { bodyRemoteCountry, bodyRemoteOption, bodyWorkplace } from './geo/body-hints';

/** What the orchestrator knows about a posting's locations. */
export interface LocationInput {
  /** structured locations from the source (ATS fields, JSON-LD jobLocation) */
  raw: RawLocation[];
  /** location texts as written ("Ho Chi Minh City (District 1) – Hybrid, 3 days in office", "Remote (US or Canada)") */
  texts: string[];
  /** the posting-level workplace hint from the source */
  workplace: Workplace | null;
  /** the readable body, for hints like "remote within the US" or "3 days in office" */
  bodyText: string;
  /** ISO alpha-2 country hint (source field, page language region, domain), or null */
  countryHint: string | null;
  /** the texts this posting has read already (see LocationReadings), to read each once */
  readings?: LocationReadings;
}

/**
 * Owner: locations. Resolves city / region / country with canonical English names (see geo/gazetteer.ts)
 * and the workplace of each location. Structured locations come first, then texts; a text describing a
 * place already listed merges into it. A location's own workplace words win over the source's
 * posting-level hint, which wins over hints in the body (used only to refine, never to add places).
 */
export function normalizeLocations(input: LocationInput): Location[] {
  const countryHint = countryCode(input.countryHint);
  const base: ResolveContext = { countryHint, contextCountries: new Set() };
  const structured = resolveStructuredTogether(input.raw, base);
  // loops, not flatMap: Node 20's flatMap costs about a microsecond a call, more than the rest of a short posting's merge
  const contextCountries = new Set<string>();
  for (const l of structured) if (l.country) contextCountries.add(l.country);
  const ctx: ResolveContext = { countryHint, contextCountries };
  const fromTexts: Location[] = [];
  for (const text of input.texts) fromTexts.push(...parseLocationText(text, ctx, input.readings));
  const merged = dropSubsumed(mergeSamePlaces(absorbPlacelessCues(absorbRemoteOptions([...structured, ...fromTexts]))));
  return applyHints(merged, input);
}

/**
 * Offices listed together inform each other: "Valencia" beside "Paterna" is the Spanish city, "Cambridge"
 * beside "Boston" the one in Massachusetts. Each is resolved again with the countries the others resolved to.
 * Each office is read once (its text scanned, its names looked up), and the same office listed twice once:
 * only the resolution depends on the others.
 */
export function resolveStructuredTogether(raws: RawLocation[], base: ResolveContext): Location[] {
  // one office (most postings) has no other to inform it and no twin: read and resolved once, as it is
  if (raws.length < 2) return raws.length === 0 ? [] : resolvePrepared(prepareStructured(raws[0]!), base);
  const prepared = preparedOnce(raws);
  const firstOf = new Map<PreparedLocation, Location[]>();
  const first = prepared.map((p) => firstOf.get(p) ?? setAndGet(firstOf, p, resolvePrepared(p, base)));
  const countriesOf = (ls: Location[]): string[] => ls.flatMap((l) => (l.country ? [l.country] : []));
  // twins are resolved once: what the others resolve to is the same for each of them
  const again = new Map<PreparedLocation, Location[]>();
  return prepared.flatMap((p, i) => {
    const others = new Set(first.flatMap((ls, j) => (j === i ? [] : countriesOf(ls))));
    if (others.size === 0) return copies(first[i] ?? []);
    return copies(again.get(p) ?? setAndGet(again, p, resolvePrepared(p, { ...base, contextCountries: others })));
  });
}

/** Each office read once: offices listed with the same fields share one reading. */
function preparedOnce(raws: RawLocation[]): PreparedLocation[] {
  const byFields = new Map<string, PreparedLocation>();
  return raws.map((raw) => {
    const key = JSON.stringify([raw.text, raw.city, raw.region, raw.country, raw.workplace]);
    return byFields.get(key) ?? setAndGet(byFields, key, prepareStructured(raw));
  });
}

function setAndGet<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

/** Fresh location objects, so that offices resolved alike are still distinct locations downstream. */
const copies = (locations: Location[]): Location[] =>
  locations.map((l) => locationWith(l, l.region, l.country, l.workplace));

/** ISO 3166-1 alpha-2 code for a country name, local name or code ("Deutschland", "UK", "us"), or null. */
export function lookupCountry(name: string): string | null {
  return countryCode(name);
}

function placeKey(l: Location): string {
  if (l.city) return `c|${fold(l.city)}|${l.country ?? ''}`;
  if (l.region) return `r|${fold(l.region)}|${l.country ?? ''}`;
  if (l.country) return `n|${l.country}`;
  return `t|${fold(l.text)}`;
}

/**
 * A hybrid or on-site word given on its own ("Milano · Ibrido" split into two items) describes the places
 * the posting names, not a location of its own. A bare "Remote" stays: "Berlin or remote" is an alternative.
 */
function absorbPlacelessCues(locations: Location[]): Location[] {
  const placed = locations.filter((l) => l.city || l.region || l.country);
  const silent = placed.filter((l) => !l.workplace);
  if (silent.length === 0) return locations;
  const cues = locations.filter(
    (l) => !placed.includes(l) && (l.workplace === 'hybrid' || l.workplace === 'onsite') && cueFor(fold(l.text)),
  );
  const workplace = cues[0]?.workplace;
  if (!workplace || cues.some((c) => c.workplace !== workplace)) return locations;
  for (const l of silent) l.workplace = workplace;
  return locations.filter((l) => !cues.includes(l));
}

/** Note marks and bullets before a remark ("※リモート可", "* Remote possible"). */
const NOTE_MARKS = /^[\s※*＊・•\-–]+/u;
/** Where a remark's lead ends: its first bracket or comma ("リモート可（週1回程度の出社あり）"). */
const LEAD_END = /[(（,，、;；]/u;

/** True when a text opens with a remote option ("リモート可", "Remote möglich", "Télétravail possible"). */
function isRemoteOption(text: string): boolean {
  const lead = text.replace(NOTE_MARKS, '').split(LEAD_END)[0]?.trim() ?? '';
  return (CJK_LEXICON.get(lead) ?? cueFor(fold(lead))) === 'remote-optional';
}

/**
 * Remote work offered as an option beside the offices ("勤務地: 東京本社 / 大阪オフィス / ※リモート可", a "Remote
 * möglich" tag) is how those offices may be worked from, hybrid as "Berlin (Remote möglich)" is; it names no
 * remote-anywhere location of its own. A bare "Remote" stays an alternative ("Berlin or remote").
 */
function absorbRemoteOptions(locations: Location[]): Location[] {
  const placed = locations.filter((l) => l.city || l.region || l.country);
  if (placed.length === 0 || placed.length === locations.length) return locations;
  const options = locations.filter((l) => !placed.includes(l) && l.workplace === 'remote' && isRemoteOption(l.text));
  if (options.length === 0) return locations;
  return locations.flatMap((l) => {
    if (options.includes(l)) return [];
    return placed.includes(l) && !l.workplace ? [locationWith(l, l.region, l.country, 'hybrid')] : [l];
  });
}

/** Locations naming the same place become one, keeping the first text and filling gaps from the others. */
function mergeSamePlaces(locations: Location[]): Location[] {
  if (locations.length < 2) return locations.map((l) => locationWith(l, l.region, l.country, l.workplace));
  const out: Location[] = [];
  const byKey = new Map<string, Location[]>();
  for (const l of locations) {
    const key = placeKey(l);
    const same = byKey.get(key) ?? [];
    const target = same.find(
      (o) => !o.workplace || !l.workplace || o.workplace === l.workplace || refinesOnsite(o.workplace, l.workplace),
    );
    if (target) {
      target.region ??= l.region;
      target.country ??= l.country;
      target.workplace = refinesOnsite(target.workplace, l.workplace) ? 'hybrid' : (target.workplace ?? l.workplace);
      continue;
    }
    const copy = locationWith(l, l.region, l.country, l.workplace);
    same.push(copy);
    byKey.set(key, same);
    out.push(copy);
  }
  return out;
}

/**
 * One place given on-site by one source and hybrid by another (JSON-LD's jobLocation, on-site as "not TELECOMMUTE",
 * and the page's "Wrocław, Krzyki" beside "praca hybrydowa"): hybrid says more, as office days in the body do.
 */
function refinesOnsite(a: Workplace | null, b: Workplace | null): boolean {
  return (a === 'onsite' && b === 'hybrid') || (a === 'hybrid' && b === 'onsite');
}

/** Drops coarser repeats: "Germany" beside "Berlin, Germany", a bare "Remote" beside "Remote - US". */
function dropSubsumed(locations: Location[]): Location[] {
  const located = locations.filter((l) => l.city || l.region || l.country);
  return locations.filter((l) => {
    if (!l.city && l.country) {
      return !located.some(
        (o) =>
          o !== l &&
          o.country === l.country &&
          (o.city || (o.region && !l.region)) &&
          (!l.region || l.region === o.region) &&
          (!l.workplace || l.workplace === o.workplace),
      );
    }
    if (l.city || l.region || l.country) return true;
    const pureCue = cueFor(fold(l.text)) !== undefined;
    if (pureCue)
      return !locations.some(
        (o) => o !== l && o.workplace === l.workplace && (o.city || o.region || o.country || !cueFor(fold(o.text))),
      );
    return l.workplace !== null || located.length === 0;
  });
}

/** The source's posting-level workplace, then the body's statements, for locations that say nothing. */
function applyHints(locations: Location[], input: LocationInput): Location[] {
  const placed = locations.filter((l) => l.city || l.region || l.country);
  const fromBody = placed.some(
    (l) => (!l.workplace && input.workplace !== 'hybrid') || (l.workplace ?? input.workplace) === 'onsite',
  )
    ? bodyWorkplace(input.bodyText)
    : null;
  const remoteCountry = locations.some((l) => l.workplace === 'remote' || input.workplace === 'remote')
    ? bodyRemoteCountry(input.bodyText)
    : null;
  // an office the posting states nothing about, or on-site only as JSON-LD's "not TELECOMMUTE", where the body
  // offers remote work as an option ("Homeoffice möglich", "possibilité de télétravail"): hybrid
  const option =
    fromBody === null &&
    placed.some(
      (l) => (l.workplace ?? input.workplace) !== 'remote' && (l.workplace ?? input.workplace) !== 'hybrid',
    ) &&
    bodyRemoteOption(input.bodyText);
  return locations.map((l) => {
    const stated = l.workplace ?? input.workplace;
    const isPlace = Boolean(l.city || l.region || l.country);
    // on-site from a source field, with office or remote days in the body, is hybrid (JSON-LD says only "not
    // TELECOMMUTE"; "2 jours de télétravail par semaine" says more)
    // so is a posting-level "remote" ("Remote: Yes") for an office the body asks to attend some days a week
    const refined = isPlace && fromBody === 'hybrid' && (stated === 'onsite' || (!l.workplace && stated === 'remote'));
    const offered = isPlace && option && !l.workplace && (stated === null || stated === 'onsite');
    const workplace = refined || offered ? 'hybrid' : (stated ?? (isPlace ? fromBody : null));
    const bare = !l.city && !l.region && !l.country && cueFor(fold(l.text)) !== undefined;
    const country = bare && workplace === 'remote' && remoteCountry ? remoteCountry : l.country;
    return locationWith(l, l.region, country, workplace);
  });
}

/**
 * A copy of a location with its region, country and workplace as given, its fields in the contract's order:
 * written out, as object spread costs several times more on these hot paths.
 */
export function locationWith(
  l: Location,
  region: string | null,
  country: string | null,
  workplace: Workplace | null,
): Location {
  return { city: l.city, region, country, workplace, text: l.text };
}

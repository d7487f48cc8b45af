import type { Location, Workplace } from '../schema/posting';
import type { RawLocation } from '../schema/raw-posting';

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
}

/** Owner: locations. Resolves city / region / country with canonical English names and per-location workplace. */
export function normalizeLocations(input: LocationInput): Location[] {
  return input.raw.map((r) => ({ city: r.city, region: r.region, country: null, workplace: r.workplace ?? input.workplace, text: r.text }));
}

/** ISO 3166-1 alpha-2 code for a country name, local name or code ("Deutschland", "UK", "us"), or null. */
export function lookupCountry(_name: string): string | null {
  return null;
}

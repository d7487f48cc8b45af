import type { LocationInput } from '../../shared/normalize/locations';

/** What `normalizeLocations` reads, with nothing but what a test gives: no offices, texts, body or country hint. */
export const locationInput = (over: Partial<LocationInput> = {}): LocationInput => ({
  raw: [],
  texts: [],
  workplace: null,
  bodyText: '',
  countryHint: null,
  ...over,
});

/** `locationInput` of location texts ("Berlin, Germany"), with anything else a test gives. */
export const textsInput = (texts: string[], over: Partial<LocationInput> = {}): LocationInput =>
  locationInput({ texts, ...over });

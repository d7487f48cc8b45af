import type { LanguageRequirement } from '../schema/posting';

export interface LanguageInput {
  /** must-have requirement items */
  must: string[];
  /** nice-to-have requirement items */
  nice: string[];
  /** every other line of the posting (a language mentioned there is required only when it says so) */
  other: string[];
  /** BCP 47 language of the posting, if known */
  postingLanguage: string | null;
}

/** Owner: languages. Spoken-language requirements (ISO 639-1), required vs nice, with a level. */
export function extractLanguages(_input: LanguageInput): LanguageRequirement[] {
  return [];
}

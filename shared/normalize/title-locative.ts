import { writtenNominativesOf } from './geo/locative-forms';
import { isPlaceText } from './title-segments';

/**
 * Places written in the Polish locative, as job titles write them after "w"/"we" ("Programista Java w
 * Warszawie", "Księgowa – praca w Krakowie", "Kierowca we Wrocławiu"): the gazetteer knows the nominative
 * ("Warszawa", "Kraków", "Wrocław"), so each word is turned back into the nominatives its ending may come
 * from (the declension table is geo/locative-forms.ts, shared with the location parser), and the first
 * spelling that names a place is the place, recorded as written.
 */

/** At most this many words make a place name ("Zielonej Górze", "Nowym Sączu"). */
const MAX_WORDS = 3;

/** The nominative of a place written in the Polish locative ("Warszawie" → "Warszawa"), or null. */
export function placeFromLocative(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  for (const candidate of spellings(words)) if (isPlaceText(candidate)) return candidate;
  return null;
}

/** Every nominative spelling of the words, one reading per word (a handful per word). */
function spellings(words: string[]): string[] {
  let out = [''];
  for (const word of words) {
    const nominatives = writtenNominativesOf(word, 'pl');
    const forms = nominatives.length > 0 ? nominatives : [word];
    out = out.flatMap((head) => forms.map((form) => (head ? `${head} ${form}` : form)));
  }
  return out;
}

/**
 * "w Warszawie", "we Wrocławiu", "praca w Krakowie" ("work in Kraków"): the whole text is a Polish
 * locative place phrase; its place in the nominative, or null.
 */
const POLISH_PLACE_PHRASE = /^(?:[Pp]raca\s+)?(?:w|we)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;

export function polishPlacePhrase(text: string): string | null {
  const m = POLISH_PLACE_PHRASE.exec(text.trim());
  return m ? placeFromLocative(m[1]!) : null;
}

/** The same phrase at the end of a title: "Programista Java w Warszawie", "Księgowa praca w Krakowie". */
const POLISH_PLACE_TAIL = /\s+((?:[Pp]raca\s+)?(?:w|we)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;

/** Where a Polish place phrase ends the title, and its place; null when none does. */
export function polishPlaceTail(title: string): { index: number; place: string } | null {
  const m = POLISH_PLACE_TAIL.exec(title);
  if (!m || m.index === 0) return null;
  const place = polishPlacePhrase(m[1]!);
  return place ? { index: m.index, place } : null;
}

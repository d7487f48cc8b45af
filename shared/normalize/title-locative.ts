import { isPlaceText } from './title-segments';

/**
 * Places written in the Polish locative, as job titles write them after "w"/"we" ("Programista Java w
 * Warszawie", "Księgowa – praca w Krakowie", "Kierowca we Wrocławiu"): the gazetteer knows the nominative
 * ("Warszawa", "Kraków", "Wrocław"), so each word's locative ending is turned back into the nominative
 * endings it can come from, and the first spelling that names a place is the place.
 */

/** Locative endings and the nominative endings each can stand for, longest ending first. */
const LOCATIVE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['odzi', ['ódź']], // Łodzi → Łódź
  ['owie', ['ów', 'owa']], // Krakowie → Kraków, Częstochowie → Częstochowa
  ['ach', ['e', 'y', 'i']], // Katowicach → Katowice, Tychach → Tychy
  ['dze', ['ga']], // Pradze → Praga
  ['rze', ['ra', 'r']], // Górze → Góra
  ['cie', ['t', 'ta']], // Sopocie → Sopot
  ['niu', ['ń', 'n']], // Poznaniu → Poznań, Toruniu → Toruń
  ['ni', ['nia', 'ń']], // Gdyni → Gdynia
  ['iu', ['']], // Wrocławiu → Wrocław
  ['ie', ['a', '', 'o']], // Warszawie → Warszawa, Lublinie → Lublin, Gnieźnie
  ['le', ['ła', 'l']], // Pile → Piła
  ['ej', ['a']], // Zielonej (Górze) → Zielona
  ['ym', ['y']], // Nowym (Sączu) → Nowy
  ['im', ['i']],
  ['u', ['', 'e', 'o']], // Gdańsku → Gdańsk, Opolu → Opole
  ['y', ['']], // Bydgoszczy → Bydgoszcz
  ['i', ['ia', '']],
];

/** At most this many words make a place name ("Zielonej Górze", "Nowym Sączu"). */
const MAX_WORDS = 3;

/** The nominative of a place written in the Polish locative ("Warszawie" → "Warszawa"), or null. */
export function placeFromLocative(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  for (const candidate of spellings(words)) if (isPlaceText(candidate)) return candidate;
  return null;
}

/** Every nominative spelling of the words, one ending rule per word (a handful per word). */
function spellings(words: string[]): string[] {
  let out = [''];
  for (const word of words) {
    const forms = nominatives(word);
    out = out.flatMap((head) => forms.map((form) => (head ? `${head} ${form}` : form)));
  }
  return out;
}

function nominatives(word: string): string[] {
  const lower = word.toLowerCase();
  const rule = LOCATIVE_ENDINGS.find(([ending]) => lower.endsWith(ending) && lower.length > ending.length);
  if (!rule) return [word];
  const stem = word.slice(0, word.length - rule[0].length);
  return rule[1].map((ending) => stem + (word === word.toUpperCase() ? ending.toUpperCase() : ending));
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

/**
 * Place names in the locative case, as Polish, Czech, Slovak and Russian write them after "in" ("Praca w
 * Krakowie", "Biuro v Praze", "Zdalnie w całej Polsce", "Офис в Москве"): the gazetteer knows the nominative
 * (Kraków, Praha, Polska, Москва), so a capitalised word the gazetteer does not know, written right after
 * such a preposition, is tried again in the nominatives its ending may come from. Forms are folded (fold.ts):
 * "Gdańsku" is "gdansku", its nominative "gdansk".
 */

/** Words after which a place is in the locative: "w", "we" (pl), "v", "ve" (cs, sk), "na" (pl, cs, sk: "na Słowacji"), "w całej" (all of), "в", "во" (ru). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'w',
  'we',
  'v',
  've',
  'vo',
  'na',
  'calej',
  'в',
  'во',
]);

/**
 * Locative endings and the nominative endings they replace, longest first within each language. Each row is a
 * regular declension pattern, not a list of towns.
 */
const ENDINGS: readonly (readonly [locative: string, nominative: string])[] = [
  // pl: Katowicach → Katowice, Suwałkach → Suwałki
  ['ach', 'e'],
  ['ach', 'i'],
  // pl: Wrocławiu → Wrocław, Poznaniu → Poznań, Toruniu → Toruń
  ['iu', ''],
  // pl: Sopocie → Sopot; Pradze → Praga; Polsce → Polska, Ameryce → Ameryka
  ['cie', 't'],
  ['dze', 'ga'],
  ['ce', 'ka'],
  // pl: Krakowie → Kraków, Szczecinie → Szczecin; Warszawie → Warszawa; Ukrainie → Ukraina
  ['ie', ''],
  ['ie', 'a'],
  // pl: Słowacji → Słowacja, Brazylii → Brazylia; Gdyni → Gdynia
  ['ji', 'ja'],
  ['ii', 'ia'],
  ['i', 'ia'],
  // pl: Łodzi → Łódź; Bydgoszczy → Bydgoszcz
  ['i', ''],
  ['y', ''],
  // pl, cs adjectives of two-word names: Zielonej Górze → Zielona Góra, Nowym Sączu → Nowy Sącz,
  // Gorzowie Wielkopolskim → Gorzów Wielkopolski, Českých Budějovicích → České Budějovice
  ['ej', 'a'],
  ['ym', 'y'],
  ['im', 'i'],
  ['ych', 'e'],
  ['ich', 'e'],
  ['rze', 'ra'],
  // cs: Praze → Praha; Olomouci → Olomouc, Liberci → Liberec
  ['ze', 'ha'],
  ['ci', 'c'],
  ['ci', 'ec'],
  // cs, sk: Brně → Brno; Ostravě → Ostrava, Bratislave → Bratislava; Košiciach → Košice
  ['iach', 'e'],
  ['e', 'o'],
  ['e', 'a'],
  // pl, cs, sk: Gdańsku → Gdańsk; Česku → Česko, Slovensku → Slovensko
  ['u', ''],
  ['u', 'o'],
  // ru: Москве → Москва, Казани → Казань, Киеве → Киев
  ['е', 'а'],
  ['и', 'ь'],
  ['е', ''],
];

/** The nominatives a folded word in the locative may come from, most regular first; none for a short word. */
export function nominativesOf(folded: string): string[] {
  if (folded.length < 4 || folded.includes(' ')) return [];
  return ENDINGS.flatMap(([locative, nominative]) =>
    folded.endsWith(locative) ? [folded.slice(0, folded.length - locative.length) + nominative] : [],
  );
}

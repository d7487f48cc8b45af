import { fold } from './fold';

/**
 * Place names in the locative case, as Polish, Czech, Slovak and Russian write them after "in" ("Praca w
 * Krakowie", "Biuro v Praze", "Zdalnie w całej Polsce", "Офис в Москве"): the gazetteer knows the nominative
 * (Kraków, Praha, Polska, Москва), so a capitalised word the gazetteer does not know, written right after
 * such a preposition, is tried again in the nominatives its ending may come from. The location parser reads
 * forms folded (fold.ts: "Gdańsku" is "gdansku", its nominative "gdansk"); a job title's place is recorded as
 * written, so the same table also gives the written nominative ("Krakowie" → "Kraków", "Łodzi" → "Łódź").
 */

/** Words after which a place is in the locative: "w", "we" (pl), "v", "ve" (cs, sk), "na" (pl, cs, sk: "na Słowacji"), "w całej" (all of), "в", "во" (ru), "у", "по" (uk, ru). */
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
  // uk: "у Львові"; ru, uk "по" (across): "віддалено по Україні", "удалённо по России"
  'у',
  'по',
  // the words for "all of" ("по всій Україні", "по всей России"), folded as fold.ts folds them
  'всіи',
  'всеи',
]);

/** A language whose locative endings the table holds. */
export type LocativeLanguage = 'pl' | 'cs' | 'sk' | 'ru' | 'uk';

type Ending = readonly [locative: string, nominative: string, languages: readonly LocativeLanguage[]];

const PL: readonly LocativeLanguage[] = ['pl'];
const CS: readonly LocativeLanguage[] = ['cs'];
const SK: readonly LocativeLanguage[] = ['sk'];
const CS_SK: readonly LocativeLanguage[] = ['cs', 'sk'];
const PL_CS_SK: readonly LocativeLanguage[] = ['pl', 'cs', 'sk'];
const RU: readonly LocativeLanguage[] = ['ru'];
const UK: readonly LocativeLanguage[] = ['uk'];

/**
 * Locative endings and the nominative endings they replace, lower case as written (a vowel that alternates,
 * "Kraków" → "Krakowie", is written so), longer endings before the shorter ones they contain, the more
 * regular reading first. Each row is a regular declension pattern, not a list of towns.
 */
const ENDINGS: readonly Ending[] = [
  // pl: Katowicach → Katowice, Tychach → Tychy, Suwałkach → Suwałki
  ['ach', 'e', PL],
  ['ach', 'y', PL],
  ['ach', 'i', PL],
  // pl: Łodzi → Łódź; Krakowie → Kraków, Rzeszowie → Rzeszów; Poznaniu → Poznań, Toruniu → Toruń
  ['odzi', 'ódź', PL],
  ['owie', 'ów', PL],
  ['niu', 'ń', PL],
  // pl: Wrocławiu → Wrocław
  ['iu', '', PL],
  // pl: Sopocie → Sopot, (Nowej) Hucie → Huta; Pradze → Praga; Polsce → Polska, Ameryce → Ameryka
  ['cie', 't', PL],
  ['cie', 'ta', PL],
  ['dze', 'ga', PL],
  ['ce', 'ka', PL],
  // pl: Szczecinie → Szczecin; Warszawie → Warszawa; Ukrainie → Ukraina; Gnieźnie → Gniezno
  ['ie', '', PL],
  ['ie', 'a', PL],
  ['ie', 'o', PL],
  // pl: Słowacji → Słowacja, Brazylii → Brazylia; Gdyni → Gdynia
  ['ji', 'ja', PL],
  ['ii', 'ia', PL],
  ['i', 'ia', PL],
  // pl: a soft feminine, Kazani → Kazań; Bydgoszczy → Bydgoszcz
  ['ni', 'ń', PL],
  ['i', '', PL],
  ['y', '', PL],
  // pl: Pile → Piła; Chełmie → Chełm is -ie
  ['le', 'ła', PL],
  ['le', 'l', PL],
  // pl, cs adjectives of two-word names: Zielonej Górze → Zielona Góra, Nowym Sączu → Nowy Sącz,
  // Gorzowie Wielkopolskim → Gorzów Wielkopolski, Českých Budějovicích → České Budějovice
  ['ej', 'a', PL],
  ['ym', 'y', PL],
  ['im', 'i', PL],
  ['ych', 'e', CS],
  ['ich', 'e', CS],
  ['rze', 'ra', PL],
  ['rze', 'r', PL],
  // cs: Praze → Praha; Olomouci → Olomouc, Liberci → Liberec
  ['ze', 'ha', CS],
  ['ci', 'c', CS],
  ['ci', 'ec', CS],
  // cs, sk: Brně → Brno; Ostravě → Ostrava, Bratislave → Bratislava; Košiciach → Košice
  ['iach', 'e', SK],
  ['e', 'o', CS_SK],
  ['e', 'a', CS_SK],
  // pl, cs, sk: Gdańsku → Gdańsk; Opolu → Opole; Česku → Česko, Slovensku → Slovensko
  ['u', '', PL_CS_SK],
  ['u', 'e', PL],
  ['u', 'o', PL_CS_SK],
  // ru: Москве → Москва, Казани → Казань, Киеве → Киев
  ['е', 'а', RU],
  ['и', 'ь', RU],
  ['е', '', RU],
  // uk: Україні → Україна, Польщі → Польща, Одесі → Одеса; Львові → Львів, Харкові → Харків
  ['і', 'а', UK],
  ['ові', 'ів', UK],
  // ru: России → Россия (the dative after "по")
  ['ии', 'ия', RU],
];

/**
 * Words after which a place is in the genitive, the case of "from": "z", "ze" (pl, cs), "zo" (sk), "из" (ru), "з",
 * "із", "зі" (uk):
 * "zdalnie z Polski", "remote ze Slovenska", "práce z Česka", "удалённо из России".
 */
export const FROM_PREPOSITIONS: ReadonlySet<string> = new Set(['z', 'ze', 'zo', 'из', 'з', 'із', 'зі']);

/** Genitive endings and the nominative endings they replace, as ENDINGS (regular patterns, not towns). */
const GENITIVE_ENDINGS: readonly Ending[] = [
  // Multi-word names decline every word, adjectives by their own pattern: pl Wielkiej Brytanii → Wielka Brytania,
  // Stanów Zjednoczonych → Stany Zjednoczone; cs Velké Británie → Velká Británie, Spojených států → Spojené státy;
  // sk Spojených štátov → Spojené štáty; ru Соединённых Штатов → Соединённые Штаты; uk Великої Британії → Велика
  // Британія, Сполучених Штатів → Сполучені Штати
  ['iej', 'a', PL],
  ['ów', 'y', PL],
  ['ych', 'e', PL],
  ['ých', 'é', CS_SK],
  ['ů', 'y', CS],
  ['ov', 'y', SK],
  ['é', 'á', CS],
  ['ых', 'ые', RU],
  ['ов', 'ы', RU],
  ['их', 'і', UK],
  ['ів', 'и', UK],
  ['ії', 'ія', UK],
  ['ої', 'а', UK],
  // pl: Polski → Polska, Pragi → Praga; Słowacji → Słowacja, Hiszpanii → Hiszpania
  ['ki', 'ka', PL],
  ['gi', 'ga', PL],
  ['ji', 'ja', PL],
  ['ii', 'ia', PL],
  ['ej', 'a', PL],
  // pl: Niemiec → Niemcy; Czech → Czechy, Włoch → Włochy; Łodzi → Łódź
  ['iec', 'cy', PL],
  ['ch', 'chy', PL],
  ['odzi', 'ódź', PL],
  // pl, cs, sk: Ukrainy → Ukraina, Warszawy → Warszawa, Prahy → Praha, Ostravy → Ostrava
  ['y', 'a', PL_CS_SK],
  // pl: Krakowa → Kraków; Poznania → Poznań; Wrocławia → Wrocław, Gdańska → Gdańsk
  ['owa', 'ów', PL],
  ['nia', 'ń', PL],
  ['ia', '', PL],
  ['a', '', PL_CS_SK],
  // cs, sk: Česka → Česko, Brna → Brno, Slovenska → Slovensko
  ['a', 'o', CS_SK],
  // ru: России → Россия, Москвы → Москва, Казани → Казань, Киева → Киев
  ['ии', 'ия', RU],
  ['ы', 'а', RU],
  ['и', 'ь', RU],
  ['и', 'а', RU],
  ['а', '', RU],
  // uk: України → Україна, Польщі → Польща, Львова → Львів
  ['и', 'а', UK],
  ['і', 'а', UK],
  ['ова', 'ів', UK],
];

/** The table as the location parser reads it: folded, one row per distinct folded pair. */
const FOLDED_ENDINGS: readonly (readonly [string, string])[] = distinctPairs(
  ENDINGS.map(([locative, nominative]) => [fold(locative), fold(nominative)] as const),
);

/** The pairs without repeats ("owie" → "ów" and "ie" → "" differ as written, not folded), first kept. */
function distinctPairs(pairs: (readonly [string, string])[]): (readonly [string, string])[] {
  const byKey = new Map<string, readonly [string, string]>();
  for (const pair of pairs) if (!byKey.has(pair.join('|'))) byKey.set(pair.join('|'), pair);
  return [...byKey.values()];
}

const FOLDED_GENITIVE_ENDINGS: readonly (readonly [string, string])[] = distinctPairs(
  GENITIVE_ENDINGS.map(([genitive, nominative]) => [fold(genitive), fold(nominative)] as const),
);

/** Shorter words are not read as declined: "wie" is no locative of anything. */
const MIN_LENGTH = 4;

/**
 * The nominatives a folded word in the locative (or, `genitive`, after a "from" preposition) may come from, most
 * regular first, each once; none for a short word.
 */
export function nominativesOf(folded: string, genitive = false): string[] {
  if (folded.length < MIN_LENGTH || folded.includes(' ')) return [];
  const out = (genitive ? FOLDED_GENITIVE_ENDINGS : FOLDED_ENDINGS).flatMap(([locative, nominative]) =>
    folded.endsWith(locative) ? [folded.slice(0, folded.length - locative.length) + nominative] : [],
  );
  return [...new Set(out)];
}

/**
 * The nominatives one written word in a language's locative may come from, spelled as written and in the
 * word's case ("Krakowie" → "Kraków", "ŁODZI" → "ŁÓDŹ"), most regular first; none for a short word.
 */
export function writtenNominativesOf(word: string, language: LocativeLanguage): string[] {
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH || lower.length !== word.length) return [];
  const shouting = word === word.toUpperCase();
  const out = ENDINGS.flatMap(([locative, nominative, languages]) =>
    languages.includes(language) && lower.endsWith(locative)
      ? [word.slice(0, word.length - locative.length) + (shouting ? nominative.toUpperCase() : nominative)]
      : [],
  );
  return [...new Set(out)];
}

import type { Workplace } from '../../schema/posting';
import {
  OFFICE_DAYS,
  OFFICE_DAYS_MORE,
  REMOTE_DAYS,
  REMOTE_DAYS_MORE,
  officeDaysOf,
  remoteDaysOf,
  withDigitDayCounts,
  withWeekdaySpanCounts,
} from './attendance-patterns';
import { HYBRID_STATEMENT, ONSITE_STATEMENT, REMOTE_STATEMENT, STATEMENT_WORDS } from './body-statements';
import { countryCode } from './structured-location';

/**
 * Weak hints from the posting body. They only refine locations the fields already give ("3 days in the
 * office" makes a city hybrid; "remote within the US" gives a bare "Remote" its country); they never
 * add places, so "we have offices in 40 countries" changes nothing.
 */

/** Bodies longer than this are read only up to here: statements about the role come early. */
const MAX_BODY = 200_000;

/**
 * The statements, each alternative opening at a word start. Written `(?<!\w)` rather than `\b`: the same test
 * before a word character under the same flags (every alternative opens with a letter or digit), but a leading
 * `\b` keeps the regex engine from skipping ahead to where an alternative may start, and the windows around
 * the key words ran about 1.7 times slower with it (test/unit/normalize/word-start-lookbehinds.test.ts).
 */
export const HYBRID =
  /(?<!\w)hybrid(?:[- ](?:work(?:ing)?|role|position|model|schedule|set-?up|arrangement|policy|environment|job|office|remote))\b|(?<!\w)(?:this|the) (?:role|position|job) is hybrid\b|(?<!\w)hybride?s? (?:Arbeiten|Arbeitsmodell|Modell)\b|(?<!\w)(?:travail|mode|poste|télétravail) hybride\b|(?<!\w)hybride werken\b|(?<!\w)(?:modalidad|modalidade|modelo|esquema|trabajo|trabalho|regime|formato|puesto) h[ií]brid[oa]\b|(?<!\w)(?:modalità|lavoro|modello) ibrid[oa]\b|(?<!\w)(?:praca|model|tryb|system) hybrydow[ayi]\b|(?<!\w)hibridn(?:i|o|a|ega|em) (?:model|način|nacin|rad|delo|oblik)|(?<!\w)hibridin(?:is|iu|į|ė) (?:darbo )?(?:model|darb|režim|grafik)|(?<!\p{L})hübriid(?:töö|ne töö|set tööd|tööd)|(?<!\w)(?:model|treball|modalitat|règim) híbrid(?!\p{L})|(?<!\w)(?:kerja|mod(?: kerja)?|secara) hibrid(?!\p{L})|(?<!\p{L})хибрид(?:ен|на|но) (?:модел|режим|работа|график)|हाइब्रिड (?:मॉडल|वर्क|काम|व्यवस्था)|(?:مدل|کار|همکاری|شیوه|شرایط) (?:هیبریدی|هیبرید|ترکیبی)|به صورت (?:هیبریدی|ترکیبی)|(?:نظام|نمط|أسلوب|طبيعة|وضع) (?:ال)?عمل\s*[:：]?\s*(?:ال)?(?:هجين|مختلط)(?!\p{L})|(?:عمل|دوام) (?:هجين|مختلط)(?!\p{L})|ハイブリッド勤務|リモートワーク可|リモート可|在宅勤務可|週\s*\d\s*[回日]\s*(?:程度)?\s*(?:の)?\s*出社|하이브리드 근무|混合办公|混合辦公/iu;
export const REMOTE =
  /(?<!\w)(?:fully|100%|completely|entirely) remote\b|(?<!\w)(?:this|it) is (?:an? )?remote (?:role|position|job|opportunity)\b|(?<!\w)(?:this|the) (?:role|position|job) is (?:a )?(?:fully |100% )?remote\b|(?<!\w)(?:this|the) (?:role|position|job) is (?:fully )?eligible for (?:fully |100% )?remote(?: work(?:ing)?)?\b|(?<!\w)(?:this|the) (?:role|position|job) (?:can|may) be (?:performed|done|worked|carried out) (?:fully |entirely |100% )?remotely\b|(?<!\w)(?:die|diese) (?:Stelle|Position|Rolle) ist (?:vollständig |komplett |100% )?remote\b|(?<!\w)(?:el|este) puesto es (?:100% )?remoto\b|(?<!\w)(?:a|esta) vaga é (?:100% )?remota\b|(?<!\w)(?:la|questa) posizione è (?:full |100% )?(?:remote|da remoto)\b|(?<!\w)remote[- ]only (?:role|position)\b|(?<!\w)work from anywhere\b|(?<!\w)100% (?:Homeoffice|home office|remote|remot[oa]|télétravail|teletrabajo|teletrabalho|zdalnie|da remoto|thuiswerken)|(?<!\w)home office 100%|(?<!\w)(?:vollständig|komplett) remote\b|(?<!\w)full (?:télétravail|remote)\b|(?<!\w)télétravail (?:complet|total)\b|(?<!\w)(?:totalmente|completamente|100%) (?:remot[oa]|da remoto)\b|(?<!\w)w pełni zdaln|(?<!\w)volledig (?:remote|thuis)|フルリモート|完全リモート|完全在宅|(?:전면|완전|풀) ?재택|全远程|完全远程/iu;
export const ONSITE =
  /(?<!\w)(?:this|the) (?:role|position|job|one|opportunity) is (?:an? )?(?:fully |100% |strictly |entirely )?(?:on-?site|in[- ]office|office[- ]based|in[- ]person)\b|(?<!\w)(?:this|it) is (?:an? )?(?:fully |100% |strictly |entirely )?(?:on-?site|in[- ]office|office[- ]based|in[- ]person) (?:role|position|job|opportunity)\b|(?<!\w)(?:fully|100%) (?:on-?site|in[- ]office)\b|(?<!\w)no remote (?:work|option)\b|(?<!\w)not (?:a )?remote\b|(?<!\w)not (?:eligible|open|available) (?:for|to) remote\b|(?<!\w)(?:unable to|cannot|can't|can not|do not|don't|does not|doesn't) (?:offer|support|accommodate|allow) remote\b|(?<!\w)remote (?:work(?:ing)? )?is not (?:possible|available|offered|supported|an option)\b|(?<!\w)100% (?:presencial|présentiel|in presenza|stacjonarn)|(?<!\w)(?:kein(?:e|en)?|ohne) (?:Remote|Home-?\s?Office|Homeoffice|mobiles Arbeiten)(?!-?(?:Zwang|Pflicht))|(?<!\w)(?:sin|no hay|no se ofrece) teletrabajo\b|(?<!\w)pas de télétravail\b|(?<!\w)geen (?:thuiswerk|remote)|(?<!\w)brak pracy zdalnej|(?<!\w)(?:ingen|ikke) (?:hjemmekontor|hjemmearbejde|fjernarbejde|remote)\b|(?<!\w)(?:inget|ingen) (?:distansarbete|distans|remote)\b|(?<!\w)uzaktan çalışma (?:yok|imkanı yok|mümkün değil)|出社必須|リモート不可|在宅不可|재택 불가|(?:不提供|不支持|不支援|不可|不能|无法|無法)\s*(?:远程|遠端|遠距)/iu;
/** `(?<!\w)`, not `\b`, for the same reason as the statements. */
export const REMOTE_IN =
  /(?<!\w)remote(?:ly)?\b[^.\n]{0,40}?\b(?:in|within|from|across|throughout|based in)\s+(?:the\s+)?((?:[A-Z][\p{L}.]*[ ]?){1,3})/u;

/** Words one of the statements needs: a cheap scan that spares long bodies the full patterns. */
const HYBRID_WORDS = [
  'hybrid',
  'híbrid',
  'hibrid',
  'ibrid',
  'hybryd',
  'hübriid',
  'хибрид',
  'हाइब्रिड',
  'هیبرید',
  'ترکیبی',
  'هجين',
  'مختلط',
  'ハイブリッド',
  'リモート',
  '在宅',
  '出社',
  '하이브리드',
  '混合',
];
const OFFICE_WORDS = [
  'office',
  'site',
  'hq',
  'büro',
  'ort',
  'bureau',
  'présentiel',
  'oficina',
  'presencia',
  'escrit',
  'ufficio',
  'sede',
  'presenza',
  'kantoor',
  'locatie',
  'biur',
  'stacjonarn',
  'văn phòng',
  '出社',
  '出勤',
  '출근',
  '사무실',
  '到岗',
  '到崗',
  '坐班',
];
/** Office words of the languages OFFICE_DAYS_MORE reads. */
const OFFICE_WORDS_MORE = [
  'офис',
  'офіс',
  'kontor',
  'toimisto',
  'birou',
  'irod',
  'γραφείο',
  'משרד',
  'biur',
  'ured',
  'pisarn',
  'ofis',
  'wfo',
  'kantor',
  'مكتب',
];
/** Words a remote-days statement needs ("2 jours de télétravail", "2 Tage Homeoffice", "週2日在宅"). */
const REMOTE_DAY_WORDS = [
  'remote',
  'wfh',
  'home',
  'mobil',
  'télétravail',
  'teletrab',
  'remoto',
  'smart working',
  'telelavoro',
  'thuis',
  'zdaln',
  'リモート',
  '在宅',
  '재택',
  '远程',
  '居家',
  '在家',
  '遠端',
  '遠距',
];
/** Home and remote words of the languages REMOTE_DAYS_MORE reads. */
const REMOTE_DAY_WORDS_MORE = [
  'удал',
  'из дома',
  'віддален',
  'з дому',
  'hjemme',
  'hemifrån',
  'distans',
  'etä',
  'kotoa',
  'acas',
  'otthon',
  'τηλεργασ',
  'σπίτι',
  'מהבית',
  'สัปดาห์ละ',
  'вкъщи',
  'od kuć',
  'od doma',
  'iš namų',
  'kodukontor',
  'دورکاری',
  'uzaktan',
  'evden',
  'wfh',
  'dari rumah',
  'nap home',
  'عن ب',
  'من المنزل',
];
const REMOTE_WORDS = [
  'remot',
  'anywhere',
  'homeoffice',
  'home office',
  'télétravail',
  'teletrab',
  'zdaln',
  'thuis',
  'リモート',
  '在宅',
  '재택',
  '远程',
];
/**
 * Remote work as a share of the time below all of it: "Mobiles Arbeiten bis zu 60 % der Arbeitszeit", "Homeoffice-Anteil
 * 40 %", "up to 60% remote", "télétravail jusqu'à 50 %", "50% smart working", "teletrabajo del 40 %": hybrid. "100 %"
 * is fully remote (REMOTE), and a figure must stand within a few words of the remote word.
 */
const SHARE_WORD = String.raw`(?:remot\w*(?:\s+work(?:ing)?)?|home[- ]?office(?:-anteil)?|mobile[sn]? arbeit(?:en)?|télétravail|teletrabajo|teletrabalho|smart working|thuiswerk\w*)`;
/** What may stand between the word and its share: "bis zu", "up to", "jusqu'à", "hasta el", "ca.", a colon. */
const SHARE_GAP = String.raw`[\s:(]*(?:(?:up to|bis zu|jusqu['’]à|hasta(?: el| un)?|fino al?|tot|max(?:imal)?\.?|ca\.?|about|around|à|a|zu|of|de|del)\s+)*`;
const SHARE = String.raw`(?<![\d.,])[1-9]\d?\s?%`;
const REMOTE_SHARE = new RegExp(
  `${SHARE_WORD}${SHARE_GAP}${SHARE}|${SHARE}\\s*(?:(?:of (?:the )?time|de|del|an)\\s+)?${SHARE_WORD}`,
  'iu',
);
const SHARE_WORDS = [
  'remot',
  'homeoffice',
  'home office',
  'home-office',
  'mobiles arbeit',
  'mobile arbeit',
  'télétravail',
  'teletrab',
  'smart working',
  'thuis',
];

const ONSITE_WORDS = [
  'site',
  'office',
  'person',
  'remote',
  'homeoffice',
  'home office',
  'home-office',
  'mobiles arbeiten',
  'télétravail',
  'teletrab',
  'thuiswerk',
  'zdaln',
  'hjemme',
  'distans',
  'uzaktan',
  'presencial',
  'présentiel',
  'presenza',
  'stacjonarn',
  '出社',
  '在宅',
  'リモート',
  '재택',
  '远程',
  '遠端',
  '遠距',
];

/** Every statement's key words: what one pass over the body looks for. */
export const KEY_WORDS = [
  ...new Set([
    ...HYBRID_WORDS,
    ...OFFICE_WORDS,
    ...OFFICE_WORDS_MORE,
    ...REMOTE_DAY_WORDS,
    ...REMOTE_DAY_WORDS_MORE,
    ...REMOTE_WORDS,
    ...SHARE_WORDS,
    ...ONSITE_WORDS,
    ...STATEMENT_WORDS.hybrid,
    ...STATEMENT_WORDS.remote,
    ...STATEMENT_WORDS.onsite,
  ]),
];
/**
 * Where a key word may start, by a hash of the code units there: the two-unit words (every key word has two at
 * least) by their pair, the others by their first three. A plain loop over the body with these tables costs a
 * fraction of a regex tried at every position (even a trie of the words, regex-trie.ts, which most letters
 * enter); a position whose units only share a hash with a key word's is checked against it in vain. Twelve bits:
 * the two tables (8 KB each) stay in the processor's cache beside the rest of normalising, where tables of 64 K
 * entries, with fewer positions checked in vain, ran slower.
 */
const HASH_MASK = 0xfff;
const pairHash = (a: number, b: number): number => (a * 31 + b) & HASH_MASK;
const tripleHash = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & HASH_MASK;

/** The words whose units hash to each value (an index into `lists`, or -1), each list in the words' order. */
interface WordTable {
  index: Int16Array;
  lists: string[][];
}

function wordTable(words: readonly string[], hash: (word: string) => number): WordTable {
  const table: WordTable = { index: new Int16Array(HASH_MASK + 1).fill(-1), lists: [] };
  for (const word of words) {
    const h = hash(word);
    if (table.index[h] === -1) table.index[h] = table.lists.push([]) - 1;
    table.lists[table.index[h]!]!.push(word);
  }
  return table;
}

const SHORT_KEY_WORDS = wordTable(
  KEY_WORDS.filter((w) => w.length === 2),
  (w) => pairHash(w.charCodeAt(0), w.charCodeAt(1)),
);
const LONG_KEY_WORDS = wordTable(
  KEY_WORDS.filter((w) => w.length > 2),
  (w) => tripleHash(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)),
);

/** Where each key word occurs in a lower-cased body, each word's occurrences not overlapping one another. */
type KeyWordPositions = ReadonlyMap<string, readonly number[]>;

/**
 * One pass over the body finds every key word of every statement (instead of one `indexOf` scan of the body
 * per word and statement): at each position, the words its code units may start, checked as written. A map
 * from each word found to its positions: its users ask whether and where a word occurs, never in what order
 * the words were found. Exported for its test (body-key-words.test.ts).
 */
export function keyWordPositions(lower: string): KeyWordPositions {
  const found = new Map<string, number[]>();
  const length = lower.length;
  let second = lower.charCodeAt(0);
  let third = length > 1 ? lower.charCodeAt(1) : 0;
  for (let at = 0; at + 1 < length; at++) {
    const first = second;
    second = third;
    third = at + 2 < length ? lower.charCodeAt(at + 2) : 0;
    const short = SHORT_KEY_WORDS.index[pairHash(first, second)]!;
    if (short !== -1) addWrittenAt(found, lower, at, SHORT_KEY_WORDS.lists[short]!);
    const long = LONG_KEY_WORDS.index[tripleHash(first, second, third)]!;
    if (long !== -1) addWrittenAt(found, lower, at, LONG_KEY_WORDS.lists[long]!);
  }
  return found;
}

/** Adds each of the words written at `at`, unless it overlaps that word's occurrence before. */
function addWrittenAt(found: Map<string, number[]>, lower: string, at: number, words: readonly string[]): void {
  for (const word of words) {
    if (!lower.startsWith(word, at)) continue;
    const positions = found.get(word);
    if (!positions) found.set(word, [at]);
    else if (at >= positions[positions.length - 1]! + word.length) positions.push(at);
  }
}

const mentions = (found: KeyWordPositions, words: readonly string[]): boolean => words.some((w) => found.has(w));

/** How far a statement reaches either side of its key word ("the position is a fully remote", "remote work is not possible"). */
const REACH = 60;

/**
 * True when the pattern matches near one of the words: the patterns are long case-insensitive alternations,
 * so they run on a short window around each key word instead of at every position of the body.
 */
function statedNear(text: string, found: KeyWordPositions, words: readonly string[], pattern: RegExp): boolean {
  for (const word of words) {
    for (const at of found.get(word) ?? []) {
      if (pattern.test(text.slice(Math.max(0, at - REACH), at + word.length + REACH))) return true;
    }
  }
  return false;
}

/** The statement words of body-statements.ts as sets: a body holds few key words, so its found words are walked instead. */
const STATEMENT_SETS = {
  hybrid: new Set<string>(STATEMENT_WORDS.hybrid),
  remote: new Set<string>(STATEMENT_WORDS.remote),
  onsite: new Set<string>(STATEMENT_WORDS.onsite),
};

/** statedNear for a long list of words: the words the body holds are walked, not the list. */
function statedNearAny(text: string, found: KeyWordPositions, words: ReadonlySet<string>, pattern: RegExp): boolean {
  for (const [word, positions] of found) {
    if (!words.has(word)) continue;
    for (const at of positions) {
      if (pattern.test(text.slice(Math.max(0, at - REACH), at + word.length + REACH))) return true;
    }
  }
  return false;
}

/** The arrangement the body states for the role, or null when it states none. */
export function bodyWorkplace(body: string): Workplace | null {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  if (!text) return null;
  const found = keyWordPositions(text.toLowerCase());
  if (
    statedNear(text, found, HYBRID_WORDS, HYBRID) ||
    statedNearAny(text, found, STATEMENT_SETS.hybrid, HYBRID_STATEMENT)
  )
    return 'hybrid';
  const office = mentions(found, OFFICE_WORDS);
  const remoteDays = mentions(found, REMOTE_DAY_WORDS);
  const counted = office || remoteDays ? withDigitDayCounts(text) : text;
  if (office && fewerThanFive(OFFICE_DAYS, counted, officeDaysOf)) return 'hybrid';
  if (office && officeWeekdaySpan(text, found)) return 'hybrid';
  if (remoteDays && fewerThanFive(REMOTE_DAYS, counted, remoteDaysOf)) return 'hybrid';
  if (mentions(found, OFFICE_WORDS_MORE) && fewerThanFive(OFFICE_DAYS_MORE, text, officeDaysOf)) return 'hybrid';
  if (mentions(found, REMOTE_DAY_WORDS_MORE) && fewerThanFive(REMOTE_DAYS_MORE, text, remoteDaysOf)) return 'hybrid';
  if (statedNear(text, found, SHARE_WORDS, REMOTE_SHARE)) return 'hybrid';
  if (
    statedNear(text, found, REMOTE_WORDS, REMOTE) ||
    statedNearAny(text, found, STATEMENT_SETS.remote, REMOTE_STATEMENT)
  )
    return 'remote';
  return statedNear(text, found, ONSITE_WORDS, ONSITE) ||
    statedNearAny(text, found, STATEMENT_SETS.onsite, ONSITE_STATEMENT)
    ? 'onsite'
    : null;
}

/**
 * "in the office Tuesday through Thursday", "Mon–Wed in our Leeds office": a span of fewer than five weekdays
 * beside the word "office". Read in the window around each "office" only (English weekday names).
 */
function officeWeekdaySpan(text: string, found: KeyWordPositions): boolean {
  for (const at of found.get('office') ?? []) {
    const window = text.slice(Math.max(0, at - REACH), at + 'office'.length + REACH);
    const counted = withWeekdaySpanCounts(window);
    if (counted !== window && fewerThanFive(OFFICE_DAYS, counted, officeDaysOf)) return true;
  }
  return false;
}

/** True when the text states some days a week (fewer than five) of office or remote work. */
function fewerThanFive(pattern: RegExp, text: string, daysOf: (m: RegExpExecArray) => number): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m !== null && daysOf(m) < 5;
}

/** The country a body says remote work is limited to ("remote within the United States"), or null. */
export function bodyRemoteCountry(body: string): string | null {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  if (!/remote/i.test(text)) return null;
  const m = REMOTE_IN.exec(text);
  if (!m?.[1]) return null;
  const words = m[1].trim().split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const code = countryCode(words.slice(0, n).join(' ').replace(/\.$/, ''));
    if (code) return code;
  }
  return null;
}

/** Remote and home-work words a body offers as an option ("Homeoffice möglich", "possibilité de télétravail"). */
const OPTION_REMOTE = String.raw`(?:remote(?:ly)?(?: work(?:ing)?)?|work(?:ing)? (?:from home|remotely)|home[- ]?office|homeoffice|mobile[sn]? arbeit(?:en)?|télétravail|teletrabajo|teletrabalho|trabajo remoto|trabalho remoto|smart working|lavoro da remoto|thuiswerken|thuis te werken|praca zdalna|pracy zdalnej|hjemmearbejde|hjemmekontor|distansarbete|etätyö\p{L}*|uzaktan çalışma)`;
const OPTION_POSSIBLE = String.raw`(?:possible|posible|possível|possibile|möglich|mogelijk|możliwa|mulig|muligt|möjligt|mahdollista|mahdollinen|mümkün)`;
const OPTION_NOUN = String.raw`(?:possibility|option|opportunity|Möglichkeit|possibilité|posibilidad|possibilidade|possibilità|mogelijkheid|możliwość|mulighed|mulighet|möjlighet|mahdollisuus)`;
/**
 * Remote work offered as an option: "Homeoffice möglich", "Remote work is possible", "Télétravail possible",
 * "Teletrabajo posible", "Etätyö mahdollista", "Möglichkeit zum Homeoffice", "possibilité de télétravail",
 * "option to work from home", "mulighed for hjemmearbejde". A denial ("Homeoffice ist nicht möglich") is none.
 */
const REMOTE_OPTION = new RegExp(
  String.raw`(?<!\p{L})${OPTION_REMOTE}(?: (?:is|ist|est|es|è|é|er|är|on))? ${OPTION_POSSIBLE}(?!\p{L})|(?<!\p{L})${OPTION_NOUN} (?:(?:to|of|for|zum|zu|zur|de|di|du|da|do|tot|om|til|till|na|do) )?(?:(?:work|arbeiten|travailler|trabajar|lavorare) )?${OPTION_REMOTE}`,
  'iu',
);
const OPTION_WORDS = /possib|posib|possív|möglich|mogelijk|możliw|mulig|möjlig|mahdollis|mümkün|option|opportunit/iu;

/**
 * True when the body offers remote work as an option of the job ("Homeoffice möglich"): at an office the posting
 * names, hybrid, as "Berlin (Remote möglich)" is in a location text. Not read for a job the posting calls remote.
 */
export function bodyRemoteOption(body: string): boolean {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  return OPTION_WORDS.test(text) && REMOTE_OPTION.test(text);
}

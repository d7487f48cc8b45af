import type { WorkplaceCue } from './workplace-vocabulary';

/**
 * Words beside a remote word that change what it says, in the languages postings are written in, folded (fold.ts):
 * - a share: "delvis remote", "delvist hjemmearbejde", "teilweise remote", "częściowo zdalnie", "télétravail
 *   partiel", "télétravail occasionnel" — part of the time remote, so hybrid;
 * - a possibility: "Remote möglich", "Teletrabajo posible", "Hjemmekontor mulig", "Etätyö mahdollinen", "Uzaktan
 *   çalışma mümkün", "Möglichkeit zum Homeoffice" — remote work allowed at an office (remote-optional: hybrid at a
 *   place, remote over a whole country);
 * - a denial: "kein Remote", "ingen hjemmekontor", "sin teletrabajo", "Remote nicht möglich", "uzaktan çalışma yok"
 *   — on-site.
 * Written as rules over the neighbouring words rather than as one phrase per language and remote word: a phrase
 * list knew "delvis på distans" but not "delvist remote", "Télétravail possible" but not "Teletrabajo posible".
 */

const PARTIAL_BEFORE = new Set([
  'partly',
  'partially',
  'part',
  'partial',
  'semi',
  'delvis',
  'delvist',
  'osittain',
  'osaksi',
  'teilweise',
  'anteilig',
  'partiellement',
  'parcialmente',
  'parzialmente',
  'deels',
  'gedeeltelijk',
  'czesciowo',
  'castecne',
  'ciastocne',
  'reszben',
  'reszleges',
  'partial',
  'μερικως',
  'kismen',
  'sebagian',
  'djelomicno',
  'delno',
  'dalinai',
  'osaliselt',
  'частично',
  'частково',
  // now and then remote, mostly at the office: "occasional remote work", "gelegentlich Homeoffice"
  'occasional',
  'occasionally',
  'gelegentlich',
  'gelegentliches',
]);

const PARTIAL_AFTER = new Set([
  'partiel',
  'partielle',
  'parcial',
  'parziale',
  'partial',
  'delvis',
  'delvist',
  'osittain',
  // "télétravail occasionnel", "teletrabajo ocasional", "lavoro da remoto occasionale"
  'occasionnel',
  'occasionnelle',
  'ocasional',
  'occasionale',
]);

/** "possible" and its kin after a remote word. */
const POSSIBLE_AFTER = new Set([
  'possible',
  'posible',
  'possivel',
  'possibile',
  'moglich',
  'mogelijk',
  'mozliwa',
  'mozliwe',
  'mozliwy',
  'mulig',
  'muligt',
  'mojligt',
  'mojlig',
  'mahdollinen',
  'mahdollista',
  'mumkun',
  'lehetseges',
  'posibil',
  'posibila',
  'δυνατη',
  'δυνατον',
  'δυνατο',
  'memungkinkan',
  'dimungkinkan',
  'mozne',
  'mozna',
  'mozny',
  'moguc',
  'moguce',
  'mogoce',
  'optional',
  'opcional',
  'opzionale',
  'optionnel',
  'optionnelle',
  'allowed',
  'erlaubt',
  'autorise',
  'permitido',
  'consentito',
  'toegestaan',
  'tillatt',
  'tilladt',
  'sallittu',
  'imkani',
  'olanagi',
  'возможна',
  'возможно',
  'можлива',
  'можливо',
]);

/** "the possibility of" before a remote word, with the word that links them. */
const POSSIBLE_BEFORE = new Set([
  'moglichkeit',
  'possibilite',
  'possibilita',
  'possibilidad',
  'possibilidade',
  'mulighed',
  'mulighet',
  'mojlighet',
  'mahdollisuus',
  'lehetoseg',
  'posibilitate',
  'δυνατοτητα',
  'mogucnost',
  'moznost',
  'mozliwosc',
  'option',
  'opportunity',
  'possibility',
  'kesempatan',
  'opsi',
  'возможность',
  'можливість',
]);
const LINKS = new Set([
  'zu',
  'zum',
  'zur',
  'fur',
  'de',
  'di',
  'du',
  'da',
  'do',
  'for',
  'til',
  'till',
  'to',
  'of',
  'na',
  'za',
  'pentru',
  'untuk',
  'για',
  'της',
]);

/** Denials before a remote word ("kein", "ingen", "sin"); "pas de", "brak" with a linking word between. */
const NEGATION_BEFORE = new Set([
  'no',
  'not',
  'non',
  'kein',
  'keine',
  'keinen',
  'ohne',
  'sin',
  'sem',
  'sans',
  'pas',
  'geen',
  'niet',
  'brak',
  'bez',
  'ingen',
  'ikke',
  'inte',
  'ej',
  'ei',
  'nincs',
  'nao',
  'nessun',
  'nessuno',
  'nessuna',
  'χωρις',
  'tanpa',
  'tidak',
  'без',
  'нет',
]);
/** Denials after a remote word, alone ("uzaktan çalışma yok") or before a possibility ("Remote nicht möglich"). */
const NEGATION_AFTER_ALONE = new Set(['yok', 'degil', 'khong']);
const NEGATION_AFTER = new Set([
  'not',
  'nicht',
  'non',
  'no',
  'ikke',
  'inte',
  'ei',
  'nem',
  'niet',
  'nie',
  'nu',
  'nao',
  'ne',
  'δεν',
  'tidak',
  'не',
]);

/** How a remote cue reads with its neighbours, and how many neighbouring words that reading takes in. */
export interface Qualified {
  cue: WorkplaceCue;
  before: number;
  after: number;
}

/**
 * The cue a remote word (`cue` remote or remote-optional) says with the folded words around it (`before` nearest
 * first, `after` nearest first), or null when they do not change it.
 */
export function qualifyRemoteCue(
  cue: WorkplaceCue,
  before: readonly string[],
  after: readonly string[],
): Qualified | null {
  if (cue !== 'remote' && cue !== 'remote-optional') return null;
  const [b1, b2] = before;
  const [a1, a2] = after;
  if (b1 !== undefined && NEGATION_BEFORE.has(b1)) return { cue: 'onsite', before: 1, after: 0 };
  if (b1 !== undefined && b2 !== undefined && LINKS.has(b1) && NEGATION_BEFORE.has(b2))
    return { cue: 'onsite', before: 2, after: 0 };
  if (a1 !== undefined && NEGATION_AFTER_ALONE.has(a1)) return { cue: 'onsite', before: 0, after: 1 };
  if (a1 !== undefined && a2 !== undefined && NEGATION_AFTER.has(a1) && POSSIBLE_AFTER.has(a2))
    return { cue: 'onsite', before: 0, after: 2 };
  if (b1 !== undefined && PARTIAL_BEFORE.has(b1)) return { cue: 'hybrid', before: 1, after: 0 };
  if (a1 !== undefined && PARTIAL_AFTER.has(a1)) return { cue: 'hybrid', before: 0, after: 1 };
  if (a1 !== undefined && POSSIBLE_AFTER.has(a1)) return { cue: 'remote-optional', before: 0, after: 1 };
  if (b1 !== undefined && POSSIBLE_BEFORE.has(b1)) return { cue: 'remote-optional', before: 1, after: 0 };
  if (b1 !== undefined && b2 !== undefined && LINKS.has(b1) && POSSIBLE_BEFORE.has(b2))
    return { cue: 'remote-optional', before: 2, after: 0 };
  return null;
}

/** Words that make a remote-optional phrase an option of an office job rather than a bare remote word. */
const OPTION_WORDS = new Set([
  ...POSSIBLE_AFTER,
  ...POSSIBLE_BEFORE,
  ...PARTIAL_BEFORE,
  ...PARTIAL_AFTER,
  'ok',
  'okay',
  'available',
  'eligible',
  'galimybe',
  'voimalus',
  'possibilitat',
  'boleh',
  'възможност',
]);

/**
 * True when a folded remote-optional phrase states remote work as an option or a share ("remote possible",
 * "teletrabajo parcial", "možnost home office"): at an office, hybrid. A remote word the vocabulary files as an
 * option only because of how it is used beside a town ("Homeoffice", "Smart working") is not one.
 */
export function isOptionPhrase(folded: string): boolean {
  return folded.split(' ').some((word) => OPTION_WORDS.has(word));
}

/**
 * The answer a folded value gives under a "remote?" label in words of possibility: "mulig", "mahdollista",
 * "mümkün" say yes as "Possible" does; "ikke mulig", "nicht möglich", "ei mahdollista", "mümkün değil" say no.
 * Null for any other value.
 */
export function possibilityAnswer(folded: string): 'yes' | 'no' | null {
  const words = folded.split(' ');
  const [first, second] = words;
  if (words.length === 1 && first !== undefined && POSSIBLE_AFTER.has(first)) return 'yes';
  if (words.length !== 2 || first === undefined || second === undefined) return null;
  if (NEGATION_AFTER.has(first) && POSSIBLE_AFTER.has(second)) return 'no';
  return POSSIBLE_AFTER.has(first) && (NEGATION_AFTER_ALONE.has(second) || second === 'nem') ? 'no' : null;
}

/**
 * Statements about where the whole job is done, in the languages whose workplace words the vocabulary reads
 * (workplace-vocabulary.ts) beyond the western ones body-hints.ts writes out: Czech, Slovak, Polish, Hungarian,
 * Romanian, Greek, Ukrainian, Russian, Indonesian, Turkish, Swedish, Finnish, Danish and Norwegian. A remote
 * word alone is no statement ("remote colleagues", "удалённые команды"); with a word saying "fully" beside it,
 * in either order, it is ("práce plně z domova", "полностью удалённая работа", "bekerja dari rumah
 * sepenuhnya"). A hybrid word states the arrangement with a word for work or its model beside it; an on-site
 * statement says "only in the office" or "no remote". Word boundaries are written as letter look-arounds: `\b`
 * knows only ASCII letters.
 */

interface LanguageStatements {
  /** "fully", "100%" before a remote word; after one too unless it also means "full-time" (`beforeOnly`) */
  fully: readonly string[];
  beforeOnly?: readonly string[];
  /** remote words, as stems where the language inflects them ("удалённ" for удалённая, удалённо, удалённой) */
  remote: readonly string[];
  /** whole hybrid statements */
  hybrid: readonly string[];
  /** whole on-site statements */
  onsite: readonly string[];
}

const L = String.raw`\p{L}*`;

export const STATEMENTS: Readonly<Record<string, LanguageStatements>> = {
  cs: {
    fully: ['plně', 'zcela', 'úplně', 'kompletně', '100%', '100 %'],
    remote: ['z domova', 'na dálku', 'vzdálen', 'remote', 'home office', 'homeoffice'],
    hybrid: [`hybridní (?:práce|režim${L}|model${L}|form${L}|způsob${L})`, 'hybridně'],
    onsite: [`pouze (?:v kancelář${L}|na pracovišt${L}|z kancelář${L})`, `bez (?:možnosti )?home ?office`],
  },
  sk: {
    fully: ['plne', 'úplne', 'kompletne', '100%', '100 %'],
    remote: ['z domu', 'z domova', 'na diaľku', 'vzdialen', 'remote', 'home office', 'homeoffice'],
    hybrid: [`hybridn${L} (?:práca|práce|režim${L}|model${L}|form${L}|spôsob${L})`],
    onsite: [`iba (?:v kancelári${L}|na pracovisk${L})`, `len (?:v kancelári${L}|na pracovisk${L})`],
  },
  pl: {
    fully: ['w pełni', 'całkowicie', 'w 100%', '100%', 'w całości'],
    remote: ['zdaln', 'z domu', 'remote'],
    hybrid: [`(?:praca|model|tryb|system|forma) hybrydow${L}`, `hybrydow${L} (?:praca|model|tryb|system|forma)`],
    onsite: [`(?:wyłącznie|tylko) stacjonarn${L}`, `(?:wyłącznie|tylko) (?:z|w) biur${L}`],
  },
  hu: {
    fully: ['teljesen', '100%', '100 %', 'kizárólag'],
    remote: ['távmunk', 'otthonról', 'home office', 'remote'],
    hybrid: [`hibrid (?:munkavégzés${L}|munkarend${L}|modell${L}|munk${L}|működés${L})`],
    onsite: [`(?:kizárólag|csak) (?:irodá${L}|irodai|személyes)`],
  },
  ro: {
    fully: ['complet', 'în totalitate', '100%', '100 %', 'integral'],
    // "program complet": a full-time schedule
    beforeOnly: ['complet'],
    remote: ['remote', 'de acasă', 'la distanță', 'telemunc'],
    hybrid: [`(?:regim${L}|mod${L}|program${L}|lucru|format${L}|model${L}) hibrid`],
    onsite: [`(?:doar|numai|exclusiv) (?:de la|la|în|din) birou`],
  },
  el: {
    fully: ['πλήρως', 'εξ ολοκλήρου', 'αποκλειστικά', '100%'],
    remote: ['εξ αποστάσεως', 'απομακρυσμέν', 'τηλεργασ', 'από το σπίτι', 'remote'],
    hybrid: [`υβριδικ${L} (?:μοντέλο|εργασ${L}|τρόπο${L}|πρόγραμμα)`],
    onsite: [`(?:αποκλειστικά|μόνο) (?:στο|από το) γραφείο`],
  },
  uk: {
    fully: ['повністю', 'цілком', 'виключно', '100%'],
    remote: ['віддален', 'дистанційн', 'з дому', 'remote'],
    hybrid: [
      `гібридн${L} (?:формат${L}|графік${L}|режим${L}|робот${L}|модел${L})`,
      `(?:формат${L}|графік${L}|режим${L}) робот${L}:? гібридн${L}`,
    ],
    onsite: [`(?:тільки|лише|виключно) (?:в|з) офіс${L}`, 'без віддален'],
  },
  ru: {
    fully: ['полностью', 'целиком', 'исключительно', '100%'],
    remote: ['удалённ', 'удаленн', 'дистанционн', 'из дома', 'remote'],
    hybrid: [
      `гибридн${L} (?:формат${L}|график${L}|режим${L}|работ${L}|модел${L})`,
      `(?:формат${L}|график${L}|режим${L}) работ${L}:? гибридн${L}`,
    ],
    onsite: [`(?:только|исключительно) (?:в|из) офис${L}`, 'без удал[её]н'],
  },
  id: {
    fully: ['sepenuhnya', 'penuh', 'full', '100%', 'seratus persen'],
    // "waktu penuh", "full time": full-time after a remote word, not fully remote
    beforeOnly: ['penuh', 'full'],
    remote: ['remote', 'jarak jauh', 'dari rumah', 'wfh', 'wfa', 'dari mana saja'],
    hybrid: [`(?:kerja|sistem|model|skema) (?:hybrid|hibrida)`, `(?:hybrid|hibrida) (?:kerja|working)`],
    onsite: [`(?:full|100%|wajib) wfo`, `(?:hanya|wajib) (?:bekerja )?di kantor`],
  },
  tr: {
    fully: ['tamamen', '%100', '100%'],
    remote: ['uzaktan', 'evden', 'remote'],
    hybrid: [`hibrit (?:çalışma${L}|model${L}|sistem${L})`],
    onsite: [`(?:sadece|yalnızca|tamamen) ofis(?:ten|te)`],
  },
  sv: {
    fully: ['helt', 'fullt', '100%', '100 %'],
    remote: ['på distans', 'distansarbete', 'hemifrån', 'remote'],
    hybrid: [`hybrid(?:arbete|modell|t arbete)`],
    onsite: [`(?:endast|bara) (?:på kontoret|på plats)`],
  },
  fi: {
    fully: ['täysin', 'kokonaan', '100%', '100 %'],
    remote: ['etänä', 'etätyö', 'kotoa', 'remote'],
    hybrid: [`hybridi(?:työ${L}|malli${L})`],
    onsite: [`(?:vain|ainoastaan) toimistolla`],
  },
  da: {
    fully: ['fuldt', 'helt', '100%', '100 %'],
    remote: ['remote', 'hjemmefra', 'fjernarbejde'],
    hybrid: [`hybrid(?:arbejde|model)`],
    onsite: [`(?:kun|udelukkende) (?:fra|på) kontoret`],
  },
  no: {
    fully: ['fullt', 'helt', '100%', '100 %'],
    remote: ['remote', 'hjemmefra', 'fjernarbeid'],
    hybrid: [`hybrid(?:arbeid|modell)`],
    onsite: [`(?:kun|bare) (?:fra|på) kontoret`],
  },
};

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?!\p{L})`;
/** At most one word between "fully" and the remote word ("práce plně z domova", "полностью удалённая работа"). */
const BETWEEN = String.raw`(?:\s+\p{L}+)?\s+`;

const all = (pick: (s: LanguageStatements) => readonly string[]): string[] => Object.values(STATEMENTS).flatMap(pick);
const FULLY = all((s) => s.fully)
  .map(escape)
  .join('|');
const FULLY_AFTER = all((s) => s.fully.filter((w) => !s.beforeOnly?.includes(w)))
  .map(escape)
  .join('|');
const REMOTE_STEM = all((s) => s.remote)
  .map(escape)
  .join('|');

/** "Fully" then a remote word, or a remote word then "fully", in the languages above. */
export const REMOTE_STATEMENT = new RegExp(
  `${START}(?:${FULLY})${BETWEEN}(?:${REMOTE_STEM})|${START}(?:${REMOTE_STEM})\\p{L}*${BETWEEN}(?:${FULLY_AFTER})${END}`,
  'iu',
);
/** Whole hybrid statements of the languages above. */
export const HYBRID_STATEMENT = new RegExp(`${START}(?:${all((s) => s.hybrid).join('|')})${END}`, 'iu');
/** Whole on-site statements of the languages above. */
export const ONSITE_STATEMENT = new RegExp(`${START}(?:${all((s) => s.onsite).join('|')})`, 'iu');

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'remote',
  'home office',
  'homeoffice',
  'full',
  '100%',
  '100 %',
  '%100',
  'integral',
  'complet',
  'penuh',
  'wfh',
]);

/** The lower-case words each statement holds, for body-hints.ts to find in its one pass over the body. */
export const STATEMENT_WORDS = {
  // words English bodies write all the time ("remote", "full", "100%") would send most bodies through the pattern:
  // the other words of each statement find it as well
  // a statement holds a "fully" word and a remote word: words English bodies write all the time ("remote", "home
  // office", "full", "100 %") are left out, the other word of each statement finds it
  remote: [...new Set([...all((s) => s.remote), ...all((s) => s.fully)].map((w) => w.toLowerCase()))].filter(
    (w) => !COMMON_WORDS.has(w),
  ),
  hybrid: ['hybrid', 'hibrid', 'hybryd', 'υβριδ', 'гібрид', 'гибрид', 'hibrit'],
  onsite: [
    'kancelář',
    'pracovišt',
    'kancelári',
    'pracovisk',
    'stacjonarn',
    'biur',
    'irod',
    'birou',
    'γραφείο',
    'офіс',
    'віддален',
    'офис',
    'удал',
    'wfo',
    'kantor',
    'ofis',
    'kontor',
    'på plats',
    'toimisto',
    // "bez home office": Czech "without"; "home office" itself is in most English bodies
    'bez',
  ],
} as const;

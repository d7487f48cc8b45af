import { fold } from './fold';

/**
 * Words around places in location texts: workplace arrangements in several languages, areas wider
 * than a country, list separators and connectors. Phrases are stored folded (see fold.ts).
 */

/** What a phrase says about where the work happens. */
export type WorkplaceCue = 'remote' | 'hybrid' | 'onsite' | 'remote-optional' | 'office-days';

const CUE_PHRASES: Record<WorkplaceCue, readonly string[]> = {
  remote: [
    'remote',
    'fully remote',
    '100% remote',
    '100 remote',
    'remote first',
    'remote only',
    'full remote',
    'remote work',
    'work from home',
    'wfh',
    'work from anywhere',
    'telecommute',
    'telecommuting',
    'telework',
    'home based',
    'home office based',
    'distributed',
    'en remoto',
    'remoto',
    'a distancia',
    'teletrabajo',
    'trabajo remoto',
    'télétravail',
    'teletravail',
    'télétravail complet',
    'à distance',
    'full télétravail',
    '100% télétravail',
    'da remoto',
    'lavoro da remoto',
    'telelavoro',
    'fernarbeit',
    'vollständig remote',
    '100% homeoffice',
    'komplett remote',
    'zdalnie',
    'praca zdalna',
    'na dálku',
    'thuiswerken',
    'làm việc từ xa',
    'từ xa',
    'lam viec tu xa',
    'remote role',
    'remote position',
    'remote job',
    'remote based',
    'virtual',
  ],
  hybrid: [
    'hybrid',
    'hybride',
    'híbrido',
    'hibrido',
    'ibrido',
    'hybryda',
    'hybrydowo',
    'hybrid work',
    'hybrid working',
    'hybrid remote',
    'partially remote',
    'partly remote',
    'part remote',
    'flexible hybrid',
    'semi remote',
    'semi presencial',
    'semipresencial',
    'modalidad híbrida',
    'télétravail partiel',
    'teilweise remote',
    'mobiles arbeiten',
    'kết hợp',
    'làm việc kết hợp',
  ],
  onsite: [
    'on site',
    'onsite',
    'on-site',
    'in office',
    'in-office',
    'office based',
    'office-based',
    'in person',
    'in-person',
    'on premises',
    'vor ort',
    'im büro',
    'präsenz',
    'sur site',
    'présentiel',
    'en présentiel',
    'au bureau',
    'presencial',
    'en la oficina',
    'en oficina',
    'in sede',
    'in ufficio',
    'stacjonarnie',
    'tại văn phòng',
    'làm việc tại văn phòng',
    'office only',
    'no remote',
    'not remote',
    'fully onsite',
    'fully on site',
    '100% onsite',
    '100% on site',
    'in the office',
  ],
  'remote-optional': [
    'remote possible',
    'remote optional',
    'remote friendly',
    'remote ok',
    'remote okay',
    'remote available',
    'remote option',
    'remote allowed',
    'remote flexible',
    'flexible remote',
    'remote eligible',
    'homeoffice möglich',
    'home office möglich',
    'remote möglich',
    'teilweise homeoffice',
    'homeoffice',
    'home office',
    'télétravail possible',
    'teletrabajo parcial',
    'flexible working',
    'flexible work',
  ],
  'office-days': [],
};

/** Cues in spaceless scripts, matched as written. */
const CJK_CUES: Record<string, WorkplaceCue> = {
  リモート: 'remote',
  フルリモート: 'remote',
  完全リモート: 'remote',
  リモートワーク: 'remote',
  在宅: 'remote',
  在宅勤務: 'remote',
  テレワーク: 'remote',
  全国在宅: 'remote',
  ハイブリッド: 'hybrid',
  ハイブリッド勤務: 'hybrid',
  一部リモート: 'hybrid',
  リモート可: 'remote-optional',
  リモートワーク可: 'remote-optional',
  在宅可: 'remote-optional',
  在宅勤務可: 'remote-optional',
  テレワーク可: 'remote-optional',
  リモート併用: 'hybrid',
  出社: 'onsite',
  常駐: 'onsite',
  オフィス勤務: 'onsite',
  出社必須: 'onsite',
  远程: 'remote',
  远程办公: 'remote',
  遠端: 'remote',
  混合办公: 'hybrid',
  재택: 'remote',
  재택근무: 'remote',
  원격: 'remote',
  원격근무: 'remote',
  하이브리드: 'hybrid',
  출근: 'onsite',
};

/** Areas wider than one country: a remote-in-EMEA location keeps its text and has no country. */
const AREAS = [
  'emea',
  'europe',
  'european union',
  'eu',
  'eea',
  'europa',
  'latam',
  'latin america',
  'south america',
  'central america',
  'north america',
  'americas',
  'the americas',
  'apac',
  'asia pacific',
  'asia',
  'southeast asia',
  'south east asia',
  'sea',
  'middle east',
  'mena',
  'africa',
  'sub saharan africa',
  'oceania',
  'anz',
  'nordics',
  'nordic',
  'scandinavia',
  'dach',
  'benelux',
  'cee',
  'eastern europe',
  'western europe',
  'central europe',
  'northern europe',
  'southern europe',
  'uk and ireland',
  'uk i',
  'worldwide',
  'global',
  'globally',
  'anywhere',
  'international',
  'any location',
  'multiple locations',
  'various locations',
  'weltweit',
  'partout',
  'mundial',
  'toàn quốc',
  'nationwide',
  'us timezones',
  'european timezones',
  'cet',
  'cest',
  'utc',
  'gmt',
  'est',
  'pst',
  'americas timezones',
  'emea timezones',
  'eu timezones',
];
const CJK_AREAS = ['全国', '海外', '欧州', 'ヨーロッパ', 'アジア', '全世界'];

/** Connectors that point a workplace word at the places after it ("remote in", "hybrid for"). */
const FORWARD_CONNECTORS = [
  'for',
  'in',
  'within',
  'from',
  'across',
  'based in',
  'anywhere in',
  'only in',
  'en',
  'in der',
  'im',
  'aus',
  'à',
  'tại',
  'ở',
  'innerhalb',
  'innerhalb von',
  'in ganz',
  'uberall in',
  'partout en',
  'dans toute la',
  'en todo',
  'en toda',
  'em todo',
  'in tutta',
  'w calej',
  'elsewhere in',
  'anywhere within',
];
/** Words that join alternatives: each side is its own location. */
const LIST_WORDS = ['or', 'and', 'oder', 'und', 'ou', 'et', 'o', 'y', 'e', 'hoặc', 'và'];

const cueByPhrase = new Map<string, WorkplaceCue>();
for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [WorkplaceCue, readonly string[]][]) {
  for (const p of phrases) cueByPhrase.set(fold(p), cue);
}
const areaSet = new Set(AREAS.map(fold));
const forwardSet = new Set(FORWARD_CONNECTORS.map(fold));
const listSet = new Set(LIST_WORDS.map(fold));

/** The longest cue or area phrase in words, to bound n-gram lookups. */
export const MAX_LEXICON_WORDS = 4;

/** The workplace cue a folded phrase is, or undefined. */
export function cueFor(folded: string): WorkplaceCue | undefined {
  return cueByPhrase.get(folded);
}

/** True when a folded phrase names an area wider than a country (EMEA, Europe, anywhere). */
export function isArea(folded: string): boolean {
  return areaSet.has(folded);
}

/** True when a folded word points a workplace word at the places after it. */
export function isForwardConnector(folded: string): boolean {
  return forwardSet.has(folded);
}

/** True when a folded word separates alternatives ("or", "und", "và"). */
export function isListWord(folded: string): boolean {
  return listSet.has(folded);
}

/** Spaceless-script cues and areas, for the longest-match scan of 東京都渋谷区（リモート可）. */
export const CJK_LEXICON: ReadonlyMap<string, WorkplaceCue | 'area'> = new Map<string, WorkplaceCue | 'area'>([
  ...Object.entries(CJK_CUES),
  ...CJK_AREAS.map((a) => [a, 'area'] as [string, 'area']),
]);

/**
 * "3 days in the office", "週1回出社", "2 Tage im Büro": attendance that, beside remote work, makes a
 * place hybrid. Group 1 or 2 is the number of days.
 */
export const OFFICE_DAYS =
  /(\d)\s*(?:-\s*\d\s*)?(?:days?|x)\s*(?:(?:a|per|\/)\s*week\s*)?(?:in|at|from|on)\s*(?:the\s*)?(?:office|site|hq)|(?:週|月)\s*(\d)\s*(?:[~〜-]\s*\d\s*)?[回日]\s*(?:程度|以上)?\s*(?:の)?\s*(?:出社|出勤)|(\d)\s*(?:Tage?|Tagen)\s*(?:pro Woche\s*|\/\s*Woche\s*)?(?:im|ins|vor)\s*(?:Büro|Ort)|(\d)\s*jours?\s*(?:par semaine\s*)?(?:au bureau|sur site|en présentiel)|(\d)\s*días?\s*(?:a la semana\s*|por semana\s*)?(?:en (?:la )?oficina|presenciales?)|(\d)\s*ngày\s*(?:\/\s*tuần\s*)?(?:tại|ở)\s*văn phòng/giu;

/** Districts written generically: "District 1", "Quận 3", "Q.7", "8e arrondissement", "3. Bezirk". */
export const DISTRICT_PATTERN =
  /\b(?:district|dist\.?|quận|quan|q\.?)\s*\d{1,2}\b|\b\d{1,2}\s*(?:st|nd|rd|th|e|er|ème|eme|\.)?\s*(?:arrondissement|bezirk)\b|\b(?:ward|borough)\s*\d{1,2}\b/giu;

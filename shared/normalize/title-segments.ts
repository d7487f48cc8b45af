import { fold } from './geo/fold';
import { placesNamed } from './geo/gazetteer';
import type { PlaceRef } from './geo/gazetteer';
import { CJK_LEXICON, cueFor, isArea, isForwardConnector } from './geo/location-lexicon';
import {
  CAREER_SITE,
  CODE,
  EMPLOYMENT_DETAIL,
  EMPLOYMENT_WORDS,
  NOISE,
  ROLE_NOUN,
  SALARY,
} from './lexicon/title-words';

/** What a part of a title is, when it is not the job itself. */
export type SegmentKind = 'code' | 'salary' | 'employmentType' | 'location' | 'company' | 'noise' | 'keep';

/**
 * City names that are also words of job titles ("Senior Engineer – Mobile", "Reading Specialist"): a title
 * segment made of only one of these stays in the title.
 */
const TITLE_WORDS_NAMED_LIKE_CITIES = new Set(
  (
    'mobile reading bath orange victoria aurora phoenix mesa temple surprise independence commerce enterprise hope unity justice liberty concord harmony ' +
    'marketing security cloud sales design data growth platform support operations finance legal product delivery payments billing ' +
    'research health education energy logistics retail media communications analytics quality compliance risk procurement ' +
    'frontend backend infrastructure integration innovation strategy'
  ).split(' '),
);

const DIGIT = /\d/;
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * A segment that is only a years-of-experience requirement ("5+ years", "3-5 yrs experience", "mind. 3 Jahre
 * Erfahrung", "5 ans d'expérience", "5년 이상", "경력 3~5년", "経験3年以上"): the candidate's experience, not the job.
 */
const EXPERIENCE_ONLY = new RegExp(
  '^(?:' +
    [
      '(?:min(?:imum)?\\.?|mind(?:estens)?\\.?|at least|au moins|m[ií]nimo)?\\s*\\d{1,2}\\s*(?:\\+|[-–~]\\s*\\d{1,2})?\\s*' +
        '(?:years?|yrs?|jahre?|ans|años|anni|anos)\\+?' +
        "(?:\\s+(?:of\\s+)?(?:relevant\\s+)?(?:exp(?:erience)?\\.?|(?:berufs)?erfahrung|d['’]\\s?exp[ée]rience|de experiencia|di esperienza|de experiência))?",
      '(?:경력\\s*)?\\d{1,2}\\s*(?:[-~]\\s*\\d{1,2}\\s*)?년\\s*(?:이상)?',
      '(?:実務)?経験\\s*\\d{1,2}\\s*年以上',
    ].join('|') +
    ')$',
  'iu',
);
/** A bare duration ("2 years", "3년") may be a contract's term: only one marked as experience or a minimum goes. */
const EXPERIENCE_MARK = /\+|\d\s*[-–~]\s*\d|min|mind|least|moins|m[ií]nimo|exp|erfahrung|esperienza|이상|경력|経験/iu;

/**
 * Role acronyms that are also place codes: "Business Analyst (BA)" (Bosnia, Bahia), "Tester (QA)" (Qatar),
 * "Chuyên viên nhân sự (HR)" (Croatia), "Engineer (AI/ML)" (Anguilla, Mali). Codes that name places in titles as
 * often as roles ("(IT)", "(SE)", "(SA)", "(QC)", "(PA)") are not listed.
 */
const ROLE_ACRONYM = /^(?:BA|QA|HR|PM|PO|AI|ML|BI|UX|UI|TA|CS)(?:\s*[/&]\s*(?:BA|QA|HR|PM|PO|AI|ML|BI|UX|UI|TA|CS))*$/u;

/** Classifies one segment of a title (a part between separators, or the inside of brackets). */
export function classifySegment(segment: string, company: string | null): SegmentKind {
  const text = segment.trim().replace(/^[\s:;,.\-–—|]+|[\s:;,.\-–—|]+$/g, '');
  if (!text) return 'noise';
  if (NOISE.test(text)) return 'noise';
  // a code has three digits and a salary segment one: most segments have none, and skip both patterns
  const hasDigit = DIGIT.test(text);
  if (hasDigit && CODE.test(text) && !YEAR.test(text)) return 'code';
  if (hasDigit && SALARY.test(text)) return 'salary';
  if (hasDigit && EXPERIENCE_ONLY.test(text) && EXPERIENCE_MARK.test(text)) return 'noise';
  if (isEmploymentType(text)) return 'employmentType';
  if (isConditionList(text)) return 'noise';
  if (isCompany(text, company)) return 'company';
  if (ROLE_ACRONYM.test(text)) return 'keep';
  if (isPlaceText(text) || isSitePlace(text)) return 'location';
  return 'keep';
}

/**
 * Japanese titles append the job's selling points after a slash or in brackets: "日勤のみ・土日祝休み" (day shifts
 * only, weekends off), "フォークリフト免許保有者歓迎" (forklift licence holders welcome), "残業少なめ", "交通費支給".
 * Each part ends with a word that says what is allowed, offered or welcome; a part that does not ("正看護師",
 * "画像認識") is the job's and keeps the segment.
 */
const CONDITION_END = /(?:歓迎|OK|ＯＫ|可|のみ|休み|なし|無し|あり|有り|少なめ|支給|完備|不問|相談)$/u;
function isConditionList(text: string): boolean {
  if (text.length > 60 || !CONDITION_END.test(text)) return false;
  return text.split(/\s*[・、／/,，]\s*/u).every((part) => CONDITION_END.test(part.trim()));
}

/**
 * The store, branch or site the job is at, named with its place: "Bio-Supermarkt München-Haidhausen",
 * "Filiale Köln-Ehrenfeld", "Store Manchester Arndale", "Magasin Lyon Part-Dieu", "Tienda Madrid Centro".
 * The site word leads; the place after it is a known city, alone or before its district ("München-Haidhausen").
 */
const SITE_WORD =
  /^(?:[\p{L}]+-)?(?:Supermarkt|Markt|Filiale|Niederlassung|Standort|Lager|Werk|Store|Branch|Site|Depot|Warehouse|Magasin|Agence|Boutique|Entrepôt|Tienda|Sucursal|Almacén|Negozio|Punto vendita|Filiaal|Vestiging)$/iu;
function isSitePlace(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !SITE_WORD.test(words[0]!)) return false;
  const place = words[1]!.split('-')[0]!;
  return place.length > 1 && isPlaceText(place) && !isWorkplaceWord(place, fold(place));
}

const SHIFT_WORDS =
  /(?<![\p{L}])(?:nights?|days?|evenings?|mornings?|afternoons?|weekends?|tardes?|mañanas?|noches?|fines de semana|soirs?|soirées?|nuits?|matins?|week-ends?|nachts?|abends|Nachtschicht|Frühschicht|Spätschicht|Wochenende|sere|notti|mattine)(?![\p{L}])/giu;

/** Separators between the facts a bracket lists ("【契約社員／リモート可】", "(Vollzeit / Homeoffice)"). */
const FACT_SEPARATOR = /\s*[／/・、,|]\s*|\s+[-–—]\s+/u;

/**
 * The parts of a bracket that lists an employment type beside places or workplace words ("契約社員／リモート可",
 * "Full-time, Remote", "CDI - Télétravail", "Vollzeit / Hamburg"), each with its kind; null when any part is
 * something else ("Go / Kotlin", "Backend / Platform") or no part is an employment type.
 */
export function employmentAndPlaceParts(text: string): Array<readonly ['employmentType' | 'location', string]> | null {
  const parts = text.split(FACT_SEPARATOR).filter((p) => p.trim().length > 0);
  if (parts.length < 2) return null;
  const kinds = parts.map((part) =>
    isEmploymentType(part) ? ('employmentType' as const) : isPlaceText(part) ? ('location' as const) : null,
  );
  if (!kinds.includes('employmentType') || kinds.includes(null)) return null;
  return parts.map((part, i) => [kinds[i]!, part.trim()] as const);
}

/**
 * Punctuation `isEmploymentType` never removes, so a text holding it is no employment type: the words, details,
 * shifts and separators it removes hold no "!", "?", ";" or "。", and a "." only in a decimal ("1.5 days") or after
 * "Std"/"godz" ("20 Std./Woche"). Tested first, it spares prose ("We build software. Our team…") the replacements.
 * A word with such a mark added to those lists must be added here too (card-line-employment-type.test.ts).
 */
const NEVER_IN_EMPLOYMENT_TYPE = /[!?;。！？]|(?<![dz])\.(?!\d)/iu;

/**
 * Only employment-type words, contract terms and separators: "Full-time", "Teilzeit / Vollzeit",
 * "Part-Time, 3 days per week", "32-40 uur", "80–100 %", "6 months", "Outside IR35"; "Contract, Remote" is not.
 */
export function isEmploymentType(text: string): boolean {
  if (NEVER_IN_EMPLOYMENT_TYPE.test(text)) return false;
  const typeless = text.replace(EMPLOYMENT_WORDS, ' ');
  // the shift beside a type is part of the schedule ("jornada parcial, tardes", "Part-time, evenings"); alone
  // ("Registered Nurse – Nights") it describes the job and stays
  const rest = (typeless === text ? typeless : typeless.replace(SHIFT_WORDS, ' '))
    .replace(EMPLOYMENT_DETAIL, ' ')
    .replace(/[\s,/&+|()–-]+|\b(?:or|and|und|oder|ou|et|o|y|e)\b/giu, '');
  return rest.length === 0 && /\S/.test(text.replace(/[\s,/&+|()–-]+/g, ''));
}

/** A legal form before or after a company's name (Korean, Japanese and Chinese forms, and common Latin ones). */
const LEGAL_FORM =
  /^(?:주식회사|\(주\)|㈜|株式会社|有限会社)\s*|\s*(?:주식회사|株式会社|有限会社|股份有限公司|有限公司)$|,?\s+(?:GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|S\.p\.A\.|S\.r\.l\.|B\.V\.|Sp\. z o\.o\.|Oy|AB|A\/S|AS|SAS|SARL|S\.L\.)$/u;
function isCompany(text: string, company: string | null): boolean {
  // "Careers Adviser", "Jobs Coach": a role named after careers work, not a careers site
  const careerSite = CAREER_SITE.test(text) && !ROLE_NOUN.test(text);
  if (company) {
    const folded = fold(text);
    const foldedCompany = fold(company);
    if (folded === foldedCompany || (careerSite && folded.includes(foldedCompany))) return true;
    // the company's name without its legal form: "[하늘페이] 백엔드 개발자" by "주식회사 하늘페이", "Acme – …" by "Acme GmbH"
    const bare = company.replace(LEGAL_FORM, '').trim();
    if (bare.length >= 2 && bare !== company.trim() && folded === fold(bare)) return true;
  }
  return careerSite && text.split(/\s+/).length <= 5;
}

/** Places and workplace words only: "Berlin", "Remote (US)", "London, UK", "東京/リモート可", "EMEA". */
export function isPlaceText(text: string): boolean {
  const parts = text
    // a département, province or postcode after the town: "Nice (06)", "Verona (VR)", "Bordeaux (33000)"; an
    // arrondissement: "Lyon 7e", "Paris 15ème"
    .replace(PLACE_CODE, '')
    .split(/\s*(?:[,/|&()（）・、;]|\s[-–—]\s|\b(?:or|and|oder|und|ou|et|o|y|hoặc|và)\b)\s*/iu)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  const several = parts.length > 1;
  return parts.every((part) => isPlacePart(part, several));
}

/** A bracketed code after a place name (a French département, an Italian or Spanish province, a postcode), or an arrondissement. */
const PLACE_CODE =
  /(?<=\p{L})\s*[(（](?:\d{2,5}|2[AB]|\p{Lu}{2})[)）]|(?<=\p{L})\s+\d{1,2}(?:e|er|ème|eme)(?![\p{L}\d])/gu;

/** Longest workplace or connector phrase read before a place ("100 % remote innerhalb", "anywhere in"). */
const MAX_LEAD_WORDS = 4;

/**
 * A place, a workplace word, or workplace words and connectors leading to one: "Remote",
 * "100 % remote innerhalb Deutschlands", "anywhere in LATAM", "remote within Germany"; "大阪本社" (a city
 * and its office word).
 */
function isPlacePart(part: string, several: boolean): boolean {
  const folded = fold(part);
  if (isWorkplaceWord(part, folded) || isPlaceName(part, folded, several) || isCjkOffice(part)) return true;
  if (THAI_STATIONED.test(part)) return true;
  const words = part.replace(/^\d+\s*%\s*/u, '').split(/\s+/);
  const leads = foldedLeads(words, Math.min(MAX_LEAD_WORDS, words.length - 1));
  for (let n = leads.length; n >= 1; n--) {
    const lead = leads[n - 1]!;
    if (!isLeadWord(lead)) continue;
    const rest = words.slice(n).join(' ');
    return rest.length > 0 && (isPlacePart(rest, true) || isLeadWord(fold(rest)));
  }
  return false;
}

/**
 * The folded first one, two … `count` words, each word folded once: folding is character by character, so
 * the fold of words joined by a space is their folds joined by a space, less the words that fold to nothing.
 */
function foldedLeads(words: string[], count: number): string[] {
  const leads: string[] = [];
  let lead = '';
  for (let i = 0; i < count; i++) {
    const word = fold(words[i]!);
    lead = lead && word ? `${lead} ${word}` : lead || word;
    leads.push(lead);
  }
  return leads;
}

const isLeadWord = (folded: string): boolean =>
  cueFor(folded) !== undefined || isForwardConnector(folded) || LEAD_WORDS.test(folded);

/**
 * Words that lead to a place without being one: "100 % remote", "anywhere in", and the settlement abbreviations
 * Bulgarian, Russian and Ukrainian postings write before a town ("гр. Пловдив", "г. Москва", "м. Київ").
 */
const LEAD_WORDS = /^(?:fully|100|anywhere|based|гр|град|г|город|м|місто)$/u;

/** A city or region written with the word for an office or place of work: "大阪本社", "東京勤務", "福岡オフィス". */
const CJK_OFFICE = /(?:本社|本店|支社|支店|営業所|事業所|オフィス|拠点|勤務|センター)$/u;
function isCjkOffice(part: string): boolean {
  const place = part.replace(CJK_OFFICE, '');
  return place !== part && place.length > 0 && placesNamed(place).length > 0;
}

/**
 * Thai postings name the workplace after the title with "ประจำ" (stationed at) or a branch or office word:
 * "ประจำสำนักงานใหญ่ สีลม" (at head office, Silom), "ประจำสาขาเชียงใหม่" (at the Chiang Mai branch), "สาขาบางนา",
 * "ประจำโรงงานระยอง" (at the Rayong plant). The words say it is a place whether or not the gazetteer knows the
 * district after them; a title never opens with them.
 */
const THAI_STATIONED =
  /^(?:ประจำ(?:สำนักงาน(?:ใหญ่)?|สาขา|ออฟฟิศ|โรงงาน|คลังสินค้า|ศูนย์|จังหวัด|ที่)?|สาขา|สำนักงาน(?:ใหญ่)?|พื้นที่)[\p{sc=Thai}\s()A-Za-z.-]{0,40}$/u;

function isWorkplaceWord(part: string, folded: string): boolean {
  if (CJK_LEXICON.has(part) || /^(?:フル)?(?:リモート|在宅)(?:可|勤務|ワーク)?$/u.test(part)) return true;
  return (
    cueFor(folded) !== undefined ||
    isArea(folded) ||
    /^(?:anywhere|worldwide|global|international|multiple locations|various locations)$/.test(folded)
  );
}

function isPlaceName(part: string, folded: string, several: boolean): boolean {
  if (!several && TITLE_WORDS_NAMED_LIKE_CITIES.has(folded)) return false;
  const places = placesNamed(part);
  return places.some((p) => isConvincingPlace(p, part, several));
}

/** A small town named like a word is not enough on its own; a country, region or big city is. */
function isConvincingPlace(place: PlaceRef, part: string, several: boolean): boolean {
  if (place.kind === 'country') return !place.viaCode || /^[A-Z]{2,3}$/.test(part);
  if (place.kind === 'region') return !place.viaCode || (several && /^[A-Z]{2,3}$/.test(part));
  return place.city.population >= (several ? 10_000 : 100_000);
}

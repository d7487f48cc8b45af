import type { Block } from '../../normalize/document/blocks';
import { parseLocationText } from '../../normalize/geo/location-text';
import { isEmploymentType } from '../../normalize/title-segments';
import { employerOn, firstLinesUnderTitle } from './company-line';

/**
 * A job board's card line under the title, its facts joined by separators, as Indeed and pasted listings print
 * them: "Cedar Valley Foods, Inc. | Cedar Rapids, IA 52404", "$26.50 - $31.00 an hour - Full-time",
 * "Northwind Ltd · Leeds · Permanent". Each part must be one known fact: an employer with a legal form, a place,
 * an employment type or a pay figure; a line with any other part (a sentence, a team, a tagline) is no card.
 */
export interface CardFacts {
  company: string | null;
  location: string | null;
  employmentType: string | null;
  salary: string | null;
}

const MAX_LINE_CHARS = 160;
/**
 * How many lines under the title may hold the card: Indeed prints the employer, its star rating, the place, then
 * the pay and type on a fourth line. Every part of a card line must be a known fact, so a longer reach finds no
 * sentence or tagline.
 */
const CARD_LINES = 5;
/** " | ", " · ", " • ", "｜", and a dash between words (not the dash of a pay range, "$26.50 - $31.00"). */
const SEPARATOR = /\s+[|·•｜]\s+|\s*｜\s*|(?<=[\p{L}.)])\s+[-–—]\s+(?=\p{L})/u;
/** A pay figure or range with an optional period: "$26.50 - $31.00 an hour", "£45k–£55k a year", "€60,000". */
const PAY =
  /^(?:(?:up to|from)\s+)?\p{Sc}\s?\d[\d.,]*\s*[kK]?(?:\s*(?:[-–—]|to)\s*\p{Sc}?\s?\d[\d.,]*\s*[kK]?)?(?:\s*(?:an?|per|\/)\s*(?:hour|hr|year|yr|annum|month|week|day|shift))?(?:\s*\+\s*[^|·•]{1,40})?$/iu;
/**
 * A school, hospital, council or charity names itself by what it is, with no legal form: "Corio Bay Grammar
 * School", "St Mary's Hospital", "Leeds City Council". Two words at least, the last one the kind of body.
 */
const INSTITUTION =
  /^(?:[\p{Lu}\d][\p{L}\p{M}'’.&-]*\s+){1,6}(?:School|College|University|Academy|Hospital|Clinic|Council|Institute|Trust|Foundation|Library|Museum|Church|Charity|Hospice|Kindergarten|Schule|Gymnasium|Klinikum|Krankenhaus|École|Lycée|Collège|Clinique|Colegio|Hospital|Escuela)$/u;
/**
 * The experience or schooling a board prints among a card's facts ("서울 성동구 · 경력 5~10년 · 정규직",
 * "上海 | 3-5年 | 本科", "London · 3+ years experience · Permanent"): a known fact, though not one a card gives.
 */
const EXPERIENCE_OR_SCHOOLING =
  /^(?:(?:경력|신입)(?:\s*[·/]?\s*(?:경력|신입))?\s*(?:\d{1,2}\s*(?:[~-]\s*\d{1,2}\s*)?년\s*(?:↑|이상|이하)?)?|경력\s*무관|(?:학력\s*무관|(?:고졸|초대졸|대졸|석사|박사)\s*(?:↑|이상)?)|(?:经验|經驗)?\s*\d{1,2}\s*(?:[-~至]\s*\d{1,2}\s*)?年(?:以上)?(?:经验|經驗)?|(?:经验|經驗|学历|學歷)不限|(?:本科|大专|大專|硕士|碩士|博士|高中|大学|大學)(?:以上|及以上)?|\d{1,2}\+?\s*(?:[-–]\s*\d{1,2}\s*)?years?(?:\s+of)?\s+experience)$/iu;
const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };

/** The facts of the card lines under a text posting's title; every field null when there is none. */
export function cardFacts(blocks: readonly Block[], title: string | null): CardFacts {
  const facts: CardFacts = { company: null, location: null, employmentType: null, salary: null };
  for (const line of firstLinesUnderTitle(blocks, title, CARD_LINES)) {
    if (line.length > MAX_LINE_CHARS || /[:：]/u.test(line)) continue;
    const parts = line.split(SEPARATOR).map((part) => part.trim());
    // a line that is an employment type and nothing else ("Full-time", "全职", "Vollzeit") is the card's type
    if (parts.length === 1 && isEmploymentType(line)) facts.employmentType ??= line;
    if (parts.length < 2) continue;
    const all = readParts(parts);
    if (all === null) continue;
    const read = all.filter((fact): fact is [keyof CardFacts, string] => fact !== 'experience');
    // facts of one kind only ("Verona (VR) - Veneto": a place and its region) are one fact, not a card; an
    // experience part is a fact of its own kind ("上海 | 3-5年": a place on a card)
    if (new Set(read.map((fact) => fact[0])).size + (read.length < all.length ? 1 : 0) < 2) continue;
    for (const [key, value] of read) facts[key] ??= value;
  }
  return facts;
}

/** Each part's fact, or null as soon as one part is no known fact (the parts after it are not read). */
function readParts(parts: readonly string[]): Array<[keyof CardFacts, string] | 'experience'> | null {
  const all: Array<[keyof CardFacts, string] | 'experience'> = [];
  for (const part of parts) {
    const fact = EXPERIENCE_OR_SCHOOLING.test(part) ? 'experience' : readPart(part);
    if (fact === null) return null;
    all.push(fact);
  }
  return all;
}

function readPart(part: string): [keyof CardFacts, string] | null {
  if (PAY.test(part)) return ['salary', part];
  if (isEmploymentType(part)) return ['employmentType', part];
  const employer = employerOn(part);
  if (employer === part || INSTITUTION.test(part)) return ['company', part];
  return isPlace(part) ? ['location', part] : null;
}

/** A place as a whole part: one place read, with a city or a country, from the part's text up to a postcode. */
function isPlace(part: string): boolean {
  if (/\p{Ll}{4,}\s+\p{Ll}{4,}/u.test(part)) return false; // two lower-case words: a phrase, not a place
  const places = parseLocationText(part, NO_CONTEXT);
  return places.length === 1 && (places[0]?.city != null || places[0]?.country != null);
}

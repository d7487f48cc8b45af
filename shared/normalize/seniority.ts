import type { Seniority } from '../schema/posting';
import { LEADING_ASSOCIATE, NOT_A_LEVEL, SOURCE_VALUES, TITLE_RULES } from './lexicon/seniority-words';
import { yearsPhrases } from './experience-years';
import { ASSOCIATE_BIT, NON_LEVEL_BIT, rulesMayMatch } from './seniority-anchors';
import { GUIDES_JUNIORS, JUNIOR_CUES, statesInternship } from './seniority-cues';

export interface SeniorityInput {
  title: string;
  /** seniority as the source gave it ("Mid-Senior Level", "experienced"), if any */
  sourceValue: string | null;
  /** body text (years of experience etc.) */
  text: string;
  /** the employment type cleanTitle removed from the title ("Internship", "Stage", "Prácticas"), if any */
  titleEmployment?: string | null;
}

/**
 * Owner: title. The seniority from the title first (see lexicon/seniority-words for the markers and their
 * precedence), then the source's own value, then the text as a last resort: years of experience asked for
 * (lower bound: 0–1 junior, 2–4 mid, 5+ senior), "new grads", "this is a paid internship".
 * A source value naming a broad band ("Mid-Senior Level", Personio's "experienced") is mid, or senior when the
 * text asks for five years or more.
 */
export function detectSeniority(input: SeniorityInput): Seniority | null {
  return (
    fromTitle(input.title) ??
    fromTitleEmployment(input.titleEmployment) ??
    fromSource(input.sourceValue, input.text) ??
    fromText(input.text)
  );
}

/** Internship words that title cleaning moves out of the title as employment types. */
const INTERN_EMPLOYMENT =
  /(?<![\p{L}])(?:interns?|internship|stage|stagiaire|praktikum|werkstudent(?:in)?|prácticas|practicas|pasantía|estágio|tirocinio|staż|praktyki|alternance|apprentissage|co-?op)(?![\p{L}])|インターン|实习|인턴/iu;

/** "Internship – Marketing Analytics" is an intern's job although its cleaned title is "Marketing Analytics". */
function fromTitleEmployment(removed: string | null | undefined): Seniority | null {
  return removed && INTERN_EMPLOYMENT.test(removed) ? 'intern' : null;
}

/**
 * The title's level, or null when the title carries none. A rule runs only when the title holds one of its
 * words (see seniority-anchors.ts): most titles run none.
 */
export function fromTitle(title: string): Seniority | null {
  const normalized = title.normalize('NFKC');
  const folded = normalized.toLowerCase();
  let bits = rulesMayMatch(normalized, folded);
  if (bits === 0) return null;
  let text = normalized;
  if ((bits & NON_LEVEL_BIT) !== 0) {
    text = normalized.replace(NOT_A_LEVEL, ' ');
    // what NOT_A_LEVEL took out ("Lead Generation", "Staff Nurse") may have been a rule's only anchor
    if (text !== normalized) bits = rulesMayMatch(text, text.toLowerCase());
  }
  for (let i = 0; i < TITLE_RULES.length; i++) {
    const [level, rule] = TITLE_RULES[i]!;
    if ((bits & (1 << i)) !== 0 && rule.test(text)) return level;
  }
  return (bits & ASSOCIATE_BIT) !== 0 && LEADING_ASSOCIATE.test(text) ? 'junior' : null;
}

function fromSource(value: string | null, text: string): Seniority | null {
  if (!value) return null;
  const key = value
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
  const mapped = SOURCE_VALUES[key] ?? SOURCE_VALUES[key.replace(/ /g, '-')] ?? fromTitle(value);
  if (mapped !== 'band') return mapped ?? null;
  const years = yearsAsked(text);
  return years !== null && years >= 5 ? 'senior' : 'mid';
}

const EXPERIENCE_WORD =
  /experience|exp\b|erfahrung|berufserfahrung|expérience|experiencia|esperienza|experiência|ervaring|doświadczeni|kinh nghiệm|خبرة/iu;
const CJK_YEARS =
  /(?:経験|经验|경력)\D{0,12}?(\d{1,2})\s*(?:年|년)|(\d{1,2})\s*(?:年|년)\s*(?:以上|이상)?\s*(?:の)?\S{0,12}?(?:経験|经验|경력)/gu;

function fromText(text: string): Seniority | null {
  if (!text) return null;
  if (statesInternship(text)) return 'intern';
  const years = yearsAsked(text);
  const level = years !== null ? (years <= 1 ? 'junior' : years <= 4 ? 'mid' : 'senior') : null;
  if (level !== null) return level === 'junior' && GUIDES_JUNIORS.test(text) ? 'mid' : level;
  return JUNIOR_CUES.test(text) && !GUIDES_JUNIORS.test(text) ? 'junior' : null;
}

/** Every years phrase and CJK_YEARS match holds a digit, and every CJK_YEARS match 年 or 년: texts without skip them. */
const DIGIT = /\d/;
const CJK_YEAR_WORD = /[年년]/u;

/**
 * The years of experience a posting asks for: the largest lower bound among phrases that name experience
 * ("5+ years of backend experience", "経験3年以上"); phrases without the word ("8+ years building web apps")
 * count only when nothing names experience explicitly.
 */
export function yearsAsked(text: string): number | null {
  if (!DIGIT.test(text)) return null;
  const strong: number[] = [];
  const weak: number[] = [];
  for (const { index, years, qualified, after } of yearsPhrases(text)) {
    if (years > 40) continue;
    if (EXPERIENCE_WORD.test(after) || EXPERIENCE_WORD.test(text.slice(Math.max(0, index - 30), index)))
      strong.push(years);
    else if (qualified) weak.push(years);
  }
  if (CJK_YEAR_WORD.test(text)) for (const m of text.matchAll(CJK_YEARS)) strong.push(Number(m[1] ?? m[2]));
  const pool = strong.length ? strong : weak;
  return pool.length ? Math.max(...pool) : null;
}

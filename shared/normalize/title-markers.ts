import { CODE_INLINE, GENDER_BRACKETED, GENDER_SUFFIX, GENDER_TRAILING } from './lexicon/title-words';

/**
 * The markers read anywhere in a title before it is split: gender markers, a trailing workload and
 * requisition codes. Each pattern runs only when the title holds a character that every match of it
 * needs (a bracket, a slash, "%", three digits): most titles hold none, and a one-character test is far
 * cheaper than a case-insensitive Unicode pattern tried at every position.
 */

/** Where a removed marker goes ("code", "employmentType"), with its text. */
export type RecordRemoved = (field: 'code' | 'employmentType', text: string) => void;

/** Every GENDER_BRACKETED match opens with one of these. */
const GENDER_BRACKET = /[([（【]/;
/** Every GENDER_SUFFIX match starts with one of these ("*in", ":innen", "/-frau", "(e)", "·se"). */
const GENDER_SUFFIX_MARK = /[*:_/(·]/;
/** Every GENDER_TRAILING match holds a slash ("H/F") or is "男女不問". */
const GENDER_TRAILING_MARK = /\/|男女不問/;

/** Removes gender markers: "(m/w/d)", "(H/F)", "*in", ":innen", "/-frau", "H/F" at the end, "男女不問". */
export function stripGender(title: string): string {
  let out = title;
  if (GENDER_BRACKET.test(out)) out = out.replace(GENDER_BRACKETED, '');
  if (GENDER_SUFFIX_MARK.test(out)) out = out.replace(GENDER_SUFFIX, '');
  if (GENDER_TRAILING_MARK.test(out)) out = out.replace(GENDER_TRAILING, '');
  return out;
}

/** A Swiss/German workload at the end ("Buchhalter/in 100%", "Pflegefachfrau HF 60 - 80 %"), before " - " splits it. */
const TRAILING_WORKLOAD = /\s+\(?(\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%)\)?\s*$/u;

/** Removes a trailing workload and records it as an employment type. */
export function stripWorkload(title: string, record: RecordRemoved): string {
  if (!title.includes('%')) return title;
  const m = TRAILING_WORKLOAD.exec(title);
  if (!m || m.index === 0) return title;
  record('employmentType', m[1]!);
  // the workload closed a bracket opened before it ("Kirjanpitäjä (sijaisuus, 80 %)"): the bracket stays closed
  const closesEarlier = m[0].includes(')') && !m[0].includes('(');
  return closesEarlier ? `${title.slice(0, m.index).replace(/\s*[,;/]\s*$/u, '')})` : title.slice(0, m.index);
}

/** Every CODE_INLINE match holds three digits in a row ("#4521", "REQ-1234", "Ref. 123"). */
const DIGIT_RUN = /\d{3}/;

/** Codes anywhere ("Engineer #4521", "JR-2291 Engineer"), before segments are judged. */
export function stripCodes(title: string, record: RecordRemoved): string {
  if (!DIGIT_RUN.test(title)) return title;
  return title.replace(CODE_INLINE, (code) => {
    record('code', code);
    return ' ';
  });
}

import { EmploymentType } from '../schema/posting';
import { fold } from './geo/fold';
import { weeklyHoursTypes, workloadTypes } from './employment-hours';
import {
  ARABIC_LETTER,
  ARABIC_PERMANENT,
  ARABIC_RULES,
  EMPLOYEE_ALTERNATIVE,
  PERMANENT,
  RULES,
  SCHEDULE_VALUES,
} from './employment-phrases';
import { statements } from './employment-statements';
import { EMPLOYMENT_VALUE_SPELLINGS } from './lexicon/employment-values';

export interface EmploymentTypeInput {
  /** values the source gave ("Full Time", "FullTime", "permanent", "Vollzeit", "正社員", "FULL_TIME") */
  values: string[];
  title: string;
  /** header texts that may mention the type */
  texts: string[];
  bodyText: string;
}

/**
 * Owner: employment types. schema.org values (https://schema.org/employmentType), in a stable order,
 * no duplicates; [] when nothing says. The source's values win over the title, which wins over header
 * texts, which win over the body; the body counts only in an explicit statement ("Job type: …",
 * "This is a part-time role"), never in passing ("work with our full-time designers").
 *
 * Decisions: "Werkstudent" is PART_TIME + INTERN (a student working part-time alongside studies);
 * "契約社員" (fixed-term contract employee) is TEMPORARY, and "Contract"/"Freelance" is CONTRACTOR;
 * "permanent"/"Festanstellung"/"CDI"/"正社員" mean FULL_TIME unless a schedule says part-time;
 * "CDD"/"Befristet" are TEMPORARY; "Minijob" is PART_TIME; "Alternance"/"Ausbildung" are INTERN.
 * Dutch: "tijdelijk" and agency work ("uitzend…") are TEMPORARY, "vast" is permanent (so FULL_TIME unless part-time),
 * on-call work ("oproepbasis", "nulurencontract", "Arbeit auf Abruf") is PER_DIEM, "(afstudeer)stage" is INTERN;
 * "tijdelijk met uitzicht op vast" is TEMPORARY (the contract now, not the prospect). Weekly hours set the schedule
 * (employment-hours.ts), except that a range straddling the full-time line under a schedule word ("Parttime, 24–32
 * uur") is that schedule. A contractor form offered OR an employment contract ("B2B lub umowa o pracę", "freelance ou
 * CDI") is CONTRACTOR + FULL_TIME. Czech/Slovak "DPP"/"DPČ" (capped-hours work agreements) are PART_TIME,
 * "HPP"/"TPP" (main/permanent employment) are permanent.
 */
export function normalizeEmploymentTypes(input: EmploymentTypeInput): EmploymentType[] {
  const fromValues = typesIn(input.values.join('\n'), true);
  if (fromValues.length > 0) return fromValues;
  const fromTitle = typesIn(input.title);
  if (fromTitle.length > 0) return fromTitle;
  const fromTexts = typesIn(input.texts.join('\n'));
  if (fromTexts.length > 0) return fromTexts;
  return typesIn(statements(input.bodyText).join('\n'), true);
}

/** schema.org order (the contract's enum), used for a stable output. */
const ORDER: readonly EmploymentType[] = EmploymentType.options;

/** Types named in a text, in schema.org order; `values`: the text is field values (see SCHEDULE_VALUES). */
export function typesIn(text: string, values = false): EmploymentType[] {
  const kept = values ? KEPT_VALUES : KEPT_TEXTS;
  const known = kept.get(text);
  if (known !== undefined) return [...known];
  const types = typesInText(text, values);
  if (text.length <= MAX_KEPT_TEXT) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(text, [...types]);
  }
  return types;
}

/**
 * The types read in the short texts read so far, by text (values and other texts apart). A source writes the same
 * few values on every posting ("Full-time", "Vollzeit", "CDI"), and a page's header item is read once as an item
 * (meta-items.ts) and again as the posting's type: each reading folded the text and ran every rule. Pure functions
 * of the text, so remembered; bounded (short texts only, cleared when full).
 */
const KEPT_VALUES = new Map<string, readonly EmploymentType[]>();
const KEPT_TEXTS = new Map<string, readonly EmploymentType[]>();
const MAX_KEPT = 512;
const MAX_KEPT_TEXT = 120;

/** `typesIn` without the memo. */
function typesInText(text: string, values: boolean): EmploymentType[] {
  if (!text.trim()) return [];
  const folded = foldKeepingCjk(text.length > 20_000 ? text.slice(0, 20_000) : text);
  // A text without a digit states no hours and no workload: what it names follows from its folded form
  // alone, and a common value's folded form is looked up instead of read by every rule in turn.
  const known = DIGIT.test(text) ? undefined : knownValues()[values ? 'values' : 'texts'].get(folded);
  return known ? [...known] : typesInFolded(folded, text, values);
}

/** `typesIn` without the table of known values: every rule read (the table is built from this). */
export function readTypes(text: string, values = false): EmploymentType[] {
  if (!text.trim()) return [];
  return typesInFolded(foldKeepingCjk(text.length > 20_000 ? text.slice(0, 20_000) : text), text, values);
}

/** The digits workload and weekly hours are written with (their patterns' `\d`). */
const DIGIT = /\d/;

interface KnownValues {
  values: ReadonlyMap<string, readonly EmploymentType[]>;
  texts: ReadonlyMap<string, readonly EmploymentType[]>;
}

let known: KnownValues | undefined;

/** The folded form of each common spelling (lexicon/employment-values.ts) and what the rules read in it. */
function knownValues(): KnownValues {
  if (known) return known;
  const values = new Map<string, readonly EmploymentType[]>();
  const texts = new Map<string, readonly EmploymentType[]>();
  for (const spelling of EMPLOYMENT_VALUE_SPELLINGS) {
    // a spelling with a digit could state hours or a workload, which the table does not read
    if (DIGIT.test(spelling)) continue;
    const folded = foldKeepingCjk(spelling);
    values.set(folded, typesInFolded(folded, spelling, true));
    texts.set(folded, typesInFolded(folded, spelling, false));
  }
  return (known = { values, texts });
}

/** The rules, read in a folded text; `text` as written, for workload and weekly hours. */
function typesInFolded(written: string, text: string, values: boolean): EmploymentType[] {
  const folded = ELIDED_TEST.test(written) ? expandElided(written) : written;
  const found = new Set<EmploymentType>();
  for (const [pattern, types] of values ? [...RULES, ...SCHEDULE_VALUES] : RULES)
    if (pattern.test(folded)) for (const t of types) found.add(t);
  const arabic = ARABIC_LETTER.test(folded);
  if (arabic)
    for (const [pattern, types] of ARABIC_RULES) if (pattern.test(folded)) for (const t of types) found.add(t);
  if (found.has('PART_TIME') && /\bwerkstudent|working student/u.test(folded)) found.add('INTERN');
  const label = scheduleLabel(found);
  for (const t of workloadTypes(text)) found.add(t);
  for (const t of hoursUnderLabel(weeklyHoursTypes(text), label, folded)) found.add(t);
  if (found.has('CONTRACTOR') && !found.has('FULL_TIME') && !found.has('PART_TIME') && EMPLOYEE_ALTERNATIVE.test(text))
    found.add('FULL_TIME');
  if (found.size === 0 && (PERMANENT.test(folded) || (arabic && ARABIC_PERMANENT.test(folded)))) found.add('FULL_TIME');
  if (found.size === 0 && /\bother\b/u.test(folded) && folded.trim().length <= 10) found.add('OTHER');
  return ORDER.filter((t) => found.has(t));
}

/**
 * Both schedules in one elided compound: "Voll- oder Teilzeit", "Teil- und Vollzeit", "full-or-part-time",
 * "full or part time". The rules read the second word alone as the only schedule ("Teilzeit", "part-time"), so
 * both are written out.
 */
const ELIDED_TEST = /\s(?:oder|und|bzw|or)\s/u;
// folded text: hyphens are spaces ("voll oder teilzeit", "full or part time")
const ELIDED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(voll|teil)\s+(oder|und|bzw)\s+(voll|teil)zeit\b/gu, '$1zeit $2 $3zeit'],
  [/\b(full|part)(?:\s+time)?\s+or\s+(full|part)\s*time\b/gu, '$1 time or $2 time'],
];
function expandElided(folded: string): string {
  return ELIDED.reduce((out, [pattern, written]) => out.replace(pattern, written), folded);
}

/** The one schedule the text's words name ("Parttime", "Vollzeit"), or null when they name none or both. */
function scheduleLabel(found: ReadonlySet<EmploymentType>): EmploymentType | null {
  const full = found.has('FULL_TIME');
  if (full === found.has('PART_TIME')) return null;
  return full ? 'FULL_TIME' : 'PART_TIME';
}

/** A schedule word offered as an option, not as the job's schedule (folded text). */
const OPTIONAL_SCHEDULE =
  /\b(?:moglich|possible|possibly|mogelijk|bespreekbaar|possibile|posible|possivel|optional|optionnel|opcional|denkbar|envisageable|negotiable|verhandelbar|bespreekbar)\b/u;

/**
 * Weekly hours that straddle the full-time line ("24–32 uur", "20-35 Stunden", "28 à 35 heures") name both
 * schedules only when the words name neither: labelled "Parttime" or "Vollzeit", the range is that schedule's
 * span, and the label decides, unless the label is only an option ("Teilzeit möglich", "parttime bespreekbaar").
 * A range wholly on one side keeps what it says. The option words are looked for only in a straddling range's text.
 */
function hoursUnderLabel(hours: EmploymentType[], label: EmploymentType | null, folded: string): EmploymentType[] {
  return label !== null && hours.length > 1 && !OPTIONAL_SCHEDULE.test(folded) ? [label] : hours;
}

/** NFKC changes nothing in ASCII text: skip it there. */
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Folds Latin text (so "Toàn thời gian" matches "toan thoi gian") but keeps CJK as written. "_" needs no
 * replacing first: folding makes it a space anyway, and it is no letter a camel-case split could join.
 */
export function foldKeepingCjk(text: string): string {
  const normalized = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return normalized.includes('\n') ? normalized.split('\n').map(foldLine).join('\n') : foldLine(normalized);
}

const CAMEL_CASE = /([a-z])([A-Z])/g;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * One line folded, then its CJK. An ASCII line (most are) is folded by two replacements instead of `fold`'s walk
 * unit by unit: in ASCII, `fold` lower-cases, keeps letters and digits, turns every other run into one space and
 * trims; and its CJK is one space (none for an empty line). test/unit/normalize/employment-fold.test.ts holds
 * both ways equal.
 */
function foldLine(line: string): string {
  const split = line.replace(CAMEL_CASE, '$1 $2');
  if (NON_ASCII.test(line)) return fold(split) + ' ' + cjkOnly(line);
  return split.toLowerCase().replace(NOT_ASCII_ALNUM, ' ').trim() + (line ? '  ' : ' ');
}

/** Every unit of the scripts cjkOnly keeps is at or above Hangul Jamo (U+1100): below it, a line has none. */
const MAY_HOLD_CJK = /[\u1100-\uffff]/;

function cjkOnly(line: string): string {
  // a line without such a unit is one run of other characters: one space (none for an empty line)
  if (!MAY_HOLD_CJK.test(line)) return line ? ' ' : '';
  return line.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu, ' ');
}

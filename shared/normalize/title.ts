import { fold } from './geo/fold';
import { EMPLOYMENT_IN, LEADING_EMPLOYMENT, ROLE_NOUN } from './lexicon/title-words';
import { polishPlacePhrase, polishPlaceTail } from './title-locative';
import { stripCodes, stripGender, stripWorkload } from './title-markers';
import { classifySegment, employmentAndPlaceParts, isPlaceText } from './title-segments';
import type { SegmentKind } from './title-segments';
import { toTitleCaseIfShouting } from './title-case';
import { collapseSpaces } from './text-pieces';

export { detectSeniority } from './seniority';
export type { SeniorityInput } from './seniority';

export interface CleanTitle {
  title: string;
  /** what was removed from the raw title, as hints for other fields */
  removed: {
    employmentType: string | null;
    location: string | null;
    code: string | null;
    salary: string | null;
    /** a company or career-site suffix ("at Acme", "| Acme Careers") */
    company?: string | null;
  };
}

/** What the caller may know beside the title. */
export interface CleanTitleOptions {
  /** the hiring company, so "Engineer – Acme" and "Engineer at Acme" lose the company */
  company?: string | null;
}

type Removed = CleanTitle['removed'];
type RemovedKey = keyof Removed;

const KIND_TO_FIELD: Partial<Record<SegmentKind, RemovedKey>> = {
  code: 'code',
  salary: 'salary',
  employmentType: 'employmentType',
  location: 'location',
  company: 'company',
};

/** Longer "titles" are text that ended up in the title field: only their beginning is read. */
const MAX_TITLE = 300;

/**
 * Title separators: " - ", " – ", " | ", " · ", " • ", "／" (a hyphen inside a word is not one, nor a dash between
 * two figures: "Thu Nhập 15 - 25 Triệu" is one pay range).
 */
const SEPARATOR = /((?<!\d)\s+[-–—]\s+|\s+[-–—]\s+(?!\d)|\s*[|•·／]\s*|\s+[–—](?!\s)|(?<!\s)[–—]\s+)/gu;
/** Brackets, as strings: a character's membership is an `includes`, not a pattern run per character. */
const OPENING = '([（【「［';
const CLOSING = ')]）】」］';
const BRACKETS = /\s*([([（【「［])([^()[\]（）【】「」［］]*)([)\]）】」］])/gu;
const TRAILING_SALARY =
  /\s+(?:up to\s+|bis zu\s+|jusqu['’]à\s+)?[$€£¥₹]\s?\d[\d.,]*\s*[kKmM]?(?:\s*[-–]\s*[$€£¥₹]?\s?\d[\d.,]*\s*[kKmM]?)?(?:\s*(?:\/|per)\s*\p{L}+)?\s*$/u;
/** Every EMPLOYMENT_IN match ends in "Teilzeit" or "Vollzeit"; every TRAILING_SALARY match has a sign. */
const ENDS_IN_ZEIT = /zeit\s*$/iu;
const CURRENCY_SIGN = /[$€£¥₹]/;
const COMPANY_TAIL = /\s+(?:at|@|bei|chez|tại)\s+(.+)$/iu;
/**
 * "… in Berlin", "… für unser Team in Hamburg", "… till vårt team i Göteborg", "… til vores lager i Aarhus",
 * "… pour notre équipe à Lyon": a place said with a preposition at the end, with or without "for our team"
 * before it. Only a tail that is a place goes ("Software Engineer in Test" keeps its words).
 */
const PLACE_TAIL = new RegExp(
  String.raw`\s+(?:(?:for|to|till|til|für|pour|para|voor|per|dla|do|cho)\s+(?:our|the|your|vårt|vår|vores|unser(?:e|em|en)?|notre|nuestro|nuestra|nosso|nossa|ons|onze|il nostro|la nostra|naszego|naszej)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:in|i|en|à|em|im|w|ve|di)\s+(\p{Lu}.*)$`,
  'u',
);

/**
 * Owner: title. Removes gender markers ("(m/w/d)", "(H/F)", "*in", "男女不問"), requisition codes, salary,
 * employment type, location and company suffixes, hiring noise; turns an all-capitals title into title case.
 * Keeps what describes the job: "Staff Software Engineer, Payments", "機械学習エンジニア（画像認識）",
 * "Registered Nurse – Night Shifts". A parenthetical that is not one of the removable kinds stays, so
 * "Senior Android Engineer (Kotlin)" keeps its technology: it tells candidates what the job is.
 */
export function cleanTitle(raw: string, options: CleanTitleOptions = {}): CleanTitle {
  const removed: Removed = { employmentType: null, location: null, code: null, salary: null, company: null };
  const company = options.company?.trim() || null;
  const written = raw.slice(0, MAX_TITLE);
  let title = collapseSpaces(written.replace(/[\u200B-\u200D\uFEFF]/g, '')).trim();
  const recordIn = (field: RemovedKey, text: string): void => record(removed, field, text);
  title = stripGender(title);
  title = stripWorkload(title, recordIn);
  title = stripCodes(title, recordIn);
  title = stripBrackets(title, removed, company);
  title = stripSegments(title, removed, company);
  title = stripLeadingEmployment(title, removed);
  title = stripTails(title, removed, company);
  // a marker left at the end once a segment after it went ("Comptable H/F - CDD 6 mois")
  title = stripGender(title);
  title = tidy(title);
  return { title: title ? toTitleCaseIfShouting(title) : collapseSpaces(written).trim(), removed };
}

/**
 * A segment's kind; a Polish place phrase ("w Warszawie", "praca w Krakowie") is a location although the
 * gazetteer only knows its place in the nominative (and "praca w" also opens career-site names).
 */
function kindOf(segment: string, company: string | null): SegmentKind {
  return polishPlacePhrase(segment) ? 'location' : classifySegment(segment, company);
}

/** What a removed segment is recorded as: a Polish place phrase as its place ("Kraków"), else as written. */
function recorded(kind: SegmentKind, segment: string): string {
  return kind === 'location' ? (polishPlacePhrase(segment) ?? segment) : segment;
}

function record(removed: Removed, key: RemovedKey, text: string): void {
  const value = text
    .trim()
    .replace(/^[([（【「［](.*)[)\]）】」］]$/su, '$1')
    .trim();
  if (!value) return;
  removed[key] = removed[key] ? `${removed[key]}, ${value}` : value;
}

/** Each bracketed group is classified on its own: "(Remote, US)" goes, "(Kotlin)" and "（画像認識）" stay. */
function stripBrackets(title: string, removed: Removed, company: string | null): string {
  return title.replace(BRACKETS, (whole, _open: string, inner: string) => {
    const kind = kindOf(inner, company);
    if (kind === 'keep') return stripFactList(whole, inner, removed);
    const field = KIND_TO_FIELD[kind];
    if (field) record(removed, field, recorded(kind, inner));
    return ' ';
  });
}

/** A bracket listing an employment type beside workplace words or places ("【契約社員／リモート可】") goes, each part recorded. */
function stripFactList(whole: string, inner: string, removed: Removed): string {
  const parts = employmentAndPlaceParts(inner);
  if (!parts) return whole;
  for (const [field, part] of parts) record(removed, field, part);
  return ' ';
}

/** Splits on separators; keeps the first meaningful segment and every segment that describes the job. */
function stripSegments(title: string, removed: Removed, company: string | null): string {
  const pieces = splitOutsideBrackets(title);
  // One segment and no comma comes back as it is whatever its kind, so it is not classified.
  if (pieces.length === 1 && !title.includes(',')) return title;
  const segments = pieces.filter((_, i) => i % 2 === 0);
  const kinds = segments.map((s) => kindOf(s, company));
  if (!kinds.includes('keep')) return title;
  const kept: string[] = [];
  segments.forEach((segment, i) => {
    const kind = kinds[i]!;
    if (kind === 'keep') {
      kept.push(kept.length ? `${pieces[i * 2 - 1] ?? ' '}${segment}` : segment);
      return;
    }
    const field = KIND_TO_FIELD[kind];
    if (field) record(removed, field, recorded(kind, segment));
  });
  return stripCommaTail(kept.join(''), removed, company);
}

/**
 * `title.split(SEPARATOR)` (segments at even indexes, separators at odd ones), except that a separator inside
 * brackets stays in its segment: "Support Engineer (Remote — EMEA)" is one segment, not two.
 */
function splitOutsideBrackets(title: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(title); match; match = SEPARATOR.exec(title)) {
    if (bracketDepth(title, match.index) > 0) continue;
    pieces.push(title.slice(from, match.index), match[0]);
    from = match.index + match[0].length;
  }
  pieces.push(title.slice(from));
  return pieces;
}

function bracketDepth(text: string, end: number): number {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

/**
 * An employment type written before the job: "Per Diem Registered Nurse", "Contract Data Engineer",
 * "Part-time Barista". Only when what follows is a job (it ends in a role noun); "Contract" also needs a
 * job of two words or more, so "Contract Manager" and "Contract Specialist" keep it.
 */
function stripLeadingEmployment(title: string, removed: Removed): string {
  const match = LEADING_EMPLOYMENT.exec(title);
  if (!match) return title;
  const rest = title.slice(match[0].length);
  const job = rest.split(/\s+[-–—|]\s+|\s*[([（,]/u)[0]!.trim();
  if (!ROLE_NOUN.test(job)) return title;
  if (/^contract/i.test(match[1]!) && job.split(/\s+/).length < 2) return title;
  record(removed, 'employmentType', match[1]!);
  return rest;
}

/** "Software Engineer, Berlin" loses ", Berlin"; "Staff Software Engineer, Payments" keeps its team. */
function stripCommaTail(title: string, removed: Removed, company: string | null): string {
  const parts = title.split(/\s*,\s*/);
  const dropped: Array<[RemovedKey, string]> = [];
  while (parts.length > 1) {
    const kind = kindOf(parts[parts.length - 1]!, company);
    const field = KIND_TO_FIELD[kind];
    if (!field && kind !== 'noise') break;
    const part = parts.pop()!;
    if (field) dropped.unshift([field, recorded(kind, part)]);
  }
  const merged = new Map<RemovedKey, string[]>();
  for (const [field, part] of dropped) merged.set(field, [...(merged.get(field) ?? []), part]);
  for (const [field, list] of merged) record(removed, field, list.join(', '));
  return parts.join(', ');
}

/** "in Teilzeit", a trailing salary, "at Acme" / "@ Tokyo". */
function stripTails(title: string, removed: Removed, company: string | null): string {
  let out = title;
  if (ENDS_IN_ZEIT.test(out))
    out = out.replace(EMPLOYMENT_IN, (_whole, type: string) => {
      record(removed, 'employmentType', type);
      return '';
    });
  if (CURRENCY_SIGN.test(out))
    out = out.replace(TRAILING_SALARY, (salary) => {
      record(removed, 'salary', salary);
      return '';
    });
  out = stripPlaceTail(out, removed);
  const tail = COMPANY_TAIL.exec(out);
  if (tail) {
    const what = tailKind(out.slice(0, tail.index), tail[1]!, tail[0], company);
    if (what) {
      record(removed, what, tail[1]!);
      out = out.slice(0, tail.index);
    }
  }
  return out;
}

/** "… in Berlin", "… à Paris"; or a Polish place in the locative, "… w Warszawie", recorded as "Warszawa". */
function stripPlaceTail(title: string, removed: Removed): string {
  const place = PLACE_TAIL.exec(title);
  if (place && place.index > 0 && isPlaceText(place[1]!)) {
    record(removed, 'location', place[1]!);
    return title.slice(0, place.index);
  }
  const polish = polishPlaceTail(title);
  if (!polish) return title;
  record(removed, 'location', polish.place);
  return title.slice(0, polish.index);
}

function tailKind(before: string, tail: string, whole: string, company: string | null): RemovedKey | null {
  if (isPlaceText(tail)) return 'location';
  if (company && fold(tail) === fold(company)) return 'company';
  const isAt = /^\s*(?:at|@)\s/i.test(whole);
  const looksLikeName = /^\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}$/u.test(tail.trim());
  return isAt && looksLikeName && ROLE_NOUN.test(before.trim()) ? 'company' : null;
}

const EMPTY_BRACKETS = /\s*[([（【「［]\s*[)\]）】」］]/g;
const SPACE_BEFORE_CLOSING = /\s+([,)\]）】])/g;
const SPACE_RUN = /\s{2,}/g;
const EDGE_PUNCTUATION = /^[\s,;:|·•\-–—/*]+|[\s,;:|·•\-–—/*]+$/g;
const EDGE_CHARACTER = /[\s,;:|·•\-–—/*]/;

/** Every EMPTY_BRACKETS match holds an opening bracket, every SPACE_BEFORE_CLOSING match a comma or closing one. */
const OPENING_BRACKET = /[([（【「［]/;
const COMMA_OR_CLOSING = /[,)\]）】]/;

function tidy(title: string): string {
  let out = OPENING_BRACKET.test(title) ? title.replace(EMPTY_BRACKETS, '') : title;
  if (COMMA_OR_CLOSING.test(out)) out = out.replace(SPACE_BEFORE_CLOSING, '$1');
  out = out.replace(SPACE_RUN, ' ');
  // the edge pattern is tried at every position; a title whose two ends are letters has nothing for it
  const edged = EDGE_CHARACTER.test(out.charAt(0)) || EDGE_CHARACTER.test(out.charAt(out.length - 1));
  return (edged ? out.replace(EDGE_PUNCTUATION, '') : out).trim();
}

import type { Terms } from '../schema/posting';
import { asciiDigits } from './native-digits';
import {
  LEAVE_DAY_UNITS,
  LEAVE_GAP,
  LEAVE_MINIMUM,
  LEAVE_WORDS,
  NO_PROBATION,
  NOT_PAID_LEAVE,
  NUMBER_WORDS,
  PER_MONTH,
  PER_WEEK,
  PROBATION_WORDS,
  UNIT_ADJECTIVES,
  UNIT_WORDS,
  UNLIMITED_LEAVE,
} from './lexicon/term-words';
import { additionLine, leaveAdditions } from './leave-additions';
import { matchesOf } from './regex-matches';
import { trieRegexSource } from './regex-trie';
import { piecesOf } from './text-pieces';

/** NFKC changes nothing in ASCII text: skip it there. */
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Owner: terms. Probation months and paid leave days from the posting's lines (any supported language).
 *
 * - Probation: the duration next to a probation word ("Probation: 2 months", "90-day probation" → 3,
 *   "試用期間3か月"); weeks and days are converted to months and rounded to the half month; a range keeps
 *   its upper end (the probation may last that long); "no probation" is 0. Sane range 0–24 months.
 * - Paid leave: days of paid annual leave ("25 days PTO", "28 Urlaubstage", "有給休暇10日"); weeks count five
 *   working days, hours eight to the day ("80 hours of PTO" → 10); "1 day per month" counts twelve; a range
 *   keeps its lower end (what is guaranteed).
 *   Not paid leave: "年間休日" (days off including weekends), sick, parental or public-holiday days, office
 *   days. "Unlimited PTO" is null, unless it states a guaranteed minimum ("with a 20-day minimum" → 20).
 *   Sane range 1–60 days.
 *
 * `bodyText` is read for a term the lines do not state: a sentence after a section's list ("Probation
 * period: 6 months.") may belong to no section. One cheap test over the whole text skips it otherwise.
 */
export function extractTerms(lines: string[], bodyText = ''): Terms {
  const terms: Terms = { probationMonths: null, paidLeaveDays: null };
  readLines(lines, terms, HAS_TERM);
  // The body is tested only for the terms still missing (most postings state leave, few probation).
  const missing =
    terms.probationMonths === null
      ? terms.paidLeaveDays === null
        ? HAS_TERM
        : HAS_PROBATION
      : terms.paidLeaveDays === null
        ? HAS_LEAVE
        : null;
  if (missing?.test(bodyText)) readLines(bodyText.split('\n'), terms, missing);
  return terms;
}

/** Fills the terms still null from the first line that states each; a line naming neither costs one test. */
function readLines(lines: string[], terms: Terms, has: RegExp): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!has.test(line)) continue;
    for (const piece of pieces(line)) {
      terms.probationMonths ??= probationIn(piece);
      if (terms.paidLeaveDays === null) {
        const days = paidLeaveIn(piece);
        if (days !== null) terms.paidLeaveDays = withNextLineAddition(piece, days, lines[i + 1]);
      }
      if (terms.probationMonths !== null && terms.paidLeaveDays !== null) return;
    }
  }
}

/**
 * The leave days with the days the next bullet adds when it is nothing but an addition ("25 days holiday", then
 * "+ 5 extra days" or "Plus 3 additional days between Christmas and New Year"): read as one clause, with the
 * same rules as within a line (leave-additions.ts), so sick, public or tenure days are still never added.
 */
function withNextLineAddition(piece: string, days: number, next: string | undefined): number {
  const addition = next === undefined ? null : additionLine(next);
  if (addition === null) return days;
  const total = paidLeaveIn(`${piece} ${pieces(addition).join(' ')}`);
  return total !== null && total > days ? total : days;
}

/** NFKC for full-width forms and ligatures, then ASCII digits for native ones ("۳ ماه", "६ महीने"). */
const pieces = (line: string): string[] => piecesOf(NON_ASCII.test(line) ? asciiDigits(line.normalize('NFKC')) : line);

type Unit = keyof typeof UNIT_WORDS | 'leave-day';

interface Quantity {
  low: number;
  high: number;
  unit: Unit;
  start: number;
  end: number;
}

/** Digits or a number word; the words as a trie, so a position costs one walk, not one try per word. */
const NUMBER = `(\\d{1,3}(?:[.,]\\d)?|${trieRegexSource(Object.keys(NUMBER_WORDS))})`;
const RANGE = `(?:\\s*(?:-|–|—|~|〜|～|to|bis|à|a|đến)\\s*${NUMBER})?`;
const UNIT = `(${LEAVE_DAY_UNITS})|(${UNIT_WORDS.month})|(${UNIT_WORDS.week})|(${UNIT_WORDS.day})|(${UNIT_WORDS.hour})`;
const ADJECTIVES = `(?:(?:${UNIT_ADJECTIVES})\\s+){0,2}`;
const QUANTITY = new RegExp(
  `(?<![\\p{sc=Latin}\\d.,])${NUMBER}${RANGE}\\s*-?\\s*${ADJECTIVES}(?:${UNIT})(?![\\p{sc=Latin}])`,
  'giu',
);

/** Durations in the line: "2 months", "90-day", "3ヶ月", "6 Monate", "28 Urlaubstage". */
function quantitiesIn(line: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of matchesOf(QUANTITY, line)) {
    const low = toNumber(m[1]);
    const high = m[2] === undefined ? low : toNumber(m[2]);
    const unit: Unit = m[3] ? 'leave-day' : m[4] ? 'month' : m[5] ? 'week' : m[6] ? 'day' : 'hour';
    if (low === null || high === null) continue;
    found.push({
      low: Math.min(low, high),
      high: Math.max(low, high),
      unit,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found;
}

function toNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const word = NUMBER_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const value = Number(raw.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

function wordsRegex(words: { latin: string; cjk: string }): RegExp {
  return new RegExp(`(?<![\\p{sc=Latin}])(?:${words.latin})(?![\\p{sc=Latin}])|${words.cjk}`, 'giu');
}

const PROBATION = wordsRegex(PROBATION_WORDS);
const LEAVE = wordsRegex(LEAVE_WORDS);
/** Cheap first tests, so lines that mention neither term cost one scan each. */
// Latin words only at a word start (every one begins with an ASCII letter): "cuti" inside "execution"
// or "pto" inside "crypto" would send most lines on to the full reading.
const HAS_PROBATION = new RegExp(`\\b(?:${PROBATION_WORDS.latin})|${PROBATION_WORDS.cjk}`, 'i');
const HAS_LEAVE = new RegExp(`\\b(?:${LEAVE_WORDS.latin}|${LEAVE_DAY_UNITS})|${LEAVE_WORDS.cjk}`, 'i');
const LEAVE_UNIT = new RegExp(LEAVE_DAY_UNITS, 'iu');
/** Either term: the one test most lines get. */
const HAS_TERM = new RegExp(`${HAS_PROBATION.source}|${HAS_LEAVE.source}`, 'i');

function spans(regex: RegExp, line: string): Array<{ start: number; end: number }> {
  return matchesOf(regex, line).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function probationIn(line: string): number | null {
  if (!HAS_PROBATION.test(line)) return null;
  const keywords = spans(PROBATION, line);
  if (keywords.length === 0) return null;
  if (NO_PROBATION.test(line)) return 0;
  const quantities = quantitiesIn(line).filter((q) => q.unit !== 'leave-day' && q.unit !== 'hour');
  for (const k of keywords) {
    const after = quantities.find(
      (q) => q.start >= k.end && q.start - k.end <= 40 && !/[.;。\n]\s/.test(line.slice(k.end, q.start)),
    );
    const before = [...quantities]
      .reverse()
      .find((q) => q.end <= k.start && k.start - q.end <= 25 && !NOT_ITS_LENGTH.test(line.slice(q.end, k.start)));
    // a duration written onto the word ("6-month probation, then a one-month notice period") is its length,
    // whatever duration follows it
    const attached = before !== undefined && /^[\s-]*$/.test(line.slice(before.end, k.start));
    const months = toMonths(attached ? before : (after ?? before));
    if (months !== null) return months;
  }
  return null;
}

/**
 * Words between a duration and the probation word after it that make the duration something else: a rate
 * ("dos días a la semana tras el periodo de prueba", "2 days a week after probation") or a time after it.
 */
const NOT_ITS_LENGTH =
  /(?<![\p{L}])(?:a week|per week|weekly|after|following|a la semana|por semana|tras|despu[eé]s del?|pro woche|in der woche|nach|par semaine|apr[eè]s|a settimana|alla settimana|dopo|na semana|ap[oó]s|depois d[eoa]s?|na de)(?![\p{L}])/iu;

function toMonths(q: Quantity | undefined): number | null {
  if (!q) return null;
  const perMonth = q.unit === 'month' ? 1 : q.unit === 'week' ? 7 / 30.44 : 1 / 30.44;
  const raw = q.high * perMonth;
  const months = q.unit === 'month' ? raw : Math.max(0.5, Math.round(raw * 2) / 2);
  return months > 0 && months <= 24 ? months : null;
}

function paidLeaveIn(line: string): number | null {
  if (!HAS_LEAVE.test(line)) return null;
  const keywords = spans(LEAVE, line);
  // The quick test also fires inside words ("exe-cuti-ve"): no whole leave word and no leave unit, no leave.
  if (keywords.length === 0 && !LEAVE_UNIT.test(line)) return null;
  const quantities = quantitiesIn(line).filter((q) => q.unit !== 'month');
  if (UNLIMITED_LEAVE.test(line) && (keywords.length > 0 || quantities.some((q) => q.unit === 'leave-day'))) {
    const minimum = LEAVE_MINIMUM.exec(line);
    return minimum ? saneLeave(Number(minimum[1] ?? minimum[2])) : null;
  }
  for (const q of quantities) {
    if (PER_WEEK.test(line.slice(q.end, q.end + 20))) continue;
    if (q.unit === 'leave-day' || isLeaveNear(line, q, keywords)) {
      const days = toDays(q, PER_MONTH.test(line.slice(q.end, q.end + 30)));
      if (days !== null) return withAdditions(days, line, quantities, q);
    }
  }
  return null;
}

/** The leave days with the days the same clause adds to them ("four weeks of annual leave plus 5 extra days"). */
function withAdditions(days: number, line: string, quantities: Quantity[], base: Quantity): number {
  let total = days;
  for (const extra of leaveAdditions(line, quantities, base)) total += toDays(extra, false) ?? 0;
  return saneLeave(total) ?? days;
}

/** A leave word right after the days ("25 days of paid vacation") or shortly before them ("有給休暇10日"). */
function isLeaveNear(line: string, q: Quantity, keywords: Array<{ start: number; end: number }>): boolean {
  // The leave word may begin inside the quantity's unit: "25 jours de congés", "10 days leave".
  const after = keywords.find((k) => k.end > q.end && k.start >= q.start && k.start - q.end <= 30);
  const gapAfter = after ? line.slice(q.end, Math.max(q.end, after.start)) : '';
  if (after && LEAVE_GAP.test(gapAfter) && !NOT_PAID_LEAVE.test(gapAfter)) return true;
  const before = [...keywords].reverse().find((k) => k.end <= q.start && q.start - k.end <= 30);
  if (!before) return false;
  // "有給休暇：入社6ヶ月後に10日": a waiting period may stand between the leave word and its days.
  const gap = line.slice(before.end, q.start).replace(WAITING_PERIOD, '');
  return !/[\d.;。]/.test(gap) && !NOT_PAID_LEAVE.test(line.slice(Math.max(0, before.start - 20), before.start));
}

const WAITING_PERIOD = new RegExp(`\\d{1,2}\\s*(?:${UNIT_WORDS.month})`, 'giu');

/** Hours of leave below this are an accrual rate ("4.62 hours per pay period"), not a yearly amount. */
const MIN_LEAVE_HOURS = 24;
const HOURS_PER_DAY = 8;

function toDays(q: Quantity, perMonth: boolean): number | null {
  if (q.unit === 'hour') {
    if (perMonth || q.low < MIN_LEAVE_HOURS) return null;
    return saneLeave(Math.round((q.low / HOURS_PER_DAY) * 2) / 2);
  }
  const days = q.unit === 'week' ? q.low * 5 : perMonth ? q.low * 12 : q.low;
  return saneLeave(days);
}

function saneLeave(days: number): number | null {
  return days > 0 && days <= 60 ? days : null;
}

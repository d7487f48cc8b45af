import type { EmploymentType } from '../schema/posting';

/**
 * The schedule a text states as a number: a workload percentage ("Pensum 80–100 %") or weekly hours
 * ("32-40 uur", "40h/week"). Read beside the phrases (employment-types.ts), on the text as written.
 */

/** A Swiss/German workload ("Pensum 100%", "80–100 %", "taux d'activité 60%"): 100 is full-time, less is part-time. */
const WORKLOAD =
  /(?:pensum|workload|taux d['’]activité|taux d['’]occupation|beschäftigungsgrad|arbeitspensum)\s*[:：]?\s*(\d{2,3})\s*%?\s*(?:[-–]|bis|à|to)?\s*(\d{2,3})?\s*%/iu;

/** A value that is only a workload, as titles and header fields give it: "80-100%", "(60 %)". */
const BARE_WORKLOAD = /^\s*\(?\s*(\d{2,3})\s*%?\s*(?:[-–]|bis|à|to)?\s*(\d{2,3})?\s*%\s*\)?\s*$/mu;

/** The schedules a workload names: 100 % full-time, less part-time (a range may be both). */
export function workloadTypes(text: string): EmploymentType[] {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const m = WORKLOAD.exec(head) ?? BARE_WORKLOAD.exec(head);
  if (!m) return [];
  const low = Number(m[1]);
  const high = m[2] ? Number(m[2]) : low;
  if (high > 100 || low > high) return [];
  return [...(high === 100 ? (['FULL_TIME'] as const) : []), ...(low < 100 ? (['PART_TIME'] as const) : [])];
}

/**
 * Weekly hours decide the schedule the way the title cleaner reads them as contract terms (title-words.ts
 * EMPLOYMENT_DETAIL): "32-40 uur", "38,5 Std./Woche", "40h/week", "20 heures par semaine". A week of
 * FULL_TIME_HOURS or more is full-time (four eight-hour days: the Dutch and Belgian norm, above the 30 h US
 * ACA line), fewer is part-time, so a range may be both ("24-40 uur"). Hours count only with a weekly unit or
 * as a value of their own ("(32-40 uur)" in a title, "Hours: 20 h"); "€ 16 per uur" and "8 uur per dag" do not.
 */
const FULL_TIME_HOURS = 32;
const HOURS_NUMBER = String.raw`(\d{1,2}(?:[.,]\d{1,2})?)`;
const HOURS_RANGE = String.raw`${HOURS_NUMBER}(?:\s*(?:[-–—]|to|bis|tot|à|a)\s*${HOURS_NUMBER})?`;
const HOURS_UNIT = String.raw`(?:hours?|hrs?|h|uur|uren|u|stunden|std|heures|horas|ore|godz(?:in)?|timmar|timer)(?![\p{L}\d])\.?`;
const PER_WEEK = String.raw`(?:\s*(?:\/|per|pro|par|por|a|la|in de|in der|each|a la|alla)\s*|[\s-]*)(?:week|wk|woche|wo|semaine|sem|semana|settimana|tydzien|tygodniowo|vecka|uke|uge)(?![\p{L}])\.?`;
const WEEKLY_HOURS = new RegExp(
  String.raw`(?<![\d.,])${HOURS_RANGE}[\s-]*(?:${HOURS_UNIT}${PER_WEEK}|(?:wochenstunden|weekly hours|hours weekly|uur per week|heures hebdomadaires|horas semanales|ore settimanali))`,
  'iu',
);
const BARE_HOURS = new RegExp(String.raw`^\s*\(?\s*${HOURS_RANGE}\s*${HOURS_UNIT}\s*\)?\s*$`, 'imu');
/** A bare value under a dozen hours is a day's, not a week's ("8 uur"). */
const MIN_BARE_WEEKLY_HOURS = 12;
const MAX_WEEKLY_HOURS = 80;
const HOURS_HINT = /\d[\s-]*[a-zA-Z]/;

/** The schedules weekly hours name (see FULL_TIME_HOURS); none when the text states no weekly hours. */
export function weeklyHoursTypes(text: string): EmploymentType[] {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // most values, titles and statements name no hours: skip the patterns unless a digit is followed by a letter
  if (!HOURS_HINT.test(head)) return [];
  const weekly = WEEKLY_HOURS.exec(head);
  const m = weekly ?? BARE_HOURS.exec(head);
  if (!m) return [];
  const low = Number(m[1]?.replace(',', '.'));
  const high = m[2] ? Number(m[2].replace(',', '.')) : low;
  if (!(low <= high) || high > MAX_WEEKLY_HOURS || (!weekly && low < MIN_BARE_WEEKLY_HOURS)) return [];
  return [
    ...(high >= FULL_TIME_HOURS ? (['FULL_TIME'] as const) : []),
    ...(low < FULL_TIME_HOURS ? (['PART_TIME'] as const) : []),
  ];
}

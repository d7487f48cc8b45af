/**
 * Dates as sources write them → ISO 8601 (DESIGN §3: `datePosted`, `validThrough`). One rule, applied the
 * same way everywhere: a date with a time becomes a UTC timestamp (`2026-07-30T19:46:15Z`); a date without
 * one stays a date (`2026-07-30`), because inventing midnight in some zone would claim a precision the
 * source never had. An ambiguous or impossible date is null, never a guess.
 */
import { asciiDigits } from './native-digits';
import { isCalendarDay, isoTimestamp } from './utc-time';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  enero: 1,
  gennaio: 1,
  janeiro: 1,
  feb: 2,
  february: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  febrero: 2,
  febbraio: 2,
  fevereiro: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  marzo: 3,
  março: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  aprile: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  maggio: 5,
  maio: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  junio: 6,
  giugno: 6,
  junho: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  julio: 7,
  luglio: 7,
  julho: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  settembre: 9,
  setembro: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  octobre: 10,
  octubre: 10,
  ottobre: 10,
  outubro: 10,
  okt: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  novembro: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  décembre: 12,
  decembre: 12,
  diciembre: 12,
  dicembre: 12,
  dezembro: 12,
  dez: 12,
  ...moreMonths(),
};

/**
 * Month names of Dutch, the Nordic languages, Turkish, Indonesian, and the genitive forms Czech and Polish
 * write in a date ("31 Desember 2026", "15 Aralık 2026", "1. března 2027", "3 marca 2027"), lower case.
 */
function moreMonths(): Record<string, number> {
  const byMonth = [
    'januari januar ocak ledna stycznia',
    'februari februar şubat subat února unora lutego',
    'maart marts mars mart maret března brezna marca',
    'april nisan dubna kwietnia',
    'mei maj mai mayıs mayis května kvetna maja',
    'juni haziran června cervna czerwca',
    'juli temmuz července cervence lipca',
    'augustus augusti august ağustos agustos agustus srpna sierpnia',
    'september eylül eylul září zari września wrzesnia',
    'oktober ekim října rijna października pazdziernika',
    'november kasım kasim listopadu listopada',
    'december desember aralık aralik prosince grudnia',
  ];
  return Object.fromEntries(
    [...byMonth, ...hindiMonths(), ...arabicMonths()].flatMap((names, i) =>
      names.split(' ').map((name) => [name, (i % 12) + 1] as const),
    ),
  );
}

/** Arabic names of the Gregorian months as Gulf and Egyptian pages write them ("15 ديسمبر 2026"), with and without hamza. */
function arabicMonths(): string[] {
  return [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل ابريل إبريل',
    'مايو',
    'يونيو يونيه',
    'يوليو يوليه',
    'أغسطس اغسطس',
    'سبتمبر',
    'أكتوبر اكتوبر',
    'نوفمبر',
    'ديسمبر',
  ];
}

/** Hindi month names as Indian job pages date a posting ("21 नवंबर 2026"), in both spellings of each, NFC. */
function hindiMonths(): string[] {
  return [
    'जनवरी',
    'फ़रवरी फरवरी',
    'मार्च',
    'अप्रैल अप्रेल',
    'मई',
    'जून',
    'जुलाई',
    'अगस्त',
    'सितंबर सितम्बर',
    'अक्टूबर अक्तूबर',
    'नवंबर नवम्बर',
    'दिसंबर दिसम्बर',
  ];
}

/** Epoch values below this are seconds, above it milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const MS_THRESHOLD = 1e11;

/** What the writer's locale says about "02/12/2026": day first (Europe, Latin America), month first (US), or unknown. */
export interface DateHints {
  dayFirst?: boolean;
}

/** Normalises a date as written (ISO string, epoch seconds or ms, "2026-07-30 19:46:15 UTC", "30.07.2026", "July 30, 2026", "2026年7月30日") → ISO 8601 or null. */
export function normalizeDate(value: string | number | null | undefined): string | null {
  return normalizeDateIn(value, {});
}

/** Like `normalizeDate`, with the writer's locale to settle "02/12/2026" (see `dateHintsFor`). */
export function normalizeDateIn(value: string | number | null | undefined, hints: DateHints): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  const text = asciiDigits(value.trim());
  if (!text) return null;
  if (/^\d{10,13}$/.test(text)) return fromEpoch(Number(text));
  return fromIsoLike(text) ?? fromDayMonthYear(text, hints) ?? fromMonthName(text) ?? fromCjk(text);
}

/** English variants that write the month first; every other English locale writes the day first. */
const MONTH_FIRST_ENGLISH = new Set(['us', 'ph', 'ca', 'um', 'as', 'gu', 'pr', 'vi']);
/** Languages whose numeric dates run year-month-day: a day/month order says nothing about them. */
const YEAR_FIRST_LANGUAGES = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);

/**
 * The day/month order of a BCP 47 language tag ("es", "en-GB", "pt-BR" → day first; "en-US" → month first);
 * nothing for bare "en" (US and British writers both use it) or year-first languages.
 */
export function dateHintsFor(language: string | null | undefined): DateHints {
  const [lang, region] = (language ?? '').toLowerCase().split(/[-_]/);
  if (!lang || YEAR_FIRST_LANGUAGES.has(lang)) return {};
  if (lang !== 'en') return { dayFirst: true };
  if (!region) return {};
  return { dayFirst: !MONTH_FIRST_ENGLISH.has(region) };
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return isoTimestamp(value < MS_THRESHOLD ? value * 1000 : value);
}

/** "2026-07-30", "2026-07-30T19:46:15.753+00:00", "2026-07-30 19:46:15 UTC", "2026/07/30". */
const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

function fromIsoLike(text: string): string | null {
  const m = ISO_LIKE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const date = dateOnly(year, month, day);
  if (h === undefined || date === null) return date;
  if (Number(h) > 23) return null;
  const offset = offsetMinutes(zone);
  const [minute, second] = [Number(mi), s === undefined ? 0 : Number(s)];
  // past these limits Date's own parser decides (it refuses them, or reads more than 9 fraction digits its way)
  if (minute > 59 || second > 59 || offset === null || (frac !== undefined && frac.length > 10)) return fromParsed(m);
  const ms = frac === undefined ? 0 : Number(frac.slice(1, 4).padEnd(3, '0'));
  return isoTimestamp(Date.UTC(year, month - 1, day, Number(h), minute - offset, second, ms));
}

/** Minutes east of UTC of "Z", "UTC", "+05:30", "-0400" (none: UTC); null past 23 hours or 59 minutes. */
function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone.length <= 3) return 0;
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The ISO-like match as `Date`'s parser reads it once written as an ISO string. `fromIsoLike` computes the same
 * instant itself for every time in range (a property test holds the two together); this reads the rest.
 */
function fromParsed(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const offset =
    !zone || /^(z|utc|gmt)$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const iso = `${y}-${pad(mo ?? '')}-${pad(d ?? '')}T${pad(h ?? '')}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  return isoTimestamp(new Date(iso).getTime());
}

/**
 * "30.07.2026" (German and most of Europe: day first), "30/07/2026"; "07/30/2026" when the day cannot be the
 * first part; "02/12/2026" only with the writer's locale to say which part is the day.
 */
function fromDayMonthYear(text: string, hints: DateHints): string | null {
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return null;
  const [a, sep, b, y] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
  if (sep === '.') return dateOnly(y, b, a);
  if (a > 12) return dateOnly(y, b, a);
  if (b > 12 || a === b) return dateOnly(y, a, b);
  if (hints.dayFirst === undefined) return null;
  return hints.dayFirst ? dateOnly(y, b, a) : dateOnly(y, a, b);
}

/** "July 30, 2026", "30 July 2026", "30. Juli 2026", "30 de julio de 2026", "Jul 30 2026". */
function fromMonthName(text: string): string | null {
  const t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\s+de\s+/g, ' ')
    .replace(/\s+/g, ' ');
  // a month name may carry vowel signs (Devanagari 'नवंबर'): letters and marks
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th|er|\.)? ([\p{L}\p{M}]+)\.? (\d{4})$/u.exec(t);
  if (dayFirst) return withMonth(dayFirst[2], Number(dayFirst[1]), Number(dayFirst[3]));
  const monthFirst = /^([\p{L}\p{M}]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/u.exec(t);
  if (monthFirst) return withMonth(monthFirst[1], Number(monthFirst[2]), Number(monthFirst[3]));
  return null;
}

/** "2026年7月30日", "2026년 7월 30일". */
function fromCjk(text: string): string | null {
  const m = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/.exec(text);
  return m ? dateOnly(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function withMonth(name: string | undefined, day: number, year: number): string | null {
  const month = name === undefined ? undefined : MONTHS[name];
  return month === undefined ? null : dateOnly(year, month, day);
}

function dateOnly(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2999 || !isCalendarDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number | string): string => String(n).padStart(2, '0');

/** Whether an ISO date or timestamp lies before `now` (a date-only value lasts until the end of its day, UTC). */
export function isPast(iso: string, now: Date): boolean {
  const end = iso.length === 10 ? Date.parse(`${iso}T23:59:59.999Z`) : Date.parse(iso);
  return Number.isFinite(end) && end < now.getTime();
}

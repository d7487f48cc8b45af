/**
 * A posting date written relative to the day it was read: "Posted 2 Days Ago", "Posted Today" (Workday),
 * "vor 3 Tagen veröffentlicht", "Publié il y a 5 jours", "hace 3 días", "3日前", "3天前", "3일 전", "2 ore fa".
 * The date is counted back from the normalisation context's `now` (never the wall clock), in UTC days. Only
 * counts that name a day are read: "30+ Days Ago" is a floor, "2 weeks ago" or "1 month ago" a rounded span,
 * and a wrong exact date is worse than none, so they give null. The text must be nothing but the date (a
 * "posted" cue around it allowed): "the ticket was posted 2 days ago" is a sentence, not a posting date.
 */

const DAY_MS = 86_400_000;
const MAX_TEXT = 60;

/** "Posted", "Published", "Veröffentlicht", "Publié", "Publicado", … before the time ago, with an optional "on"/":". */
const LEADING_CUE =
  /^(?:(?:posted|published|updated|veröffentlicht|aktualisiert|publié|mis en ligne|publicad[oa]|pubblicato|geplaatst|opublikowano|掲載日|公開日|发布(?:时间|日期)?|發佈(?:時間|日期)?|게시일|등록일)(?!\p{L})\s*[:：\-–]?\s*)?/iu;
/** The same cue written after it ("vor 3 Tagen veröffentlicht", "3日前に掲載", "3天前发布"). */
const TRAILING_CUE =
  /\s*(?:veröffentlicht|publié|publicado|pubblicato|geplaatst|opublikowano|に?掲載|に?公開|发布|發佈|게시|등록)$/iu;

/** Days back for a unit: minutes and hours are today; weeks, months and years are spans, not days (null). */
const UNIT_DAYS: ReadonlyArray<readonly [RegExp, number | null]> = [
  [
    /^(?:second|minute|hour|sekunde|minute|stunde|seconde|heure|segundo|minuto|hora|second[oi]|minut[oi]|or[ae]|seconde|minuut|minuten|uur|sekund|minut|godzin|秒|分|分钟|時間|小时|小時|초|분|시간)/iu,
    0,
  ],
  [/^(?:day|tag|jour|d[ií]a|giorn|dag|dni|dzie|日|天|일)/iu, 1],
];

const EN = /^(\d+\+?|an?|one)\s+(\p{L}+?)s?\s+ago$/iu;
const DE = /^(?:vor|seit)\s+(\d+\+?|einem|einer)\s+(\p{L}+)$/iu;
const FR = /^il\s+y\s+a\s+(\d+\+?|un|une)\s+(\p{L}+)$/iu;
const ES_PT = /^(?:hace|há)\s+(\d+\+?|un|una|um|uma)\s+(\p{L}+)$/iu;
const IT_NL = /^(\d+\+?|un|una|uno)\s+(\p{L}+)\s+(?:fa|geleden)$/iu;
const PL = /^(\d+\+?)\s+(\p{L}+)\s+temu$/iu;
const CJK = /^(\d+\+?)\s*(分钟|分|小时|小時|時間|日|天|일|시간|분|週間|周|주|か月|ヶ月|个月|개월|年|년)\s*(?:前|전)$/u;
const SAME_DAY = /^(?:today|just\s+now|heute|aujourd'hui|aujourd’hui|hoy|hoje|oggi|vandaag|dzisiaj|今日|今天|오늘)$/iu;
const DAY_BEFORE = /^(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren|wczoraj|昨日|昨天|어제)$/iu;

/** The ISO day (YYYY-MM-DD) a relative posting date names, counted back from `now`; null when it names none. */
export function relativePostedDate(text: string, now: Date): string | null {
  const value = bareValue(text);
  if (!value) return null;
  if (SAME_DAY.test(value)) return daysBefore(now, 0);
  if (DAY_BEFORE.test(value)) return daysBefore(now, 1);
  const match = EN.exec(value) ?? DE.exec(value) ?? FR.exec(value) ?? ES_PT.exec(value) ?? IT_NL.exec(value);
  const found = match ?? PL.exec(value) ?? CJK.exec(value);
  if (!found?.[1] || !found[2]) return null;
  const count = found[1];
  // "30+ days": a floor, not a count
  if (count.endsWith('+')) return null;
  const perUnit = unitDays(found[2]);
  if (perUnit === null) return null;
  const n = /^\d+$/.test(count) ? Number(count) : 1;
  return daysBefore(now, perUnit * n);
}

/** The text without its "posted" cue and end punctuation, or null when too long to be a date line. */
function bareValue(text: string): string | null {
  const line = text.trim();
  if (!line || line.length > MAX_TEXT) return null;
  return (
    line
      .replace(LEADING_CUE, '')
      .replace(TRAILING_CUE, '')
      .replace(/[.!。]$/u, '')
      .trim() || null
  );
}

function unitDays(unit: string): number | null {
  for (const [pattern, days] of UNIT_DAYS) if (pattern.test(unit)) return days;
  return null;
}

function daysBefore(now: Date, days: number): string | null {
  const time = now.getTime();
  if (!Number.isFinite(time)) return null;
  return new Date(time - days * DAY_MS).toISOString().slice(0, 10);
}

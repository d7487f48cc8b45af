import { normalizeDate } from '../dates';
import { DATE_CUE } from './fact-icons';

/**
 * A line that only dates the posting, the way career pages print one between the title and its facts:
 * "Posted 3 days ago", "Veröffentlicht am 12.03.2026", "Publié il y a 2 jours", "Publicado hace 5 días",
 * "2 giorni fa", "3日前", "Đăng 2 tuần trước", "Updated: March 12, 2026", "Today". A cue (posted, published,
 * updated, apply by…) may open it, and nothing but a date or a time ago may follow; "We opened in Lyon on
 * 12.03.2026." is a sentence, not a date line.
 */
const MAX_DATE_LINE = 80;
const OTHER_CUE =
  /^(?:(?:last\s+)?updated(?:\s+on)?|aktualisiert(?:\s+am)?|mis\s+à\s+jour(?:\s+le)?|actualizad[oa](?:\s+el)?|atualizad[oa](?:\s+em)?|aggiornato(?:\s+il)?|bijgewerkt(?:\s+op)?|date|datum|fecha|data|ngày|đăng|更新日|更新)(?!\p{L})\s*[:：\-–]?\s*/iu;
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?\.?$/u;
/** How long ago, in the languages of the field dictionary: "3 days ago", "vor 2 Wochen", "il y a 1 mois", "3日前". */
const TIME_AGO = new RegExp(
  [
    String.raw`^(?:\d+\+?|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago`,
    String.raw`^(?:vor|seit)\s+(?:\d+|einem|einer|zwei|drei)\s+(?:minute|stunde|tag|woche|monat|jahr)\p{L}*`,
    String.raw`^il\s+y\s+a\s+(?:\d+|un|une)\s+(?:minute|heure|jour|semaine|mois|an)s?`,
    String.raw`^(?:hace|há)\s+(?:\d+|un|una|um|uma)\s+(?:minuto|hora|d[ií]a|semana|mes|m[eê]s|año|ano)(?:s|es)?`,
    String.raw`^(?:\d+|un|una)\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa`,
    String.raw`^\d+\s+(?:minuten|minuut|uur|dag(?:en)?|we(?:ek|ken)|maand(?:en)?|jaar)\s+geleden`,
    String.raw`^\d+\s*(?:分|時間|日|週間|か月|ヶ月|年)前`,
    String.raw`^\d+\s*(?:分钟|小时|天|周|个月|年)前`,
    String.raw`^\d+\s*(?:분|시간|일|주|개월|년)\s*전`,
    String.raw`^\d+\s+(?:phút|giờ|ngày|tuần|tháng|năm)\s+trước`,
    String.raw`^(?:today|yesterday|just\s+now|heute|gestern|aujourd'hui|hier|hoy|ayer|hoje|ontem|oggi|ieri|vandaag|gisteren|dzisiaj|wczoraj|bugün|dün|hôm\s+nay|hôm\s+qua|今日|昨日|今天|昨天|오늘|어제)`,
  ]
    .map((source) => `(?:${source})`)
    .join('|') + String.raw`[.!]?$`,
  'iu',
);

/** Whether a short text is nothing but the posting's date, behind a cue or not. */
export function isDateLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > MAX_DATE_LINE) return false;
  const cue = DATE_CUE.exec(line) ?? OTHER_CUE.exec(line);
  const value = (cue ? line.slice(cue[0].length) : line).trim();
  if (!value) return false;
  return NUMERIC_DATE.test(value) || TIME_AGO.test(value) || normalizeDate(value.replace(/\.$/u, '')) !== null;
}

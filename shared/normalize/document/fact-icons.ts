import { normalizeDate } from '../dates';
import { splitBullet } from './bullets';
import { fieldKeyFor, splitFieldLine, type FieldLine } from './field-dictionary';

/**
 * Header facts dressed with an icon instead of a label ("📍 Madrid o remoto", "💰 40.000€ - 50.000€",
 * "💼 Full-time · Permanent"), as modern postings and social-media job posts write them. An icon that names
 * one fact gives its field key; an icon used for several facts (💼 for the contract or the team, 🌍 for the
 * place or the languages) gives `meta`, which header-fields classifies by what the value looks like.
 */

const ICON_KEYS: ReadonlyMap<string, string> = new Map([
  ...['📍', '🗺'].map((icon) => [icon, 'location'] as const),
  ...['💰', '💵', '💶', '💷', '💴', '💸', '💲', '🤑'].map((icon) => [icon, 'salary'] as const),
  // a clock marks working time, never pay ("⏰ Teilzeit (30 Std./Woche)")
  ...['⏰', '⏱', '🕐', '🕒', '🕘', '⌚'].map((icon) => [icon, 'hours'] as const),
  // a calendar or an hourglass names a date whose words say which (dated-icons below)
  ...['📅', '📆', '🗓'].map((icon) => [icon, 'date'] as const),
  ...['⏳', '⌛'].map((icon) => [icon, 'time left'] as const),
  ...['💼', '🏢', '🏬', '🏙', '🌍', '🌎', '🌏', '🌐', '🏠', '🏡', '💻', '📝', '📄'].map(
    (icon) => [icon, 'meta'] as const,
  ),
]);

/** Variation selectors and skin tones that dress an icon without changing what it says. */
const ICON_DRESSING = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

/** The field key an icon stands for ("📍" → location), or null for icons that only decorate ("✅", "🚀"). */
export function iconFieldKey(marker: string): string | null {
  return ICON_KEYS.get(marker.replace(ICON_DRESSING, '').trim()) ?? null;
}

/**
 * A header item read as a field through its icon: a label after the icon wins ("💰 Salary: 50k"), else the
 * icon's own key. `marker` is the bullet a reader already split off; without one the item's text may still
 * start with the icon (HTML list items). Null when the item has no fact icon.
 */
export function iconField(text: string, marker?: string): FieldLine | null {
  const bullet = marker === undefined ? splitBullet(text) : { marker, text };
  if (!bullet) return null;
  const key = iconFieldKey(bullet.marker);
  if (!key) return LABEL_MARKERS.test(bullet.marker) ? markedLabelField(bullet.marker, bullet.text) : null;
  const labelled = splitFieldLine(bullet.text);
  if (labelled?.key) return labelled;
  if (key === 'date' || key === 'time left') return datedField(bullet.marker, key, bullet.text);
  return { label: bullet.marker, key, value: bullet.text };
}

/** Words before a date that say which date it is, in the languages of the field dictionary and a few more. */
const DEADLINE_CUE = String.raw`apply\s+(?:by|before|until)|applications?\s+close[sd]?(?:\s+on)?|closing(?:\s+date)?|closes(?:\s+on)?|deadline|until|expires?(?:\s+on)?|valid\s+(?:until|through)|bewerbungs(?:schluss|frist)|bewerben\s+bis|bis(?:\s+zum)?|date\s+limite|avant\s+le|jusqu'au|plazo|hasta\s+el|fecha\s+l[ií]mite|scadenza|entro\s+il|sluitingsdatum|uiterlijk|termin|hạn\s+(?:nộp(?:\s+hồ\s+sơ)?|chót)|son\s+başvuru(?:\s+tarihi)?|batas\s+(?:waktu|akhir)|締切|応募締切|截止(?:日期)?|마감(?:일)?`;
const START_CUE = String.raw`start(?:ing)?(?:\s+date)?(?:\s+(?:on|from))?|starts(?:\s+on)?|available\s+from|from|asap|immediately|ab\s+sofort|ab|beginn|eintritt(?:sdatum)?|arbeitsbeginn|date\s+de\s+début|début|prise\s+de\s+poste|dès\s+(?:le|que\s+possible)|à\s+partir\s+du|a\s+partir\s+de|inicio|incorporaci[oó]n|data\s+di\s+inizio|inizio|startdatum|per\s+direct|data\s+rozpocz[eę]cia|od|ngày\s+bắt\s+đầu|başlangıç(?:\s+tarihi)?|mulai|入社(?:日|時期|予定日)?|到岗(?:时间)?|입사(?:일)?`;
const POSTED_CUE = String.raw`posted(?:\s+on)?|published(?:\s+on)?|date\s+posted|veröffentlicht(?:\s+am)?|publié(?:\s+le)?|publicad[oa](?:\s+(?:el|em))?|pubblicato(?:\s+il)?|geplaatst(?:\s+op)?|opublikowano|ngày\s+đăng|yayın(?:\s+tarihi)?|掲載日|公開日|发布(?:时间|日期)?|發佈(?:時間|日期)?|게시일|등록일`;
/** One pattern, built once: the cue at the start of the text, then an optional colon or dash (date-line.ts reads it too). */
export const DATE_CUE = new RegExp(
  `^(?:(?<deadline>${DEADLINE_CUE})|(?<start>${START_CUE})|(?<posted>${POSTED_CUE}))(?!\\p{L})\\s*[:：\\-–]?\\s*`,
  'iu',
);
/** "12月15日まで", "2026년 12월 15일까지": Japanese and Korean put "until" after the date. */
const DEADLINE_AFTER = /^(.+?)\s*(?:まで|迄|까지)\s*$/u;
const CUE_KEYS = { deadline: 'deadline', start: 'start date', posted: 'posted' } as const;

/**
 * A date behind a calendar (📅, 📆, 🗓) or an hourglass (⏳, ⌛): the words before it decide ("📅 Start:
 * 01.03.2027" a start date, "🗓 Apply by 15 Dec 2026" the deadline, "📅 Posted 2026-11-20" the posting
 * date). Without words, a calendar's date is the posting date (the date a job board prints beside a posting)
 * and an hourglass's the deadline (time running out); anything else ("📅 Mon–Fri", "⏳ 6 months") is `meta`,
 * classified by what it looks like.
 */
function datedField(marker: string, key: 'date' | 'time left', text: string): FieldLine {
  const cue = DATE_CUE.exec(text);
  const group = cue?.groups
    ? (Object.keys(CUE_KEYS) as (keyof typeof CUE_KEYS)[]).find((g) => cue.groups?.[g])
    : undefined;
  if (cue && group) {
    const rest = text.slice(cue[0].length).trim();
    return { label: cue[0].replace(/[\s:：\-–]+$/u, ''), key: CUE_KEYS[group], value: rest || text };
  }
  const until = DEADLINE_AFTER.exec(text);
  if (until?.[1] && normalizeDate(until[1])) return { label: marker, key: 'deadline', value: until[1] };
  if (!normalizeDate(text)) return { label: marker, key: 'meta', value: text };
  return { label: marker, key: key === 'date' ? 'posted' : 'deadline', value: text };
}

/** Markers that dress a label in Japanese and Chinese postings: "■勤務地 東京都港区", "◆給与\u3000年収500万円". */
const LABEL_MARKERS = /^[■□◆◇●○★☆▼▽◎]$/u;
const MAX_LABEL_CHARS = 24;
const SPACED_LABEL = /^([^\s:：]{1,24})[\s\u3000]+(\S.*)$/su;

/**
 * A known label then the value, behind a label marker: after a space ("■勤務地 東京都") or after the marker
 * again ("◆給与◆年収500万円", the reader having split off the first one). Null when the label is unknown.
 */
function markedLabelField(marker: string, text: string): FieldLine | null {
  const closing = text.indexOf(marker);
  const match =
    closing > 0 && closing <= MAX_LABEL_CHARS
      ? [text, text.slice(0, closing), text.slice(closing + marker.length).replace(/^[\s:：]+/u, '')]
      : SPACED_LABEL.exec(text);
  const label = match?.[1]?.trim() ?? '';
  const value = match?.[2]?.trim() ?? '';
  const key = label && value ? fieldKeyFor(label) : null;
  return key ? { label, key, value } : null;
}

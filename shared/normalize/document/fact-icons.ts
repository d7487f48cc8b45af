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
  return { label: bullet.marker, key, value: bullet.text };
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

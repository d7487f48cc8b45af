/**
 * One emoji as postings write it, whole (https://unicode.org/reports/tr51/#Definitions): a pictograph, a
 * keycap ("1️⃣") or a flag ("🇩🇪"), with its variation selector, skin tone or tag characters, and the
 * pictographs a zero-width joiner adds ("👩‍💻", "🧑🏽‍🚀"). Headings and bullets dressed with one lose all of
 * it, not just its first code point. A regex source, for the `u` flag.
 */
const DRESSING = '[\\uFE0E\\uFE0F\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]';
const PICTOGRAPH = `\\p{Extended_Pictographic}${DRESSING}*`;

export const EMOJI_SEQUENCE =
  `(?:${PICTOGRAPH}(?:\\u200D${PICTOGRAPH})*` + `|[0-9#*]\\uFE0F?\\u20E3` + `|\\p{Regional_Indicator}{2})`;

/**
 * Phrases that ask for years of experience ("at least 5 years", "3+ Jahre", "2 a 4 años", "min. 3 yrs"), found
 * from their figure. The pattern they follow is `(prefix)?\s*figure…year word`; searched as written, its optional
 * prefix and whitespace are tried at every position of the body. Searched from the figure instead (a digit,
 * which the regex engine skips to at once), each match's start is then read backwards: the leftmost start the
 * whole pattern could have had, at or after the end of the previous phrase: a prefix word ending where the
 * whitespace before the figure begins, else that whitespace, else the figure. The figure part is the same
 * pattern, so both ways find the same phrases; test/unit/normalize/experience-years.test.ts holds them equal.
 */

/** What may stand right before the figure. */
export const YEARS_PREFIX = String.raw`at least|minimum(?: of)?|min\.?|over|more than|mindestens|au moins|al menos|ít nhất|tối thiểu|trên|لا تقل عن|أكثر من|اكثر من`;
/** The figure, an optional "+", an optional upper bound and the year word; then up to 60 characters after. */
export const YEARS_FIGURE = String.raw`(\d{1,2})\s*(\+|plus)?\s*(?:(?:-|–|to|bis|à|a|~)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|Jahre?n?|ans?|años?|ann[oi]|anos?|jaar|lat|rok|năm|سنوات|سنة|سنين|أعوام|اعوام|عاما|عامًا|عاماً)(?![\p{L}])(?=(.{0,60}))`;

const FIGURE = new RegExp(YEARS_FIGURE, 'gisu');
const PREFIX_AT_END = new RegExp(`(?:${YEARS_PREFIX})$`, 'iu');
/** Longer than the longest prefix ("minimum of", "mindestens"). */
const PREFIX_REACH = 12;
const WHITESPACE = /\s/;

/** One phrase: where it starts (its prefix, else the whitespace before its figure), the figure, what follows. */
export interface YearsPhrase {
  index: number;
  years: number;
  /** a prefix ("at least") or a "+" qualifies the figure as a lower bound */
  qualified: boolean;
  /** up to 60 characters after the year word */
  after: string;
}

/** Every phrase of the text, in order, as `(prefix)?\s*figure` searched with the flags `gisu` finds them. */
export function yearsPhrases(text: string): YearsPhrase[] {
  const phrases: YearsPhrase[] = [];
  let from = 0;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    let space = m.index;
    while (space > from && WHITESPACE.test(text.charAt(space - 1))) space--;
    const reach = Math.max(from, space - PREFIX_REACH);
    const prefix = PREFIX_AT_END.exec(text.slice(reach, space));
    phrases.push({
      index: prefix ? reach + prefix.index : space,
      years: Number(m[1]),
      qualified: !!prefix || !!m[2],
      after: m[3] ?? '',
    });
    from = FIGURE.lastIndex;
  }
  return phrases;
}

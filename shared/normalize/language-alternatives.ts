import type { LanguageMention } from './language-mentions';

/**
 * Languages offered as alternatives: "Taler dansk eller engelsk", "speaks German or English", "français ou
 * anglais", "Deutsch oder Englisch", "英語または中国語". Either one will do, so neither is required on its
 * own: each is kept as a requirement that is not required (`required: false`), with its level. A list
 * whose last link is "or" ("German, French or Dutch") offers every member; an "and" starts a new
 * requirement ("English and German or French": English is required, German or French is not).
 */

/** "or" in the languages postings are written in; "and/or" leaves each one optional too. */
const OR_WORD =
  '(?:and\\s*/\\s*or|or|oder|und\\s*/\\s*oder|beziehungsweise|bzw\\.?|ou|et\\s*/\\s*ou|o|u|ó|e/o|of|en/of|lub|albo|bądź|hoặc|eller|och\\s*/\\s*eller|og\\s*/\\s*eller|tai|atau|veya|ya da|yahut|или|либо|nebo|vagy|sau|ή|או|أو|または|あるいは|もしくは|か|或|或者|还是|또는|혹은|이나|หรือ)';

/** Between two alternatives, once level words are masked: "German (C1) or English", "Deutsch fließend oder". */
const OR_GAP = new RegExp(`^[\\s()（）\\-–:,]*${OR_WORD}(?![\\p{L}])[\\s()（）\\-–:]*$`, 'iu');

/** A comma between list members, which the list's last link decides. */
const LIST_GAP = /^[\s()（）]*[,、，][\s()（）]*$/u;

/**
 * Whether the mention is one of several alternatives. `masked` is the line with its level tokens blanked
 * (same length), so a level between two names does not hide their "or".
 */
export function isAlternative(masked: string, mentions: LanguageMention[], index: number): boolean {
  return linkAt(masked, mentions, index, -1) || linkAt(masked, mentions, index, 1);
}

/** Walks over list commas in one direction to the first other link, and says whether it is an "or". */
function linkAt(masked: string, mentions: LanguageMention[], index: number, step: -1 | 1): boolean {
  for (let i = index; i + step >= 0 && i + step < mentions.length; i += step) {
    const [left, right] = step === 1 ? [mentions[i]!, mentions[i + 1]!] : [mentions[i - 1]!, mentions[i]!];
    const gap = masked.slice(left.end, right.start);
    if (OR_GAP.test(gap)) return true;
    if (!LIST_GAP.test(gap)) return false;
  }
  return false;
}

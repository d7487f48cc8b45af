/**
 * Pay quoted per contract form: the same job offered under two contracts, each with its own range ("B2B: 18 000 –
 * 24 000 PLN netto + VAT / UoP: 15 000 – 20 000 PLN brutto", "CLT: R$ 8.000 | PJ: R$ 11.000", "Contractor: $70/h;
 * Employee: $120k", "£450/day outside IR35, £400/day inside IR35").
 *
 * Decision: `salary` holds the FIRST-listed form's range, which is the form the posting leads with (postings list
 * their preferred contract first, and a reader quoting "the salary" quotes that line); the ranges are never merged
 * into one span, which no contract pays. `salary.text` keeps every form's line as written, so the other range is
 * not lost.
 */

/** Contract forms as postings label their pay lines (case-insensitive, on the text as written). */
const FORM = String.raw`b2b|uop|umow[ay] o prac[eę]|umow[ay][- ]zlecenie|umow[ay] o dzie[lł]o|uz|uod|contractor|contract|employee|employment|permanent|perm|freelance(?:r)?|cdi|cdd|portage(?: salarial)?|salari[ée]|festanstellung|festangestellt|angestellt|freiberuflich|clt|pj|hpp|dpp|dp[cč]|i[cč]o|[zž]ivnost|w-?2|1099|c2c|(?:inside|outside) ir35`;

/** One contract form, as a whole word. */
const ANY_FORM = new RegExp(String.raw`(?<![\p{L}\d])(?:${FORM})(?![\p{L}\d])`, 'giu');

/**
 * A line or sentence that opens with a contract-form label: "B2B: …", "UoP – …", "(CLT) R$ …", "Na B2B: …",
 * "- Contractor: …".
 */
const LEADING_FORM = new RegExp(
  String.raw`^\s*(?:[-•*]\s*)?(?:na\s+|on\s+|as\s+an?\s+|en\s+|pour\s+|für\s+)?(?:\((?:${FORM})\)\s*[:：–—-]?|(?:${FORM})\s*[:：–—-])`,
  'iu',
);

/** Whether a salary text names two different contract forms: its ranges are alternatives, not one span. */
export function namesTwoContractForms(text: string): boolean {
  let first: string | null = null;
  ANY_FORM.lastIndex = 0;
  for (let m = ANY_FORM.exec(text); m; m = ANY_FORM.exec(text)) {
    const form = m[0].toLowerCase();
    if (first === null) first = form;
    else if (form !== first) return true;
  }
  return false;
}

/** Whether a line opens with a contract-form label ("B2B:", "UoP –", "(PJ)"). */
export function opensWithContractForm(line: string): boolean {
  return LEADING_FORM.test(line);
}

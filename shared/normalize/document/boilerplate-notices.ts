/**
 * Notices a posting carries that are no duty, requirement or perk of the job: equal-opportunity statements,
 * a board's or employer's warning against recruitment fraud ("we never ask for fees", BOSS直聘's 温馨提示), and
 * data-protection clauses. They stay in the description, which is the posting as written, but a section that
 * ends with one (benefits, then "Acme is an Equal Opportunity Employer.") does not take it as an item.
 */

/**
 * Cheap pre-check: every notice pattern below holds one of these (lower-cased Latin, or CJK as written). Cues
 * that share a first letter are one branch, and none holds another ("费" covers "费用"): the test runs on every
 * section item, and fewer branches tried at each character cost less.
 */
const CUE =
  /e(?:qual|-verify)|opportunit|affirmative|regard to|chancengleich|égalité|igualdad|discrimin|f(?:ee|rais)|money|payment|gebühr|d(?:anych|atenschutz|onnées)|personal data|个人信息|收取|举报|詐欺|费|押金/iu;

const NOTICES: readonly RegExp[] = [
  // equal opportunity
  /\bequal (?:employment )?opportunit(?:y|ies) employer\b|\bequal employment opportunity\b|\baffirmative action\b|\bwithout regard to (?:race|age|sex|gender|religion|colou?r)|\bE-Verify\b/iu,
  /chancengleich|égalité des chances|\bigualdad de oportunidades\b|pari opportunità|\bwithout discrimination\b|\bsans discrimination\b/iu,
  // recruitment fraud
  /\b(?:never|not|will not|won't) (?:ask|request|charge)\b[^.]{0,60}\b(?:fees?|money|payments?|bank details)\b/iu,
  /不得以任何名义[^。]{0,40}收取|收取[^。]{0,20}(?:押金|费用)|请(?:立即)?举报|提醒您/u,
  // personal data
  /\b(?:administratorem|przetwarzan\p{L}*)\b[^.]{0,80}\bdanych osobowych\b|\byour personal data\b[^.]{0,60}\bprocess/iu,
  /\bdatenschutz(?:erklärung|hinweise)?\b[^.]{0,60}\b(?:verarbeit|bewerbung)|\bdonnées personnelles\b[^.]{0,60}\btrait/iu,
];

/** Whether an item is a notice of this kind rather than part of the job. */
export function isBoilerplateNotice(item: string): boolean {
  return CUE.test(item) && NOTICES.some((notice) => notice.test(item));
}

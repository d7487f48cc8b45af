import { ANY_DIGIT } from '../native-digits';
import { opensWithContractForm } from './contract-forms';
import type { SalaryPeriod } from '../../schema/posting';
import { periodOfPayLabel } from './pay-labels';
import { periodOfLabel } from './periods';
import { readSalaryText, type SalaryReading } from './salary-text';

/**
 * Finds the salary sentence in a posting body: only sentences that look like pay (an amount with a
 * currency plus a pay word — salary, compensation, Gehalt, 年収, lương, salario… — or a period right
 * after the amount, "$45/hr"), or the line under a pay label ("Salary" / "$120,000 – $140,000").
 * "$1,000 home office stipend", "12,000 clinics", "401(k)" and "2 million customers" are not pay.
 */

const MAX_BODY = 200_000;
const SENTENCE = /[^.!?。！？\n•|]+(?:[.!?](?=\S)[^.!?。！？\n•|]*)*/gu;
/**
 * Pay words. Written with a leading `\b`, the pattern ran about 2.5 times slower: a word boundary keeps the
 * regex engine from skipping ahead to where a word may start, a look-behind does not. Before a word character
 * `\b` is "no word character before" (`(?<!\w)`, the same word characters under the same flags); "ücret" opens
 * with a non-word character, where `\b` is "a word character before" (`(?<=\w)`).
 */
export const PAY_WORD =
  /(?<!\w)(?:salary|salaries|pay|paid|compensation|base|rate|wage|wages|ote|earnings|remuneration|income|verdienst|brutto|netto|salaire|rémunération|rémuneration|gratification|indemnité|brut|salario|sueldo|retribución|stipendio|retribuzione|ral|salário|remuneração|retribuição|vencimentos?|ordenado|remuneración|compenso|loon|salaris|beloning|bruto|wynagrodzenie|pensja|stawka|widełki|mzda|plat|lön|lønn|løn|(?:m[åa]nads|m[åa]neds|[åa]rs|tim|time|grund|start|fast|maand|jaar|uur)(?:l[öo]n|l[øo]nn?|loon|salaris)|(?:kuukausi|tunti|vuosi|perus|alku)?palkka|fizetés|salariu|maaş|gaji|upah|lương|thu nhập|mức lương|ctc|lpa|package|placa|plata|atlyginimas|brutopalk|palk|palga|salari)\b|(?<=\w)ücret\b|(?:gehalt|lohn|vergütung|entgelt)\b|給与|給料|年収|月給|時給|日給|報酬|想定年収|薪资|薪水|薪酬|月薪|年薪|연봉|급여|월급|зарплат|заробітн|оклад|αποδοχ|μισθ|αμοιβ|bruttó|שכר|משכורת|เงินเดือน|ค่าตอบแทน|راتب|заплат|възнагражден|plać|plač|वेतन|सैलरी|حقوق|تنخواه|دستمزد/iu;
const AMOUNT_PERIOD = /\d\s*(?:k|K)?\s*(?:\/|per\s+|an?\s+)(?:hr|hour|h|day|week|wk|month|mo|year|yr|annum)\b/u;
/** ASCII or native digits: '۳۵ تا ۴۵ میلیون تومان' states a figure too (readSalaryText reads them). */
const HAS_DIGIT = ANY_DIGIT;

/** The first body sentence that states pay, read; `none` when the body states none. */
export function findBodySalary(body: string, country: string | null): SalaryReading {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  let negotiable = false;
  // every NEGOTIABLE_PAY match holds a verdict word: a body without one has no sentence to test for it
  let mayBeNegotiable = NEGOTIABLE_VERDICT.test(text);
  // the pay label the previous sentence was ("Salary", "Monatsgehalt:", "月給"), or null
  let afterLabel: string | null = null;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
    // the plain-text description writes list items as "- item": the marker is no part of the salary text
    const sentence = m[0].startsWith('- ') ? m[0].slice(2) : m[0];
    const label = afterLabel;
    const labelled = label !== null;
    // most sentences have no figure: they can only be a label, or say that pay is negotiable
    if (!HAS_DIGIT.test(sentence)) {
      afterLabel = isPayLabel(sentence) ? sentence : null;
      if (mayBeNegotiable && afterLabel === null && (labelled || sentence.length <= 400)) {
        negotiable = NEGOTIABLE_PAY.test(sentence);
        mayBeNegotiable = !negotiable;
      }
      continue;
    }
    afterLabel = null;
    if (!labelled && (sentence.length > 400 || !PAY_WORD.test(sentence)) && !AMOUNT_PERIOD.test(sentence)) continue;
    // A value under its own label line ("Salary" then "$120,000 – $140,000") is read as a salary field, with
    // the period the label names when the value states none ("Monatsgehalt:" then "3.200 €").
    const explicit = labelled && PRICED.test(sentence);
    const reading = readSalaryText(sentence, {
      country,
      explicit,
      period: labelled ? periodOfLabel(label) : periodOfOpeningLabel(sentence),
    });
    if (reading.kind === 'salary' && reading.parsed) return withOtherContractForms(reading, sentence, text);
  }
  return negotiable ? { kind: 'negotiable' } : { kind: 'none' };
}

/** How long the words before a sentence's first figure may be to be read as its label. */
const MAX_OPENING_LABEL = 40;

/**
 * The period a pay label opening the sentence names, the label being all that stands before the first figure
 * ("Timlön 165 kr", "Kuukausipalkka 3 100–3 600 €", "Stundenlohn: 14 €"): the same labels as on a line of their
 * own (pay-labels.ts), and only a whole label ("Annual leave 25 days, salary 40 000" opens with no pay label).
 */
function periodOfOpeningLabel(sentence: string): SalaryPeriod | null {
  const at = sentence.search(HAS_DIGIT);
  if (at <= 0 || at > MAX_OPENING_LABEL) return null;
  return periodOfPayLabel(sentence.slice(0, at)) ?? null;
}

/**
 * A pay line labelled with a contract form ("B2B: 18 000 – 24 000 PLN netto + VAT") followed by lines for the other
 * forms ("UoP: 15 000 – 20 000 PLN brutto"): the first line's range is the salary (money/contract-forms.ts), and
 * the text keeps the other lines, joined with "; ", so the alternative is not lost.
 */
function withOtherContractForms(reading: SalaryReading & { kind: 'salary' }, sentence: string, text: string) {
  if (!opensWithContractForm(sentence)) return reading;
  const lines: string[] = [];
  for (const next of text.slice(SENTENCE.lastIndex, SENTENCE.lastIndex + NEXT_SPAN).split('\n')) {
    const line = next.replace(LEADING_PUNCTUATION, '').trimEnd();
    if (!line) continue;
    if (lines.length === MAX_OTHER_FORMS || !HAS_DIGIT.test(line) || !opensWithContractForm(line)) break;
    lines.push(line.startsWith('- ') ? line.slice(2) : line);
  }
  if (lines.length === 0) return reading;
  return { ...reading, salary: { ...reading.salary, text: [reading.salary.text, ...lines].join('; ') } };
}

/** What may stand before the next form's label: the end of the sentence before ("…/ miesiąc. UoP: …"), a bar. */
const LEADING_PUNCTUATION = /^[\s.;,|/]+/u;
/** How far after the first form's line the others are looked for, and how many are kept. */
const NEXT_SPAN = 600;
const MAX_OTHER_FORMS = 3;

/**
 * "Salary is negotiable", "compensation: competitive". It names pay itself, so a sentence it matches needs
 * no separate pay-word test.
 */
export const NEGOTIABLE_PAY = /\b(?:salary|compensation|pay)\b[^.]{0,30}\b(?:negotiable|competitive|doe)\b/iu;
/**
 * The verdict words of NEGOTIABLE_PAY, under the same flags: one plain search of the body, where NEGOTIABLE_PAY
 * (whose leading `\b` keeps the regex engine from skipping ahead) would run on nearly every sentence. About 1
 * body in 9 of the bench corpus holds one.
 */
export const NEGOTIABLE_VERDICT = /negotiable|competitive|doe/iu;

/**
 * A short line naming pay and nothing else ("Salary", "Compensation:", "薪资待遇", "Gehalt"): a label. Only asked of
 * sentences without a figure (findBodySalary tests that first), so the digit test is not made again here.
 */
function isPayLabel(sentence: string): boolean {
  const label = sentence.trim();
  return label.length <= MAX_LABEL && PAY_WORD.test(label) && !NOT_A_LABEL.test(label);
}

const MAX_LABEL = 32;
/** The line under a label states money (a currency or a multiplier), not just a number ("30 Tage Urlaub"). */
const PRICED = /[$€£¥₹₩₫]|\b[A-Z]{3}\b|\d\s?(?:k|K|万|만|lakh|LPA)(?!\p{L})|\d\s?(?:zł|kr|Kč|Ft|lei|円|元|원)/u;
/**
 * A short sentence with a pay word that is not a pay label: "Competitive pay", "Paid parental leave", and
 * combined headings ("Compensation & Benefits") whose first figure may be a car or a budget.
 */
const NOT_A_LABEL =
  /competitive|negotiable|attractive|paid\s+\p{L}+|&|\+|\b(?:we|our|you|and|und|et|y|e|en|i|benefits?|perks|avantages|vorteile|voordelen|beneficios|benefícios|nach|gemäß|laut|according|per|selon|según|secondo|volgens|wg)\b/iu;

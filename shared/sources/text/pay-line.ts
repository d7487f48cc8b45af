import type { Block } from '../../normalize/document/blocks';
import { linesUnderTitle } from './company-line';

/**
 * The pay a text posting prints on a line of its own under the title, without a "Salary:" label, as Chinese
 * boards do ("15-25K·13薪" on BOSS直聘, "1.5-2万·13薪" on 51job, "200-300元/天" for an intern, "20-30万/年") and
 * as pasted listings do elsewhere ("$120K – $150K"). The line must hold nothing but figures, pay units, currency
 * signs and period marks, and at least one unit or sign that makes the figures money: "3-5年" (years of
 * experience), "2026", "100-499人" are not pay.
 */

/** Figures, separators, thousand units, currency signs and the period marks boards print beside pay. */
const PAY_ONLY = /^(?:[\d.,'\s~〜～\-–—·・/+]|[kK]|[万萬千元块塊薪月年天日时時周週]|\p{Sc})+$/u;
/** What makes the figures money: a thousand unit right after a figure, a yuan or pay-count mark, or a sign. */
const MONEY_MARK = /\d\s*[kK万萬千](?![\p{L}])|[元块塊]|\d\s*薪|\p{Sc}/u;
const HAS_RANGE_OR_FIGURE = /\d/;

/** True when a line is a pay figure or range alone ("15-25K·13薪", "1.5-2万/月", "$120K – $150K"). */
export function isPayLine(line: string): boolean {
  const text = line.normalize('NFKC').trim();
  return text.length > 0 && PAY_ONLY.test(text) && HAS_RANGE_OR_FIGURE.test(text) && MONEY_MARK.test(text);
}

/** The pay a text posting names on a line under its title, or null. */
export function payLine(blocks: readonly Block[], title: string | null): string | null {
  return linesUnderTitle(blocks, title).find(isPayLine) ?? null;
}

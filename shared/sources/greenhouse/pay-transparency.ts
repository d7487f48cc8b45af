import type { RawSalary } from '../../schema/raw-posting';
import { decodeEntities } from '../json-values';

/**
 * Greenhouse's pay-transparency block, which employers fill in on the board instead of `pay_input_ranges`:
 *   <div class="content-pay-transparency"><div class="pay-input-range"><div class="title">Denver, CO</div>
 *   <div class="pay-range"><span>$190,000</span><span class="divider">&mdash;</span><span>$230,000 USD</span></div>
 * A title names a location or zone more often than pay ("New York City & San Francisco Bay Area", "Zone 2"), so the
 * body's salary search, which wants a pay word, misses it. Each range becomes "range (title)" in one salary text
 * (the range first: a title's own figures, "Zone 1", must not open it), which the salary reader widens over
 * ranges of one currency and size and leaves unparsed when unsure.
 */
const PAY_RANGE =
  /(?:<div[^>]*\bclass="(?:[^"]*\s)?title(?:\s[^"]*)?"[^>]*>([^<]*)<\/div>\s*)?<div[^>]*\bclass="(?:[^"]*\s)?pay-range(?:\s[^"]*)?"[^>]*>([\s\S]*?)<\/div>/g;
const TAG = /<[^>]*>/g;
const MAX_RANGES = 12;

/** The salary text of a content's pay-range block, or null when the content has none. */
export function salaryFromPayBlock(html: string | null): RawSalary | null {
  if (html === null || !html.includes('pay-range')) return null;
  const parts: string[] = [];
  PAY_RANGE.lastIndex = 0;
  for (let m = PAY_RANGE.exec(html); m && parts.length < MAX_RANGES; m = PAY_RANGE.exec(html)) {
    const range = plain(m[2] ?? '');
    if (!/\d/.test(range)) continue;
    const title = plain(m[1] ?? '');
    parts.push(title ? `${range} (${title})` : range);
  }
  if (parts.length === 0) return null;
  return { min: null, max: null, currency: null, period: null, text: parts.join('; ') };
}

const plain = (html: string): string => decodeEntities(html.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();

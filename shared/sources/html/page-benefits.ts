import { Document, type ChildNode, type Element } from 'domhandler';
import type { RawSection } from '../../schema/raw-posting';
import { textOf } from '../../normalize/document/dom-walk';
import { classifyHeading } from '../../normalize/document/heading-dictionary';
import { insideOtherJobs, isChrome, isOtherJobsHeading } from './page-noise';
import { serializeContent } from './serialize';

/**
 * The benefits block a posting's page shows beside what its JSON-LD carries: job boards put the company's perks
 * under a heading of their own ("Les avantages", "Benefits", "Was wir bieten") outside the JSON-LD description.
 */
const MAX_HEADING_CHARS = 80;
const HEADING = /^h[1-6]$/;

/**
 * The first `<h1>`–`<h6>` the section dictionary reads as benefits, outside site chrome and blocks of other postings,
 * with what follows it up to the next heading; null when the page has none.
 */
export function readBenefitsBlock(headings: readonly Element[]): RawSection | null {
  for (const heading of headings) {
    const text = textOf(heading).trim();
    // a heading by its markup: the dictionary's cue words count ("Perks & benefits", "What we offer")
    if (!text || text.length > MAX_HEADING_CHARS || classifyHeading(text) !== 'benefits') continue;
    if (isOtherJobsHeading(text) || inChrome(heading) || insideOtherJobs(heading)) continue;
    const html = serializeContent(new Document(followingUntilHeading(heading))).trim();
    if (html) return { heading: text, html };
  }
  return null;
}

function followingUntilHeading(heading: Element): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (
    let node = heading.next;
    node && !(node.type === 'tag' && HEADING.test((node as Element).name));
    node = node.next
  )
    nodes.push(node);
  return nodes;
}

function inChrome(element: Element): boolean {
  for (let node = element.parent; node && node.type === 'tag'; node = node.parent)
    if (isChrome(node as Element)) return true;
  return false;
}

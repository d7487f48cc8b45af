import { routeFields } from '../../normalize/header-fields';
import type { RawPosting, RawSection } from '../../schema/raw-posting';
import { decodeEntities } from '../json-values';
import { workplaceFromText } from '../workplace';
import type { Workplace } from '../../schema/posting';

/**
 * What a JSON-LD posting's page states and its JSON-LD leaves empty. Job boards and career-site builders
 * (Welcome to the Jungle, many builders) show pay and the working arrangement among the facts beside the title
 * ("Salaire : 45K à 55K €", "Télétravail partiel", "Hybrid") and the perks under a heading of their own, but
 * leave `baseSalary`, `jobLocationType` and `jobBenefits` out of their schema.org JobPosting
 * (https://schema.org/JobPosting). A value the JSON-LD gives always wins.
 */

/** Whether a JSON-LD posting leaves a fact empty that its page's labelled facts may state. */
export const lacksPageStatedFacts = (posting: RawPosting): boolean =>
  posting.salary === null || posting.workplace === null || !hasBenefits(posting);

/** `jobBenefits` becomes a section of this heading (map-job-posting.ts). */
const hasBenefits = (posting: RawPosting): boolean => posting.sections.some((s) => s.heading === 'Benefits');

/**
 * The posting with what it leaves empty filled from its page's labelled facts (`readPageFacts` fields: title
 * facts, microdata, sidebars; never a similar-jobs block): the pay texts, under their own labels for the
 * salary reader (a meta item stays one, classified again the same way), the workplace the page names, and the
 * page's benefits block unless the description already holds it.
 */
export function withPageStatedFacts(
  posting: RawPosting,
  pageFields: Record<string, string[]>,
  benefits: RawSection | null = null,
): RawPosting {
  // the description as plain text, made once for both checks, and only when one of them needs it
  let text: string | null = null;
  const description = (): string => (text ??= plainText(posting.html ?? posting.text ?? ''));
  const withBenefits = benefits && !hasBenefits(posting) && !describes(description(), benefits) ? [benefits] : [];
  return withPagePayAndWorkplace(
    { ...posting, sections: [...posting.sections, ...withBenefits] },
    pageFields,
    description,
  );
}

function withPagePayAndWorkplace(
  posting: RawPosting,
  pageFields: Record<string, string[]>,
  descriptionText: () => string,
): RawPosting {
  const routed = routeFields(payAndWorkplaceCandidates(pageFields));
  const fields = { ...posting.fields };
  // a page fact the description repeats is read there, in its fuller line ("… در ماه + پورسانت")
  const description = posting.salary === null ? descriptionText() : '';
  if (posting.salary === null)
    routed.byRole.salary.forEach((value, i) => {
      if (description.includes(value)) return;
      const key = routed.salaryLabels[i] ?? 'meta';
      fields[key] = [...(fields[key] ?? []), value];
    });
  const workplace =
    posting.workplace === null ? (routed.workplace ?? placelessWorkplace(routed.byRole.location)) : null;
  if (!workplace || workplace === 'onsite') return { ...posting, fields };
  return {
    ...posting,
    fields,
    workplace,
    // JSON-LD without `jobLocationType` reads its places as on-site (Google's reading); the page says otherwise
    locations: posting.locations.map((l) => (l.workplace === 'onsite' ? { ...l, workplace } : l)),
  };
}

/** Text without tags, whitespace collapsed, for "the description already says it". */
const plainText = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
const COMPARED_CHARS = 40;

/** Whether the posting's description (as plain text) already holds a block (its opening words). */
function describes(description: string, block: RawSection): boolean {
  const opening = plainText(block.html).trim().slice(0, COMPARED_CHARS);
  return description.includes(opening);
}

const MAX_PLACELESS_WORDS = 4;

/**
 * The arrangement an unlabelled page fact names on its own ("Travail hybride", "Télétravail partiel", "Full
 * remote"): the meta-item classifier reads it as a location text, the way a page's own locations are read.
 */
const placelessWorkplace = (texts: readonly string[]): Workplace | null =>
  texts
    .filter((text) => text.split(/\s+/).length <= MAX_PLACELESS_WORDS)
    .map(workplaceFromText)
    .find((w) => w !== null) ?? null;

/**
 * The page facts that may state pay or an arrangement: every labelled one, and the unlabelled items that hold a
 * digit or a workplace word. The others ("Lyon", "CDI") are left unrouted: reading them as places is the
 * costly part of routing, and nothing read from them is used here.
 */
function payAndWorkplaceCandidates(pageFields: Record<string, string[]>): Record<string, string[]> {
  const meta = pageFields.meta;
  if (!meta) return pageFields;
  return { ...pageFields, meta: meta.filter((item) => /\d/.test(item) || workplaceFromText(item) !== null) };
}

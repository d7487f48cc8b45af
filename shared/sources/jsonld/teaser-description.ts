import type { RawPosting } from '../../schema/raw-posting';
import { foldText } from '../../normalize/document/fold';
import { decodeEntities } from '../json-values';

/**
 * Job boards (StepStone, Reed) and career-site builders (Workable) put a teaser in their JSON-LD `description`:
 * the posting's first paragraph, while the page shows the whole posting (tasks, profile, offer). A reader takes
 * the page. The JSON-LD description is a teaser of the page's body when it is short, the body is several
 * times longer, and the body opens the same way somewhere (the same posting, not another page's text).
 */

/** A description longer than this is read as the posting itself: no page is parsed to compare. */
export const TEASER_MAX_CHARS = 400;
const FULLER_FACTOR = 3;
const MIN_EXTRA_CHARS = 300;
const COMPARED_CHARS = 40;

/** Plain text of a raw posting's description (HTML tags dropped, whitespace collapsed). */
export const descriptionText = (posting: RawPosting): string => plainText(posting.html ?? posting.text ?? '');

const plainText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a description (plain text) is short enough to be a teaser: cheap, checked before any page parse. */
export const mayBeTeaser = (description: string): boolean =>
  description.length > 0 && description.length <= TEASER_MAX_CHARS;

/**
 * Whether a page body of `bodyChars` characters (plain text), or of at most that many, may be fuller than the
 * (short) description: a page whose text cannot hold such a body is not read for one.
 */
export const mayBeFullerThan = (description: string, bodyChars: number): boolean =>
  bodyChars >= description.length * FULLER_FACTOR && bodyChars - description.length >= MIN_EXTRA_CHARS;

/** Whether `description` (plain text) is a teaser of the page body `bodyHtml`. */
export function isTeaserOf(description: string, bodyHtml: string): boolean {
  const body = fullerBody(description, bodyHtml);
  return body !== null && foldText(body).includes(foldText(description.slice(0, COMPARED_CHARS)));
}

/** A title shorter than this (folded) is too common a string to tie a description to a posting. */
const MIN_TITLE_CHARS = 6;

/**
 * Whether `description` (plain text) is a one-line summary of the posting `title`, which names the title
 * ("Specjalista ds. zakupów w dziale zaopatrzenia."), beside a page body several times fuller: the caller has
 * checked that the page shows the same title, so the body is that posting's, its summary written apart.
 */
export function isTitledSummaryOf(description: string, bodyHtml: string, title: string | null): boolean {
  const folded = title ? foldText(title) : '';
  return (
    folded.length >= MIN_TITLE_CHARS &&
    foldText(description).includes(folded) &&
    fullerBody(description, bodyHtml) !== null
  );
}

/** The body as plain text when it is a fuller page than the (short) description, else null. */
function fullerBody(description: string, bodyHtml: string): string | null {
  if (!mayBeTeaser(description)) return null;
  const body = plainText(bodyHtml);
  return mayBeFullerThan(description, body.length) ? body : null;
}

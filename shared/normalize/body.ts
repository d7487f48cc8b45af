import { Document } from 'domhandler';
import MarkdownIt from 'markdown-it';
import type { Description } from '../schema/posting';
import type { RawPosting, RawSection } from '../schema/raw-posting';
import { hasVisibleText, htmlToText, sanitizeHtml } from './sanitize';
import { readingBlocks } from './document/document-reading';
import { headingPart, parseHtmlParts, type ParsedPart } from './document/parse-html';
import type { SectionDocuments, SectionInput } from './sections';
import { repairText } from './text-repair';

/**
 * The posting body, once: text-repaired, in reading order, and rendered as HTML whatever the source wrote
 * (HTML, Markdown, plain text, pre-split sections), so the description, the section finder and every
 * extractor read the same words.
 */

/** Raw HTML in Markdown is escaped, never passed through: the sanitiser is not the only line of defence. */
const markdown = new MarkdownIt({ html: false, breaks: true, linkify: false });

/**
 * Bodies beyond this are cut before extraction: a posting is a page, not a book, Firestore keeps a document
 * under 1 MiB, and no extractor should be handed megabytes of someone's footer.
 */
export const MAX_BODY_CHARS = 400_000;

export interface PostingBody {
  /** what the section finder reads: repaired html / markdown / text and sections */
  sectionInput: SectionInput;
  description: Description;
  /** which input the description came from (for --explain) */
  origin: 'html' | 'markdown' | 'text' | 'sections' | 'none';
}

/** Repairs, composes, sanitises and flattens the body of a raw posting. */
export function composeBody(raw: RawPosting): PostingBody {
  const html = repairOptional(raw.html);
  const md = html === null ? repairOptional(raw.markdown) : null;
  const text = html === null && md === null ? repairOptional(raw.text) : null;
  const sections = raw.sections.map(repairSection);
  const mainHtml = html ?? (md !== null ? markdown.render(md) : text !== null ? markdown.render(text) : '');
  // a Markdown or text parser's rendering, read into blocks already: not parsed again (document-reading.ts)
  const blocks = readingBlocks(raw, html);
  const { sanitized, documents } = sanitizeParts(mainHtml, sections, html !== null, blocks !== null);
  return {
    sectionInput: { html, markdown: md, text, sections, documents, blocks },
    description: { html: sanitized, text: htmlToText(sanitized) },
    origin:
      html !== null
        ? 'html'
        : md !== null
          ? 'markdown'
          : text !== null
            ? 'text'
            : sections.length
              ? 'sections'
              : 'none',
  };
}

/**
 * The body and the sections a source split off it, sanitised as one document. With sections, each part is
 * parsed once and the section finder reads the same DOMs (parseHtmlParts: the whole is the parts side by side).
 */
function sanitizeParts(
  mainHtml: string,
  sections: RawSection[],
  mainIsHtml: boolean,
  rendered: boolean,
): { sanitized: string; documents: SectionDocuments | null } {
  // most postings: the body alone, read as it is
  if (sections.length === 0) return { sanitized: sanitizeHtml(mainHtml, undefined, rendered), documents: null };
  // a heading's DOM is built, not parsed (headingPart)
  const pieces = [mainHtml, ...sections.flatMap((section) => [headingPart(section.heading), section.html])];
  const fullHtml = pieces.map(htmlOf).join('');
  if (!hasVisibleText(fullHtml)) return { sanitized: '', documents: null };
  const { parts, whole } = parseNonEmptyParts(pieces);
  const documents = {
    html: mainIsHtml ? (parts[0] ?? null) : null,
    sections: sections.map((_, i) => parts[2 + 2 * i] ?? null),
  };
  return { sanitized: sanitizeHtml(fullHtml, whole), documents };
}

/**
 * parseHtmlParts over the pieces that hold something: an empty piece (a posting whose whole body is in
 * its sections, a section without a heading) adds no node, but the joinability check reads it as a part
 * left unfinished and parses the whole body a second time. Empty pieces get an empty DOM of their own.
 */
function parseNonEmptyParts(pieces: Array<string | ParsedPart>): { parts: Document[]; whole: Document } {
  const filled = pieces.filter((piece) => htmlOf(piece) !== '');
  const { parts, whole } = parseHtmlParts(filled);
  let next = 0;
  return {
    parts: pieces.map((piece) => (htmlOf(piece) === '' ? new Document([]) : (parts[next++] ?? new Document([])))),
    whole,
  };
}

function repairOptional(value: string | null): string | null {
  if (value === null || !hasVisibleText(value)) return null;
  return repairText(value.length > MAX_BODY_CHARS ? value.slice(0, MAX_BODY_CHARS) : value);
}

const repairSection = (section: RawSection): RawSection => ({
  heading: repairText(section.heading).trim(),
  html: repairText(section.html.length > MAX_BODY_CHARS ? section.html.slice(0, MAX_BODY_CHARS) : section.html),
});

const htmlOf = (piece: string | ParsedPart): string => (typeof piece === 'string' ? piece : piece.html);

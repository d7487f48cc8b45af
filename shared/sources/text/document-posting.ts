import type { RawPosting } from '../../schema/raw-posting';
import { buildRawPosting } from '../raw-posting-builder';
import { assemblyNotes, type Block } from '../../normalize/document/blocks';
import { firstLinkTarget } from '../../normalize/document/inline-markdown';
import { hasFenceLine } from '../../normalize/document/line-records';
import { itemText } from '../../normalize/document/records';
import { readAsRendered, rememberReading } from '../../normalize/document/document-reading';
import { renderBlocks } from '../../normalize/document/render-blocks';
import { isApplyText, resolveLink } from '../html/apply-link';
import { FieldSet } from '../html/field-set';
import { companyLine, companyUnderAboutHeading, placeLine } from './company-line';
import { cardFacts } from './card-line';
import { companyOpeningSentence } from './company-sentence';
import { payLine } from './pay-line';
import { fieldKeyKeepingPeriod } from '../../normalize/money/periods';
import { relativePostedDate } from '../../normalize/relative-date';
import type { PastedPage } from './pasted-page';

const MAX_TITLE_CHARS = 150;

/** What a Markdown or text document says about itself: title, header fields and apply link. */
export interface DocumentFacts {
  title: string | null;
  fields: FieldSet;
  applyUrl: string | null;
}

/**
 * The title is the document's first heading (Markdown's first #-heading) or, with none before the content,
 * its first line; a "Job title:" field stands in when the first line is itself a field.
 */
function findTitle(blocks: readonly Block[], fields: FieldSet): string | null {
  const first = blocks.find((block) => block.type !== 'field');
  if (first?.type === 'heading' && (first.title || first.kind === null)) return first.text;
  const heading = blocks.find(
    (block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.title,
  );
  if (heading) return heading.text;
  if (first?.type === 'paragraph' && (first.lines[0]?.length ?? 0) <= MAX_TITLE_CHARS && blocks.indexOf(first) === 0)
    return first.lines[0] ?? null;
  return fields.first('title');
}

/** An apply link: the "apply" field's link or URL, else a link whose text says apply. */
function findApplyUrl(blocks: readonly Block[], base: string | null): string | null {
  for (const block of blocks) {
    if (block.type === 'field' && block.key === 'apply') {
      const url = resolveLink(firstLinkTarget(block.source ?? block.value) ?? undefined, base);
      if (url) return url;
    }
  }
  for (const block of blocks) {
    const sources =
      block.type === 'paragraph'
        ? block.sources
        : block.type === 'list'
          ? block.items.map((i) => i.source ?? itemText(i))
          : [];
    for (const source of sources) {
      // every Markdown link holds "](": most lines have none and skip the pattern
      const link = source?.includes('](') ? MARKDOWN_LINK.exec(source) : null;
      if (link && isApplyText(link[1] ?? '')) return resolveLink(link[2], base);
    }
  }
  return appliedAtUrl(blocks);
}

const MARKDOWN_LINK = /\[([^\]]+)\]\(([^)\s]+)/;

/**
 * A bare address the text tells candidates to apply at: "Apply online at https://…", "Please apply via https://…
 * with a cover letter", "Bewirb dich unter https://…", "Postulez sur https://…", "ứng tuyển tại https://…". The
 * address must follow the apply words in the same sentence; a link elsewhere (the company's site) is none.
 */
const APPLY_AT_URL =
  /(?<![\p{L}])(?:apply|applications?|bewirb dich|bewerben sie sich|bewerbung|postulez|postuler|candidatez|postúlate|postula|inscríbete|envía tu cv|candidate-se|ứng tuyển|nộp hồ sơ|応募)(?![\p{L}])[^.!?\n]{0,50}?(https?:\/\/[^\s<>"'()]+)/iu;

function appliedAtUrl(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    const lines = block.type === 'paragraph' ? block.lines : block.type === 'list' ? block.items.map(itemText) : [];
    for (const line of lines) {
      // the address holds "://": a line without one (most) skips the pattern
      const url = line.includes('://') ? APPLY_AT_URL.exec(line)?.[1]?.replace(/[.,;:!?]+$/u, '') : undefined;
      if (url) return url;
    }
  }
  return null;
}

/** Title, header fields and apply link of a document's blocks. */
export function documentFacts(blocks: readonly Block[], base: string | null): DocumentFacts {
  const fields = new FieldSet();
  for (const block of blocks)
    if (block.type === 'field') fields.add(fieldKeyKeepingPeriod(block.key, block.label), block.value);
  return { title: findTitle(blocks, fields), fields, applyUrl: findApplyUrl(blocks, base) };
}

/** How far down the header a line dating the posting is looked for. */
const POSTED_LINE_BLOCKS = 6;
const SHAPE_DAY = new Date(0);

/**
 * "Posted 2 Days Ago", "Publié il y a 5 jours", "vor 3 Tagen veröffentlicht": a line of its own near the top that
 * dates the posting relative to the day it was read (normalize/relative-date.ts counts it back from `now`).
 */
function postedLine(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, POSTED_LINE_BLOCKS)) {
    if (block.type !== 'paragraph') continue;
    const line = block.lines.find((l) => relativePostedDate(l, SHAPE_DAY) !== null);
    if (line) return line;
    for (const l of block.lines) {
      const date = POSTED_ON.exec(l)?.[1];
      if (date) return date;
    }
  }
  return null;
}

/**
 * "Posted 21 November 2026", "*Posted 18 November 2026 · Applications close …*", "Published on 3 March 2026",
 * "Veröffentlicht am 21.11.2026", "Publié le 21/11/2026": a line opening with the word and a written date, with
 * no label colon (a "Posted: …" line is a field already). Only the date goes on: what follows may be the deadline.
 */
const POSTED_ON =
  /^[*_\s]*(?:posted|published|listed|veröffentlicht|publié|publicado|pubblicato)(?:\s+(?:on|am|le|el|il))?\s+(\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?![\p{L}\d])/iu;

/**
 * A raw posting from a Markdown or text document: the source kept as written, an HTML rendering of it for
 * the description, header fields, title, company and apply link. A title that is the document's first
 * line is left out of the rendering. The blocks go along with the raw posting for its section finder.
 */
export function documentPosting(
  kind: 'markdown' | 'text',
  source: string,
  blocks: Block[],
  url: string | null,
  page: PastedPage | null = null,
): RawPosting {
  const facts = documentFacts(blocks, url);
  const card = cardFacts(blocks, facts.title);
  // a copied board page's card names the place beside a body's "Work Location: In person"
  facts.fields.add('location', page?.location);
  if (!facts.fields.first('location')) facts.fields.add('location', card.location ?? placeLine(blocks, facts.title));
  // the card's type beside a schedule field that names none ("Schedule: Monday to Friday")
  facts.fields.add('employment type', card.employmentType);
  for (const type of page?.employmentTypes ?? []) facts.fields.add('employment type', type);
  if (!facts.fields.first('posted')) facts.fields.add('posted', postedLine(blocks));
  if (!facts.fields.first('salary')) facts.fields.add('salary', card.salary ?? payLine(blocks, facts.title));
  const body = blocks.filter(
    (block, i) =>
      !(i === 0 && block.type === 'paragraph' && block.lines.length === 1 && block.lines[0] === facts.title),
  );
  const html = renderBlocks(body, { markdown: kind === 'markdown' });
  const raw = buildRawPosting({
    kind,
    url,
    title: facts.title,
    companyName:
      facts.fields.first('company') ??
      page?.company ??
      companyLine(blocks, facts.title) ??
      card.company ??
      companyUnderAboutHeading(blocks) ??
      companyOpeningSentence(blocks),
    department: facts.fields.first('department'),
    html: html || null,
    markdown: kind === 'markdown' ? source : null,
    text: kind === 'text' ? source : null,
    fields: facts.fields.toRecord(),
    applyUrl: facts.applyUrl,
    datePosted: facts.fields.first('posted'),
    validThrough: facts.fields.first('deadline'),
  });
  // the section finder reads these blocks instead of assembling the rendering again (document-reading.ts)
  // a code fence keeps its lines as written, which its rendering does not: that body is read from its HTML
  const fenced = kind === 'markdown' && hasFenceLine(source);
  const rendered =
    html && !fenced ? readAsRendered(body, { markdown: kind === 'markdown' }, assemblyNotes(blocks)) : null;
  if (rendered) rememberReading(raw, { html, blocks: rendered });
  return raw;
}

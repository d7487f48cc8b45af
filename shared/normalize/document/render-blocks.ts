import type { Block } from './blocks';
import { stripInlineMarkdown } from './inline-markdown';
import type { ListItem } from './records';

/**
 * HTML of a Markdown or plain-text document's blocks, so such postings get a `description.html` like any
 * other (it is sanitised afterwards like any other). Inline Markdown keeps bold, italics and http(s) links.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;
const escapeHtml = (text: string): string =>
  SPECIAL.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c) : text;

const LINK = /\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)(?:\s+"[^"]*")?\)/g;
const STRONG = /(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g;
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu;
const MAX_INLINE = 2000;

/** Characters Markdown links, bold and italics start with: a line without any needs no marks put in. */
const MARKUP_START = /[[*_]/;
/** The marks standing for tags while the text is escaped (see `inlineHtml`). */
const TAG_MARKS = /[\u0001-\u0007]/;

/** Inline Markdown as HTML: everything escaped first, then bold, italics and links put back as tags. */
function inlineHtml(source: string | undefined, text: string, markdown: boolean): string {
  if (!markdown || source === undefined || source.length > MAX_INLINE) return escapeHtml(text);
  const marked = MARKUP_START.test(source)
    ? source
        .replace(LINK, '\u0001$1\u0002$2\u0003')
        .replace(STRONG, '\u0004$2\u0005')
        .replace(EMPHASIS, '\u0006$1\u0007')
    : source;
  const html = escapeHtml(stripInlineMarkdown(marked));
  return TAG_MARKS.test(html) ? withTags(html) : html;
}

/** The marks `inlineHtml` put in for links, bold and italics turned into their tags. */
const withTags = (html: string): string =>
  html
    .replace(
      /\u0001([^\u0002]*)\u0002([^\u0003]*)\u0003/g,
      (_, label: string, href: string) => `<a href="${href}">${label}</a>`,
    )
    .replace(/\u0004/g, '<strong>')
    .replace(/\u0005/g, '</strong>')
    .replace(/\u0006/g, '<em>')
    .replace(/\u0007/g, '</em>');

function listHtml(items: readonly ListItem[], ordered: boolean, markdown: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const rendered = items.map((item) => {
    const nested = item.children.length > 0 ? listHtml(item.children, false, markdown) : '';
    return `<li>${inlineHtml(item.source, item.text, markdown)}${nested}</li>`;
  });
  return `<${tag}>${rendered.join('')}</${tag}>`;
}

const headingTag = (level: number): string => (level <= 2 ? 'h2' : level === 3 ? 'h3' : 'h4');

/** HTML of blocks; the title heading is left out (it is the posting's `title`). */
export function renderBlocks(blocks: readonly Block[], options: { markdown: boolean }): string {
  const html: string[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (!block.title)
        html.push(
          `<${headingTag(block.signal === 'markup' ? block.level : 3)}>${escapeHtml(block.text)}</${headingTag(block.signal === 'markup' ? block.level : 3)}>`,
        );
    } else if (block.type === 'paragraph') {
      html.push(
        `<p>${block.lines.map((line, i) => inlineHtml(block.sources[i], line, options.markdown)).join('<br>')}</p>`,
      );
    } else if (block.type === 'list') html.push(listHtml(block.items, block.ordered, options.markdown));
    else if (block.source !== undefined)
      html.push(`<p>${inlineHtml(block.source, block.source, options.markdown)}</p>`);
    else html.push(`<p><strong>${escapeHtml(block.label)}:</strong> ${escapeHtml(block.value)}</p>`);
  }
  return html.join('\n');
}

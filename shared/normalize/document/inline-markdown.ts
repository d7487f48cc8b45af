import { decodeHTML } from 'entities';

/** Inline Markdown: emphasis, code, links, images, inline tags, escapes. */
const HAS_MARKUP = /[*_`[\]<&\\~]/;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\((\S+?)(?:\s+"[^"]*")?\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const INLINE_TAG = /<\/?[a-zA-Z][^<>]{0,500}>/g;
const STRONG = /(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g;
const EMPHASIS_STAR = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~([^~\n]+)~~/g;
const CODE = /`([^`\n]+)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
/** Emphasis patterns backtrack on long lines full of unmatched markers; such lines lose their markers instead. */
const MAX_EMPHASIS_LINE = 2000;
const MARKER_RUNS = /\*\*|__|`/g;

/** Plain text of one line of inline Markdown: formatting removed, link text kept, entities decoded. */
export function stripInlineMarkdown(line: string): string {
  if (!HAS_MARKUP.test(line)) return line;
  // each pattern runs only on a line holding the character every match of it starts with
  let text = line.includes('[') ? line.replace(IMAGE, '').replace(LINK, '$1') : line;
  if (text.includes('<')) text = text.replace(AUTOLINK, '$1').replace(INLINE_TAG, '');
  if (text.length > MAX_EMPHASIS_LINE) text = text.replace(MARKER_RUNS, '');
  else text = stripEmphasis(text);
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Bold, italics, strike-through and code marks removed, each pattern only where its marker occurs. */
function stripEmphasis(line: string): string {
  let text = line;
  if (text.includes('*')) text = text.replace(STRONG, '$2').replace(EMPHASIS_STAR, '$1');
  else if (text.includes('__')) text = text.replace(STRONG, '$2');
  if (text.includes('_')) text = text.replace(EMPHASIS_UNDERSCORE, '$1');
  if (text.includes('~~')) text = text.replace(STRIKE, '$1');
  return text.includes('`') ? text.replace(CODE, '$1') : text;
}

/** The first link target in a line of Markdown ("[Apply here](https://…)", "<https://…>", a bare URL). */
export function firstLinkTarget(line: string): string | null {
  LINK.lastIndex = 0;
  const link = LINK.exec(line);
  if (link) return link[2] ?? null;
  const bare = /(?:https?:\/\/|mailto:)[^\s<>()"']+/i.exec(line);
  return bare ? bare[0].replace(/[.,;:]+$/, '') : null;
}

const WHOLE_LINE_STRONG = /^(\*\*|__)([^*_][^\n]*?)\1\s*[:：]?$/;

/** Whether a whole line is bold ("**What you'll do**", "__Requirements:__"): Markdown's bold-line headings. */
export function isStrongLine(line: string): boolean {
  const match = WHOLE_LINE_STRONG.exec(line.trim());
  return match !== null && !(match[2] ?? '').includes(match[1] ?? '**');
}

import { isObject, type JsonObject } from '../json-values';

/**
 * Finds schema.org `JobPosting` nodes in a page's `<script type="application/ld+json">` blocks
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting): a node may be the
 * script's root, sit in an array, in `@graph`, or under another node (`mainEntity`, `itemListElement`).
 * Blocks that are not valid JSON are repaired where the fault is a common one (raw line breaks inside
 * strings, trailing commas, comment wrappers) and skipped otherwise: one broken block must not hide the rest.
 */

const SCRIPT = /<script\b[^>]*?\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const MAX_DEPTH = 12;

/** Whether the HTML has at least one JSON-LD block mentioning JobPosting (cheap pre-check for detection). */
export const hasJsonLdJobPosting = (html: string): boolean => {
  for (const match of html.matchAll(SCRIPT)) if (/JobPosting/.test(match[1] ?? '')) return true;
  return false;
};

/** Every JobPosting node on the page, in document order. */
export function extractJobPostingNodes(html: string): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const body = match[1] ?? '';
    if (!/JobPosting/.test(body)) continue;
    const value = parseLenient(body);
    if (value !== undefined) collectJobPostings(value, nodes, 0);
  }
  return nodes;
}

/** Whether a parsed JSON value is (or contains) a JobPosting: JSON-LD given as a file of its own. */
export function jobPostingNodesIn(value: unknown): JsonObject[] {
  const nodes: JsonObject[] = [];
  collectJobPostings(value, nodes, 0);
  return nodes;
}

const typesOf = (node: JsonObject): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

/** `JobPosting`, `schema:JobPosting`, `https://schema.org/JobPosting`. */
export const isJobPostingNode = (node: JsonObject): boolean =>
  typesOf(node).some((t) => /(^|[/:#])JobPosting$/.test(t));

function collectJobPostings(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectJobPostings(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isJobPostingNode(value)) {
    out.push(value);
    return;
  }
  for (const child of Object.values(value))
    if (child !== null && typeof child === 'object') collectJobPostings(child, out, depth + 1);
}

function parseLenient(body: string): unknown {
  const text = body
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\*\s*<!\[CDATA\[\s*\*\//, '')
    .replace(/\/\*\s*\]\]>\s*\*\/$/, '');
  for (const attempt of [
    text,
    escapeControlCharsInStrings(text),
    withoutTrailingCommas(escapeControlCharsInStrings(text)),
  ]) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** Raw line breaks and tabs inside JSON strings (invalid JSON, common in CMS templates) become escapes. */
function escapeControlCharsInStrings(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString && !escaped && ch < ' ') {
      out += ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '' : ' ';
      continue;
    }
    out += ch;
    if (escaped) escaped = false;
    else if (ch === '\\') escaped = inString;
    else if (ch === '"') inString = !inString;
  }
  return out;
}

const withoutTrailingCommas = (text: string): string => text.replace(/,(\s*[}\]])/g, '$1');

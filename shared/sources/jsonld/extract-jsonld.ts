import { isObject, type JsonObject } from '../json-values';

/**
 * Finds schema.org `JobPosting` nodes in a page's `<script type="application/ld+json">` blocks
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting): a node may be the
 * script's root, sit in an array, in `@graph`, or under another node (`mainEntity`, `itemListElement`).
 * Blocks that are not valid JSON are repaired where the fault is a common one (raw line breaks inside
 * strings, trailing commas, comment wrappers) and skipped otherwise: one broken block must not hide the rest.
 */

const SCRIPT_OPEN = /<script\b([^>]{0,2000})>/gi;
const SCRIPT_CLOSE = /<\/script/gi;
const LD_JSON_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;
const MAX_DEPTH = 12;

/** Whether the HTML has at least one JSON-LD block mentioning JobPosting (cheap pre-check for detection). */
export const hasJsonLdJobPosting = (html: string): boolean => {
  for (const body of jsonLdBlocks(html)) if (body.includes('JobPosting')) return true;
  return false;
};

/**
 * The bodies of the page's JSON-LD scripts, found in one linear pass: each script ends at the first
 * `</script` after it (as HTML parsers read it), and a page whose scripts never close ends the scan, so a
 * hostile page of unclosed tags costs no more than reading it once.
 */
function* jsonLdBlocks(html: string): Generator<string> {
  const open = new RegExp(SCRIPT_OPEN.source, 'gi');
  const close = new RegExp(SCRIPT_CLOSE.source, 'gi');
  let tag: RegExpExecArray | null;
  while ((tag = open.exec(html)) !== null) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (end === null) return;
    if (LD_JSON_TYPE.test(tag[1] ?? '')) yield html.slice(open.lastIndex, end.index);
    open.lastIndex = end.index + end[0].length;
  }
}

/** Every JobPosting node on the page, in document order. */
export function extractJobPostingNodes(html: string): JsonObject[] {
  const nodes: JsonObject[] = [];
  const values: unknown[] = [];
  for (const body of jsonLdBlocks(html)) {
    const mentionsPosting = body.includes('JobPosting');
    // another block may hold the node a posting points to by `@id` (Yoast's Organization, say)
    if (!mentionsPosting && !body.includes('@id')) continue;
    const value = parseLenient(body);
    if (value === undefined) continue;
    values.push(value);
    if (mentionsPosting) collectJobPostings(value, nodes, 0);
  }
  return withReferencesResolved(nodes, values);
}

/** Whether a parsed JSON value is (or contains) a JobPosting: JSON-LD given as a file of its own. */
export function jobPostingNodesIn(value: unknown): JsonObject[] {
  const nodes: JsonObject[] = [];
  collectJobPostings(value, nodes, 0);
  return withReferencesResolved(nodes, [value]);
}

/**
 * Postings whose properties point to another node by `@id` alone (`"hiringOrganization": {"@id":
 * "https://acme.example/#org"}`, the `@graph` style of Yoast and other SEO plugins) get that node in place of
 * the reference. One level: the posting's own properties and their array items.
 */
function withReferencesResolved(nodes: JsonObject[], values: unknown[]): JsonObject[] {
  if (!nodes.some(hasReference)) return nodes;
  const ids = new Map<string, JsonObject>();
  for (const value of values) indexIds(value, ids, 0);
  return nodes.map((node) => (hasReference(node) ? resolveProperties(node, ids) : node));
}

const referenceId = (value: unknown): string | null => {
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  const id = value['@id'];
  return keys.length === 1 && typeof id === 'string' ? id : null;
};

const hasReference = (node: JsonObject): boolean =>
  Object.values(node).some(
    (v) => referenceId(v) !== null || (Array.isArray(v) && v.some((i) => referenceId(i) !== null)),
  );

/** Every node that says more than its `@id`, by that id (the first one wins). */
function indexIds(value: unknown, ids: Map<string, JsonObject>, depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((item) => indexIds(item, ids, depth + 1));
  const node = value as JsonObject;
  const id = node['@id'];
  if (typeof id === 'string' && Object.keys(node).length > 1 && !ids.has(id)) ids.set(id, node);
  for (const child of Object.values(node)) indexIds(child, ids, depth + 1);
}

function resolveProperties(node: JsonObject, ids: ReadonlyMap<string, JsonObject>): JsonObject {
  const resolve = (value: unknown): unknown => ids.get(referenceId(value) ?? '') ?? value;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node))
    out[key] = Array.isArray(value) ? value.map(resolve) : resolve(value);
  return out;
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

/** Comment and CDATA wrappers some CMSs put around a script's JSON. */
function unwrapped(body: string): string {
  let text = body.trim();
  if (text.startsWith('<!--')) text = text.slice(4);
  if (text.endsWith('-->')) text = text.slice(0, -3);
  if (text.startsWith('/*')) text = text.replace(/^\/\*\s*<!\[CDATA\[\s*\*\//, '');
  if (text.endsWith('*/')) text = text.replace(/\/\*\s*\]\]>\s*\*\/$/, '');
  return text;
}

/** Each repair is tried only when the text before it failed to parse: most blocks are valid JSON as written. */
const REPAIRS: ReadonlyArray<(text: string) => string> = [
  (text) => text,
  escapeControlCharsInStrings,
  (text) => withoutTrailingCommas(escapeControlCharsInStrings(text)),
];

function parseLenient(body: string): unknown {
  const text = unwrapped(body);
  for (const repair of REPAIRS) {
    try {
      return JSON.parse(repair(text)) as unknown;
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

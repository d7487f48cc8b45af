import { decodeHTML } from 'entities';

/**
 * Tolerant readers for untrusted JSON. ATS payloads drift (a number where a string was, `null` metadata,
 * an object where an array was), so a value of the wrong type reads as absent instead of throwing: one odd
 * field must not lose the whole posting.
 */

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value as an object, or null. */
export const obj = (value: unknown): JsonObject | null => (isObject(value) ? value : null);

/** The value as an array (a single object becomes a one-element array), or []. */
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** A trimmed non-empty string (numbers are accepted: ids arrive as either), or null. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number (numeric strings such as Recruitee's "1200" are accepted), or null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** A boolean (also "true"/"false" strings), or null. */
export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

/** Non-empty strings from a string, an array of strings or an array of `{name|label|value}` objects. */
export function strings(value: unknown): string[] {
  const out: string[] = [];
  for (const item of arr(value)) {
    const s = str(item) ?? str(obj(item)?.name) ?? str(obj(item)?.label) ?? str(obj(item)?.value);
    if (s !== null && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The first non-null of the given values. */
export const first = <T>(...values: (T | null | undefined)[]): T | null => values.find((v) => v != null) ?? null;

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const COMMON_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
  '&nbsp;': '\u00a0',
};

/**
 * Decodes HTML entities in one pass ("R&amp;D" → "R&D"; "&amp;lt;" → "&lt;", never further). The common
 * entities of escaped HTML are looked up directly, the rest go through `entities`; megabytes of escaped
 * Greenhouse content decode several times faster than with a full decoder pass.
 */
export const decodeEntities = (text: string): string =>
  text.includes('&') ? text.replace(ENTITY, (entity) => COMMON_ENTITIES[entity] ?? decodeHTML(entity)) : text;

/**
 * HTML that arrives entity-escaped (Greenhouse `content`, some JSON-LD descriptions): "&lt;p&gt;…" becomes
 * "<p>…". HTML that already has tags is returned as is, so real markup is never decoded twice. Escaping
 * HTML only ever escapes & < > " ', so undoing exactly those is one exact level of decoding; any other
 * entity left behind ("&eacute;") is one the HTML itself carries, and the HTML parser reads it. Native
 * literal replacement keeps multi-megabyte boards fast.
 */
export function unescapeHtml(html: string): string {
  const once = unescapeOuterLevels(html);
  if (!/&lt;\/?[a-z][a-z0-9]*/i.test(once)) return once;
  if (/<\/?(p|div|ul|ol|li|br|h[1-6]|strong|b|em|span)\b/i.test(once)) return once;
  return once
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * HTML escaped more than once ("&amp;lt;p&amp;gt;": a CMS escaped the description, then its template escaped
 * it again) down to one level of escaping, for `unescapeHtml` to undo. Each outer level turned every "&" into
 * "&amp;", so undoing one is replacing "&amp;" alone. Only when no tag and no once-escaped tag is present:
 * text that merely shows "&amp;lt;" beside real markup keeps it.
 */
function unescapeOuterLevels(html: string): string {
  let text = html;
  for (let level = 0; level < MAX_ESCAPE_LEVELS && OUTER_ESCAPED_TAG.test(text); level++) {
    if (/&lt;\/?[a-z][a-z0-9]*/i.test(text) || /<\/?[a-z][a-z0-9]*[\s>/]/i.test(text)) break;
    text = text.replaceAll('&amp;', '&');
  }
  return text;
}
const OUTER_ESCAPED_TAG = /&amp;(?:amp;)*lt;\/?[a-z][a-z0-9]*/i;
const MAX_ESCAPE_LEVELS = 3;

/** Whether a string contains HTML markup (as opposed to plain text with line breaks). */
export const looksLikeHtml = (text: string): boolean => /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(text);

/** Joins the non-empty parts with ", " ("Leeds, West Yorkshire, GB"). */
export const joinParts = (...parts: (string | null | undefined)[]): string =>
  parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join(', ');

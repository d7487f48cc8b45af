import { PermanentError } from '../errors';
import type { SourceKind } from '../schema/posting';
import { ashbyParser } from './ashby/parse-ashby';
import { greenhouseParser } from './greenhouse/parse-greenhouse';
import { obj } from './json-values';
import { hasJsonLdJobPosting, jobPostingNodesIn } from './jsonld/extract-jsonld';
import { leverErrorMessage, leverParser } from './lever/parse-lever';
import { isPersonioXml } from './personio/parse-personio';
import type { JsonSourceParser } from './raw-posting-builder';
import { recruiteeParser } from './recruitee/parse-recruitee';
import { smartRecruitersParser } from './smartrecruiters/parse-smartrecruiters';

/**
 * Input kind from content alone (DESIGN §3): ATS JSON by its shape, Personio XML by its root, HTML with a
 * JSON-LD JobPosting, plain HTML, Markdown, plain text. File names and URLs are not trusted: exports get
 * renamed, and an API URL says nothing about what a proxy answered.
 */

/** The ATS JSON parsers, most specific shape first. */
export const JSON_PARSERS: readonly JsonSourceParser[] = [
  greenhouseParser,
  ashbyParser,
  leverParser,
  smartRecruitersParser,
  recruiteeParser,
];

/** What detection found: the kind, and the parsed JSON when the input was JSON (so it is parsed once). */
export interface Detection {
  /** null for an empty board export whose ATS cannot be told (`[]`, `{"jobs": []}`): it holds no postings */
  kind: SourceKind | null;
  json?: unknown;
}

/** Detects the kind of decoded input text. Throws `INPUT.MALFORMED` (bad JSON) or `INPUT.UNKNOWN_SHAPE`. */
export function detectKind(text: string): Detection {
  const head = text.trimStart().slice(0, 512);
  if (/^\s*$/.test(head)) throw new PermanentError('INPUT.MALFORMED', 'input is empty');
  if (looksLikeJson(head)) {
    const json = parseJson(text);
    return { kind: detectJsonKind(json), json };
  }
  if (head.startsWith('<')) return { kind: detectMarkupKind(text, head) };
  if (/<script\b[^>]{0,2000}application\/ld\+json/i.test(text) && hasJsonLdJobPosting(text)) return { kind: 'jsonld' };
  if (/^\s*<!doctype html|<html[\s>]|<body[\s>]/i.test(head) || looksLikeHtmlFragment(text)) return { kind: 'html' };
  return { kind: looksLikeMarkdown(text) ? 'markdown' : 'text' };
}

/** `{…}` is JSON; `[…]` is JSON unless it reads as a Markdown link ("[Apply here](…)"). */
function looksLikeJson(head: string): boolean {
  const start = head.trimStart();
  if (start.startsWith('{')) return true;
  return /^\[\s*([{["\d\]-]|true|false|null|$)/.test(start);
}

/** Parses JSON, or throws `INPUT.MALFORMED` naming where it broke. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PermanentError('INPUT.MALFORMED', `malformed JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The ATS whose shape a JSON value has, null for an empty export, or `INPUT.UNKNOWN_SHAPE`. */
export function detectJsonKind(json: unknown): SourceKind | null {
  const parser = JSON_PARSERS.find((p) => p.matches(json));
  if (parser) return parser.kind;
  if (jobPostingNodesIn(json).length > 0) return 'jsonld';
  if (isEmptyExport(json)) return null;
  const leverError = leverErrorMessage(json);
  if (leverError)
    throw new PermanentError('INPUT.UNKNOWN_SHAPE', `the input is a Lever error answer, not postings: ${leverError}`);
  throw new PermanentError(
    'INPUT.UNKNOWN_SHAPE',
    `JSON of unknown shape (${describeShape(json)}): expected a Greenhouse, Lever, Ashby, SmartRecruiters or Recruitee export, or a schema.org JobPosting`,
  );
}

const LIST_KEYS = ['jobs', 'offers', 'content', 'postings', 'data'];

function isEmptyExport(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0;
  const root = obj(json);
  return root !== null && LIST_KEYS.some((key) => Array.isArray(root[key]) && (root[key] as unknown[]).length === 0);
}

function describeShape(json: unknown): string {
  if (Array.isArray(json)) return `an array of ${json.length} ${kindOfValue(json[0])}${json.length === 1 ? '' : 's'}`;
  const root = obj(json);
  if (!root) return `a ${kindOfValue(json)}`;
  const keys = Object.keys(root).slice(0, 6);
  return keys.length ? `an object with keys ${keys.join(', ')}` : 'an empty object';
}

const kindOfValue = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

function detectMarkupKind(text: string, head: string): SourceKind {
  if (isPersonioXml(head)) return 'personio';
  const root = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+)?([a-z][\w:.-]*)/i
    .exec(head)?.[1]
    ?.toLowerCase();
  if (root && isIndeedStyleFeed(root, text)) return 'feed';
  if (root && /^<\?xml/i.test(head.trimStart()) && root !== 'html') {
    throw new PermanentError(
      'INPUT.UNKNOWN_SHAPE',
      `XML with root <${root}> is not a known job export (expected Personio <workzag-jobs>, or an Indeed-style feed: <source> or <jobs> of <job> elements)`,
    );
  }
  return hasJsonLdJobPosting(text) ? 'jsonld' : 'html';
}

/**
 * Another board's Indeed-style XML feed (`shared/sources/feed`): a `<source>` root (Indeed) or `<jobs>` root
 * (Adzuna, ZipRecruiter) holding `<job>` elements. Neither root is an HTML element, so a page never matches.
 */
function isIndeedStyleFeed(root: string, text: string): boolean {
  return (root === 'source' || root === 'jobs') && /<job[\s>]/i.test(text);
}

/** Text that starts with words but is HTML all the same (a pasted description): block tags throughout. */
function looksLikeHtmlFragment(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return (sample.match(/<\/?(p|div|ul|ol|li|br|h[1-6]|table|tr|td)\b[^>]*>/gi)?.length ?? 0) >= 3;
}

/** Headings, bold, links, fences or setext underlines: Markdown. Plain "Key: value" lines stay text. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return (
    /^#{1,6}[ \t]+\S/m.test(sample) ||
    /\*\*[^*\n]+\*\*|__[^_\n]+__/.test(sample) ||
    /\[[^\]\n]+\]\([^)\s]+\)/.test(sample) ||
    /^\s*```/m.test(sample) ||
    /^[^\n]+\n(=+|-{3,})[ \t]*$/m.test(sample)
  );
}

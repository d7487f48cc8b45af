import { sha256Hex } from '../shared/ids';
import type { RawPosting } from '../shared/schema/raw-posting';

/**
 * The `source.id` the CLI gives postings when `--source-id` is not set: stable for the same input, so
 * normalising a file twice gives the same posting ids. Built from the kind and the most specific name at hand:
 * the company, else the ATS board token in a posting URL ("boards.greenhouse.io/acme" → "acme"), else the
 * host of `--url` or of the posting.
 */
export function deriveSourceId(kind: string, company: string | null, urls: (string | null)[]): string {
  const name = company ?? urls.map(boardOrHost).find((n) => n !== null) ?? null;
  if (name === null) return kind;
  const slug = slugify(name) || `x${sha256Hex(name).slice(0, 8)}`;
  return `${kind}-${slug}`.slice(0, 63).replace(/-+$/, '');
}

/** The company, source URLs and posting URLs of a parsed input, as `deriveSourceId` wants them. */
export function sourceIdFor(
  postings: RawPosting[],
  options: { kind?: string; company?: string | null; url?: string | null },
): string {
  const kind = options.kind ?? postings[0]?.kind ?? 'input';
  const company = options.company ?? postings.find((p) => p.companyName)?.companyName ?? null;
  return deriveSourceId(kind, company, [options.url ?? null, ...postings.slice(0, 1).map((p) => p.url)]);
}

/** Lower-case ASCII slug: accents dropped, everything else a dash ("Café Zürich GmbH" → "cafe-zurich-gmbh"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** Board token for ATS-hosted URLs, else the host without "www.". */
const BOARD_PATTERNS: [RegExp, 'path' | 'sub'][] = [
  [/(^|\.)greenhouse\.io$/, 'path'],
  [/(^|\.)lever\.co$/, 'path'],
  [/(^|\.)ashbyhq\.com$/, 'path'],
  [/(^|\.)smartrecruiters\.com$/, 'path'],
  [/\.recruitee\.com$/, 'sub'],
  [/\.jobs\.personio\.(de|com)$/, 'sub'],
];

function boardOrHost(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const board = BOARD_PATTERNS.find(([pattern]) => pattern.test(host));
  if (!board) return host || null;
  if (board[1] === 'sub') return host.split('.')[0] ?? host;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const token = segments[0] === 'v1' || segments[0] === 'v0' ? null : segments[0];
  return token ?? host;
}

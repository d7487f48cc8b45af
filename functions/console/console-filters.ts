import { z } from 'zod';
import type { PostingSearch } from '../../shared/ports/posting-store.port';
import { PostingStatus, QualityWarning, Workplace } from '../../shared/schema/posting';
import { SyndicationStatus } from '../../shared/schema/syndication';

/**
 * The list page's query string (`GET /console/postings?q=&status=&…`), parsed at the edge. Empty values mean
 * "any", so a form submitted with untouched selects filters nothing. An invalid value is reported on the
 * page, never a crash.
 */
const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** `partnerId:status`, status one of the record statuses or `none` (no record with that partner). */
export const BoardFilter = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}:[a-z]+$/, 'pick a board and status from the list')
  .transform((value) => {
    const [partnerId, status] = value.split(':') as [string, string];
    return { partnerId, status };
  })
  .pipe(z.object({ partnerId: z.string(), status: z.union([SyndicationStatus, z.literal('none')]) }));

export const PAGE_SIZES = [25, 50, 100] as const;

export const ConsoleFilters = z.object({
  q: optional(z.string().max(200, 'search for at most 200 characters')),
  status: optional(PostingStatus),
  source: optional(z.string().max(63)),
  country: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'a country is its two-letter ISO code, e.g. DE')
      .transform((c) => c.toUpperCase()),
  ),
  workplace: optional(Workplace),
  warning: optional(QualityWarning),
  board: optional(BoardFilter),
  size: z.preprocess(
    blank,
    z.coerce
      .number()
      .pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))
      .default(50),
  ),
  cursor: optional(z.string().max(500)),
});
export type ConsoleFilters = z.infer<typeof ConsoleFilters>;

/** The filters' store search. */
export function searchOf(filters: ConsoleFilters): PostingSearch {
  return {
    ...(filters.q ? { text: filters.q } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.source ? { sourceId: filters.source } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.workplace ? { workplace: filters.workplace } : {}),
    ...(filters.warning ? { warning: filters.warning } : {}),
    ...(filters.board ? { board: filters.board } : {}),
    limit: filters.size,
    cursor: filters.cursor ?? null,
  };
}

/** The filters as query parameters (for links: next page, clear, posting pages back to the list). */
export function queryOf(filters: ConsoleFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.status) query.status = filters.status;
  if (filters.source) query.source = filters.source;
  if (filters.country) query.country = filters.country;
  if (filters.workplace) query.workplace = filters.workplace;
  if (filters.warning) query.warning = filters.warning;
  if (filters.board) query.board = `${filters.board.partnerId}:${filters.board.status}`;
  if (filters.size !== 50) query.size = String(filters.size);
  return query;
}

/** Parses the query string; invalid input gives the default filters and the problems to show. */
export function parseFilters(query: URLSearchParams): { filters: ConsoleFilters; problems: string[] } {
  const record = Object.fromEntries([...new Set(query.keys())].map((key) => [key, query.get(key) ?? '']));
  const result = ConsoleFilters.safeParse(record);
  if (result.success) return { filters: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'filters'}: ${issue.message}`);
  return { filters: ConsoleFilters.parse({}), problems };
}

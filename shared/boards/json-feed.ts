import { z } from 'zod';
import { JobPosting } from '../schema/posting';
import { Timestamp } from '../schema/common';
import { type BoardContext, type BoardPosting, type BoardReasons, jobPageUrl, reason } from './board-context';
import { inChunks } from './feed-stream';

/**
 * The JSON feed: Jobrelay's own format for partners that pull JSON. Incremental: each page lists the
 * partner's changes (upserts and removals) in change order, and `nextCursor` is passed back as `since`
 * for the next page or the next pull. Every version of a posting is listed once: pulls list disjoint windows
 * of time that end a few seconds in the past, and pages of a pull follow ids strictly after the last one
 * (`shared/pipeline/feeds.ts`). The shape is published as JSON Schema (`jsonFeedJsonSchema`).
 */

/** A posting that is live on the partner, at the version the partner should show. */
export const JsonFeedUpsert = z.object({
  action: z.literal('upsert'),
  id: z.string().describe('the posting id; stable'),
  version: z.number().int().min(1).describe('increases with every change of the posting'),
  changedAt: Timestamp.describe('when this entry last changed for this partner'),
  url: z.string().nullable().describe('the public job page, when the deployment serves one'),
  posting: JobPosting,
});
export type JsonFeedUpsert = z.infer<typeof JsonFeedUpsert>;

/** A posting the partner must take down (closed, withdrawn or no longer valid for the partner). */
export const JsonFeedRemoval = z.object({
  action: z.literal('remove'),
  id: z.string(),
  changedAt: Timestamp,
  reason: z.enum(['closed', 'withdrawn', 'rejected', 'failed']),
});
export type JsonFeedRemoval = z.infer<typeof JsonFeedRemoval>;

export const JsonFeedEntry = z.discriminatedUnion('action', [JsonFeedUpsert, JsonFeedRemoval]);
export type JsonFeedEntry = z.infer<typeof JsonFeedEntry>;

/** One page of the JSON feed. */
export const JsonFeedPage = z.object({
  partner: z.string(),
  generatedAt: Timestamp,
  items: z.array(JsonFeedEntry),
  /** pass as `since` to read on; kept even when `hasMore` is false, for the next incremental pull */
  nextCursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export type JsonFeedPage = z.infer<typeof JsonFeedPage>;

/** The JSON Schema (draft 2020-12) of a JSON feed page, from the zod schema so the two never drift. */
export function jsonFeedJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://jobrelay.dev/schemas/json-feed-page.json',
    title: 'Jobrelay JSON feed page',
    ...z.toJSONSchema(JsonFeedPage, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
  };
}

/** The posting contract without storage bookkeeping (feeds publish the contract, nothing more). */
export function contractOf(posting: BoardPosting): JobPosting {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(JobPosting.shape)) out[key] = (posting as Record<string, unknown>)[key];
  return out as JobPosting;
}

/** The upsert entry of a live posting. */
export function toJsonFeedUpsert(posting: BoardPosting, changedAt: string, context: BoardContext): JsonFeedUpsert {
  return {
    action: 'upsert',
    id: posting.id,
    version: posting.version ?? 1,
    changedAt,
    url: jobPageUrl(posting.id, context),
    posting: contractOf(posting),
  };
}

/** The JSON feed needs little: a title and somewhere to send candidates. */
export function validateJsonFeed(posting: BoardPosting, context: BoardContext): BoardReasons {
  const reasons: BoardReasons = [];
  if (!posting.title.trim())
    reasons.push(reason('JSON.MISSING_TITLE', 'title', 'The JSON feed requires a job title; this posting has none'));
  if (!posting.applyUrl && !posting.source.url && !jobPageUrl(posting.id, context))
    reasons.push(
      reason(
        'JSON.MISSING_URL',
        'applyUrl',
        'The JSON feed requires a URL for the job; this posting has no apply URL, source URL or public job page',
      ),
    );
  return reasons;
}

/**
 * Streams one page: entries are written as they come, and `end()` (called after the last entry) gives the
 * cursor, so the page is never held in memory.
 */
export async function* writeJsonFeedPage(
  entries: AsyncIterable<JsonFeedEntry>,
  head: { partner: string; generatedAt: string },
  end: () => { nextCursor: string | null; hasMore: boolean },
): AsyncIterable<string> {
  yield* inChunks(jsonFeedParts(entries, head, end));
}

async function* jsonFeedParts(
  entries: AsyncIterable<JsonFeedEntry>,
  head: { partner: string; generatedAt: string },
  end: () => { nextCursor: string | null; hasMore: boolean },
): AsyncIterable<string> {
  yield `{"partner":${JSON.stringify(head.partner)},"generatedAt":${JSON.stringify(head.generatedAt)},"items":[`;
  let first = true;
  for await (const entry of entries) {
    yield (first ? '' : ',') + JSON.stringify(entry);
    first = false;
  }
  const tail = end();
  yield `],"nextCursor":${JSON.stringify(tail.nextCursor)},"hasMore":${tail.hasMore}}\n`;
}

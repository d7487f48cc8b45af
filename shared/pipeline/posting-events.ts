import { PermanentError } from '../errors';
import type { JobPosting } from '../schema/posting';
import type { PostingRecord } from '../schema/stored-posting';
import { postingEventId, type OutboxEvent, type PostingEvent, type PostingEventType } from '../schema/events';
import { contractFields } from './changes';

/**
 * Posting events: CloudEvents 1.0 JSON (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md)
 * on topic `posting-events`, one per committed version, written to the outbox in the same transaction as the
 * posting (DESIGN §4).
 */

/** Eventarc caps events at 512 KB; half of it leaves room for the push envelope's base64 (+33%) and headers. */
export const DEFAULT_EVENT_BUDGET_BYTES = 256 * 1024;

export interface PostingEventInput {
  record: PostingRecord;
  type: PostingEventType;
  /** content fields that changed (updates, reopenings with changes) */
  changedFields: readonly string[];
  /** when the change was committed */
  time: string;
  /** CloudEvents `source` prefix, e.g. `//jobrelay`: the event's source is `{prefix}/sources/{sourceId}` */
  sourceBase: string;
  budgetBytes: number;
}

/** Serialised size of an event in bytes, as it is published. */
export const eventSize = (event: PostingEvent): number => Buffer.byteLength(JSON.stringify(event));

/**
 * The outbox entry announcing one version of a posting. When the event would exceed the budget, it is made
 * to fit, in steps, and marked `truncated` (consumers then read the posting from the store): first
 * `description.html` is emptied and `description.text` cut at a word; then the list sections
 * (responsibilities, requirements, benefits) are emptied too. Throws `EVENT.TOO_LARGE` (permanent) when even
 * that does not fit, which only an absurd title or location list can cause; ingest rejects such postings.
 */
export function buildPostingEvent(input: PostingEventInput): OutboxEvent {
  const { record, type, time } = input;
  const id = postingEventId(record.id, record.version);
  const full = envelope(input, contractFields(record), false);
  const event = eventSize(full) <= input.budgetBytes ? full : shrink(input, contractFields(record));
  return {
    id,
    topic: 'posting-events',
    event,
    orderingKey: record.id,
    attributes: { type, postingId: record.id, sourceId: record.source.id },
    createdAt: time,
    sentAt: null,
    publishAttempts: 0,
  };
}

function envelope(input: PostingEventInput, posting: JobPosting, truncated: boolean): PostingEvent {
  const { record } = input;
  return {
    specversion: '1.0',
    id: postingEventId(record.id, record.version),
    source: `${input.sourceBase}/sources/${record.source.id}`,
    type: input.type,
    subject: `postings/${record.id}`,
    time: input.time,
    datacontenttype: 'application/json',
    data: {
      postingId: record.id,
      sourceId: record.source.id,
      version: record.version,
      changedFields: [...input.changedFields],
      posting,
      truncated,
      duplicateOf: record.duplicateOf,
    },
  };
}

function shrink(input: PostingEventInput, posting: JobPosting): PostingEvent {
  const withoutHtml = { ...posting, description: { html: '', text: posting.description.text } };
  const first = fitText(input, withoutHtml);
  if (first) return first;
  const withoutLists = { ...withoutHtml, responsibilities: [], requirements: { must: [], nice: [] }, benefits: [] };
  const second = fitText(input, withoutLists);
  if (second) return second;
  throw new PermanentError(
    'EVENT.TOO_LARGE',
    `posting ${posting.id} does not fit an event of ${input.budgetBytes} bytes`,
    {
      details: { postingId: posting.id, budgetBytes: input.budgetBytes },
    },
  );
}

/** The longest prefix of the description text (cut at a word, "…" appended) that keeps the event in budget. */
function fitText(input: PostingEventInput, posting: JobPosting): PostingEvent | null {
  const text = posting.description.text;
  const withText = (kept: string) => envelope(input, { ...posting, description: { html: '', text: kept } }, true);
  if (eventSize(withText('')) > input.budgetBytes) return null;
  const chars = Array.from(text);
  let [low, high] = [0, chars.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (eventSize(withText(cutAtWord(chars, mid))) <= input.budgetBytes) low = mid;
    else high = mid - 1;
  }
  return withText(cutAtWord(chars, low));
}

function cutAtWord(chars: readonly string[], length: number): string {
  if (length >= chars.length) return chars.join('');
  if (length <= 1) return '';
  const cut = chars.slice(0, length - 1).join('');
  const space = cut.search(/\s\S*$/);
  return `${space > cut.length * 0.8 ? cut.slice(0, space) : cut}…`;
}

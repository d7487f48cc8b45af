import { PermanentError } from '../errors';

/**
 * Limits and retention both store adapters share, so the embedded default behaves like Firestore
 * (REFERENCE "Firestore").
 */

/** documents per batched read: Firestore `getAll` sends one request with no chunking, and a request is ≤ 10 MiB */
export const READ_CHUNK = 300;
/** documents per query page when streaming */
export const PAGE_SIZE = 300;
/** sent outbox events are kept this long (then deleted: Firestore TTL, SQLite purge) for audits and replays */
export const OUTBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;

/** Splits a list into chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Opaque pagination cursors: the sort values of the last item, as base64url JSON. */
export const encodeCursor = (values: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** Decodes a cursor made by `encodeCursor`; a malformed cursor is invalid input, not a crash. */
export function decodeCursor(cursor: string): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) return values;
  } catch {
    // fall through
  }
  throw new InvalidCursorError(cursor);
}

/** A cursor that no page of ours produced. */
export class InvalidCursorError extends PermanentError {
  constructor(cursor: string) {
    super('STORE.INVALID_CURSOR', 'invalid pagination cursor', { details: { cursor: cursor.slice(0, 64) } });
  }
}

/** Instants compare as strings only in one format: UTC with milliseconds, as `toISOString` writes them. */
export const utcInstant = (value: string): string => new Date(value).toISOString();

/** A listing's page size: 1 to 1,000 records, 100 when the query names none (both stores, every listing). */
export const pageLimitOf = (limit: number | undefined): number => Math.min(Math.max(limit ?? 100, 1), 1000);

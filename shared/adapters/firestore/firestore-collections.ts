import type { CollectionReference, Firestore } from '@google-cloud/firestore';
import { PermanentError, TransientError } from '../../errors';

/** The collections (DESIGN §4), one name per concept; Terraform's indexes and TTL policies use the same names. */
export const COLLECTIONS = {
  postings: 'postings',
  outbox: 'outbox',
  sources: 'sources',
  partners: 'partners',
  syndications: 'syndications',
  runs: 'runs',
  processedEvents: 'processedEvents',
  sweepMarks: 'sweepMarks',
} as const;
export type CollectionKey = keyof typeof COLLECTIONS;

/** A Firestore client and the collection prefix in use (tests isolate themselves with one). */
export interface FirestoreContext {
  db: Firestore;
  prefix: string;
}

export const collection = (ctx: FirestoreContext, key: CollectionKey): CollectionReference =>
  ctx.db.collection(`${ctx.prefix}${COLLECTIONS[key]}`);

/** gRPC status codes the client reports (https://grpc.github.io/grpc/core/md_doc_statuscodes.html). */
const TRANSIENT_CODES = new Set([1, 4, 8, 10, 13, 14]);
const NOT_FOUND = 5;
/**
 * INVALID_ARGUMENT is also how Firestore says a transaction's id is no longer valid: "transaction has expired"
 * in production (the client library itself retries that one), "Transaction is invalid or closed" from the
 * emulator after a connection was cut. Neither says anything about the request: run it again.
 */
const INVALID_ARGUMENT = 3;
const CLOSED_TRANSACTION = /transaction (?:has expired|is invalid or closed)/i;

/**
 * Maps client errors to ours: contention, timeouts, quota, unavailability and a transaction the server no
 * longer knows are `STORE.UNAVAILABLE` (transient: retry); a missing document on update is `STORE.NOT_FOUND`; anything else passes unchanged.
 */
export function mapFirestoreError(error: unknown, what: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'number') return error;
  if (code === NOT_FOUND) return new PermanentError('STORE.NOT_FOUND', `${what}: not found`, { cause: error });
  const closedTransaction = code === INVALID_ARGUMENT && CLOSED_TRANSACTION.test(String((error as Error).message));
  if (TRANSIENT_CODES.has(code) || closedTransaction)
    return new TransientError('STORE.UNAVAILABLE', `${what}: Firestore unavailable (${code})`, { cause: error });
  return error;
}

/** Runs a Firestore call with its errors mapped. */
export async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapFirestoreError(error, what);
  }
}

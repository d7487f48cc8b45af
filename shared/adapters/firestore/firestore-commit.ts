import { Timestamp, type Transaction } from '@google-cloud/firestore';
import type { CommitOutcome, PostingChange } from '../../ports/posting-store.port';
import { collection, guarded, type FirestoreContext } from './firestore-collections';
import { getPostings, postingDocument } from './firestore-postings';
import { utcInstant } from '../store-limits';

/** A transaction carries at most this many changes and this many bytes (a commit request is ≤ 10 MiB). */
const MAX_CHANGES_PER_TRANSACTION = 200;
const MAX_BYTES_PER_TRANSACTION = 6 * 1024 * 1024;

/** Splits changes into transactions that stay well under Firestore's request limits. */
function transactionsOf(changes: readonly PostingChange[]): PostingChange[][] {
  const groups: PostingChange[][] = [];
  let current: PostingChange[] = [];
  let bytes = 0;
  for (const change of changes) {
    const size = Buffer.byteLength(JSON.stringify(change.record)) + Buffer.byteLength(JSON.stringify(change.event));
    if (
      current.length > 0 &&
      (current.length >= MAX_CHANGES_PER_TRANSACTION || bytes + size > MAX_BYTES_PER_TRANSACTION)
    ) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(change);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Commits changes in transactions: each reads the stored versions (a `version`-only projection), writes
 * the postings whose version matches with their outbox events, and reports the rest as conflicts, whose
 * current postings are then read in full. Firestore retries a contended transaction from the start.
 */
export async function commitChanges(
  ctx: FirestoreContext,
  changes: readonly PostingChange[],
): Promise<CommitOutcome[]> {
  const outcomes: CommitOutcome[] = [];
  for (const group of transactionsOf(changes)) {
    const committed =
      (await createAll(ctx, group)) ??
      (await guarded('commit postings', () => ctx.db.runTransaction((tx) => commitGroup(ctx, tx, group))));
    const conflicted = group.filter((_, i) => !committed[i]).map((c) => c.record.id);
    const currents = conflicted.length > 0 ? await getPostings(ctx, conflicted) : new Map();
    group.forEach((change, i) => {
      const id = change.record.id;
      outcomes.push(
        committed[i] ? { id, outcome: 'committed' } : { id, outcome: 'conflict', current: currents.get(id) ?? null },
      );
    });
  }
  return outcomes;
}

/** gRPC ALREADY_EXISTS: a `create` found its document. */
const ALREADY_EXISTS = 6;

/**
 * A group of new postings only (a first load, new jobs on a board) is written as one atomic batch of
 * `create`s — each posting and its outbox event — with no read: `create` fails unless the document is absent,
 * which is the version check for `expectedVersion: null`. Returns null when the group is not all creates or
 * a posting already exists (a racing worker created it): the transaction then sorts out which conflict.
 */
async function createAll(ctx: FirestoreContext, group: readonly PostingChange[]): Promise<boolean[] | null> {
  if (group.some((change) => change.expectedVersion !== null)) return null;
  if (new Set(group.map((change) => change.record.id)).size !== group.length) return null;
  const postings = collection(ctx, 'postings');
  const outbox = collection(ctx, 'outbox');
  const batch = ctx.db.batch();
  for (const { record, event } of group) {
    batch.create(postings.doc(record.id), postingDocument(record));
    batch.create(outbox.doc(event.id), outboxDocument(event));
  }
  try {
    await guarded('create postings', () => batch.commit());
    return group.map(() => true);
  } catch (error) {
    // `guarded` passes ALREADY_EXISTS through unmapped
    if ((error as { code?: unknown }).code === ALREADY_EXISTS) return null;
    throw error;
  }
}

/** The outbox document of an event: unsent, with no expiry until it is sent. */
const outboxDocument = (event: PostingChange['event']) => ({
  ...event,
  createdAt: utcInstant(event.createdAt),
  expireAt: null,
  lastError: null,
});

/** Inside one transaction: which changes of the group were written (in order, so two changes of one id chain). */
async function commitGroup(
  ctx: FirestoreContext,
  tx: Transaction,
  group: readonly PostingChange[],
): Promise<boolean[]> {
  const postings = collection(ctx, 'postings');
  const outbox = collection(ctx, 'outbox');
  const ids = [...new Set(group.map((c) => c.record.id))];
  const snapshots = await tx.getAll(...ids.map((id) => postings.doc(id)), { fieldMask: ['version'] });
  const versions = new Map(snapshots.map((s) => [s.id, s.exists ? (s.get('version') as number) : null]));
  return group.map((change) => {
    const { record, event } = change;
    if ((versions.get(record.id) ?? null) !== change.expectedVersion) return false;
    tx.set(postings.doc(record.id), postingDocument(record));
    tx.create(outbox.doc(event.id), outboxDocument(event));
    versions.set(record.id, record.version);
    return true;
  });
}

/** The TTL instant of a sent outbox event. */
export const outboxExpiry = (sentAt: string, retentionMs: number): Timestamp =>
  Timestamp.fromMillis(Date.parse(sentAt) + retentionMs);

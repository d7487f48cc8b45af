import { FieldPath, GrpcStatus, type BulkWriterError, type QueryDocumentSnapshot } from '@google-cloud/firestore';
import { canonicalJson } from '../../ids';
import { searchTermsOf } from '../posting-search';
import { backfillLimitOf, type SearchBackfillOptions, type SearchBackfillPage } from '../search-backfill';
import { collection, guarded, type FirestoreContext } from './firestore-collections';
import { toPostingRecord } from './firestore-postings';

/**
 * `searchTerms` written on one page of postings (id order) whose stored terms are missing or differ from
 * `searchTermsOf`. Each write is an update of that one field, made only if the document is still the version
 * read (`lastUpdateTime` precondition): a posting rewritten in between got fresh terms from its writer and is
 * left alone. Writes go through a BulkWriter, which batches and throttles them (the 500/50/5 ramp-up) and
 * retries transient failures.
 */
export async function backfillSearchTerms(
  ctx: FirestoreContext,
  options: SearchBackfillOptions,
): Promise<SearchBackfillPage> {
  const limit = backfillLimitOf(options.limit);
  let query = collection(ctx, 'postings').orderBy(FieldPath.documentId()).limit(limit);
  if (options.cursor) query = query.startAfter(options.cursor);
  const snapshot = await guarded('read postings for the search backfill', () => query.get());
  const stale = snapshot.docs
    .map((doc) => ({ doc, terms: searchTermsOf(toPostingRecord(doc)) }))
    .filter(({ doc, terms }) => canonicalJson(doc.get('searchTerms') ?? null) !== canonicalJson(terms));
  const skipped = options.dryRun ? 0 : await writeTerms(ctx, stale);
  const last = snapshot.docs[snapshot.docs.length - 1];
  return {
    scanned: snapshot.docs.length,
    updated: stale.length - skipped,
    skipped,
    nextCursor: snapshot.docs.length === limit && last ? last.id : null,
  };
}

/** Writes the terms; the number of documents skipped because they changed since they were read. */
async function writeTerms(
  ctx: FirestoreContext,
  docs: { doc: QueryDocumentSnapshot; terms: string[] }[],
): Promise<number> {
  if (docs.length === 0) return 0;
  const writer = ctx.db.bulkWriter();
  let skipped = 0;
  const failures: BulkWriterError[] = [];
  writer.onWriteError((error) => error.code !== GrpcStatus.FAILED_PRECONDITION && error.failedAttempts < 5);
  const writes = docs.map(({ doc, terms }) =>
    writer
      .update(doc.ref, { searchTerms: terms }, { lastUpdateTime: doc.updateTime })
      .catch((error: BulkWriterError) => {
        if (error.code === GrpcStatus.FAILED_PRECONDITION) skipped += 1;
        else failures.push(error);
      }),
  );
  await guarded('write search terms', async () => {
    await writer.close();
    await Promise.all(writes);
    if (failures[0]) throw failures[0];
  });
  return skipped;
}

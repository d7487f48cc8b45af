/**
 * Times the ways to read the syndication records of a page of postings on the Firestore emulator, the lagging
 * sweep's read (`listSyndicationsOfPostings`): `in` queries of 30 postings (as the adapter read them before),
 * one equality query per posting, and `getAll` of the documents by id (postings × partners). It stores
 * `--postings` postings' records on `--partners` partners (every posting on the first, every second one on the
 * second, and so on), then reads `--page` postings' records each way, `--rounds` times, alternating, and prints
 * the median seconds per page of each way and the records each found.
 *   node scripts/with-emulators.mjs node -r @swc-node/register test/reliability/probes/syndication-reads.ts \
 *     [--postings 1200] [--partners 3] [--page 200] [--rounds 3]
 */
import { FieldPath, type Firestore } from '@google-cloud/firestore';
import { FirestorePostingStore } from '../../../shared/adapters/firestore/firestore-posting-store';
import { systemClock } from '../../../shared/adapters/system-clock';
import { syndicationId } from '../../../shared/schema/syndication';
import { liveSyndication } from '../../support/syndication-records';
import { numberFlag } from './probe-flags';
import { emulatorFirestore, uniqueProjectId } from '../../support/google-clients';

const flag = numberFlag;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

const record = liveSyndication;

type Way = (db: Firestore, postingIds: string[], partnerIds: string[]) => Promise<number>;

const WAYS: Record<string, Way> = {
  inQueriesOf30: async (db, postingIds) => {
    const found = await Promise.all(
      chunks(postingIds, 30).map((part) =>
        db.collection('syndications').where('postingId', 'in', part).orderBy(FieldPath.documentId()).limit(300).get(),
      ),
    );
    return found.reduce((n, s) => n + s.size, 0);
  },
  equalityPerPosting: async (db, postingIds) => {
    const found = await Promise.all(
      postingIds.map((id) => db.collection('syndications').where('postingId', '==', id).get()),
    );
    return found.reduce((n, s) => n + s.size, 0);
  },
  getAllByIds: async (db, postingIds, partnerIds) => {
    const refs = postingIds.flatMap((p) =>
      partnerIds.map((q) => db.collection('syndications').doc(syndicationId(p, q))),
    );
    const found = await Promise.all(chunks(refs, 300).map((part) => db.getAll(...part)));
    return found.flat().filter((s) => s.exists).length;
  },
};

async function main(): Promise<void> {
  const projectId = uniqueProjectId('synd-reads');
  const db = emulatorFirestore(projectId);
  const store = new FirestorePostingStore({ firestore: db, clock: systemClock });
  const postingIds = Array.from({ length: flag('postings', 1200) }, (_, i) => `posting-${String(i).padStart(5, '0')}`);
  const partnerIds = Array.from({ length: flag('partners', 3) }, (_, i) => `partner-${i + 1}`);
  const records = postingIds.flatMap((id, n) =>
    partnerIds.filter((_, k) => n % (k + 1) === 0).map((p) => record(id, p)),
  );
  for (const part of chunks(records, 400)) {
    const batch = db.batch();
    for (const r of part) batch.set(db.collection('syndications').doc(r.id), r);
    await batch.commit();
  }
  const page = postingIds.slice(0, flag('page', 200));
  const seconds: Record<string, number[]> = {};
  const found: Record<string, number> = {};
  for (let round = 0; round < flag('rounds', 3); round += 1) {
    for (const [name, way] of Object.entries(WAYS)) {
      const started = performance.now();
      found[name] = await way(db, page, partnerIds);
      (seconds[name] ??= []).push((performance.now() - started) / 1000);
    }
    const started = performance.now();
    const byPosting = await store.listSyndicationsOfPostings(page);
    (seconds.adapter ??= []).push((performance.now() - started) / 1000);
    found.adapter = [...byPosting.values()].reduce((n, rs) => n + rs.length, 0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const report = Object.fromEntries(
    Object.entries(seconds).map(([name, xs]) => [
      name,
      { medianSeconds: Number(median(xs).toFixed(2)), all: xs.map((x) => Number(x.toFixed(2))), records: found[name] },
    ]),
  );
  process.stdout.write(`${JSON.stringify({ records: records.length, page: page.length, ...report }, null, 2)}\n`);
  await db.terminate();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

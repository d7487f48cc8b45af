import { Timestamp } from '@google-cloud/firestore';
import { sha256Hex } from '../../ids';
import { chunk, READ_CHUNK } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/**
 * Processed-event markers (`processedEvents/{hash}`: event claims and delivery leases) and sweep marks
 * (`sweepMarks/{name}`) in Firestore.
 */

/** Marker ids are hashed: consumer names and event ids may hold any character, and hashes spread writes. */
const markerRef = (ctx: FirestoreContext, consumer: string, eventId: string) =>
  collection(ctx, 'processedEvents').doc(sha256Hex(`${consumer}\u0000${eventId}`).slice(0, 40));

/**
 * Claims an event in a transaction: true when no marker exists or the one there has expired (Firestore's TTL
 * deletes lazily, within about a day, so expiry is checked here too).
 */
export async function claimEvent(
  ctx: FirestoreContext,
  consumer: string,
  eventId: string,
  ttlSeconds: number,
  now: Date,
): Promise<boolean> {
  const ref = markerRef(ctx, consumer, eventId);
  return guarded('claim an event', () =>
    ctx.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const expireAt = snapshot.exists ? (snapshot.get('expireAt') as Timestamp) : null;
      if (expireAt && expireAt.toMillis() > now.getTime()) return false;
      tx.set(ref, { consumer, eventId, expireAt: Timestamp.fromMillis(now.getTime() + ttlSeconds * 1000) });
      return true;
    }),
  );
}

/** Moves an unexpired claim's expiry to `ttlSeconds` from `now`, in a transaction (an expired one stays expired). */
export async function renewEvent(
  ctx: FirestoreContext,
  consumer: string,
  eventId: string,
  ttlSeconds: number,
  now: Date,
): Promise<void> {
  const ref = markerRef(ctx, consumer, eventId);
  await guarded('renew an event claim', () =>
    ctx.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const expireAt = snapshot.exists ? (snapshot.get('expireAt') as Timestamp) : null;
      if (!expireAt || expireAt.toMillis() <= now.getTime()) return;
      tx.update(ref, { expireAt: Timestamp.fromMillis(now.getTime() + ttlSeconds * 1000) });
    }),
  );
}

/** Whether an unexpired claim exists (a plain read). */
export async function hasEvent(ctx: FirestoreContext, consumer: string, eventId: string, now: Date): Promise<boolean> {
  const snapshot = await guarded('read an event claim', () => markerRef(ctx, consumer, eventId).get());
  const expireAt = snapshot.exists ? (snapshot.get('expireAt') as Timestamp) : null;
  return expireAt !== null && expireAt.toMillis() > now.getTime();
}

/**
 * Which of the ids hold an unexpired claim: the markers read by document in `getAll` calls of `READ_CHUNK`
 * (run at once), only their `expireAt`.
 */
export async function heldEvents(
  ctx: FirestoreContext,
  consumer: string,
  eventIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  const parts = chunk([...new Set(eventIds)], READ_CHUNK);
  const held = new Set<string>();
  await Promise.all(
    parts.map(async (part) => {
      const refs = part.map((id) => markerRef(ctx, consumer, id));
      const snapshots = await guarded('read event claims', () => ctx.db.getAll(...refs, { fieldMask: ['expireAt'] }));
      snapshots.forEach((snapshot, i) => {
        const expireAt = snapshot.exists ? (snapshot.get('expireAt') as Timestamp | undefined) : undefined;
        if (expireAt && expireAt.toMillis() > now.getTime()) held.add(part[i]!);
      });
    }),
  );
  return held;
}

export async function releaseEvent(ctx: FirestoreContext, consumer: string, eventId: string): Promise<void> {
  await guarded('release an event', () => markerRef(ctx, consumer, eventId).delete());
}

/** A sweep's mark (`sweepMarks/{name}`), or null before it stored one. */
export async function getSweepMark(ctx: FirestoreContext, name: string): Promise<string | null> {
  const snapshot = await guarded('read a sweep mark', () => collection(ctx, 'sweepMarks').doc(name).get());
  return snapshot.exists ? String(snapshot.get('value')) : null;
}

/** Stores the mark in a transaction unless the stored one sorts at or after it: a mark never moves back. */
export async function advanceSweepMark(ctx: FirestoreContext, name: string, value: string): Promise<boolean> {
  const ref = collection(ctx, 'sweepMarks').doc(name);
  return guarded('advance a sweep mark', () =>
    ctx.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      if (snapshot.exists && String(snapshot.get('value')) >= value) return false;
      tx.set(ref, { value });
      return true;
    }),
  );
}

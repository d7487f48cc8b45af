import { immediate, read, type Migration, type SqliteDatabase } from './sqlite-database';

/**
 * The embedded bus's durable queue in SQLite: messages, subscriptions (durable, like Pub/Sub's: a message
 * is queued for every subscription of its topic that exists when it is published) and one delivery row per
 * message and subscription, leased while a handler runs so two processes never deliver it at once.
 */
export const BUS_MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE bus_messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    topic TEXT NOT NULL,
    data BLOB NOT NULL,
    attributes TEXT NOT NULL,
    ordering_key TEXT,
    published_at TEXT NOT NULL
  );
  CREATE TABLE bus_subscriptions (name TEXT PRIMARY KEY, topic TEXT NOT NULL);
  CREATE INDEX bus_subscriptions_by_topic ON bus_subscriptions (topic);
  CREATE TABLE bus_deliveries (
    subscription TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ordering_key TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until INTEGER,
    last_error TEXT,
    PRIMARY KEY (subscription, seq)
  );
  CREATE INDEX bus_deliveries_due ON bus_deliveries (subscription, next_attempt_at) WHERE state = 'pending';
  CREATE INDEX bus_deliveries_by_key ON bus_deliveries (subscription, ordering_key, seq) WHERE state = 'pending';
  `,
];

export interface QueuedDelivery {
  subscription: string;
  seq: number;
  topic: string;
  data: Buffer;
  attributes: Record<string, string>;
  orderingKey: string | null;
  publishedAt: string;
  /** 1 on the first delivery */
  attempt: number;
}

/** A message as the bus stores it. */
export interface QueuedMessage {
  topic: string;
  data: Buffer;
  attributes: Record<string, string>;
  orderingKey: string | null;
  publishedAt: string;
  nowMs: number;
}

/** Stores a message and queues it for each subscription of its topic; the message id, or null when none exists. */
export function enqueue(db: SqliteDatabase, message: QueuedMessage): string | null {
  return enqueueAll(db, [message])[0]!;
}

/**
 * Stores messages in one transaction, in order (so their ids, and deliveries per ordering key, follow the
 * order given), each queued for every subscription of its topic; per message its id, or null when its topic
 * has no subscription.
 */
export function enqueueAll(db: SqliteDatabase, messages: readonly QueuedMessage[]): (string | null)[] {
  const subscriptionsOf = db.prepare('SELECT name FROM bus_subscriptions WHERE topic = ?');
  const insert = db.prepare(
    'INSERT INTO bus_messages (topic, data, attributes, ordering_key, published_at) VALUES (?, ?, ?, ?, ?)',
  );
  const queue = db.prepare(
    'INSERT INTO bus_deliveries (subscription, seq, ordering_key, next_attempt_at) VALUES (?, ?, ?, ?)',
  );
  return immediate(db, () => {
    const byTopic = new Map<string, { name: string }[]>();
    return messages.map((message) => {
      let subscriptions = byTopic.get(message.topic);
      if (!subscriptions) {
        subscriptions = subscriptionsOf.all(message.topic) as { name: string }[];
        byTopic.set(message.topic, subscriptions);
      }
      if (subscriptions.length === 0) return null;
      const { lastInsertRowid } = insert.run(
        message.topic,
        message.data,
        JSON.stringify(message.attributes),
        message.orderingKey,
        message.publishedAt,
      );
      for (const { name } of subscriptions) queue.run(name, lastInsertRowid, message.orderingKey, message.nowMs);
      return String(lastInsertRowid);
    });
  });
}

export function registerSubscription(db: SqliteDatabase, name: string, topic: string): void {
  immediate(db, () =>
    db
      .prepare(
        'INSERT INTO bus_subscriptions (name, topic) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET topic = excluded.topic',
      )
      .run(name, topic),
  );
}

/**
 * Leases up to `limit` due deliveries of the given subscriptions: pending, not leased by a live handler, and
 * first of their ordering key (a later message of a key waits until the earlier one is acked or dead).
 */
export function leaseDue(
  db: SqliteDatabase,
  subscriptions: readonly string[],
  nowMs: number,
  leaseMs: number,
  limit: number,
): QueuedDelivery[] {
  if (subscriptions.length === 0) return [];
  return immediate(db, () => {
    const rows = db
      .prepare(
        `SELECT d.subscription, d.seq, d.attempts, m.topic, m.data, m.attributes, m.ordering_key, m.published_at
         FROM bus_deliveries d JOIN bus_messages m ON m.seq = d.seq
         WHERE d.state = 'pending' AND d.subscription IN (${subscriptions.map(() => '?').join(',')})
           AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
           AND (d.ordering_key IS NULL OR NOT EXISTS (
             SELECT 1 FROM bus_deliveries e WHERE e.subscription = d.subscription AND e.ordering_key = d.ordering_key
               AND e.state = 'pending' AND e.seq < d.seq))
         ORDER BY d.seq LIMIT ?`,
      )
      .all(...subscriptions, nowMs, nowMs, limit) as {
      subscription: string;
      seq: number;
      attempts: number;
      topic: string;
      data: Buffer;
      attributes: string;
      ordering_key: string | null;
      published_at: string;
    }[];
    const lease = db.prepare(
      'UPDATE bus_deliveries SET lease_until = ?, attempts = attempts + 1 WHERE subscription = ? AND seq = ?',
    );
    return rows.map((row) => {
      lease.run(nowMs + leaseMs, row.subscription, row.seq);
      return {
        subscription: row.subscription,
        seq: row.seq,
        topic: row.topic,
        data: row.data,
        attributes: JSON.parse(row.attributes) as Record<string, string>,
        orderingKey: row.ordering_key,
        publishedAt: row.published_at,
        attempt: row.attempts + 1,
      };
    });
  });
}

/** Acknowledges a delivery; the message is deleted once no subscription still holds it. */
export function ack(db: SqliteDatabase, subscription: string, seq: number): void {
  immediate(db, () => {
    db.prepare('DELETE FROM bus_deliveries WHERE subscription = ? AND seq = ?').run(subscription, seq);
    db.prepare(
      'DELETE FROM bus_messages WHERE seq = ? AND NOT EXISTS (SELECT 1 FROM bus_deliveries WHERE seq = ?)',
    ).run(seq, seq);
  });
}

/** A failed delivery: retried at `retryAtMs`, or dead-lettered (kept, state `dead`) when `retryAtMs` is null. */
export function nack(
  db: SqliteDatabase,
  subscription: string,
  seq: number,
  error: string,
  retryAtMs: number | null,
): void {
  const sql =
    retryAtMs === null
      ? "UPDATE bus_deliveries SET state = 'dead', lease_until = NULL, last_error = ? WHERE subscription = ? AND seq = ?"
      : 'UPDATE bus_deliveries SET next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE subscription = ? AND seq = ?';
  const args = retryAtMs === null ? [error, subscription, seq] : [retryAtMs, error, subscription, seq];
  immediate(db, () => db.prepare(sql).run(...args));
}

/** How much is left for these subscriptions: pending deliveries, and when the earliest becomes due. */
export function pendingState(
  db: SqliteDatabase,
  subscriptions: readonly string[],
): { pending: number; nextDueMs: number | null } {
  if (subscriptions.length === 0) return { pending: 0, nextDueMs: null };
  const row = read(() =>
    db
      .prepare(
        `SELECT COUNT(*) AS pending,
           -- only the first delivery of an ordering key can become due; the ones behind it wait for it
           MIN(CASE WHEN d.ordering_key IS NULL OR NOT EXISTS (
             SELECT 1 FROM bus_deliveries e WHERE e.subscription = d.subscription AND e.ordering_key = d.ordering_key
               AND e.state = 'pending' AND e.seq < d.seq)
           THEN MAX(d.next_attempt_at, COALESCE(d.lease_until, 0)) END) AS next
         FROM bus_deliveries d WHERE d.state = 'pending' AND d.subscription IN (${subscriptions.map(() => '?').join(',')})`,
      )
      .get(...subscriptions),
  ) as { pending: number; next: number | null };
  return { pending: row.pending, nextDueMs: row.next };
}

export interface DeadLetter {
  subscription: string;
  messageId: string;
  topic: string;
  data: unknown;
  attributes: Record<string, string>;
  attempts: number;
  lastError: string | null;
}

/** Deliveries given up after the attempt limit, for inspection and replay. */
export function listDeadLetters(db: SqliteDatabase, subscription: string): DeadLetter[] {
  const rows = read(() =>
    db
      .prepare(
        `SELECT d.subscription, d.seq, d.attempts, d.last_error, m.topic, m.data, m.attributes FROM bus_deliveries d
         JOIN bus_messages m ON m.seq = d.seq WHERE d.state = 'dead' AND d.subscription = ? ORDER BY d.seq`,
      )
      .all(subscription),
  ) as {
    subscription: string;
    seq: number;
    attempts: number;
    last_error: string | null;
    topic: string;
    data: Buffer;
    attributes: string;
  }[];
  return rows.map((row) => ({
    subscription: row.subscription,
    messageId: String(row.seq),
    topic: row.topic,
    data: JSON.parse(row.data.toString('utf8')),
    attributes: JSON.parse(row.attributes) as Record<string, string>,
    attempts: row.attempts,
    lastError: row.last_error,
  }));
}

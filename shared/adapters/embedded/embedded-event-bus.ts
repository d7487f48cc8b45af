import { join } from 'node:path';
import pLimit from 'p-limit';
import { describeError } from '../../errors';
import type { Clock } from '../../ports/clock.port';
import type { BusMessage, EventBus } from '../../ports/event-bus.port';
import type { Logger } from '../../ports/logger.port';
import type { TopicName } from '../../schema/events';
import { silentLogger } from '../logging/cloud-logger';
import { encodeMessage } from '../message-limits';
import { systemClock } from '../system-clock';
import * as queue from './bus-queue';
import { openDatabase, type SqliteDatabase } from './sqlite-database';

export type { DeadLetter } from './bus-queue';

/** The bus's file inside the data folder. */
export const BUS_FILE = 'events.sqlite';

/** One delivery of a message to a subscriber, as a Pub/Sub push delivers it. */
export interface Delivery {
  subscription: string;
  messageId: string;
  topic: string;
  /** the published data, parsed from JSON */
  data: unknown;
  attributes: Record<string, string>;
  orderingKey: string | null;
  publishTime: string;
  /** 1 on the first delivery, counting up with each retry (Pub/Sub `deliveryAttempt`) */
  deliveryAttempt: number;
}

/** Resolving acks the delivery; throwing nacks it (retried with backoff, dead-lettered after the limit). */
export type DeliveryHandler = (delivery: Delivery) => Promise<void>;

/** A push subscription's settings, with Pub/Sub's meaning (terraform mirrors them for the cloud). */
export interface SubscriptionOptions {
  name: string;
  topic: TopicName | string;
  handler: DeliveryHandler;
  /** deliveries before dead-lettering (Pub/Sub: 5–100) */
  maxDeliveryAttempts?: number;
  /** retry backoff bounds: doubles from min to max (Pub/Sub retry policy: 10–600 s) */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** how long a handler may run before its delivery may be made again (Pub/Sub ack deadline) */
  ackDeadlineMs?: number;
  /** where dead letters are published, with Pub/Sub's `CloudPubSubDeadLetter*` attributes */
  deadLetterTopic?: TopicName | string;
}

export interface EmbeddedBusOptions {
  dataDir?: string;
  /** or an explicit file */
  file?: string;
  clock?: Clock;
  logger?: Logger;
  /** handlers running at once */
  concurrency?: number;
}

type Registered = Required<Omit<SubscriptionOptions, 'deadLetterTopic'>> & { deadLetterTopic?: string };

/**
 * The embedded `EventBus` (DESIGN §5): Pub/Sub push semantics on a SQLite queue in the data folder. Durable
 * (a message survives a restart until acked), at-least-once, ordered per ordering key, retried with
 * exponential backoff, dead-lettered after the attempt limit, and shareable by several processes (deliveries
 * are leased). `start()` delivers in the background (the local server); `drain()` delivers until nothing is
 * left (tests, CLI).
 */
export class EmbeddedEventBus implements EventBus {
  private readonly db: SqliteDatabase;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly subscriptions = new Map<string, Registered>();
  private readonly limit: pLimit.Limit;
  private dispatching: Promise<void> | null = null;
  /** publishes not stored yet, and the turn that stores them */
  private readonly unstored: {
    message: queue.QueuedMessage;
    resolve: (id: string | null) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: EmbeddedBusOptions) {
    this.db = openDatabase(options.file ?? join(options.dataDir ?? '.data', BUS_FILE), queue.BUS_MIGRATIONS);
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.limit = pLimit(options.concurrency ?? 8);
  }

  /**
   * Resolves once the message is stored (durable). Publishes made in the same turn of the event loop (a
   * refresh publishes dozens at once) are stored together in one transaction, in call order.
   */
  async publish(topic: TopicName | string, message: BusMessage): Promise<string> {
    const encoded = encodeMessage(message);
    const now = this.clock.now();
    const queued: queue.QueuedMessage = {
      topic,
      data: encoded.data,
      attributes: encoded.attributes,
      orderingKey: encoded.orderingKey ?? null,
      publishedAt: now.toISOString(),
      nowMs: now.getTime(),
    };
    const id = await new Promise<string | null>((resolve, reject) => {
      this.unstored.push({ message: queued, resolve, reject });
      this.flushing ??= new Promise((done) => setImmediate(done)).then(() => this.store());
    });
    if (this.timer) this.kick();
    return id ?? `unrouted-${now.getTime()}`;
  }

  /** Stores the publishes waiting since the last turn in one transaction and settles each. */
  private store(): void {
    const batch = this.unstored.splice(0);
    this.flushing = null;
    try {
      if (!this.db.open) throw new Error('the event bus is closed');
      const ids = queue.enqueueAll(
        this.db,
        batch.map((waiting) => waiting.message),
      );
      batch.forEach((waiting, i) => waiting.resolve(ids[i] ?? null));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  /** Creates the subscription if it is new (durable from then on) and handles its deliveries in this process. */
  subscribe(options: SubscriptionOptions): void {
    queue.registerSubscription(this.db, options.name, options.topic);
    this.subscriptions.set(options.name, {
      maxDeliveryAttempts: 5,
      minBackoffMs: 1_000,
      maxBackoffMs: 60_000,
      ackDeadlineMs: 60_000,
      ...options,
    });
  }

  /** Delivers in the background: at once after each publish here, and every `pollMs` for retries and other processes. */
  start(pollMs = 250): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Delivers until no delivery of this process's subscriptions is pending, waiting out retry backoffs on the
   * clock (a fake clock makes that instant). Rejects after `timeoutMs` of wall time.
   */
  async drain(options: { timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    for (;;) {
      // publishes made just before (even unawaited) are stored first, so they count as pending
      await this.flushing;
      await this.dispatchRound();
      const { pending, nextDueMs } = queue.pendingState(this.db, [...this.subscriptions.keys()]);
      if (pending === 0) return;
      if (Date.now() > deadline) throw new Error(`event bus still has ${pending} pending deliveries after draining`);
      const wait = (nextDueMs ?? 0) - this.clock.now().getTime();
      if (wait > 0) await this.clock.sleep(wait);
    }
  }

  /** Deliveries of a subscription given up after its attempt limit. */
  deadLetters(subscription: string): queue.DeadLetter[] {
    return queue.listDeadLetters(this.db, subscription);
  }

  async close(): Promise<void> {
    this.stop();
    await this.flushing;
    await this.dispatching;
    if (this.db.open) this.db.close();
  }

  private kick(): void {
    if (!this.dispatching) this.dispatchRound().catch((error) => this.logger.error('event delivery failed', { error }));
  }

  /** Delivers everything due now; concurrent callers share the round in flight. */
  private dispatchRound(): Promise<void> {
    if (this.dispatching) return this.dispatching;
    const round = async () => {
      for (;;) {
        if (!this.db.open) return;
        const due = queue.leaseDue(
          this.db,
          [...this.subscriptions.keys()],
          this.clock.now().getTime(),
          this.leaseMs(),
          100,
        );
        if (due.length === 0) return;
        await Promise.all(due.map((delivery) => this.limit(() => this.deliver(delivery))));
      }
    };
    // `finally` runs after this assignment even when the round finishes synchronously
    this.dispatching = round().finally(() => {
      this.dispatching = null;
    });
    return this.dispatching;
  }

  private leaseMs(): number {
    return Math.max(1_000, ...[...this.subscriptions.values()].map((s) => s.ackDeadlineMs));
  }

  private async deliver(queued: queue.QueuedDelivery): Promise<void> {
    const subscription = this.subscriptions.get(queued.subscription);
    if (!subscription || !this.db.open) return;
    try {
      await subscription.handler(toDelivery(queued));
      queue.ack(this.db, queued.subscription, queued.seq);
    } catch (error) {
      await this.fail(subscription, queued, error);
    }
  }

  private async fail(subscription: Registered, queued: queue.QueuedDelivery, error: unknown): Promise<void> {
    const reason = describeError(error);
    const message = `${reason.code}: ${reason.message}`.slice(0, 1000);
    if (queued.attempt < subscription.maxDeliveryAttempts) {
      const backoff = Math.min(subscription.maxBackoffMs, subscription.minBackoffMs * 2 ** (queued.attempt - 1));
      queue.nack(this.db, queued.subscription, queued.seq, message, this.clock.now().getTime() + backoff);
      return;
    }
    this.logger.warn('delivery dead-lettered', {
      subscription: queued.subscription,
      messageId: String(queued.seq),
      attempts: queued.attempt,
      error: message,
    });
    if (subscription.deadLetterTopic) await this.forwardDeadLetter(subscription, queued);
    queue.nack(this.db, queued.subscription, queued.seq, message, null);
  }

  private async forwardDeadLetter(subscription: Registered, queued: queue.QueuedDelivery): Promise<void> {
    await this.publish(subscription.deadLetterTopic!, {
      data: JSON.parse(queued.data.toString('utf8')),
      attributes: {
        ...queued.attributes,
        CloudPubSubDeadLetterSourceSubscription: queued.subscription,
        CloudPubSubDeadLetterSourceDeliveryCount: String(queued.attempt),
      },
      ...(queued.orderingKey ? { orderingKey: queued.orderingKey } : {}),
    });
  }
}

function toDelivery(queued: queue.QueuedDelivery): Delivery {
  return {
    subscription: queued.subscription,
    messageId: String(queued.seq),
    topic: queued.topic,
    data: JSON.parse(queued.data.toString('utf8')),
    attributes: queued.attributes,
    orderingKey: queued.orderingKey,
    publishTime: queued.publishedAt,
    deliveryAttempt: queued.attempt,
  };
}

/**
 * The body Pub/Sub POSTs to a push endpoint for this delivery
 * (https://cloud.google.com/pubsub/docs/push#receive_push), so the local server can hand embedded deliveries
 * to the same HTTP functions the cloud pushes to.
 */
export function toPushBody(delivery: Delivery, project = 'local') {
  const data = Buffer.from(JSON.stringify(delivery.data)).toString('base64');
  return {
    message: {
      data,
      attributes: delivery.attributes,
      messageId: delivery.messageId,
      message_id: delivery.messageId,
      publishTime: delivery.publishTime,
      publish_time: delivery.publishTime,
      ...(delivery.orderingKey ? { orderingKey: delivery.orderingKey } : {}),
    },
    subscription: `projects/${project}/subscriptions/${delivery.subscription}`,
    deliveryAttempt: delivery.deliveryAttempt,
  };
}

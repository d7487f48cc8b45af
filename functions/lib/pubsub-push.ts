import { z } from 'zod';
import { PermanentError, TransientError, describeError } from '../../shared/errors';
import type { LogFields } from '../../shared/ports/logger.port';
import type { ProcessedEventRepository } from '../../shared/ports/posting-store.port';
import { jsonResponse, type ApiHandler, type ApiRequest, type ApiResponse, type InvocationContext } from './api';
import { problemResponse } from './problem';
import { readJsonBody } from './body';

/**
 * Pub/Sub push delivery (https://cloud.google.com/pubsub/docs/push): the message arrives wrapped in an
 * envelope; a 2xx answer acks it, anything else makes Pub/Sub retry with backoff until the dead-letter
 * topic. Push is at-least-once, so each consumer dedupes on an event id with the store's processed-event
 * markers. Malformed messages can never succeed: they are acked and logged, not retried.
 */

/** The push envelope. Google sends both `messageId` and `message_id`. */
export const PushEnvelope = z.object({
  message: z.object({
    data: z.string().default(''),
    attributes: z.record(z.string(), z.string()).default({}),
    messageId: z.string().optional(),
    message_id: z.string().optional(),
    publishTime: z.string().optional(),
    orderingKey: z.string().optional(),
  }),
  subscription: z.string().default(''),
  deliveryAttempt: z.number().int().optional(),
});
export type PushEnvelope = z.infer<typeof PushEnvelope>;

/** A pushed message, unwrapped. */
export interface PushMessage {
  messageId: string;
  attributes: Record<string, string>;
  subscription: string;
  deliveryAttempt: number | null;
  orderingKey: string | null;
}

/** What processing a message came to: done (ack) or retry later (nack). */
export type PushOutcome =
  { kind: 'done'; fields?: LogFields } | { kind: 'retry'; reason: string; retryAfterMs?: number; fields?: LogFields };

/** One push consumer: how to read its messages, name their event id, and process them. */
export interface PushConsumer<T> {
  /** the dedupe namespace (the function name): markers are per consumer */
  consumer: string;
  /** parses the decoded JSON data; a failure is a malformed message */
  schema: z.ZodType<T>;
  /** the id consumers dedupe on (a CloudEvent's `id`, a request id, else the Pub/Sub message id) */
  eventId(value: T, message: PushMessage): string;
  process(value: T, message: PushMessage, context: InvocationContext): Promise<PushOutcome>;
}

export interface PushDeps {
  events: ProcessedEventRepository;
  /**
   * how long one delivery holds a message before a redelivery may take it over (a crash mid-way); the
   * holder renews it every third of this while it works, so a live holder keeps it and a dead one loses it
   */
  leaseSeconds: number;
  /**
   * how long a redelivery that finds the lease held waits for the holder to finish or its lease to lapse
   * before asking for a retry (0: ask at once). Waiting keeps a crash from costing delivery attempts:
   * every 503 counts toward dead-lettering, and a crash's redeliveries would otherwise all get one.
   */
  holderWaitMs?: number;
}

/** How long a processed marker is kept: Pub/Sub retains and redelivers messages for at most 7 days. */
const DONE_TTL_SECONDS = 7 * 24 * 3600;

/** An HTTP handler for a push subscription. */
export function createPushHandler<T>(consumer: PushConsumer<T>, deps: () => Promise<PushDeps>): ApiHandler {
  return async (request, context) => {
    if (request.method !== 'POST') {
      return problemResponse('method-not-allowed', 'push endpoints take POST', { headers: { allow: 'POST' } });
    }
    const unwrapped = unwrap(request, consumer.schema);
    if (!unwrapped.ok) {
      context.logger.error('malformed push message acked without processing', { reason: unwrapped.reason });
      context.note({ outcome: 'malformed' });
      return jsonResponse(200, { outcome: 'malformed', reason: unwrapped.reason });
    }
    const { value, message } = unwrapped;
    const eventId = consumer.eventId(value, message);
    context.note({
      eventId,
      messageId: message.messageId,
      subscription: message.subscription,
      deliveryAttempt: message.deliveryAttempt,
    });
    return processOnce(consumer, value, message, eventId, await deps(), context);
  };
}

type Unwrapped<T> = { ok: true; value: T; message: PushMessage } | { ok: false; reason: string };

function unwrap<T>(request: ApiRequest, schema: z.ZodType<T>): Unwrapped<T> {
  const body = readJsonBody(request);
  if (!body.ok) return { ok: false, reason: 'the envelope is not JSON' };
  const envelope = PushEnvelope.safeParse(body.value);
  if (!envelope.success) return { ok: false, reason: `not a push envelope: ${envelope.error.issues[0]?.message}` };
  const { message: m, subscription, deliveryAttempt } = envelope.data;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(m.data, 'base64').toString('utf8'));
  } catch {
    return { ok: false, reason: 'the message data is not base64-encoded JSON' };
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the message data does not match the schema at "${issue?.path.join('.')}": ${issue?.message}`,
    };
  }
  const message: PushMessage = {
    messageId: m.messageId ?? m.message_id ?? '',
    attributes: m.attributes,
    subscription,
    deliveryAttempt: deliveryAttempt ?? null,
    orderingKey: m.orderingKey ?? null,
  };
  return { ok: true, value: parsed.data, message };
}

/**
 * Processes a message at most once per event id while never losing one: a short lease, renewed while the
 * holder works, guards the processing (a crash stops the renewals, so the lease lapses and a redelivery
 * processes the message), a `done` marker is written only after success, and a delivery that finds another
 * holding the lease waits for it to finish or lapse before asking for a retry.
 */
async function processOnce<T>(
  consumer: PushConsumer<T>,
  value: T,
  message: PushMessage,
  eventId: string,
  deps: PushDeps,
  context: InvocationContext,
): Promise<ApiResponse> {
  const lease = `${consumer.consumer}:lease`;
  const done = `${consumer.consumer}:done`;
  const claim = await claimLease(eventId, { lease, done, deps });
  if (claim === 'duplicate') {
    context.note({ outcome: 'duplicate' });
    return jsonResponse(200, { outcome: 'duplicate', eventId });
  }
  if (claim === 'held') {
    context.note({ outcome: 'in-progress-elsewhere' });
    return retry('another delivery of this event is being processed', 30_000);
  }
  const heartbeat = keepLease(eventId, lease, deps, context);
  try {
    const outcome = await consumer.process(value, message, context);
    context.note({ ...outcome.fields });
    if (outcome.kind === 'retry') {
      heartbeat.stop();
      await deps.events.releaseEvent(lease, eventId);
      context.note({ outcome: 'retry', reason: outcome.reason });
      return retry(outcome.reason, outcome.retryAfterMs);
    }
    await deps.events.claimEvent(done, eventId, DONE_TTL_SECONDS);
    context.note({ outcome: 'processed' });
    return jsonResponse(200, { outcome: 'processed', eventId });
  } catch (error) {
    heartbeat.stop();
    return failed(error, eventId, { lease, done, deps, context });
  } finally {
    heartbeat.stop();
  }
}

type Marks = { lease: string; done: string; deps: PushDeps };

/**
 * Takes the lease; when another delivery holds it, waits (up to `holderWaitMs`) for that one to finish
 * (→ duplicate) or for its lease to lapse because its process died (→ taken over).
 */
async function claimLease(eventId: string, { lease, done, deps }: Marks): Promise<'claimed' | 'duplicate' | 'held'> {
  const deadline = Date.now() + (deps.holderWaitMs ?? 0);
  for (;;) {
    if (await deps.events.claimEvent(lease, eventId, deps.leaseSeconds)) {
      // the holder may have finished between our looks: its done marker outlives its lease
      if (await isDone(eventId, done, deps)) {
        await deps.events.releaseEvent(lease, eventId);
        return 'duplicate';
      }
      return 'claimed';
    }
    if (await isDone(eventId, done, deps)) return 'duplicate';
    const left = deadline - Date.now();
    if (left <= 0) return 'held';
    await new Promise((resolve) => setTimeout(resolve, Math.min(left, LEASE_POLL_MS)));
  }
}

const LEASE_POLL_MS = 1_000;

/** Whether the event was processed; a store without a read claims and gives back the marker (the old way). */
async function isDone(eventId: string, done: string, deps: PushDeps): Promise<boolean> {
  if (deps.events.hasEvent) return deps.events.hasEvent(done, eventId);
  if (!(await deps.events.claimEvent(done, eventId, DONE_TTL_SECONDS))) return true;
  await deps.events.releaseEvent(done, eventId);
  return false;
}

/** Renews the lease every third of its length while the holder works; a failed renewal is logged, not fatal. */
function keepLease(eventId: string, lease: string, deps: PushDeps, context: InvocationContext): { stop(): void } {
  const renew = deps.events.renewEvent?.bind(deps.events);
  if (!renew) return { stop: () => undefined };
  const timer = setInterval(
    () => {
      renew(lease, eventId, deps.leaseSeconds).catch((error: unknown) =>
        context.logger.warn('could not renew a push lease', { eventId, error: describeError(error) }),
      );
    },
    Math.max(250, (deps.leaseSeconds * 1000) / 3),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function failed(
  error: unknown,
  eventId: string,
  marks: { lease: string; done: string; deps: PushDeps; context: InvocationContext },
): Promise<ApiResponse> {
  const { lease, done, deps, context } = marks;
  const described = describeError(error);
  if (error instanceof PermanentError) {
    // retrying cannot help: ack, keep the reason in the logs (and in the records the use case wrote)
    await deps.events.claimEvent(done, eventId, DONE_TTL_SECONDS);
    context.logger.error('push message failed permanently; acked', { error: described });
    context.note({ outcome: 'failed-permanently', error: described });
    return jsonResponse(200, { outcome: 'failed-permanently', eventId, error: described });
  }
  await deps.events.releaseEvent(lease, eventId);
  context.note({ outcome: 'retry', error: described });
  if (error instanceof TransientError) return retry(described.message, error.retryAfterMs ?? undefined);
  throw error;
}

function retry(reason: string, retryAfterMs?: number): ApiResponse {
  const seconds = Math.max(1, Math.ceil((retryAfterMs ?? 10_000) / 1000));
  return problemResponse('unavailable', reason, { headers: { 'retry-after': String(seconds) } });
}

/** Wraps data in a push envelope, as Pub/Sub does: for the local in-process bus, tests and benchmarks. */
export function toPushEnvelope(
  data: unknown,
  options: { messageId: string; attributes?: Record<string, string>; subscription?: string; orderingKey?: string },
): PushEnvelope {
  return {
    message: {
      data: Buffer.from(JSON.stringify(data)).toString('base64'),
      attributes: options.attributes ?? {},
      messageId: options.messageId,
      publishTime: new Date().toISOString(),
      ...(options.orderingKey ? { orderingKey: options.orderingKey } : {}),
    },
    subscription: options.subscription ?? 'local',
  };
}

import type { PubSub, Topic } from '@google-cloud/pubsub';
import { PermanentError, TransientError } from '../../errors';
import type { BusMessage, EventBus } from '../../ports/event-bus.port';
import type { TopicName } from '../../schema/events';
import { encodeMessage } from '../message-limits';

export interface PubSubBusOptions {
  /** a client created once per process and reused across invocations */
  pubsub: PubSub;
  /** publisher batching (defaults: Pub/Sub's own, 100 messages / 10 ms) */
  batching?: { maxMessages?: number; maxMilliseconds?: number };
}

/** gRPC INVALID_ARGUMENT: the server refused the message itself. */
const INVALID_ARGUMENT = 3;

/**
 * The Pub/Sub `EventBus` on the real `@google-cloud/pubsub` client. Topics publish with message ordering
 * enabled (ordering key = posting id); after a failed publish on an ordering key, the key is resumed
 * (`resumePublishing`), otherwise every later publish on it would fail too — the failed event stays in the
 * outbox for the sweep. Limits are checked before sending (the emulator enforces none); failures map to
 * `BUS.PUBLISH_FAILED` (transient), `BUS.MESSAGE_TOO_LARGE` / `BUS.BAD_ATTRIBUTES` (permanent).
 */
export class PubSubEventBus implements EventBus {
  private readonly topics = new Map<string, Topic>();

  constructor(private readonly options: PubSubBusOptions) {}

  async publish(topicName: TopicName | string, message: BusMessage): Promise<string> {
    const encoded = encodeMessage(message);
    const topic = this.topicFor(topicName);
    try {
      return await topic.publishMessage({
        data: encoded.data,
        attributes: encoded.attributes,
        ...(encoded.orderingKey ? { orderingKey: encoded.orderingKey } : {}),
      });
    } catch (error) {
      if (encoded.orderingKey) topic.resumePublishing(encoded.orderingKey);
      throw mapPublishError(error, topicName);
    }
  }

  /** Sends what is batched and waits for it (before a function returns: no background work after the response). */
  async flush(): Promise<void> {
    await Promise.all([...this.topics.values()].map((topic) => topic.flush()));
  }

  private topicFor(name: string): Topic {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = this.options.pubsub.topic(name, {
        messageOrdering: true,
        batching: { maxMessages: 100, maxMilliseconds: 10, ...this.options.batching },
      });
      this.topics.set(name, topic);
    }
    return topic;
  }
}

function mapPublishError(error: unknown, topic: string): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === INVALID_ARGUMENT) {
    const tooLarge = /size|too large|exceed/i.test(message);
    return new PermanentError(
      tooLarge ? 'BUS.MESSAGE_TOO_LARGE' : 'BUS.BAD_ATTRIBUTES',
      `Pub/Sub refused the message: ${message}`,
      {
        cause: error,
        details: { topic },
      },
    );
  }
  return new TransientError('BUS.PUBLISH_FAILED', `publish to ${topic} failed: ${message}`, {
    cause: error,
    details: { topic, grpcCode: code ?? null },
  });
}

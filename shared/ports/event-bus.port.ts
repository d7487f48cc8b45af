import type { TopicName } from '../schema/events';

/** A message to publish: JSON data, attributes for subscription filters, and an ordering key. */
export interface BusMessage {
  data: unknown;
  /** Pub/Sub limits: ≤ 100 attributes, key ≤ 256 bytes, value ≤ 1024 bytes, keys not starting with `goog` */
  attributes?: Record<string, string>;
  /** messages with the same key are delivered in order (posting events: the posting id) */
  orderingKey?: string;
}

/**
 * Publishes to a topic. Delivery is at-least-once: consumers dedupe on the event id. `publish` resolves
 * once the bus has accepted the message (Pub/Sub: the server acknowledged it) and rejects with a
 * `TransientError` (`BUS.PUBLISH_FAILED`) or `PermanentError` (`BUS.MESSAGE_TOO_LARGE`, `BUS.BAD_ATTRIBUTES`).
 */
export interface EventBus {
  publish(topic: TopicName, message: BusMessage): Promise<string>;
}

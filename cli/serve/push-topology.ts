import type { TopicName } from '../../shared/schema/events';
import { toPushBody, type EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import type { FunctionName } from '../../functions';
import { PUSH_PREFIX } from './local-router';

/**
 * The push subscriptions of the deployment (terraform/pubsub.tf), as data: which topic pushes to which
 * function. The local server wires the same topology onto the embedded bus or the Pub/Sub emulator.
 */
export const PUSH_SUBSCRIPTIONS: ReadonlyArray<{ name: string; topic: TopicName; fn: FunctionName; ordered: boolean }> =
  [
    { name: 'refresh-sources', topic: 'refresh-requests', fn: 'refreshSources', ordered: false },
    { name: 'deliver-posting-events', topic: 'posting-events', fn: 'deliverSyndication', ordered: true },
    { name: 'deliver-syndication-requests', topic: 'syndication-requests', fn: 'deliverSyndication', ordered: false },
    { name: 'sweep-outbox', topic: 'maintenance', fn: 'sweepOutbox', ordered: false },
  ];

/** The URL a subscription pushes to on a server serving every function (`jobrelay serve`). */
export const pushEndpoint = (serverUrl: string, fn: FunctionName): string => `${serverUrl}${PUSH_PREFIX}${fn}`;

/**
 * Subscribes the embedded bus like the push subscriptions: each delivery is POSTed, as a Pub/Sub push
 * envelope, to the function's push endpoint; a non-2xx answer nacks it (retried with backoff).
 */
export function wireEmbeddedBus(bus: EmbeddedEventBus, serverUrl: string): void {
  for (const subscription of PUSH_SUBSCRIPTIONS) {
    bus.subscribe({
      name: subscription.name,
      topic: subscription.topic,
      minBackoffMs: 500,
      maxBackoffMs: 30_000,
      maxDeliveryAttempts: 10,
      handler: async (delivery) => {
        const response = await fetch(pushEndpoint(serverUrl, subscription.fn), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(toPushBody(delivery)),
        });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${subscription.fn} answered ${response.status}`);
      },
    });
  }
  bus.start();
}

/**
 * Creates the topics and push subscriptions on the Pub/Sub emulator (or points existing subscriptions at
 * `serverUrl`), so the emulator pushes to the functions as Pub/Sub does in the cloud.
 */
export async function createEmulatorTopology(
  projectId: string,
  endpointOf: (fn: FunctionName) => string,
  topicName: (topic: TopicName) => string = (topic) => topic,
): Promise<void> {
  const { PubSub } = require('@google-cloud/pubsub') as typeof import('@google-cloud/pubsub');
  const pubsub = new PubSub({ projectId });
  try {
    for (const subscription of PUSH_SUBSCRIPTIONS) {
      const [topic] = await pubsub.topic(topicName(subscription.topic)).get({ autoCreate: true });
      const existing = pubsub.subscription(subscription.name);
      const pushConfig = { pushEndpoint: endpointOf(subscription.fn) };
      if ((await existing.exists())[0]) await existing.modifyPushConfig(pushConfig);
      else {
        await topic.createSubscription(subscription.name, {
          pushConfig,
          ackDeadlineSeconds: 60,
          enableMessageOrdering: subscription.ordered,
          retryPolicy: { minimumBackoff: { seconds: 1 }, maximumBackoff: { seconds: 10 } },
        });
      }
    }
  } finally {
    await pubsub.close();
  }
}

import type { PubSub } from '@google-cloud/pubsub';
import type { TopicName } from '../../schema/events';
import { TOPICS } from '../../schema/events';

/**
 * Creates the topics and subscriptions Jobrelay needs when they are missing: for the emulator and local runs.
 * In the cloud Terraform owns them (push subscriptions with OIDC, retry policy and dead-letter topic), with
 * the same names and settings.
 */

export interface SubscriptionSpec {
  name: string;
  topic: TopicName | string;
  /** push endpoint (the Functions Framework locally, the function's URL in the cloud); pull when absent */
  pushEndpoint?: string;
  /** deliver a posting's events in order (posting events carry the posting id as ordering key) */
  enableMessageOrdering?: boolean;
  ackDeadlineSeconds?: number;
  /** retry backoff bounds in seconds (Pub/Sub: 10–600) */
  retry?: { minimumBackoffSeconds: number; maximumBackoffSeconds: number };
  /** dead-letter topic and attempts before dead-lettering (Pub/Sub: 5–100; the emulator ignores the policy) */
  deadLetter?: { topic: string; maxDeliveryAttempts: number };
  /** Pub/Sub filter syntax on attributes, e.g. `attributes.type = "posting.closed"` */
  filter?: string;
}

export interface Topology {
  topics: readonly string[];
  subscriptions: readonly SubscriptionSpec[];
}

/** gRPC ALREADY_EXISTS: another process created it first, which is what we wanted. */
const ALREADY_EXISTS = 6;

const ignoreExisting = (error: unknown) => {
  if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
};

/** Creates whatever of `topology` is missing; safe to run concurrently and repeatedly. Returns what it created. */
export async function ensureTopology(
  pubsub: PubSub,
  topology: Topology,
): Promise<{ topics: string[]; subscriptions: string[] }> {
  const created = { topics: [] as string[], subscriptions: [] as string[] };
  const deadLetterTopics = topology.subscriptions.flatMap((s) => (s.deadLetter ? [s.deadLetter.topic] : []));
  for (const name of new Set([
    ...topology.topics,
    ...deadLetterTopics,
    ...topology.subscriptions.map((s) => s.topic),
  ])) {
    const [exists] = await pubsub.topic(name).exists();
    if (exists) continue;
    await pubsub.createTopic(name).catch(ignoreExisting);
    created.topics.push(name);
  }
  for (const spec of topology.subscriptions) {
    const [exists] = await pubsub.subscription(spec.name).exists();
    if (exists) continue;
    await pubsub
      .topic(spec.topic)
      .createSubscription(spec.name, subscriptionMetadata(pubsub, spec))
      .catch(ignoreExisting);
    created.subscriptions.push(spec.name);
  }
  return created;
}

function subscriptionMetadata(pubsub: PubSub, spec: SubscriptionSpec) {
  return {
    ackDeadlineSeconds: spec.ackDeadlineSeconds ?? 60,
    enableMessageOrdering: spec.enableMessageOrdering ?? false,
    ...(spec.pushEndpoint ? { pushConfig: { pushEndpoint: spec.pushEndpoint } } : {}),
    ...(spec.retry
      ? {
          retryPolicy: {
            minimumBackoff: { seconds: spec.retry.minimumBackoffSeconds },
            maximumBackoff: { seconds: spec.retry.maximumBackoffSeconds },
          },
        }
      : {}),
    ...(spec.deadLetter
      ? {
          deadLetterPolicy: {
            deadLetterTopic: pubsub.topic(spec.deadLetter.topic).name,
            maxDeliveryAttempts: spec.deadLetter.maxDeliveryAttempts,
          },
        }
      : {}),
    ...(spec.filter ? { filter: spec.filter } : {}),
  };
}

/** Every Jobrelay topic, with no subscriptions: what publishing needs. */
export const JOBRELAY_TOPICS: Topology = { topics: [...TOPICS], subscriptions: [] };

import { v1, type PubSub } from '@google-cloud/pubsub';

/** A message as pulled from a subscription on the emulator. */
export interface PulledMessage {
  data: unknown;
  attributes: Record<string, string>;
  orderingKey: string | null;
  messageId: string;
}

/**
 * Pulls from a subscription until it returns nothing `emptyPulls` times in a row, acking as it goes: what
 * tests use to see what was really published to the emulator.
 */
export async function pullAll(pubsub: PubSub, subscription: string, emptyPulls = 2): Promise<PulledMessage[]> {
  // the PubSub client has resolved the emulator's address and insecure credentials into its options
  const client = new v1.SubscriberClient(pubsub.options as ConstructorParameters<typeof v1.SubscriberClient>[0]);
  const path = pubsub.subscription(subscription).name;
  const messages: PulledMessage[] = [];
  try {
    for (let empty = 0; empty < emptyPulls;) {
      const [response] = await client.pull({ subscription: path, maxMessages: 1000, returnImmediately: true });
      const received = response.receivedMessages ?? [];
      if (received.length === 0) {
        empty += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      empty = 0;
      for (const { message } of received) {
        messages.push({
          data: JSON.parse(Buffer.from(message!.data as Uint8Array).toString('utf8')),
          attributes: { ...(message!.attributes ?? {}) },
          orderingKey: message!.orderingKey || null,
          messageId: String(message!.messageId),
        });
      }
      await client.acknowledge({ subscription: path, ackIds: received.map((r) => r.ackId!) });
    }
  } finally {
    await client.close();
  }
  return messages;
}

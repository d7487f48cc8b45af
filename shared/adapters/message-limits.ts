import { PermanentError } from '../errors';
import type { BusMessage } from '../ports/event-bus.port';

/**
 * Pub/Sub's message limits (REFERENCE "Pub/Sub", cloud.google.com/pubsub/quotas), checked in our code because
 * the emulator enforces none: the embedded bus checks them too, so a message that works locally works in the
 * cloud.
 */
export const MESSAGE_LIMITS = {
  maxMessageBytes: 10 * 1000 * 1000,
  maxAttributes: 100,
  maxAttributeKeyBytes: 256,
  maxAttributeValueBytes: 1024,
  maxOrderingKeyBytes: 1024,
} as const;

/** A message as it goes on the wire: JSON bytes, attributes and ordering key, checked. */
export interface EncodedMessage {
  data: Buffer;
  attributes: Record<string, string>;
  orderingKey: string | undefined;
}

const bytes = (value: string): number => Buffer.byteLength(value, 'utf8');

/**
 * Serialises and checks a message: `BUS.BAD_ATTRIBUTES` for too many attributes, oversize or reserved
 * (`goog…`) keys, oversize values or an oversize ordering key; `BUS.MESSAGE_TOO_LARGE` when data, attributes and
 * ordering key together exceed 10 MB. Both are permanent: retrying the same message cannot succeed.
 */
export function encodeMessage(message: BusMessage): EncodedMessage {
  const attributes = message.attributes ?? {};
  const problems = attributeProblems(attributes);
  const orderingKey = message.orderingKey || undefined;
  if (orderingKey && bytes(orderingKey) > MESSAGE_LIMITS.maxOrderingKeyBytes) {
    problems.push(`ordering key longer than ${MESSAGE_LIMITS.maxOrderingKeyBytes} bytes`);
  }
  if (problems.length > 0) {
    throw new PermanentError('BUS.BAD_ATTRIBUTES', `message refused: ${problems.join('; ')}`, {
      details: { problems },
    });
  }
  const data = Buffer.from(JSON.stringify(message.data ?? null));
  const size =
    data.length +
    Object.entries(attributes).reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0) +
    (orderingKey ? bytes(orderingKey) : 0);
  if (size > MESSAGE_LIMITS.maxMessageBytes) {
    throw new PermanentError(
      'BUS.MESSAGE_TOO_LARGE',
      `message of ${size} bytes exceeds ${MESSAGE_LIMITS.maxMessageBytes}`,
      {
        details: { size },
      },
    );
  }
  return { data, attributes: { ...attributes }, orderingKey };
}

function attributeProblems(attributes: Record<string, string>): string[] {
  const problems: string[] = [];
  const entries = Object.entries(attributes);
  if (entries.length > MESSAGE_LIMITS.maxAttributes)
    problems.push(`${entries.length} attributes (at most ${MESSAGE_LIMITS.maxAttributes})`);
  for (const [key, value] of entries) {
    if (key.length === 0) problems.push('empty attribute key');
    if (key.toLowerCase().startsWith('goog'))
      problems.push(`attribute key "${key.slice(0, 40)}" starts with the reserved "goog"`);
    if (bytes(key) > MESSAGE_LIMITS.maxAttributeKeyBytes)
      problems.push(`attribute key longer than ${MESSAGE_LIMITS.maxAttributeKeyBytes} bytes`);
    if (typeof value !== 'string') problems.push(`attribute "${key.slice(0, 40)}" is not a string`);
    else if (bytes(value) > MESSAGE_LIMITS.maxAttributeValueBytes) {
      problems.push(`attribute "${key.slice(0, 40)}" longer than ${MESSAGE_LIMITS.maxAttributeValueBytes} bytes`);
    }
  }
  return problems;
}

import { timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../ids';
import type { SecretStore } from '../ports/secret-store.port';
import type { StoredPartner } from '../schema/partner';

/**
 * Feed API keys (DESIGN §4, §6): a partner presents its key; we keep only its sha-256 (`PartnerHealth
 * .feedKeyHash`, written by `jobrelay partners apply`) and compare hashes in constant time. Without a
 * stored hash, the referenced secret is read and hashed.
 */

/** sha-256 hex of an API key, as stored. */
export const hashApiKey = (key: string): string => sha256Hex(key);

/** Constant-time equality of two hex digests of the same length. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

export type Access = 'granted' | 'missing-key' | 'wrong-key' | 'no-key-configured';

/** Whether `apiKey` opens `partner`'s feed. */
export async function checkFeedKey(
  partner: StoredPartner,
  apiKey: string | null | undefined,
  secrets: SecretStore,
): Promise<Access> {
  if (partner.config.delivery !== 'feed') return 'no-key-configured';
  if (!apiKey) return 'missing-key';
  let expected = partner.health.feedKeyHash;
  if (!expected) {
    const secret = await secrets.get(partner.config.feed.apiKeyRef);
    if (!secret) return 'no-key-configured';
    expected = hashApiKey(secret);
  }
  return sameDigest(hashApiKey(apiKey), expected) ? 'granted' : 'wrong-key';
}

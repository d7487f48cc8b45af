import { hash } from 'node:crypto';

/** sha-256 of a string (as UTF-8), hex. The one-shot `crypto.hash` skips the Hash object `createHash` builds. */
export const sha256Hex = (value: string | Buffer): string => hash('sha256', value, 'hex');

/**
 * The stable posting id (DESIGN §3): derived from `source.id` + `source.externalId`, URL-safe, and hashed so
 * Firestore spreads writes across key ranges instead of hot-spotting one source's prefix.
 */
export const postingId = (sourceId: string, externalId: string): string =>
  sha256Hex(`${sourceId}\u0000${externalId}`).slice(0, 24);

/**
 * Deterministic JSON: object keys sorted, so equal values always serialise (and hash) the same.
 * `undefined` members are dropped as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Console sessions: a small signed token in an HttpOnly, SameSite=Strict cookie (Secure and `__Host-` in the
 * cloud), with an expiry, the id of the key it was signed with (so keys can rotate) and a short hash of the
 * API key used to log in (so removing that key from the secret ends its sessions). Every state-changing
 * form carries a CSRF token derived from the session id.
 */

/** The signing keys: the first signs new sessions; every one verifies (rotation keeps old sessions valid). */
export interface SessionKeys {
  signingName: string;
  keys: ReadonlyMap<string, string>;
}

/** Keys from the settings, or (only for the loopback console) a random key for this process. */
export function sessionKeysOf(configured: Record<string, string> | undefined): SessionKeys {
  const entries = Object.entries(configured ?? {});
  if (entries.length === 0) entries.push(['process', randomBytes(32).toString('base64url')]);
  return { signingName: entries[0]![0], keys: new Map(entries) };
}

export const ConsoleSession = z.object({
  v: z.literal(1),
  /** random session id: CSRF tokens are derived from it */
  sid: z.string().min(16),
  /** who: the API key's configured name, or `loopback` */
  sub: z.string().min(1),
  role: z.enum(['hr', 'admin', 'loopback']),
  /** the first 16 hex of the login key's stored hash (null for loopback): the key must still be configured */
  kh: z.string().nullable(),
  /** issued and expiry, unix seconds */
  iat: z.number().int(),
  exp: z.number().int(),
  /** name of the signing key */
  k: z.string(),
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

const mac = (key: string, text: string): string => createHmac('sha256', key).update(text).digest('base64url');

function equalText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A new session for a principal, valid for `hours`. */
export function newSession(
  principal: Pick<ConsoleSession, 'sub' | 'role' | 'kh'>,
  keys: SessionKeys,
  nowSeconds: number,
  hours: number,
): ConsoleSession {
  return {
    v: 1,
    sid: randomBytes(18).toString('base64url'),
    ...principal,
    iat: nowSeconds,
    exp: nowSeconds + hours * 3600,
    k: keys.signingName,
  };
}

/** `payload.signature`, both base64url. */
export function signSession(session: ConsoleSession, keys: SessionKeys): string {
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
  return `${payload}.${mac(keys.keys.get(session.k)!, payload)}`;
}

/** The session a token carries, when its signature verifies with a known key and it has not expired. */
export function verifySession(token: string | undefined, keys: SessionKeys, nowSeconds: number): ConsoleSession | null {
  const [payload, signature, extra] = (token ?? '').split('.');
  if (!payload || !signature || extra !== undefined) return null;
  let session: ConsoleSession;
  try {
    const parsed = ConsoleSession.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    session = parsed.data;
  } catch {
    return null;
  }
  const key = keys.keys.get(session.k);
  if (!key || !equalText(mac(key, payload), signature)) return null;
  return session.exp > nowSeconds ? session : null;
}

/** The CSRF token of a purpose (`session:<sid>` or `login:<nonce>`), signed with the named key. */
export function csrfToken(keys: SessionKeys, purpose: string, keyName = keys.signingName): string {
  const key = keys.keys.get(keyName);
  return key ? mac(key, `csrf:${purpose}`) : '';
}

/** Whether a presented CSRF token is the one for this purpose. */
export function isValidCsrf(keys: SessionKeys, purpose: string, presented: string | null, keyName?: string): boolean {
  const expected = csrfToken(keys, purpose, keyName);
  return Boolean(presented && expected) && equalText(expected, presented!);
}

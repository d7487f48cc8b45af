import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { sha256Hex } from '../../shared/ids';

/**
 * Signatures of inbound ATS webhooks, always checked on the raw bytes before anything is parsed
 * (REFERENCE "Webhooks"). Three schemes:
 * - Standard Webhooks (https://www.standardwebhooks.com/): `webhook-id`, `webhook-timestamp`,
 *   `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, verified by the `standardwebhooks` library;
 * - GitHub style: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of body>`, no timestamp: the delivery id
 *   (`X-GitHub-Delivery`) is the replay key;
 * - Stripe style: `Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">[,v1=…]`.
 * A verified delivery names the id the caller records to refuse replays (seen-id store).
 */

export type SignatureScheme = 'standard-webhooks' | 'github' | 'stripe';

/** A delivery whose signature verified. */
export interface VerifiedDelivery {
  scheme: SignatureScheme;
  /** the replay key: same for a replay of these exact bytes */
  deliveryId: string;
}

export type SignatureCheck = { ok: true; delivery: VerifiedDelivery } | { ok: false; reason: string };

type Headers = Readonly<Record<string, string | undefined>>;

/** Which scheme a request claims, from its headers; null when it carries no signature at all. */
export function detectScheme(headers: Headers): SignatureScheme | null {
  if (headers['webhook-signature'] !== undefined) return 'standard-webhooks';
  if (headers['x-hub-signature-256'] !== undefined) return 'github';
  if (headers['stripe-signature'] !== undefined) return 'stripe';
  return null;
}

export interface VerifyOptions {
  secret: string;
  /** seconds since the epoch */
  nowSeconds: number;
  toleranceSeconds: number;
}

/** Verifies a request's signature with the scheme its headers name. */
export function verifySignature(rawBody: Buffer, headers: Headers, options: VerifyOptions): SignatureCheck {
  const scheme = detectScheme(headers);
  if (scheme === 'standard-webhooks') return verifyStandard(rawBody, headers, options);
  if (scheme === 'github') return verifyGithub(rawBody, headers, options);
  if (scheme === 'stripe') return verifyStripe(rawBody, headers, options);
  return { ok: false, reason: 'no signature header (webhook-signature, X-Hub-Signature-256 or Stripe-Signature)' };
}

function verifyStandard(rawBody: Buffer, headers: Headers, options: VerifyOptions): SignatureCheck {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  if (!id || !Number.isInteger(timestamp))
    return { ok: false, reason: 'webhook-id and webhook-timestamp are required' };
  // our own tolerance check, with our clock; the library then checks its fixed ±5 minutes as well
  if (Math.abs(options.nowSeconds - timestamp) > options.toleranceSeconds) {
    return { ok: false, reason: `webhook-timestamp is more than ${options.toleranceSeconds} s from now` };
  }
  try {
    new Webhook(options.secret).verify(rawBody, headers as Record<string, string>, { jsonParse: false });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    return { ok: false, reason: 'the signing secret is not a valid Standard Webhooks secret' };
  }
  return { ok: true, delivery: { scheme: 'standard-webhooks', deliveryId: id } };
}

function verifyGithub(rawBody: Buffer, headers: Headers, options: VerifyOptions): SignatureCheck {
  const header = headers['x-hub-signature-256'] ?? '';
  const given = header.match(/^sha256=([0-9a-f]{64})$/i)?.[1];
  if (!given) return { ok: false, reason: 'X-Hub-Signature-256 must be sha256=<64 hex digits>' };
  const expected = hmacHex(options.secret, rawBody);
  if (!equalHex(given.toLowerCase(), expected)) return { ok: false, reason: 'no matching signature found' };
  // without a timestamp, the delivery id is the only replay key; a signature hash stands in when it is absent
  const deliveryId = headers['x-github-delivery'] ?? `sig-${sha256Hex(header)}`;
  return { ok: true, delivery: { scheme: 'github', deliveryId } };
}

function verifyStripe(rawBody: Buffer, headers: Headers, options: VerifyOptions): SignatureCheck {
  const header = headers['stripe-signature'] ?? '';
  const parts = header.split(',').map((part) => part.trim().split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  const signatures = parts.filter(([key, value]) => key === 'v1' && value).map(([, value]) => value!.toLowerCase());
  if (!Number.isInteger(timestamp) || signatures.length === 0) {
    return { ok: false, reason: 'Stripe-Signature must be t=<unix seconds>,v1=<hex>' };
  }
  if (Math.abs(options.nowSeconds - timestamp) > options.toleranceSeconds) {
    return { ok: false, reason: `the signature timestamp is more than ${options.toleranceSeconds} s from now` };
  }
  const expected = hmacHex(options.secret, Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]));
  if (!signatures.some((given) => equalHex(given, expected)))
    return { ok: false, reason: 'no matching signature found' };
  return { ok: true, delivery: { scheme: 'stripe', deliveryId: `stripe-${sha256Hex(header)}` } };
}

const hmacHex = (secret: string, data: Buffer): string => createHmac('sha256', secret).update(data).digest('hex');

function equalHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Signs a body the way each scheme's sender does: for tests, the demo and the e2e flow. */
export function signWebhook(
  scheme: SignatureScheme,
  secret: string,
  rawBody: string | Buffer,
  options: { id: string; timestampSeconds: number },
): Record<string, string> {
  const body = Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody);
  if (scheme === 'standard-webhooks') {
    const signature = new Webhook(secret).sign(options.id, new Date(options.timestampSeconds * 1000), body);
    return {
      'webhook-id': options.id,
      'webhook-timestamp': String(options.timestampSeconds),
      'webhook-signature': signature,
    };
  }
  if (scheme === 'github') {
    return { 'x-hub-signature-256': `sha256=${hmacHex(secret, body)}`, 'x-github-delivery': options.id };
  }
  const signed = Buffer.concat([Buffer.from(`${options.timestampSeconds}.`), body]);
  return { 'stripe-signature': `t=${options.timestampSeconds},v1=${hmacHex(secret, signed)}` };
}

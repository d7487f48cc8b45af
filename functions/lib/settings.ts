import { z } from 'zod';
import { ConfigError } from '../../shared/errors';
import { DEFAULT_SYNDICATION_OPTIONS } from '../../shared/pipeline/syndication-deps';
import { Settings } from '../../shared/schema/settings';

/** `{ "name": "<sha-256 hex of the key>" }`: how Secret Manager holds API keys (terraform/secrets.tf). Never the keys. */
const KeyHashes = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON: expected {"key name": "<sha-256 hex>"}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hex digest of the key, not the key')),
  );

/** `{ "name": "<signing key>" }`: console session keys (terraform/secrets.tf); the first one signs new sessions. */
const SessionKeys = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON: expected {"key name": "<at least 32 random characters>"}' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .record(z.string().min(1), z.string().min(32, 'a session key has at least 32 characters'))
      .refine((keys) => Object.keys(keys).length > 0, 'at least one key'),
  );

/**
 * The settings of the HTTP functions and the local server: the shared settings plus the API's own. Parsed
 * once per instance (`runtime.ts`); a bad value stops start-up with every problem listed.
 */
export const FunctionSettings = Settings.extend({
  /** hashes of the admin API keys (may do everything, read every feed) */
  JOBRELAY_SECRETS_ADMIN_API_KEYS: KeyHashes.default({}),
  /** hashes of the HR API keys (submit postings, request syndication, read status) */
  JOBRELAY_SECRETS_HR_API_KEYS: KeyHashes.default({}),
  /** how far a signed webhook's timestamp may be from now (Standard Webhooks and Stripe use 5 minutes) */
  JOBRELAY_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(30).max(3_600).default(300),
  /**
   * how long a push message is leased to one delivery before a redelivery may process it again; the holder
   * renews it while it works, so this bounds how long a crashed delivery blocks its redeliveries
   */
  JOBRELAY_PUSH_LEASE_SECONDS: z.coerce.number().int().min(30).max(3_600).default(60),
  /**
   * how the HR console knows its users: `api-key` (log in with an HR or admin key; a signed session cookie
   * follows) or `loopback` (the local server on 127.0.0.1: open to whoever can reach the machine's loopback)
   */
  JOBRELAY_CONSOLE_AUTH: z.enum(['api-key', 'loopback']).default('api-key'),
  /** keys that sign console sessions: `{"<name>": "<at least 32 random characters>"}`; the first signs, all verify */
  JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS: SessionKeys.optional(),
  /** how long a console session lasts before logging in again */
  JOBRELAY_CONSOLE_SESSION_HOURS: z.coerce.number().int().min(1).max(24).default(8),
  /**
   * how long a syndication may stay `pending` without an update, or behind its posting's last change, before
   * the maintenance sweep re-sends its delivery request (`shared/pipeline/sweep-syndications.ts`). Above the
   * push retry policy's maximum backoff plus ack deadline (terraform/pubsub.tf), so a pair Pub/Sub is still
   * retrying is never re-sent; and it must be longer than JOBRELAY_FUNCTION_TIMEOUT_SECONDS plus
   * JOBRELAY_DELIVERY_LEASE_SECONDS (`sweepTimingProblems`), or start-up fails
   */
  JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 3_600)
    .default(1_200),
  /**
   * the longest timeout of the deployment's functions (Terraform sets the largest `timeout_s`): a posting
   * change is stamped when its request starts and may commit this much later
   */
  JOBRELAY_FUNCTION_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(540),
  /**
   * how long one delivery holds its (posting, partner) lease while it calls the partner; released when it
   * ends, so this only lasts after a crash. It must cover a delivery's in-process attempts (3 at the partner's
   * timeout, 30 s at most, plus the waits between them): about 110 s at the limits
   */
  JOBRELAY_DELIVERY_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(3_600)
    .default(DEFAULT_SYNDICATION_OPTIONS.leaseSeconds),
  /**
   * the maintenance sweep function's own timeout, or its push subscription's ack deadline when shorter
   * (Terraform sets it: a sweep answered after either is cut off or delivered again). The stuck-syndication
   * sweep starts new work for `sweepBudgetMs` of it (three quarters) and keeps the rest for the work in
   * flight, its alert lines and the done marker; at most JOBRELAY_FUNCTION_TIMEOUT_SECONDS (`sweepTimingProblems`)
   */
  JOBRELAY_SWEEP_TIMEOUT_SECONDS: z.coerce.number().int().min(60).max(3_600).default(300),
  /** re-sends of one stuck pending pair before the sweep only alerts on it (`event: "syndication_stuck"`) */
  JOBRELAY_SYNDICATION_MAX_RESENDS: z.coerce.number().int().min(0).max(100).default(3),
  /**
   * how long an HTTP request may take before it is answered 503 with `Retry-After` (`POST /postings`): well
   * under the function's timeout (Terraform sets half of it), so a hung store or bus never holds a client until
   * the platform kills the request with a bare 504
   */
  JOBRELAY_REQUEST_DEADLINE_SECONDS: z.coerce.number().min(0.05).max(3_600).default(30),
  /** postings per `POST /postings` request */
  JOBRELAY_MAX_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
});
export type FunctionSettings = z.infer<typeof FunctionSettings>;

/**
 * The stuck-syndication sweep's timing rule. Ingest stamps a posting change when its request starts and
 * commits it up to one function timeout later; the change's deliveries then hold their pair's lease while
 * they call the partner. A pair untouched for less than both together may still be in flight, and re-sending
 * it would fight the delivery (and the lagging pass would read postings whose change has not committed yet).
 */
export function sweepTimingProblems(settings: FunctionSettings): string[] {
  const stuck = settings.JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS;
  const timeout = settings.JOBRELAY_FUNCTION_TIMEOUT_SECONDS;
  const lease = settings.JOBRELAY_DELIVERY_LEASE_SECONDS;
  if (stuck > timeout + lease) return [];
  return [
    `JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: ${stuck} s must be longer than the longest function timeout ` +
      `(JOBRELAY_FUNCTION_TIMEOUT_SECONDS, ${timeout} s) plus the delivery lease (JOBRELAY_DELIVERY_LEASE_SECONDS, ` +
      `${lease} s), i.e. more than ${timeout + lease} s: a posting change may commit a function timeout after it ` +
      'is stamped and its delivery may hold the pair for a lease after that, so the sweep would re-send pairs ' +
      'that are still in flight',
  ];
}

/** Parses the function settings from an environment; throws one `ConfigError` listing every problem. */
export function parseFunctionSettings(env: Record<string, string | undefined>): FunctionSettings {
  const result = FunctionSettings.safeParse(env);
  const problems = result.success
    ? sweepTimingProblems(result.data)
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  if (result.success && problems.length === 0) return result.data;
  throw new ConfigError('CONFIG.INVALID_SETTINGS', `invalid settings:\n  ${problems.join('\n  ')}`, {
    details: { problems },
  });
}

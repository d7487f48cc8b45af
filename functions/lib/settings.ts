import { z } from 'zod';
import { ConfigError } from '../../shared/errors';
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
  /** how long a push message is leased to one delivery before a redelivery may process it again */
  JOBRELAY_PUSH_LEASE_SECONDS: z.coerce.number().int().min(30).max(3_600).default(600),
  /** postings per `POST /postings` request */
  JOBRELAY_MAX_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
});
export type FunctionSettings = z.infer<typeof FunctionSettings>;

/** Parses the function settings from an environment; throws one `ConfigError` listing every problem. */
export function parseFunctionSettings(env: Record<string, string | undefined>): FunctionSettings {
  const result = FunctionSettings.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError('CONFIG.INVALID_SETTINGS', `invalid settings:\n  ${problems.join('\n  ')}`, {
    details: { problems },
  });
}

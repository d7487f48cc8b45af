import { z } from 'zod';
import { ConfigError } from '../errors';

/**
 * Runtime settings, read from environment variables once at start-up (DESIGN §6). A bad setting stops
 * start-up with every problem listed. Each group is owned by the part that uses it.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const Settings = z.object({
  // where things are kept
  /** `embedded` (SQLite under JOBRELAY_DATA_DIR) or `google` (Firestore + Pub/Sub); default: google when an emulator host or Cloud Run is detected */
  JOBRELAY_BACKEND: z.enum(['embedded', 'google']).optional(),
  JOBRELAY_DATA_DIR: z.string().min(1).default('.data'),
  /** where Secret Manager secrets are mounted in the cloud (`{dir}/{NAME}/latest` or `{dir}/{NAME}`); see adapters/secrets */
  JOBRELAY_SECRETS_DIR: z.string().min(1).default('/etc/secrets'),
  /** prefix of Firestore collection names (several deployments or test runs in one database) */
  JOBRELAY_COLLECTION_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/)
    .default(''),
  GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
  FIRESTORE_EMULATOR_HOST: z.string().min(1).optional(),
  PUBSUB_EMULATOR_HOST: z.string().min(1).optional(),
  /** set by Cloud Run (Cloud Functions gen2) */
  K_SERVICE: z.string().optional(),

  // logging
  JOBRELAY_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']).default('INFO'),

  // fetching (REFERENCE: descriptive User-Agent with a contact URL)
  JOBRELAY_CONTACT_URL: z.url().default('https://github.com/jobrelay/jobrelay'),
  JOBRELAY_USER_AGENT: z.string().min(1).optional(),
  /** hosts allowed despite resolving to private/loopback addresses (tests on 127.0.0.1); empty in production */
  JOBRELAY_FETCH_ALLOW_HOSTS: list.default([]),
  JOBRELAY_FETCH_TIMEOUT_MS: int(100, 120_000).default(20_000),
  JOBRELAY_FETCH_MAX_BYTES: int(1024, 200 * 1024 * 1024).default(20 * 1024 * 1024),

  // HTTP API
  /** request bodies above this are refused with 413 (the Functions Framework's own limit is far larger) */
  JOBRELAY_MAX_BODY_BYTES: int(1024, 32 * 1024 * 1024).default(1024 * 1024),
  /** public base URL of job pages and feeds, e.g. https://jobs.example.com */
  JOBRELAY_PUBLIC_BASE_URL: z.url().optional(),

  // pipeline
  JOBRELAY_DEFAULT_MAX_CLOSE_SHARE: z.coerce.number().min(0).max(1).default(0.5),
  JOBRELAY_DEBUG_STACKS: bool.default(false),
});
export type Settings = z.infer<typeof Settings>;

/** Parses settings from an environment; throws one `ConfigError` listing every problem. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const result = Settings.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError('CONFIG.INVALID_SETTINGS', `invalid settings:\n  ${problems.join('\n  ')}`, {
    details: { problems },
  });
}

import { z } from 'zod';

/** Ids of configured things (sources, partners): lower-case slugs, URL- and document-id-safe. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes, at most 63 characters');

/** An absolute http(s) URL. */
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** A timestamp as stored and carried in events: ISO 8601 in UTC. */
export const Timestamp = z.iso.datetime({ offset: true });

/**
 * A reference to a secret, never the secret itself (DESIGN §6): `secret:NAME` resolves in Secret Manager in
 * the cloud and in the local data folder when embedded; `env:NAME` reads an environment variable.
 */
export const SecretRef = z
  .string()
  .regex(/^(secret|env):[A-Za-z0-9_.-]{1,255}$/, 'a secret reference like secret:NAME or env:NAME');

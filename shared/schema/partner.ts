import { z } from 'zod';
import { EmploymentType } from './posting';
import { HttpUrl, SecretRef, Slug, Timestamp } from './common';

/**
 * A partner job board and how postings reach it (DESIGN §4, issue "Syndication"). Configuration as code,
 * applied with `jobrelay partners apply FILE`; secrets are referenced, never inlined.
 */

/** Output formats in `shared/boards`. */
export const BoardFormat = z.enum(['indeed-xml', 'linkedin-xml', 'json', 'jsonld', 'webhook']);
export type BoardFormat = z.infer<typeof BoardFormat>;

/** Which postings qualify for a partner; an empty list means "any". */
export const PartnerFilter = z
  .object({
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    cities: z.array(z.string().min(1)).default([]),
    workplaces: z.array(z.enum(['onsite', 'hybrid', 'remote'])).default([]),
    departments: z.array(z.string().min(1)).default([]),
    employmentTypes: z.array(EmploymentType).default([]),
    sources: z.array(Slug).default([]),
    tags: z.array(z.string().min(1)).default([]),
  })
  .default({ countries: [], cities: [], workplaces: [], departments: [], employmentTypes: [], sources: [], tags: [] });
export type PartnerFilter = z.infer<typeof PartnerFilter>;

const partnerBase = {
  id: Slug,
  name: z.string().min(1),
  active: z.boolean().default(true),
  format: BoardFormat,
  filter: PartnerFilter,
  /** per-board defaults and field mapping, e.g. Indeed `publisher`, LinkedIn `companyId`, `posterEmail` */
  defaults: z.record(z.string(), z.string()).default({}),
};

export const PartnerConfig = z.discriminatedUnion('delivery', [
  z.object({
    ...partnerBase,
    delivery: z.literal('webhook'),
    webhook: z.object({
      url: HttpUrl,
      /** Standard Webhooks secret (`whsec_…`) */
      secretRef: SecretRef,
      timeoutMs: z.number().int().min(1_000).max(30_000).default(15_000),
      /** deliveries of one change before it is dead-lettered */
      maxAttempts: z.number().int().min(1).max(100).default(8),
    }),
  }),
  z.object({
    ...partnerBase,
    delivery: z.literal('feed'),
    /** the partner's feed API key; stored hashed */
    feed: z.object({ apiKeyRef: SecretRef }),
  }),
  z.object({
    ...partnerBase,
    delivery: z.literal('indexing'),
    /** Google Indexing API: notified when job pages go live, change or close */
    indexing: z.object({
      endpoint: HttpUrl.default('https://indexing.googleapis.com/v3'),
      /**
       * a service-account key (JSON) to sign Indexing API tokens with; without it the function's own service
       * account (Application Default Credentials) is used, the recommended setup (README "Google for Jobs")
       */
      credentialsRef: SecretRef.optional(),
      /** the public base URL of the job pages (`/jobs/{id}`) */
      jobPageBaseUrl: HttpUrl,
    }),
  }),
]);
export type PartnerConfig = z.infer<typeof PartnerConfig>;
export type PartnerConfigInput = z.input<typeof PartnerConfig>;

export const PartnersFile = z.object({ partners: z.array(PartnerConfig) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.partners.forEach((p, i) => {
    if (seen.has(p.id))
      ctx.addIssue({ code: 'custom', path: ['partners', i, 'id'], message: `duplicate partner id "${p.id}"` });
    seen.add(p.id);
  });
});
export type PartnersFile = z.infer<typeof PartnersFile>;

/** Delivery health of a partner, kept beside its configuration. */
export const PartnerHealth = z.object({
  /** set when the partner answered 410 Gone: no more deliveries until re-enabled */
  endpointDisabledAt: Timestamp.nullable().default(null),
  endpointDisabledReason: z.string().nullable().default(null),
  lastDeliveryAt: Timestamp.nullable().default(null),
  lastFailureAt: Timestamp.nullable().default(null),
  lastError: z.string().nullable().default(null),
  /** sha-256 hex of the feed API key, for constant-time comparison */
  feedKeyHash: z.string().nullable().default(null),
});
export type PartnerHealth = z.infer<typeof PartnerHealth>;

export const StoredPartner = z.object({ config: PartnerConfig, health: PartnerHealth, updatedAt: Timestamp });
export type StoredPartner = z.infer<typeof StoredPartner>;

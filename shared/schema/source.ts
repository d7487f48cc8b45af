import { z } from 'zod';
import { HttpUrl, SecretRef, Slug, Timestamp } from './common';

/**
 * A source an employer configures (DESIGN §6): one ATS board or career site, refreshed on schedule.
 * Applied as configuration as code with `jobrelay sources apply FILE`.
 */

const Politeness = z
  .object({
    /** concurrent requests to one host (REFERENCE: 1–2) */
    concurrency: z.number().int().min(1).max(2).default(1),
    /** minimum gap between two requests to one host, in milliseconds */
    minDelayMs: z.number().int().min(0).max(60_000).default(500),
  })
  .default({ concurrency: 1, minDelayMs: 500 });

const sourceBase = {
  id: Slug,
  name: z.string().min(1).optional(),
  company: z.object({ name: z.string().min(1), url: HttpUrl.nullable().default(null) }),
  active: z.boolean().default(true),
  /** how often the scheduled fan-out refreshes this source, in minutes */
  refreshEveryMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(360),
  politeness: Politeness,
  /** a refresh that would close more than this share of the source's open postings closes nothing */
  maxCloseShare: z.number().min(0).max(1).default(0.5),
  /** labels partners can select postings by */
  tags: z.array(z.string().min(1)).default([]),
  /** overrides the ATS API's base URL (EU data centres, tests against local fixture servers) */
  baseUrl: HttpUrl.optional(),
  /** secret that signs this source's inbound ATS webhooks */
  webhookSecretRef: SecretRef.optional(),
};

const selectors = z.object({
  /** on list pages: the links to detail pages */
  link: z.string().min(1),
  /** on list pages: the link to the next page */
  next: z.string().min(1).optional(),
  /** on detail pages: field selectors; `description` is the posting body */
  title: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  location: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  employmentType: z.string().min(1).optional(),
  salary: z.string().min(1).optional(),
  applyUrl: z.string().min(1).optional(),
  datePosted: z.string().min(1).optional(),
  externalId: z.string().min(1).optional(),
});

export const SourceConfig = z.discriminatedUnion('kind', [
  z.object({ ...sourceBase, kind: z.literal('greenhouse'), boardToken: z.string().min(1) }),
  z.object({
    ...sourceBase,
    kind: z.literal('lever'),
    site: z.string().min(1),
    region: z.enum(['global', 'eu']).default('global'),
  }),
  z.object({ ...sourceBase, kind: z.literal('ashby'), board: z.string().min(1) }),
  z.object({ ...sourceBase, kind: z.literal('smartrecruiters'), companyId: z.string().min(1) }),
  z.object({ ...sourceBase, kind: z.literal('recruitee'), subdomain: z.string().min(1) }),
  z.object({
    ...sourceBase,
    kind: z.literal('personio'),
    subdomain: z.string().min(1),
    language: z.string().min(2).default('en'),
  }),
  z.object({
    ...sourceBase,
    kind: z.literal('jsonld'),
    /** list pages to start from; detail pages are found by `linkSelector` (default: every same-site link) */
    startUrls: z.array(HttpUrl).default([]),
    sitemapUrl: HttpUrl.optional(),
    linkSelector: z.string().min(1).optional(),
    nextSelector: z.string().min(1).optional(),
    maxPages: z.number().int().min(1).max(500).default(50),
  }),
  z.object({
    ...sourceBase,
    kind: z.literal('html'),
    startUrls: z.array(HttpUrl).min(1),
    selectors,
    maxPages: z.number().int().min(1).max(500).default(50),
  }),
  z.object({ ...sourceBase, kind: z.literal('feed'), url: HttpUrl, format: z.enum(['indeed']).default('indeed') }),
]);
export type SourceConfig = z.infer<typeof SourceConfig>;
export type SourceConfigInput = z.input<typeof SourceConfig>;
export type FetchableSourceKind = SourceConfig['kind'];

/** A configuration file of sources: `{ sources: [...] }`. */
export const SourcesFile = z.object({ sources: z.array(SourceConfig) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.sources.forEach((s, i) => {
    if (seen.has(s.id))
      ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
    seen.add(s.id);
  });
});
export type SourcesFile = z.infer<typeof SourcesFile>;

/** Health of a source, kept beside its configuration (`sources/{id}`) and updated by each refresh. */
export const SourceHealth = z.object({
  lastRunId: z.string().nullable().default(null),
  lastRunAt: Timestamp.nullable().default(null),
  lastSuccessAt: Timestamp.nullable().default(null),
  consecutiveFailures: z.number().int().min(0).default(0),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable().default(null),
  postingsCount: z.number().int().min(0).default(0),
  /** conditional-GET validators per URL, so an unchanged board costs a 304 */
  validators: z
    .record(z.string(), z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() }))
    .default({}),
});
export type SourceHealth = z.infer<typeof SourceHealth>;

/** A source as stored: its configuration, its health, and when the configuration was applied. */
export const StoredSource = z.object({
  config: SourceConfig,
  health: SourceHealth,
  updatedAt: Timestamp,
});
export type StoredSource = z.infer<typeof StoredSource>;

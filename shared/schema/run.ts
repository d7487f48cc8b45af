import { z } from 'zod';
import { Timestamp } from './common';

/** Outcome of a refresh run (`runs/{id}`). */
export const RunStatus = z.enum(['running', 'succeeded', 'failed', 'suspicious', 'not-modified']);
export type RunStatus = z.infer<typeof RunStatus>;

export const RunCounts = z.object({
  fetched: z.number().int().min(0).default(0),
  created: z.number().int().min(0).default(0),
  updated: z.number().int().min(0).default(0),
  unchanged: z.number().int().min(0).default(0),
  closed: z.number().int().min(0).default(0),
  reopened: z.number().int().min(0).default(0),
  rejected: z.number().int().min(0).default(0),
  duplicates: z.number().int().min(0).default(0),
});
export type RunCounts = z.infer<typeof RunCounts>;

export const RunError = z.object({ code: z.string(), message: z.string(), url: z.string().nullable().default(null) });
export type RunError = z.infer<typeof RunError>;

export const RunRecord = z.object({
  id: z.string(),
  sourceId: z.string(),
  trigger: z.enum(['schedule', 'manual', 'webhook', 'api']).default('schedule'),
  status: RunStatus,
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable().default(null),
  durationMs: z.number().int().min(0).nullable().default(null),
  counts: RunCounts,
  /** closures the guard refused (status `suspicious`): how many would have closed out of how many open */
  suspectedClosures: z.object({ wouldClose: z.number().int(), open: z.number().int() }).nullable().default(null),
  errors: z.array(RunError).default([]),
  /** HTTP requests made, by outcome (ok, not-modified, retried, failed, blocked) */
  requests: z.record(z.string(), z.number().int()).default({}),
});
export type RunRecord = z.infer<typeof RunRecord>;

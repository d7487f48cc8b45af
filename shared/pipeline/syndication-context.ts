import type { BoardContext } from '../boards/board-context';
import type { StoredPartner } from '../schema/partner';
import type { SyndicationDeps, SyndicationOptions } from './syndication-deps';
import type { RecordLimits } from './syndication-record';

/** The board context of a partner: its defaults, and where job pages live. */
export function partnerContext(partner: StoredPartner, options: SyndicationOptions, now: Date): BoardContext {
  const jobPageBase =
    partner.config.delivery === 'indexing' ? partner.config.indexing.jobPageBaseUrl : options.publicBaseUrl;
  return { defaults: partner.config.defaults, publicBaseUrl: jobPageBase, now };
}

export const limitsOf = (options: SyndicationOptions): RecordLimits => ({
  historyLimit: options.historyLimit,
  appliedEventLimit: options.appliedEventLimit,
});

/** Consumers of processed-event markers and leases, one name each. */
export const CONSUMER = {
  fanOut: 'syndication-fanout',
  lease: 'syndication-lease',
} as const;

/** The instant as stored. */
export const nowIso = (deps: Pick<SyndicationDeps, 'clock'>): string => deps.clock.now().toISOString();

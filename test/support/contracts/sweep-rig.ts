import { createHttpFetcher } from '../../../shared/adapters/http/http-fetcher';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import type { Logger, LogFields } from '../../../shared/ports/logger.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import type { InstantClock } from '../instant-clock';
import { startPartnerReceiver, type PartnerReceiver } from '../partner-receiver';
import type { StuckSweepBackend } from './stuck-syndication-acceptance';

/** What the sweep acceptances run against: a webhook partner 'hook' on a local receiver, and the sweeps' deps. */
export interface SweepRig {
  receiver: PartnerReceiver;
  deps: SyndicationDeps;
  /** closes the fetcher and the receiver (the backend is the caller's) */
  close(): Promise<void>;
}

/**
 * Starts the receiver (checking signatures with `receiverSecret`, or none when null), registers the partner
 * 'hook' that signs with `signingSecret`, and builds the deps; warnings and errors go to `onLog`.
 */
export async function startSweepRig(
  backend: StuckSweepBackend,
  clock: InstantClock,
  secrets: { receiverSecret: string | null; signingSecret: string },
  onLog: (severity: 'WARNING' | 'ERROR', fields: LogFields) => void,
): Promise<SweepRig> {
  const receiver = await startPartnerReceiver(secrets.receiverSecret, { '/hook': [{ status: 200 }] });
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (_m, fields = {}) => onLog('WARNING', fields),
    error: (_m, fields = {}) => onLog('ERROR', fields),
    child: () => logger,
  };
  const fetcher = createHttpFetcher({ userAgent: 'Jobrelay-test/0.1', allowHosts: ['127.0.0.1'], clock });
  const deps: SyndicationDeps = {
    store: backend.store,
    bus: backend.bus,
    fetcher,
    clock,
    logger,
    secrets: { get: async (ref) => (ref === 'secret:hook' ? secrets.signingSecret : null) },
    random: () => 0.5,
    options: { publicBaseUrl: 'https://jobs.acme.example', baseDelayMs: 1, maxDelayMs: 5 },
  };
  await backend.store.putPartner(
    PartnerConfig.parse({
      id: 'hook',
      name: 'Hook Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:hook' },
    }),
    clock.now().toISOString(),
  );
  return {
    receiver,
    deps,
    close: async () => {
      await fetcher.close();
      await receiver.close();
    },
  };
}

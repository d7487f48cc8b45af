import {
  createHttpFetcher,
  type ClosableHttpFetcher,
  type HttpFetcherOptions,
} from '../../../shared/adapters/http/http-fetcher';
import { createInstantClock, type InstantClock } from '../../support/instant-clock';
import type { FixtureServer } from '../../support/fixture-server';

/** A fetcher allowed to reach only `server`, with an instant clock and no jitter surprises. */
export function fetcherFor(
  server: FixtureServer,
  options: Partial<HttpFetcherOptions> = {},
): { fetcher: ClosableHttpFetcher; clock: InstantClock } {
  const clock = createInstantClock();
  const fetcher = createHttpFetcher({
    userAgent: 'Jobrelay/0.1 (+https://jobrelay.example/contact)',
    allowHosts: [server.host],
    clock,
    random: () => 1,
    // a fixture answers at once: a timeout test passes its own; this one only has to outlast a loaded CI machine
    timeoutMs: 30_000,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
    ...options,
  });
  return { fetcher, clock };
}

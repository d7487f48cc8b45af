import type { Dispatcher } from 'undici';
import type { HttpFetcher, HttpRequest, HttpResponse, RetryPolicy, Validators } from '../../ports/http-fetcher.port';
import type { Clock } from '../../ports/clock.port';
import type { Logger } from '../../ports/logger.port';
import type { Settings } from '../../schema/settings';
import { PermanentError, TransientError } from '../../errors';
import { systemClock } from '../system-clock';
import { silentLogger } from '../logging/cloud-logger';
import { createAddressGuard, type AddressGuard, type Resolver } from './address-guard';
import { createGuardedAgent } from './guarded-agent';
import { decodeBody } from './body-reader';
import { DEFAULT_RETRY } from './backoff';
import { HostGate, type HostLimits } from './host-gate';
import { RobotsPolicy, type RobotsAnswer } from './robots-policy';
import { RetryingSender } from './retrying-sender';

export interface HttpFetcherOptions {
  /** descriptive User-Agent with a contact URL; its first token is matched against robots.txt groups */
  userAgent: string;
  /** `host` or `host:port` entries reachable despite private addresses (tests on 127.0.0.1) */
  allowHosts?: readonly string[];
  clock?: Clock;
  /** jitter source, injectable for tests */
  random?: () => number;
  logger?: Logger;
  /** per attempt, in milliseconds (default 20 s) */
  timeoutMs?: number;
  connectTimeoutMs?: number;
  /** default size cap, in bytes (default 20 MiB) */
  maxBytes?: number;
  /** redirect hops followed (default 5) */
  maxRedirects?: number;
  /** a `Retry-After` longer than this is not waited for: the request fails with it (default 60 s) */
  maxRetryAfterMs?: number;
  retry?: RetryPolicy;
  /** per-host politeness when a request names none */
  hostLimits?: HostLimits;
  /** name resolution, injectable for tests */
  resolve?: Resolver;
}

/** robots.txt: RFC 9309 asks crawlers to parse at least 500 KiB and follow at least five redirects. */
const ROBOTS_MAX_BYTES = 512 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The fetcher plus `close()`, which releases its connection pool. */
export interface ClosableHttpFetcher extends HttpFetcher {
  close(): Promise<void>;
}

/** Builds the production fetcher (the HttpFetcher port on undici). */
export function createHttpFetcher(options: HttpFetcherOptions): ClosableHttpFetcher {
  return new GuardedHttpFetcher(options);
}

/** Fetcher options from runtime settings (DESIGN §6). */
export function httpFetcherOptionsFromSettings(settings: Settings, version = '0.1'): HttpFetcherOptions {
  return {
    userAgent: settings.JOBRELAY_USER_AGENT ?? `Jobrelay/${version} (+${settings.JOBRELAY_CONTACT_URL})`,
    allowHosts: settings.JOBRELAY_FETCH_ALLOW_HOSTS,
    timeoutMs: settings.JOBRELAY_FETCH_TIMEOUT_MS,
    maxBytes: settings.JOBRELAY_FETCH_MAX_BYTES,
  };
}

class GuardedHttpFetcher implements ClosableHttpFetcher {
  private readonly guard: AddressGuard;
  private readonly dispatcher: Dispatcher;
  private readonly closeAgent: () => Promise<void>;
  private readonly sender: RetryingSender;
  private readonly robots: RobotsPolicy;
  private readonly clock: Clock;

  constructor(private readonly options: HttpFetcherOptions) {
    this.clock = options.clock ?? systemClock;
    this.guard = createAddressGuard({
      allowHosts: options.allowHosts ?? [],
      ...(options.resolve ? { resolve: options.resolve } : {}),
    });
    const timeoutMs = options.timeoutMs ?? 20_000;
    const agent = createGuardedAgent(this.guard, {
      connectTimeoutMs: Math.min(timeoutMs, options.connectTimeoutMs ?? 10_000),
    });
    this.dispatcher = agent.dispatcher;
    this.closeAgent = agent.close;
    this.sender = new RetryingSender({
      dispatcher: this.dispatcher,
      gate: new HostGate(this.clock),
      clock: this.clock,
      random: options.random ?? Math.random,
      logger: options.logger ?? silentLogger,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    });
    const productToken = options.userAgent.split(/[\s/]/)[0]?.toLowerCase() || 'jobrelay';
    this.robots = new RobotsPolicy({
      clock: this.clock,
      productToken,
      fetchRobots: (url, politeness) => this.fetchRobots(url, politeness),
    });
  }

  async fetch(request: HttpRequest): Promise<HttpResponse> {
    const method = request.method ?? 'GET';
    return this.follow(request, method, request.robots ?? method === 'GET', false);
  }

  close(): Promise<void> {
    return this.closeAgent();
  }

  /** Sends the request and follows redirects itself, checking scheme, address and robots.txt on every hop. */
  private async follow(
    request: HttpRequest,
    method: HttpMethod,
    checkRobots: boolean,
    truncate: boolean,
  ): Promise<HttpResponse> {
    const maxRedirects = this.options.maxRedirects ?? 5;
    let hop: Hop = { url: parseHttpUrl(request.url), method, body: request.body, headers: this.headersFor(request) };
    let attempts = 0;
    for (let redirects = 0; ; redirects += 1) {
      const result = await this.sendHop(request, hop, checkRobots, truncate);
      attempts += result.attempts;
      const location = result.headers.location;
      if (!REDIRECTS.has(result.status) || request.redirect === 'manual' || !location) {
        return toResponse(hop.url, result, attempts, request.validators);
      }
      if (redirects >= maxRedirects) {
        throw new PermanentError(
          'FETCH.TOO_MANY_REDIRECTS',
          `more than ${maxRedirects} redirects from ${request.url}`,
          {
            details: { url: request.url, last: hop.url.href, attempts },
          },
        );
      }
      hop = nextHop(hop, result.status, location);
    }
  }

  /** One hop: the address check, robots.txt, then the exchange under the host's politeness, with retries. */
  private async sendHop(request: HttpRequest, hop: Hop, checkRobots: boolean, truncate: boolean) {
    this.guard.checkTarget(hop.url.hostname, hop.url.port ? Number(hop.url.port) : null);
    const crawl = checkRobots ? await this.robots.check(hop.url.href, request.politeness) : { crawlDelayMs: null };
    return this.sender.send(
      {
        url: hop.url,
        method: hop.method,
        headers: hop.headers,
        ...(hop.body !== undefined ? { body: hop.body } : {}),
        timeoutMs: request.timeoutMs ?? this.options.timeoutMs ?? 20_000,
        maxBytes: request.maxBytes ?? this.options.maxBytes ?? 20 * 1024 * 1024,
        truncate,
      },
      {
        limits: this.limitsFor(request, crawl.crawlDelayMs),
        retry: request.retry === undefined ? (this.options.retry ?? DEFAULT_RETRY) : request.retry,
      },
    );
  }

  /**
   * robots.txt itself: no robots check, one attempt, truncated at 512 KiB. A site that cannot be reached at
   * all (connection refused, timeout) fails the request with that error, uncached: nothing is fetched either
   * way (RFC 9309 §2.3.1.4), and the run says what really happened. A refused address fails it too.
   */
  private async fetchRobots(robotsUrl: string, politeness: HttpRequest['politeness']): Promise<RobotsAnswer> {
    const request: HttpRequest = {
      url: robotsUrl,
      retry: false,
      maxBytes: ROBOTS_MAX_BYTES,
      headers: { accept: 'text/plain' },
    };
    if (politeness) request.politeness = politeness;
    try {
      const response = await this.follow(request, 'GET', false, true);
      return { status: response.status, body: response.status < 300 ? response.text() : '' };
    } catch (error) {
      if (error instanceof TransientError) throw error;
      if (error instanceof PermanentError && error.code === 'FETCH.BLOCKED_ADDRESS') throw error;
      // more redirects than RFC 9309 asks us to follow: treated as "no robots.txt"
      if (error instanceof PermanentError && error.code === 'FETCH.TOO_MANY_REDIRECTS')
        return { status: 310, body: '' };
      return { status: null, body: '' };
    }
  }

  private headersFor(request: HttpRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
    if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
    if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
    return headers;
  }

  private limitsFor(request: HttpRequest, crawlDelayMs: number | null): HostLimits {
    const base = request.politeness ?? this.options.hostLimits ?? { concurrency: 2, minDelayMs: 0 };
    return { concurrency: base.concurrency, minDelayMs: Math.max(base.minDelayMs, crawlDelayMs ?? 0) };
  }
}

/** Only http(s) URLs are fetched: `file:`, `data:`, `ftp:`, `gopher:` … are refused. */
function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new PermanentError('FETCH.INVALID_URL', `not a URL: ${value}`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError('FETCH.BLOCKED_SCHEME', `refused to fetch ${url.protocol} URL ${value}`, {
      details: { url: value },
    });
  }
  return url;
}

type HttpMethod = NonNullable<HttpRequest['method']>;

/** Where one hop of a redirect chain goes, and with what. */
interface Hop {
  url: URL;
  method: HttpMethod;
  body: string | Buffer | undefined;
  headers: Record<string, string>;
}

/**
 * The hop a redirect leads to (RFC 9110 §15.4): 303, and 301/302 after a POST, become a GET without body;
 * credentials are not sent to another origin. The target's scheme is checked here, its address at connect.
 */
function nextHop(hop: Hop, status: number, location: string): Hop {
  const url = parseHttpUrl(new URL(location, hop.url).href);
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  return {
    url,
    method: toGet ? 'GET' : hop.method,
    body: toGet ? undefined : hop.body,
    headers: url.origin === hop.url.origin ? hop.headers : withoutCredentials(hop.headers),
  };
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const { authorization: _a, cookie: _c, ...rest } = headers;
  return rest;
}

function toResponse(
  url: URL,
  result: { status: number; headers: Record<string, string>; body: Buffer },
  attempts: number,
  sent: Validators | undefined,
): HttpResponse {
  const notModified = result.status === 304;
  const validators: Validators = {
    etag: result.headers.etag ?? (notModified ? (sent?.etag ?? null) : null),
    lastModified: result.headers['last-modified'] ?? (notModified ? (sent?.lastModified ?? null) : null),
  };
  let text: string | undefined;
  return {
    status: result.status,
    url: url.href,
    headers: result.headers,
    body: result.body,
    notModified,
    validators,
    attempts,
    text: () => (text ??= decodeBody(result.body, result.headers['content-type'])),
  };
}

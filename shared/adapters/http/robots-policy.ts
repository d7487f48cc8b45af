import robotsParser from 'robots-parser';
import type { Clock } from '../../ports/clock.port';
import { PermanentError } from '../../errors';

/** The politeness of the request that needs the robots.txt: the robots.txt request keeps to it too. */
type Politeness = { concurrency: number; minDelayMs: number };

/** What fetching `/robots.txt` gave: a status and body, or a network failure (`status: null`). */
export interface RobotsAnswer {
  status: number | null;
  body: string;
}

/** The verdict for one origin, cached. */
interface RobotsEntry {
  /** null: the file could not be read (5xx / network): everything is disallowed */
  isAllowed: ((url: string) => boolean) | null;
  /** why a URL is disallowed, for the error */
  explain: (url: string) => string;
  crawlDelayMs: number | null;
  expiresAt: number;
}

/** RFC 9309 §2.4: a crawler should not use a cached robots.txt for more than 24 hours. */
const SUCCESS_TTL_MS = 24 * 60 * 60 * 1000;
/** An unreachable robots.txt disallows everything; we ask again sooner than a day. */
const FAILURE_TTL_MS = 10 * 60 * 1000;
/** Crawl-delay is not in RFC 9309 but widely set; we honour it up to this cap. */
const MAX_CRAWL_DELAY_MS = 60_000;

/** A `FETCH.ROBOTS_DISALLOWED` error: robots.txt does not let us fetch the URL. */
export class RobotsDisallowedError extends PermanentError {
  constructor(url: string, reason: string) {
    super('FETCH.ROBOTS_DISALLOWED', `robots.txt disallows ${url} (${reason})`, { details: { url, reason } });
  }
}

/**
 * robots.txt per RFC 9309 (parsed by `robots-parser`), one cached verdict per origin: 2xx → the rules for
 * our product token; 4xx → everything allowed; 5xx or unreadable → everything disallowed (a site that cannot
 * be reached at all fails in `fetchRobots` with its network error instead). Concurrent checks of one origin
 * share one fetch.
 */
export class RobotsPolicy {
  private readonly entries = new Map<string, RobotsEntry>();
  private readonly pending = new Map<string, Promise<RobotsEntry>>();

  constructor(
    private readonly options: {
      clock: Clock;
      /** the product token matched against `User-agent:` lines, e.g. "jobrelay" */
      productToken: string;
      /** fetches a robots.txt URL (following ≥ 5 redirects, reading ≥ 500 KiB) */
      fetchRobots: (robotsUrl: string, politeness: Politeness | undefined) => Promise<RobotsAnswer>;
    },
  ) {}

  /** Throws `RobotsDisallowedError` when `url` may not be fetched; returns the origin's crawl delay otherwise. */
  async check(url: string, politeness?: Politeness): Promise<{ crawlDelayMs: number | null }> {
    const entry = await this.entryFor(new URL(url).origin, politeness);
    if (entry.isAllowed === null || !entry.isAllowed(url)) throw new RobotsDisallowedError(url, entry.explain(url));
    return { crawlDelayMs: entry.crawlDelayMs };
  }

  private async entryFor(origin: string, politeness: Politeness | undefined): Promise<RobotsEntry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > this.options.clock.now().getTime()) return cached;
    let pending = this.pending.get(origin);
    if (!pending) {
      pending = this.load(origin, politeness).finally(() => this.pending.delete(origin));
      this.pending.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string, politeness: Politeness | undefined): Promise<RobotsEntry> {
    const robotsUrl = `${origin}/robots.txt`;
    // fetchRobots reports unreachable files as `status: null`; whatever it throws (a refused address) is
    // the answer for the page too, and is not cached.
    const answer = await this.options.fetchRobots(robotsUrl, politeness);
    const entry = this.toEntry(robotsUrl, answer);
    this.entries.set(origin, entry);
    return entry;
  }

  private toEntry(robotsUrl: string, answer: RobotsAnswer): RobotsEntry {
    const now = this.options.clock.now().getTime();
    const { status } = answer;
    if (status === null || status >= 500) {
      const reason = status === null ? 'robots.txt unreachable' : `robots.txt answered ${status}`;
      return { isAllowed: null, explain: () => reason, crawlDelayMs: null, expiresAt: now + FAILURE_TTL_MS };
    }
    // 4xx, and redirects past the limit (RFC 9309 §2.3.1.2), mean "no robots.txt": everything is allowed.
    if (status >= 300)
      return { isAllowed: () => true, explain: () => '', crawlDelayMs: null, expiresAt: now + SUCCESS_TTL_MS };
    const robots = robotsParser(robotsUrl, answer.body);
    const token = this.options.productToken;
    const delay = robots.getCrawlDelay(token);
    return {
      // robots-parser answers undefined for URLs of another origin; those never reach this entry.
      isAllowed: (url) => robots.isAllowed(url, token) !== false,
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null,
      explain: (url) => `rule on line ${robots.getMatchingLineNumber(url, token)}`,
      expiresAt: now + SUCCESS_TTL_MS,
    };
  }
}

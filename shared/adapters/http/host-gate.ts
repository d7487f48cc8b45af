import type { Clock } from '../../ports/clock.port';

/** Politeness towards one host (REFERENCE: 1–2 concurrent requests, a gap between requests). */
export interface HostLimits {
  concurrency: number;
  minDelayMs: number;
}

interface HostState {
  active: number;
  waiting: Array<() => void>;
  /** epoch ms before which no request may start (the gap, or a server's Retry-After) */
  nextStartAt: number;
}

/**
 * Per-host politeness: at most `concurrency` requests in flight to one host and at least `minDelayMs`
 * between two request starts; a host that asked us to wait (429/503 with `Retry-After`) is paused for
 * everyone. Waits go through the injected clock, so tests run them instantly. Hand-written because the
 * usual limiters (p-limit, p-queue, bottleneck) neither key by host with a start gap nor take a clock.
 */
export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly clock: Clock) {}

  /** Runs `task` when the host's limits allow it. */
  async run<T>(host: string, limits: HostLimits, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    await this.acquire(state, Math.max(1, limits.concurrency));
    try {
      await this.waitForTurn(state, limits.minDelayMs);
      return await task();
    } finally {
      this.release(state);
    }
  }

  /** Holds back every request to `host` for `ms` (a server's Retry-After or our backoff). */
  pause(host: string, ms: number): void {
    const state = this.state(host);
    state.nextStartAt = Math.max(state.nextStartAt, this.clock.now().getTime() + ms);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], nextStartAt: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private acquire(state: HostState, concurrency: number): Promise<void> {
    if (state.active < concurrency) {
      state.active += 1;
      return Promise.resolve();
    }
    // The releasing request hands its slot over directly, so `active` stays counted.
    return new Promise((resolve) => state.waiting.push(resolve));
  }

  private release(state: HostState): void {
    const next = state.waiting.shift();
    if (next) next();
    else state.active -= 1;
  }

  private async waitForTurn(state: HostState, minDelayMs: number): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      const wait = state.nextStartAt - now;
      if (wait <= 0) {
        state.nextStartAt = now + minDelayMs;
        return;
      }
      await this.clock.sleep(wait);
    }
  }
}

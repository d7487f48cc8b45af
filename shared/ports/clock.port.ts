/** Time, injected so tests control it and backoff waits can be made instant. */
export interface Clock {
  now(): Date;
  /** wait; fake clocks advance instead of waiting */
  sleep(ms: number): Promise<void>;
}

import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Items handled between two turns of the event loop. Normalising a posting takes a few milliseconds of CPU
 * (tens on a loaded machine), so a chunk keeps the loop blocked well under the fetcher's 10 s connect timeout.
 */
export const YIELD_EVERY = 25;

/**
 * `items.map(fn)` that lets the event loop turn every `every` items. A refresh normalises a whole board in
 * one go: without the turns, a 1,000-posting board held the loop for tens of seconds, so in the same process
 * other sources' fetches timed out, timers and health checks stalled and the embedded server (`jobrelay
 * serve`) stopped answering (found by the reliability campaign's refresh of 20 × 1,000).
 */
export async function mapYielding<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  every = YIELD_EVERY,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 1) {
    if (i > 0 && i % every === 0) await nextTurn();
    out.push(fn(items[i]!, i));
  }
  return out;
}

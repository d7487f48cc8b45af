import pLimit from 'p-limit';

/**
 * `Promise.all(items.map(fn))` with at most `width` calls in flight, results in the items' order. Unlike
 * `Promise.all`, a failure is thrown only once every call has settled: a caller that gives a claim back or
 * reports a failed publish must not do so while its other calls are still writing.
 */
export async function allBounded<T, R>(
  items: readonly T[],
  width: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const limit = pLimit(Math.max(1, width));
  const settled = await Promise.allSettled(items.map((item, index) => limit(() => fn(item, index))));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}

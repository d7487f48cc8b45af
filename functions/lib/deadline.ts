/**
 * A request deadline: the answer a handler gives when its work has not finished in time. The work is not
 * cancelled (a store or bus call in flight cannot be taken back); it keeps running, and what it finally does
 * is reported to `onLate`, so nothing it does goes unnoticed and no rejection goes unhandled.
 */

/** The work's result, or `timedOut` once `ms` passed first. A failure before the deadline is thrown as is. */
export type DeadlineOutcome<T> = { timedOut: false; value: T } | { timedOut: true };

/** How the work ended after its deadline had already been answered. */
export type LateEnd = { ok: true } | { ok: false; error: unknown };

/** Races `work` against a timer of `ms`; the timer is cleared as soon as either side settles. */
export function withinDeadline<T>(
  work: Promise<T>,
  ms: number,
  onLate: (end: LateEnd) => void,
): Promise<DeadlineOutcome<T>> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      resolve({ timedOut: true });
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        if (answered) onLate({ ok: true });
        else resolve({ timedOut: false, value });
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (answered) onLate({ ok: false, error });
        else reject(error);
      },
    );
  });
}

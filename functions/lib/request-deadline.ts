import { describeError } from '../../shared/errors';
import type { Logger } from '../../shared/ports/logger.port';
import type { ApiResponse, InvocationContext } from './api';
import { withinDeadline, type LateEnd } from './deadline';
import { problemResponse } from './problem';

/** What to take back when a request is answered at its deadline; it logs its own failure and never rejects. */
export type DeadlineUndo = () => Promise<void>;

export interface RequestDeadline {
  seconds: number;
  /** what the client is asked to wait before retrying (`Retry-After`) */
  retryAfterSeconds: number;
  /** the 503's detail: what was slow and how to retry */
  detail: string;
}

/**
 * Runs a request's work within its deadline, or answers 503 `unavailable` with `Retry-After` when a hung store
 * or bus holds it past that. The work is not cancelled: the undos it registered run at once (each logs its
 * own failure), and how it finally ends is logged on the invocation's logger, which carries the request's
 * `execution_id` label, so the late line sits beside the 503's summary line.
 */
export async function answerByDeadline(
  context: InvocationContext,
  deadline: RequestDeadline,
  start: (onDeadline: DeadlineUndo[]) => Promise<ApiResponse>,
): Promise<ApiResponse> {
  const onDeadline: DeadlineUndo[] = [];
  const work = start(onDeadline);
  const { seconds } = deadline;
  const outcome = await withinDeadline(work, seconds * 1000, (end) => logLateEnd(context.logger, end, seconds));
  if (!outcome.timedOut) return outcome.value;
  context.note({ deadlineExceeded: true, deadlineSeconds: seconds });
  context.logger.warn('request past its deadline answered 503; its work continues in the background', {
    deadlineSeconds: seconds,
  });
  for (const undo of onDeadline) void undo();
  return problemResponse('unavailable', deadline.detail, {
    headers: { 'retry-after': String(deadline.retryAfterSeconds) },
  });
}

/**
 * How the work of a request already answered 503 ended. A failure is an error line: the client only saw the
 * 503 and nobody else hears of it, and the operator learns that what it was doing waits for the client's retry.
 */
function logLateEnd(logger: Logger, end: LateEnd, deadlineSeconds: number): void {
  if (end.ok) {
    logger.warn('a request answered 503 at its deadline completed later', { deadlineSeconds });
    return;
  }
  logger.error(
    "a request answered 503 at its deadline failed in the background: what it was doing is left to the client's retry",
    { deadlineSeconds, error: errorFields(end.error) },
  );
}

/**
 * An error as logged where the request's content must not appear: its stable code and its class, never its
 * message (a message can quote what the request carried).
 */
export const errorFields = (error: unknown): { code: string; type: string } => ({
  code: describeError(error).code,
  type: error instanceof Error ? error.name : typeof error,
});

import type { BoardFormat } from '../schema/partner';
import type { BoardContext, BoardPosting, BoardReasons } from './board-context';
import { validateIndeed } from './indeed-xml';
import { validateJsonFeed } from './json-feed';
import { validateGoogle } from './jsonld';
import { validateLinkedIn } from './linkedin-xml';

/**
 * Per-board validation (DESIGN §4): each format declares what it requires; a posting that fails gets
 * reasons a recruiter can act on, each with a stable code and the field, never a silent drop.
 */
const VALIDATORS: Record<BoardFormat, (posting: BoardPosting, context: BoardContext) => BoardReasons> = {
  'indeed-xml': validateIndeed,
  'linkedin-xml': validateLinkedIn,
  json: validateJsonFeed,
  jsonld: validateGoogle,
  // a webhook body carries the JSON feed's entry
  webhook: validateJsonFeed,
};

/** The reasons `format` would refuse `posting` (empty when it qualifies). */
export function validateForBoard(format: BoardFormat, posting: BoardPosting, context: BoardContext): BoardReasons {
  return VALIDATORS[format](posting, context);
}

import { JobrelayError } from '../../../shared/errors';
import { parseInput } from '../../../shared/sources/parse-input';

/**
 * XML the validator accepts but the parser cannot read (found by the campaign's mutation fuzzing of the
 * Personio fixture): each must be rejected as malformed input with a stable code, never a bare Error.
 */

const BROKEN_PROLOGS: Array<[string, string]> = [
  [
    'a prolog with an object spliced into it',
    '<?xml versio{"__proto__":{"polluted":"yes"}}n="1.0" encoding=""1.0" encoding="UTF-8"?>\n<workzag-jobs/>\n',
  ],
  ['a prolog with a doubled attribute value', '<?xml version="1.0" encoding=""UTF-8"?>\n<workzag-jobs/>\n'],
];

const outcomeOf = (content: string): string => {
  try {
    parseInput(content, { kind: 'personio' });
    return 'parsed';
  } catch (error) {
    return error instanceof JobrelayError ? error.code : `bare ${(error as Error).name}: ${(error as Error).message}`;
  }
};

describe('Personio XML with a broken prolog', () => {
  it.each(BROKEN_PROLOGS)('rejects %s as malformed input', (_name, content) => {
    expect(outcomeOf(content)).toBe('INPUT.MALFORMED');
  });
});

import { mapFirestoreError } from '../../../shared/adapters/firestore/firestore-collections';
import { PermanentError, TransientError } from '../../../shared/errors';

/** Firestore client errors as the pipeline sees them: what to retry, what is final, what passes unchanged. */

const grpcError = (code: number, message: string) => Object.assign(new Error(`${code} ${message}`), { code });

describe('mapping Firestore client errors', () => {
  it.each([
    [10, 'ABORTED: Too much contention on these documents.'],
    [4, 'DEADLINE_EXCEEDED: Deadline exceeded'],
    [8, 'RESOURCE_EXHAUSTED: Quota exceeded.'],
    [14, 'UNAVAILABLE: Connection dropped'],
    // a transaction whose id the server no longer knows: the emulator after a cut connection, production after expiry
    [3, 'INVALID_ARGUMENT: Transaction is invalid or closed.'],
    [3, 'INVALID_ARGUMENT: The referenced transaction has expired.'],
  ])('retries code %i (%s) as STORE.UNAVAILABLE', (code, message) => {
    const mapped = mapFirestoreError(grpcError(code, message), 'commit postings');
    expect(mapped).toBeInstanceOf(TransientError);
    expect(mapped).toMatchObject({ code: 'STORE.UNAVAILABLE' });
    expect((mapped as Error).message).toContain('commit postings');
  });

  it('keeps any other INVALID_ARGUMENT as it is: a bad request is not made good by retrying', () => {
    const error = grpcError(3, 'INVALID_ARGUMENT: Value for argument "data" is not a valid Firestore document.');
    expect(mapFirestoreError(error, 'commit postings')).toBe(error);
  });

  it('reports a missing document as STORE.NOT_FOUND, final', () => {
    expect(mapFirestoreError(grpcError(5, 'NOT_FOUND: no entity'), 'update partner')).toBeInstanceOf(PermanentError);
  });

  it('passes an error without a gRPC code unchanged', () => {
    const error = new TypeError('x is not a function');
    expect(mapFirestoreError(error, 'read')).toBe(error);
  });
});

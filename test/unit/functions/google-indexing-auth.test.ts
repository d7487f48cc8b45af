import { googleIndexingTokenFromKey } from '../../../functions/lib/google-indexing-auth';

describe('Indexing API tokens from a service-account key', () => {
  it.each([
    ['text that is not JSON', 'not json', /not JSON/],
    ['JSON without the private key', JSON.stringify({ client_email: 'a@b.iam.gserviceaccount.com' }), /private_key/],
    ['an API key rather than a service-account key', JSON.stringify({ key: 'AIza123' }), /client_email/],
  ])('refuses %s with INDEXING.BAD_KEY before any request', async (_name, key, message) => {
    await expect(googleIndexingTokenFromKey()(key)).rejects.toMatchObject({
      code: 'INDEXING.BAD_KEY',
      message: expect.stringMatching(message),
    });
  });
});

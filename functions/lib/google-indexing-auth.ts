import { createHash } from 'node:crypto';
import { PermanentError } from '../../shared/errors';

/**
 * OAuth tokens for Google's Indexing API (scope `https://www.googleapis.com/auth/indexing`). By default from
 * Application Default Credentials: on Cloud Run the function's own service account, which the site's owner
 * adds as an owner in Search Console, so no key exists anywhere. An indexing partner whose `credentialsRef`
 * names a secret gets tokens signed with that service-account key instead (another project's account, a
 * site verified under another account). `google-auth-library` loads on first use; its clients cache and
 * refresh their tokens.
 */

const SCOPE = 'https://www.googleapis.com/auth/indexing';

type AuthLibrary = typeof import('google-auth-library');
const library = (): AuthLibrary => require('google-auth-library') as AuthLibrary;

/** Tokens from Application Default Credentials (the function's service account in the cloud). */
export function googleIndexingToken(): () => Promise<string | null> {
  let auth: InstanceType<AuthLibrary['GoogleAuth']> | null = null;
  return async () => {
    auth ??= new (library().GoogleAuth)({ scopes: [SCOPE] });
    return (await auth.getAccessToken()) ?? null;
  };
}

/** Tokens signed with a service-account key (the JSON Google issues); one client per distinct key. */
export function googleIndexingTokenFromKey(): (serviceAccountKey: string) => Promise<string | null> {
  const clients = new Map<string, InstanceType<AuthLibrary['JWT']>>();
  return async (serviceAccountKey) => {
    const id = createHash('sha256').update(serviceAccountKey).digest('hex');
    let client = clients.get(id);
    if (!client) {
      const { client_email: email, private_key: key } = parseKey(serviceAccountKey);
      client = new (library().JWT)({ email, key, scopes: [SCOPE] });
      clients.set(id, client);
    }
    return (await client.getAccessToken()).token ?? null;
  };
}

/** The two fields a token needs; anything else is a configuration error that names what is missing. */
function parseKey(text: string): { client_email: string; private_key: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PermanentError(
      'INDEXING.BAD_KEY',
      'the Indexing API credentials are not a service-account key (not JSON)',
      {
        cause: error,
      },
    );
  }
  const key = value as { client_email?: unknown; private_key?: unknown };
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string')
    throw new PermanentError(
      'INDEXING.BAD_KEY',
      'the Indexing API credentials are not a service-account key (client_email and private_key are required)',
    );
  return { client_email: key.client_email, private_key: key.private_key };
}

import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../shared/ids';
import type { ApiRequest, ApiResponse } from './api';
import { problemResponse } from './problem';

/**
 * API keys for HR tools and administrators (DESIGN §6: stored hashed). A key is presented as
 * `Authorization: Bearer <key>` or `X-Api-Key: <key>`; only its sha-256 is ever stored or compared, so a
 * leaked configuration leaks no key.
 */

export type ApiRole = 'admin' | 'hr';

/** Who is calling: the role and the configured name of the key (logged; the key never is). */
export interface ApiPrincipal {
  role: ApiRole;
  keyName: string;
}

/** Known key hashes → principal. */
export type ApiKeyRegistry = ReadonlyMap<string, ApiPrincipal>;

/** The sha-256 hex of a key, as stored. */
export const hashApiKey = (key: string): string => sha256Hex(key);

/** A new random key (192 bits), prefixed with its role so a leaked key is recognisable in scans. */
export const generateApiKey = (role: ApiRole | 'feed'): string => `jr_${role}_${randomBytes(24).toString('base64url')}`;

/** Builds the registry from the `{name: hash}` objects of each role. */
export function createApiKeyRegistry(hashes: Record<ApiRole, Record<string, string>>): ApiKeyRegistry {
  const registry = new Map<string, ApiPrincipal>();
  for (const role of ['hr', 'admin'] as const) {
    for (const [keyName, hash] of Object.entries(hashes[role])) registry.set(hash.toLowerCase(), { role, keyName });
  }
  return registry;
}

/** The key a request presents, if any. */
export function presentedKey(request: Pick<ApiRequest, 'headers'>): string | null {
  const authorization = request.headers['authorization'];
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  const key = bearer ?? request.headers['x-api-key']?.trim();
  return key ? key : null;
}

export type AuthResult = { ok: true; principal: ApiPrincipal } | { ok: false; response: ApiResponse };

const challenge = { 'www-authenticate': 'Bearer realm="jobrelay"' };

/**
 * Checks the request's key against the registry: none or an unknown one → 401 (the same answer for both, so
 * the API is no oracle for key names); a known key whose role may not do this → 403.
 */
export function authenticate(request: ApiRequest, registry: ApiKeyRegistry, allowed: readonly ApiRole[]): AuthResult {
  const key = presentedKey(request);
  if (!key) {
    return {
      ok: false,
      response: problemResponse('unauthenticated', 'send an API key as "Authorization: Bearer <key>"', {
        headers: challenge,
      }),
    };
  }
  const principal = registry.get(hashApiKey(key));
  if (!principal) {
    return {
      ok: false,
      response: problemResponse('unauthenticated', 'the API key is not valid', { headers: challenge }),
    };
  }
  if (!allowed.includes(principal.role)) {
    return {
      ok: false,
      response: problemResponse(
        'forbidden',
        `a ${principal.role} key may not do this; it needs one of: ${allowed.join(', ')}`,
      ),
    };
  }
  return { ok: true, principal };
}

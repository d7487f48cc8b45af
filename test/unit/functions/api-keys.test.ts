import {
  authenticate,
  createApiKeyRegistry,
  generateApiKey,
  hashApiKey,
  presentedKey,
} from '../../../functions/lib/api-keys';
import type { ApiRequest } from '../../../functions/lib/api';

const hrKey = generateApiKey('hr');
const adminKey = generateApiKey('admin');
const registry = createApiKeyRegistry({
  hr: { 'recruiting-tool': hashApiKey(hrKey) },
  admin: { ops: hashApiKey(adminKey) },
});
const requestWith = (headers: Record<string, string>): ApiRequest => ({
  method: 'POST',
  path: '/postings',
  query: new URLSearchParams(),
  headers,
  rawBody: Buffer.alloc(0),
  parsedBody: undefined,
});

describe('API keys', () => {
  it.each([
    [{ authorization: `Bearer ${hrKey}` }, hrKey],
    [{ authorization: `bearer   ${hrKey} ` }, hrKey],
    [{ 'x-api-key': hrKey }, hrKey],
    [{ authorization: 'Basic abc' }, null],
    [{}, null],
  ])('reads the presented key from %j', (headers, expected) => {
    expect(presentedKey(requestWith(headers))).toBe(expected);
  });

  it.each([
    ['no key', {}, ['hr'], 401],
    ['an unknown key', { authorization: 'Bearer jr_hr_nope' }, ['hr'], 401],
    ['an HR key where admin is needed', { authorization: `Bearer ${hrKey}` }, ['admin'], 403],
  ] as const)('refuses %s with %i', (_name, headers, roles, status) => {
    const result = authenticate(requestWith(headers), registry, roles);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(status);
  });

  it('accepts a known key and names its principal, never the key', () => {
    const result = authenticate(requestWith({ 'x-api-key': adminKey }), registry, ['hr', 'admin']);
    expect(result).toEqual({ ok: true, principal: { role: 'admin', keyName: 'ops' } });
  });

  it('stores only the hash: the registry holds no key material', () => {
    expect(JSON.stringify([...registry.entries()])).not.toContain(hrKey);
  });
});

import {
  detectScheme,
  signWebhook,
  verifySignature,
  type SignatureScheme,
} from '../../../functions/lib/webhook-signatures';

const SECRET_BY_SCHEME: Record<SignatureScheme, string> = {
  'standard-webhooks': 'whsec_' + Buffer.from('a very secret key of 32 bytes!!!').toString('base64'),
  github: 'github-shared-secret',
  stripe: 'whsec_stripe_endpoint_secret',
};
// the standardwebhooks library checks timestamps against the real clock
const NOW = Math.floor(Date.now() / 1000);
const body = Buffer.from('{"id":"job-1","title":"Engineer"}');
const schemes = Object.keys(SECRET_BY_SCHEME) as SignatureScheme[];
const verify = (scheme: SignatureScheme, headers: Record<string, string>, raw = body, now = NOW) =>
  verifySignature(raw, headers, { secret: SECRET_BY_SCHEME[scheme], nowSeconds: now, toleranceSeconds: 300 });

describe('inbound webhook signatures', () => {
  it.each(schemes)('accepts a %s signature made with the shared secret', (scheme) => {
    const headers = signWebhook(scheme, SECRET_BY_SCHEME[scheme], body, { id: 'msg_1', timestampSeconds: NOW });
    expect(detectScheme(headers)).toBe(scheme);
    const result = verify(scheme, headers);
    expect(result).toMatchObject({ ok: true, delivery: { scheme } });
  });

  it.each(schemes)('refuses a %s signature over different bytes', (scheme) => {
    const headers = signWebhook(scheme, SECRET_BY_SCHEME[scheme], body, { id: 'msg_1', timestampSeconds: NOW });
    const tampered = Buffer.from(body.toString().replace('Engineer', 'Engineers'));
    expect(verify(scheme, headers, tampered).ok).toBe(false);
  });

  it.each(schemes)('refuses a %s signature made with another secret', (scheme) => {
    const other = scheme === 'standard-webhooks' ? 'whsec_' + Buffer.from('another key').toString('base64') : 'other';
    const headers = signWebhook(scheme, other, body, { id: 'msg_1', timestampSeconds: NOW });
    expect(verify(scheme, headers).ok).toBe(false);
  });

  it.each(['standard-webhooks', 'stripe'] as const)('refuses a %s delivery replayed after the tolerance', (scheme) => {
    const headers = signWebhook(scheme, SECRET_BY_SCHEME[scheme], body, { id: 'msg_1', timestampSeconds: NOW - 301 });
    const result = verify(scheme, headers);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/300 s/);
  });

  it('gives the same replay key to a replay of the same delivery and another to a new one', () => {
    for (const scheme of schemes) {
      const first = signWebhook(scheme, SECRET_BY_SCHEME[scheme], body, { id: 'msg_1', timestampSeconds: NOW });
      const again = verify(scheme, first);
      const replay = verify(scheme, { ...first });
      const next = verify(
        scheme,
        signWebhook(scheme, SECRET_BY_SCHEME[scheme], body, { id: 'msg_2', timestampSeconds: NOW + 1 }),
      );
      expect(again.ok && replay.ok && next.ok).toBe(true);
      if (again.ok && replay.ok && next.ok) {
        expect(replay.delivery.deliveryId).toBe(again.delivery.deliveryId);
        expect(next.delivery.deliveryId).not.toBe(again.delivery.deliveryId);
      }
    }
  });

  it.each([
    [{}, /no signature header/],
    [{ 'webhook-signature': 'v1,abc' }, /webhook-id and webhook-timestamp/],
    [{ 'x-hub-signature-256': 'sha1=abc' }, /sha256=/],
    [{ 'stripe-signature': 'v1=abc' }, /t=<unix seconds>/],
  ])('explains what is wrong with malformed signature headers %j', (headers, reason) => {
    const result = verify('github', headers as Record<string, string>);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

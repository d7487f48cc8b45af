import type { StoredSource } from '../../shared/schema/source';
import type { ApiRequest, ApiResponse, InvocationContext } from './api';
import { authenticate, type ApiPrincipal, type ApiRole } from './api-keys';
import { problemResponse } from './problem';
import type { Runtime } from './runtime';
import { detectScheme, verifySignature, type VerifiedDelivery } from './webhook-signatures';

/** Who sent a submission: an HR tool with an API key, or an ATS webhook signed for one source. */
export type Caller =
  { kind: 'api-key'; principal: ApiPrincipal } | { kind: 'webhook'; source: StoredSource; delivery: VerifiedDelivery };

export type CallerResult = { ok: true; caller: Caller } | { ok: false; response: ApiResponse };

/** Where replay markers of inbound webhooks live: one namespace per source. */
export const webhookConsumer = (sourceId: string): string => `webhook:${sourceId}`;

/**
 * Authenticates a request to an endpoint that takes submissions: a request carrying a webhook signature
 * header must name its source (`?source=`) and verify with that source's secret; any other request needs
 * an API key of one of `roles`. Nothing is written here: replay markers are claimed by the caller once the
 * body is known to be valid.
 */
export async function authenticateCaller(
  request: ApiRequest,
  runtime: Runtime,
  roles: readonly ApiRole[],
  context: InvocationContext,
): Promise<CallerResult> {
  if (detectScheme(request.headers) === null) {
    const auth = authenticate(request, runtime.apiKeys, roles);
    return auth.ok ? { ok: true, caller: { kind: 'api-key', principal: auth.principal } } : auth;
  }
  const sourceId = request.query.get('source');
  if (!sourceId) {
    return {
      ok: false,
      response: problemResponse(
        'invalid-signature',
        'a signed webhook must name its source: POST /postings?source={sourceId}',
      ),
    };
  }
  const source = await runtime.store.getSource(sourceId);
  if (!source) return { ok: false, response: problemResponse('not-found', `source "${sourceId}" is not configured`) };
  const secretRef = source.config.webhookSecretRef;
  const secret = secretRef ? await runtime.secrets.get(secretRef) : null;
  if (!secret) {
    if (secretRef) context.logger.error('the webhook secret of a source does not resolve', { sourceId, secretRef });
    return {
      ok: false,
      response: problemResponse('forbidden', `source "${sourceId}" has no webhook secret configured`),
    };
  }
  const check = verifySignature(request.rawBody, request.headers, {
    secret,
    nowSeconds: Math.floor(runtime.clock.now().getTime() / 1000),
    toleranceSeconds: runtime.settings.JOBRELAY_WEBHOOK_TOLERANCE_SECONDS,
  });
  if (!check.ok) return { ok: false, response: problemResponse('invalid-signature', check.reason) };
  return { ok: true, caller: { kind: 'webhook', source, delivery: check.delivery } };
}

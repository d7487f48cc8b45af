import { Webhook } from 'standardwebhooks';
import { TransientError } from '../../../shared/errors';
import type { HttpFetcher, HttpRequest, HttpResponse } from '../../../shared/ports/http-fetcher.port';
import { parseRetryAfter, sendWebhook } from '../../../shared/pipeline/webhook-sender';
import { createInstantClock } from '../../support/instant-clock';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

type Answer = { status: number; headers?: Record<string, string>; body?: string } | Error;

/** A fetcher that answers from a script and keeps the requests (unit tests only). */
function scriptedFetcher(answers: Answer[]): HttpFetcher & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    fetch: async (request) => {
      requests.push(request);
      const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!;
      if (answer instanceof Error) throw answer;
      const body = Buffer.from(answer.body ?? '');
      return {
        status: answer.status,
        url: request.url,
        headers: answer.headers ?? {},
        body,
        notModified: false,
        validators: { etag: null, lastModified: null },
        attempts: 1,
        text: () => body.toString(),
      } satisfies HttpResponse;
    },
  };
}

const request = {
  url: 'https://partner.example/hook',
  secret: SECRET,
  msgId: 'msg_1',
  body: '{"type":"posting.published"}',
  timeoutMs: 5_000,
};
const plan = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 10_000, random: () => 1 };

describe('sending a webhook', () => {
  it.each([
    ['a 2xx is delivered', [{ status: 204 }], 'delivered', 1],
    ['a 500 then a 200 is delivered on the second attempt', [{ status: 500 }, { status: 200 }], 'delivered', 2],
    ['a 400 is a rejection, not retried', [{ status: 400, body: 'salary missing' }], 'rejected', 1],
    ['a 410 says the endpoint is gone', [{ status: 410 }], 'gone', 1],
    [
      'a redirect is a failure, never followed',
      [{ status: 301, headers: { location: 'https://elsewhere.example' } }],
      'redirected',
      1,
    ],
    ['a timeout is retried', [new TransientError('FETCH.TIMEOUT', 'timed out'), { status: 200 }], 'delivered', 2],
  ])('%s', async (_name, answers, kind, attempts) => {
    const fetcher = scriptedFetcher(answers);
    const result = await sendWebhook(fetcher, createInstantClock(), request, plan);
    expect(result.result.kind).toBe(kind);
    expect(result.attempts).toBe(attempts);
    for (const sent of fetcher.requests)
      expect(sent).toMatchObject({ redirect: 'manual', robots: false, retry: false, method: 'POST' });
  });

  it('names where a redirect pointed, made absolute, without following it', async () => {
    const fetcher = scriptedFetcher([{ status: 308, headers: { location: '/v2/hook?x=1' } }]);
    const { result } = await sendWebhook(fetcher, createInstantClock(), request, plan);
    expect(result).toEqual({ kind: 'redirected', status: 308, location: 'https://partner.example/v2/hook?x=1' });
    expect(fetcher.requests.map((r) => r.url)).toEqual([request.url]);
  });

  it('keeps the partner answer of a rejection', async () => {
    const { result } = await sendWebhook(
      scriptedFetcher([{ status: 422, body: '{"error":"title too long"}' }]),
      createInstantClock(),
      request,
      plan,
    );
    expect(result).toEqual({ kind: 'rejected', status: 422, answer: '{"error":"title too long"}' });
  });

  it("waits the partner's Retry-After on a 429, and backs off exponentially otherwise", async () => {
    const clock = createInstantClock();
    await sendWebhook(
      scriptedFetcher([{ status: 429, headers: { 'retry-after': '2' } }, { status: 503 }, { status: 200 }]),
      clock,
      request,
      plan,
    );
    expect(clock.sleeps).toEqual([2_000, 200]);
  });

  it('leaves a long Retry-After to Pub/Sub instead of waiting in-process', async () => {
    const clock = createInstantClock();
    const { result, attempts } = await sendWebhook(
      scriptedFetcher([{ status: 429, headers: { 'retry-after': '120' } }]),
      clock,
      request,
      plan,
    );
    expect(result).toMatchObject({ kind: 'retryable', retryAfterMs: 120_000 });
    expect(attempts).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('signs every attempt verifiably, with the same webhook-id', async () => {
    const clock = createInstantClock();
    const fetcher = scriptedFetcher([{ status: 500 }, { status: 200 }]);
    await sendWebhook(fetcher, clock, request, plan);
    expect(fetcher.requests.map((r) => r.headers?.['webhook-id'])).toEqual(['msg_1', 'msg_1']);
    for (const sent of fetcher.requests) {
      const headers = sent.headers!;
      expect(headers['webhook-signature']).toMatch(/^v1,/);
      const expected = new Webhook(SECRET).sign(
        'msg_1',
        new Date(Number(headers['webhook-timestamp']) * 1000),
        request.body,
      );
      expect(headers['webhook-signature']).toBe(expected);
    }
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-03-01T09:00:00Z');
  it.each([
    ['seconds', '30', 30_000],
    ['an HTTP date', 'Sun, 01 Mar 2026 09:01:00 GMT', 60_000],
    ['a date in the past', 'Sun, 01 Mar 2026 08:00:00 GMT', 0],
    ['nonsense', 'soon', null],
    ['nothing', undefined, null],
  ])('%s', (_name, value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

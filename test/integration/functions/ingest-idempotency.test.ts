import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { createTestRuntime, type TestRuntime } from '../../support/function-runtime';

/**
 * `POST /postings` with an `Idempotency-Key`: a client whose reply was lost (the posting was stored, the
 * answer never arrived) sends the same request again and hears what the first attempt did.
 */

jest.setTimeout(60_000);

let t: TestRuntime;
beforeAll(() => {
  t = createTestRuntime();
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
});
afterAll(() => t.close());

const submission = (externalId: string, title: string) => ({
  type: 'document',
  format: 'markdown',
  externalId,
  company: 'Acme Corp',
  content: `# ${title}\n\nLocation: Berlin, Germany\n\nWe keep postings safe when replies get lost on the way back.\n`,
});

async function submit(body: object, key?: string, apiKey = t.hrKey) {
  let call = request(getTestServer('ingestPosting')).post('/postings').set('authorization', `Bearer ${apiKey}`);
  if (key !== undefined) call = call.set('idempotency-key', key);
  const res = await call.type('json').send(body);
  const result = res.body?.results?.[0] as { status: string; version: number; changedFields: string[] } | undefined;
  return { status: res.status, answer: result ? `${result.status} v${result.version}` : `http ${res.status}`, result };
}

describe('POST /postings with an Idempotency-Key', () => {
  it('answers a repeated request as the first attempt: created, not unchanged', async () => {
    const body = submission('idem-1', 'Retry Engineer');
    expect((await submit(body, 'create-idem-1')).answer).toBe('created v1');
    expect((await submit(body, 'create-idem-1')).answer).toBe('created v1');
    // the same content from another request, with another key or none, changed nothing
    expect((await submit(body, 'another-request')).answer).toBe('unchanged v1');
    expect((await submit(body)).answer).toBe('unchanged v1');
    // another caller's key of the same spelling is another request
    expect((await submit(body, 'create-idem-1', t.adminKey)).answer).toBe('unchanged v1');
  });

  it('answers a repeated update as the update it made, until the posting changes again', async () => {
    await submit(submission('idem-2', 'Update Engineer'), 'create-idem-2');
    const edit = submission('idem-2', 'Senior Update Engineer');
    const first = await submit(edit, 'edit-idem-2');
    expect(first.answer).toBe('updated v2');
    const again = await submit(edit, 'edit-idem-2');
    expect(again.answer).toBe('updated v2');
    expect(again.result?.changedFields).toEqual(first.result?.changedFields);
    await submit(submission('idem-2', 'Principal Update Engineer'), 'edit-idem-2-again');
    // an old request repeated after the posting moved on is a change of its own, never its old answer
    expect((await submit(edit, 'edit-idem-2')).answer).toBe('updated v4');
  });

  it('tells exactly one of three racing clients, each retrying with its key, that it created the posting', async () => {
    const body = submission('idem-3', 'Race Engineer');
    const keys = ['client-a', 'client-b', 'client-c'];
    const firsts = await Promise.all(keys.map((key) => submit(body, key)));
    const retries = await Promise.all(keys.map((key) => submit(body, key)));
    expect(firsts.filter((r) => r.answer === 'created v1')).toHaveLength(1);
    expect(retries.map((r) => r.answer)).toEqual(firsts.map((r) => r.answer));
  });

  it('refuses a malformed key with 400 and stores nothing', async () => {
    const res = await submit(submission('idem-4', 'Bad Key Engineer'), 'x'.repeat(256));
    expect(res.status).toBe(400);
    // nothing was stored: the first valid submission creates it
    expect((await submit(submission('idem-4', 'Bad Key Engineer'))).answer).toBe('created v1');
  });
});

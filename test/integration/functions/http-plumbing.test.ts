import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { z } from 'zod';
import { createCloudLogger } from '../../../shared/adapters/logging/cloud-logger';
import { TransientError } from '../../../shared/errors';
import { jsonResponse } from '../../../functions/lib/api';
import { parseJsonBody } from '../../../functions/lib/body';
import { installFrameworkGuard } from '../../../functions/lib/framework-guard';
import { toHttpFunction } from '../../../functions/lib/http-adapter';
import { createRouter } from '../../../functions/lib/router';

// a shared, busy machine can make the first normalisation slow: generous limits, never timed assertions
jest.setTimeout(60_000);

const LIMIT = 4096;
const lines: Record<string, unknown>[] = [];
const logger = createCloudLogger({ level: 'DEBUG', write: (line) => lines.push(JSON.parse(line)) });
const deps = { logger: () => logger, maxBodyBytes: () => LIMIT, project: () => 'demo-jobrelay' };
installFrameworkGuard(deps);

/** How often the /things handler ran: a body the guard refused must never reach it. */
let thingsHandled = 0;

const Thing = z.object({ name: z.string().min(1), tags: z.array(z.string()).max(2) });

async function* chunks(count: number) {
  for (let i = 0; i < count; i += 1) yield `line ${i}\n`;
}

http(
  'plumbing',
  toHttpFunction(
    'plumbing',
    createRouter([
      {
        methods: ['POST'],
        path: '/things',
        handle: async (req, context) => {
          thingsHandled += 1;
          const body = parseJsonBody(req, Thing);
          if (!body.ok) return body.response;
          context.note({ thing: body.value.name });
          return jsonResponse(201, body.value);
        },
      },
      { methods: ['GET'], path: '/stream', handle: async () => ({ status: 200, body: chunks(1000) }) },
      {
        methods: ['GET'],
        path: '/boom',
        handle: async () => {
          throw new Error('secret internals /etc/passwd');
        },
      },
      {
        methods: ['GET'],
        path: '/busy',
        handle: async () => {
          throw new TransientError('STORE.CONTENTION', 'busy', { retryAfterMs: 2_000 });
        },
      },
      { methods: ['GET'], path: /^\/items\/([a-z]+)$/, handle: async (_r, _c, [id]) => jsonResponse(200, { id }) },
    ]),
    deps,
  ),
);

const server = () => getTestServer('plumbing');
const isProblem = (res: request.Response) => expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);

beforeEach(() => {
  lines.length = 0;
});

describe('the HTTP plumbing every function shares', () => {
  it('answers a valid body and logs one summary line with the handler notes', async () => {
    const res = await request(server()).post('/things').send({ name: 'a', tags: [] });
    expect(res.status).toBe(201);
    const summaries = lines.filter((l) => (l.httpRequest as { status?: number } | undefined)?.status === 201);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ severity: 'INFO', function: 'plumbing', thing: 'a' });
  });

  it.each([
    ['{"name": "a",', 'application/json'],
    ['"just a string"', 'application/json'],
    ['{bad', 'application/json; charset=utf-8'],
  ])('answers invalid JSON %j with a 400 problem and no stack trace', async (body, type) => {
    const res = await request(server()).post('/things').set('content-type', type).send(body);
    expect(res.status).toBe(400);
    isProblem(res);
    expect(res.body).toMatchObject({ status: 400, code: 'invalid-json' });
    expect(res.text).not.toMatch(/at JSON\.parse|node_modules/);
  });

  it('answers a body that fails the schema with 422 and every failing path', async () => {
    const res = await request(server())
      .post('/things')
      .send({ name: '', tags: ['a', 'b', 'c'], extra: 1 });
    expect(res.status).toBe(422);
    isProblem(res);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'tags']);
  });

  it('refuses a declared oversize body with 413 before reading it', async () => {
    const res = await request(server())
      .post('/things')
      .set('content-type', 'application/json')
      .send('x'.repeat(LIMIT + 1));
    expect(res.status).toBe(413);
    isProblem(res);
    expect(res.body.code).toBe('payload-too-large');
  });

  it('refuses an oversize body sent without a Content-Length with 413', async () => {
    const handledBefore = thingsHandled;
    const srv = server().listen(0, '127.0.0.1');
    await new Promise((resolve) => srv.once('listening', resolve));
    const { port } = srv.address() as { port: number };
    try {
      const body = Buffer.from(JSON.stringify({ name: 'x'.repeat(LIMIT * 2), tags: [] }));
      const res = await fetch(`http://127.0.0.1:${port}/things`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(body);
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { code: string }).code).toBe('payload-too-large');
    } finally {
      await new Promise((resolve) => srv.close(resolve));
    }
    // the framework's parser sees the truncated body end; the function must not run on it after the 413
    await new Promise((resolve) => setImmediate(resolve));
    expect(thingsHandled).toBe(handledBefore);
  });

  it('turns an unexpected throw into a 500 problem that names no internals', async () => {
    const res = await request(server()).get('/boom');
    expect(res.status).toBe(500);
    isProblem(res);
    expect(res.text).not.toContain('passwd');
    expect(lines.some((l) => l.severity === 'ERROR' && l.message === 'unexpected failure')).toBe(true);
  });

  it('turns a transient failure into 503 with Retry-After', async () => {
    const res = await request(server()).get('/busy');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
  });

  it('streams a body chunk by chunk', async () => {
    const res = await request(server()).get('/stream');
    expect(res.status).toBe(200);
    expect(res.text.split('\n')).toHaveLength(1001);
  });

  it.each([
    ['GET', '/nowhere', 404],
    ['DELETE', '/things', 405],
    ['GET', '/items/%E0%A4%A', 400],
  ])('answers %s %s with a %i problem', async (method, path, status) => {
    const res = await request(server())[method.toLowerCase() as 'get' | 'delete'](path);
    expect(res.status).toBe(status);
    isProblem(res);
  });

  it('passes path parameters to the handler', async () => {
    const res = await request(server()).get('/items/abc');
    expect(res.body).toEqual({ id: 'abc' });
  });

  it('links the summary line to the Cloud Trace of the request', async () => {
    await request(server()).get('/items/abc').set('x-cloud-trace-context', '0af7651916cd43dd8448eb211c80319c/1;o=1');
    expect(lines.at(-1)).toMatchObject({
      'logging.googleapis.com/trace': 'projects/demo-jobrelay/traces/0af7651916cd43dd8448eb211c80319c',
    });
  });

  const executionLabel = () =>
    (lines.at(-1)?.['logging.googleapis.com/labels'] as { execution_id?: string } | undefined)?.execution_id;

  it("labels the summary line with the invocation's execution id", async () => {
    await request(server()).get('/items/abc').set('function-execution-id', 'a1b2c3d4e5f6');
    expect(executionLabel()).toBe('a1b2c3d4e5f6');
  });

  it.each([
    ['too long', 'x'.repeat(129)],
    ['with spaces', 'exec id'],
  ])('leaves an execution id %s out of the log line', async (_case, id) => {
    await request(server()).get('/items/abc').set('function-execution-id', id);
    expect(lines.at(-1)?.httpRequest).toBeDefined();
    expect(executionLabel()).toBeUndefined();
  });
});

import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { createCloudLogger } from '../../../shared/adapters/logging/cloud-logger';
import { jsonResponse } from '../../../functions/lib/api';
import { installFrameworkGuard } from '../../../functions/lib/framework-guard';
import { toHttpFunction } from '../../../functions/lib/http-adapter';

/**
 * A body sent chunked (no Content-Length) must meet the same limit as a declared one, before the
 * framework has read it all: the Functions Framework's own parsers accept up to 1 GiB.
 */

jest.setTimeout(60_000);
const LIMIT = 64 * 1024;
const logger = createCloudLogger({ level: 'ERROR', write: () => undefined });
const deps = { logger: () => logger, maxBodyBytes: () => LIMIT };
installFrameworkGuard(deps);
let invoked = 0;
http(
  'chunkedLimit',
  toHttpFunction(
    'chunkedLimit',
    async () => {
      invoked += 1;
      return jsonResponse(200, { ok: true });
    },
    deps,
  ),
);

/**
 * Sends `chunks` chunks of `size` bytes without a Content-Length and, when `keepOpen`, never ends the
 * body: a server that waits for the whole body never answers. Resolves with the status, or 'no answer'.
 */
function sendChunked(port: number, opts: { chunks: number; size: number; keepOpen: boolean; type?: string }) {
  return new Promise<{ status: number | 'no answer'; body: string; sent: number }>((resolve) => {
    let sent = 0;
    // assigned once the request exists; its response handler (declared first) clears it
    // eslint-disable-next-line prefer-const
    let timer: NodeJS.Timeout;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        headers: { 'content-type': opts.type ?? 'application/json', 'transfer-encoding': 'chunked' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          clearTimeout(timer);
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, sent });
        });
      },
    );
    req.on('error', () => undefined);
    // the deadline bounds the wait: a server that buffers the whole body would hang here forever
    timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 'no answer', body: '', sent });
    }, 15_000);
    const chunk = Buffer.alloc(opts.size, 'a');
    const pump = () => {
      while (sent < opts.chunks) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!opts.keepOpen) req.end();
    };
    pump();
  });
}

describe('the body limit on chunked requests', () => {
  let server: ReturnType<typeof getTestServer>;
  let port: number;
  beforeAll(async () => {
    server = getTestServer('chunkedLimit');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    invoked = 0;
  });

  it.each(['application/json', 'text/plain', 'application/octet-stream'])(
    'answers 413 to a %s body that passes the limit without a Content-Length, before the body ends',
    async (type) => {
      const res = await sendChunked(port, { chunks: 8, size: LIMIT / 4, keepOpen: true, type });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'payload-too-large' });
      expect(invoked).toBe(0);
    },
  );

  it('stops reading a huge chunked body instead of buffering it', async () => {
    const res = await sendChunked(port, { chunks: 2_000, size: 64 * 1024, keepOpen: false });
    expect(res.status).toBe(413);
    // the connection was cut long before the 125 MiB were sent
    expect(res.sent).toBeLessThan(2_000);
    expect(invoked).toBe(0);
  });

  it('still serves a chunked body within the limit', async () => {
    const res = await sendChunked(port, { chunks: 1, size: 0, keepOpen: false });
    expect(res.status).not.toBe(413);
    const small = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(Buffer.from('{"a":1}'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(small.status).toBe(200);
  });
});

import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpFetcher, type ClosableHttpFetcher } from '../../../shared/adapters/http/http-fetcher';
import { createInstantClock } from '../../support/instant-clock';

/**
 * The SSRF guard against the spellings of internal addresses that URL parsers and resolvers accept: decimal,
 * octal, hex and short IPv4 forms, IPv4-mapped and IPv4-compatible IPv6, unspecified addresses, trailing dots,
 * and a real DNS name (localhost, from /etc/hosts) that resolves to loopback. A listener on loopback counts
 * connections: none may be made. No allow list: this is the production configuration.
 */

jest.setTimeout(60_000);
let listener: Server;
let port: number;
let connections = 0;
let fetcher: ClosableHttpFetcher;

beforeAll(async () => {
  listener = createServer((socket) => {
    connections += 1;
    socket.end('HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nsecret');
  });
  await new Promise<void>((resolve) => listener.listen(0, '0.0.0.0', resolve));
  port = (listener.address() as AddressInfo).port;
  fetcher = createHttpFetcher({
    userAgent: 'Jobrelay/0.1 (+https://jobrelay.example/contact)',
    clock: createInstantClock(),
    timeoutMs: 2_000,
    retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
  });
});
afterAll(async () => {
  await fetcher.close();
  await new Promise((resolve) => listener.close(resolve));
});

describe('the fetcher refuses every spelling of an internal address', () => {
  it.each([
    ['decimal loopback', (p: number) => `http://2130706433:${p}/`],
    ['octal loopback', (p: number) => `http://0177.0.0.1:${p}/`],
    ['hex loopback', (p: number) => `http://0x7f.0x0.0x0.0x1:${p}/`],
    ['short loopback', (p: number) => `http://127.1:${p}/`],
    ['decimal metadata address', () => 'http://2852039166/computeMetadata/v1/'],
    ['unspecified IPv4', (p: number) => `http://0.0.0.0:${p}/`],
    ['unspecified IPv6', (p: number) => `http://[::]:${p}/`],
    ['IPv4-mapped loopback', (p: number) => `http://[::ffff:127.0.0.1]:${p}/`],
    ['IPv4-mapped loopback in hex', (p: number) => `http://[::ffff:7f00:1]:${p}/`],
    ['IPv4-compatible loopback', (p: number) => `http://[::127.0.0.1]:${p}/`],
    ['localhost with a trailing dot', (p: number) => `http://localhost.:${p}/`],
    ['a DNS name resolving to loopback (localhost)', (p: number) => `http://localhost:${p}/`],
    ['the metadata name with a trailing dot', () => 'http://metadata.google.internal./computeMetadata/v1/'],
    ['the metadata name in capitals', () => 'http://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/'],
    ['a private 10/8 address', () => 'http://10.0.0.1/'],
    ['a private 192.168/16 address', () => 'http://192.168.0.1/'],
    ['carrier-grade NAT', () => 'http://100.64.0.1/'],
    ['user-info that hides the host', (p: number) => `http://example.com@127.0.0.1:${p}/`],
  ])('%s', async (_name, url) => {
    const before = connections;
    const outcome = await fetcher.fetch({ url: url(port) }).then(
      () => 'fetched',
      (error: { code?: string }) => error.code ?? 'error',
    );
    expect(outcome).not.toBe('fetched');
    expect(connections).toBe(before);
  });
});

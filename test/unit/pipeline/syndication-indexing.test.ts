import type { HttpResponse } from '../../../shared/ports/http-fetcher.port';
import { batchBody, parseBatchResponse } from '../../../shared/pipeline/indexing-client';
import { hashApiKey, sameDigest } from '../../../shared/pipeline/feed-access';

const response = (status: number, body: string, contentType: string): HttpResponse => ({
  status,
  url: 'https://indexing.example/batch',
  headers: { 'content-type': contentType },
  body: Buffer.from(body),
  notModified: false,
  validators: { etag: null, lastModified: null },
  attempts: 1,
  text: () => body,
});

describe('Indexing API batches', () => {
  it('write one application/http part per notification', () => {
    const body = batchBody(
      [
        { url: 'https://jobs.example/jobs/a', type: 'URL_UPDATED' },
        { url: 'https://jobs.example/jobs/b', type: 'URL_DELETED' },
      ],
      '/v3',
      'B',
    );
    expect(body.match(/--B\r\n/g)).toHaveLength(2);
    expect(body).toContain('Content-ID: <item1>');
    expect(body).toContain('POST /v3/urlNotifications:publish');
    expect(body).toContain('{"url":"https://jobs.example/jobs/b","type":"URL_DELETED"}');
    expect(body.endsWith('--B--\r\n')).toBe(true);
  });

  it('read one result per part, matched by Content-ID', () => {
    const part = (i: number, status: string, json: string) =>
      `--R\r\nContent-Type: application/http\r\nContent-ID: <response-item${i}>\r\n\r\nHTTP/1.1 ${status}\r\nContent-Type: application/json\r\n\r\n${json}\r\n`;
    const body =
      part(1, '403 Forbidden', '{"error":{"message":"Permission denied"}}') +
      part(0, '200 OK', '{}') +
      part(2, '429 Too Many Requests', '{}') +
      '--R--';
    const results = parseBatchResponse(response(200, body, 'multipart/mixed; boundary=R'), 3, new Date());
    expect(results[0]).toEqual({ kind: 'delivered' });
    expect(results[1]).toMatchObject({
      kind: 'rejected',
      status: 403,
      answer: expect.stringContaining('Permission denied'),
    });
    expect(results[2]).toMatchObject({ kind: 'retryable' });
  });

  it('a failed batch request fails every notification the same way', () => {
    expect(parseBatchResponse(response(503, '', 'text/plain'), 2, new Date()).map((r) => r.kind)).toEqual([
      'retryable',
      'retryable',
    ]);
  });
});

describe('feed API keys', () => {
  it('compare by hash, and refuse anything that is not the same key', () => {
    const stored = hashApiKey('k-123');
    expect(sameDigest(hashApiKey('k-123'), stored)).toBe(true);
    expect(sameDigest(hashApiKey('k-124'), stored)).toBe(false);
    expect(sameDigest('', stored)).toBe(false);
    expect(sameDigest('zz', stored)).toBe(false);
  });
});

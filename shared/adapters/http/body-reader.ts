import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { PermanentError } from '../../errors';

/** A `FETCH.TOO_LARGE` error: the body is bigger than the caller allowed. */
export class TooLargeError extends PermanentError {
  constructor(url: string, maxBytes: number, declared: number | null) {
    super('FETCH.TOO_LARGE', `response from ${url} exceeds ${maxBytes} bytes`, {
      details: { url, maxBytes, declared },
    });
  }
}

/**
 * Reads a response body chunk by chunk and stops at `maxBytes`: past the cap the stream is destroyed (the
 * connection is dropped, the rest is never downloaded) and `TooLargeError` is thrown, or, with `truncate`,
 * the first `maxBytes` are returned (robots.txt: RFC 9309 lets a crawler parse only the first 500 KiB).
 */
export async function readCappedBody(
  body: Readable,
  options: { url: string; maxBytes: number; truncate?: boolean },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  body.on('error', () => undefined);
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = options.maxBytes - size;
    if (chunk.length > room) {
      body.destroy();
      if (!options.truncate) throw new TooLargeError(options.url, options.maxBytes, null);
      chunks.push(chunk.subarray(0, room));
      size += room;
      break;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(chunks, size);
}

/**
 * Decodes a body to text: the `Content-Type` charset, else an HTML `<meta charset>` in the first KiB,
 * else UTF-8 (a BOM wins over all). Unknown labels fall back to UTF-8 rather than failing.
 */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const label = charsetOf(contentType) ?? sniffMetaCharset(body) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(body);
}

const charsetOf = (contentType: string | undefined): string | null =>
  /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ?? null;

const sniffMetaCharset = (body: Buffer): string | null =>
  /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 1024).toString('latin1'))?.[1] ?? null;

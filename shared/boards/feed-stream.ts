/**
 * Feed writers yield many small strings; a transport wants fewer, larger writes. This groups them into
 * chunks of about `minChars` without holding more than one chunk: memory stays flat however many postings.
 */
export async function* inChunks(
  parts: AsyncIterable<string> | Iterable<string>,
  minChars = 64 * 1024,
): AsyncIterable<string> {
  let buffer = '';
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= minChars) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** Collects a stream into one string: for tests and small outputs (never for a whole feed in production). */
export async function collectText(parts: AsyncIterable<string> | Iterable<string>): Promise<string> {
  let out = '';
  for await (const part of parts) out += part;
  return out;
}

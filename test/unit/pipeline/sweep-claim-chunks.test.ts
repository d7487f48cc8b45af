import { CLAIM_CHUNK, claimChunks } from '../../../shared/pipeline/sweep-pass';

/** How a page's claims are split into claim transactions: as many as run at once, none over `CLAIM_CHUNK`. */

const sizes = (n: number, chunks: number) =>
  claimChunks(
    Array.from({ length: n }, (_, i) => i),
    chunks,
  ).map((c) => c.part.length);

describe('claimChunks', () => {
  it.each([
    ['a page of 200 over 16 at once: 16 chunks of 13 or fewer', 200, 16, [...Array(15).fill(13), 5]],
    ['fewer pairs than at once: one pair each', 3, 16, [1, 1, 1]],
    ['one at a time: the whole page in one chunk', 40, 1, [40]],
    ['one chunk per pair (no batch write): one pair each', 4, 4, [1, 1, 1, 1]],
    ['a page far larger than the cap: chunks of at most CLAIM_CHUNK', 250, 1, [CLAIM_CHUNK, CLAIM_CHUNK, 50]],
    ['an empty page: no chunk', 0, 16, []],
  ])('%s', (_case, n, chunks, expected) => {
    expect(sizes(n, chunks)).toEqual(expected);
  });

  it('keeps every plan once, in order, with where its chunk starts', () => {
    const plans = Array.from({ length: 37 }, (_, i) => `p${i}`);
    const chunks = claimChunks(plans, 5);
    expect(chunks.flatMap((c) => c.part)).toEqual(plans);
    for (const { start, part } of chunks) expect(plans[start]).toBe(part[0]);
  });
});

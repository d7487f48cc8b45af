'use strict';
/* global test, expect */
// A test file run by test/integration/tooling/jest-worker-exit.test.ts: its worker ends holding a V8 heap the
// size a worker holds at the end of the unit project (550–640 MB). Freeing it at exit costs what its pages cost,
// so it is filled quickly with 64 KB arrays of doubles (regular old-space pages, as the suite's objects fill,
// not large-object space), kept referenced so that no collection shrinks it first.
const ARRAYS = 640 * 16;
const kept = [];
require('node:os').jobrelayFixtureHeap = kept;

test('fills the heap', () => {
  for (let i = 0; i < ARRAYS; i += 1) kept.push(new Array(8 * 1024).fill(i + 0.5));
  expect(kept).toHaveLength(ARRAYS);
});

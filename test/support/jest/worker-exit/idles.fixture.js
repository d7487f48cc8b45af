'use strict';
/* global test, expect */
// The second test file, so that Jest runs the two in worker processes rather than in band.
test('does nothing', () => {
  expect(true).toBe(true);
});

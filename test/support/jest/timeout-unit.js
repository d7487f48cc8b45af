'use strict';
/* global jest */
// Jest reads `testTimeout` only from the global configuration, not per project: this sets the unit project's default.
// Unit tests are CPU-bound (no I/O). A few drive hundreds of postings through the core with fakes and take 1–2 s on a
// quiet machine; at load 20 on the 2 shared cores the 250-posting fan-out test took 6.5 s and hit Jest's 5 s default.
// 30 s still reports a unit test that hangs.
jest.setTimeout(30000);

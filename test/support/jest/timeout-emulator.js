'use strict';
/* global jest */
// Jest reads `testTimeout` only from the global configuration, not per project: this sets the emulator project's default.
jest.setTimeout(120000);

'use strict';
// Jest reads `testTimeout` only from the global configuration, not per project: this sets the e2e project's default.
jest.setTimeout(300000);

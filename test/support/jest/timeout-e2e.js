'use strict';
/* global jest */
// Jest reads `testTimeout` only from the global configuration, not per project: this sets the e2e project's default.
jest.setTimeout(300000);

'use strict';
/* global jest */
// Jest reads `testTimeout` only from the global configuration, not per project: this sets the integration project's default.
jest.setTimeout(60000);

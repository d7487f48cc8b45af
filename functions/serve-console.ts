import { consoleRoutes } from './console/console-app';
import { SECURITY_HEADERS } from './console/console-http';
import type { ApiHandler } from './lib/api';
import { createRouter } from './lib/router';
import type { Runtime } from './lib/runtime';

/**
 * `serveConsole` — the HR console (issue 8): `GET /console/postings` (search, filters, pages),
 * `/console/postings/{id}` (boards with status, reasons and history; publish or withdraw), `/console/sources`
 * and `/console/partners` (health). HTML rendered on the server, forms that work without JavaScript, its own
 * CSS and script under a strict Content-Security-Policy. Sign-in with an HR or admin API key (a signed
 * session cookie follows), or open on the local server's loopback port.
 */
export function createServeConsole(runtime: () => Promise<Runtime>): ApiHandler {
  const router = createRouter(consoleRoutes(runtime));
  // the router's own answers (unknown path, wrong method) get the console's security headers too
  return async (request, context) => {
    const response = await router(request, context);
    return { ...response, headers: { ...SECURITY_HEADERS, ...response.headers } };
  };
}

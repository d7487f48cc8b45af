import type { ApiHandler, ApiRequest, ApiResponse, InvocationContext } from './api';
import { problemResponse } from './problem';

/** A route: a method, an exact path or a pattern whose groups become `params`, and its handler. */
export interface Route {
  methods: readonly string[];
  path: string | RegExp;
  handle(request: ApiRequest, context: InvocationContext, params: readonly string[]): Promise<ApiResponse>;
}

/**
 * A function's own small router. Unknown paths answer 404, known paths with another method 405 with
 * `Allow`; HEAD is served by the GET route (Node drops the body).
 */
export function createRouter(routes: readonly Route[]): ApiHandler {
  return async (request, context) => {
    const allowed = new Set<string>();
    for (const route of routes) {
      const params = matchPath(route.path, request.path);
      if (!params) continue;
      const method = request.method === 'HEAD' && !route.methods.includes('HEAD') ? 'GET' : request.method;
      if (route.methods.includes(method)) return route.handle(request, context, params);
      route.methods.forEach((m) => allowed.add(m));
    }
    if (allowed.size > 0) {
      const allow = [...allowed].join(', ');
      return problemResponse('method-not-allowed', `${request.method} is not allowed here; use ${allow}`, {
        headers: { allow },
      });
    }
    return problemResponse('not-found', `nothing is served at ${request.path}`);
  };
}

function matchPath(path: string | RegExp, actual: string): string[] | null {
  if (typeof path === 'string') return path === actual ? [] : null;
  const match = path.exec(actual);
  if (!match) return null;
  try {
    return match.slice(1).map((group) => (group === undefined ? '' : decodeURIComponent(group)));
  } catch {
    return null; // a malformed %-escape names nothing we serve
  }
}

import { buildOpenApiDocument } from './openapi';
import type { Route } from './router';

let document: string | null = null;

/** `GET /openapi.json`, served by every HTTP function; the document is built once per instance. */
export const openApiRoute: Route = {
  methods: ['GET'],
  path: '/openapi.json',
  handle: async () => {
    document ??= JSON.stringify(buildOpenApiDocument());
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
      body: document,
    };
  },
};

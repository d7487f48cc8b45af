import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { Server } from 'node:http';
import type { ServerResponse } from 'node:http';
import { FUNCTIONS, type FunctionName } from '../../functions';
import { installFrameworkGuard } from '../../functions/lib/framework-guard';
import { toHttpFunction, type AdapterDeps, type FrameworkRequest } from '../../functions/lib/http-adapter';
import { problemResponse } from '../../functions/lib/problem';
import type { Runtime } from '../../functions/lib/runtime';

/** Which function serves a path: the same split as the deployed functions' URLs. */
export const ROUTES: ReadonlyArray<[prefix: string, fn: FunctionName]> = [
  ['/postings', 'ingestPosting'],
  ['/syndications', 'requestSyndication'],
  ['/feeds/', 'serveFeed'],
  ['/jobs/', 'serveFeed'],
  ['/sitemap.xml', 'serveFeed'],
  ['/openapi.json', 'ingestPosting'],
  ['/console', 'serveConsole'],
];

/** Push endpoints of the event functions: `/_push/{functionName}` (the emulator and the embedded bus post here). */
export const PUSH_PREFIX = '/_push/';
export const PUSH_FUNCTIONS: readonly FunctionName[] = ['refreshSources', 'deliverSyndication', 'sweepOutbox'];

type Handler = (req: FrameworkRequest, res: ServerResponse) => Promise<void>;

/**
 * Every function on one port (`jobrelay serve`): a router by path prefix in front of the very handlers the
 * deployed functions run, inside one Functions Framework server (same body parsing, same guard, same
 * logs). `extra` serves local-only pages (the index, the demo). The runtime is asked for per request, so
 * the server can listen (and learn its port) before the runtime that needs that port exists.
 */
export function createLocalServer(provider: () => Promise<Runtime>, deps: AdapterDeps, extra?: Handler): Server {
  const handlers = new Map<FunctionName, Handler>();
  for (const [name, create] of Object.entries(FUNCTIONS) as Array<[FunctionName, (typeof FUNCTIONS)[FunctionName]]>) {
    handlers.set(name, toHttpFunction(name, create(provider), deps));
  }
  installFrameworkGuard(deps);
  http('jobrelayLocal', async (req, res) => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0]!;
    const target = functionFor(path);
    if (target) {
      if (path.startsWith(PUSH_PREFIX))
        req.url = req.originalUrl = '/' + (req.originalUrl ?? '').slice(PUSH_PREFIX.length + target.length);
      return handlers.get(target)!(req, res);
    }
    if (extra) return extra(req, res);
    const problem = problemResponse('not-found', `nothing is served at ${path}`);
    res.writeHead(problem.status, problem.headers).end(problem.body);
  });
  // getTestServer is the framework's public way to build its server for one registered function
  return getTestServer('jobrelayLocal');
}

function functionFor(path: string): FunctionName | null {
  if (path.startsWith(PUSH_PREFIX)) {
    const name = path.slice(PUSH_PREFIX.length).split('/')[0] as FunctionName;
    return PUSH_FUNCTIONS.includes(name) ? name : null;
  }
  return (
    ROUTES.find(
      ([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || path === prefix,
    )?.[1] ?? null
  );
}

import { ConfigError } from '../../shared/errors';
import type { ApiRequest, ApiResponse, InvocationContext } from '../lib/api';
import type { Route } from '../lib/router';
import type { Runtime } from '../lib/runtime';
import { assetAt } from './console-assets';
import {
  hasSessionCsrf,
  isLoopbackHost,
  isSameOriginPost,
  logIn,
  loginChallenge,
  logOutCookie,
  sessionCsrf,
  sessionOf,
  type ConsoleAuth,
} from './console-auth';
import { assetResponse, formOf, htmlResponse, refuse, safeNext, seeOther } from './console-http';
import { changeBoardsInBulk } from './console-bulk';
import * as pages from './console-pages';
import { sessionKeysOf } from './console-session';
import { loginPage } from './views/login-page';

/**
 * The console's routes and the gate in front of them: host check on the loopback console, a session for
 * every page (or the login form), same-origin and CSRF checks on every form post.
 */

/** The console's auth settings, built once per runtime. */
const authByRuntime = new WeakMap<Runtime, ConsoleAuth>();

export function consoleAuthOf(runtime: Runtime): ConsoleAuth {
  let auth = authByRuntime.get(runtime);
  if (auth) return auth;
  const { settings } = runtime;
  const mode = settings.JOBRELAY_CONSOLE_AUTH;
  if (mode === 'api-key' && !settings.JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS)
    throw new ConfigError(
      'CONFIG.CONSOLE_SESSION_KEYS',
      'the console signs sessions with JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS ({"name": "<32+ random characters>"}), which is not set',
    );
  auth = {
    mode,
    keys: sessionKeysOf(settings.JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS),
    apiKeys: runtime.apiKeys,
    sessionHours: settings.JOBRELAY_CONSOLE_SESSION_HOURS,
    nowSeconds: () => Math.floor(runtime.clock.now().getTime() / 1000),
  };
  authByRuntime.set(runtime, auth);
  return auth;
}

type PageHandler = (req: pages.PageRequest) => Promise<ApiResponse>;

/** A page behind the gate. */
function gated(runtime: () => Promise<Runtime>, handler: PageHandler): Route['handle'] {
  return async (request, context, params) => {
    const rt = await runtime();
    const auth = consoleAuthOf(rt);
    if (auth.mode === 'loopback' && !isLoopbackHost(request))
      return refuse(403, 'The local console answers on 127.0.0.1 only.');
    const { session, setCookie } = sessionOf(request, auth);
    if (!session) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return refuse(401, 'Your session has ended; sign in again.');
      const next = request.path + (request.query.size > 0 ? `?${request.query}` : '');
      return seeOther(`/console/login?next=${encodeURIComponent(next)}`);
    }
    if (request.method === 'POST' && !isValidPost(request, auth, session))
      return refuse(403, 'This form did not come from the console; reload the page and try again.');
    context.note({ consoleUser: session.sub });
    const response = await handler({
      request,
      context,
      runtime: rt,
      user: session.sub,
      csrf: sessionCsrf(session, auth),
      params,
    });
    return setCookie ? { ...response, headers: { ...response.headers, 'set-cookie': setCookie } } : response;
  };
}

function isValidPost(
  request: ApiRequest,
  auth: ConsoleAuth,
  session: NonNullable<ReturnType<typeof sessionOf>['session']>,
): boolean {
  const form = formOf(request);
  return form !== null && isSameOriginPost(request) && hasSessionCsrf(session, auth, form.get('_csrf'));
}

async function showLogin(
  runtime: Runtime,
  request: ApiRequest,
  error: string | null,
  status = 200,
): Promise<ApiResponse> {
  const auth = consoleAuthOf(runtime);
  const next = safeNext(request.query.get('next') ?? formOf(request)?.get('next'));
  if (auth.mode === 'loopback') return seeOther(next);
  const challenge = loginChallenge(auth);
  return htmlResponse(status, loginPage(challenge.csrf, next, error), challenge.setCookie);
}

async function submitLogin(runtime: Runtime, request: ApiRequest, context: InvocationContext): Promise<ApiResponse> {
  const auth = consoleAuthOf(runtime);
  const form = formOf(request);
  if (auth.mode === 'loopback' || !form || !isSameOriginPost(request))
    return refuse(403, 'Sign in from the console’s own page.');
  const result = logIn(request, auth, form);
  if (result.ok) return seeOther(safeNext(form.get('next')), result.setCookie);
  context.logger.warn('console login refused', { reason: result.reason });
  const message =
    result.reason === 'key' ? 'That key is not a valid HR or admin key.' : 'The sign-in form expired; try again.';
  return showLogin(runtime, request, message, 401);
}

/** Every route of the console. */
export function consoleRoutes(runtime: () => Promise<Runtime>): Route[] {
  const id = '([^/]+)';
  return [
    { methods: ['GET'], path: /^\/?$/, handle: async () => seeOther('/console/postings') },
    { methods: ['GET'], path: /^\/console\/?$/, handle: async () => seeOther('/console/postings') },
    {
      methods: ['GET'],
      path: /^\/console\/assets\/[a-z0-9.-]+$/,
      handle: async (request) => {
        const asset = assetAt(request.path);
        return asset ? assetResponse(asset.type, asset.body) : refuse(404, 'No such asset.');
      },
    },
    { methods: ['GET'], path: '/console/login', handle: async (request) => showLogin(await runtime(), request, null) },
    {
      methods: ['POST'],
      path: '/console/login',
      handle: async (request, context) => submitLogin(await runtime(), request, context),
    },
    {
      methods: ['POST'],
      path: '/console/logout',
      handle: gated(runtime, async (req) => seeOther('/console/login', logOutCookie(consoleAuthOf(req.runtime)))),
    },
    { methods: ['GET'], path: '/console/postings', handle: gated(runtime, pages.showPostings) },
    { methods: ['POST'], path: '/console/postings/boards', handle: gated(runtime, changeBoardsInBulk) },
    { methods: ['GET'], path: new RegExp(`^/console/postings/${id}$`), handle: gated(runtime, pages.showPosting) },
    {
      methods: ['POST'],
      path: new RegExp(`^/console/postings/${id}/boards$`),
      handle: gated(runtime, pages.changeBoards),
    },
    { methods: ['GET'], path: '/console/sources', handle: gated(runtime, pages.showSources) },
    { methods: ['GET'], path: new RegExp(`^/console/sources/${id}$`), handle: gated(runtime, pages.showSource) },
    { methods: ['GET'], path: '/console/partners', handle: gated(runtime, pages.showPartners) },
  ];
}

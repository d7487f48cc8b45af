import { randomBytes } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { ApiRequest } from '../lib/api';
import { hashApiKey, type ApiKeyRegistry } from '../lib/api-keys';
import {
  csrfToken,
  isValidCsrf,
  newSession,
  signSession,
  verifySession,
  type ConsoleSession,
  type SessionKeys,
} from './console-session';

/**
 * Who is using the console, per request. In the cloud (`api-key`): a session cookie from logging in with an
 * HR or admin key — `__Host-` prefixed, Secure, HttpOnly, SameSite=Strict, with an expiry — and nothing
 * else. On the local server (`loopback`): anyone who can reach 127.0.0.1, after a Host check (a web page
 * cannot reach it through DNS rebinding); a session cookie is still issued so forms carry CSRF tokens.
 */
export interface ConsoleAuth {
  mode: 'api-key' | 'loopback';
  keys: SessionKeys;
  apiKeys: ApiKeyRegistry;
  sessionHours: number;
  nowSeconds: () => number;
}

const LOGIN_COOKIE_MAX_AGE = 15 * 60;
const LOOPBACK_HOSTS = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d{1,5})?$/i;

const secure = (auth: ConsoleAuth) => auth.mode === 'api-key';
const sessionCookie = (auth: ConsoleAuth) => (secure(auth) ? '__Host-jobrelay-console' : 'jobrelay-console');
const loginCookie = (auth: ConsoleAuth) => (secure(auth) ? '__Host-jobrelay-login' : 'jobrelay-login');

function cookie(auth: ConsoleAuth, name: string, value: string, maxAge: number): string {
  return serializeCookie(name, value, { httpOnly: true, secure: secure(auth), sameSite: 'strict', path: '/', maxAge });
}

const cookiesOf = (request: ApiRequest): Record<string, string | undefined> =>
  parseCookies(request.headers['cookie'] ?? '');

/** Whether the request is for a host the loopback console answers (DNS-rebinding guard). */
export const isLoopbackHost = (request: ApiRequest): boolean => LOOPBACK_HOSTS.test(request.headers['host'] ?? '');

/** The request's session, and a cookie to set when one was just made (loopback console). */
export function sessionOf(
  request: ApiRequest,
  auth: ConsoleAuth,
): { session: ConsoleSession | null; setCookie: string | null } {
  const session = verifySession(cookiesOf(request)[sessionCookie(auth)], auth.keys, auth.nowSeconds());
  if (session && (session.role === 'loopback') === (auth.mode === 'loopback') && keyStillValid(session, auth))
    return { session, setCookie: null };
  if (auth.mode !== 'loopback') return { session: null, setCookie: null };
  const fresh = newSession(
    { sub: 'local', role: 'loopback', kh: null },
    auth.keys,
    auth.nowSeconds(),
    auth.sessionHours,
  );
  return {
    session: fresh,
    setCookie: cookie(auth, sessionCookie(auth), signSession(fresh, auth.keys), auth.sessionHours * 3600),
  };
}

/** A logged-in session ends when its key is removed from the configured key hashes. */
function keyStillValid(session: ConsoleSession, auth: ConsoleAuth): boolean {
  if (session.kh === null) return true;
  for (const [hash, principal] of auth.apiKeys)
    if (hash.startsWith(session.kh) && principal.role === session.role) return true;
  return false;
}

/** The CSRF token of a session's forms. */
export const sessionCsrf = (session: ConsoleSession, auth: ConsoleAuth): string =>
  csrfToken(auth.keys, `session:${session.sid}`, session.k);

/**
 * Whether a state-changing request may proceed: it comes from our own pages (Fetch Metadata and Origin, when
 * the browser sends them) and carries the session's CSRF token.
 */
export function isSameOriginPost(request: ApiRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers['origin'];
  if (origin === undefined) return true; // not every browser sends it on same-origin posts; the CSRF token still applies
  try {
    return new URL(origin).host === request.headers['host'];
  } catch {
    return false;
  }
}

export const hasSessionCsrf = (session: ConsoleSession, auth: ConsoleAuth, presented: string | null): boolean =>
  isValidCsrf(auth.keys, `session:${session.sid}`, presented, session.k);

/** A login form's nonce cookie and token (login CSRF: a page elsewhere cannot log a browser in as someone). */
export function loginChallenge(auth: ConsoleAuth): { setCookie: string; csrf: string } {
  const nonce = randomBytes(18).toString('base64url');
  return {
    setCookie: cookie(auth, loginCookie(auth), nonce, LOGIN_COOKIE_MAX_AGE),
    csrf: csrfToken(auth.keys, `login:${nonce}`),
  };
}

export type LoginResult = { ok: true; setCookie: string } | { ok: false; reason: 'csrf' | 'key' };

/** Checks a submitted login form; on success, the session cookie to set (the nonce cookie expires by itself). */
export function logIn(request: ApiRequest, auth: ConsoleAuth, form: URLSearchParams): LoginResult {
  const nonce = cookiesOf(request)[loginCookie(auth)];
  if (!nonce || !isValidCsrf(auth.keys, `login:${nonce}`, form.get('_csrf'))) return { ok: false, reason: 'csrf' };
  const key = form.get('apiKey')?.trim() ?? '';
  const hash = key ? hashApiKey(key) : '';
  const principal = key ? auth.apiKeys.get(hash) : undefined;
  if (!principal) return { ok: false, reason: 'key' };
  const session = newSession(
    { sub: principal.keyName, role: principal.role, kh: hash.slice(0, 16) },
    auth.keys,
    auth.nowSeconds(),
    auth.sessionHours,
  );
  return {
    ok: true,
    setCookie: cookie(auth, sessionCookie(auth), signSession(session, auth.keys), auth.sessionHours * 3600),
  };
}

/** The cookie that ends a session. */
export const logOutCookie = (auth: ConsoleAuth): string => cookie(auth, sessionCookie(auth), '', 0);

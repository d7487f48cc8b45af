import type { ApiRequest, ApiResponse } from '../lib/api';
import { mediaType } from '../lib/api';
import type { Html } from './views/html';

/**
 * The console's HTTP answers: every one carries a strict Content-Security-Policy (nothing but our own
 * script and stylesheet, no inline code, no framing, forms posting only to us) and is never cached, except
 * the content-addressed assets.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'x-robots-tag': 'noindex, nofollow',
};

const withCookie = (setCookie: string | null | undefined): Record<string, string> =>
  setCookie ? { 'set-cookie': setCookie } : {};

/** An HTML page. */
export function htmlResponse(status: number, body: Html, setCookie?: string | null): ApiResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
      ...withCookie(setCookie),
    },
    body: body.toString(),
  };
}

/** 303 See Other: after a form post (post/redirect/get) and for pages that need a login. */
export function seeOther(location: string, setCookie?: string | null): ApiResponse {
  return {
    status: 303,
    headers: { location, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...withCookie(setCookie) },
  };
}

/** A plain-text refusal (wrong host, forged form): nothing a browser would render as a page of ours. */
export function refuse(status: number, message: string): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS },
    body: `${message}\n`,
  };
}

/** A static asset, cached for a year (its URL changes with its content). */
export const assetResponse = (type: string, body: string): ApiResponse => ({
  status: 200,
  headers: { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable', ...SECURITY_HEADERS },
  body,
});

/** A submitted form's fields; null when the body is not a URL-encoded form. */
export function formOf(request: ApiRequest): URLSearchParams | null {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') return null;
  return new URLSearchParams(request.rawBody.toString('utf8'));
}

/** Where to go after logging in: only a path of the console itself (no open redirect). */
export function safeNext(value: string | null | undefined): string {
  return value && /^\/console(\/[^\\]*)?$/.test(value) && !value.startsWith('//') ? value : '/console/postings';
}

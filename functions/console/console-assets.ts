import { sha256Hex } from '../../shared/ids';
import { CONSOLE_CSS } from './assets/console-css';
import { CONSOLE_JS } from './assets/console-js';

/** A static asset, addressed by its content hash so it can be cached for a year and never goes stale. */
export interface Asset {
  url: string;
  type: string;
  body: string;
}

const asset = (name: string, ext: string, type: string, body: string): Asset => ({
  url: `/console/assets/${name}.${sha256Hex(body).slice(0, 12)}.${ext}`,
  type,
  body,
});

/** The console's own CSS and JS (served by the function: no CDN, CSP `'self'`). */
export const ASSETS = {
  css: asset('console', 'css', 'text/css; charset=utf-8', CONSOLE_CSS),
  js: asset('console', 'js', 'text/javascript; charset=utf-8', CONSOLE_JS),
} as const;

/** The asset served at a path, if any. */
export const assetAt = (path: string): Asset | null => Object.values(ASSETS).find((a) => a.url === path) ?? null;

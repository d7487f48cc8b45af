import { ASSETS } from '../console-assets';
import { html, type Html } from './html';

/** What every page knows: where it is, who is looking, and the CSRF token its forms carry. */
export interface PageContext {
  /** the nav section to mark current */
  section: 'postings' | 'sources' | 'partners' | 'login';
  /** who is logged in (a key name, or "local" on the loopback console); null on the login page */
  user: string | null;
  csrf: string;
  /** a one-line status message after an action ("Publishing requested …"), announced to screen readers */
  notice?: Html | string | null;
  /** an error message, announced assertively */
  error?: Html | string | null;
}

const NAV: Array<[PageContext['section'], string, string]> = [
  ['postings', '/console/postings', 'Postings'],
  ['sources', '/console/sources', 'Sources'],
  ['partners', '/console/partners', 'Partners'],
];

function nav(ctx: PageContext): Html {
  if (!ctx.user) return html``;
  const links = NAV.map(
    ([section, href, label]) =>
      html`<li><a href="${href}" ${section === ctx.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  );
  return html`<nav aria-label="Console sections">
      <ul>
        ${links}
      </ul>
    </nav>
    <form method="post" action="/console/logout" class="logout">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      <span>Signed in as <strong>${ctx.user}</strong></span>
      <button type="submit">Sign out</button>
    </form>`;
}

function messages(ctx: PageContext): Html {
  return html`<div id="status" role="status" aria-live="polite">
      ${ctx.notice ? html`<p class="notice">${ctx.notice}</p>` : ''}
    </div>
    ${ctx.error ? html`<div role="alert"><p class="error">${ctx.error}</p></div>` : ''}`;
}

/** A whole page: landmarks (banner, navigation, main), a skip link, one h1, the console's own CSS and JS. */
export function page(ctx: PageContext, title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <link rel="icon" href="data:," />
        <title>${title} · Jobrelay console</title>
        <link rel="stylesheet" href="${ASSETS.css.url}" />
        <script src="${ASSETS.js.url}" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="banner">
          <p class="brand"><a href="/console/postings">Jobrelay</a> <span>HR console</span></p>
          ${nav(ctx)}
        </header>
        <main id="main" tabindex="-1">
          <h1>${title}</h1>
          ${messages(ctx)} ${body}
        </main>
      </body>
    </html>`;
}

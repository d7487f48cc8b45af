import { html, type Html } from './html';
import { page } from './layout';

/** `GET /console/login`: the API-key login form (the key is an HR or admin key; it is never stored). */
export function loginPage(csrf: string, next: string, error: string | null): Html {
  return page(
    { section: 'login', user: null, csrf, error },
    'Sign in',
    html`<form class="login" method="post" action="/console/login">
      <input type="hidden" name="_csrf" value="${csrf}" />
      <input type="hidden" name="next" value="${next}" />
      <div class="field">
        <label for="api-key">HR API key</label>
        <input
          id="api-key"
          name="apiKey"
          type="password"
          autocomplete="current-password"
          required
          aria-describedby="api-key-hint"
        />
        <span id="api-key-hint" class="muted"
          >The key your administrator gave you (it starts with <code>jr_hr_</code> or <code>jr_admin_</code>).</span
        >
      </div>
      <button type="submit">Sign in</button>
    </form>`,
  );
}

/** A plain error page (404, 403) in the console's layout. */
export function errorPage(user: string | null, csrf: string, title: string, message: string): Html {
  return page(
    { section: 'postings', user, csrf },
    title,
    html`<p>${message}</p>
      <p><a href="/console/postings">Back to postings</a></p>`,
  );
}

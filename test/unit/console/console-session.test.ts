import {
  csrfToken,
  isValidCsrf,
  newSession,
  sessionKeysOf,
  signSession,
  verifySession,
} from '../../../functions/console/console-session';
import { parseFilters, queryOf, searchOf } from '../../../functions/console/console-filters';
import { safeNext } from '../../../functions/console/console-http';

/** Console sessions, CSRF tokens, the list page's filters and where a login may send a browser. */

const NOW = 1_780_000_000;
const keys = sessionKeysOf({ current: 'c'.repeat(40), previous: 'p'.repeat(40) });
const session = newSession({ sub: 'recruiting-tool', role: 'hr', kh: 'abcdef0123456789' }, keys, NOW, 8);

describe('console sessions', () => {
  it('verifies a session it signed until it expires', () => {
    const token = signSession(session, keys);
    expect(verifySession(token, keys, NOW + 60)).toEqual(session);
    expect(verifySession(token, keys, NOW + 8 * 3600)).toBeNull();
  });

  it('keeps sessions signed with an older key valid while that key is configured', () => {
    const old = sessionKeysOf({ previous: 'p'.repeat(40) });
    const token = signSession(newSession({ sub: 'x', role: 'hr', kh: null }, old, NOW, 1), old);
    expect(verifySession(token, keys, NOW)?.k).toBe('previous');
    expect(verifySession(token, sessionKeysOf({ current: 'c'.repeat(40) }), NOW)).toBeNull();
  });

  it.each([
    ['no token', undefined],
    ['garbage', 'not-a-token'],
    ['three parts', 'a.b.c'],
    [
      'a payload edited after signing',
      (() => {
        const [, signature] = signSession(session, keys).split('.');
        const payload = Buffer.from(JSON.stringify({ ...session, role: 'admin' })).toString('base64url');
        return `${payload}.${signature}`;
      })(),
    ],
  ])('refuses %s', (_name, token) => {
    expect(verifySession(token, keys, NOW)).toBeNull();
  });

  it('derives CSRF tokens per purpose and refuses any other', () => {
    const token = csrfToken(keys, `session:${session.sid}`);
    expect(isValidCsrf(keys, `session:${session.sid}`, token)).toBe(true);
    expect(isValidCsrf(keys, 'session:another', token)).toBe(false);
    expect(isValidCsrf(keys, `session:${session.sid}`, null)).toBe(false);
    expect(isValidCsrf(keys, `session:${session.sid}`, token.slice(1))).toBe(false);
  });
});

describe('the list page filters', () => {
  it('reads a submitted form, ignoring fields left empty', () => {
    const { filters, problems } = parseFilters(
      new URLSearchParams(
        'q=backend&status=&source=acme&country=de&warning=missing_salary&board=linkedin:rejected&size=25',
      ),
    );
    expect(problems).toEqual([]);
    expect(searchOf(filters)).toEqual({
      text: 'backend',
      sourceId: 'acme',
      country: 'DE',
      warning: 'missing_salary',
      board: { partnerId: 'linkedin', status: 'rejected' },
      limit: 25,
      cursor: null,
    });
    expect(queryOf(filters)).toEqual({
      q: 'backend',
      source: 'acme',
      country: 'DE',
      warning: 'missing_salary',
      board: 'linkedin:rejected',
      size: '25',
    });
  });

  it.each([['country=Germany'], ['status=maybe'], ['board=linkedin'], ['board=linkedin:gone'], ['size=1000']])(
    'reports "%s" and filters nothing',
    (query) => {
      const { filters, problems } = parseFilters(new URLSearchParams(query));
      expect(problems).toHaveLength(1);
      expect(searchOf(filters)).toEqual({ limit: 50, cursor: null });
    },
  );
});

describe('where a login may send the browser', () => {
  it.each([
    ['/console/postings?q=x', '/console/postings?q=x'],
    ['/console', '/console'],
    ['https://evil.example/console', '/console/postings'],
    ['//evil.example/console', '/console/postings'],
    ['/console\\@evil.example', '/console/postings'],
    ['/other', '/console/postings'],
    [null, '/console/postings'],
  ])('sends %s to %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

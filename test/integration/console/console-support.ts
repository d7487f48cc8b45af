import type { Response } from 'supertest';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { changeOf, recordOf, rehash, syntheticPosting } from '../../support/posting-records';

/** Helpers of the console's integration tests: cookies, CSRF tokens from pages, and a small seeded store. */

/** `name=value` of the cookies a response sets, for the next request's `Cookie` header. */
export function cookiesOf(response: Response): string {
  const header = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return list.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** The attributes of the cookie a response sets, lower-cased: `['httponly', 'secure', 'samesite=strict', …]`. */
export function cookieAttributes(response: Response): string[] {
  const header = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const first = Array.isArray(header) ? header[0] : header;
  return (first ?? '')
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
}

/** The CSRF token a page's forms carry. */
export function csrfOf(page: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('the page has no form with a CSRF token');
  return token;
}

/** Two partners: a feed (settled at once when HR publishes) and LinkedIn (which needs an https apply URL). */
export async function seedPartners(store: PostingStore): Promise<void> {
  const now = new Date().toISOString();
  await store.putPartner(
    PartnerConfig.parse({
      id: 'indeed',
      name: 'Indeed',
      format: 'indeed-xml',
      delivery: 'feed',
      defaults: { publisher: 'Acme' },
      feed: { apiKeyRef: 'secret:indeed-feed' },
    }),
    now,
  );
  await store.putPartner(
    PartnerConfig.parse({
      id: 'linkedin',
      name: 'LinkedIn Jobs',
      format: 'linkedin-xml',
      delivery: 'feed',
      defaults: { companyId: '1', posterEmail: 'jobs@example.com' },
      feed: { apiKeyRef: 'secret:linkedin-feed' },
    }),
    now,
  );
}

/** Stores postings: `count` plain ones, changed a minute apart, plus the given extra ones. */
export async function seedPostings(
  store: PostingStore,
  count: number,
  extra: PostingRecord[] = [],
): Promise<PostingRecord[]> {
  const records = Array.from({ length: count }, (_, i) =>
    recordOf(syntheticPosting(i), { lastChangedAt: new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString() }),
  );
  await store.commitChanges([...records, ...extra].map((r) => changeOf(r, null)));
  return [...records, ...extra];
}

/** A posting whose text is hostile HTML, and whose apply URL is plain http. */
export function hostilePosting(): PostingRecord {
  const base = syntheticPosting(900);
  return recordOf(
    rehash({
      ...base,
      title: '<script>alert("title")</script> Engineer',
      company: { name: 'Evil "Corp" & <Co>', url: null },
      applyUrl: 'javascript:alert(1)',
      source: { ...base.source, url: 'javascript:alert(2)' },
      description: {
        html: '<p>Hello<img src=x onerror="alert(3)"><script>alert(4)</script><a href="javascript:alert(5)">x</a></p>',
        text: 'Hello',
      },
    }),
    { lastChangedAt: '2026-03-02T00:00:00.000Z' },
  );
}

/** A plain posting whose apply URL is http: LinkedIn refuses it. */
export function httpApplyPosting(): PostingRecord {
  const base = syntheticPosting(901);
  return recordOf(rehash({ ...base, title: 'Warehouse Lead', applyUrl: 'http://jobs.example.com/apply/901' }), {
    lastChangedAt: '2026-02-01T00:00:00.000Z',
  });
}

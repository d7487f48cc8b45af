import { RobotsPolicy, type RobotsAnswer } from '../../../shared/adapters/http/robots-policy';
import { createInstantClock } from '../../support/instant-clock';

function policyAnswering(answer: RobotsAnswer | (() => Promise<RobotsAnswer>)) {
  const clock = createInstantClock();
  const asked: string[] = [];
  const policy = new RobotsPolicy({
    clock,
    productToken: 'jobrelay',
    fetchRobots: async (url) => {
      asked.push(url);
      return typeof answer === 'function' ? answer() : answer;
    },
  });
  return { policy, clock, asked };
}

describe('robots.txt policy (RFC 9309)', () => {
  const rules =
    'User-agent: *\nDisallow: /\n\nUser-agent: jobrelay\nAllow: /jobs\nDisallow: /jobs/internal\nCrawl-delay: 3\n';

  it.each([
    ['https://site.example/jobs/123', true],
    ['https://site.example/jobs/internal/9', false],
    ['https://site.example/about', true],
  ])('with our own group, %s allowed: %p', async (url, allowed) => {
    const { policy } = policyAnswering({ status: 200, body: rules });
    const check = policy.check(url);
    if (allowed) await expect(check).resolves.toEqual({ crawlDelayMs: 3_000 });
    else await expect(check).rejects.toMatchObject({ code: 'FETCH.ROBOTS_DISALLOWED' });
  });

  it.each([
    [404, true],
    [401, true],
    [410, true],
    [500, false],
    [503, false],
    [null, false],
  ])('a robots.txt answering %p allows everything: %p', async (status, allowed) => {
    const { policy } = policyAnswering({ status, body: 'User-agent: *\nDisallow: /' });
    const check = policy.check('https://site.example/jobs');
    if (allowed) await expect(check).resolves.toBeDefined();
    else await expect(check).rejects.toMatchObject({ code: 'FETCH.ROBOTS_DISALLOWED' });
  });

  it('reads robots.txt once per origin, even for concurrent checks', async () => {
    const { policy, asked } = policyAnswering({ status: 200, body: '' });
    await Promise.all([
      policy.check('https://a.example/1'),
      policy.check('https://a.example/2'),
      policy.check('https://b.example/1'),
    ]);
    expect(asked).toEqual(['https://a.example/robots.txt', 'https://b.example/robots.txt']);
  });

  it('reads robots.txt again after 24 hours', async () => {
    const { policy, asked, clock } = policyAnswering({ status: 200, body: '' });
    await policy.check('https://a.example/1');
    clock.advance(23 * 3600_000);
    await policy.check('https://a.example/2');
    clock.advance(2 * 3600_000);
    await policy.check('https://a.example/3');
    expect(asked).toHaveLength(2);
  });

  it('asks again soon after an unreachable robots.txt instead of disallowing for a day', async () => {
    const { policy, asked, clock } = policyAnswering({ status: 503, body: '' });
    await expect(policy.check('https://a.example/1')).rejects.toBeDefined();
    clock.advance(11 * 60_000);
    await expect(policy.check('https://a.example/1')).rejects.toBeDefined();
    expect(asked).toHaveLength(2);
  });
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe as describeRunning } from '../../../cli/commands/serve';
import { postingEventId } from '../../../shared/schema/events';
import { startLocalServer, type RunningServer } from '../../../cli/serve/start-local-server';

jest.setTimeout(120_000);
let running: RunningServer;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-serve-'));
  running = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    demo: true,
    env: { JOBRELAY_DATA_DIR: dataDir, JOBRELAY_LOG_LEVEL: 'ERROR' },
    write: (line) => lines.push(line),
  });
});
afterAll(async () => {
  await running?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('jobrelay serve --demo (what npm start runs)', () => {
  it('fetches the demo sources, delivers signed webhooks to the demo partner and lists the postings in the feed', async () => {
    const { report, sites, feedKey } = running.demo!;
    expect(report.fetched).toEqual({ 'acme-greenhouse': 3, 'globex-careers': 2 });
    expect(report.live).toBe(5);
    expect(sites.received.filter((r) => r.type === 'posting.published')).toHaveLength(5);
    const feed = await fetch(`${running.url}/feeds/demo-feed.xml`, { headers: { 'x-api-key': feedKey } });
    expect(feed.status).toBe(200);
    const xml = await feed.text();
    expect(xml).toContain('Senior Backend Engineer');
    expect(xml).toContain('Frontend Engineer');
  });

  it('serves every function on its one port, by path', async () => {
    const hr = { authorization: `Bearer ${running.credentials.hrKey}` };
    const [openapi, syndications, sitemap, job, unknown] = await Promise.all([
      fetch(`${running.url}/openapi.json`),
      fetch(`${running.url}/syndications?partnerId=demo-board`, { headers: hr }),
      fetch(`${running.url}/sitemap.xml`),
      fetch(`${running.url}/jobs/${running.demo!.report.postingIds[0]}`),
      fetch(`${running.url}/nothing-here`),
    ]);
    expect([openapi.status, syndications.status, sitemap.status, job.status, unknown.status]).toEqual([
      200, 200, 200, 200, 404,
    ]);
    expect(((await syndications.json()) as { items: unknown[] }).items).toHaveLength(5);
  });

  it('names the port it actually bound (--port 0) in the links it publishes', async () => {
    const sitemap = await (await fetch(`${running.url}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${running.url}/`)).toBe(true);
  });

  it('takes a submission over HTTP and hands its event to the push functions in-process', async () => {
    const res = await fetch(`${running.url}/postings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${running.credentials.hrKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'document',
        format: 'html',
        title: 'Support Engineer',
        company: 'Acme Logistics',
        externalId: 'local-1',
        content: '<p>Help our customers every day with care and patience, in English and German.</p>',
      }),
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Array<{ status: string; postingId: string }> };
    expect(results[0]!.status).toBe('created');
    await running.local.bus!.drain();
    // deliverSyndication marked the posting's created event done: a claim of it now is refused
    const eventId = postingEventId(results[0]!.postingId, 1);
    expect(await running.local.runtime.store.claimEvent('deliverSyndication:done', eventId, 60)).toBe(false);
  });

  it('binds to loopback only and keeps its keys readable by their owner only', () => {
    expect(new URL(running.url).hostname).toBe('127.0.0.1');
    expect(statSync(join(dataDir, 'local-credentials.json')).mode & 0o077).toBe(0);
    expect(statSync(join(dataDir, 'secrets', 'demo-board-webhook')).mode & 0o077).toBe(0);
  });

  it('prints the URLs and keys a newcomer needs', () => {
    const text = describeRunning(running);
    expect(text).toContain(`${running.url}/feeds/demo-feed.xml`);
    expect(text).toContain(running.credentials.hrKey);
    expect(text).toContain('5 postings live on demo-board');
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { ACME_JOBS, GLOBEX_JOBS, type DemoJob } from './demo-jobs';

/**
 * The demo's outside world on one loopback port: Acme's Greenhouse-style ATS board, Globex's career site
 * (list page + job pages with JSON-LD), and a partner job board that receives signed webhooks, verifies
 * them with the Standard Webhooks library and says what it got.
 */
export interface DemoSites {
  url: string;
  host: string;
  /** deliveries the demo partner accepted */
  received: Array<{ type: string; title: string | null; at: string }>;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeEntities = (html: string) =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function greenhouseBoard(base: string) {
  const jobs = ACME_JOBS.map((job) => ({
    id: Number(job.id),
    internal_job_id: Number(job.id) + 1,
    title: job.title,
    absolute_url: `${base}/acme/jobs/${job.id}`,
    updated_at: job.postedAt,
    first_published: job.postedAt,
    requisition_id: `ACME-${job.id}`,
    location: { name: job.location },
    content: escapeEntities(job.body),
    departments: [{ id: 1, name: job.department, child_ids: [], parent_id: null }],
    offices: [{ id: 2, name: job.city || 'Remote', location: job.location, child_ids: [], parent_id: null }],
    metadata: null,
    ...(job.salary
      ? {
          pay_input_ranges: [
            {
              min_cents: job.salary.min * 100,
              max_cents: job.salary.max * 100,
              currency_type: job.salary.currency,
              title: 'Salary',
              blurb: null,
            },
          ],
        }
      : {}),
  }));
  return { jobs, meta: { total: jobs.length } };
}

function jobLd(job: DemoJob, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    identifier: { '@type': 'PropertyValue', name: 'Globex', value: job.id },
    datePosted: job.postedAt,
    description: job.body,
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Globex', sameAs: 'https://globex.example' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: job.city || undefined, addressCountry: job.country },
    },
    ...(job.city
      ? {}
      : { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: job.country } }),
    ...(job.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: job.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              minValue: job.salary.min,
              maxValue: job.salary.max,
              unitText: job.salary.period,
            },
          },
        }
      : {}),
    url,
  };
}

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>` +
  `<nav><a href="/careers">Globex careers</a></nav>${body}<footer>© Globex · <a href="/privacy">Privacy</a></footer></body></html>`;

function careerList(): string {
  const items = GLOBEX_JOBS.map(
    (j) => `<li><a class="job" href="/careers/${j.id}">${escapeHtml(j.title)}</a> — ${escapeHtml(j.location)}</li>`,
  ).join('');
  return page('Careers at Globex', `<main><h1>Open roles</h1><ul>${items}</ul></main>`);
}

function careerPage(job: DemoJob, base: string): string {
  const ld = JSON.stringify(jobLd(job, `${base}/careers/${job.id}`)).replace(/</g, '\\u003c');
  return page(
    `${job.title} — Globex`,
    `<main><h1>${escapeHtml(job.title)}</h1><p>${escapeHtml(job.location)}</p>${job.body}</main>`,
    `<script type="application/ld+json">${ld}</script>`,
  );
}

/** Starts the demo sites; `partnerSecret` is the demo partner's Standard Webhooks secret. */
export async function startDemoSites(partnerSecret: string, log: (line: string) => void): Promise<DemoSites> {
  const received: DemoSites['received'] = [];
  const verifier = new Webhook(partnerSecret);
  let base = '';
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'text/plain', 'error'));
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nAllow: /\n');
    if (path === '/v1/boards/acme/jobs')
      return send(res, 200, 'application/json', JSON.stringify(greenhouseBoard(base)));
    if (path === '/careers') return send(res, 200, 'text/html; charset=utf-8', careerList());
    const job = GLOBEX_JOBS.find((j) => path === `/careers/${j.id}`);
    if (job) return send(res, 200, 'text/html; charset=utf-8', careerPage(job, base));
    if (path === '/partner/webhook' && req.method === 'POST') return receive(req, res);
    if (path === '/partner/') return send(res, 200, 'application/json', JSON.stringify(received, null, 2));
    send(res, 404, 'text/plain', 'not found');
  }
  async function receive(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const payload = verifier.verify(body, req.headers as Record<string, string>) as {
        type: string;
        data?: { posting?: { title?: string }; title?: string };
      };
      const title = payload.data?.posting?.title ?? payload.data?.title ?? null;
      received.push({ type: payload.type, title, at: new Date().toISOString() });
      log(`demo partner: received a signed "${payload.type}" webhook${title ? ` for "${title}"` : ''}`);
      send(res, 200, 'application/json', '{"ok":true}');
    } catch {
      log('demo partner: refused a webhook whose signature did not verify');
      send(res, 401, 'text/plain', 'bad signature');
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    host: `127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

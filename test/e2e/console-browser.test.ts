import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startLocalServer, type RunningServer } from '../../cli/serve/start-local-server';
import { PartnerConfig } from '../../shared/schema/partner';

/**
 * The HR console in a real headless Chromium against the local server `npm start` runs (in-process, on a
 * free loopback port, with the demo's sources and partners, the embedded store in a temporary folder): a
 * recruiter filters postings, opens one, publishes it to the demo board and sees it turn live, withdraws it
 * and sees it withdrawn, and sees why LinkedIn rejects it. Screenshots go to test-results/console/. Every
 * wait is a condition with a deadline.
 */

jest.setTimeout(240_000);
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'console');
const WAIT = { timeout: 30_000 };

let running: RunningServer;
let dataDir: string;
let profileDir: string;
let browser: BrowserContext;
let page: Page;
const pageProblems: string[] = [];

/** The browser: JOBRELAY_CHROMIUM or Debian's chromium, installed by the script when missing. */
const chromiumPath = () =>
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'ensure-chromium.mjs')], { encoding: 'utf8' }).trim();

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-console-e2e-'));
  profileDir = mkdtempSync(join(tmpdir(), 'jobrelay-chromium-'));
  // the embedded backend, whatever emulators `npm test` started for the other suites
  running = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    demo: true,
    env: { JOBRELAY_DATA_DIR: dataDir, JOBRELAY_LOG_LEVEL: 'ERROR', PATH: process.env.PATH },
    write: () => undefined,
  });
  const linkedin = PartnerConfig.parse({
    id: 'linkedin',
    name: 'LinkedIn Jobs',
    format: 'linkedin-xml',
    delivery: 'feed',
    defaults: { companyId: '1234', posterEmail: 'jobs@acme.example' },
    feed: { apiKeyRef: 'secret:demo-feed-key' },
  });
  await running.local.runtime.store.putPartner(linkedin, new Date().toISOString());
  await submitPosting();
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1360, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (message) => message.type() === 'error' && pageProblems.push(message.text()));
  page.on('pageerror', (error) => pageProblems.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
});

/** A posting HR submits over the API: on no board yet, with no apply URL (LinkedIn needs an https one). */
async function submitPosting(): Promise<void> {
  const response = await fetch(`${running.url}/postings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${running.credentials.hrKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'document',
      format: 'markdown',
      title: 'Warehouse Operations Lead',
      company: 'Acme Logistics',
      externalId: 'console-e2e-1',
      content:
        'Location: Hamburg, Germany\n\nLead the night shift of our Hamburg warehouse: plan the pick waves, coach a team of twelve, ' +
        'and keep every truck leaving on time.\n\n## Requirements\n\n- Three years leading warehouse teams\n- Fluent German',
    }),
  });
  expect(response.status).toBe(200);
}

const boardRow = (partnerId: string) => page.locator(`#boards tr[data-partner="${partnerId}"]`);
const boardStatus = (partnerId: string, status: string) =>
  boardRow(partnerId).locator(`[data-board-status="${status}"]`).waitFor(WAIT);

describe('the HR console in a browser', () => {
  it('lists postings and narrows them with filters', async () => {
    await page.goto(`${running.url}/console/`);
    await page.locator('h1', { hasText: 'Postings' }).waitFor(WAIT);
    expect(await page.locator('tbody tr').count()).toBe(6);
    await shot('postings');
    await page.getByLabel('Search title or company').fill('warehouse');
    await page.getByLabel('Source').selectOption({ label: 'Submitted over the API' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=warehouse/, WAIT);
    const titles = await page.locator('tbody td.posting a').allTextContents();
    expect(titles).toEqual(['Warehouse Operations Lead']);
    await shot('postings-filtered');
  });

  it('opens a posting, publishes it to the demo board and sees it turn live, then withdraws it', async () => {
    await page.getByRole('link', { name: 'Warehouse Operations Lead' }).click();
    await page.locator('h1', { hasText: 'Warehouse Operations Lead' }).waitFor(WAIT);
    await boardStatus('demo-board', 'none');
    await page.getByLabel('Demo Job Board').check();
    await page.getByRole('button', { name: 'Publish to chosen boards' }).click();
    await page.getByRole('status').filter({ hasText: 'Publishing requested for Demo Job Board' }).waitFor(WAIT);
    await boardStatus('demo-board', 'live');
    // the page's script announces the change after the request's notice, never in its place
    expect(await page.getByRole('status').textContent()).toContain('Publishing requested for Demo Job Board');
    await shot('posting-live');
    await page.getByLabel('Demo Job Board').check();
    await page.getByRole('button', { name: 'Withdraw from chosen boards' }).click();
    await page.getByRole('status').filter({ hasText: 'Withdrawal requested for Demo Job Board' }).waitFor(WAIT);
    await boardStatus('demo-board', 'withdrawn');
    await boardRow('demo-board')
      .locator('.current-reasons', { hasText: 'Withdrawn from Demo Job Board at HR' })
      .waitFor(WAIT);
  });

  it('shows why a board rejects a posting, before and after publishing to it', async () => {
    await page
      .locator('#board-1-hint, .blocked', { hasText: 'LinkedIn requires an https apply URL' })
      .first()
      .waitFor(WAIT);
    await page.getByLabel('LinkedIn Jobs').check();
    await page.getByRole('button', { name: 'Publish to chosen boards' }).click();
    await boardStatus('linkedin', 'rejected');
    await boardRow('linkedin')
      .locator('.current-reasons', { hasText: 'LinkedIn requires an https apply URL' })
      .waitFor(WAIT);
    await shot('posting-rejected');
    await page.goto(`${running.url}/console/postings?board=linkedin:rejected`);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor(WAIT);
    expect(await rows.count()).toBe(1);
    await rows.getByText('LinkedIn requires an https apply URL').waitFor(WAIT);
  });

  it('shows sources with their runs and partners with their delivery health', async () => {
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.locator('h1', { hasText: 'Sources' }).waitFor(WAIT);
    await page
      .getByRole('row', { name: /acme-greenhouse/ })
      .getByText('healthy')
      .waitFor(WAIT);
    await shot('sources');
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.locator('h1', { hasText: 'Partners' }).waitFor(WAIT);
    await page
      .getByRole('row', { name: /Demo Job Board/ })
      .getByText('delivering')
      .waitFor(WAIT);
    await shot('partners');
  });

  it('labels every control, keeps focus visible and runs nothing the CSP blocks', async () => {
    await page.goto(`${running.url}/console/postings`);
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
        .filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    expect(pageProblems).toEqual([]);
  });
});

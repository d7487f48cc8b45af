import type { Element } from 'domhandler';
import { isChrome } from '../../../shared/sources/html/page-noise';
import { parseHtmlPage } from '../../../shared/sources/html';

/**
 * Career-site builders name blocks in test and automation attributes (Workday's `data-automation-id`) and give
 * them generated classes: a consent banner named only there is chrome too.
 */
const element = (attribs: Record<string, string>): Element =>
  ({ type: 'tag', name: 'div', attribs, children: [] }) as unknown as Element;

describe('a consent word in a test attribute makes chrome', () => {
  it.each([
    ['data-automation-id', 'cookieBanner'],
    ['data-testid', 'consent-modal'],
    ['data-qa', 'gdpr-notice'],
    ['data-ui', 'onetrust-banner-sdk'],
    ['data-test', 'CookiesDialog'],
  ])('%s="%s"', (name, value) => expect(isChrome(element({ class: 'css-1fi3hjk', [name]: value }))).toBe(true));
});

describe('other names in test attributes wrap the posting', () => {
  it.each([
    ['data-automation-id', 'jobPostingHeader'],
    ['data-automation-id', 'jobSidebar'],
    ['data-testid', 'similar-jobs'],
    ['data-qa', 'cooking-class-schedule'],
  ])('%s="%s"', (name, value) => expect(isChrome(element({ class: 'css-1fi3hjk', [name]: value }))).toBe(false));
});

test('a Workday page loses its cookie banner from the description', () => {
  const html = `<!doctype html><html lang="en"><body>
    <div data-automation-id="cookieBanner" class="css-1fi3hjk"><div>We use cookies to give you the best experience. <a href="/privacy">Learn more</a></div><button>Accept Cookies</button></div>
    <main><div data-automation-id="jobPostingHeader"><h2 data-automation-id="jobPostingHeader">Research Nurse</h2></div>
    <div data-automation-id="jobPostingDescription"><p>${'Our research unit runs 300 trials a year across oncology and cardiology. '.repeat(3)}</p></div></main></body></html>`;
  const [posting] = parseHtmlPage(html, {});
  expect(posting?.html).not.toMatch(/cookies/i);
  expect(posting?.html).toMatch(/300 trials/);
});

import { load, type CheerioAPI } from 'cheerio';
import type { SourceConfig } from '../../schema/source';
import type { RawPosting } from '../../schema/raw-posting';
import { parseHtmlPage } from '../html';
import { absoluteUrl, buildRawPosting } from '../raw-posting-builder';

type Selectors = Extract<SourceConfig, { kind: 'html' }>['selectors'];

/**
 * Reads a career-site detail page without JSON-LD with the source's cheerio selectors (DESIGN §6: "an
 * `html` source names cheerio selectors"). A selector may end in `@attr` to read an attribute instead of
 * the text (`time.posted@datetime`, `.job@data-id`). Without a `description` selector the body is found
 * the way plain career pages are read (main content, site chrome dropped). A page where neither title nor
 * description is found is not a posting: nothing is returned.
 */
export function parseWithSelectors(html: string, url: string, selectors: Selectors): RawPosting[] {
  const $ = load(html);
  const read = (selector: string | undefined): string[] => (selector ? readAll($, selector) : []);
  const first = (selector: string | undefined): string | null => read(selector)[0] ?? null;
  const description = selectors.description ? ($(selectors.description).first().html()?.trim() ?? null) : null;
  const fallback = description ? null : (parseHtmlPage(html, { url })[0] ?? null);
  const title = first(selectors.title) ?? fallback?.title ?? ($('h1').first().text().trim() || null);
  const body = description ?? fallback?.html ?? null;
  if (!title && !(body && load(body).text().trim())) return [];
  const salary = first(selectors.salary);
  return [
    buildRawPosting({
      ...(fallback ?? {}),
      kind: 'html',
      url,
      externalId: first(selectors.externalId) ?? url,
      title,
      html: body,
      department: first(selectors.department) ?? fallback?.department ?? null,
      locations: read(selectors.location).map((text) => ({ text })),
      employmentTypes: read(selectors.employmentType),
      salary: salary ? { text: salary } : (fallback?.salary ?? null),
      applyUrl: absoluteUrl(readApply($, selectors.applyUrl), url) ?? fallback?.applyUrl ?? null,
      datePosted: readDate($, selectors.datePosted) ?? fallback?.datePosted ?? null,
    }),
  ];
}

/** Texts (or `@attr` values) of every element a selector matches, trimmed, empties dropped. */
function readAll($: CheerioAPI, selector: string): string[] {
  const [css, attr] = splitAttr(selector);
  return $(css)
    .map((_i, el) => (attr ? $(el).attr(attr) : $(el).text()) ?? '')
    .get()
    .map((v: string) => v.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** An apply link: the `href` of the matched element (or `@attr`), else its text. */
function readApply($: CheerioAPI, selector: string | undefined): string | null {
  if (!selector) return null;
  const [css, attr] = splitAttr(selector);
  const el = $(css).first();
  return (attr ? el.attr(attr) : (el.attr('href') ?? el.text().trim())) || null;
}

/** A date: `datetime` or `content` attributes (`<time>`, `<meta>`) before the text. */
function readDate($: CheerioAPI, selector: string | undefined): string | null {
  if (!selector) return null;
  const [css, attr] = splitAttr(selector);
  const el = $(css).first();
  return (attr ? el.attr(attr) : (el.attr('datetime') ?? el.attr('content') ?? el.text().trim())) || null;
}

function splitAttr(selector: string): [string, string | null] {
  const match = /^(.*?)@([\w:-]+)$/.exec(selector.trim());
  return match ? [match[1] as string, match[2] as string] : [selector, null];
}

import { cloneNode, type Document } from 'domhandler';
import { PermanentError } from '../errors';
import type { SourceKind } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';
import { decodeContent } from './decode-content';
import { detectJsonKind, detectKind, JSON_PARSERS, parseJson } from './detect';
import { parseIndeedFeed } from './feed/parse-indeed-feed';
import { parseHtmlPage, readHtmlPage, readPageFacts, type PageFactNeeds } from './html';
import { pageTextBound } from './html/text-length';
import { lacksPageStatedFacts, withPageStatedFacts } from './jsonld/page-facts-fill';
import { parseJsonLdDocument, parseJsonLdPage } from './jsonld/parse-jsonld';
import { foldText } from '../normalize/document/fold';
import { parseHtmlFresh } from '../normalize/document/parse-html';
import {
  descriptionText,
  isTeaserOf,
  isTitledSummaryOf,
  mayBeFullerThan,
  mayBeTeaser,
} from './jsonld/teaser-description';
import { parseMarkdown } from './markdown';
import { isPersonioXml, parsePersonioXml } from './personio/parse-personio';
import { parseText } from './text';

export interface ParseInputOptions {
  /** forces the input kind (`--source-kind`); detected from content otherwise */
  kind?: SourceKind;
  /** the URL the content came from */
  url?: string | null;
}

/**
 * Parses one input (an ATS board export or record, Personio XML, another board's Indeed-style XML feed, an
 * HTML page, Markdown, text) into raw postings, detecting its kind from content. Throws a `PermanentError` (`INPUT.UNKNOWN_SHAPE`,
 * `INPUT.BINARY`, `INPUT.MALFORMED`) for input it cannot read. An empty board export is an empty list.
 */
export function parseInput(content: string | Buffer, options: ParseInputOptions = {}): RawPosting[] {
  const text = decodeContent(content);
  const url = options.url ?? null;
  if (options.kind) return parseAs(options.kind, text, url);
  const detection = detectKind(text);
  if (detection.kind === null) return [];
  return parseAs(detection.kind, text, url, detection.json);
}

function parseAs(kind: SourceKind, text: string, url: string | null, json?: unknown): RawPosting[] {
  switch (kind) {
    case 'personio':
      if (!isPersonioXml(text)) throw unknownShape('not a Personio XML feed (no <workzag-jobs> root)');
      return withBoardCompany(parsePersonioXml(text, { url }));
    case 'jsonld':
      return parseJsonLd(text, url, json);
    case 'html':
      return parseHtmlPage(text, { url });
    case 'markdown':
      return parseMarkdown(normalizeNewlines(text), { url });
    case 'text':
      return parseText(normalizeNewlines(text), { url });
    case 'feed':
      return parseFeed(text, url);
    case 'api':
      throw unknownShape(`there is no file parser for source kind "${kind}"`);
    default:
      return parseAtsJson(kind, json ?? parseJson(text), url);
  }
}

/** An Indeed-style XML feed (`<source>` or `<jobs>` of `<job>`); anything else forced to `feed` is refused. */
function parseFeed(text: string, url: string | null): RawPosting[] {
  const head = text.trimStart().slice(0, 512);
  if (!/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:source|jobs)[\s>]/i.test(head))
    throw unknownShape('not an Indeed-style XML feed (no <source> or <jobs> root)');
  return parseIndeedFeed(text, { url });
}

function parseAtsJson(kind: SourceKind, json: unknown, url: string | null): RawPosting[] {
  const parser = JSON_PARSERS.find((p) => p.kind === kind);
  if (!parser) throw unknownShape(`there is no parser for source kind "${kind}"`);
  if (!parser.matches(json)) {
    if (detectJsonKind(json) === null) return [];
    throw unknownShape(`the JSON is not a ${kind} export`);
  }
  return withBoardCompany(parser.parse(json, { url }));
}

/**
 * Every posting of one board export belongs to the board's employer: a posting that does not name its
 * company (older Greenhouse jobs, a Recruitee offer without `company_name`) takes the one its siblings name
 * most often. Postings that name their own (Personio subcompanies) keep it.
 */
function withBoardCompany(postings: RawPosting[]): RawPosting[] {
  const counts = new Map<string, number>();
  for (const p of postings) if (p.companyName) counts.set(p.companyName, (counts.get(p.companyName) ?? 0) + 1);
  const board = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return board ? postings.map((p) => (p.companyName ? p : { ...p, companyName: board })) : postings;
}

/**
 * JSON-LD from a page (or a JSON document). A page whose JobPosting has no description borrows the body the
 * HTML parser finds; a page whose JSON-LD is unreadable falls back to the HTML parser altogether.
 */
function parseJsonLd(text: string, url: string | null, json?: unknown): RawPosting[] {
  const trimmed = text.trimStart();
  if (json !== undefined || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const postings = parseJsonLdDocument(json ?? parseJson(text), { url });
    if (!postings.length) throw unknownShape('no schema.org JobPosting in the JSON');
    return postings;
  }
  const postings = parseJsonLdPage(text, { url });
  if (!postings.length) return parseHtmlPage(text, { url });
  if (postings.some((p) => !p.html && !p.text && !p.sections.length)) return withPageBody(postings, text, url);
  const needs = postings.length === 1 && postings[0] ? pageFactNeeds(postings[0]) : null;
  const page: PageDom = { html: text, parsed: null };
  return withFullerPageBody(postings, page, url, needs !== null) ?? withPageFacts(postings, page, url, needs);
}

/** A JSON-LD page and its DOM once parsed, for the page readers below (`freshDom`). */
interface PageDom {
  html: string;
  parsed: Document | null;
}

/** The page's DOM, parsed on first use; a reader takes it through `freshDom`. */
const pageDom = (page: PageDom): Document => (page.parsed ??= parseHtmlFresh(page.html));

/**
 * A DOM of the page its reader may mutate (`parseHtmlPage` and `readPageFacts` remove chrome and other postings
 * from theirs). The page is parsed once: a reader that another may follow (`another`) gets a deep copy, which
 * costs about a third of a parse, and the last reader takes the parsed DOM itself.
 */
function freshDom(page: PageDom, another: boolean): Document {
  const parsed = pageDom(page);
  page.parsed = another ? parsed : null;
  return another ? cloneNode(parsed, true) : parsed;
}

/**
 * A page of one posting whose JSON-LD description is a teaser of the body the page shows (teaser-description.ts):
 * the posting takes the page's body (its sections, facts and apply link); what the JSON-LD states (title,
 * company, places, dates, pay) stays. Null when the description is the posting itself.
 */
function withFullerPageBody(
  postings: RawPosting[],
  page: PageDom,
  url: string | null,
  factsFollow: boolean,
): RawPosting[] | null {
  const [posting] = postings;
  if (postings.length !== 1 || !posting || posting.sections.length) return null;
  const description = descriptionText(posting);
  if (!mayBeTeaser(description)) return null;
  // a page with too little text to hold a body that much fuller is not read for one (nor copied for the facts)
  if (!mayBeFullerThan(description, pageTextBound(pageDom(page)))) return null;
  // without the fuller body, `withPageFacts` reads the same page next
  const options = { url: posting.url ?? url, title: posting.title };
  const reading = readHtmlPage(page.html, options, freshDom(page, factsFollow));
  // the posting's html is the body when it has visible text; a body that is no fuller is read no further
  if (!reading.body.trim()) return null;
  // or a summary naming the title, on a page whose own title is that one (its heading, or its head's title)
  const summary = (): boolean =>
    isTitledSummaryOf(description, reading.body, posting.title) &&
    foldText(reading.postings()[0]?.title ?? '') === foldText(posting.title ?? '');
  if (!isTeaserOf(description, reading.body) && !summary()) return null;
  const body = reading.postings()[0];
  if (!body?.html) return null;
  return [
    {
      ...posting,
      locations: shownPlaceDiffers(posting, body) ? [] : posting.locations,
      html: body.html,
      text: body.text,
      markdown: body.markdown,
      sections: body.sections,
      fields: { ...body.fields, ...posting.fields },
      applyUrl: posting.applyUrl ?? body.applyUrl,
      department: posting.department ?? body.department,
    },
  ];
}

/**
 * A posting's own page shows what its JSON-LD may leave out: the apply button (JSON-LD without a direct
 * apply URL would otherwise send applicants to the page itself), the department, pay and the workplace in the
 * facts beside the title (page-facts-fill.ts). Read only for a page of one posting that lacks one of them;
 * JSON-LD wins where it says.
 */
function withPageFacts(
  postings: RawPosting[],
  page: PageDom,
  url: string | null,
  needs: PageFactNeeds | null,
): RawPosting[] {
  const [posting] = postings;
  if (postings.length !== 1 || !posting || !needs) return postings;
  const options = { url: posting.url ?? url, title: posting.title };
  const facts = readPageFacts(page.html, options, needs, freshDom(page, false));
  const department = facts.fields.department?.[0] ?? null;
  const filled = {
    ...posting,
    applyUrl: posting.applyUrl ?? facts.applyUrl,
    department: posting.department ?? department,
  };
  return [needs.facts ? withPageStatedFacts(filled, facts.fields, facts.benefits) : filled];
}

/** What the page must supply for a posting of a page (`withPageFacts`); null when its JSON-LD states it all. */
function pageFactNeeds(posting: RawPosting): PageFactNeeds | null {
  const needs = {
    applyUrl: posting.applyUrl === null,
    department: posting.department === null,
    facts: lacksPageStatedFacts(posting),
  };
  return needs.applyUrl || needs.department || needs.facts ? needs : null;
}

/**
 * Whether the one place a teaser's JSON-LD names is not the one place its page shows beside the title (the
 * employer's head office in `jobLocation`, the team's city on the page): a reader trusts the page, so the
 * page's place is read instead. A page place that names the JSON-LD's city ("Greater London", "London, UK")
 * agrees with it.
 */
function shownPlaceDiffers(posting: RawPosting, body: RawPosting): boolean {
  const shown = body.fields.location ?? [];
  const [place] = posting.locations;
  if (posting.locations.length !== 1 || !place || shown.length !== 1 || !shown[0]) return false;
  const named = place.city ?? place.text;
  return !foldText(shown[0]).includes(foldText(named));
}

function withPageBody(postings: RawPosting[], page: string, url: string | null): RawPosting[] {
  const body = parseHtmlPage(page, { url })[0];
  if (!body) return postings;
  return postings.map((p) =>
    p.html || p.text || p.sections.length
      ? p
      : {
          ...p,
          html: body.html,
          text: body.text,
          markdown: body.markdown,
          sections: body.sections,
          fields: { ...body.fields, ...p.fields },
          applyUrl: p.applyUrl ?? body.applyUrl,
        },
  );
}

const normalizeNewlines = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

const unknownShape = (message: string): PermanentError => new PermanentError('INPUT.UNKNOWN_SHAPE', message);

import { Document, type Element, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import type { RawPosting, RawSection } from '../../schema/raw-posting';
import { buildRawPosting } from '../raw-posting-builder';
import { dateHintsFor, normalizeDateIn } from '../../normalize/dates';
import { assembleBlocks, type Block } from '../../normalize/document/blocks';
import { rememberBlocks } from '../../normalize/document/document-blocks';
import { textOf } from '../../normalize/document/dom-walk';
import { htmlRecords } from '../../normalize/document/html-records';
import { parseHtmlFresh, rememberDocument } from '../../normalize/document/parse-html';
import { findApplyLink, resolveLink } from './apply-link';
import { FieldSet } from './field-set';
import { takeFactsBoxes } from './facts-box';
import { findMainContent, removeBoardStatus, removeChrome, removeOtherJobs, removeTitleRepeat } from './main-content';
import { indexPage, isSidebar, type PageIndex } from './page-index';
import { insideOtherJobs } from './page-noise';
import { readBenefitsBlock } from './page-benefits';
import { readLabelledFields, readMetaNearTitle, readMicrodata } from './page-meta';
import { findTitleElement, headingNamed, siteBesideTitle, siteName, splitDocumentTitle } from './page-title';
import { brandFromHeaderLinks, employerBeforeUnit, headerLogoName } from './brand-link';
import { serializeContent } from './serialize';
import { readMarkedLocation } from './marked-location';
import { fieldKeyKeepingPeriod } from '../../normalize/money/periods';

/** Options for parsing a career page. */
export interface HtmlPageOptions {
  /** the page's own URL: resolves relative apply links */
  url?: string | null;
  /** the posting's title known from elsewhere (JSON-LD): finds the title heading of a page without an `<h1>` */
  title?: string | null;
}

/**
 * Parses a career page without JSON-LD: finds the posting's main content (navigation, headers, footers,
 * cookie banners, sidebars, forms, share widgets and "similar jobs" blocks dropped), its title (main `<h1>`,
 * else og:title / `<title>` without " — Company" / " | Careers"), the facts list near the title
 * (`fields`, unlabelled items in `fields.meta`), labelled fields in the body, and the apply link. Returns
 * no posting for a page with neither a title nor content. `document`, when given, is a fresh DOM of `html` that
 * is read (and mutated) instead of parsing it again.
 */
export function parseHtmlPage(
  html: string,
  options: HtmlPageOptions = {},
  document: Document = parseHtmlFresh(html),
): RawPosting[] {
  return readHtmlPage(html, options, document).postings();
}

/** A career page read as far as its body, and the rest of its reading. */
export interface HtmlPageReading {
  /** the page's main content serialised: the `html` of `parseHtmlPage`'s posting when it has visible text */
  body: string;
  /** the rest of `parseHtmlPage` (the body's blocks and fields, the raw posting); called once at most */
  postings: () => RawPosting[];
}

/**
 * `parseHtmlPage` in two steps: the body, then the rest. A caller that only compares the body (is a JSON-LD
 * description a teaser of it?) and stops there does not assemble the body's blocks or build the posting.
 */
export function readHtmlPage(
  html: string,
  options: HtmlPageOptions = {},
  document: Document = parseHtmlFresh(html),
): HtmlPageReading {
  const index = indexPage(document);
  const head = readHead(index, options.url ?? null);
  const fields = new FieldSet();
  const titleElement = findTitleElement(index, head.siteName);
  const title = titleElement ? textOf(titleElement) : head.title;
  const keep = new Set<Element>(titleElement ? ancestorsAndSelf(titleElement) : []);
  const metaElements = titleElement ? readMetaNearTitle(titleElement, fields) : [];
  readMicrodata(index.itemprops, fields);
  const apply = findApplyLink(index.anchors);
  const applyUrl = apply ? resolveLink(apply.attribs.href, head.base) : null;

  // read before the chrome is removed: the header link stands in the chrome
  const brand = head.siteName || siteBesideTitle(head.rawTitle, title) ? null : brandFromHeaderLinks(index.anchors);
  const root = index.body ?? document;
  for (const removed of removeChrome(root, keep)) if (isSidebar(removed)) readLabelledFields(removed, fields);
  // a place marked in a block of other postings (under a "Similar jobs" heading) is another job's
  const beforeOtherJobs = new Set(index.placeMarked.filter(isAttached));
  removeOtherJobs(index.headings, keep);
  removeBoardStatus(root, keep);
  const placeMarked = index.placeMarked.filter((e) => !beforeOtherJobs.has(e) || isAttached(e));
  for (const element of [titleElement, ...metaElements, apply]) if (element) removeElement(element);
  const main = findMainContent(root);
  if (main && title && !titleElement) removeTitleRepeat(main, title);
  if (main) takeFactsBoxes(main, fields);
  const body = serializeContent(main);
  return {
    body,
    postings: () => pagePostings({ index, head, fields, title, brand, applyUrl, main, placeMarked, body }),
  };
}

/** What `readHtmlPage` read before the body's blocks, for the rest of the reading. */
interface PageBodyRead {
  index: PageIndex;
  head: HeadFacts;
  fields: FieldSet;
  title: string | null;
  brand: string | null;
  applyUrl: string | null;
  main: ParentNode;
  placeMarked: Element[];
  body: string;
}

/** The rest of `parseHtmlPage` after the body: its blocks and fields, and the raw posting. */
function pagePostings({
  index,
  head,
  fields,
  title,
  brand,
  applyUrl,
  main,
  placeMarked,
  body,
}: PageBodyRead): RawPosting[] {
  const blocks = bodyBlocks(main);
  readBodyFields(blocks, fields);
  readMarkedLocation(placeMarked, fields);
  if (!title && !body.trim()) return [];
  const raw = buildRawPosting({
    kind: 'html',
    url: head.url,
    title: title || null,
    companyName:
      companyField(fields, index) ??
      head.siteName ??
      siteBesideTitle(head.rawTitle, title, fields.toRecord().location ?? []) ??
      brand,
    department: fields.first('department'),
    html: body.trim() ? body : null,
    fields: fields.toRecord(),
    applyUrl,
    datePosted: pageDate(fields.first('posted'), index.lang) ?? head.published,
    validThrough: pageDate(fields.first('deadline'), index.lang),
    language: index.lang,
  });
  // The normaliser reads this body next (sanitising, plain text, sections): with this raw posting it gets the
  // DOM the body came from and the blocks already assembled from it.
  const bodyDocument = new Document(main.children);
  rememberDocument(raw, body, bodyDocument);
  rememberBlocks(bodyDocument, blocks);
  return [raw];
}

/** The company field, without a unit named after the employer the header logo names (brand-link.ts). */
function companyField(fields: FieldSet, index: PageIndex): string | null {
  const value = fields.first('company');
  return value === null ? null : employerBeforeUnit(value, headerLogoName(index.anchors));
}

/** What a page shows around a posting that its JSON-LD may leave out. */
export interface PageFacts {
  /** the visible apply link, absolute */
  applyUrl: string | null;
  /** labelled facts near the title and in microdata ("Département: Produit & Tech") */
  fields: Record<string, string[]>;
  /** the page's benefits block (page-benefits.ts), read only with the `facts` need or without needs */
  benefits: RawSection | null;
}

/** Which of the page facts a caller will use: the other one is not read at all. */
export interface PageFactNeeds {
  /** the apply link (every anchor scored) */
  applyUrl: boolean;
  /** the department only: reading stops at the first one found (title facts, then microdata, then sidebars) */
  department: boolean;
  /** every labelled fact (pay, workplace …): the whole reading, as without `needs` */
  facts?: boolean;
}

/**
 * The facts a reader sees next to a posting's title (a `<dl>`, a facts list, a sidebar, microdata) and its
 * apply link, without extracting the body: for pages whose JSON-LD carries the posting but not these. With
 * `needs`, only what the caller will use is read: no anchor is scored when the apply link is known, and
 * only a department is looked for (`fields.department`, the first one `readPageFacts` without `needs` finds:
 * each reader adds after the one before, so nothing read later can come first). `document`, when given, is a
 * fresh DOM of `html` (it is mutated) read instead of parsing it again.
 */
export function readPageFacts(
  html: string,
  options: HtmlPageOptions = {},
  needs?: PageFactNeeds,
  document: Document = parseHtmlFresh(html),
): PageFacts {
  const index = indexPage(document);
  const head = readHead(index, options.url ?? null);
  const fields = new FieldSet();
  const titleElement = findTitleElement(index, head.siteName) ?? headingNamed(index, options.title ?? null);
  if (!needs || needs.department || needs.facts)
    readFacts(index, titleElement, fields, needs !== undefined && !needs.facts);
  const apply = !needs || needs.applyUrl ? findApplyLink(index.anchors) : null;
  // after readFacts: a benefits heading in a removed block of other postings is no longer in the page
  const benefits = !needs || needs.facts ? readBenefitsBlock(index.headings.filter(isAttached)) : null;
  return { applyUrl: apply ? resolveLink(apply.attribs.href, head.base) : null, fields: fields.toRecord(), benefits };
}

/**
 * Title facts, microdata and sidebars into `fields`, in that order; with `departmentOnly`, until one names a
 * department. A block of other postings (under a "Similar jobs" heading, or named so by its class) is another
 * posting's facts: it is removed from this private parse before microdata and sidebars are read.
 */
function readFacts(index: PageIndex, titleElement: Element | null, fields: FieldSet, departmentOnly: boolean): void {
  const found = (): boolean => departmentOnly && fields.first('department') !== null;
  if (titleElement && !insideOtherJobs(titleElement)) readMetaNearTitle(titleElement, fields);
  if (found()) return;
  removeOtherJobs(index.headings, new Set(titleElement ? ancestorsAndSelf(titleElement) : []));
  const posting = (element: Element): boolean => isAttached(element) && !insideOtherJobs(element);
  readMicrodata(index.itemprops.filter(posting), fields);
  for (const sidebar of index.sidebars) if (!found() && posting(sidebar)) readLabelledFields(sidebar, fields);
}

/** Whether an element is still in its document (not in a block removed from it). */
function isAttached(element: Element): boolean {
  let node: ParentNode = element;
  while (node.parent) node = node.parent;
  return node.type === 'root';
}

interface HeadFacts {
  /** `og:title` or `<title>` as written */
  rawTitle: string | null;
  url: string | null;
  base: string | null;
  title: string | null;
  siteName: string | null;
  published: string | null;
}

/** Page URL, link base, title and site name from `<head>`. */
function readHead(index: PageIndex, url: string | null): HeadFacts {
  const canonical = resolveLink(index.canonical ?? index.meta.get('og:url'), url);
  const base = resolveLink(index.baseHref ?? undefined, url) ?? url ?? canonical;
  const rawTitle = index.meta.get('og:title') ?? index.documentTitle;
  const split = rawTitle ? splitDocumentTitle(rawTitle) : null;
  return {
    rawTitle: rawTitle ?? null,
    url: url ?? canonical,
    base,
    title: split?.title ?? null,
    // `og:site_name` as a careers site writes it ("株式会社ミライクラウド Careers", "Acme Karriere"): the company's name
    siteName: ogSiteName(index) ?? split?.site ?? documentTitleSite(index, rawTitle),
    published: index.meta.get('article:published_time') ?? index.meta.get('dateposted') ?? null,
  };
}

/** `og:site_name` without the careers word beside the company's name; null when it is nothing but that word. */
function ogSiteName(index: PageIndex): string | null {
  const written = index.meta.get('og:site_name');
  return written ? siteName(written) : null;
}

/**
 * The site a `<title>` names when `og:title` was read first and names none: career-site builders (Workday,
 * iCIMS) give `og:title` the job's title alone and put "Job - Acme Careers" in `<title>` only.
 */
function documentTitleSite(index: PageIndex, rawTitle: string | null | undefined): string | null {
  const documentTitle = index.documentTitle;
  if (!documentTitle || documentTitle === rawTitle) return null;
  return splitDocumentTitle(documentTitle).site;
}

/**
 * A date as the page writes it, read in the page's locale ("02/12/2026" is 2 December on a Spanish page);
 * kept as written when unreadable, for the normaliser to report.
 */
const pageDate = (value: string | null, lang: string | null): string | null =>
  value === null ? null : (normalizeDateIn(value, dateHintsFor(lang)) ?? value);

function ancestorsAndSelf(element: Element): Element[] {
  const chain: Element[] = [element];
  for (let node = element.parent; node && node.type === 'tag'; node = node.parent) chain.push(node as Element);
  return chain;
}

/** The body's blocks, read as the normaliser's `htmlBlocks` reads a body (header region included). */
const bodyBlocks = (main: ParentNode): Block[] =>
  assembleBlocks(htmlRecords(main), { capsHeadings: 'classified', headerRegion: true });

/** Labelled lines in the body's header region and stated in passing ("Location: Berlin") join the fields. */
function readBodyFields(blocks: readonly Block[], fields: FieldSet): void {
  for (const block of blocks)
    if (block.type === 'field') fields.add(fieldKeyKeepingPeriod(block.key, block.label), block.value);
}

import type { Document, Element } from 'domhandler';
import { forEachElement } from '../../normalize/document/dom-walk';
import { marksPlace } from './marked-location';

/** What one pass over a page collects for the later steps (title, head metadata, links, noise, meta candidates). */
export interface PageIndex {
  body: Element | null;
  h1s: Element[];
  /** elements marked as a title by microdata or class ("job-title", itemprop="title") */
  titleLike: Element[];
  anchors: Element[];
  headings: Element[];
  itemprops: Element[];
  /** `<aside>`, role="complementary" and "sidebar" elements: where fact boxes sit beside the posting */
  sidebars: Element[];
  /** elements named for the job's place ("jobGeoLocation", `data-location`): marked-location.ts */
  placeMarked: Element[];
  /** `<meta>` values by property/name, lower-cased keys */
  meta: Map<string, string>;
  canonical: string | null;
  baseHref: string | null;
  documentTitle: string | null;
  lang: string | null;
}

const TITLE_CLASS = /(?:^|[\s_-])(?:job|posting|position|vacancy|opening|role)[_-]?(?:title|name|header)(?:$|[\s_-])/i;
const MAX_ATTRIBUTE_SCAN = 500;
const SIDEBAR_CLASS = /sidebar/i;

/** Indexes a page in one walk over every element. */
export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    body: null,
    h1s: [],
    titleLike: [],
    anchors: [],
    headings: [],
    itemprops: [],
    sidebars: [],
    placeMarked: [],
    meta: new Map(),
    canonical: null,
    baseHref: null,
    documentTitle: null,
    lang: null,
  };
  forEachElement(document, (element) => indexElement(index, element));
  return index;
}

function indexElement(index: PageIndex, element: Element): void {
  const { name, attribs } = element;
  switch (name) {
    case 'html':
      index.lang ??= attribs.lang?.trim() || null;
      return;
    case 'body':
      index.body ??= element;
      return;
    case 'title':
      index.documentTitle ??=
        element.children
          .map((child) => ('data' in child ? child.data : ''))
          .join('')
          .trim() || null;
      return;
    case 'meta': {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop)?.toLowerCase();
      if (key && attribs.content && !index.meta.has(key)) index.meta.set(key, attribs.content.trim());
      break;
    }
    case 'link':
      if (attribs.rel?.toLowerCase().split(/\s+/).includes('canonical'))
        index.canonical ??= attribs.href?.trim() || null;
      return;
    case 'base':
      index.baseHref ??= attribs.href?.trim() || null;
      return;
    case 'a':
      index.anchors.push(element);
      break;
    case 'h1':
      index.h1s.push(element);
      index.headings.push(element);
      break;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      index.headings.push(element);
      break;
  }
  if (attribs.itemprop) index.itemprops.push(element);
  if (isSidebar(element)) index.sidebars.push(element);
  if (marksPlace(element)) index.placeMarked.push(element);
  if (attribs.itemprop === 'title' || TITLE_CLASS.test((attribs.class ?? '').slice(0, MAX_ATTRIBUTE_SCAN)))
    index.titleLike.push(element);
}

/** Sidebars often hold a "Job details" box worth reading before they go. */
export const isSidebar = (element: Element): boolean =>
  element.name === 'aside' ||
  element.attribs.role === 'complementary' ||
  SIDEBAR_CLASS.test((element.attribs.class ?? '').slice(0, MAX_ATTRIBUTE_SCAN));

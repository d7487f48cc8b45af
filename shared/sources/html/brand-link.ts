import type { Element } from 'domhandler';
import { textOf } from '../../normalize/document/dom-walk';

/**
 * The employer a career site names in its header link ("Aotea Engineering Careers", "Careers at Kauri Bank",
 * "Northwind Jobs"): on hosted career sites (Workday, iCIMS, SuccessFactors) the page title is the job's alone
 * and the header's home link is the only place the employer's name stands. Read only as the last fallback.
 */
const NAME_THEN_SITE =
  /^(\p{Lu}[\p{L}\p{N}&'’.\- ]{1,58}?)\s+(?:[Cc]areers?|[Jj]obs|[Cc]areers? [Ss]ite|[Jj]ob [Bb]oard|CAREERS|JOBS)$/u;
const SITE_THEN_NAME = /^(?:careers|jobs|working) (?:at|with) (\p{Lu}[\p{L}\p{N}&'’.\- ]{1,58})$/iu;
/** First words of link texts that are site actions, not names ("Search for Jobs", "All Jobs", "Similar Jobs"). */
const ACTION =
  /^(?:search|find|browse|view|see|all|more|similar|other|our|open|latest|related|recent|saved|my|current|explore|join|back|home|internal|external|featured|top|new|apply)\b/iu;
const MAX_DEPTH = 12;

/** The company a header link names, or null. */
export function brandFromHeaderLinks(anchors: readonly Element[]): string | null {
  for (const anchor of anchors) {
    if (!inHeader(anchor)) continue;
    const text = textOf(anchor).replace(/\s+/g, ' ').trim();
    if (text.length > 70) continue;
    const name = NAME_THEN_SITE.exec(text)?.[1] ?? SITE_THEN_NAME.exec(text)?.[1] ?? null;
    if (name && !ACTION.test(name)) return name.trim();
  }
  return null;
}

function inHeader(element: Element): boolean {
  let node = element.parent;
  for (let depth = 0; node && node.type === 'tag' && depth < MAX_DEPTH; depth++, node = node.parent) {
    const tag = node as Element;
    if (tag.name === 'header' || tag.attribs.role === 'banner') return true;
  }
  return false;
}

/** A logo's alt text that names no one ("Logo", "Home", "Company logo", "image"). */
const NOT_A_NAME = /^(?:(?:company |site |our )?logo|home(?:page)?|image|img|icon|back|menu)$|\blogo$/i;
const HEADER_MARK = /(?:^|[\s_-])(?:header|masthead|topbar|top-bar|site-head)(?:$|[\s_-])/i;

/**
 * The name a header logo's alt text gives (`<div id="header"><a href="/"><img alt="Rhodania Services"></a>`),
 * or null. Not a company by itself (an alt text may be anything): used only to recognise the employer's name
 * at the start of a longer value.
 */
export function headerLogoName(anchors: readonly Element[]): string | null {
  for (const anchor of anchors) {
    if (!inHeader(anchor) && !inMarkedHeader(anchor)) continue;
    const img = anchor.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'img');
    const alt = img?.attribs.alt?.replace(/\s+/g, ' ').trim();
    if (alt && alt.length >= 2 && alt.length <= 60 && !NOT_A_NAME.test(alt)) return alt;
  }
  return null;
}

function inMarkedHeader(element: Element): boolean {
  let node = element.parent;
  for (let depth = 0; node && node.type === 'tag' && depth < MAX_DEPTH; depth++, node = node.parent) {
    const tag = node as Element;
    if (HEADER_MARK.test(`${tag.attribs.id ?? ''} ${tag.attribs.class ?? ''}`)) return true;
  }
  return false;
}

/**
 * An organisation field that names a unit after the employer ("Rhodania Services - Facility Management",
 * Taleo's "Organisation" row) → the employer, when the header logo names it. Any other value is kept.
 */
export function employerBeforeUnit(value: string | null, logoName: string | null): string | null {
  if (value === null || logoName === null) return value;
  const fold = (text: string): string => text.normalize('NFKC').toLowerCase();
  if (!fold(value).startsWith(fold(logoName))) return value;
  return /^\s+[-–—|/]\s+\S/u.test(value.slice(logoName.length)) ? value.slice(0, logoName.length) : value;
}

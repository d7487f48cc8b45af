import { XMLBuilder } from 'fast-xml-parser';

/**
 * Text that survives XML 1.0 whatever the posting says. fast-xml-parser's builder escapes element text
 * and splits `]]>` inside CDATA (`]]]]><![CDATA[>`), but it passes through characters XML 1.0 forbids
 * (https://www.w3.org/TR/xml/#charsets): C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone
 * surrogates. Those are removed here; emoji (valid surrogate pairs) are kept.
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** The string without characters XML 1.0 forbids. */
export function cleanXmlText(value: string): string {
  // `u` makes the class match a lone surrogate as one (forbidden) code point and a pair as one (allowed) one.
  return NOT_XML_CHAR.test(value) ? value.replace(NOT_XML_CHARS, '') : value;
}

/** The property name the builder treats as CDATA content. */
export const CDATA = '__cdata';

/** An element value written as CDATA (partner feeds put every value in CDATA, REFERENCE "Partner feeds"). */
export type CdataValue = { [CDATA]: string };

/** A value for the builder: CDATA text, nothing (element omitted), or nested elements. */
export type XmlNode = CdataValue | undefined | string | number | { [name: string]: XmlNode } | XmlNode[];

/** CDATA for a non-empty value; undefined (the builder omits the element) for null or empty. */
export function cdata(value: string | number | null | undefined): CdataValue | undefined {
  if (value === null || value === undefined) return undefined;
  const text = cleanXmlText(String(value));
  return text === '' ? undefined : { [CDATA]: text };
}

/** One builder for every feed: compact output, CDATA through `__cdata`, entities escaped in plain text. */
export const xmlBuilder = new XMLBuilder({ cdataPropName: CDATA, format: false, suppressEmptyNode: true });

/** The XML for `{name: value}`; text values must come from `cdata` (which cleans them) or be numbers. */
export function buildElement(name: string, value: XmlNode): string {
  return xmlBuilder.build({ [name]: value }) as string;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

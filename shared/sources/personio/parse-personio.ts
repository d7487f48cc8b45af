import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PermanentError } from '../../errors';
import type { RawLocation, RawPosting, RawSection } from '../../schema/raw-posting';
import { arr, decodeEntities, obj, str, unescapeHtml, type JsonObject } from '../json-values';
import { absoluteUrl, buildRawPosting, FieldBag, type ParserOptions } from '../raw-posting-builder';

/**
 * Personio XML feed (https://developer.personio.de/docs/integration-of-personio-xml-feed):
 * `GET https://{company}.jobs.personio.de/xml?language=en` gives `<workzag-jobs><position>…`. Each position
 * has `jobDescriptions/jobDescription {name, value (CDATA HTML)}` as sections; `subcompany` is the company
 * and `office` (+ `additionalOffices`) the locations. An empty board is an empty root, not an error.
 */

const ROOT = 'workzag-jobs';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  // Keep description HTML verbatim even when a feed forgets its CDATA wrapper.
  stopNodes: ['*.jobDescription.value'],
  isArray: (name) => name === 'position' || name === 'jobDescription' || name === 'office',
});

const PERSONIO_ROOT = new RegExp(`^\\s*(<\\?xml[^>]*>\\s*)?(<!--[\\s\\S]*?-->\\s*)*<${ROOT}[\\s/>]`);
/** Whether the content is a Personio feed (its root element), judged without parsing the whole document. */
export const isPersonioXml = (xml: string): boolean => PERSONIO_ROOT.test(xml);

/** Personio XML → raw postings. Throws `INPUT.MALFORMED` for XML that is not well-formed. */
export function parsePersonioXml(xml: string, options: ParserOptions): RawPosting[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new PermanentError('INPUT.MALFORMED', `malformed XML at line ${valid.err.line}: ${valid.err.msg}`, {
      details: { ...valid.err },
    });
  }
  const root: unknown = parseDocument(xml)[ROOT];
  return arr(obj(root)?.position)
    .map(obj)
    .filter((position): position is JsonObject => position !== null)
    .map((position) => parsePosition(position, options));
}

/**
 * The parsed document. The validator and the parser disagree on some broken prologs (the validator passes
 * `<?xml versio{…}n="1.0" encoding=""1.0"…?>`, the parser throws "Pi Tag is not closed"), so a parser
 * error is the same malformed-input rejection as a validator one, never a bare Error.
 */
function parseDocument(xml: string): JsonObject {
  try {
    return parser.parse(xml) as JsonObject;
  } catch (error) {
    throw new PermanentError('INPUT.MALFORMED', `malformed XML: ${(error as Error).message}`, { cause: error });
  }
}

const cdata = (value: string): string => value.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1');

function sectionsOf(position: JsonObject): RawSection[] {
  return arr(obj(position.jobDescriptions)?.jobDescription).flatMap((item) => {
    const description = obj(item);
    const html = str(description?.value);
    return html ? [{ heading: decodeEntities(str(description?.name) ?? ''), html: unescapeHtml(cdata(html)) }] : [];
  });
}

function locationsOf(position: JsonObject): RawLocation[] {
  const offices = [...arr(position.office), ...arr(obj(position.additionalOffices)?.office)].map(str);
  return [...new Set(offices.filter((o): o is string => o !== null))].map((text) => ({
    text,
    city: null,
    region: null,
    country: null,
    workplace: null,
  }));
}

function fieldsOf(position: JsonObject): Record<string, string[]> {
  return new FieldBag()
    .add('category', str(position.recruitingCategory))
    .add('experience', str(position.yearsOfExperience) ? `${str(position.yearsOfExperience)} years` : null)
    .add('occupation', str(position.occupationCategory))
    .toRecord();
}

/** Posting pages live at `/job/{id}` on the feed's host (`?language=` carried over). */
function postingUrlOf(id: string | null, feedUrl: string | null): string | null {
  if (!id || !feedUrl) return null;
  const url = absoluteUrl(`/job/${encodeURIComponent(id)}`, feedUrl);
  const language = languageOf(feedUrl);
  return url && language ? `${url}?language=${language}` : url;
}

function languageOf(feedUrl: string | null): string | null {
  try {
    return feedUrl ? new URL(feedUrl).searchParams.get('language') : null;
  } catch {
    return null;
  }
}

function parsePosition(position: JsonObject, options: ParserOptions): RawPosting {
  const id = str(position.id);
  return buildRawPosting({
    kind: 'personio',
    externalId: id,
    url: postingUrlOf(id, options.url) ?? options.url,
    title: str(position.name),
    companyName: str(position.subcompany),
    department: str(position.department),
    sections: sectionsOf(position),
    fields: fieldsOf(position),
    locations: locationsOf(position),
    employmentTypes: [str(position.employmentType), str(position.schedule)].filter((t): t is string => t !== null),
    seniority: str(position.seniority),
    datePosted: str(position.createdAt),
    language: languageOf(options.url),
    tags: (str(position.keywords) ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  });
}

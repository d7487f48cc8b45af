import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PermanentError } from '../../errors';
import type { RawLocation, RawPosting } from '../../schema/raw-posting';
import type { Workplace } from '../../schema/posting';
import { absoluteUrl, buildRawPosting, FieldBag } from '../raw-posting-builder';

/**
 * Another board's Indeed-style XML feed (REFERENCE "Partner feeds"; Indeed XML feed reference): a `<source>`
 * root (or `<jobs>`, as Adzuna and ZipRecruiter write it) with one `<job>` per open job, values usually in
 * CDATA. One raw posting per `<job>`; the feed is a full snapshot, so a job missing from it is closed.
 */

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: true,
  // The description is HTML: keep it verbatim even when a feed forgot its CDATA wrapper.
  stopNodes: ['*.job.description'],
  isArray: (name, jpath) => name === 'job' && /(^|\.)job$/.test(String(jpath)),
});

type Job = Record<string, unknown>;

/** Parses an Indeed-style feed; throws `INPUT.MALFORMED` for XML that is not well-formed. */
export function parseIndeedFeed(xml: string, options: { url: string | null }): RawPosting[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new PermanentError(
      'INPUT.MALFORMED',
      `the feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`,
    );
  }
  const doc = parser.parse(xml) as Record<string, unknown>;
  const root = (doc.source ?? doc.jobs ?? {}) as Record<string, unknown>;
  const publisher = value(root, 'publisher');
  const jobs = Array.isArray(root.job) ? (root.job as Job[]) : [];
  return jobs.map((job) => toRawPosting(job, { feedUrl: options.url, publisher }));
}

function toRawPosting(job: Job, context: { feedUrl: string | null; publisher: string | null }): RawPosting {
  const url = absoluteUrl(value(job, 'url') ?? value(job, 'link'), context.feedUrl);
  return buildRawPosting({
    kind: 'feed',
    externalId: value(job, 'referencenumber') ?? value(job, 'id') ?? value(job, 'partnerJobId') ?? url,
    requisitionId: value(job, 'requisitionid'),
    url,
    title: value(job, 'title') ?? value(job, 'name'),
    companyName: value(job, 'company'),
    html: withoutCdata(value(job, 'description')),
    locations: locationsOf(job),
    workplace: workplaceOf(value(job, 'remotetype')),
    employmentTypes: list(value(job, 'jobtype') ?? value(job, 'contract_time') ?? value(job, 'contract_type')),
    salary: value(job, 'salary') ? { text: value(job, 'salary') } : null,
    applyUrl: url,
    datePosted: value(job, 'date') ?? value(job, 'pubdate'),
    validThrough: value(job, 'expirationdate') ?? value(job, 'expire'),
    department: value(job, 'category'),
    fields: fieldsOf(job),
  });
}

/** `city`/`state`/`country` (Indeed) or a single `location`/`region` (Adzuna, Jooble). */
function locationsOf(job: Job): RawLocation[] {
  const city = value(job, 'city');
  const region = value(job, 'state') ?? value(job, 'region');
  const country = value(job, 'country');
  const text =
    [value(job, 'streetaddress'), city, region, value(job, 'postalcode'), country].filter(Boolean).join(', ') ||
    value(job, 'location');
  if (!text) return [];
  return [{ text, city, region, country, workplace: workplaceOf(value(job, 'remotetype')) }];
}

/** Indeed `remotetype`: "Fully remote", "COVID-19", "Hybrid remote" … */
function workplaceOf(remoteType: string | null): Workplace | null {
  if (!remoteType) return null;
  if (/hybrid/i.test(remoteType)) return 'hybrid';
  if (/remote/i.test(remoteType)) return 'remote';
  return null;
}

function fieldsOf(job: Job): Record<string, string[]> {
  const fields = new FieldBag();
  for (const key of ['education', 'experience', 'category', 'email']) fields.add(key, value(job, key));
  return fields.toRecord();
}

/** A child element's text: CDATA and plain text read alike, empty values as null. */
function value(node: Record<string, unknown>, key: string): string | null {
  const raw = node[key];
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : null;
  return text ? text : null;
}

/** A stop node keeps its CDATA markers; the description is what is inside them. */
const withoutCdata = (text: string | null): string | null =>
  text ? text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').trim() || null : null;

const list = (text: string | null): string[] =>
  text
    ? text
        .split(/[,;/]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

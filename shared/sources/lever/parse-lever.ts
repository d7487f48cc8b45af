import type { RawLocation, RawPosting, RawSalary, RawSection } from '../../schema/raw-posting';
import { arr, decodeEntities, isObject, num, obj, str, strings, type JsonObject } from '../json-values';
import { buildRawPosting, type JsonSourceParser, type ParserOptions } from '../raw-posting-builder';
import { workplaceFromText } from '../workplace';

/**
 * Lever Postings API (https://github.com/lever/postings-api): `GET /v0/postings/{site}?mode=json` gives an
 * array; `GET …/{id}` one posting. The title is `text`, `createdAt` is epoch milliseconds, `lists` are the
 * pre-split sections and `additional` the closing text. An unknown site answers `{"ok": false}`.
 */

const isLeverPosting = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.text === 'string' &&
  ('categories' in value || 'hostedUrl' in value || 'lists' in value);

function matchesLever(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && isLeverPosting(json[0]);
  return isLeverPosting(json) || (isObject(json) && Array.isArray(json.data) && isLeverPosting(json.data[0]));
}

/** `allLocations` when present (multi-location postings), else `location`; `country` belongs to the primary one. */
function locationsOf(posting: JsonObject): RawLocation[] {
  const categories = obj(posting.categories) ?? {};
  const primary = str(categories.location);
  const texts = strings(categories.allLocations);
  if (primary && !texts.includes(primary)) texts.unshift(primary);
  const country = str(posting.country);
  return texts.map((text) => ({
    text,
    city: null,
    region: null,
    country: country && (text === primary || texts.length === 1) ? country : null,
    workplace: null,
  }));
}

/** `salaryRange {currency, interval: "per-year-salary" | "per-month-salary" | "per-hour-wage" …, min, max}`. */
function salaryOf(posting: JsonObject): RawSalary | null {
  const range = obj(posting.salaryRange);
  const text = str(posting.salaryDescriptionPlain);
  if (!range) return text ? { min: null, max: null, currency: null, period: null, text } : null;
  return { min: num(range.min), max: num(range.max), currency: str(range.currency), period: str(range.interval), text };
}

/** Each of `lists [{text, content: "<li>…</li>…"}]` becomes a section; the items arrive without their `<ul>`. */
function sectionsOf(posting: JsonObject): RawSection[] {
  return arr(posting.lists)
    .map(obj)
    .filter((list): list is JsonObject => list !== null)
    .map((list) => {
      const content = str(list.content) ?? '';
      return {
        heading: decodeEntities(str(list.text) ?? ''),
        html: /^\s*<li[\s>]/i.test(content) ? `<ul>${content}</ul>` : content,
      };
    })
    .filter((section) => section.html.trim() !== '');
}

function parsePosting(posting: JsonObject, options: ParserOptions): RawPosting {
  const categories = obj(posting.categories) ?? {};
  const body = [str(posting.description), str(posting.additional)].filter((part): part is string => part !== null);
  return buildRawPosting({
    kind: 'lever',
    externalId: str(posting.id),
    url: str(posting.hostedUrl) ?? options.url,
    title: str(posting.text) === null ? null : decodeEntities(str(posting.text) as string),
    department: str(categories.department) ?? str(categories.team),
    html: body.length ? body.join('\n') : null,
    text: body.length ? null : str(posting.descriptionPlain),
    sections: sectionsOf(posting),
    locations: locationsOf(posting),
    workplace: workplaceFromText(str(posting.workplaceType)),
    employmentTypes: strings(categories.commitment),
    salary: salaryOf(posting),
    applyUrl: str(posting.applyUrl),
    datePosted: num(posting.createdAt) ?? str(posting.createdAt),
    tags: strings(posting.tags),
  });
}

/** Lever postings array, `{data: [...]}` page, or single posting → raw postings. */
export const leverParser: JsonSourceParser = {
  kind: 'lever',
  matches: matchesLever,
  parse(json, options) {
    const list = Array.isArray(json) ? json : isLeverPosting(json) ? [json] : arr(obj(json)?.data);
    return list
      .map(obj)
      .filter((p): p is JsonObject => p !== null && isLeverPosting(p))
      .map((p) => parsePosting(p, options));
  },
};

/** Lever's answer for an unknown site or posting (`{"ok": false, "error": "…"}`), so it can be reported as such. */
export function leverErrorMessage(json: unknown): string | null {
  const root = obj(json);
  return root && root.ok === false ? (str(root.error) ?? 'Lever answered ok: false') : null;
}

import type { Element } from 'domhandler';
import { childElements, textOf } from '../../normalize/document/dom-walk';
import type { FieldSet } from './field-set';
import { insideOtherJobs } from './page-noise';

/**
 * Career-site templates put the job's place in an element named for it, anywhere on the page, often apart from
 * the facts beside the title: SuccessFactors' `<span class="jobGeoLocation">Hamburg, DE, 20095</span>`, a
 * `class="job-location"` cell, an element carrying `data-location="Lyon, FR"`. Read when the page states no
 * location otherwise; a page naming different places so (a list of jobs) names none of them as this job's.
 */

/** A class or id token naming the job's place: "jobGeoLocation", "jobLocation", "job-location", "job_geo_location". */
const PLACE_TOKEN = /^(?:job[-_]?)?geo[-_]?location$|^job[-_]?location$/i;
/** Data attributes holding the place as their value. */
const PLACE_ATTRIBUTES = ['data-location', 'data-job-location', 'data-geo-location'];
const MAX_ATTRIBUTE_SCAN = 300;
const MAX_PLACE_CHARS = 120;

/** Whether an element holds the job's place by its name (page-index.ts collects these in its one walk). */
export function marksPlace(element: Element): boolean {
  const { attribs } = element;
  if (PLACE_ATTRIBUTES.some((name) => attribs[name]?.trim())) return true;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.slice(0, MAX_ATTRIBUTE_SCAN);
  return names.trim() !== '' && names.split(/\s+/).some((token) => PLACE_TOKEN.test(token));
}

/** The place the marked elements agree on, added as the location field when the page gave none. */
export function readMarkedLocation(marked: readonly Element[], fields: FieldSet): void {
  if (marked.length === 0 || fields.first('location') !== null) return;
  const places = new Set<string>();
  for (const element of marked) {
    if (insideOtherJobs(element)) continue;
    const place = placeOf(element);
    if (place) places.add(place);
  }
  const [only] = places;
  if (places.size === 1 && only) fields.add('location', only);
}

/** The place an element holds: its data attribute's value, else its own text when it has no child elements. */
function placeOf(element: Element): string | null {
  const attribute = PLACE_ATTRIBUTES.map((name) => element.attribs[name]?.trim()).find(Boolean);
  const text = attribute ?? (childElements(element).length === 0 ? textOf(element).replace(/\s+/g, ' ').trim() : '');
  return text && text.length <= MAX_PLACE_CHARS ? text : null;
}

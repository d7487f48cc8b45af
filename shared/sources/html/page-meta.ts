import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import { childElements, textOf } from '../../normalize/document/dom-walk';
import { foldText } from '../../normalize/document/fold';
import { htmlRecords } from '../../normalize/document/html-records';
import { iconField } from '../../normalize/document/fact-icons';
import { isDateLine } from '../../normalize/document/date-line';
import { splitFactLine } from '../../normalize/document/fact-line';
import { fieldKeyFor, splitFieldLine, splitLabelAlone } from '../../normalize/document/field-dictionary';
import { employerOn } from '../text/company-line';
import type { FieldSet } from './field-set';
import { shortTextOf } from './text-length';
import { fieldKeyKeepingPeriod } from '../../normalize/money/periods';
import { parseLocationText } from '../../normalize/geo/location-text';

/**
 * The short facts list most career pages put under the title ("Remote · Full-time · Engineering", a
 * `<ul class="posting-meta">`, a `<dl>`). Labelled items ("Location: Berlin") go to their field; the rest to
 * `fields.meta` for the orchestrator to classify.
 */
const MAX_SIBLINGS = 4;
const MAX_ITEMS = 12;
const MAX_ITEM_CHARS = 100;
const MAX_META_CHARS = 500;
const SEPARATORS = /\s+[·|•/]\s+|\s*[|•·]\s*/;
const META_CLASS =
  /(?:^|[\s_-])(?:meta|metadata|details|info|tags|facts|attributes|summary|overview|location|categories|highlights)(?:$|[\s_-])/i;
const HEADING = /^h[1-6]$/;
/** A button or a date may sit between the title and its facts; anything longer is the body. */
const MAX_SKIPPED_CHARS = 80;

/** Sentence-final punctuation, closing quotes or brackets allowed after it. */
const SENTENCE_END = /[.!?。！？](?:["'”’»)\]）]*)$/u;
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const MIN_SENTENCE_WORDS = 3;
const MIN_SENTENCE_CJK = 6;

/** A sentence, however short ("Boutique de Lyon.", "Büro in Köln."): words ending in sentence punctuation. */
const readsAsSentence = (text: string): boolean =>
  SENTENCE_END.test(text) &&
  (text.split(/\s+/).length >= MIN_SENTENCE_WORDS || (text.match(CJK_CHARS)?.length ?? 0) >= MIN_SENTENCE_CJK);

/**
 * Whether a short element after the title has begun the body: a paragraph, or a sentence in any element.
 * A list after it is the posting's, not the facts under the title. Only a button, a date or a label line
 * is passed over on the way to the facts, a date line even as a paragraph ("<p>Posted 3 days ago</p>").
 */
const beginsBody = (candidate: Element, text: string): boolean =>
  text !== '' && (candidate.name === 'p' || readsAsSentence(text)) && !isDateLine(text);

/**
 * A lower-case word of four letters or more ("Büro in Köln", "We are hiring"): words around a place, not a
 * place line. Place names keep their short particles ("Frankfurt am Main", "Rio de Janeiro", "Kingston upon Hull").
 */
const PROSE_WORD = /(?<![\p{L}\p{M}'’-])(?!upon(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]{3,}/u;
const MAX_PLACE_WORDS = 4;
/** A part with a sign or with digits beside letters: a copyright, a licence number, an address. */
const NOT_A_NAME = /[©@#&%+=:;]|\p{L}\d|\d\p{L}/u;
const DOTTED_CODE_END = /(?:^|[\s,(])(?:\p{Lu}\.){1,3}$/u;
const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };

/**
 * An element under the title that holds only a place ("<p>Fontibón, Bogotá, D.C.</p>", "<p>Lyon (69)</p>"),
 * as job boards put the place on a line of its own: a fact of the header, not the body's first paragraph.
 * Asked only of an element holding text alone (a wrapper of other elements is read through its items).
 */
function placeAlone(text: string): boolean {
  if (!text || text.length > MAX_SKIPPED_CHARS || PROSE_WORD.test(text)) return false;
  // each part a short name or a code ("Fontibón", "Bogotá", "D.C.", "69"), not a footer line that names a company
  const parts = text.split(/[,，、()（）]/u).map((part) => part.trim());
  if (parts.some((part) => part.split(/\s+/).length > MAX_PLACE_WORDS || NOT_A_NAME.test(part))) return false;
  // a dotted code's last dot ends no sentence: "Bogotá, D.C.", "Monterrey, N.L."
  if (readsAsSentence(text) && !DOTTED_CODE_END.test(text)) return false;
  return parseLocationText(text, NO_CONTEXT).some((l) => l.city !== null || l.region !== null);
}

/** Share buttons and breadcrumbs are short items too, but every one of them is a link. */
function isLinkList(element: Element, text: string): boolean {
  const links = findAll((e) => e.name === 'a', element.children);
  const linkText = links.reduce((sum, link) => sum + textOf(link).length, 0);
  return links.length > 0 && linkText >= text.length * 0.8;
}

/** The items of a candidate meta element (its text at most `MAX_META_CHARS`), or null when it does not look like a short facts list. */
function metaItems(element: Element, text: string): string[] | null {
  if (!text) return null;
  let items: string[];
  if (element.name === 'ul' || element.name === 'ol') items = childElements(element).map(pairText);
  else if (element.name === 'dl') items = definitionItems(element);
  else if (element.name === 'table') items = findAll((e) => e.name === 'tr', element.children).map(pairText);
  else if (
    childElements(element).length >= 2 &&
    childElements(element).every((c) => !HEADING.test(c.name)) &&
    // "<strong>Locatie</strong><br>Utrecht": text of its own between the children would be lost
    onlyWhitespaceBetween(element)
  )
    items = childElements(element).map(pairText);
  else if (SEPARATORS.test(text) || META_CLASS.test(element.attribs.class ?? '')) items = text.split(SEPARATORS);
  else return null;
  items = items.map((item) => item.trim()).filter(Boolean);
  if (items.length === 0 || items.length > MAX_ITEMS || items.some((item) => item.length > MAX_ITEM_CHARS)) return null;
  return items;
}

/**
 * An item's text; a known field label in an element beside its value element (`<th>Área</th><td>Ventas</td>`,
 * `<span class="label">Team</span><span>Product</span>`) reads as "Área: Ventas".
 */
function pairText(item: Element): string {
  const parts = childElements(item);
  const [label, value] = parts;
  if (parts.length !== 2 || !label || !value || !onlyWhitespaceBetween(item)) return leadingLabelText(item);
  const labelText = textOf(label).replace(/[:：]\s*$/u, '');
  const valueText = textOf(value);
  // two cells that each state a fact ("Location: Berlin", "Salary: €60k") are two facts
  if (splitFieldLine(labelText)?.key && splitFieldLine(valueText)) return `${labelText} | ${valueText}`;
  const known = labelText.length <= MAX_LABEL_CHARS && fieldKeyFor(labelText) !== null;
  return known && valueText ? `${labelText}: ${valueText}` : textOf(item);
}

/**
 * A known label in an element of its own followed by the value as plain text (`<li><span>Posted</span>
 * November 3, 2026</li>`, `<li><b>Lieu</b> Lyon</li>`) reads as "Posted: November 3, 2026".
 */
function leadingLabelText(item: Element): string {
  const whole = textOf(item);
  const first = item.children.find((c) => c.type !== 'text' || (c as { data: string }).data.trim());
  if (!first || first.type !== 'tag') return whole;
  const rawLabel = textOf(first as Element);
  const labelText = rawLabel.replace(/[:：]\s*$/u, '');
  if (!labelText || labelText.length > MAX_LABEL_CHARS || fieldKeyFor(labelText) === null) return whole;
  if (!whole.startsWith(rawLabel)) return whole;
  const valueText = whole.slice(rawLabel.length).replace(/^[\s:：]+/u, '');
  return valueText ? `${labelText}: ${valueText}` : whole;
}

const MAX_LABEL_CHARS = 40;

const onlyWhitespaceBetween = (element: Element): boolean =>
  element.children.every((c) => c.type !== 'text' || !(c as { data: string }).data.trim());

/**
 * `dt` / `dd` pairs as "label: value". One term may have several descriptions (HTML's name-value groups:
 * Workday's `<dt>locations</dt><dd>Boston, MA</dd><dd>Cambridge, MA</dd>`), so a label holds until the next `dt`.
 */
function definitionItems(list: Element): string[] {
  const items: string[] = [];
  let label: string | null = null;
  for (const child of childElements(list)) {
    if (child.name === 'dt') label = textOf(child);
    else if (child.name === 'dd')
      items.push(label ? `${label.replace(/[:：]\s*$/u, '')}: ${textOf(child)}` : textOf(child));
  }
  return items;
}

/** Element siblings after `start`, and after its parent when the title sits alone in a wrapper. */
function candidatesAfter(title: Element): Element[] {
  const found: Element[] = [];
  const collect = (from: Element): void => {
    for (let node = from.next; node && found.length < MAX_SIBLINGS; node = node.next) {
      // a loose sentence beside the title ("<h1>…</h1>Büro in Köln.<ul>…") has begun the body too
      if (node.type === 'text' && readsAsSentence(node.data.trim())) return;
      if (node.type !== 'tag') continue;
      const element = node as Element;
      // a heading marked as the employer's name under the title (a job board's `<h2 data-test="employer-name">`)
      // is a fact of the header; any other heading begins the body
      if (HEADING.test(element.name) && markedFieldKey(element) !== 'company') return;
      found.push(element);
    }
  };
  collect(title);
  const parent = title.parent;
  if (found.length >= MAX_SIBLINGS || !parent || parent.type !== 'tag') return found;
  if (shortTextOf(parent, MAX_META_CHARS) !== null) collect(parent as Element);
  return found;
}

/** Reads the facts list near the title into `fields`; returns the elements it used so the body can leave them out. */
export function readMetaNearTitle(title: Element, fields: FieldSet): Element[] {
  const used: Element[] = [];
  for (const candidate of candidatesAfter(title)) {
    // The facts list comes before the body: the first block of prose ends the search.
    const text = shortTextOf(candidate, MAX_META_CHARS);
    if (text === null) break;
    // a job board's own guess at the pay is no fact of the posting: left out of the fields and the body
    if (isPayEstimate(text)) {
      used.push(candidate);
      continue;
    }
    const marked = markedFieldKey(candidate);
    if (marked && text && text.length <= MAX_ITEM_CHARS) {
      fields.add(marked, marked === 'company' ? (ownText(candidate) ?? text) : text);
      used.push(candidate);
      continue;
    }
    const items =
      metaItems(candidate, text) ?? (childElements(candidate).length === 0 && placeAlone(text) ? [text] : null);
    if (!items) {
      if (text.length > MAX_SKIPPED_CHARS || beginsBody(candidate, text)) break;
      continue;
    }
    if (isLinkList(candidate, text)) continue;
    addItems(candidate, items, fields);
    used.push(candidate);
  }
  return used;
}

/**
 * The items of a facts wrapper, each to its field: an item element whose attributes name what it holds
 * (`<span data-ui="job-department">Tech</span>` among Workable's unlabelled facts, a job board's
 * `data-automation="advertiser-name"`) goes to that field, a name with a legal form ("… S.A.S.", "… GmbH") is
 * the employer's, the rest as `addMetaItem` reads them.
 */
function addItems(wrapper: Element, items: readonly string[], fields: FieldSet): void {
  const children = childElements(wrapper);
  const oneEach = children.length === items.length && children.every((c, i) => textOf(c).trim() === items[i]);
  items.forEach((item, i) => {
    const child = oneEach ? children[i] : undefined;
    const marked = child ? markedFieldKey(child) : null;
    // the employer's name among the facts ("Distribuidora Andina S.A.S." above the place): never a place
    const employer = marked || /[:：]/u.test(item) ? null : employerOn(item);
    if (marked) fields.add(marked, item);
    else if (employer && !fields.first('company')) fields.add('company', employer);
    else addMetaItem(item, fields);
  });
}

/**
 * Attributes where ATS templates and job boards name what an element holds (`data-ui="job-location"`,
 * `class="job-type"`, SEEK's `data-automation`, StepStone's `data-at`, pracuj.pl's `data-test`).
 */
const MARK_ATTRIBUTES = [
  'class',
  'id',
  'data-ui',
  'data-testid',
  'data-test',
  'data-qa',
  'data-automation-id',
  'data-automation',
  'data-at',
  'itemprop',
];
const MARKED_FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|[\s_-])(?:job-?)?locations?(?:$|[\s_-])/i, 'location'],
  [/(?:^|[\s_-])(?:job-?|employment-?|work-?)type(?:$|[\s_-])/i, 'employment type'],
  [/(?:^|[\s_-])(?:job-?)?workplace(?:-?type)?(?:$|[\s_-])/i, 'workplace'],
  [/(?:^|[\s_-])(?:job-?)?department(?:$|[\s_-])/i, 'department'],
  [/(?:^|[\s_-])(?:job-?)?(?:salary|compensation)(?:$|[\s_-])/i, 'salary'],
  // the employer's name only ("company-name", "advertiser-name"), not "company-logo" or "company-review-link"
  [/(?:^|[\s_-])(?:company|employer|advertiser|hiring-?organi[sz]ation)(?:-?name)?(?:$|\s)/i, 'company'],
];

/**
 * The field an element says it holds through its attributes ("Dublin, Ireland" in `<div data-ui="job-location">`,
 * Workable's and many templates' way), or null. Only an element without children of its own counts: a wrapper
 * called "job-details" holds several facts.
 */
function markedFieldKey(element: Element): string | null {
  const children = childElements(element);
  // one link or span around the value (`<span data-automation="job-detail-location"><a>Parramatta</a></span>`)
  if (children.length > 1 || (children[0] && !INLINE_VALUE.has(children[0].name))) return null;
  const marks = MARK_ATTRIBUTES.map((name) => element.attribs[name] ?? '')
    .join(' ')
    .slice(0, MAX_ATTRIBUTE_SCAN);
  if (!marks.trim()) return null;
  return MARKED_FIELDS.find(([pattern]) => pattern.test(marks))?.[1] ?? null;
}
const MAX_ATTRIBUTE_SCAN = 300;

/**
 * The text an element holds itself, without its child's: an employer's name with a link after it
 * ("Grupa Malta Sp. z o.o.<a>O firmie</a>", "Acme GmbH<a>View profile</a>"); null when it holds none.
 */
function ownText(element: Element): string | null {
  const own = element.children
    .filter((c) => c.type === 'text')
    .map((c) => (c as { data: string }).data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return own || null;
}
const INLINE_VALUE = new Set(['a', 'span', 'strong', 'b', 'em', 'time']);

/**
 * The pay a job board estimates for the role beside the employer's facts ("Gehaltsprognose: Für diesen Job
 * schätzen wir …", "Estimated salary", "Salaire estimé", "推定年収"): the board's guess, not the employer's offer.
 * (Japanese "想定年収" is the employer's own expected pay and is not among them.)
 */
const PAY_ESTIMATE =
  /salary estimate|estimated (?:salary|pay|base pay|total pay)|gehaltsprognose|gehaltsschatzung|geschatztes gehalt|schatzen wir|salaire estime|estimation (?:de|du) salaire|salario estimado|estimacion salarial|estimativa salarial|salario estimado|geschat salaris|salarisindicatie|推定年収|推定給与/;
export const isPayEstimate = (text: string): boolean => PAY_ESTIMATE.test(foldText(text));

/** "Location: Berlin" to its field, "📍 Jakarta" to the field its icon names (fact-icons.ts); the rest to `meta`. */
export function addMetaItem(item: string, fields: FieldSet): void {
  const facts = splitFactLine(item);
  if (facts) return facts.forEach((fact) => addMetaItem(`${fact.label}: ${fact.value}`, fields));
  const icon = iconField(item);
  if (icon?.key) return fields.add(icon.key, icon.value);
  const field = splitFieldLine(item);
  if (field?.key) fields.add(fieldKeyKeepingPeriod(field.key, field.label), field.value);
  else if (field && field.label.split(/\s+/).length <= 3) fields.add(field.label.toLowerCase(), field.value);
  else fields.add('meta', item);
}

/** schema.org microdata properties a page without JSON-LD may still carry, by field key. */
const ITEMPROP_FIELDS: Readonly<Record<string, string>> = {
  jobLocation: 'location',
  employmentType: 'employment type',
  datePosted: 'posted',
  validThrough: 'deadline',
  baseSalary: 'salary',
  hiringOrganization: 'company',
  industry: 'industry',
  occupationalCategory: 'department',
  experienceRequirements: 'experience',
  workHours: 'hours',
  jobLocationType: 'workplace',
};

/** Reads schema.org microdata (`itemprop`) into fields. */
export function readMicrodata(itemprops: readonly Element[], fields: FieldSet): void {
  for (const element of itemprops) {
    const key = ITEMPROP_FIELDS[element.attribs.itemprop ?? ''];
    if (!key) continue;
    const named = key === 'company' ? childElements(element).find((c) => c.attribs.itemprop === 'name') : undefined;
    const value = element.attribs.content ?? element.attribs.datetime ?? textOf(named ?? element);
    if (value && value.length <= MAX_META_CHARS) fields.add(key, value);
  }
}

/**
 * Labelled facts in a sidebar about to be dropped as chrome: "Department: Infrastructure", a `<dl>`, a
 * two-cell table row, a label element beside its value, or a known label on a line of its own above its value.
 */
export function readLabelledFields(element: Element, fields: FieldSet): void {
  let pending: { key: string; label: string } | null = null;
  for (const record of htmlRecords(element)) {
    if (record.type === 'break') continue;
    const lines =
      record.type === 'line' ? [record.text] : record.type === 'list' ? record.items.map((i) => i.text) : [];
    const answers = pending !== null && record.type === 'line' && record.text.length <= MAX_ITEM_CHARS;
    // a pay label keeps the period it names for the value below it ("Hourly rate:" then "$35")
    if (answers && !splitFieldLine(record.text)?.key && bareLabel(record.text) === null)
      fields.add(fieldKeyKeepingPeriod(pending?.key ?? '', pending?.label ?? ''), record.text);
    pending = null;
    for (const line of lines.flatMap((l) => splitFactLine(l)?.map((f) => `${f.label}: ${f.value}`) ?? [l])) {
      const field = splitFieldLine(line);
      if (field?.key) fields.add(fieldKeyKeepingPeriod(field.key, field.label), field.value);
      else if (!field && record.type === 'line') pending = bareLabel(line);
    }
  }
}

/**
 * A line that is nothing but a known field label ("Location", "Standort", "Hourly rate:", "【勤務地】")
 * announces the value below it.
 */
const bareLabel = (line: string): { key: string; label: string } | null => {
  if (line.length > 40) return null;
  const key = fieldKeyFor(line);
  return key ? { key, label: line } : splitLabelAlone(line);
};

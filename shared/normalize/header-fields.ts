import type { Workplace } from '../schema/posting';
import { ConfigError } from '../errors';
import { workplaceFromText } from '../sources/workplace';
import { fieldKeyFor } from './document/field-dictionary';
import { expandTerm } from './document/term-expansions';
import { remoteArea, workplaceAnswer } from './document/workplace-answer';
import type { LocationReadings } from './geo/location-text';
import { classifyMetaItem } from './meta-items';

/**
 * Routes a posting's header fields (`RawPosting.fields`: "Location: …", "Salary: …", an HTML meta list) to
 * the extractor that understands them. Keys are lower-case English as the parsers write them; the common
 * synonyms employers use are accepted too. Unlabelled `meta` items are classified by what they look like.
 */

export type FieldRole =
  | 'location'
  | 'salary'
  | 'employment'
  | 'company'
  | 'department'
  | 'seniority'
  | 'workplace'
  | 'skills'
  | 'languages'
  | 'datePosted'
  | 'validThrough'
  | 'applyUrl'
  | 'title'
  | 'country';

/**
 * Keys each extractor owns, as folded regex fragments (lower case, single-spaced: see normalizeKey); the first
 * role listing a key wins. Built at module load into one Map of every spelling (term-expansions.ts).
 */
const KEY_ROLES: ReadonlyArray<readonly [readonly string[], FieldRole]> = [
  [
    ['locations?', 'offices?', 'city', 'cities', 'work ?location', 'place of work', 'based in', 'where', 'address'],
    'location',
  ],
  [
    [
      'salary',
      'salary range',
      'compensation',
      'pay',
      'pay range',
      'rate',
      'day rate',
      'hourly rate',
      'wage',
      'remuneration',
      'base salary',
      'income',
    ],
    'salary',
  ],
  [
    [
      'employment ?type',
      'job ?type',
      'type',
      'contract',
      'contract ?type',
      'employment',
      'schedule',
      'commitment',
      'hours',
      'working hours',
      'work ?hours',
      'time type',
    ],
    'employment',
  ],
  [['company', 'company name', 'employer', 'organi[sz]ation', 'hiring organi[sz]ation'], 'company'],
  [['department', 'team', 'division', 'business unit', 'function'], 'department'],
  [['seniority', 'level', 'experience level', 'career level', 'job level'], 'seniority'],
  [
    [
      'workplace',
      'workplace type',
      'work ?mode',
      'work ?model',
      'work arrangement',
      'remote',
      'remote work',
      'location type',
      'working model',
    ],
    'workplace',
  ],
  [['skills', 'tech ?stack', 'technologies', 'technology', 'stack', 'tags', 'keywords', 'tools'], 'skills'],
  [['languages?', 'language requirements?', 'spoken languages?'], 'languages'],
  [['posted', 'posted on', 'date posted', 'published', 'publish date', 'posting date', 'date'], 'datePosted'],
  [
    [
      'deadline',
      'closing date',
      'closes',
      'apply by',
      'valid through',
      'valid until',
      'expires',
      'expiry',
      'expiration date',
      'application deadline',
    ],
    'validThrough',
  ],
  [['apply', 'apply url', 'apply link', 'application link', 'application url', 'how to apply'], 'applyUrl'],
  [['title', 'job title', 'position', 'role'], 'title'],
  [['country'], 'country'],
];

/** Every spelling of every role's keys → the role (the first role listing a spelling keeps it). */
const ROLE_OF_KEY: ReadonlyMap<string, FieldRole> = new Map(
  KEY_ROLES.flatMap(([terms, role]) =>
    terms.flatMap((term) => (expandTerm(term) ?? unexpandable(term)).map((key) => [key, role] as const)),
  ).reverse(),
);

/** A key term the Map cannot list is a mistake in the table above, caught when the module loads. */
function unexpandable(term: string): never {
  throw new ConfigError('NORMALIZE.KEY_TERM', `header-fields: key term ${term} is outside the expandable grammar`);
}

/** Header fields sorted by the extractor that reads them; `origins` says which key fed each role (for --explain). */
export interface RoutedFields {
  byRole: Record<FieldRole, string[]>;
  workplace: Workplace | null;
  /** fields no extractor owns, as "key: value" lines (terms and languages still read them) */
  otherLines: string[];
  /** the key each salary text stood under ("monatsgehalt", "hourly rate"; null for a meta item), as `byRole.salary` */
  salaryLabels: Array<string | null>;
  origins: Partial<Record<FieldRole, string[]>>;
  /** the location texts read while classifying meta items, for the location extractor to read each once */
  locationReadings: LocationReadings;
}

const emptyRoles = (): Record<FieldRole, string[]> => ({
  location: [],
  salary: [],
  employment: [],
  company: [],
  department: [],
  seniority: [],
  workplace: [],
  skills: [],
  languages: [],
  datePosted: [],
  validThrough: [],
  applyUrl: [],
  title: [],
  country: [],
});

/** Routes every field; `repair` is applied to each value first (text repair of mangled sources). */
export function routeFields(
  fields: Record<string, string[]>,
  repair: (text: string) => string = (t) => t,
): RoutedFields {
  const routed: RoutedFields = {
    byRole: emptyRoles(),
    workplace: null,
    otherLines: [],
    salaryLabels: [],
    origins: {},
    locationReadings: new Map(),
  };
  for (const [rawKey, values] of Object.entries(fields)) {
    const key = normalizeKey(rawKey);
    for (const rawValue of values) {
      const repaired = repair(rawValue).trim();
      if (!repaired) continue;
      // an ATS field "Remote: Yes" answers a question: the answer is the arrangement (workplace-answer.ts)
      const answer = key === 'meta' ? null : workplaceAnswer(rawKey, repaired);
      const area = key === 'meta' || answer ? null : remoteArea(rawKey, repaired);
      const value = answer ?? area ?? repaired;
      const role = answer
        ? 'workplace'
        : area
          ? 'location'
          : key === 'meta'
            ? classifyMetaItem(value, routed.locationReadings)
            : roleOfKey(key);
      if (key === 'meta') addToRole(routed, role, value, `meta item "${value}"`, null);
      else addToRole(routed, role, value, `field "${rawKey}"`, rawKey);
      if (!role) routed.otherLines.push(key === 'meta' ? value : `${rawKey}: ${value}`);
    }
  }
  routed.workplace =
    routed.byRole.workplace.map(workplaceFromText).find((w) => w !== null) ??
    workplaceBesideEmployment(routed.byRole.employment);
  return routed;
}

/** A short part of a list written in one value: "Part-time, on site", "Full time · Remote", "Vollzeit / Hybrid". */
const VALUE_PARTS = /\s*[,;·|/]\s*|\s+[-–]\s+/;
const MAX_WORKPLACE_PART = 24;
/**
 * A part that is a workplace label and nothing else, in the languages postings use: "on site" alone, not
 * "office hours 9-5" (which a label reader, matching "office" at the start, reads as on-site).
 */
const WHOLE_WORKPLACE_LABEL =
  /^(?:(?:fully|full|100\s?%|completely|vollständig|komplett|totalmente|entièrement)\s+)?(?:remote(?:ly)?|hybrid|on[- ]?site|in[- ]office|office[- ]based|in[- ]person|work from home|wfh|vor ort|im büro|homeoffice|home office|mobiles arbeiten|hybride?|présentiel|sur site|télétravail|à distance|presencial|remoto|híbrido|en remoto|teletrabajo|teletrabalho|in sede|da remoto|ibrido|op locatie|op kantoor|thuiswerken|stacjonarnie|stacjonarna|zdalnie|zdalna|hybrydowo|hybrydowa|på plats|på distans|på kontoret|hjemmefra|etänä|etätyö|lähityö|リモート|リモートワーク|在宅勤務|出社|ハイブリッド|远程|远程办公|现场办公|混合办公|재택근무|하이브리드)$/iu;

/**
 * The workplace an employment field names beside the hours ("Job type: Part-time, on site", "Schedule: 24 hours
 * per week, Monday to Friday, on site.", "Anstellung: Vollzeit / Hybrid"): a part of the value that is a
 * workplace label on its own. A longer part says something else ("office hours may vary").
 */
function workplaceBesideEmployment(values: readonly string[]): Workplace | null {
  for (const value of values)
    for (const part of value.split(VALUE_PARTS)) {
      const label = part.replace(/[.!]+$/u, '').trim();
      if (label.length > MAX_WORKPLACE_PART || !WHOLE_WORKPLACE_LABEL.test(label)) continue;
      const workplace = workplaceFromText(label);
      if (workplace) return workplace;
    }
  return null;
}

const normalizeKey = (key: string): string =>
  key
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/\s*[:：]$/, '');

/** The extractor a labelled field belongs to ("Work Location" → location), or null. */
export const roleOfKey = (key: string): FieldRole | null => {
  const normalized = normalizeKey(key);
  return ROLE_OF_KEY.get(normalized) ?? (isSalaryLabel(normalized) || isSalaryLabel(key) ? 'salary' : null);
};

/**
 * A pay label in another language or naming its period, kept as the key by a source ("Monatsgehalt",
 * "salaire mensuel", "年収"): the field dictionary knows them, so they reach the salary reader with their period.
 */
const isSalaryLabel = (key: string): boolean => fieldKeyFor(key) === 'salary';

function addToRole(
  routed: RoutedFields,
  role: FieldRole | null,
  value: string,
  origin: string,
  label: string | null,
): void {
  if (!role) return;
  const list = routed.byRole[role];
  if (list.includes(value)) return;
  list.push(value);
  if (role === 'salary') routed.salaryLabels.push(label);
  (routed.origins[role] ??= []).push(origin);
}

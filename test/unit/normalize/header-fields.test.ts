import { roleOfKey, routeFields } from '../../../shared/normalize/header-fields';
import { classifyMetaItem } from '../../../shared/normalize/meta-items';

describe('header field routing', () => {
  test.each([
    ['location', 'location'],
    ['Work Location', 'location'],
    ['salary', 'salary'],
    ['compensation', 'salary'],
    ['employment type', 'employment'],
    ['job type', 'employment'],
    ['company', 'company'],
    ['department', 'department'],
    ['team', 'department'],
    ['seniority', 'seniority'],
    ['work mode', 'workplace'],
    ['tech stack', 'skills'],
    ['languages', 'languages'],
    ['date posted', 'datePosted'],
    ['application deadline', 'validThrough'],
    ['apply url', 'applyUrl'],
    ['hiring manager', null],
  ])('key %p goes to %p', (key, role) => {
    expect(roleOfKey(key)).toBe(role);
  });

  test('values are routed by key, repaired, de-duplicated, and unknown keys kept as lines', () => {
    const routed = routeFields(
      {
        Location: ['Berlin', 'Berlin'],
        Employment_Type: ['Full-time'],
        'hiring manager': ['Jana'],
        'work mode': ['Hybrid'],
      },
      (text) => text.toUpperCase(),
    );
    expect(routed.byRole.location).toEqual(['BERLIN']);
    expect(routed.byRole.employment).toEqual(['FULL-TIME']);
    expect(routed.otherLines).toEqual(['hiring manager: JANA']);
    expect(routed.workplace).toBe('hybrid');
    expect(routed.origins.location).toEqual(['field "Location"']);
  });

  test('empty values are dropped', () => {
    expect(routeFields({ salary: ['  ', ''] }).byRole.salary).toEqual([]);
  });
});

describe('meta item classification', () => {
  test.each([
    ['Engineering', 'department'],
    ['Customer Success', 'department'],
    ['Design & Research', 'department'],
    ['Platform Team', 'department'],
    ['Vertrieb', 'department'],
    ['Ressources humaines', 'department'],
    ['営業', 'department'],
    ['開発部', 'department'],
    ['Kinh doanh', 'department'],
    ['Apply now', null],
    ['', null],
  ])('%p is classified as %p', (item, role) => {
    expect(classifyMetaItem(item)).toBe(role);
  });

  test('an unlabelled department in the meta list is routed to department', () => {
    expect(routeFields({ meta: ['Engineering'] }).byRole.department).toEqual(['Engineering']);
  });

  test('an item longer than a meta item can be is not classified', () => {
    expect(classifyMetaItem(`Engineering ${'x'.repeat(200)}`)).toBeNull();
  });
});

/** The role keys as the regexes they were written as: the Map of their spellings must agree with them. */
const KEY_PATTERNS: Array<[RegExp, string]> = [
  [/^(locations?|offices?|city|cities|work ?location|place of work|based in|where|address)$/, 'location'],
  [
    /^(salary|salary range|compensation|pay|pay range|rate|day rate|hourly rate|wage|remuneration|base salary|income)$/,
    'salary',
  ],
  [
    /^(employment ?type|job ?type|type|contract|contract ?type|employment|schedule|commitment|hours|working hours|work ?hours|time type)$/,
    'employment',
  ],
  [/^(company|company name|employer|organi[sz]ation|hiring organi[sz]ation)$/, 'company'],
  [/^(department|team|division|business unit|function)$/, 'department'],
  [/^(seniority|level|experience level|career level|job level)$/, 'seniority'],
  [
    /^(workplace|workplace type|work ?mode|work ?model|work arrangement|remote|remote work|location type|working model)$/,
    'workplace',
  ],
  [/^(skills|tech ?stack|technologies|technology|stack|tags|keywords|tools)$/, 'skills'],
  [/^(languages?|language requirements?|spoken languages?)$/, 'languages'],
  [/^(posted|posted on|date posted|published|publish date|posting date|date)$/, 'datePosted'],
  [
    /^(deadline|closing date|closes|apply by|valid through|valid until|expires|expiry|expiration date|application deadline)$/,
    'validThrough',
  ],
  [/^(apply|apply url|apply link|application link|application url|how to apply)$/, 'applyUrl'],
  [/^(title|job title|position|role)$/, 'title'],
  [/^(country)$/, 'country'],
];

describe('role of a key', () => {
  it.each([
    'Work Location',
    'worklocation',
    'Offices',
    'Organisation',
    'organization',
    'Tech-Stack',
    'techstack',
    'Job_Type',
    'Employment Type:',
    'Language Requirements',
    'location type',
    'Locations',
    'Posted On',
    'How to apply',
    'Role',
    'Country',
    'Team',
    'Gehalt',
    'Monatsgehalt',
    'salary (gross)',
    'Remote',
    'Levels',
    'date',
    'dates',
    '',
  ])('gives %j the role its key patterns (or the salary labels) give', (key) => {
    const normalized = key
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .replace(/\s*[:：]$/, '');
    const expected = KEY_PATTERNS.find(([pattern]) => pattern.test(normalized))?.[1];
    const role = roleOfKey(key);
    if (expected) expect(role).toBe(expected);
    else expect(['salary', null]).toContain(role);
  });
});

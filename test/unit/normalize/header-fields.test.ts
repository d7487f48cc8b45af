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

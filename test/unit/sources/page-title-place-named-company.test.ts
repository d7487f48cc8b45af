import { siteBesideTitle } from '../../../shared/sources/html/page-title';

describe('a site name beside the title that is also a place is refused only when it is where the job is', () => {
  it.each([
    ['a company named like a town elsewhere', 'Nurse - Kingston', 'Nurse', ['Toronto, ON'], 'Kingston'],
    ['a company named like a city with a canton', 'Analyst - Zurich', 'Analyst', ['Basel'], 'Zurich'],
    ['a company named like a small town, no location', 'Barista - Lismore', 'Barista', [], 'Lismore'],
  ])('kept: %s', (_name, raw, title, locations, company) => {
    expect(siteBesideTitle(raw, title, locations)).toBe(company);
  });

  it.each([
    ['the page is located there', 'Nurse - Kingston', 'Nurse', ['Kingston, ON']],
    ['a large city on a page with no location', 'Backend Engineer - Berlin', 'Backend Engineer', []],
    ['a country', 'Backend Engineer - Germany', 'Backend Engineer', ['Munich']],
    ['a region', 'Backend Engineer - Bavaria', 'Backend Engineer', ['Munich']],
    ['the same city as the location', 'Backend Engineer - Berlin', 'Backend Engineer', ['Berlin, Germany']],
  ])('refused: %s', (_name, raw, title, locations) => {
    expect(siteBesideTitle(raw, title, locations)).toBeNull();
  });
});

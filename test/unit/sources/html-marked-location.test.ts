import { parseInput } from '../../../shared/sources/parse-input';

/** A career page whose facts under the title end at a long description block, as SuccessFactors' do. */
const page = (marked: string, after = '') =>
  `<html lang="de"><head><title>Sachbearbeiter Logistik</title></head><body><main><div class="jobTitle"><h1>Sachbearbeiter Logistik</h1></div><div class="job">${marked}<span class="jobdescription"><p>Wir organisieren seit 1952 Seefracht für den Mittelstand und suchen Verstärkung für unser Team in der Disposition von Containertransporten.</p><h2>Ihre Aufgaben</h2><ul><li>Disposition von Containertransporten</li><li>Erstellung von Zolldokumenten</li></ul></span></div>${after}</main></body></html>`;

const locationOf = (html: string) => parseInput(html, { kind: 'html' })[0]?.fields.location ?? null;

describe('the job place in an element named for it, apart from the facts beside the title', () => {
  test.each([
    [
      'SuccessFactors jobGeoLocation',
      '<div class="jobColumnTwo"><span class="jobGeoLocation">Hamburg, DE, 20095</span></div>',
      'Hamburg, DE, 20095',
    ],
    ['a jobLocation span', '<p><span class="jobLocation">Lyon, FR</span></p>', 'Lyon, FR'],
    ['a job_location id', '<div><span id="job_location">Milano, MI, IT</span></div>', 'Milano, MI, IT'],
    ['a data-location attribute', '<div class="meta" data-location="Valencia, ES"></div>', 'Valencia, ES'],
    [
      'the same place marked twice (header and footer of the posting)',
      '<span class="jobGeoLocation">Hamburg, DE, 20095</span><p><span class="jobGeoLocation">Hamburg, DE, 20095</span></p>',
      'Hamburg, DE, 20095',
    ],
  ])('%s', (_name, marked, location) => {
    expect(locationOf(page(marked))).toEqual([location]);
  });

  test.each([
    [
      'different places marked (a list of jobs)',
      '<span class="jobGeoLocation">Hamburg, DE</span><span class="jobGeoLocation">Bremen, DE</span>',
    ],
    [
      'a marked element holding other elements',
      '<div class="job-location"><span>Hamburg</span><span>Bremen</span></div>',
    ],
    ['a class merely containing the word', '<span class="locationIcon">Hamburg, DE</span>'],
  ])('counter-case, no location: %s', (_name, marked) => {
    expect(locationOf(page(marked))).toBeNull();
  });

  test('counter-case: a place marked in a block of other jobs is theirs', () => {
    const others =
      '<h2>Ähnliche Jobs</h2><ul><li><a href="/j/2">Disponent</a> <span class="jobGeoLocation">Bremen, DE</span></li></ul>';
    expect(locationOf(page('', others))).toBeNull();
  });

  test('counter-case: a labelled location line is the location; the marked element adds nothing', () => {
    const marked = '<p>Standort: Berlin</p><span class="jobGeoLocation">Hamburg, DE, 20095</span>';
    expect(locationOf(page(marked))).toEqual(['Berlin']);
  });
});

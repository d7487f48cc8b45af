import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseHtmlPage } from '../../../shared/sources/html';

const context = { sourceId: 'facts-box', now: new Date('2026-11-26T12:00:00Z') };
const INTRO =
  '<p>Harbour Clinics runs nine community clinics and is looking for a nurse to join the day surgery team in our main hospital.</p>' +
  '<p><b>Responsibilities</b></p><ul><li>Prepare patients for surgery</li><li>Monitor recovery</li></ul>';

const page = (before: string, after = '') =>
  `<html><head><title>Day Surgery Nurse - Harbour Clinics Careers</title></head><body><main>` +
  `<div class="header"><h2>Day Surgery Nurse</h2></div>${before}<div class="description">${INTRO}${after}</div></main></body></html>`;

const read = (html: string) => {
  const raw = parseHtmlPage(html)[0];
  if (!raw) throw new Error('no posting');
  return normalizePosting(raw, context);
};

/** A facts box above the text (Workday, BambooHR, iCIMS `<dl>`s) gives fields and is no part of the description. */
describe('facts box above the posting text', () => {
  test.each([
    [
      'Workday, one <dl> per fact in its own <div>',
      '<div data-automation-id="locations"><dl><dt>locations</dt><dd>Boston, MA</dd><dd>Cambridge, MA</dd></dl></div>' +
        '<div data-automation-id="time"><dl><dt>time type</dt><dd>Part time</dd></dl></div>' +
        '<div data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>R-0045123</dd></dl></div>',
      ['Boston', 'Cambridge'],
      ['PART_TIME'],
    ],
    [
      'one <dl>, pairs wrapped in <div>s',
      '<dl><div><dt>Location</dt><dd>Denver, CO</dd></div><div><dt>Employment Type</dt><dd>Full-Time</dd></div></dl>',
      ['Denver'],
      ['FULL_TIME'],
    ],
    [
      'de labels',
      '<dl><dt>Standort</dt><dd>Hamburg</dd><dt>Anstellungsart</dt><dd>Vollzeit</dd></dl>',
      ['Hamburg'],
      ['FULL_TIME'],
    ],
  ])('%s', (_name, box, cities, types) => {
    const posting = read(page(box));
    expect(posting.locations.map((l) => l.city)).toEqual(cities);
    expect(posting.employmentTypes).toEqual(types);
    expect(posting.description.text.startsWith('Harbour Clinics runs nine')).toBe(true);
    expect(posting.responsibilities).toEqual(['Prepare patients for surgery', 'Monitor recovery']);
  });

  test.each([
    ['a list after the first prose', '', '<dl><dt>Location</dt><dd>Denver, CO</dd></dl>', 'Location'],
    [
      'a glossary with unknown terms',
      '<dl><dt>Day surgery</dt><dd>Operations where patients go home the same day</dd><dt>PACU</dt><dd>Post-anaesthesia care unit</dd></dl>',
      '',
      'PACU',
    ],
  ])('stays in the text: %s', (_name, before, after, word) => {
    expect(read(page(before, after)).description.text).toContain(word);
  });
});

import { parseInput } from '../../../shared/sources/parse-input';

const page = (items: string) =>
  `<html><body><main><h1>Warehouse Associate</h1><ul class="job-meta">${items}</ul><p>We run six warehouses across the region and are hiring for the morning shift.</p><h2>Tasks</h2><ul><li>Pick orders</li><li>Load trucks</li></ul></main></body></html>`;

describe('icon-dressed items of the facts list under the title go to the fields their icons name', () => {
  test.each([
    [
      'en',
      '<li>📍 Leeds</li><li>💰 £12.50 per hour</li><li>📅 Apply by 2026-12-01</li>',
      { location: ['Leeds'], salary: ['£12.50 per hour'], deadline: ['2026-12-01'] },
    ],
    [
      'id',
      '<li>📍 Surabaya</li><li>📅 Batas akhir: 15 Januari 2027</li>',
      { location: ['Surabaya'], deadline: ['15 Januari 2027'] },
    ],
    [
      'de',
      '<li>📍 Erfurt</li><li>⏳ Bewerbungsschluss 10.01.2027</li>',
      { location: ['Erfurt'], deadline: ['10.01.2027'] },
    ],
  ])('%s', (_name, items, fields) => {
    const raw = parseInput(page(items), { kind: 'html' })[0];
    expect(raw?.fields).toMatchObject(fields);
  });

  test('a deadline read there becomes validThrough in the page locale', () => {
    const raw = parseInput(page('<li>📅 Batas akhir: 15 Januari 2027</li>'), { kind: 'html' })[0];
    expect(raw?.validThrough).toBe('2027-01-15');
  });
});

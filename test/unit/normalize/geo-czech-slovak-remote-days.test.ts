import { normalizeLocations } from '../../../shared/normalize/locations';

const workplace = (city: string, body: string) =>
  normalizeLocations({ raw: [], texts: [city], workplace: null, bodyText: body, countryHint: null })[0]?.workplace ??
  null;

describe('Czech and Slovak home-office days a week make the office hybrid', () => {
  it.each([
    ['cs, the remote word first', 'Praha', 'Home office 2 dny v týdnu'],
    ['sk, the remote word first', 'Bratislava', 'Home office 2 dni v týždni'],
    ['cs, the days first', 'Brno', 'Nabízíme 2 dny v týdnu home office'],
  ])('%s: %s', (_name, city, body) => {
    expect(workplace(city, body)).toBe('hybrid');
  });

  it.each([
    ['home office by agreement', 'Praha', 'Home office po domluvě'],
    ['days of leave', 'Praha', 'Nabízíme 25 dní dovolené a home office'],
  ])('no arrangement from days: %s', (_name, city, body) => {
    expect(workplace(city, body)).toBeNull();
  });
});

import { normalizeLocations } from '../../../shared/normalize/locations';

const place = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null }).map((l) => [
    l.city,
    l.region,
    l.country,
  ]);

describe('cities the sources leave without a first-level region get the current one', () => {
  it.each([
    ['Aarhus', 'Aarhus', 'Central Denmark', 'DK'],
    ['Bergen, in a county formed in 2020', 'Bergen', 'Vestland', 'NO'],
    ['Trondheim', 'Trondheim', 'Trøndelag', 'NO'],
    ['Kristiansand', 'Kristiansand', 'Agder', 'NO'],
    ['Hamar', 'Hamar', 'Innlandet', 'NO'],
    ['Drammen, in a county restored in 2024', 'Drammen', 'Buskerud', 'NO'],
    ['Fredrikstad', 'Fredrikstad', 'Østfold', 'NO'],
    ['Tromsø', 'Tromso', 'Troms', 'NO'],
  ])('%s', (_name, text, region, country) => {
    expect(place(text)).toEqual([[expect.any(String), region, country]]);
  });

  it.each([
    ['Vestland', 'Vestland'],
    ['Trøndelag', 'Trøndelag'],
    ['Agder', 'Agder'],
  ])('the new county %s reads as a region of Norway', (text, region) => {
    expect(place(text)).toEqual([[null, region, 'NO']]);
  });

  it('a city the source already placed keeps its region', () => {
    expect(place('Stavanger')).toEqual([['Stavanger', 'Rogaland', 'NO']]);
    expect(place('Odense')).toEqual([['Odense', 'Region of Southern Denmark', 'DK']]);
  });
});

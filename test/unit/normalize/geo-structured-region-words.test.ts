import { resolveStructured } from '../../../shared/normalize/geo/structured-location';

const resolve = (city: string, region: string, country: string) =>
  resolveStructured({ text: '', city, region, country, workplace: null } as Parameters<typeof resolveStructured>[0], {
    countryHint: null,
    contextCountries: new Set<string>(),
  }).map((l) => [l.city, l.region, l.country]);

describe('a structured region written with a region word or in a script the gazetteer lacks gets its English name', () => {
  it.each([
    ['تهران', 'استان تهران', 'IR', 'Tehran', 'Tehran'],
    ['شیراز', 'فارس', 'IR', 'Shiraz', 'Fars'],
    ['Riyadh', 'منطقة الرياض', 'SA', 'Riyadh', 'Riyadh'],
    ['Sevilla', 'Comunidad de Andalucía', 'ES', 'Seville', 'Andalusia'],
    ['Lyon', 'Région Auvergne-Rhône-Alpes', 'FR', 'Lyon', 'Auvergne-Rhône-Alpes'],
    ['Campinas', 'Estado de São Paulo', 'BR', 'Campinas', 'São Paulo'],
  ])('%s, %s', (city, region, country, cityName, regionName) => {
    expect(resolve(city, region, country)).toEqual([[cityName, regionName, country]]);
  });

  it.each([
    // a finer region in Latin script the gazetteer lacks stays as the source writes it
    ['Leeds', 'West Yorkshire', 'GB', 'Leeds', 'West Yorkshire'],
    ['Milano', 'Provincia di Milano', 'IT', 'Milan', 'Provincia di Milano'],
    // an unread region beside a town the gazetteer lacks stays as written: nothing better is known
    ['Smalltown', 'استان فارس', 'IR', 'Smalltown', 'استان فارس'],
  ])('counter-case: %s, %s', (city, region, country, cityName, regionName) => {
    expect(resolve(city, region, country)).toEqual([[cityName, regionName, country]]);
  });
});

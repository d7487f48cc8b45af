import { normalizeLocations } from '../../../shared/normalize/locations';
import { textsInput as input } from '../../support/location-input';

const read = (text: string) => normalizeLocations(input([text]))[0];

describe('a city whose source region is spelt another way than the ISO name still lies in its region', () => {
  it.each([
    ['Ukrainian oblast capital', 'Lviv, Ukraine', 'Lviv', 'Lviv Oblast', 'UA'],
    ['Ukrainian oblast capital, bare', 'Kharkiv', 'Kharkiv', 'Kharkiv Oblast', 'UA'],
    ['Ukrainian city, renamed oblast', 'Odesa', 'Odesa', 'Odesa Oblast', 'UA'],
    ['Ukrainian capital', 'Kyiv', 'Kyiv', 'Kyiv', 'UA'],
    ['Greek periphery', 'Athens, Greece', 'Athens', 'Attica', 'GR'],
    ['Greek city in Macedonia', 'Thessaloniki', 'Thessaloniki', 'Central Macedonia', 'GR'],
    ['Russian oblast', 'Novosibirsk', 'Novosibirsk', 'Novosibirsk Oblast', 'RU'],
    ['Philippine region', 'Cebu City', 'Cebu City', 'Central Visayas', 'PH'],
    ['Polish voivodeship (unchanged)', 'Kraków', 'Kraków', 'Lesser Poland Voivodeship', 'PL'],
    ['Austrian namesake state', 'Salzburg', 'Salzburg', 'Salzburg', 'AT'],
    ['Italian city (unchanged)', 'Napoli', 'Naples', 'Campania', 'IT'],
    ['Brazilian namesake state', 'Rio de Janeiro', 'Rio de Janeiro', 'Rio de Janeiro', 'BR'],
  ])('%s: %s', (_name, text, city, region, country) => {
    expect(read(text)).toMatchObject({ city, region, country });
  });

  it.each([
    ['the ISO name', 'Lviv Oblast', 'Lviv Oblast', 'UA'],
    ['the Ukrainian adjective form', 'Lvivska oblast', 'Lviv Oblast', 'UA'],
    ['the renamed oblast', 'Kyiv Oblast', 'Kyiv Oblast', 'UA'],
    ['its Ukrainian adjective form', 'Kyivska oblast', 'Kyiv Oblast', 'UA'],
    ['a Russian oblast in its adjective form', 'Sverdlovskaya oblast', 'Sverdlovsk Oblast', 'RU'],
    ['a Greek periphery in Greek romanisation', 'Attikí', 'Attica', 'GR'],
    ['an Austrian Land with its word', 'Land Salzburg', 'Salzburg', 'AT'],
    ['a Russian oblast', 'Moscow Oblast', 'Moscow Oblast', 'RU'],
  ])('a region named as a region stays a region: %s (%s)', (_name, text, region, country) => {
    expect(read(text)).toMatchObject({ city: null, region, country });
  });

  it.each([
    ['a Ukrainian city with "region" after it', 'Lviv region', 'Lviv Oblast', 'UA'],
    ['the same with the country', 'Kharkiv region, Ukraine', 'Kharkiv Oblast', 'UA'],
    ['an Austrian Land with "state"', 'Salzburg state', 'Salzburg', 'AT'],
    ['a Brazilian state written "State of"', 'State of São Paulo', 'São Paulo', 'BR'],
    ['a Japanese prefecture with its word', 'Tokyo Prefecture', 'Tokyo', 'JP'],
    ['a US state with "State"', 'New York State', 'New York', 'US'],
    ['after a workplace word', 'Remote, Lviv region', 'Lviv Oblast', 'UA'],
  ])(
    'a region word beside a name both a city and a region bear names the region: %s (%s)',
    (_n, text, region, country) => {
      expect(read(text)).toMatchObject({ city: null, region, country });
    },
  );

  it.each([
    ['São Paulo', 'São Paulo', 'BR'],
    ['Tokyo', 'Tokyo', 'JP'],
    ['New York', 'New York', 'US'],
    ['Zaporizhzhia', 'Zaporizhzhia', 'UA'],
  ])('the bare name stays the city: %s', (text, city, country) => {
    expect(read(text)).toMatchObject({ city, country });
  });

  it('a city-state gets no district as its region', () => {
    expect(read('Singapore')).toMatchObject({ city: 'Singapore', region: null, country: 'SG' });
  });

  it('a region named only by compass words is given to no city', () => {
    expect(read('Kampala, Uganda')).toMatchObject({ city: 'Kampala', region: null, country: 'UG' });
  });
});

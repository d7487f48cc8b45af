import { normalizeLocations } from '../../../shared/normalize/locations';
import { textsInput as input } from '../../support/location-input';
import { CITY_EXONYMS } from '../../../shared/normalize/geo/curated-exonyms';
import { gazetteer } from '../../../shared/normalize/geo/gazetteer';

const read = (text: string) => normalizeLocations(input([text]))[0];

describe('English exonyms and former names read as the city under its current English name', () => {
  it.each([
    ['a Russian-based Ukrainian spelling', 'Kiev', 'Kyiv', 'Kyiv', 'UA'],
    ['the same with the country', 'Kiev, Ukraine', 'Kyiv', 'Kyiv', 'UA'],
    ['the current name with the country', 'Kyiv, Ukraine', 'Kyiv', 'Kyiv', 'UA'],
    ['the city named as a city', 'Kyiv City', 'Kyiv', 'Kyiv', 'UA'],
    ['Odessa, bare', 'Odessa', 'Odesa', 'Odesa Oblast', 'UA'],
    ['Odessa with the country', 'Odessa, Ukraine', 'Odesa', 'Odesa Oblast', 'UA'],
    ['Kharkov', 'Kharkov', 'Kharkiv', 'Kharkiv Oblast', 'UA'],
    ['Nikolaev, a city the source leaves without a region', 'Nikolaev', 'Mykolaiv', 'Mykolaiv Oblast', 'UA'],
    ['Zaporozhye', 'Zaporozhye, Ukraine', 'Zaporizhzhia', 'Zaporizhzhia Oblast', 'UA'],
    ['Greek: the English name of Patra', 'Patras', 'Patras', 'West Greece', 'GR'],
    ['Greek: the English name of Irakleio', 'Heraklion, Crete', 'Heraklion', 'Crete', 'GR'],
    ['Greek: the source romanisation still reads', 'Iraklio', 'Heraklion', 'Crete', 'GR'],
    ['Greek: an old English name', 'Salonika', 'Thessaloniki', 'Central Macedonia', 'GR'],
    ['Moldova', 'Kishinev', 'Chișinău', 'Chișinău', 'MD'],
    ['Kazakhstan: not Alma in Quebec', 'Alma-Ata', 'Almaty', 'Almaty', 'KZ'],
    ['Kazakhstan: the capital renamed back', 'Nur-Sultan', 'Astana', 'Astana', 'KZ'],
    [
      'Russia: the English press romanisation, not Novgorod Oblast',
      'Nizhny Novgorod',
      'Nizhny Novgorod',
      'Nizhny Novgorod Oblast',
      'RU',
    ],
    ['Russia', 'Ekaterinburg', 'Yekaterinburg', 'Sverdlovsk Oblast', 'RU'],
    ['Italy', 'Padua', 'Padova', 'Veneto', 'IT'],
    ['Spain', 'Saragossa', 'Zaragoza', 'Aragon', 'ES'],
    ['India', 'Benares', 'Varanasi', 'Uttar Pradesh', 'IN'],
    ['China', 'Amoy', 'Xiamen', 'Fujian', 'CN'],
    ['Israel: the municipality name', 'Tel Aviv-Yafo, Israel', 'Tel Aviv', 'Tel Aviv District', 'IL'],
    ['Israel: the English name', 'Tel Aviv', 'Tel Aviv', 'Tel Aviv District', 'IL'],
    ['Israel: the Jaffa spelling', 'Tel Aviv-Jaffa', 'Tel Aviv', 'Tel Aviv District', 'IL'],
  ])('%s: %s', (_name, text, city, region, country) => {
    expect(read(text)).toMatchObject({ city, region, country });
  });

  it.each([
    ['a US namesake with its state', 'Odessa, TX', 'Odessa', 'US'],
    ['a Texas namesake spelled out', 'Odessa, Texas', 'Odessa', 'US'],
  ])('a namesake elsewhere still reads with its region: %s', (_n, text, city, country) => {
    expect(read(text)).toMatchObject({ city, country });
  });

  it('a former name that now names a region around the city is not read as the city: Leningrad', () => {
    expect(read('Leningrad')?.city ?? null).toBeNull();
    expect(read('Leningrad Oblast')).toMatchObject({ city: null, region: 'Leningrad Oblast', country: 'RU' });
  });

  it('every row names a city the gazetteer has under that English name', () => {
    const missing = CITY_EXONYMS.filter(([name, country]) => !gazetteer().cities.has(`${name}|${country}`));
    expect(missing).toEqual([]);
  });
});

describe('a region word after a city that is its own region names the oblast around it', () => {
  it.each([
    ['Kyiv region', 'Kyiv Oblast'],
    ['Kiev region', 'Kyiv Oblast'],
    ['Odesa region', 'Odesa Oblast'],
    ['Odessa region, Ukraine', 'Odesa Oblast'],
    ['Zaporizhzhia region', 'Zaporizhzhia Oblast'],
    ['Lviv Oblast', 'Lviv Oblast'],
    ['Kyiv Oblast', 'Kyiv Oblast'],
  ])('%s', (text, region) => {
    expect(read(text)).toMatchObject({ city: null, region, country: 'UA' });
  });

  it.each([
    ['Kyiv', 'Kyiv'],
    ['Odesa', 'Odesa'],
    ['Zaporizhzhia', 'Zaporizhzhia'],
  ])('the bare name stays the city: %s', (text, city) => {
    expect(read(text)).toMatchObject({ city, country: 'UA' });
  });
});

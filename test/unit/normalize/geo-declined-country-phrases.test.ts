import { normalizeLocations } from '../../../shared/normalize/locations';

const read = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null }).map((l) => ({
    city: l.city,
    country: l.country,
    workplace: l.workplace,
    text: l.text,
  }));

describe('a country of several words in the genitive after "from" is that country', () => {
  it.each([
    ['pl, adjective and noun', 'zdalnie z Wielkiej Brytanii', 'GB'],
    ['pl, plural', 'praca zdalna ze Stanów Zjednoczonych', 'US'],
    ['cs', 'práce na dálku z Velké Británie', 'GB'],
    ['cs, a lower-case second word', 'ze Spojených států', 'US'],
    ['sk', 'zo Spojených štátov', 'US'],
    ['ru', 'удалённо из Соединённых Штатов', 'US'],
    ['uk', 'віддалено з Великої Британії', 'GB'],
    ['uk, one word', 'віддалено з України', 'UA'],
  ])('%s: %s', (_name, text, country) => {
    expect(read(text)).toEqual([expect.objectContaining({ city: null, country })]);
  });

  it.each([
    ['a skill after "z"', 'Praca z Kubernetes'],
    ['a lower-case word after a known country', 'z Polski do końca roku'],
  ])('no other place: %s', (_name, text) => {
    expect(read(text).filter((l) => l.country !== null && l.country !== 'PL')).toEqual([]);
  });
});

describe('Ukrainian and Russian places after "у" and "по" (across) are read in their nominative', () => {
  it.each([
    ['uk, in a city', 'у Львові', 'Lviv', 'UA'],
    ['uk, across the country', 'віддалено по Україні', null, 'UA'],
    ['uk, across all of it', 'віддалено по всій Україні', null, 'UA'],
    ['ru, across all of it', 'удалённо по всей России', null, 'RU'],
  ])('%s: %s', (_name, text, city, country) => {
    expect(read(text)).toEqual([expect.objectContaining({ city, country })]);
  });
});

describe('a remote word leading a country gives the location the whole phrase as its text', () => {
  it.each([
    ['pl', 'Wrocław (praca hybrydowa) lub zdalnie z Polski', 'zdalnie z Polski', 'PL'],
    ['uk', 'Львів (офіс) або віддалено по Україні', 'віддалено по Україні', 'UA'],
    ['de', 'Berlin oder Remote aus Deutschland', 'Remote aus Deutschland', 'DE'],
  ])('%s: %s', (_name, text, phrase, country) => {
    expect(read(text)).toContainEqual({ city: null, country, workplace: 'remote', text: phrase });
  });

  it('a remote word over several places leaves each its own text', () => {
    expect(read('Remote (US or Canada)').map((l) => l.text)).toEqual(['US', 'Canada']);
  });

  it('a remote word before a city keeps the city its name', () => {
    expect(read('Hybrid for HCMC, remote for Da Nang/HN').map((l) => l.text)).toEqual(['HCMC', 'Da Nang', 'HN']);
  });
});

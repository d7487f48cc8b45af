import { nominativesOf, writtenNominativesOf } from '../../../shared/normalize/geo/locative-forms';
import { normalizeLocations } from '../../../shared/normalize/locations';

const located = (text: string, countryHint: string | null = null) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint });

type Row = [label: string, text: string, city: string | null, country: string, workplace: string | null];

describe('a place written in the locative after "in" is read in its nominative', () => {
  const rows: Row[] = [
    ['pl -ie after w', 'Praca w Krakowie', 'Kraków', 'PL', null],
    ['pl -ie for -a', 'Biuro w Warszawie', 'Warsaw', 'PL', null],
    ['pl -u', 'Stacjonarnie w Gdańsku', 'Gdańsk', 'PL', 'onsite'],
    ['pl -iu after we', 'Hybrydowo we Wrocławiu', 'Wrocław', 'PL', 'hybrid'],
    ['pl -i for a soft consonant', 'Praca w Łodzi', 'Łódź', 'PL', null],
    ['pl -ach of a plural name', 'Oddział w Katowicach', 'Katowice', 'PL', null],
    ['pl -i for -ia', 'Siedziba w Gdyni', 'Gdynia', 'PL', null],
    ['pl -y', 'Zespół w Bydgoszczy', 'Bydgoszcz', 'PL', null],
    ['pl -cie for -t', 'Biuro w Sopocie', 'Sopot', 'PL', null],
    ['pl country, all of it', 'Zdalnie w całej Polsce', null, 'PL', 'remote'],
    ['cs -ze for -ha', 'Kancelář v Praze', 'Prague', 'CZ', null],
    ['cs -e for -o', 'Pobočka v Brně', 'Brno', 'CZ', null],
    ['cs -e for -a', 'Práce v Ostravě', 'Ostrava', 'CZ', null],
    ['sk -e for -a', 'Kancelária v Bratislave', 'Bratislava', 'SK', null],
    ['sk -iach', 'Pobočka v Košiciach', 'Košice', 'SK', null],
    ['sk country after na', 'Práca na Slovensku', null, 'SK', null],
    ['ru -е for -а', 'Офис в Москве', 'Moscow', 'RU', null],
    ['pl adjective and noun', 'Praca w Zielonej Górze', 'Zielona Góra', 'PL', null],
    ['pl adjective after the noun', 'Biuro w Gorzowie Wielkopolskim', 'Gorzów Wielkopolski', 'PL', null],
    ['pl hyphenated name', 'Zdalnie lub w Bielsku-Białej', 'Bielsko-Biała', 'PL', null],
    ['cs plural adjective and noun', 'Pobočka v Českých Budějovicích', 'České Budějovice', 'CZ', null],
    ['cs a declined noun before an indeclinable word', 'Kancelář v Hradci Králové', 'Hradec Králové', 'CZ', null],
  ];
  test.each(rows)('%s: "%s"', (_label, text, city, country, workplace) => {
    const places = located(text).filter((l) => l.country !== null);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ city, country, workplace });
  });
});

describe('only a capitalised word right after the preposition is read so', () => {
  const rows: [string, string][] = [
    ['an inflected name without a preposition', 'Krakowie'],
    ['a lower-case word after w', 'praca w krakowie'],
    ['a word that declines to no known place', 'Praca w Zespole'],
  ];
  test.each(rows)('%s: "%s" names no place', (_label, text) => {
    expect(located(text).every((l) => l.city === null && l.country === null)).toBe(true);
  });
});

describe('the nominatives a locative ending may come from', () => {
  const rows: [string, string][] = [
    ['krakowie', 'krakow'],
    ['warszawie', 'warszawa'],
    ['polsce', 'polska'],
    ['praze', 'praha'],
    ['brne', 'brno'],
    ['wroclawiu', 'wroclaw'],
    ['zielonej', 'zielona'],
    ['budejovicich', 'budejovice'],
  ];
  test.each(rows)('"%s" may be "%s"', (locative, nominative) => expect(nominativesOf(locative)).toContain(nominative));
  test('a word too short to decline has none', () => expect(nominativesOf('wie')).toEqual([]));
});

describe('"or" in Polish, Czech, Slovak and Russian separates alternatives', () => {
  const rows: [string, string, string][] = [
    ['pl lub', 'Zdalnie lub w Krakowie', 'Kraków'],
    ['pl albo', 'Zdalnie albo Warszawa', 'Warsaw'],
    ['sk alebo', 'Remote alebo Bratislava', 'Bratislava'],
  ];
  test.each(rows)('%s: "%s" is remote, or on-site-unstated in %s', (_label, text, city) => {
    const locations = located(text);
    expect(locations.map((l) => [l.city, l.workplace])).toEqual([
      [null, 'remote'],
      [city, null],
    ]);
  });
});

describe('declensions the job-title reader brought into the shared table', () => {
  const rows: [label: string, text: string, city: string][] = [
    ['pl -ach for -y', 'Magazyn w Tychach', 'Tychy'],
    ['pl -u for -e', 'Biuro w Opolu', 'Opole'],
    ['pl -le for -ła', 'Oddział w Pile', 'Piła'],
  ];
  test.each(rows)('%s: "%s" is %s', (_label, text, city) => {
    expect(located(text).map((l) => l.city)).toEqual([city]);
  });

  const folded: [string, string][] = [
    ['tychach', 'tychy'],
    ['opolu', 'opole'],
    ['pile', 'pila'],
    ['hucie', 'huta'],
    ['gnieznie', 'gniezno'],
  ];
  test.each(folded)('"%s" may be "%s"', (locative, nominative) =>
    expect(nominativesOf(locative)).toContain(nominative),
  );
  test('each nominative is offered once', () => {
    const forms = nominativesOf('olomouci');
    expect(forms).toEqual([...new Set(forms)]);
  });
});

describe('the written nominatives of a Polish locative keep its letters and case', () => {
  const rows: [string, string][] = [
    ['Krakowie', 'Kraków'],
    ['Łodzi', 'Łódź'],
    ['Poznaniu', 'Poznań'],
    ['Górze', 'Góra'],
    ['Pile', 'Piła'],
    ['Tychach', 'Tychy'],
    ['WARSZAWIE', 'WARSZAWA'],
  ];
  test.each(rows)('"%s" may be "%s"', (locative, nominative) =>
    expect(writtenNominativesOf(locative, 'pl')).toContain(nominative),
  );
  test('Czech and Slovak endings are not read as Polish', () => {
    expect(writtenNominativesOf('Praze', 'pl')).not.toContain('Praha');
    expect(writtenNominativesOf('Praze', 'cs')).toContain('Praha');
  });
  test('a word too short to decline has none', () => expect(writtenNominativesOf('Ełk', 'pl')).toEqual([]));
});

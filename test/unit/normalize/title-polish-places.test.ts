import { cleanTitle } from '../../../shared/normalize/title';
import { placeFromLocative } from '../../../shared/normalize/title-locative';

describe('Polish places in the locative', () => {
  it.each([
    ['Warszawie', 'Warszawa'],
    ['Krakowie', 'Kraków'],
    ['Częstochowie', 'Częstochowa'],
    ['Gdańsku', 'Gdańsk'],
    ['Opolu', 'Opole'],
    ['Poznaniu', 'Poznań'],
    ['Toruniu', 'Toruń'],
    ['Wrocławiu', 'Wrocław'],
    ['Łodzi', 'Łódź'],
    ['Katowicach', 'Katowice'],
    ['Gliwicach', 'Gliwice'],
    ['Lublinie', 'Lublin'],
    ['Szczecinie', 'Szczecin'],
    ['Bydgoszczy', 'Bydgoszcz'],
    ['Gdyni', 'Gdynia'],
    ['Rzeszowie', 'Rzeszów'],
    ['Zielonej Górze', 'Zielona Góra'],
    ['Tychach', 'Tychy'],
    ['ŁODZI', 'ŁÓDŹ'],
  ])('%s is %s', (locative, place) => {
    expect(placeFromLocative(locative)).toBe(place);
  });

  it.each(['Zespole', 'Marketingu', 'Teście', 'Firmie'])('%s names no place', (word) => {
    expect(placeFromLocative(word)).toBeNull();
  });
});

describe('cleanTitle trims a Polish place said with "w"/"we", as it trims "in Berlin"', () => {
  it.each([
    ['Programista Java w Warszawie', 'Programista Java', 'Warszawa'],
    ['Kierowca kat. C we Wrocławiu', 'Kierowca kat. C', 'Wrocław'],
    ['Specjalista ds. sprzedaży w Gdańsku', 'Specjalista ds. sprzedaży', 'Gdańsk'],
    ['Analityk danych w Zielonej Górze', 'Analityk danych', 'Zielona Góra'],
    ['Księgowa – praca w Krakowie', 'Księgowa', 'Kraków'],
    ['Magazynier | Praca w Katowicach', 'Magazynier', 'Katowice'],
    ['Magazynier (praca w Łodzi)', 'Magazynier', 'Łódź'],
    ['Sprzedawca, w Poznaniu', 'Sprzedawca', 'Poznań'],
    ['Kelner praca w Lublinie', 'Kelner', 'Lublin'],
  ])('%s', (raw, title, place) => {
    const cleaned = cleanTitle(raw);
    expect(cleaned.title).toBe(title);
    expect(cleaned.removed.location).toBe(place);
  });

  it.each([
    ['Programista w Zespole Płatności', 'Programista w Zespole Płatności'],
    ['Doradca klienta w Banku', 'Doradca klienta w Banku'],
    ['Praca w Acme', 'Praca w Acme'],
  ])('keeps a "w" phrase that names no place: %s', (raw, title) => {
    const cleaned = cleanTitle(raw);
    expect(cleaned.title).toBe(title);
    expect(cleaned.removed.location).toBeNull();
  });

  it('still files a career-site suffix under the company', () => {
    expect(cleanTitle('Księgowa | Praca w Acme', { company: 'Acme' }).removed.company).toBe('Praca w Acme');
  });
});

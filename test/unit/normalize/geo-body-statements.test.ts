import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { COMMON_WORDS, STATEMENTS } from '../../../shared/normalize/geo/body-statements';

describe('a body stating the arrangement of the whole job in the languages of the workplace vocabulary', () => {
  it.each([
    ['Czech', 'Nabízíme práci zcela na dálku a flexibilní pracovní dobu.', 'remote'],
    ['Czech', 'Jedná se o hybridní režim práce, dva dny v kanceláři.', 'hybrid'],
    ['Slovak', 'Pracovať budete úplne z domu.', 'remote'],
    ['Polish', 'Oferujemy pracę całkowicie zdalną.', 'remote'],
    ['Polish', 'Praca wyłącznie stacjonarna w naszym biurze.', 'onsite'],
    ['Hungarian', 'A pozíció teljesen távmunkában végezhető.', 'remote'],
    ['Hungarian', 'Hibrid munkavégzés, heti két nap irodában.', 'hybrid'],
    ['Romanian', 'Poziția este 100% de acasă.', 'remote'],
    ['Romanian', 'Oferim un program hibrid, flexibil.', 'hybrid'],
    ['Greek', 'Η θέση είναι πλήρως εξ αποστάσεως.', 'remote'],
    ['Ukrainian', 'Пропонуємо повністю віддалену роботу.', 'remote'],
    ['Ukrainian', 'Гібридний формат роботи у Львові.', 'hybrid'],
    ['Russian', 'Работа полностью из дома, гибкий график.', 'remote'],
    ['Russian', 'Работа только в офисе в центре города.', 'onsite'],
    ['Russian', 'Гибридный формат: два дня в неделю в офисе.', 'hybrid'],
    ['Indonesian', 'Posisi ini full remote dari mana saja.', 'remote'],
    ['Indonesian', 'Kami menerapkan sistem hybrid untuk tim ini.', 'hybrid'],
    ['Turkish', 'Bu pozisyon tamamen evden çalışma şeklindedir.', 'remote'],
    ['Swedish', 'Tjänsten utförs helt på distans.', 'remote'],
    ['Finnish', 'Työ tehdään täysin etänä.', 'remote'],
    ['Danish', 'Stillingen er fuldt remote.', 'remote'],
    ['Norwegian', 'Du jobber helt hjemmefra.', 'remote'],
  ])('%s: %s', (_language, body, workplace) => {
    expect(bodyWorkplace(`Intro.\n${body}\nMore text about the team.`)).toBe(workplace);
  });

  it.each([
    ['a remote word without "fully"', 'Spolupracujeme se vzdálenými týmy v Asii.'],
    ['Russian, remote only on some days', 'Удалённо только по пятницам, остальное время в офисе.'],
    ['Indonesian full time after a remote word', 'Kerja dari rumah penuh waktu tidak tersedia, lokasi di Bandung.'],
    ['Romanian full-time schedule after a remote word', 'Lucru de acasă program complet nu este posibil.'],
    ['Turkish full-time', 'Uzaktan tam zamanlı değil.'],
  ])('%s is no statement: %s', (_name, body) => {
    expect(bodyWorkplace(body)).toBeNull();
  });
});

describe('the key words body-hints.ts looks for find every "fully" + remote statement of the table', () => {
  // pairs of two words English bodies write all the time ("100% remote") are the western patterns' to read
  const pairs = Object.entries(STATEMENTS).flatMap(([language, s]) =>
    s.fully.flatMap((fully) =>
      s.remote
        .filter((remote) => !(COMMON_WORDS.has(fully.toLowerCase()) && COMMON_WORDS.has(remote.toLowerCase())))
        .map((remote) => [language, `${fully} ${remote}`] as const),
    ),
  );
  it.each(pairs)('%s: "%s"', (_language, phrase) => {
    expect(bodyWorkplace(`Intro.\nThe job: ${phrase}.\nMore.`)).toBe('remote');
  });
});

import { cleanTitle } from '../../../shared/normalize/title';

describe('a place said with a preposition at the end of a title goes to the location', () => {
  test.each([
    ['en in', 'Data Analyst in Manchester', 'Data Analyst', 'Manchester'],
    ['en for our team in', 'Sales Assistant for our team in Dublin', 'Sales Assistant', 'Dublin'],
    ['de für unser Team in', 'Buchhalter (m/w/d) für unser Team in Leipzig', 'Buchhalter', 'Leipzig'],
    ['sv till vårt kontor i', 'Redovisningsekonom till vårt kontor i Malmö', 'Redovisningsekonom', 'Malmö'],
    ['da til vores butik i', 'Salgsassistent til vores butik i Odense', 'Salgsassistent', 'Odense'],
    ['fr pour notre équipe à', 'Comptable pour notre équipe à Nantes', 'Comptable', 'Nantes'],
    ['es en', 'Camarero en Sevilla', 'Camarero', 'Sevilla'],
    ['nl voor ons team in', 'Monteur voor ons team in Eindhoven', 'Monteur', 'Eindhoven'],
  ])('%s: %s', (_name, raw, title, place) => {
    const clean = cleanTitle(raw);
    expect(clean.title).toBe(title);
    expect(clean.removed.location).toBe(place);
  });

  test.each([
    ['a test specialty', 'Software Engineer in Test'],
    ['a training role', 'Manager in Training'],
    ['a field', 'Consultor en Estrategia'],
    ['a Swedish subject', 'Lärare i matematik'],
  ])('a tail that is no place stays: %s', (_name, raw) => expect(cleanTitle(raw).title).toBe(raw));
});

import { officePlacesInBody } from '../../../shared/normalize/geo/body-office';

describe("a town named in a sentence about the employer's own premises", () => {
  it.each([
    ['Vous travaillerez au sein de notre siège de Nice (06) avec une équipe de douze personnes.', 'Nice (06)'],
    ['Rejoignez notre agence de Lyon ou Marseille.', 'Lyon ou Marseille'],
    ['Sie arbeiten in unserem Büro in Leipzig im Team Finanzen.', 'Leipzig'],
    ['Für unseren Standort in Frankfurt am Main suchen wir eine Buchhalterin.', 'Frankfurt am Main'],
    ['Te incorporarás en nuestra oficina de Valencia.', 'Valencia'],
    ['Lavorerai presso la nostra sede di Bergamo, in un team giovane.', 'Bergamo'],
    ['Você vai trabalhar no nosso escritório de Campinas.', 'Campinas'],
    ['Je komt te werken op ons kantoor in Utrecht.', 'Utrecht'],
    ['You will work at our office in Leeds, UK.', 'Leeds, UK'],
    ['You will be based in our Bristol office three days a week.', 'Bristol'],
  ])('%s', (body, place) => {
    expect(officePlacesInBody(body)).toEqual([place]);
  });

  it.each([
    // a place without the employer's premises
    'We work with clients in London and New York.',
    'We sell in Paris and Rome.',
    'Nous livrons nos clients à Paris et à Lyon.',
    'Wir beliefern Kunden in Hamburg und Bremen.',
    // premises of others, or a team rather than premises
    "You'll collaborate closely with our office in Paris.",
    'Sie arbeiten in unserem Team in Berlin.',
    // a name the gazetteer does not know as a town, or only part of it
    'You will work at our office in Enterprise Park.',
    'Sie arbeiten in unserem Büro in Raum Nord.',
  ])('counter-case, none: %s', (body) => {
    expect(officePlacesInBody(body)).toEqual([]);
  });
});

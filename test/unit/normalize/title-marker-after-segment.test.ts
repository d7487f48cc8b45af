import { cleanTitle } from '../../../shared/normalize/title';

describe('a gender marker left at the end once the segment after it is removed', () => {
  test.each([
    ['Comptable fournisseurs H/F - CDD 6 mois', 'Comptable fournisseurs'],
    ['Assistante de direction F/H – Temps partiel', 'Assistante de direction'],
    ['Sachbearbeiter Einkauf m/w/d - Vollzeit', 'Sachbearbeiter Einkauf'],
    ['Technicien de maintenance H/F - CDI', 'Technicien de maintenance'],
  ])('%s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([
    ['Ingeniero/a - Madrid', 'Ingeniero/a'],
    ['Head of R&D - Contract', 'Head of R&D'],
    ['Customer Success B2B/B2C - Remote', 'Customer Success B2B/B2C'],
  ])('counter-case: %s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));
});

describe('employment words that a shorter word starts are read whole in a title segment', () => {
  test.each([
    ['Assistante de direction – Temps partiel', 'Assistante de direction'],
    ['Serveur H/F - Temps plein', 'Serveur'],
    ['Motion Designer - Freelancer', 'Motion Designer'],
    ['Java Developer - Contract-to-hire', 'Java Developer'],
  ])('%s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([['Tempest Studio Artist - Tempest', 'Tempest Studio Artist - Tempest']])(
    'counter-case: %s -> %s',
    (raw, title) => expect(cleanTitle(raw).title).toBe(title),
  );
});

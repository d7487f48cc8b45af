import { cleanTitle } from '../../../shared/normalize/title';

describe('a place segment with a département, province or postcode in brackets', () => {
  test.each([
    ['Comptable H/F – Nice (06)', 'Comptable', 'Nice (06)'],
    ['Impiegato amministrativo - Verona (VR)', 'Impiegato amministrativo', 'Verona (VR)'],
    ['Chargé de recrutement (H/F) - Lyon (69)', 'Chargé de recrutement', 'Lyon (69)'],
    ['Technicien SAV - Bordeaux (33000)', 'Technicien SAV', 'Bordeaux'],
  ])('%s -> %s, removed place %s', (raw, title, place) => {
    const cleaned = cleanTitle(raw);
    expect([cleaned.title, cleaned.removed.location]).toEqual([title, place]);
  });

  test.each([
    ['Business Analyst (BA)', 'Business Analyst (BA)'],
    ['QA Engineer (QA) - Manual', 'QA Engineer (QA) - Manual'],
  ])('counter-case: %s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));
});

describe('a role named after recruiting or careers work is no careers-site segment', () => {
  test.each([
    ['Chargé de recrutement - Lyon', 'Chargé de recrutement'],
    ['Responsable recrutement - Paris', 'Responsable recrutement'],
    ['Careers Adviser - London', 'Careers Adviser'],
  ])('%s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([
    ['Acme Careers - Data Engineer', 'Data Engineer', 'Acme Careers'],
    ['Data Engineer | Recrutement Acme', 'Data Engineer', 'Recrutement Acme'],
  ])('counter-case: %s -> %s, removed site %s', (raw, title, site) => {
    const cleaned = cleanTitle(raw);
    expect([cleaned.title, cleaned.removed.company]).toEqual([title, site]);
  });
});

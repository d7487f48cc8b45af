import { cleanTitle } from '../../../shared/normalize/title';

/**
 * Employment-type suffixes in Nordic, Finnish, Turkish, Hungarian, Romanian, Indonesian and Greek titles go, as
 * "(Teilzeit)" does: "Kundeservicemedarbejder (deltid)" kept its bracket. A workload that ends a bracket opened
 * before it ("Kirjanpitäjä (sijaisuus, 80 %)") no longer takes the closing bracket with it: the title was left
 * as "Kirjanpitäjä (sijaisuus".
 */
describe('an employment-type suffix in more languages', () => {
  it.each([
    ['da part-time', 'Kundeservicemedarbejder (deltid)', 'Kundeservicemedarbejder'],
    ['nb full-time', 'Lagermedarbeider - heltid', 'Lagermedarbeider'],
    ['fi part-time', 'Kirjanpitäjä (osa-aikainen)', 'Kirjanpitäjä'],
    ['fi fixed-term', 'Myyjä, määräaikainen', 'Myyjä'],
    ['tr full-time', 'Satış Temsilcisi (Tam Zamanlı)', 'Satış Temsilcisi'],
    ['hu part-time', 'Pénzügyi asszisztens - részmunkaidős', 'Pénzügyi asszisztens'],
    ['ro full-time', 'Contabil (normă întreagă)', 'Contabil'],
    ['id part-time', 'Kasir (Paruh Waktu)', 'Kasir'],
    ['el full-time', 'Λογιστής - Πλήρης απασχόληση', 'Λογιστής'],
    ['fi a substitute with a workload', 'Kirjanpitäjä (sijaisuus, 80 %)', 'Kirjanpitäjä'],
    ['de part-time with a workload', 'Sachbearbeiter (Teilzeit, 80 %)', 'Sachbearbeiter'],
  ])('%s: %s', (_name, raw, title) => expect(cleanTitle(raw).title).toBe(title));

  it.each([
    ['a word that merely holds one', 'Kundeservice (Deltidsstilling)', 'Kundeservice (Deltidsstilling)'],
    [
      'a bracket of something else with a workload',
      'Pflegefachfrau (Intensivstation, 80 %)',
      'Pflegefachfrau (Intensivstation)',
    ],
    ['a trailing workload alone', 'Buchhalter/in 100%', 'Buchhalter'],
    ['a bracketed workload alone', 'Staff Nurse (80%)', 'Staff Nurse'],
  ])('counter-case, %s: %s', (_name, raw, title) => expect(cleanTitle(raw).title).toBe(title));
});

import { fromTitle } from '../../../shared/normalize/seniority';

/** Estonian writes the level onto the job as one word ("vanemarendaja"), or as a word before it ("vanem arendaja"). */
describe('Estonian seniority words', () => {
  test.each([
    ['Vanemarendaja', 'senior'],
    ['Vanem tarkvaraarendaja', 'senior'],
    ['Vanemraamatupidaja', 'senior'],
    ['Vanemõde', 'senior'],
    ['Nooremanalüütik', 'junior'],
    ['Noorem raamatupidaja', 'junior'],
    ['Juhtivinsener', 'lead'],
    ['Juhtivspetsialist', 'lead'],
    ['Tiimijuht (klienditugi)', 'lead'],
    ['Vahetuse juht', 'lead'],
    ['Tegevjuht', 'executive'],
  ])('%s -> %s', (title, level) => expect(fromTitle(title)).toBe(level));

  test.each([
    ['the job alone', 'Tarkvaraarendaja'],
    ['a project manager is no level', 'Projektijuht'],
    ['parental leave', 'Vanemapuhkuse asendaja'],
    ['parents', 'Vanemad ja lapsed'],
    ['conductivity', 'Juhtivuse mõõtmise tehnik'],
  ])('no level: %s (%s)', (_name, title) => expect(fromTitle(title)).toBeNull());
});

import { fromTitle } from '../../../shared/normalize/seniority';

/** fromTitle remembers the levels it read: a second reading of the same title gives the same level, null included. */
describe('fromTitle memo', () => {
  it.each([
    ['Senior Software Engineer', 'senior'],
    ['Junior Data Analyst', 'junior'],
    ['Software Engineer', null],
    ['Lead Generation Specialist', null],
  ])('%s reads %s twice', (title, level) => {
    expect(fromTitle(title)).toBe(level);
    expect(fromTitle(title)).toBe(level);
  });
});

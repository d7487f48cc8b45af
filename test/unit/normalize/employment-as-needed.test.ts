import { typesIn } from '../../../shared/normalize/employment-types';

describe('"as needed" is PRN work only when the work itself is as needed', () => {
  test.each([
    ['PRN (as needed)', ['PER_DIEM']],
    ['Schedule: As needed', ['PER_DIEM']],
    ['Registered Nurse - As Needed', ['PER_DIEM']],
  ])('%s -> %j', (text, types) => expect(typesIn(text, true)).toEqual(types));

  test.each([
    ['Monday to Friday, 2:00 PM - 10:30 PM, Overtime as needed'],
    ['Travel as needed'],
    ['Weekends as needed'],
    ['8 hour shift, Holidays as needed'],
  ])('counter-case: %s names no per-diem work', (text) => expect(typesIn(text, true)).not.toContain('PER_DIEM'));
});

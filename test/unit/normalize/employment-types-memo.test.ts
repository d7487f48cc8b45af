import { readTypes, typesIn } from '../../../shared/normalize/employment-types';

/**
 * typesIn remembers what it read in short texts: a second reading of the same text gives what the rules give
 * (readTypes, no memo), as values and as other texts apart, and the caller's copy is its own.
 */
describe('typesIn memo', () => {
  it.each([
    ['Full-time', true],
    ['Full-time', false],
    ['Completa', true],
    ['Completa', false],
    ['Teilzeit, 20 Stunden', false],
    ['Senior Engineer', false],
    ['', true],
  ])('%s (values %s) reads the same twice', (text, values) => {
    const first = typesIn(text, values);
    const second = typesIn(text, values);
    expect(second).toEqual(readTypes(text, values));
    expect(first).toEqual(second);
  });

  it('keeps values and other texts apart', () => {
    // "Completa" names a schedule only as a value (SCHEDULE_VALUES)
    expect(typesIn('Completa', true)).toEqual(['FULL_TIME']);
    expect(typesIn('Completa', false)).toEqual([]);
    expect(typesIn('Completa', true)).toEqual(['FULL_TIME']);
  });

  it('hands out a copy the caller may change', () => {
    typesIn('Vollzeit').push('INTERN');
    expect(typesIn('Vollzeit')).toEqual(['FULL_TIME']);
  });
});

import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

describe('European Portuguese and horário forms of full- and part-time are read', () => {
  test.each([
    ['Tempo inteiro', ['FULL_TIME']],
    ['Horário completo', ['FULL_TIME']],
    ['Tempo parcial (20h)', ['PART_TIME']],
    ['Horário parcial', ['PART_TIME']],
  ])('%s → %j', (value, expected) =>
    expect(normalizeEmploymentTypes({ values: [value], title: '', texts: [], bodyText: '' })).toEqual(expected),
  );
});

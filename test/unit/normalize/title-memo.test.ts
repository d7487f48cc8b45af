import { cleanTitle } from '../../../shared/normalize/title';

/**
 * cleanTitle remembers the titles it cleaned: a second cleaning of the same title gives the same result, the company
 * is part of what is remembered, and what was removed is the caller's own copy.
 */
describe('cleanTitle memo', () => {
  it.each([
    ['Senior Software Engineer (m/w/d) - Berlin', null],
    ['Registered Nurse – Night Shifts', null],
    ['Data Engineer at Acme', 'Acme'],
    ['Data Engineer at Acme', null],
    ['機械学習エンジニア（画像認識）', null],
  ])('%s (company %s) cleans the same twice', (title, company) => {
    const first = cleanTitle(title, { company });
    expect(cleanTitle(title, { company })).toEqual(first);
  });

  it('keeps titles of different companies apart', () => {
    expect(cleanTitle('Engineer – Acme', { company: 'Acme' }).title).toBe('Engineer');
    expect(cleanTitle('Engineer – Acme', { company: 'Globex' }).title).toBe('Engineer – Acme');
    expect(cleanTitle('Engineer – Acme', { company: 'Acme' }).removed.company).toBe('Acme');
  });

  it('hands out what was removed as a copy the caller may change', () => {
    cleanTitle('Cook (Part-time)').removed.employmentType = 'changed';
    expect(cleanTitle('Cook (Part-time)').removed.employmentType).toBe('Part-time');
  });
});

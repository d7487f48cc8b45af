import { routeFields } from '../../../shared/normalize/header-fields';

/**
 * An employment field that names the workplace beside the hours ("Job type: Part-time, on site") gives the
 * posting its workplace when no workplace field does. Sources key their fields by the dictionary's canonical
 * labels ("Anstellungsart", "Jornada", "Anställningsform" arrive as "employment type").
 */
const workplaceOf = (fields: Record<string, string[]>) => routeFields(fields).workplace;

describe('a workplace label in a part of an employment value', () => {
  it.each([
    ['en schedule sentence', 'schedule', '24 hours per week, Monday, Wednesday and Friday, on site.', 'onsite'],
    ['en job type', 'job type', 'Full-time, Remote', 'remote'],
    ['de Anstellungsart', 'employment type', 'Vollzeit / Hybrid', 'hybrid'],
    ['es jornada', 'employment type', 'Tiempo completo · Presencial', 'onsite'],
    ['pl wymiar pracy', 'employment type', 'Umowa o pracę, zdalnie', 'remote'],
    ['sv anställningsform', 'employment type', 'Heltid, på plats', 'onsite'],
  ])('%s', (_name, key, value, workplace) => expect(workplaceOf({ [key]: [value] })).toBe(workplace));
});

describe('what names no workplace, or yields to a workplace field', () => {
  it.each([
    ['office hours', { 'job type': ['Full-time, office hours 9-5'] }],
    ['a longer sentence with the word', { schedule: ['Mon-Fri, remote work possible after probation'] }],
    ['hours only', { 'employment type': ['Part-time, 20 hours'] }],
  ])('%s', (_name, fields) => expect(workplaceOf(fields)).toBeNull());

  it('a workplace field wins', () => {
    expect(workplaceOf({ 'job type': ['Full-time, on site'], workplace: ['Hybrid'] })).toBe('hybrid');
  });
});

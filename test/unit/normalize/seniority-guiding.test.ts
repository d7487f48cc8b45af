import { detectSeniority } from '../../../shared/normalize/seniority';
import { yearsAsked } from '../../../shared/normalize/seniority';

const fromBody = (text: string) => detectSeniority({ title: 'Specialist', sourceValue: null, text });

describe('a role that guides juniors is not itself junior', () => {
  it.each([
    ['en coaching analysts', 'Minimum 1 year of experience. You will coach junior analysts.', 'mid'],
    ['en supervising trainees', 'At least one role: 1 year of experience; supervise trainees on site.', 'mid'],
    ['de Werkstudenten', 'Mindestens 1 Jahr Berufserfahrung. Du betreust unsere Werkstudenten.', 'mid'],
    ['fr stagiaires', "Au moins 1 an d'expérience. Vous encadrerez deux stagiaires.", 'mid'],
    ['es perfiles junior', 'Al menos 1 año de experiencia. Mentorizarás a perfiles junior.', 'mid'],
    ['en new-graduate cue with trainees to support', 'Recent graduates welcome; you will support our trainees.', null],
  ])('%s', (_name, text, expected) => expect(fromBody(text)).toBe(expected));

  it.each([
    ['en one year, nobody to guide', 'At least 1 year of experience supporting customers.', 'junior'],
    ['en new graduates', 'New graduates are welcome to apply.', 'junior'],
  ])('low experience without guiding duties stays junior: %s', (_name, text, expected) =>
    expect(fromBody(text)).toBe(expected),
  );
});

describe('a single year is read in the singular of each language', () => {
  it.each([
    ["au moins 1 an d'expérience", 1],
    ['al menos 1 año de experiencia', 1],
    ['almeno 1 anno di esperienza', 1],
    ['pelo menos 1 ano de experiência', 1],
  ])('%s → %d', (text, years) => expect(yearsAsked(text)).toBe(years));
});

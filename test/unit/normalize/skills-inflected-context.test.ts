import { skillsIn } from '../../../shared/normalize/skills';

describe('a language named like a word is a skill after the inflected word for knowledge or experience', () => {
  it.each([
    ['ru, knowledge, sentence end', 'знание Go.', 'Go'],
    ['ru, develop in', 'опыт разработки на Go и Python', 'Go'],
    ['uk, knowledge', 'Буде плюсом: знання Go.', 'Go'],
    ['uk, experience with', 'досвід роботи з Go', 'Go'],
    ['pl, knowledge', 'Mile widziane: znajomość Go.', 'Go'],
    ['pl, experience in', 'doświadczenie w Go', 'Go'],
    ['cs, knowledge', 'Výhodou je znalost Go.', 'Go'],
    ['cs, experience with', 'zkušenosti s Go', 'Go'],
    ['nl, experience with', 'ervaring met Go', 'Go'],
    ['sv, experience of', 'erfarenhet av Go', 'Go'],
    ['ro, knowledge of', 'cunoștințe de Go', 'Go'],
    ['ru, a one-letter language', 'Хорошее знание R для анализа данных', 'R'],
  ])('%s: %s', (_name, text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it.each([
    ['ru, go-live', 'подготовка к запуску на Go-live'],
    ['en, let us go', "let's go to the office"],
    ['en, ready to go', 'Ready to go.'],
    ['ru, a driving licence class', 'Права категории B, C'],
    ['ru, a language level', 'английский на уровне C1'],
  ])('no language: %s (%s)', (_name, text) => {
    expect(skillsIn(text)).not.toEqual(expect.arrayContaining(['Go']));
    expect(skillsIn(text)).not.toEqual(expect.arrayContaining(['C']));
  });
});

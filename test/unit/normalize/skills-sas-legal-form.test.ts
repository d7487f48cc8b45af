import { skillsIn } from '../../../shared/normalize/skills';

describe('SAS the French legal form is not the SAS analytics suite', () => {
  test.each([
    ['Groupe Hôtelier Azur SAS recrute pour son siège de Nice.'],
    ['Rejoignez Nova Logistique SAS, leader du transport frigorifique.'],
    ['Acme SAS au capital de 10 000 €, RCS Lyon.'],
  ])('%s names no skill', (text) => expect(skillsIn(text)).not.toContain('SAS'));

  test.each([
    ['Maîtrise de SAS et R', ['SAS', 'R']],
    ['Experience with SAS, SPSS or Stata', ['SAS', 'SPSS', 'Stata']],
    ['Base SAS certification preferred', ['SAS']],
    ['Kenntnisse in SPSS oder SAS', ['SPSS', 'SAS']],
    ['Statistical tools (SAS)', ['SAS']],
  ])('counter-case: %s -> %j', (text, skills) => expect(skillsIn(text)).toEqual(skills));
});

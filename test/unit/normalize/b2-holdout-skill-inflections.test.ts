import { slavicForms } from '../../../shared/normalize/taxonomy/inflections';
import { skillsIn } from '../../../shared/normalize/skills';

/**
 * Technology names declined by Slovak, Croatian and Slovenian ("s Dockerom", "s Javou", "izkušnje s Kafko",
 * "rad s Kafkom"), beside the Polish and Czech forms read before; acronyms and short stems stay undeclined.
 */
describe('declined technology names in Slovak, Croatian and Slovenian', () => {
  test.each([
    ['consonant stem, instrumental -om', 'Docker', 'Dockerom'],
    ['a-stem, Slovenian accusative -o', 'Kafka', 'Kafko'],
    ['a-stem, Slovak instrumental -ou', 'Java', 'Javou'],
    ['a-stem, Croatian instrumental -om', 'Scala', 'Scalom'],
  ])('%s: %s -> %s', (_name, name, form) => expect(slavicForms(name)).toContain(form));

  test.each([['AWS'], ['Perl'], ['Git']])('%s is not declined', (name) => expect(slavicForms(name)).toEqual([]));

  test.each([
    ['sk', 'skúsenosti s Dockerom a Kubernetes', ['Docker', 'Kubernetes']],
    ['sl', 'Izkušnje s Kafko', ['Apache Kafka']],
    ['hr', 'Iskustvo rada s Javom i Springom', ['Java']],
  ])('%s: %s', (_name, text, skills) => expect(skillsIn(text)).toEqual(expect.arrayContaining(skills)));

  test.each([
    ['et genitive', 'Hea MS Exceli kasutamise oskus'],
    ['fi genitive', 'Hyvä Excelin osaaminen'],
    ['sk instrumental', 'Pokročilá práca s Excelom'],
  ])('Excel declined, %s: %s', (_name, text) => expect(skillsIn(text)).toContain('Microsoft Excel'));

  test('a verb is no spreadsheet: "excelling"', () => expect(skillsIn('We keep excelling at service')).toEqual([]));
});

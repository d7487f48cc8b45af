import { extractSkills, skillsIn } from '../../../shared/normalize/skills';
import { locativeForms } from '../../../shared/normalize/taxonomy/inflections';

const skillsOf = (text: string): string[] => extractSkills({ title: '', text, tags: [] });

/**
 * Industrial and maintenance trades in several languages, "EMR" read by its neighbours (Amazon's service beside
 * AWS and big-data tools, medical records elsewhere), and declined names the load-time forms miss (Slovenian and
 * Croatian locative after its preposition, the short "Git").
 */
describe('trades skills', () => {
  test.each([
    ['en', 'Troubleshoot hydraulic and pneumatic systems on the packing lines', ['Hydraulics', 'Pneumatics']],
    ['de', 'Kenntnisse in Hydraulik und Pneumatik', ['Hydraulics', 'Pneumatics']],
    ['fr', 'Lecture de plans, hydraulique, pneumatique', ['Technical drawings', 'Hydraulics', 'Pneumatics']],
    ['en', 'Experience with Allen-Bradley ControlLogix and RSLogix 5000', ['Allen-Bradley', 'PLC programming']],
    ['de', 'SPS-Technik (SIMATIC S7-1500, TIA-Portal)', ['PLC programming', 'Siemens TIA Portal']],
    ['en', 'Schematics in AutoCAD Electrical or EPLAN Electric P8', ['AutoCAD Electrical', 'AutoCAD', 'EPLAN']],
    ['fr', 'Maîtrise du soudage TIG', ['Welding']],
    ['pl', 'Umiejętność spawania: spawanie MIG/MAG', ['Welding']],
    ['it', 'Esperienza in saldatura e manutenzione preventiva', ['Welding', 'Preventive maintenance']],
    ['pl', 'Uprawnienia UDT na wózki widłowe', ['Forklift licence']],
    ['pl declined', 'Znajomość hydrauliki siłowej i pneumatyki', ['Hydraulics', 'Pneumatics']],
    ['pl adjectives', 'Usuwanie awarii maszyn hydraulicznych i pneumatycznych', ['Hydraulics', 'Pneumatics']],
    ['pl declined', 'Umiejętność czytania rysunku technicznego', ['Technical drawings']],
    ['sv', 'Truckkort A och B', ['Forklift licence']],
    ['en', 'Follow lockout/tagout procedures', ['Lockout/tagout']],
  ])('%s: %s', (_lang, text, skills) => expect(skillsOf(text)).toEqual(expect.arrayContaining(skills)));

  test.each([
    ['civil engineering', 'Support senior engineers with hydraulic modelling', 'Hydraulics'],
    ['Polish plumber as a title', 'Hydraulik z doświadczeniem', 'Hydraulics'],
    ['Polish plumbing', 'Montaż instalacji hydraulicznych w budynkach', 'Hydraulics'],
    ['a verb', 'Please let us know', 'Welding'],
  ])('no skill: %s', (_name, text, skill) => expect(skillsOf(text)).not.toContain(skill));
});

describe('"EMR" by its neighbours', () => {
  test.each([
    ['in an AWS list', 'Experience with AWS (S3, EMR, Glue) and Spark'],
    ['before clusters', 'Tune Spark jobs on EMR clusters'],
    ['after Hadoop', 'Hadoop workloads migrated to EMR'],
  ])('Amazon EMR %s: %s', (_name, text) => {
    const skills = skillsIn(text);
    expect(skills).toContain('Amazon EMR');
    expect(skills).not.toContain('EHR');
  });

  test.each([
    ['charting', 'Accurate documentation in the EMR and patient charts'],
    ['beside Epic', 'Experience with EMR systems such as Epic'],
    ['spelled out', 'Use of electronic medical records'],
  ])('medical records %s: %s', (_name, text) => {
    const skills = skillsIn(text);
    expect(skills).toContain('EHR');
    expect(skills).not.toContain('Amazon EMR');
  });
});

describe('declined names the load-time forms miss', () => {
  test.each([
    ['sl locative', 'Izkušnje s programiranjem v Javi', 'Java'],
    ['hr locative', 'Iskustvo u Javi i Springu', 'Java'],
    ['sk genitive of a short name', 'Znalosť Gitu a Dockeru', 'Git'],
    ['cs instrumental', 'Práce s Gitem', 'Git'],
    ['sk instrumental', 'Skúsenosti s Gitom', 'Git'],
  ])('%s: %s', (_name, text, skill) => expect(skillsIn(text)).toContain(skill));

  test.each([
    ['a Spanish first name', 'Javi nos ayudará con la incorporación'],
    ['Indonesian "gitu"', 'Kerja gitu aja'],
  ])('no skill: %s', (_name, text) => expect(skillsIn(text)).toEqual([]));

  test('the locative is the capitalised a-stem less its vowel, never a k/g stem or an acronym', () => {
    expect(locativeForms('Java')).toEqual(['Javi']);
    expect(locativeForms('Kafka')).toEqual([]);
    expect(locativeForms('AWS')).toEqual([]);
    expect(locativeForms('pandas')).toEqual([]);
  });
});

describe('a one-word language name before a job word in Russian, Ukrainian or Polish', () => {
  test.each([
    ['ru', 'Ищем Go-разработчика в команду платежей', 'Go'],
    ['ru', 'Swift разработчик (iOS)', 'Swift'],
    ['uk', 'Go розробник', 'Go'],
    ['pl', 'Go programista', 'Go'],
  ])('%s: %s', (_lang, text, skill) => expect(skillsIn(text)).toContain(skill));

  test.each([
    ['ru', 'Go на собеседование в офис'],
    ['ru', 'Swift доставка по городу'],
  ])('no skill, %s: %s', (_lang, text) => expect(skillsIn(text)).toEqual([]));
});

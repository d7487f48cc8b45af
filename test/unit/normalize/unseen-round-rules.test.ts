import { typesIn } from '../../../shared/normalize/employment-types';
import { extractTerms } from '../../../shared/normalize/terms';
import { splitFieldLine } from '../../../shared/normalize/document/field-dictionary';
import { findBodySalary } from '../../../shared/normalize/money/salary-body';
import { statesOptional } from '../../../shared/normalize/document/nice-cues';
import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { extractLanguages } from '../../../shared/normalize/languages';
import { normalizeLocations, type LocationInput } from '../../../shared/normalize/locations';
import { locationInput as input } from '../../support/location-input';
import { extractSkills } from '../../../shared/normalize/skills';
import type { RawLocation } from '../../../shared/schema/raw-posting';

/**
 * Rules found by a round of unseen postings (Italian province codes, offices that disambiguate each other,
 * Valencian, Excel in Korean and Polish, Airflow named as a tool), each in other wordings than the posting
 * that revealed it.
 */

const office = (city: string): RawLocation => ({ text: city, city, region: null, country: null, workplace: null });
const places = (over: Partial<LocationInput>) =>
  normalizeLocations(input(over)).map((l) => ({ city: l.city, country: l.country }));

describe('a capital code in brackets after a city names its province', () => {
  it.each([
    ['Bologna (BO)', 'Bologna', 'IT'],
    ['Milano (MI) – ibrido', 'Milan', 'IT'],
    ['Torino (TO)', 'Turin', 'IT'],
    ['Sede: Verona (VR)', 'Verona', 'IT'],
  ])('%s is one location in %s', (text, city, country) => {
    expect(places({ texts: [text] })).toEqual([{ city, country }]);
  });

  it('still reads a country written in brackets after a city', () => {
    expect(places({ texts: ['Lisbon (PT)'] })).toEqual([{ city: 'Lisbon', country: 'PT' }]);
  });

  it('still lists two cities when the bracket names a place, not a code', () => {
    expect(places({ texts: ['Berlin (Hamburg)'] })).toHaveLength(2);
  });
});

describe('offices listed together resolve within each other’s countries', () => {
  it.each([
    [['Valencia', 'Paterna'], 'Valencia', 'ES'],
    [['Paterna', 'Valencia'], 'Valencia', 'ES'],
    [['Valencia', 'Maracaibo'], 'Valencia', 'VE'],
    [['Cambridge', 'Boston'], 'Cambridge', 'US'],
  ])('%j places %s in %s', (offices, city, country) => {
    const found = places({ raw: offices.map(office) });
    expect(found).toContainEqual({ city, country });
  });
});

describe('Valencian is read as Catalan', () => {
  it.each([
    [['Valenciano'], 'ca', false],
    [['Se valorará el conocimiento de valenciano'], 'ca', false],
    [['Valencian (spoken and written)'], 'ca', false],
    [['Parlar valencià'], 'ca', false],
  ])('%j in the nice-to-haves gives %s', (nice, code, required) => {
    const found = extractLanguages({ must: [], nice, other: [], postingLanguage: null });
    expect(found).toContainEqual(expect.objectContaining({ code, required }));
  });
});

describe('Excel and Airflow in more spellings', () => {
  const skillsOf = (text: string) => extractSkills({ title: '', text, tags: [] });
  it.each([
    ['엑셀 활용 능력 우수자', 'Microsoft Excel'],
    ['Dobra znajomość Excela', 'Microsoft Excel'],
    ['Praktická znalost Excelu', 'Microsoft Excel'],
    ['Pracujesz z Excelem na co dzień', 'Microsoft Excel'],
    ['Experience with Airflow or a similar orchestrator', 'Apache Airflow'],
    ['Pipelines orchestrated in Airflow', 'Apache Airflow'],
  ])('%s names %s', (text, skill) => {
    expect(skillsOf(text)).toContain(skill);
  });

  it.each([['The airflow in the clean room is checked daily'], ['Good airflow and ventilation']])(
    '%s names no orchestrator',
    (text) => {
      expect(skillsOf(text)).not.toContain('Apache Airflow');
    },
  );
});

describe('office days written as words make a city hybrid', () => {
  const workplaceOf = (bodyText: string) =>
    normalizeLocations(input({ texts: ['Seattle, WA'], bodyText }))[0]?.workplace ?? null;
  it.each([
    ['You will join us three days a week in our Seattle office.', 'hybrid'],
    ['Expect two days per week at the client site.', 'hybrid'],
    ['Wir arbeiten zwei Tage pro Woche im Homeoffice.', 'hybrid'],
    ['Vous aurez deux jours de télétravail par semaine.', 'hybrid'],
    ['Trabajamos tres días a la semana en la oficina.', 'hybrid'],
    ['Werk twee dagen per week thuis.', 'hybrid'],
    ['Three days a week in the office, two from home.', 'hybrid'],
    ['We are a network of offices across the state.', null],
  ])('%s → %s', (body, workplace) => {
    expect(workplaceOf(body)).toBe(workplace);
  });
});

describe('Epic the record system, named by what nurses do in it', () => {
  const skillsOf = (text: string) => extractSkills({ title: '', text, tags: [] });
  it.each([
    ['Assess patients, administer medications and document in Epic', true],
    ['Charting in Epic is required on every shift', true],
    ['Place orders using Epic', true],
    ['Join us for an Epic summer party', false],
    ['We are in Epic growth mode', false],
  ])('%s → %s', (text, found) => {
    expect(skillsOf(text).includes('Epic')).toBe(found);
  });
});

describe('a district written after a city is not a second location', () => {
  it.each([
    ['São Paulo, SP (Híbrido – 3 dias no escritório da Vila Olímpia)', 'São Paulo', 'BR'],
    ['São Paulo (escritório na Vila Olímpia)', 'São Paulo', 'BR'],
  ])('%s is one location in %s', (text, city, country) => {
    expect(places({ texts: [text] })).toEqual([{ city, country }]);
  });

  it.each([
    ['Sede Milano e Roma', 2],
    ['Hamburg, Office Berlin', 2],
  ])('%s still lists %i cities of other regions', (text, count) => {
    expect(places({ texts: [text] })).toHaveLength(count);
  });
});

describe('dbt named after a preposition in other languages', () => {
  const skillsOf = (text: string) => extractSkills({ title: '', text, tags: [] });
  it.each([
    ['Conhecimento de dbt', true],
    ['Experiencia con dbt', true],
    ['Erfahrung mit dbt', true],
    ['Expérience avec dbt', true],
    ['Dbt ist eine Abkürzung', false],
  ])('%s → %s', (text, found) => {
    expect(skillsOf(text).includes('dbt')).toBe(found);
  });
});

describe('Traditional Chinese section headings', () => {
  it.each([
    ['【工作內容】', 'responsibilities'],
    ['工作職責', 'responsibilities'],
    ['職務內容', 'responsibilities'],
    ['任職要求', 'must'],
  ])('%s is a %s heading', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('a preference narrowing a detail keeps the requirement', () => {
  it.each([
    ['5+ years of experience in data analytics, preferably in retail or e-commerce', false],
    ['Erfahrung im Vertrieb, idealerweise im B2B-Umfeld', false],
    ['Diplôme en informatique, idéalement un master', false],
    ['Experiencia en logística, preferentemente en el sector alimentario', false],
    ['Degree in Computer Science – ideally with a Master’s', false],
    ['Preferably a degree in Computer Science', true],
    ['Ideally experience with Kafka', true],
    ['Kotlin, ideally', true],
    ['Experience with Kafka is a plus, ideally in production', true],
  ])('%s → optional: %s', (item, optional) => {
    expect(statesOptional(item)).toBe(optional);
  });
});

describe('a body sentence in lakh or crore needs no rupee sign', () => {
  it.each([
    ['Experience: 5-8 Yrs | CTC: 12-18 LPA | Notice Period: 30 days', 1_200_000, 1_800_000],
    ['The package is 8 to 10 lakh per annum.', 800_000, 1_000_000],
    ['Salary: 1.2 crore per annum for the right candidate', 12_000_000, 12_000_000],
  ])('%s', (body, min, max) => {
    const reading = findBodySalary(body, null);
    expect(reading.kind === 'salary' ? reading.salary : null).toMatchObject({
      min,
      max,
      currency: 'INR',
      period: 'YEAR',
    });
  });

  it('still needs a currency for bare thousands in a sentence', () => {
    expect(findBodySalary('Our salary bands start at 45-60 for juniors.', null).kind).toBe('none');
  });
});

describe('field labels in Traditional Chinese and Indian English', () => {
  it.each([
    ['公司名稱：光點科技股份有限公司', 'company'],
    ['工作地點：台北市內湖區', 'location'],
    ['工作性質：全職', 'employment type'],
    ['薪資待遇：月薪 NT$55,000 ~ NT$75,000', 'salary'],
    ['工作經驗：2年以上', 'experience'],
    ['CTC: 12-18 LPA', 'salary'],
    ['Annual CTC: INR 9,00,000', 'salary'],
    ['勤務地：東京都', 'location'],
  ])('%s has the key %s', (line, key) => {
    expect(splitFieldLine(line)?.key).toBe(key);
  });
});

describe('Traditional Chinese employment, leave and remote days', () => {
  it.each([
    ['全職', 'FULL_TIME'],
    ['兼職', 'PART_TIME'],
    ['部分工時', 'PART_TIME'],
    ['約聘人員', 'TEMPORARY'],
    ['實習生', 'INTERN'],
  ])('%s is %s', (text, type) => {
    expect(typesIn(text)).toContain(type);
  });

  it.each([
    ['到職即享特休 7 天', 7],
    ['特別休假 10 天', 10],
    ['帶薪年假 15 天', 15],
  ])('%s gives %i days of paid leave', (text, days) => {
    expect(extractTerms([], text).paidLeaveDays).toBe(days);
  });

  it.each([['每週可遠端 2 天'], ['每周可以远程办公2天']])('%s makes a city hybrid', (body) => {
    expect(normalizeLocations(input({ texts: ['台北市'], bodyText: body }))[0]?.workplace).toBe('hybrid');
  });
});

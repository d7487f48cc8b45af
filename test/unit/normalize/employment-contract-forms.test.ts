import { employmentInput as input } from '../../support/employment-input';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

const ofValue = (value: string): string[] => normalizeEmploymentTypes(input({ values: [value] }));

describe('a contractor form offered or an employment contract is both types', () => {
  it.each([
    ['B2B lub umowa o pracę', ['FULL_TIME', 'CONTRACTOR']],
    ['UoP lub B2B', ['FULL_TIME', 'CONTRACTOR']],
    ['B2B / UoP', ['FULL_TIME', 'CONTRACTOR']],
    ['Contractor or Employee', ['FULL_TIME', 'CONTRACTOR']],
    ['Permanent or contract', ['FULL_TIME', 'CONTRACTOR']],
    ['Contract / Perm', ['FULL_TIME', 'CONTRACTOR']],
    ['freelance ou CDI', ['FULL_TIME', 'CONTRACTOR']],
    ['Festanstellung oder freiberuflich', ['FULL_TIME', 'CONTRACTOR']],
    ['CLT ou PJ', ['FULL_TIME', 'CONTRACTOR']],
    // a schedule the text names wins over the full-time default
    ['umowa o pracę (pół etatu) lub B2B', ['PART_TIME', 'CONTRACTOR']],
  ])('"%s" → %j', (value, expected) => {
    expect(ofValue(value)).toEqual(expected);
  });

  it.each([
    // one temporary worker, a prospect, and US agency payroll forms are no choice of contract
    ['Contract employee', ['CONTRACTOR']],
    ['Contract-to-hire', ['CONTRACTOR']],
    ['W2 or C2C', ['CONTRACTOR']],
    ['B2B', ['CONTRACTOR']],
    ['Contractor, employee benefits not included', ['CONTRACTOR']],
    ['umowa zlecenie', ['CONTRACTOR']],
    ['Umowa o dzieło', ['CONTRACTOR']],
    ['Umowa o pracę', ['FULL_TIME']],
  ])('counter-case: "%s" stays %j', (value, expected) => {
    expect(ofValue(value)).toEqual(expected);
  });
});

describe('central European contract names', () => {
  it.each([
    ['HPP', ['FULL_TIME']],
    ['TPP', ['FULL_TIME']],
    ['trvalý pracovný pomer', ['FULL_TIME']],
    ['pracovní poměr na dobu neurčitou', ['FULL_TIME']],
    ['DPP', ['PART_TIME']],
    ['DPČ', ['PART_TIME']],
    ['dohoda o provedení práce', ['PART_TIME']],
    ['Dohoda o pracovnej činnosti', ['PART_TIME']],
    ['dohoda o vykonaní práce', ['PART_TIME']],
    ['határozatlan idejű munkaszerződés', ['FULL_TIME']],
    ['megbízási szerződés', ['CONTRACTOR']],
    ['contract de muncă pe perioadă nedeterminată', ['FULL_TIME']],
    ['contract de muncă pe perioadă determinată', ['TEMPORARY']],
  ])('"%s" → %j', (value, expected) => {
    expect(ofValue(value)).toEqual(expected);
  });

  it('a Romanian employment contract alone names no contractor', () => {
    expect(ofValue('contract individual de muncă')).toEqual([]);
  });
});

describe('weekly hours straddling the full-time line follow the schedule word beside them', () => {
  it.each([
    [['Parttime', '24-32 uur'], ['PART_TIME']],
    [['Teilzeit, 20-35 Stunden/Woche'], ['PART_TIME']],
    [['Temps partiel, 28 à 35 heures par semaine'], ['PART_TIME']],
    [['Tiempo parcial, 20-35 horas semanales'], ['PART_TIME']],
    [['Deltid 20-35 timmar per vecka'], ['PART_TIME']],
    [['Vollzeit, 30-40 Stunden/Woche'], ['FULL_TIME']],
  ])('%j → %j', (values, expected) => {
    expect(normalizeEmploymentTypes(input({ values }))).toEqual(expected);
  });

  it.each([
    // no schedule word: the range names both
    [['24-32 uur'], ['FULL_TIME', 'PART_TIME']],
    [['20-40 Stunden/Woche'], ['FULL_TIME', 'PART_TIME']],
    // the word is only an option, or both are named
    [['Teilzeit möglich, 20-40 Stunden/Woche'], ['FULL_TIME', 'PART_TIME']],
    [['Fulltime of parttime, 24-40 uur'], ['FULL_TIME', 'PART_TIME']],
    // a workload percentage keeps what it says (100 % is full-time by definition)
    [['Pensum 80-100%, Teilzeit'], ['FULL_TIME', 'PART_TIME']],
    // a range wholly on one side is unchanged
    [['Parttime 12-20 uur'], ['PART_TIME']],
  ])('counter-case: %j → %j', (values, expected) => {
    expect(normalizeEmploymentTypes(input({ values }))).toEqual(expected);
  });

  it('a title suffix of hours is read with the labelled value', () => {
    expect(normalizeEmploymentTypes(input({ values: ['Deeltijd', '20-36 uur'] }))).toEqual(['PART_TIME']);
  });
});

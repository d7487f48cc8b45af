import { employmentInput as input } from '../../support/employment-input';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

describe('Dutch contract words name the employment type', () => {
  it.each([
    ['tijdelijk', ['TEMPORARY']],
    ['Tijdelijke aanstelling voor 6 maanden', ['TEMPORARY']],
    ['tijdelijk, met kans op een vaste aanstelling', ['TEMPORARY']],
    ['Vast', ['FULL_TIME']],
    ['in vaste dienst', ['FULL_TIME']],
    ['contract voor onbepaalde tijd', ['FULL_TIME']],
    ['vast, parttime', ['PART_TIME']],
    ['Uitzendbaan', ['TEMPORARY']],
    // a contract for one year (or half a year) is a fixed term
    ['Jaarcontract', ['TEMPORARY']],
    ['jaarcontract met uitzicht op vast', ['TEMPORARY']],
    ['Halfjaarcontract', ['TEMPORARY']],
    ['jaar contract', ['TEMPORARY']],
    ['via uitzendbureau', ['TEMPORARY']],
    ['Oproepbasis', ['PER_DIEM']],
    ['Oproepkracht', ['PER_DIEM']],
    ['nulurencontract', ['PER_DIEM']],
    ['Afstudeerstage', ['INTERN']],
    ['Stagiair', ['INTERN']],
    ['Vrijwilliger', ['VOLUNTEER']],
    ['Fulltime of parttime', ['FULL_TIME', 'PART_TIME']],
    ['Voltijds', ['FULL_TIME']],
    ['Deeltijds', ['PART_TIME']],
    ['Arbeit auf Abruf', ['PER_DIEM']],
  ])('"%s" → %j', (value, expected) => {
    expect(normalizeEmploymentTypes(input({ values: [value] }))).toEqual(expected);
  });

  it.each([
    ['Dienstverband: tijdelijk met uitzicht op vast', ['TEMPORARY']],
    ['Soort dienstverband: vast', ['FULL_TIME']],
    ['Contractvorm: oproepbasis', ['PER_DIEM']],
  ])('the body statement "%s" → %j', (bodyText, expected) => {
    expect(normalizeEmploymentTypes(input({ bodyText }))).toEqual(expected);
  });

  it("a year named beside a contract is no fixed term unless it is the contract's term", () => {
    expect(normalizeEmploymentTypes(input({ values: ['Vast contract, 1 jaar ervaring'] }))).toEqual(['FULL_TIME']);
    expect(normalizeEmploymentTypes(input({ values: ['contractor'] }))).toEqual(['CONTRACTOR']);
  });

  it('"vast" inside another word is no contract ("vastgoed")', () => {
    expect(normalizeEmploymentTypes(input({ title: 'Medewerker vastgoedbeheer' }))).toEqual([]);
  });
});

describe('weekly hours set full- or part-time (32 h or more a week is full-time)', () => {
  it.each([
    ['32-40 uur', ['FULL_TIME']],
    ['(24-32 uur)', ['FULL_TIME', 'PART_TIME']],
    ['24 uur per week', ['PART_TIME']],
    ['38,5 Std./Woche', ['FULL_TIME']],
    ['20 Stunden pro Woche', ['PART_TIME']],
    ['40-Stunden-Woche', ['FULL_TIME']],
    ['30 Wochenstunden', ['PART_TIME']],
    ['40h/week', ['FULL_TIME']],
    ['37.5 hours per week', ['FULL_TIME']],
    ['16 hrs/wk', ['PART_TIME']],
    ['20 heures/semaine', ['PART_TIME']],
    ['35 heures par semaine', ['FULL_TIME']],
    ['40 horas semanales', ['FULL_TIME']],
    ['20 a 30 horas por semana', ['PART_TIME']],
    ['36 ore settimanali', ['FULL_TIME']],
    ['40 h', ['FULL_TIME']],
  ])('"%s" → %j', (value, expected) => {
    expect(normalizeEmploymentTypes(input({ values: [value] }))).toEqual(expected);
  });

  it.each([['€ 14,50 per uur'], ['8 uur per dag'], ['8 h'], ['Reactie binnen 24 uur'], ['90 hours per week']])(
    '"%s" says nothing about the schedule',
    (value) => {
      expect(normalizeEmploymentTypes(input({ values: [value] }))).toEqual([]);
    },
  );

  it('hours and a contract word together give both', () => {
    expect(normalizeEmploymentTypes(input({ values: ['Befristet', '39 Std./Woche'] }))).toEqual([
      'FULL_TIME',
      'TEMPORARY',
    ]);
  });

  it.each([
    ['Lagermitarbeiter (38,5 Std./Woche)', ['FULL_TIME']],
    ['Receptionist (20 hours/week)', ['PART_TIME']],
    ['Vendeur (35 heures/semaine)', ['FULL_TIME']],
  ])('a title suffix "%s" the cleaner removes sets %j', (title, expected) => {
    const raw = parseInput(`${title}\n\nWe sell things.\n`, { kind: 'text' })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, { sourceId: 'hours', now: new Date('2026-11-20T12:00:00Z') });
    expect(posting.employmentTypes).toEqual(expected);
    expect(posting.title).not.toMatch(/\d/);
  });
});

import { extractTerms } from '../../../shared/normalize/terms';

describe('extractTerms', () => {
  describe('reads the probation period in months', () => {
    it.each([
      ['Probation: 2 months with 100% salary', 2],
      ['試用期間：3ヶ月', 3],
      ['試用期間3か月', 3],
      ['Probezeit: 6 Monate', 6],
      ["Période d'essai de 3 mois", 3],
      ['Periodo de prueba de 3 meses', 3],
      ['Thử việc 2 tháng', 2],
      ['90-day probation', 3],
      ['A six-month probationary period applies', 6],
      ['12 weeks probation', 3],
      ['3-6 months probation', 6],
      ['No probation period', 0],
      ['수습 기간 3개월', 3],
      ['Probezeit: sechs Monate', 6],
      ['Período de experiência de noventa dias', 3],
      ['Contrato de experiência de 45 dias', 1.5],
      ['Okres próbny: 3 miesiące', 3],
      ['Zkušební doba 3 měsíce', 3],
      ['Proeftijd van twee maanden', 2],
      ['Prøvetid: 6 måneder', 6],
      ['Испытательный срок 3 месяца', 3],
      ['Periodo di prova di tre mesi', 3],
    ])('%s → %s', (line, months) => {
      expect(extractTerms([line]).probationMonths).toBe(months);
    });
  });

  describe('reads paid annual leave in days', () => {
    it.each([
      ['15 days of annual leave', 15],
      ['25 days of paid vacation', 25],
      ['33 days holiday including bank holidays', 33],
      ['28 Urlaubstage', 28],
      ['30 Tage Urlaub', 30],
      ['25 days PTO', 25],
      ['有給休暇10日', 10],
      ['25 jours de congés payés', 25],
      ['12 ngày phép/năm', 12],
      ['22 días de vacaciones', 22],
      ['Vacation: 4 weeks', 20],
      ['1 ngày phép mỗi tháng', 12],
      ['Annual leave: 15 days', 15],
      ['年間休日120日、有給休暇10日', 10],
      ['Salary range: $190,000–$240,000 annually. 401(k) match, 25 days PTO.', 25],
      ['Unlimited PTO with a 20-day minimum', 20],
      ['有給休暇：入社6ヶ月後に10日付与', 10],
      ['年次有給休暇 初年度10日（最大20日）', 10],
      ['Annual leave: 20 days after 6 months of service', 20],
      ['30 calendar days of annual leave', 30],
      ['22 working days of paid holiday', 22],
      ['Twenty-five days of annual leave', 25],
      ['thirty days paid vacation', 30],
      ['25 bezahlte Urlaubstage', 25],
      ['20 wettelijke vakantiedagen', 20],
      ['30 paid vacation days', 30],
      ['25 Ferientage', 25],
      ['5 Wochen Ferien', 25],
      ['5 semaines de vacances', 25],
      ['Vacances : 4 semaines par an', 20],
      ['26 dni płatnej przerwy w roku', 26],
      ['26 dni urlopu wypoczynkowego', 26],
      ['25 semesterdagar', 25],
      ['25 dní dovolené', 25],
      ['Vacaciones: 23 días laborables', 23],
      ['80 hours of paid time off per year', 10],
      ['120 hours PTO annually', 15],
      ['40 hours per week, 25 days vacation', 25],
    ])('%s → %d', (line, days) => {
      expect(extractTerms([line]).paidLeaveDays).toBe(days);
    });
  });

  describe('does not take other days for paid leave', () => {
    it.each([
      '年間休日125日',
      '年間休日125日（有給休暇含む）',
      'Unlimited PTO',
      '5 days in office',
      'Hybrid: 3 days a week in the office',
      '10 sick days',
      '12 weeks parental leave',
      '8 bank holidays',
      '100 days of onboarding',
      'PTO accrues at 4.62 hours per pay period',
      '8 hours of PTO per month',
      'Vacation: 40 hours per week',
      '3 días en oficina, vacaciones flexibles',
    ])('%s', (line) => {
      expect(extractTerms([line]).paidLeaveDays).toBeNull();
    });
  });

  it('rejects insane probation figures', () => {
    expect(extractTerms(['Probation: 36 months']).probationMonths).toBeNull();
  });

  it('takes the first line that states each term', () => {
    expect(extractTerms(['Great team', '25 days holiday', 'Probezeit 6 Monate', '30 days PTO'])).toEqual({
      probationMonths: 6,
      paidLeaveDays: 25,
    });
  });

  it('reads a term from the body text when no line states it', () => {
    const body = 'Benefits\n\n- Health insurance\n\nProbation period: 6 months.\nVacation: 25 days';
    expect(extractTerms(['Health insurance'], body)).toEqual({ probationMonths: 6, paidLeaveDays: 25 });
  });

  it('prefers the lines over the body text', () => {
    expect(extractTerms(['30 Tage Urlaub'], 'Urlaub: 20 Tage').paidLeaveDays).toBe(30);
  });

  it('returns nulls when nothing is stated', () => {
    expect(extractTerms(['Competitive salary', 'Free snacks'])).toEqual({ probationMonths: null, paidLeaveDays: null });
  });
});

describe('extractTerms on arbitrary text', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const parts = fc.constantFrom(
    'probation',
    'Probezeit',
    '試用期間',
    'days',
    'Tage',
    'months',
    'PTO',
    'Urlaub',
    '有給休暇',
    'unlimited',
    '-',
    ':',
    ' ',
  );

  it('never throws and keeps numbers in their sane ranges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .array(fc.oneof(fc.string(), parts, fc.integer({ min: 0, max: 400 }).map(String)), { maxLength: 12 })
            .map((p) => p.join(' ')),
          { maxLength: 6 },
        ),
        (lines) => {
          const { probationMonths, paidLeaveDays } = extractTerms(lines);
          if (probationMonths !== null) expect(probationMonths >= 0 && probationMonths <= 24).toBe(true);
          if (paidLeaveDays !== null) expect(paidLeaveDays > 0 && paidLeaveDays <= 60).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

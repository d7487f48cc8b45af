import { extractTerms } from '../../../shared/normalize/terms';

const leave = (line: string): number | null => extractTerms([line]).paidLeaveDays;

describe('days a clause adds to the paid annual leave are counted with it', () => {
  it.each([
    ['en, extra days before the base', 'Five extra days of leave on top of your four weeks of annual leave', 25],
    ['en, plus additional days', 'Four weeks of annual leave plus 5 additional days', 25],
    [
      'en, an extra count first, the base after "on top of"',
      '5 additional days of annual leave on top of the statutory 20 days',
      25,
    ],
    ['en, extra days at Christmas', '25 days annual leave plus 3 extra days at Christmas', 28],
    ['de, plus sign', '30 Tage Urlaub + 5 Tage', 35],
    ['fr, supplémentaires', '25 jours de congés et 5 jours supplémentaires', 30],
    ['es, adicionales', '22 días de vacaciones y 3 días adicionales', 25],
    ['pl, dodatkowe', '26 dni urlopu + 2 dni dodatkowe', 28],
    ['cs, navíc', '25 dní dovolené + 5 dní navíc', 30],
    ['ru, дополнительных', '28 дней отпуска и 3 дополнительных дня', 31],
    ['uk, додаткових', '24 дні щорічної відпустки + 4 додаткових дні', 28],
  ])('%s: %s', (_name, line, days) => {
    expect(leave(line)).toBe(days);
  });
});

describe('day counts that are not more annual leave are not added', () => {
  it.each([
    ['sick days', '20 days of annual leave plus 10 sick days', 20],
    ['bank holidays', '25 days holiday + 8 bank holidays', 25],
    ['education leave', '30 Urlaubstage + 2 Tage Bildungsurlaub', 30],
    ['office days per week', '25 days annual leave, 2 days a week in the office', 25],
    ['remote days', '25 días de vacaciones, 10 días adicionales de teletrabajo', 25],
    ['uk sick days after "та"', '18 робочих днів оплачуваної відпустки та 10 днів лікарняних', 18],
    ['days earned with tenure', '20 days PTO + 1 extra week after 3 years', 20],
    ['de, days earned with tenure', '30 Tage Urlaub + 1 zusätzlicher Tag nach 5 Jahren Betriebszugehörigkeit', 30],
    ['a count with no extra mark', '25 days annual leave and 2 days to volunteer', 25],
    ['fr, RTT days', '25 jours de congés payés + 10 jours de RTT', 25],
    ['fr, RTT spelled out', '25 jours de congés et 11 jours supplémentaires de réduction du temps de travail', 25],
  ])('%s: %s', (_name, line, days) => {
    expect(leave(line)).toBe(days);
  });
});

import { extractTerms } from '../../../shared/normalize/terms';

/** Paid leave in one bullet and its addition in the next ("25 days holiday", "+ 5 extra days") are one sum. */
describe('leave added in the next bullet', () => {
  test.each([
    ['en', ['25 days holiday', '+ 5 extra days', 'Pension scheme'], 30],
    ['en plus', ['25 days annual leave', 'Plus 3 additional days between Christmas and New Year'], 28],
    ['de', ['30 Tage Urlaub', 'plus 2 zusätzliche Urlaubstage'], 32],
    ['fr', ['25 jours de congés payés', '+ 5 jours supplémentaires'], 30],
  ])('%s', (_lang, lines, days) => expect(extractTerms(lines).paidLeaveDays).toBe(days));

  test.each([
    ['bank holidays', ['25 days holiday', '+ 8 bank holidays']],
    ['earned with tenure', ['25 days holiday', '+ 1 extra day after 3 years']],
    ['education leave', ['25 days holiday', '+ 2 Tage Bildungsurlaub']],
    ['a bullet that adds nothing', ['25 days holiday', '5 days sick pay']],
    ['not the next bullet', ['25 days holiday', 'Pension scheme', '+ 5 extra days']],
  ])('not added: %s', (_name, lines) => expect(extractTerms(lines).paidLeaveDays).toBe(25));
});

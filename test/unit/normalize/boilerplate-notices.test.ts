import { isBoilerplateNotice } from '../../../shared/normalize/document/boilerplate-notices';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'notices', now: new Date('2026-11-26T12:00:00Z') };

/** Equal-opportunity, anti-fraud and data-protection notices are no duty, requirement or perk. */
describe('boilerplate notices', () => {
  test.each([
    ['en EEO', 'Prairie Rose Health & Rehabilitation is an Equal Opportunity Employer.'],
    ['en EEO long', 'All qualified applicants will receive consideration without regard to race, color or religion.'],
    ['en fraud', 'We will never ask candidates for fees or bank details during the hiring process.'],
    ['zh fraud', '用人单位不得以任何名义向求职者收取押金、培训费等费用，如遇收费请立即举报。'],
    ['de', 'Wir leben Chancengleichheit und freuen uns über alle Bewerbungen.'],
    ['fr', 'Nous recrutons dans le respect de l’égalité des chances.'],
    ['it', 'Offriamo pari opportunità.'],
    ['pl GDPR', 'Administratorem Twoich danych osobowych jest Vitrex Sp. z o.o.'],
  ])('%s', (_name, text) => expect(isBoilerplateNotice(text)).toBe(true));

  test.each([
    ['a perk about money', 'Free money management coaching'],
    ['a duty about fees', 'Collect payments and fees from guests at check-out'],
    ['a requirement about opportunity', 'Spot sales opportunities with existing clients'],
    ['a duty on data', 'Process personal data requests from customers under GDPR'],
    ['zh perk', '带薪年假10天'],
  ])('no notice: %s', (_name, text) => expect(isBoilerplateNotice(text)).toBe(false));

  test('an equal-opportunity line under the benefits is no benefit', () => {
    const content =
      'Line Cook\n\nResponsibilities:\n- Prep vegetables\n- Cook to order\n\nBenefits:\n- Free staff meals\n- Paid time off\n\n' +
      'Harbour Grill is an Equal Opportunity Employer.\n';
    const raw = parseInput(content, { kind: 'text' })[0]!;
    expect(normalizePosting(raw, context).benefits).toEqual(['Free staff meals', 'Paid time off']);
  });
});

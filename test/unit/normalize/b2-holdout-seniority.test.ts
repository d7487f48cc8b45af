import { fromTitle } from '../../../shared/normalize/seniority';

/**
 * Seniority words in titles of Slovenian, Croatian/Serbian, Bulgarian, Lithuanian, Estonian, Catalan, Malay,
 * Hindi and Persian postings, in other titles than the postings that revealed them; and titles of those
 * languages that carry no level.
 */
describe('title seniority in Balkan, Baltic, Catalan, Malay, Hindi and Persian postings', () => {
  test.each([
    ['sl senior, feminine', 'Višja računovodkinja', 'senior'],
    ['hr senior', 'Viši stručni suradnik za prodaju', 'senior'],
    ['sr senior', 'Stariji referent nabavke', 'senior'],
    ['bg senior', 'Старши счетоводител', 'senior'],
    ['lt senior', 'Vyresnysis buhalteris', 'senior'],
    ['ca senior', 'Tècnic sènior de sistemes', 'senior'],
    ['ms senior executive', 'Eksekutif Kanan Pemasaran', 'senior'],
    ['hi senior', 'वरिष्ठ लेखाकार', 'senior'],
    ['fa senior', 'برنامه‌نویس ارشد بک‌اند', 'senior'],
    ['sl junior', 'Mlajši računovodja', 'junior'],
    ['hr junior', 'Mlađi knjigovođa', 'junior'],
    ['lt junior', 'Jaunesnysis analitikas', 'junior'],
    ['et junior', 'Noorem tarkvaraarendaja', 'junior'],
    ['hi junior', 'कनिष्ठ सहायक', 'junior'],
    ['fa junior', 'برنامه‌نویس جونیور', 'junior'],
  ])('%s: %s', (_name, title, level) => expect(fromTitle(title)).toBe(level));

  test.each([
    ['hr', 'Stručni suradnik u nabavi'],
    ['sl, "višina" is height', 'Monter na višini'],
    ['sr, antique dealer', 'Starinar'],
    ['ms', 'Eksekutif Akaun'],
    ['fa, an expert (the bachelor degree word)', 'کارشناس فروش'],
    ['fa, fresh fruit', 'فروشنده میوه تازه'],
  ])('no level, %s: %s', (_name, title) => expect(fromTitle(title)).toBeNull());
});

import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { withWeekdaySpanCounts } from '../../../shared/normalize/geo/attendance-patterns';

describe('office days stated as a span of weekdays or "from the office" make a body hybrid', () => {
  it.each([
    ['through', 'Based in any of our offices; we work in the office Tuesday through Thursday.'],
    ['to, plural days', 'You will be in the office Mondays to Wednesdays and at home the rest of the week.'],
    ['short names with a dash', 'In the office Tues-Thurs, remote otherwise.'],
    ['span before the office', 'Mon–Wed in our Leeds office.'],
    ['from the office, a count in words', 'We work from the office three days a week.'],
    ['from our named office', 'You will work from our Dublin office 2 days a week.'],
  ])('%s: %s', (_name, body) => {
    expect(bodyWorkplace(body)).toBe('hybrid');
  });

  it.each([
    ['a full week in the office', 'You will be in the office Monday to Friday.'],
    ['opening hours, no attendance', 'Our office is open Monday to Friday, 9-5.'],
    ['a span not about the office', 'Customer calls come in Monday to Wednesday; the office is in Austin.'],
  ])('counter-case, %s: %s', (_name, body) => {
    expect(bodyWorkplace(body)).not.toBe('hybrid');
  });

  it.each([
    ['Tuesday through Thursday', '3 days'],
    ['Mon-Fri', '5 days'],
    ['Thursday to Tuesday', 'Thursday to Tuesday'],
    ['Monthly - Wednesday', 'Monthly - Wednesday'],
  ])('the span "%s" reads as "%s"', (span, read) => {
    expect(withWeekdaySpanCounts(span)).toBe(read);
  });
});

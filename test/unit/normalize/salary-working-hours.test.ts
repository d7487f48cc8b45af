import { normalizeSalary } from '../../../shared/normalize/salary';
import { classifyMetaItem } from '../../../shared/normalize/meta-items';

const salaryOf = (text: string) =>
  normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint: null });

describe('a number of working hours is no pay', () => {
  test.each([
    ['de hours a week', 'Teilzeit (25 Std./Woche)'],
    ['fr hours a week', 'Temps partiel (28h/semaine)'],
    ['es hours', '35 horas semanales'],
    ['it hours', '30 ore settimanali'],
    ['nl hours', '32 uur per week'],
    ['ja hours', '週35時間'],
  ])('%s: %s', (_name, text) => {
    expect(salaryOf(text)?.min ?? null).toBeNull();
    expect(classifyMetaItem(text)).not.toBe('salary');
  });

  test.each([
    ['hours beside an hourly rate', '20 Std./Woche, 14 €/Std.', 14],
    ['an hourly rate written with h', '18-22 €/h', 18],
  ])('the pay beside them is still read: %s', (_name, text, min) => expect(salaryOf(text)?.min).toBe(min));
});

import { findPeriod } from '../../../shared/normalize/money/periods';
import { normalizeSalary } from '../../../shared/normalize/salary';

const salaryOf = (text: string, countryHint: string | null = null) =>
  normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint });

describe('a per-unit suffix after an amount states the pay period', () => {
  test.each([
    ['ja yen per hour', '¥1,200/時間', 'HOUR'],
    ['ja yen per hour, short unit', '1,100円/時', 'HOUR'],
    ['ja hourly wage word', '時給1,200円', 'HOUR'],
    ['de yen per hour', '1.200 ¥/Stunde', 'HOUR'],
    ['ko won per hour', '₩10,000/시간', 'HOUR'],
    ['zh-TW per hour', 'NT$200/小時', 'HOUR'],
    ['zh-CN per hour', '25元/小时', 'HOUR'],
    ['zh-TW hourly wage word', '時薪 NT$190', 'HOUR'],
    ['en /h', '€15/h', 'HOUR'],
    ['de /Std.', '14 €/Std.', 'HOUR'],
    ['fr /heure', '12 €/heure', 'HOUR'],
    ['es /hora', '€12/hora', 'HOUR'],
    ['vi /giờ', '50.000 VND/giờ', 'HOUR'],
    ['id /jam', 'Rp50.000/jam', 'HOUR'],
    ['id per jam', 'Rp 45.000 per jam', 'HOUR'],
    ['tr /saat', '150 TL/saat', 'HOUR'],
    ['cs /hod.', '250 Kč/hod.', 'HOUR'],
    ['cs za hodinu', '230 Kč za hodinu', 'HOUR'],
    ['hu /óra', '2 500 Ft/óra', 'HOUR'],
    ['fi /tunti', '15 €/tunti', 'HOUR'],
    ['sv /timme', '160 kr/timme', 'HOUR'],
    ['da kr./time', '185 kr./time', 'HOUR'],
    ['no pr. time', '210 kr pr. time', 'HOUR'],
    ['ja per day', '8,000円/日', 'DAY'],
    ['zh per day', '300元/天', 'DAY'],
    ['ko per day', '₩120,000/일', 'DAY'],
    ['tr per day', '1.500 TL/gün', 'DAY'],
    ['ja per week', '¥60,000/週', 'WEEK'],
    ['ko per month', '₩3,000,000/월', 'MONTH'],
    ['zh per month, counted', '8000元/个月', 'MONTH'],
    ['ko per year', '₩45,000,000/년', 'YEAR'],
    ['tr per year', '600.000 TL/yıl', 'YEAR'],
  ])('%s: %s', (_name, text, period) => expect(findPeriod(text)?.period).toBe(period));

  test.each([
    ['a Japanese day shift', '1,300円/日勤'],
    ['a Chinese weekend', '8000元/周末双休'],
    ['a Korean weekday', '₩9,860/주5일'],
  ])('a unit that goes on into a word is no rate: %s', (_name, text) => expect(findPeriod(text)).toBeNull());

  test.each([
    ['Japanese working hours', '週40時間'],
    ['Korean working hours', '주 40시간'],
    ['Chinese working hours', '每天8小时'],
  ])('hours without a slash or a rate word are no pay period: %s', (_name, text) =>
    expect(findPeriod(text)?.period).not.toBe('HOUR'),
  );
});

describe('salaries with a per-hour suffix get amount, currency and HOUR', () => {
  test.each([
    ['¥1,200/時間', 'JP', 1200, 'JPY'],
    ['₩10,000/시간', 'KR', 10000, 'KRW'],
    ['NT$200/小時', 'TW', 200, 'TWD'],
    ['1.200 ¥/Stunde', 'JP', 1200, 'JPY'],
    ['25元/小时', 'CN', 25, 'CNY'],
  ])('%s', (text, country, amount, currency) =>
    expect(salaryOf(text, country)).toMatchObject({ min: amount, max: amount, currency, period: 'HOUR' }),
  );
});

describe('a salary read from a list item of the body', () => {
  test('keeps no list marker in its text', () => {
    const salary = normalizeSalary({
      structured: null,
      texts: [],
      bodyText: 'Benefits\n\n- €55,000 – €65,000 base salary\n- 25 days annual leave',
      countryHint: 'IE',
    });
    expect(salary).toMatchObject({ min: 55000, max: 65000, text: '€55,000 – €65,000 base salary' });
  });
});

import { findBodySalary } from '../../../shared/normalize/money/salary-body';
import { readSalaryText } from '../../../shared/normalize/money/salary-text';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'test', now: new Date('2026-11-20T00:00:00Z') };

/** The salary of the one posting an input holds. */
const salaryOf = (input: string) => normalizePosting(parseInput(input)[0]!, context).salary;

describe('a pay label alone on its line gives its period to the value on the next line', () => {
  describe('in a body', () => {
    it.each([
      ['German', 'Monatsgehalt:\n3.200 €', 'DE', [3200, 'EUR', 'MONTH']],
      ['French', 'Salaire mensuel\n2 500 €', 'FR', [2500, 'EUR', 'MONTH']],
      ['English', 'Hourly rate:\n$35', 'US', [35, 'USD', 'HOUR']],
      ['Japanese', '月給\n25万円', 'JP', [250000, 'JPY', 'MONTH']],
      ['Spanish', 'Salario mensual:\n1.500 €', 'ES', [1500, 'EUR', 'MONTH']],
      ['Dutch', 'Bruto maandsalaris\n€ 3.200', 'NL', [3200, 'EUR', 'MONTH']],
      ['German hourly', 'Stundenlohn\n15 €', 'DE', [15, 'EUR', 'HOUR']],
      ['English annual', 'Annual salary\n$120,000', 'US', [120000, 'USD', 'YEAR']],
      ['Korean', '월급\n300만원', 'KR', [3000000, 'KRW', 'MONTH']],
      ['Vietnamese', 'Mức lương tháng\n15.000.000 VND', 'VN', [15000000, 'VND', 'MONTH']],
    ] as const)('%s: %j', (_language, body, country, [amount, currency, period]) => {
      const reading = findBodySalary(`About the role\n${body}\nBenefits`, country);
      expect(reading.kind === 'salary' && reading.salary).toMatchObject({ min: amount, currency, period });
    });

    it('a period the value states wins over the label ("Monatsgehalt" then "45.000 € pro Jahr")', () => {
      const reading = findBodySalary('Monatsgehalt\n45.000 € pro Jahr', 'DE');
      expect(reading.kind === 'salary' && reading.salary.period).toBe('YEAR');
    });

    it('a label naming no period leaves the value as it reads alone', () => {
      const value = '$120,000 – $140,000';
      const alone = readSalaryText(value, { country: 'US', explicit: true });
      const reading = findBodySalary(`Salary\n${value}`, 'US');
      expect(reading.kind === 'salary' && reading.salary.period).toBe(alone.kind === 'salary' && alone.salary.period);
    });

    it('the label reaches only the line right under it', () => {
      const reading = findBodySalary('Monatsgehalt\nWir zahlen gut.\nBonus 3.200 € Gehalt', 'DE');
      expect(reading.kind === 'salary' && reading.salary.period).not.toBe('MONTH');
    });
  });

  describe('in whole postings', () => {
    it.each([
      [
        'plain text, French',
        'Développeur Backend\n\nLieu: Lyon\n\nSalaire mensuel\n2 500 €\n\nMissions\n- Développer des API\n- Maintenir la base de données\n',
        'MONTH',
      ],
      [
        'Markdown, German',
        '# Backend Entwickler\n\nWir suchen eine Entwicklerin in Berlin.\n\nMonatsgehalt:\n3.200 €\n\n## Aufgaben\n- APIs entwickeln\n',
        'MONTH',
      ],
      [
        'plain text, English',
        'Warehouse Associate\n\nLocation: Austin, TX\n\nHourly rate:\n$35\n\nWhat you will do\n- Pick and pack orders\n',
        'HOUR',
      ],
      [
        'HTML definition list, English',
        '<html><body><main><h1>Warehouse Associate</h1><dl><dt>Location</dt><dd>Austin, TX</dd><dt>Hourly rate:</dt><dd>$35</dd></dl><h2>What you will do</h2><ul><li>Pick and pack orders</li></ul></main></body></html>',
        'HOUR',
      ],
      [
        'HTML table, Japanese',
        '<html><body><main><h1>倉庫スタッフ</h1><table><tr><th>勤務地</th><td>東京都</td></tr><tr><th>月給</th><td>25万円</td></tr></table><h2>仕事内容</h2><ul><li>商品のピッキング</li></ul></main></body></html>',
        'MONTH',
      ],
      [
        'Markdown, Japanese',
        '# 倉庫スタッフ\n\n東京の物流センターで働くスタッフを募集します。\n\n月給\n25万円\n\n## 仕事内容\n- 商品のピッキング\n',
        'MONTH',
      ],
      [
        'HTML paragraphs, French',
        '<html><body><main><h1>Préparateur de commandes</h1><p>Nous recrutons à Lyon.</p><p><strong>Salaire mensuel :</strong></p><p>2 500 €</p><h2>Missions</h2><ul><li>Préparer les commandes</li></ul></main></body></html>',
        'MONTH',
      ],
    ])('%s', (_name, input, period) => {
      expect(salaryOf(input)?.period).toBe(period);
    });
  });

  describe('in labelled facts of an HTML sidebar, the label on one line and its value on the next', () => {
    const page = (label: string, value: string) =>
      `<html><head><title>Warehouse Associate</title></head><body><aside><p>Location</p><p>Austin, TX</p>` +
      `<p>${label}</p><p>${value}</p></aside><main><h1>Warehouse Associate</h1><h2>What you will do</h2>` +
      `<ul><li>Pick and pack orders</li><li>Load trucks</li></ul></main></body></html>`;

    it.each([
      ['Hourly rate:', '$35', [35, 'HOUR']],
      ['Hourly rate', '$35', [35, 'HOUR']],
      ['Monatsgehalt:', '3.200 €', [3200, 'MONTH']],
      ['Stundenlohn:', '15 €', [15, 'HOUR']],
      ['Salario mensual:', '1.500 €', [1500, 'MONTH']],
      ['Bruto maandsalaris:', '€ 3.200', [3200, 'MONTH']],
      ['【月給】', '25万円', [250000, 'MONTH']],
      ['月給：', '25万円', [250000, 'MONTH']],
    ] as const)('%s then %s', (label, value, [amount, period]) => {
      expect(salaryOf(page(label, value))).toMatchObject({ min: amount, period });
    });
  });
});

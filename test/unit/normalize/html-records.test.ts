import { htmlRecords } from '../../../shared/normalize/document/html-records';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';

const lines = (html: string): string[] =>
  htmlRecords(parseHtmlFresh(html)).flatMap((r) =>
    r.type === 'line' ? [r.text] : r.type === 'list' ? r.items.map((i) => i.text) : [],
  );

describe('htmlRecords reading labels without a colon', () => {
  it.each([
    [
      'label and value spans',
      '<div><span class="label">Location</span><span>Toronto</span></div>',
      'Location: Toronto',
    ],
    ['whitespace between them', '<div><span>Abteilung</span>\n  <span>Logistik</span></div>', 'Abteilung: Logistik'],
    ['a bold label before plain text', '<p><strong>Lieu</strong> Lyon</p>', 'Lieu: Lyon'],
    ['a bold label in a list item', '<ul><li><b>Salario</b> 30.000 €</li></ul>', 'Salario: 30.000 €'],
    ['a label that already has its colon', '<p><strong>Standort:</strong> Berlin</p>', 'Standort: Berlin'],
    ['Japanese label spans', '<dl><div><span>勤務地</span><span>大阪</span></div></dl>', '勤務地: 大阪'],
  ])('joins %s as "Label: value"', (_name, html, line) => {
    expect(lines(html)).toEqual([line]);
  });

  it.each([
    ['bold words that are no label', '<p><strong>Great team</strong> and fun</p>', 'Great team and fun'],
    [
      'a label word that also starts sentences',
      '<ul><li><b>Experience</b> in fintech</li></ul>',
      'Experience in fintech',
    ],
    ['a label after other text', '<p>Our <b>location</b> is great</p>', 'Our location is great'],
    ['two value spans', '<div><span>Berlin</span><span> Hybrid</span></div>', 'Berlin Hybrid'],
  ])('leaves %s alone', (_name, html, line) => {
    expect(lines(html)).toEqual([line]);
  });
});

describe('htmlRecords joining a label box and the value box after it', () => {
  it.each([
    ['div boxes', '<div>Hình thức làm việc</div><div>Toàn thời gian</div>', ['Hình thức làm việc: Toàn thời gian']],
    ['nested boxes', '<div><div>Location</div><div>Leeds</div></div>', ['Location: Leeds']],
  ])('joins %s', (_name, html, expected) => expect(lines(html)).toEqual(expected));

  it.each([
    [
      'a value box that is a fact of its own',
      '<div>Location</div><div>Department: Sales</div>',
      ['Location', 'Department: Sales'],
    ],
    [
      'a sentence after the label',
      '<div>Remote</div><div>We build payment tools for shops.</div>',
      ['Remote', 'We build payment tools for shops.'],
    ],
    ['lines a <br> separates (Markdown soft breaks)', '<p>Remote<br>大阪市</p>', ['Remote', '大阪市']],
    ['paragraphs', '<p>Location</p><p>Leeds</p>', ['Location', 'Leeds']],
  ])('keeps apart %s', (_name, html, expected) => expect(lines(html)).toEqual(expected));
});

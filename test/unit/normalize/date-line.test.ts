import { isDateLine } from '../../../shared/normalize/document/date-line';
import { parseInput } from '../../../shared/sources/parse-input';

describe('a line that only dates the posting', () => {
  it.each([
    ['English, time ago', 'Posted 3 days ago'],
    ['English, a date', 'Posted on March 12, 2026'],
    ['English, updated', 'Last updated: 2026-03-12'],
    ['English, no cue', '30+ days ago'],
    ['English, today', 'Posted today'],
    ['German, a date', 'Veröffentlicht am 12.03.2026'],
    ['German, time ago', 'vor 2 Wochen'],
    ['French, time ago', 'Publié il y a 2 jours.'],
    ['French, a date', 'Publié le 12 mars 2026'],
    ['Spanish, time ago', 'Publicado hace 5 días'],
    ['Portuguese, time ago', 'Publicado há 3 dias'],
    ['Italian, time ago', 'Pubblicato 2 giorni fa'],
    ['Dutch, time ago', 'Geplaatst 4 dagen geleden'],
    ['Japanese, a date', '掲載日：2026年3月12日'],
    ['Japanese, time ago', '3日前'],
    ['Chinese, time ago', '发布时间：2天前'],
    ['Korean, time ago', '등록일 3일 전'],
    ['Vietnamese, time ago', 'Đăng 2 tuần trước'],
  ])('%s: "%s"', (_name, line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    ['a sentence holding a date', 'We opened our Lyon shop on 12.03.2026.'],
    ['a short sentence', 'Boutique de Lyon.'],
    ['a button', 'Apply now'],
    ['a label', 'Location'],
    ['a cue without a date', 'Posted by the HR team'],
    ['a figure that is no date', 'Over 300 employees'],
  ])('%s is not one: "%s"', (_name, line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('a dated paragraph between the title and the facts list is passed over like a button', () => {
  const page = (between: string) =>
    `<html><body><main><h1>Backend Developer</h1>${between}<ul><li>Berlin, Germany</li><li>Full-time</li></ul>` +
    `<h2>Your tasks</h2><ul><li>Build APIs</li><li>Review code</li></ul></main></body></html>`;

  it.each([
    ['English', '<p>Posted 3 days ago</p>'],
    ['German', '<p>Veröffentlicht am 12.03.2026</p>'],
    ['French, with a full stop', '<p>Publié il y a 2 jours.</p>'],
    ['Spanish, in a span', '<span>Publicado hace 5 días</span>'],
    ['Japanese', '<p>掲載日：2026年3月12日</p>'],
  ])('%s: %s', (_name, between) => {
    expect(parseInput(page(between))[0]!.fields.meta).toEqual(['Berlin, Germany', 'Full-time']);
  });

  it.each([
    ['a sentence paragraph', '<p>Boutique de Lyon.</p>'],
    ['a paragraph of prose holding a date', '<p>We opened our Berlin office on 12.03.2026.</p>'],
  ])('%s still ends the search: %s', (_name, between) => {
    expect(parseInput(page(between))[0]!.fields.meta).toBeUndefined();
  });
});

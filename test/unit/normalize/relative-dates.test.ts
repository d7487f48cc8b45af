import { classifyMetaItem } from '../../../shared/normalize/meta-items';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { relativePostedDate } from '../../../shared/normalize/relative-date';
import type { SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const now = new Date('2026-11-26T09:30:00Z');

describe('a posting date written relative to the day it was read', () => {
  it.each([
    ['Posted 2 Days Ago', '2026-11-24'],
    ['Posted Today', '2026-11-26'],
    ['Posted Yesterday', '2026-11-25'],
    ['posted: 1 day ago', '2026-11-25'],
    ['5 hours ago', '2026-11-26'],
    ['vor 3 Tagen veröffentlicht', '2026-11-23'],
    ['Veröffentlicht vor einem Tag', '2026-11-25'],
    ['il y a 5 jours', '2026-11-21'],
    ['Publié il y a 2 jours', '2026-11-24'],
    ['hace 3 días', '2026-11-23'],
    ['Publicado há 4 dias', '2026-11-22'],
    ['2 giorni fa', '2026-11-24'],
    ['6 dagen geleden', '2026-11-20'],
    ['3 dni temu', '2026-11-23'],
    ['3日前', '2026-11-23'],
    ['3日前に掲載', '2026-11-23'],
    ['2天前发布', '2026-11-24'],
    ['3일 전', '2026-11-23'],
    ['Heute', '2026-11-26'],
  ])('%s → %s', (text, date) => {
    expect(relativePostedDate(text, now)).toBe(date);
  });

  it.each([
    ['a floor, not a count', 'Posted 30+ Days Ago'],
    ['a rounded span of weeks', 'Posted 2 weeks ago'],
    ['a month', 'il y a 1 mois'],
    ['a year', 'vor 2 Jahren'],
    ['a sentence about something else', 'The ticket was posted 2 days ago by our lead.'],
    ['an absolute date (read elsewhere)', 'Posted on 12 March 2026'],
    ['a duration that is not ago', '2 days a week in the office'],
  ])('%s gives no date: %s', (_name, text) => {
    expect(relativePostedDate(text, now)).toBeNull();
  });

  it('counts back from the given day, not the wall clock', () => {
    expect(relativePostedDate('Posted 2 Days Ago', new Date('2020-03-01T23:59:00Z'))).toBe('2020-02-28');
  });

  it('a job facts item dating the posting is a posting date, a location item is not', () => {
    expect(classifyMetaItem('Posted 2 Days Ago')).toBe('datePosted');
    expect(classifyMetaItem('il y a 5 jours')).toBe('datePosted');
    expect(classifyMetaItem('Posted 30+ Days Ago')).toBeNull();
  });
});

describe('datePosted of postings that date themselves relatively', () => {
  const datePosted = (content: string, kind: SourceKind, context: { now?: Date } = { now }): string | null => {
    const raw = parseInput(content, { kind })[0];
    if (!raw) throw new Error('no posting parsed');
    return normalizePosting(raw, { sourceId: 'relative-dates', ...context }).datePosted;
  };
  const page = (facts: string): string =>
    `<html><head><title>Data Engineer</title></head><body><h1>Data Engineer</h1><ul>${facts}</ul>` +
    '<h2>About the role</h2><p>You will build pipelines in Python for our analytics platform.</p></body></html>';
  const text = (line: string): string =>
    `Data Engineer\nLocation: Lyon, France\n${line}\n\nAbout the role\nYou will build pipelines in Python.\n`;

  it.each([
    [
      'a Workday facts list',
      page('<li>Lyon, France</li><li>Full time</li><li>Posted 2 Days Ago</li>'),
      'html',
      '2026-11-24',
    ],
    [
      'a French facts list',
      page('<li>Lyon, France</li><li>CDI</li><li>Publié il y a 5 jours</li>'),
      'html',
      '2026-11-21',
    ],
    ['a text header line', text('Posted Today'), 'text', '2026-11-26'],
    ['a German text header line', text('vor 3 Tagen veröffentlicht'), 'text', '2026-11-23'],
    ['a Japanese labelled line', text('掲載日：3日前'), 'text', '2026-11-23'],
  ])('%s', (_name, content, kind, date) => {
    expect(datePosted(content, kind as SourceKind)).toBe(date);
  });

  it.each([
    ['a floor of days', page('<li>Lyon, France</li><li>Posted 30+ Days Ago</li>'), 'html'],
    ['a sentence in the body', text('Our team shipped the release we posted 2 days ago.'), 'text'],
  ])('%s gives none', (_name, content, kind) => {
    expect(datePosted(content, kind as SourceKind)).toBeNull();
  });

  it('without a context `now` a relative date is not read', () => {
    expect(datePosted(text('Posted Today'), 'text', {})).toBeNull();
  });
});

import { iconField, iconFieldKey } from '../../../shared/normalize/document/fact-icons';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'dated-icons', now: new Date('2026-11-20T12:00:00Z') };

describe('a calendar or hourglass icon names a date by the words after it', () => {
  test.each([
    ['en posted', '📅', 'Posted 2026-11-01', 'posted', '2026-11-01'],
    [
      'en apply by, spiral calendar with selector',
      '🗓\uFE0F',
      'Apply by 15 December 2026',
      'deadline',
      '15 December 2026',
    ],
    ['en start', '📆', 'Starting 1 March 2027', 'start date', '1 March 2027'],
    ['en immediately', '📅', 'Immediately', 'start date', 'Immediately'],
    ['de start', '📅', 'ab sofort', 'start date', 'ab sofort'],
    ['de deadline', '⏳', 'Bewerbungsschluss 15.12.2026', 'deadline', '15.12.2026'],
    ['fr published', '🗓', 'Publié le 12 novembre 2026', 'posted', '12 novembre 2026'],
    ['fr start', '📅', 'Début : janvier 2027', 'start date', 'janvier 2027'],
    ['es deadline', '📅', 'Fecha límite 30/11/2026', 'deadline', '30/11/2026'],
    ['it start', '📅', 'Data di inizio 01/02/2027', 'start date', '01/02/2027'],
    ['tr start', '📅', 'Başlangıç 01.02.2027', 'start date', '01.02.2027'],
    ['id deadline', '📅', 'Batas akhir 2026-12-31', 'deadline', '2026-12-31'],
    ['vi deadline', '📅', 'Hạn nộp hồ sơ 2026-12-31', 'deadline', '2026-12-31'],
    ['ja deadline after the date', '📅', '2026年12月15日まで', 'deadline', '2026年12月15日'],
    ['ko deadline after the date', '📅', '2026년 12월 15일까지', 'deadline', '2026년 12월 15일'],
    ['zh start', '📅', '到岗时间 2027-01-04', 'start date', '2027-01-04'],
    ['a bare date behind a calendar is the posting date', '📅', '2026-11-18', 'posted', '2026-11-18'],
    ['a bare date behind an hourglass is the deadline', '⌛', '31.12.2026', 'deadline', '31.12.2026'],
    [
      'a schedule behind a calendar is classified by its look',
      '📅',
      'Mon–Fri, 9:00–17:00',
      'meta',
      'Mon–Fri, 9:00–17:00',
    ],
    ['a duration behind an hourglass too', '⏳', '6 months', 'meta', '6 months'],
  ])('%s: %s %s', (_name, marker, text, key, value) => expect(iconField(text, marker)).toMatchObject({ key, value }));

  test('a clock stays working time', () => expect(iconFieldKey('🕒')).toBe('hours'));

  test('a word that only begins like a cue is no cue', () => {
    expect(iconField('Abend- und Wochenendarbeit', '📅')).toMatchObject({ key: 'meta' });
  });
});

describe('icon-dated header lines give datePosted and validThrough', () => {
  test.each([
    [
      'English Markdown',
      'markdown',
      '# Barista\n\n📍 Leeds\n📅 Posted: 2026-11-10\n⏳ Apply by 2026-12-01\n\n## What you will do\n- Make coffee\n',
      '2026-11-10',
      '2026-12-01',
    ],
    [
      'German text',
      'text',
      'Verkäufer (m/w/d)\n\n📍 Leipzig\n🗓️ Veröffentlicht am 12.11.2026\n📆 Bewerbungsfrist: 10.12.2026\n📅 Start: ab sofort\n\nAufgaben:\n- Kundenberatung\n',
      '2026-11-12',
      '2026-12-10',
    ],
    [
      'Japanese text',
      'text',
      '販売スタッフ\n\n📍 名古屋市中区\n📅 2026年11月15日\n⏳ 2026年12月20日まで\n\n【仕事内容】\n・接客\n',
      '2026-11-15',
      '2026-12-20',
    ],
  ])('%s', (_name, kind, content, posted, through) => {
    const raw = parseInput(content, { kind: kind as SourceKind })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, context);
    expect(posting.datePosted).toBe(posted);
    expect(posting.validThrough).toBe(through);
  });
});

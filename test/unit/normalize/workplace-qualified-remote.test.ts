import type { Workplace } from '../../../shared/schema/posting';
import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { workplaceAnswer } from '../../../shared/normalize/document/workplace-answer';
import { normalizeLocations } from '../../../shared/normalize/locations';
import { workplaceFromText } from '../../../shared/sources/workplace';
import { locationInput } from '../../support/location-input';

/**
 * A remote word with a word beside it that qualifies it (geo/workplace-qualifiers.ts): a share ("delvist remote") is
 * hybrid, a possibility ("Teletrabajo posible", "Hjemmekontor mulig") is remote work allowed at an office — hybrid
 * there, as "Remote möglich" was — and a denial ("kein Remote", "リモート不可") is on-site. Before, each language
 * and remote word needed its own phrase: "Télétravail possible" read remote, "Teletrabajo posible" nothing,
 * "Berlin (kein Remote)" gave Berlin plus a remote location.
 */
const located = (text: string) =>
  normalizeLocations(locationInput({ texts: [text] })).map((l) => [l.city, l.workplace]);

describe('a workplace label with a qualified remote word', () => {
  it.each<[string, string, Workplace]>([
    ['da partly', 'Delvist remote', 'hybrid'],
    ['fr now and then', 'Télétravail occasionnel', 'hybrid'],
    ['es now and then', 'Teletrabajo ocasional', 'hybrid'],
    ['en now and then', 'Occasional remote work', 'hybrid'],
    ['de now and then', 'Gelegentlich Homeoffice', 'hybrid'],
    ['da partly, a home word', 'Delvist hjemmearbejde', 'hybrid'],
    ['nb partly', 'Delvis hjemmekontor', 'hybrid'],
    ['sv partly, compound', 'Delvis remotearbete', 'hybrid'],
    ['sv partly, with days', 'Delvis remote (2 dagar i veckan)', 'hybrid'],
    ['sv the share after', 'Distans: delvis', 'hybrid'],
    ['fr possible', 'Télétravail possible', 'hybrid'],
    ['es possible', 'Teletrabajo posible', 'hybrid'],
    ['de possible', 'Remote möglich', 'hybrid'],
    ['it possible', 'Smart working possibile', 'hybrid'],
    ['nl possible', 'Thuiswerken mogelijk', 'hybrid'],
    ['pt possible', 'Home office possível', 'hybrid'],
    ['fi possible', 'Etätyö mahdollinen', 'hybrid'],
    ['nb possible', 'Hjemmekontor mulig', 'hybrid'],
    ['sv possible', 'Distansarbete möjligt', 'hybrid'],
    ['tr possible', 'Uzaktan çalışma mümkün', 'hybrid'],
    ['ja possible', 'リモート可', 'hybrid'],
    ['de denied', 'kein Remote', 'onsite'],
    ['de denied after', 'Remote nicht möglich', 'onsite'],
    ['tr denied', 'Uzaktan çalışma yok', 'onsite'],
    ['ja denied', 'リモート不可', 'onsite'],
    ['es on-site', '100% presencial', 'onsite'],
    ['en denied', 'No remote', 'onsite'],
  ])('%s: %s', (_name, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));

  it.each<[string, string, Workplace | null]>([
    ['a remote word alone', 'Remote', 'remote'],
    ['fully remote', 'Télétravail complet', 'remote'],
    ['a Danish remote word alone', 'Hjemmearbejde', 'remote'],
    ['a German home-office word alone', 'Homeoffice', 'remote'],
    ['smart working alone states no arrangement', 'Smart working', null],
    ['flexible working alone states none', 'Flexible working', null],
    ['a denial of something else', 'No hybrid', null],
    ['a qualifier alone', 'Delvis', null],
    ['a possibility word alone', 'Möglich', null],
  ])('counter-case, %s: %s', (_name, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));
});

describe('a location text with a qualified remote word', () => {
  it.each<[string, string, string, Workplace]>([
    ['da partly', 'København (delvist remote)', 'Copenhagen', 'hybrid'],
    ['da partly, a home word', 'Aarhus (Delvist hjemmearbejde)', 'Aarhus', 'hybrid'],
    ['es possible', 'Madrid (Teletrabajo posible)', 'Madrid', 'hybrid'],
    ['nb possible', 'Oslo (Hjemmekontor mulig)', 'Oslo', 'hybrid'],
    ['fi possible', 'Helsinki (etätyö mahdollinen)', 'Helsinki', 'hybrid'],
    ['de denied', 'Berlin (kein Remote)', 'Berlin', 'onsite'],
    ['ja denied', '東京都渋谷区（リモート不可）', 'Tokyo', 'onsite'],
    ['ko denied, two words', '서울 (재택근무 불가)', 'Seoul', 'onsite'],
    ['hr remote days, the home word first', 'Zagreb (Rad od kuće 2 dana tjedno)', 'Zagreb', 'hybrid'],
  ])('%s: %s', (_name, text, city, workplace) => expect(located(text)).toEqual([[city, workplace]]));

  it.each<[string, string, string, Workplace | null]>([
    ['a town alone', 'Aarhus', 'Aarhus', null],
    ['a remote alternative stays one', 'Berlin or remote', 'Berlin', null],
    ['a fully remote Swedish text', 'Malmö, helt på distans', 'Malmö', 'remote'],
  ])('counter-case, %s: %s', (_name, text, city, workplace) => expect(located(text)[0]).toEqual([city, workplace]));
});

describe('remote days a week written with the remote word first, and denials, in a body', () => {
  it.each<[string, string, Workplace]>([
    ['hr', 'Nudimo rad od kuće 2 dana tjedno.', 'hybrid'],
    ['de one day', 'Mobiles Arbeiten an einem Tag pro Woche ist möglich.', 'hybrid'],
    ['fr possible', 'Télétravail possible 2 jours par semaine.', 'hybrid'],
    ['fi possible', 'Etätyö mahdollista 2 päivää viikossa.', 'hybrid'],
    ['sv', 'Distansarbete 2 dagar i veckan.', 'hybrid'],
    ['tr remote', 'Haftada 2 gün uzaktan çalışma imkanı.', 'hybrid'],
    ['tr remote, the word first', 'Evden çalışma haftada 2 gün.', 'hybrid'],
    ['tr office', 'Haftada 3 gün ofiste çalışıyoruz.', 'hybrid'],
    ['hu', 'Heti 2 nap home office.', 'hybrid'],
    ['id remote', 'WFH 2 hari seminggu.', 'hybrid'],
    ['id office', 'Kerja 3 hari WFO dalam seminggu.', 'hybrid'],
    ['de denied', 'Für diese Stelle gibt es kein Homeoffice.', 'onsite'],
    ['es denied', 'Puesto sin teletrabajo.', 'onsite'],
    ['da denied', 'Der er ingen hjemmekontor i denne stilling.', 'onsite'],
    ['tr denied', 'Uzaktan çalışma yok.', 'onsite'],
  ])('%s: %s', (_lang, body, workplace) => expect(bodyWorkplace(body)).toBe(workplace));

  it.each<[string, string]>([
    ['de no obligation to work from home', 'Kein Homeoffice-Zwang.'],
    ['de home office offered, no days', 'Wir bieten Homeoffice.'],
    ['tr a day count of something else', 'Haftada 2 gün eğitim veriyoruz.'],
    ['id days of leave', 'Cuti 12 hari per tahun.'],
  ])('counter-case, %s: %s', (_lang, body) => expect(bodyWorkplace(body)).toBeNull());
});

describe('a "remote?" label answered in words of possibility', () => {
  it.each<[string, string, 'Remote' | 'On-site']>([
    ['Hjemmekontor', 'Ikke mulig', 'On-site'],
    ['Etätyö', 'ei mahdollista', 'On-site'],
    ['Distansarbete', 'Inte möjligt', 'On-site'],
    ['Uzaktan çalışma', 'Mümkün değil', 'On-site'],
    ['Thuiswerken', 'niet mogelijk', 'On-site'],
    ['Hjemmekontor', 'Mulig', 'Remote'],
    ['Etätyö', 'mahdollista', 'Remote'],
  ])('%s: %s', (label, value, expected) => expect(workplaceAnswer(label, value)).toBe(expected));

  it.each([
    ['a place under the label', 'Hjemmekontor', 'Norge'],
    ['a possibility under a label that asks nothing', 'Arbeidssted', 'Ikke mulig'],
    ['a longer sentence', 'Hjemmekontor', 'Ikke mulig i oppstarten'],
  ])('counter-case, %s: "%s: %s"', (_name, label, value) => expect(workplaceAnswer(label, value)).toBeNull());
});

describe('an office whose body offers remote work as an option is hybrid', () => {
  const withBody = (bodyText: string, workplace: Workplace | null = null) =>
    normalizeLocations(locationInput({ texts: ['Köln'], bodyText, workplace })).map((l) => l.workplace);

  it.each([
    ['de', 'Wir bieten: Homeoffice möglich, 30 Tage Urlaub.'],
    ['de noun', 'Die Möglichkeit zum Homeoffice nach Absprache.'],
    ['en', 'Remote work is possible for part of the week.'],
    ['fr', 'Possibilité de télétravail.'],
    ['es', 'Teletrabajo posible.'],
    ['da', 'Mulighed for hjemmearbejde.'],
    ['fi', 'Etätyö mahdollista.'],
    ['nl', 'Thuiswerken mogelijk.'],
  ])('%s: %s', (_lang, body) => expect(withBody(body)).toEqual(['hybrid']));

  it('and so is an office on-site only as a source default', () =>
    expect(withBody('Homeoffice möglich.', 'onsite')).toEqual(['hybrid']));

  it.each<[string, string, Workplace | null, Workplace | null]>([
    ['a denial', 'Homeoffice ist leider nicht möglich.', null, null],
    ['no remote word', 'Eine Übernahme ist möglich.', null, null],
    ['a job the source calls remote', 'Remote work is possible from anywhere.', 'remote', 'remote'],
    ['a body with days in the office says more', 'Homeoffice möglich, 3 Tage im Büro.', null, 'hybrid'],
  ])('counter-case, %s: %s', (_name, body, workplace, expected) =>
    expect(withBody(body, workplace)).toEqual([expected]),
  );
});

import { splitFieldLine } from '../../../shared/normalize/document/field-dictionary';
import { workplaceAnswer } from '../../../shared/normalize/document/workplace-answer';
import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { routeFields } from '../../../shared/normalize/header-fields';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { JobPosting } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'workplace-answers', now: new Date('2026-11-26T12:00:00Z') };

function normalizeText(content: string): JobPosting {
  const raw = parseInput(content, { kind: 'text' })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
}

describe('a label asking "remote?" answered yes or no names the arrangement', () => {
  it.each([
    ['Remote', 'No', 'On-site'],
    ['Remote', 'Yes', 'Remote'],
    ['Remote work', 'Not available', 'On-site'],
    ['Remote Work?', 'yes.', 'Remote'],
    ['Work from home', 'Possible', 'Remote'],
    ['Télétravail', 'non', 'On-site'],
    ['Télétravail', 'Oui', 'Remote'],
    ['Homeoffice', 'ja', 'Remote'],
    ['Home Office', 'nicht möglich', 'On-site'],
    ['Teletrabajo', 'Sí', 'Remote'],
    ['Trabalho remoto', 'Não', 'On-site'],
    ['Smart working', 'sì', 'Remote'],
    ['Praca zdalna', 'tak', 'Remote'],
    ['Thuiswerken', 'nee', 'On-site'],
    ['Távmunka', 'nem', 'On-site'],
    ['Uzaktan çalışma', 'Hayır', 'On-site'],
    ['Удалённая работа', 'да', 'Remote'],
    ['Etätyö', 'kyllä', 'Remote'],
    ['リモート', '不可', 'On-site'],
    ['재택근무', '가능', 'Remote'],
  ])('%s: %s', (label, value, expected) => {
    expect(workplaceAnswer(label, value)).toBe(expected);
  });

  it.each([
    ['a remote place, not an answer', 'Remote', 'Europe'],
    ['a remote region with a yes-like prefix', 'Remote', 'Yes, within the EU and the UK time zones'],
    ['a label that asks nothing', 'Work model', 'No'],
    ['an answer under another label', 'Visa sponsorship', 'No'],
    ['a label merely holding a remote word', 'Remote team size', 'No'],
  ])('%s is no answer: "%s: %s"', (_name, label, value) => {
    expect(workplaceAnswer(label, value)).toBeNull();
  });
});

describe('header lines and fields that answer the remote question', () => {
  it.each([
    ['Remote: No', 'On-site'],
    ['Remote work: Not available', 'On-site'],
    ['Télétravail : non', 'On-site'],
    ['Homeoffice: ja', 'Remote'],
    ['Teletrabajo: sí', 'Remote'],
  ])('the line "%s" is a workplace field', (line, value) => {
    expect(splitFieldLine(line)).toMatchObject({ key: 'workplace', value });
  });

  it.each([
    ['Remote: Europe', 'Remote (Europe)'],
    ['Homeoffice: Deutschland', 'Remote (Deutschland)'],
    ['Télétravail : France entière', 'Remote (France entière)'],
  ])('a remote place under a remote label is where remote work may be done: %s', (line, value) => {
    expect(splitFieldLine(line)).toMatchObject({ key: 'location', value });
  });

  it.each([
    ['Remote: hybrid', 'workplace', 'hybrid'],
    ['Work model: Europe', 'workplace', 'Europe'],
  ])('an arrangement, or a label that does not ask "remote?", stays as it was: %s', (line, key, value) => {
    expect(splitFieldLine(line)).toMatchObject({ key, value });
  });

  it('an unknown label answered yes stays unknown', () => {
    expect(splitFieldLine('Parking: yes')).toMatchObject({ key: null, value: 'yes' });
  });

  it.each([
    [{ remote: ['Yes'] }, 'remote'],
    [{ Remote: ['No'] }, 'onsite'],
    [{ 'Home office': ['nein'] }, 'onsite'],
    [{ 'Telework?': ['oui'] }, 'remote'],
    [{ remote: ['Europe'] }, null],
    [{ 'work model': ['No'] }, null],
  ])('source fields %j give the workplace %s', (fields, workplace) => {
    expect(routeFields(fields).workplace).toBe(workplace);
  });
});

describe('a posting with a remote question in its header', () => {
  const posting = (header: string, body = 'You will build and run our APIs.'): JobPosting =>
    normalizeText(`Backend Engineer\nLocation: Berlin, Germany\n${header}\n\nAbout the role\n${body}\n`);

  it.each([
    ['Remote: No', 'onsite'],
    ['Télétravail : non', 'onsite'],
    ['Homeoffice: ja', 'remote'],
    ['Remote: Yes', 'remote'],
  ])('"%s" sets the office location\'s workplace to %s', (header, workplace) => {
    expect(posting(header).locations[0]).toMatchObject({ city: 'Berlin', workplace });
  });

  it('a yes with office days in the body is hybrid', () => {
    const out = posting('Remote: Yes', 'You join the team in the office 2 days a week.');
    expect(out.locations[0]).toMatchObject({ city: 'Berlin', workplace: 'hybrid' });
  });

  it('"Homeoffice: ja" with office days in German is hybrid', () => {
    const out = posting('Homeoffice: ja', 'Wir sehen uns 2 Tage pro Woche im Büro.');
    expect(out.locations[0]).toMatchObject({ workplace: 'hybrid' });
  });
});

describe('body statements that the role is remote or has remote days', () => {
  it.each([
    ['This role is eligible for remote work.', 'remote'],
    ['The position is eligible for fully remote work within Canada.', 'remote'],
    ['This position can be performed remotely from anywhere in Spain.', 'remote'],
    ['Diese Stelle ist vollständig remote, mit Treffen einmal im Quartal.', 'remote'],
    ['El puesto es 100% remoto.', 'remote'],
    ['Esta vaga é remota para todo o Brasil.', 'remote'],
    ['La posizione è full remote.', 'remote'],
    ['We offer remote work two days a week and a learning budget.', 'hybrid'],
    ['Home office 2 days per week after onboarding.', 'hybrid'],
    ['Homeoffice an 2 Tagen pro Woche.', 'hybrid'],
    ['Télétravail 2 jours par semaine.', 'hybrid'],
    ['Teletrabajo 2 días a la semana.', 'hybrid'],
    ['Smart working 3 giorni a settimana.', 'hybrid'],
    ['Thuiswerken 2 dagen per week.', 'hybrid'],
    ['This role is eligible for remote work two days a week.', 'hybrid'],
  ])('%s → %s', (body, workplace) => {
    expect(bodyWorkplace(`Intro.\n${body}\nMore about the team.`)).toBe(workplace);
  });

  it.each([
    ['a negated eligibility', 'This role is not eligible for remote work.', 'onsite'],
    ['eligibility of other staff', 'Employees become eligible for remote work after probation.', null],
    ['a remote word then days but no week', 'Remote onboarding takes 2 days before you start.', null],
    ['remote days of five a week', 'Remote work 5 days a week.', null],
  ])('%s: %s', (_name, body, workplace) => {
    expect(bodyWorkplace(body)).toBe(workplace);
  });
});

describe('a remote label answered with a place adds a remote location beside the office', () => {
  const places = (content: string) => normalizeText(content).locations.map((l) => [l.city, l.country, l.workplace]);

  it.each([
    ['Remote: Europe', [null, null, 'remote']],
    ['Remote: Germany only', [null, 'DE', 'remote']],
    ['Homeoffice: Deutschland', [null, 'DE', 'remote']],
  ])('%s', (line, remote) => {
    const content = `Backend Engineer\nLocation: Berlin\n${line}\n\nDuties\n- Build services for our customers.\n`;
    expect(places(content)).toEqual([['Berlin', 'DE', null], remote]);
  });

  it('a yes answer still makes the office remote, with no second location', () => {
    const content = 'Backend Engineer\nLocation: Berlin\nRemote: Yes\n\nDuties\n- Build services for our customers.\n';
    expect(places(content)).toEqual([['Berlin', 'DE', 'remote']]);
  });
});

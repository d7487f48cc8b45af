import { remoteArea, workplaceAnswer } from '../../../shared/normalize/document/workplace-answer';

describe('remote days counted under a remote question answer it: hybrid, not a remote area', () => {
  it.each([
    ['Télétravail', '1 jour par semaine'],
    ['Télétravail', '2 jours / semaine'],
    ['Remote', '2 days a week'],
    ['Homeoffice', '2 Tage pro Woche'],
    ['Teletrabajo', '2 días a la semana'],
  ])('%s: %s', (label, value) => {
    expect(workplaceAnswer(label, value)).toBe('Hybrid');
    expect(remoteArea(label, value)).toBeNull();
  });

  it.each([
    // a place with a digit stays a remote area
    ['Remote', 'EU (UTC+1)', null, 'Remote (EU (UTC+1))'],
    // yes/no answers as before
    ['Télétravail', 'oui', 'Remote', null],
    ['Remote', 'No', 'On-site', null],
    // a number under another label asks nothing
    ['Arbeitszeit', '2 Tage pro Woche', null, null],
  ])('counter-case: %s: %s', (label, value, answer, area) => {
    expect(workplaceAnswer(label, value)).toBe(answer);
    expect(remoteArea(label, value)).toBe(area);
  });
});

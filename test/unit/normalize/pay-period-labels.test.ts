import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

describe('labels naming pay per period are salary labels', () => {
  it.each([
    ['Uurloon'],
    ['Bruto uurloon'],
    ['Maandsalaris'],
    ['Bruto maandsalaris'],
    ['Jaarsalaris'],
    ['Stundenlohn'],
    ['Monatsgehalt'],
    ['Salaire horaire'],
    ['Taux horaire'],
    ['Salario por hora'],
    ['Salario mensual'],
  ])('"%s" is the salary label', (label) => expect(fieldKeyFor(label)).toBe('salary'));

  it.each([
    ['Stundenlohn: 15,50 € pro Stunde', 15.5, 'HOUR'],
    ['Bruto maandsalaris: € 3.200 per maand', 3200, 'MONTH'],
    ['Taux horaire : 18 € par heure', 18, 'HOUR'],
  ])('a text posting with "%s" has its pay', (line, min, period) => {
    const raw = parseInput(`Kassierer\n${line}\n\nWir verkaufen Dinge.\n`, { kind: 'text' })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, { sourceId: 'pay', now: new Date('2026-11-20T12:00:00Z') });
    expect(posting.salary?.min).toBe(min);
    expect(posting.salary?.period).toBe(period);
  });
});

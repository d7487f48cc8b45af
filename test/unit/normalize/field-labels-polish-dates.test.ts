import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';

/** Polish boards label the posting and closing dates "Opublikowana" and "Ważna do". */
describe('Polish date labels', () => {
  test.each([
    ['Opublikowana', 'posted'],
    ['Data dodania', 'posted'],
    ['Ważna do', 'deadline'],
    ['Oferta ważna do', 'deadline'],
    ['Aktualna do', 'deadline'],
  ])('%s -> %s', (label, key) => expect(fieldKeyFor(label)).toBe(key));

  test.each([['Ważne'], ['Do'], ['Oferta']])('no label: %s', (label) => expect(fieldKeyFor(label)).toBeNull());
});

import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

const fromValues = (values: string[]) => normalizeEmploymentTypes({ values, title: '', texts: [], bodyText: '' });
const fromTexts = (texts: string[]) => normalizeEmploymentTypes({ values: [], title: '', texts, bodyText: '' });
const fromBody = (bodyText: string) => normalizeEmploymentTypes({ values: [], title: '', texts: [], bodyText });

describe('normalizeEmploymentTypes: a schedule given as a label and its value', () => {
  it.each([
    ['Jornada: completa', ['FULL_TIME']],
    ['Jornada laboral: Completa, de lunes a viernes', ['FULL_TIME']],
    ['Tipo de jornada: parcial', ['PART_TIME']],
    ['Jornada de trabalho: período integral', ['FULL_TIME']],
    ['Regime de trabalho: meio período', ['PART_TIME']],
    ['Orario: tempo pieno', ['FULL_TIME']],
    ['Orario di lavoro: part-time', ['PART_TIME']],
    ['Temps de travail : temps partiel', ['PART_TIME']],
    ['Temps de travail : temps plein', ['FULL_TIME']],
  ])('in the body: %s', (line, expected) => {
    expect(fromBody(`Sobre nosotros\n${line}\nBeneficios`)).toEqual(expected);
  });

  it.each([
    ['Completa', ['FULL_TIME']],
    ['Parcial', ['PART_TIME']],
    ['Integral', ['FULL_TIME']],
    ['Media jornada', ['PART_TIME']],
    ['Tiempo completo', ['FULL_TIME']],
    ['Tempo pieno', ['FULL_TIME']],
    ['Temps partiel', ['PART_TIME']],
    ['Jornada reducida', ['PART_TIME']],
  ])('as the value of a source field the label was taken from: %s', (value, expected) => {
    expect(fromValues([value])).toEqual(expected);
  });

  it.each([
    ['Período integral', ['FULL_TIME']],
    ['Período parcial', ['PART_TIME']],
    ['Jornada completa', ['FULL_TIME']],
    ['Jornada parcial', ['PART_TIME']],
    ['Media jornada', ['PART_TIME']],
    ['Tempo pieno', ['FULL_TIME']],
    ['Temps plein', ['FULL_TIME']],
  ])('in a header line, label and value as one phrase: %s', (text, expected) => {
    expect(fromTexts([text])).toEqual(expected);
  });

  it.each([
    ['Horario: jornada intensiva en verano'],
    ['La media de edad del equipo es 30 años'],
    ['Jornada intensiva los viernes'],
  ])('reads no schedule where none is given: %s', (line) => {
    expect(fromBody(line)).toEqual([]);
  });

  it('does not read a bare schedule word outside a value: a title "Media Planner" is no part-time job', () => {
    expect(normalizeEmploymentTypes({ values: [], title: 'Media Planner', texts: [], bodyText: '' })).toEqual([]);
  });
});

import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';

describe('European Portuguese and horário forms of full- and part-time are read', () => {
  test.each([
    ['Tempo inteiro', ['FULL_TIME']],
    ['Horário completo', ['FULL_TIME']],
    ['Tempo parcial (20h)', ['PART_TIME']],
    ['Horário parcial', ['PART_TIME']],
  ])('%s → %j', (value, expected) =>
    expect(normalizeEmploymentTypes({ values: [value], title: '', texts: [], bodyText: '' })).toEqual(expected),
  );
});

describe("Brazil's contract codes stated in the body after a contract word", () => {
  const fromBody = (bodyText: string) => normalizeEmploymentTypes({ values: [], title: '', texts: [], bodyText });

  test.each([
    ['Regime CLT, modelo híbrido com 2 dias no escritório.', ['FULL_TIME']],
    ['Oferecemos contratação CLT e benefícios flexíveis.', ['FULL_TIME']],
    ['Contratação PJ, com contrato de 12 meses.', ['CONTRACTOR']],
    ['Vaga CLT ou PJ, a combinar.', ['FULL_TIME', 'CONTRACTOR']],
  ])('%s → %j', (body, expected) => expect(fromBody(body).sort()).toEqual([...expected].sort()));

  test.each([
    ['the code alone in passing', 'Conhecimento da CLT e das rotinas de departamento pessoal.'],
    ['a contract word far from the code', 'O contrato segue as normas da legislação trabalhista (CLT).'],
  ])('counter-case, %s states no type', (_name, body) => expect(fromBody(body)).toEqual([]));
});

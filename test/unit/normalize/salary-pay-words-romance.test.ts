import { findBodySalary } from '../../../shared/normalize/money/salary-body';

/**
 * Pay words of Portuguese (Portugal), Spanish and Italian postings that the body salary search did not know:
 * "vencimento" and "ordenado" (pt-PT), "retribuição", "remuneración", "compenso". A sentence with an amount
 * and one of them is read as pay.
 */
const readingOf = (sentence: string, country: string) =>
  findBodySalary(`Somos uma empresa de logística com 900 colaboradores.\n${sentence}\nEnvie o seu CV.`, country);

describe('a pay sentence led by these words is the salary', () => {
  it.each([
    ['pt-PT vencimento', 'Vencimento entre 2.100 € e 2.600 € brutos mensais', 'PT', 2100, 2600, 'MONTH'],
    ['pt-PT ordenado', 'Ordenado: 1.300 € - 1.500 € por mês', 'PT', 1300, 1500, 'MONTH'],
    ['pt retribuição', 'Retribuição de 1.800 € a 2.200 € por mês', 'PT', 1800, 2200, 'MONTH'],
    ['es remuneración', 'Remuneración de 28.000 a 32.000 € brutos anuales', 'ES', 28000, 32000, 'YEAR'],
    ['it compenso', 'Compenso di 30.000 - 35.000 euro lordi annui', 'IT', 30000, 35000, 'YEAR'],
  ])('%s', (_name, sentence, country, min, max, period) => {
    const reading = readingOf(sentence, country);
    expect(reading).toEqual(
      expect.objectContaining({
        kind: 'salary',
        parsed: true,
        salary: expect.objectContaining({ min, max, period, currency: 'EUR' }),
      }),
    );
  });
});

describe('the same words without pay figures are no salary', () => {
  it.each([
    ['a contract that ends ("vencimento do contrato")', 'Vencimento do contrato em 2027, com 2 anos de duração', 'PT'],
    ['a count beside the word', 'Ordenado por 3 turnos e 40 pessoas', 'PT'],
  ])('%s', (_name, sentence, country) => expect(readingOf(sentence, country).kind).not.toBe('salary'));
});

import { parseInput } from '../../../shared/sources/parse-input';
import { withoutOtherJobsTail } from '../../../shared/sources/text/other-jobs-tail';

/** A posting copied from a job board's page ends with the board's other postings: they are cut off. */
const posting = (tail: string) =>
  [
    'Assistente Administrativo',
    'Campinas, SP',
    '',
    'Atividades:',
    'Emissão de notas fiscais;',
    'Controle de contas a pagar;',
    'Atendimento a clientes;',
    '',
    'Requisitos:',
    'Ensino médio completo;',
    'Experiência com rotinas administrativas.',
    '',
    tail,
  ].join('\n');

describe('the list of other postings at the end of a copied page', () => {
  test.each([
    ['pt-BR Indeed', 'Vagas semelhantes\nAuxiliar Administrativo\nTransportadora Rota Paulista\nHortolândia, SP'],
    ['nl LinkedIn', 'Meer vacatures\nBI Developer\nGroenstroom Nederland\nAmersfoort'],
    ['en', 'Similar jobs\nOffice Coordinator\nAcme Ltd\nLeeds'],
    ['de', 'Ähnliche Jobs\nSachbearbeiter\nMuster GmbH\nKöln'],
  ])('%s', (_name, tail) => {
    const cut = withoutOtherJobsTail(posting(tail));
    expect(cut.endsWith('Experiência com rotinas administrativas.')).toBe(true);
    const [raw] = parseInput(posting(tail), { kind: 'text' });
    expect(raw?.text).not.toContain(tail.split('\n')[1]);
  });

  test.each([
    ['a posting that opens by naming other openings', 'Similar jobs at Acme\nWe also hire drivers.'],
    ['no such heading', 'Benefícios:\nVale-transporte'],
    [
      'a sentence that mentions similar roles',
      'Experience in similar jobs or roles in a warehouse is welcome and will be valued.',
    ],
  ])('counter-case: %s stays whole', (_name, tail) => {
    const text = _name.startsWith('a posting that opens')
      ? `${tail}\n${posting('Benefícios:\nVale-transporte')}`
      : posting(tail);
    expect(withoutOtherJobsTail(text)).toBe(text);
  });
});

import { parseInput } from '../../../shared/sources/parse-input';

const BODY = [
  '## Responsibilities',
  '- Plan the weekly routes for our drivers',
  '- Keep the depot stock in order',
  '',
  '## Requirements',
  '- Two years in logistics',
].join('\n');

const company = (intro: string): string | null =>
  parseInput(`# Dispatcher\n\n${intro}\n\n${BODY}\n`, { kind: 'markdown' })[0]?.companyName ?? null;

describe('the employer as the subject of a posting opening sentence', () => {
  test.each([
    [
      'de, article',
      'Die Rhein-Neckar Logistik GmbH ist ein familiengeführter Logistikdienstleister.',
      'Rhein-Neckar Logistik GmbH',
    ],
    ['en', 'Harbour Freight Services Ltd is a family-run carrier with 300 staff.', 'Harbour Freight Services Ltd'],
    ['en, "At … , we"', 'At Nordwind Energy AG, we build wind parks across the North Sea.', 'Nordwind Energy AG'],
    ['de, "Bei der"', 'Bei der Stadtwerke Ulm GmbH sorgen 800 Menschen für Strom und Wasser.', 'Stadtwerke Ulm GmbH'],
    ['es', 'Transportes Levante S.L. es una empresa de transporte con sede en Valencia.', 'Transportes Levante S.L.'],
    ['nl', 'De Vries Logistiek B.V. is een familiebedrijf uit Tilburg.', 'De Vries Logistiek B.V.'],
  ])('%s', (_name, intro, name) => expect(company(intro)).toBe(name));

  test.each([
    ['a name without a legal form', 'Nordwind is a fast-growing energy company.'],
    ['a company named later in the sentence (a client)', 'We are hiring for our client Siemens AG in Munich.'],
    ['a sentence opening with a lower-case word', 'Unser Kunde, die Müller GmbH, sucht Verstärkung.'],
  ])('counter-case: %s gives none', (_name, intro) => expect(company(intro)).toBeNull());

  test('counter-case: a legal-form name under a later section heading is not the opening sentence', () => {
    const md = `# Dispatcher\n\n${BODY}\n\n## Partners\n\nAcme Partners Ltd is our routing partner.\n`;
    expect(parseInput(md, { kind: 'markdown' })[0]?.companyName ?? null).toBeNull();
  });
});

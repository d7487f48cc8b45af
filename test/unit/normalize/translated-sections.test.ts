import fc from 'fast-check';
import { unique } from '../../../shared/normalize/document/section-collector';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { JobPosting, SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { FUZZ_SEED } from '../../support/hostile-inputs';

const context = { sourceId: 'translated', now: new Date('2026-11-26T12:00:00Z') };

function normalize(content: string, kind: SourceKind): JobPosting {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
}

const swiss = `# Sachbearbeiter/in Buchhaltung

## Deine Aufgaben
- Kreditorenbuchhaltung führen
- Zahlungsläufe vorbereiten

## Dein Profil
- KV-Abschluss
- Erfahrung mit Abacus
- Sehr gute Deutschkenntnisse

## Comptable (h/f)

## Tes missions
- Tenir la comptabilité fournisseurs
- Préparer les paiements

## Ton profil
- CFC d'employé de commerce
- Expérience avec Abacus
- Très bonnes connaissances de l'allemand
`;

const belgian = `Magazijnier

Taken:
- Goederen ontvangen
- Bestellingen klaarmaken
- Heftruck besturen

Profiel:
- Heftruckattest
- Flexibel

Wij bieden:
- Maaltijdcheques
- Hospitalisatieverzekering

Tâches :
- Réceptionner les marchandises
- Préparer les commandes
- Conduire un chariot élévateur

Profil :
- Brevet cariste
- Flexible

Nous offrons :
- Chèques-repas
- Assurance hospitalisation
`;

describe('a posting written twice in two languages is read once', () => {
  test.each([
    ['Swiss German then French Markdown', swiss, 'markdown' as const, { duties: 2, must: 3, benefits: 0 }],
    ['Belgian Dutch then French text', belgian, 'text' as const, { duties: 3, must: 2, benefits: 2 }],
  ])('%s', (_name, content, kind, expected) => {
    const posting = normalize(content, kind);
    expect(posting.responsibilities).toHaveLength(expected.duties);
    expect(posting.requirements.must).toHaveLength(expected.must);
    expect(posting.benefits).toHaveLength(expected.benefits);
  });

  test('two roles with lists of other lengths both count', () => {
    const content = `# Two openings

## Tasks (cashier)
- Serve customers
- Count the till

## Requirements (cashier)
- Friendly
- Numerate

## Tasks (stocker)
- Fill shelves
- Check dates
- Unload deliveries

## Requirements (stocker)
- Able to lift 20 kg
`;
    const posting = normalize(content, 'markdown');
    expect(posting.responsibilities).toHaveLength(5);
    expect(posting.requirements.must).toHaveLength(3);
  });
});

describe('an experience label in a facts list is a fact, not a requirements heading', () => {
  test.each([
    ['en', 'Minimum Experience'],
    ['sv', 'Erfarenhet'],
    ['tr', 'Deneyim'],
    ['id', 'Pengalaman'],
  ])('%s: %s', (_name, label) => {
    const html = `<html><body><main><h1>Clerk</h1><dl><dt>Location</dt><dd>Leeds</dd><dt>${label}</dt><dd>2 years</dd></dl><p>We are a small firm of accountants in the city centre, looking after the books of two hundred local businesses.</p><h2>Tasks</h2><ul><li>Post invoices</li><li>Reconcile the bank accounts</li><li>Prepare VAT returns</li></ul><h2>Requirements</h2><ul><li>Excel</li><li>Attention to detail</li></ul></main></body></html>`;
    expect(normalize(html, 'html').requirements.must).toEqual(['Excel', 'Attention to detail']);
  });
});

describe('repeated items', () => {
  it('are dropped as a Set drops them, pair by pair for a few items and by a Set for many', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'Go', 'go', 'Rust', ''), { maxLength: 40 }), (items) => {
        expect(unique([...items])).toEqual([...new Set(items)]);
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
  });
});

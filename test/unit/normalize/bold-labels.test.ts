import { markdownBlocks } from '../../../shared/normalize/document/document-blocks';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { JobPosting, SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'bold-labels', now: new Date('2026-11-26T12:00:00Z') };

function normalize(content: string, kind: SourceKind): JobPosting {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
}

const page = (body: string): string =>
  `<html><body><main><h1>Barista</h1>${body}<p>We are a small coffee roaster with three cafés and a growing team.</p><h2>Tasks</h2><ul><li>Serve customers</li><li>Prepare coffee</li></ul></main></body></html>`;

describe('a bold label alone on its line takes the short line after it as its value', () => {
  test.each([
    [
      'en Markdown, value on the next line',
      'markdown',
      '# Job\n\n**Location**\nLeeds\n\n## Tasks\n- Serve customers\n',
      'Leeds',
    ],
    [
      'de Markdown, blank line between',
      'markdown',
      '# Job\n\n**Standort**\n\nHamburg\n\n## Aufgaben\n- Kunden beraten\n',
      'Hamburg',
    ],
    [
      'es Markdown with underscores',
      'markdown',
      '# Job\n\n__Ubicación__\nSevilla\n\n## Funciones\n- Atender clientes\n',
      'Seville',
    ],
    ['ja Markdown', 'markdown', '# 販売スタッフ\n\n**勤務地**\n大阪市北区\n\n## 仕事内容\n- 接客\n', 'Osaka'],
    ['en HTML paragraphs', 'html', page('<p><strong>Location</strong></p><p>Bristol</p>'), 'Bristol'],
    ['fr HTML with b', 'html', page('<p><b>Lieu</b></p><p>Lyon</p>'), 'Lyon'],
    ['de HTML label with a colon', 'html', page('<p><b>Standort:</b></p><p>Leipzig</p>'), 'Leipzig'],
    ['nl HTML div and br', 'html', page('<div><strong>Locatie</strong><br>Utrecht</div>'), 'Utrecht'],
  ])('%s', (_name, kind, content, city) => {
    const posting = normalize(content, kind as SourceKind);
    expect(posting.locations.map((l) => l.city)).toEqual([city]);
    expect(posting.responsibilities.length).toBeGreaterThanOrEqual(1);
  });

  test.each([
    [
      'en salary',
      'markdown',
      '# Job\n\n**Salary**\n£28,000 – £32,000 per year\n\n## Tasks\n- Serve customers\n',
      28000,
      'GBP',
    ],
    ['de salary in HTML', 'html', page('<p><strong>Gehalt</strong></p><p>3.200 € brutto pro Monat</p>'), 3200, 'EUR'],
    [
      'pt salary',
      'markdown',
      '# Vaga\n\n**Salário**\nR$ 5.000 por mês\n\n## Atividades\n- Atender clientes\n',
      5000,
      'BRL',
    ],
  ])('%s', (_name, kind, content, min, currency) => {
    expect(normalize(content, kind as SourceKind).salary).toMatchObject({ min, currency });
  });

  test.each([
    ['en', '**Employment type**\nPart-time', 'PART_TIME'],
    ['fr', '**Type de contrat**\nCDD', 'TEMPORARY'],
    ['de', '**Anstellungsart**\nVollzeit', 'FULL_TIME'],
  ])('an employment type under a bold %s label: %s', (_name, lines, type) => {
    expect(normalize(`# Job\n\n${lines}\n\n## Tasks\n- Serve customers\n`, 'markdown').employmentTypes).toEqual([type]);
  });
});

describe('a markup heading that is only a fact label takes the short line after it as its value', () => {
  test.each([
    ['en HTML h4', 'html', page('<h4>Location</h4><p>Derby</p>'), 'Derby'],
    ['de HTML h3', 'html', page('<h3>Arbeitsort</h3><p>Kassel</p>'), 'Kassel'],
    [
      'es Markdown ###',
      'markdown',
      '# Job\n\n### Ubicación\nValencia\n\n## Funciones\n- Atender clientes\n',
      'Valencia',
    ],
  ])('%s', (_name, kind, content, city) => {
    expect(normalize(content, kind as SourceKind).locations.map((l) => l.city)).toEqual([city]);
  });

  test('a fact-label heading with a list under it stays a heading', () => {
    const blocks = markdownBlocks('Intro line\n\n### Location\n- Berlin office\n- Remote days\n');
    expect(blocks.map((b) => b.type).slice(-2)).toEqual(['heading', 'list']);
  });
});

describe('a bold label with a section under it stays a heading', () => {
  const kinds = (md: string) => markdownBlocks(md).map((b) => (b.type === 'field' ? `field:${b.key}` : b.type));

  test.each([
    ['a list', '**Location**\n- Berlin office\n- Remote days\n', ['heading', 'list']],
    [
      'a paragraph of sentences',
      '**Location**\nOur office is in central Berlin, close to the station. We meet twice a week.\n',
      ['heading', 'paragraph'],
    ],
    ['a sentence', '**Company**\nWe are a fast-growing fintech from Vienna.\n', ['heading', 'paragraph']],
    [
      'a sentence without a full stop',
      '**Company**\nAcme is a fast-growing fintech from Vienna\n',
      ['heading', 'paragraph'],
    ],
    ['a section label', '**Experience**\n3 years of Go\n', ['heading', 'paragraph']],
  ])('%s', (_name, md, expected) => expect(kinds(`Intro line\n\n${md}`).slice(-expected.length)).toEqual(expected));

  test.each([
    ['a place', '**Location**\nBerlin\n', 'field:location'],
    ['a company with a legal form', '**Company**\nWisła Fintech sp. z o.o.\n', 'field:company'],
    ['a company with a particle', '**Employer**\nBank of Ireland\n', 'field:company'],
  ])('a bold label followed by a value is a field: %s', (_name, md, kind) => {
    expect(kinds(`Intro line\n\n${md}`)).toContain(kind);
  });
});

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { readingBlocks } from '../../../shared/normalize/document/document-reading';
import { hasFenceLine } from '../../../shared/normalize/document/line-records';
import { extractSections, type Sections } from '../../../shared/normalize/sections';
import { parseMarkdown } from '../../../shared/sources/markdown';
import { parseText } from '../../../shared/sources/text';
import type { RawPosting } from '../../../shared/schema/raw-posting';

/** The sections of a document posting read from the parser's blocks, and read again from its rendered HTML. */
function bothReadings(raw: RawPosting): { carried: Sections; reread: Sections } | null {
  const input = { html: raw.html, markdown: null, text: null, sections: [] };
  const blocks = readingBlocks(raw, raw.html);
  if (!blocks) return null;
  // `fields` are left out: the re-read garbles a bold label before a full-width colon ("：value")
  const { fields: _carriedFields, ...carried } = extractSections({ ...input, blocks });
  const { fields: _rereadFields, ...reread } = extractSections(input);
  return { carried: carried as Sections, reread: reread as Sections };
}

const parse = (kind: 'markdown' | 'text', source: string): RawPosting => {
  const [raw] = kind === 'markdown' ? parseMarkdown(source) : parseText(source);
  if (!raw) throw new Error('no posting');
  return raw;
};

describe('the section finder reading a Markdown or text posting from its parser blocks', () => {
  test.each<[string, 'markdown' | 'text', string]>([
    [
      'a titled Markdown posting',
      'markdown',
      '# Data Engineer\n\n**Company:** Acme\n\nWe build tools.\n\n## Requirements\n\n- SQL\n- Python\n\n## Benefits\n\n- Bonus',
    ],
    [
      'a Markdown posting with bold and colon headings',
      'markdown',
      '# Koch (m/w/d)\n\n**Ort:** Köln\n\n**Deine Aufgaben**\n\n- Kochen\n- Planen\n\nDein Profil:\n- Ausbildung\n\n**Wir bieten**\n- 30 Tage Urlaub',
    ],
    [
      'a Markdown posting whose first heading after its fields names no section',
      'markdown',
      '**Empresa:** Verde\n\n### Analista de dados\n\nSomos um banco.\n\n### Requisitos\n\n- SQL',
    ],
    [
      'Markdown with deep and shallow headings',
      'markdown',
      '# Title\n\n# About us\n\nText.\n\n##### Must have\n\n- Go\n\n###### Nice to have\n\n- Rust\n\n## Other things\n\nMore.',
    ],
    [
      'Markdown with nested lists and links',
      'markdown',
      '# Dev\n\n## Your tasks\n\n- Build [APIs](https://example.com)\n  - REST\n  - gRPC\n- Review *code*\n\n## 応募資格\n\n- 経験3年以上',
    ],
    [
      'a text posting with capitals and colon headings',
      'text',
      'Backend Engineer\nAcme GmbH\nBerlin, Germany\n\nABOUT US\nWe ship.\n\nRESPONSIBILITIES\n- Design services\n- Run them\n\nRequirements:\n- Go\n- SQL\n\nBenefits: free lunch',
    ],
    [
      'a Japanese text posting with bracket labels',
      'text',
      '倉庫スタッフ\n\n【勤務地】\n千葉県船橋市\n【給与】月給25万円\n\n【仕事内容】\n・入出荷作業\n・在庫管理\n\n【応募資格】\n・経験2年以上',
    ],
    [
      'a text posting without headings',
      'text',
      'Barista\n\nCome work with us in Lyon. We roast coffee.\nShifts on weekends.',
    ],
  ])('%s gives the sections its rendered HTML gives', (_name, kind, source) => {
    const readings = bothReadings(parse(kind, source));
    expect(readings?.carried).toEqual(readings?.reread);
    expect(readings).not.toBeNull();
  });

  test('a bold label before a full-width colon keeps its value without the colon', () => {
    const raw = parse('markdown', '# 倉庫スタッフ\n\n**勤務地**：千葉県船橋市\n\n## 仕事内容\n\n- 入出荷作業');
    const blocks = readingBlocks(raw, raw.html);
    expect(blocks).not.toBeNull();
    const sections = extractSections({ html: raw.html, markdown: null, text: null, sections: [], blocks });
    expect(sections.fields.location).toEqual(['千葉県船橋市']);
  });

  test.each<[string, 'markdown' | 'text', string]>([
    [
      'a label heading with its value under it',
      'markdown',
      '# Dev\n\n### Location\n\nBengaluru, Karnataka (Hybrid)\n\n## Requirements\n\n- Go',
    ],
    ['an item that starts with an icon', 'text', 'Dev\n\n- 📍 Berlin\n\nRequirements\n- Go'],
    ['a code fence', 'markdown', '# Dev\n\n## Requirements\n\n```\n- Go\n```'],
    ['an unnamed heading the rendering opens with', 'markdown', 'Wir bieten:\n# Senior Engineer\n- Salary: €70k'],
  ])('a body with %s is read from its HTML', (_name, kind, source) => {
    const raw = parse(kind, source);
    expect(raw.html).toBeTruthy();
    expect(readingBlocks(raw, raw.html)).toBeNull();
  });

  test('a body changed after parsing, or a copy of the raw posting, is read from its HTML', () => {
    const raw = parse('markdown', '# Dev\n\n## Requirements\n\n- Go');
    expect(readingBlocks(raw, raw.html)).not.toBeNull();
    expect(readingBlocks(raw, `${raw.html ?? ''}<p>more</p>`)).toBeNull();
    expect(readingBlocks({ ...raw }, raw.html)).toBeNull();
  });

  const LINES = [
    '# Senior Engineer',
    '## Requirements',
    '### Nice to have',
    '#### Benefits',
    '##### About us',
    '## Our team',
    '**Responsibilities**',
    'Qualifications:',
    'WHAT WE OFFER',
    'ABOUT THE ROLE',
    'Location: Berlin',
    '**Salary:** €60k',
    'Employment type: Full-time',
    '- Python',
    '- 5+ years of Go',
    '  - nested item',
    '* Health insurance',
    '1. First step',
    'We build payment tools for shops.',
    'Education in CS',
    'Bonus',
    '【勤務地】',
    '東京都港区',
    '## 必須スキル',
    '・経験3年以上',
    'Deine Aufgaben',
    'Wir bieten:',
    '**Ort:** Köln',
    'Team Lead',
    'see [our site](https://example.com)',
    '',
    '- 📍 Berlin',
    '📍 Berlin | 💰 €60k',
    '✅ Health insurance',
    '### Location',
    'Remote',
    '**Location**',
    'Salary: €50k | Location: Remote',
    '- Salary: €70k',
    '■勤務地',
    '大阪市',
    'Was bringst du mit?',
    'Requirements: 5 years of Go',
    '**Company:** Acme GmbH',
    'Kaveri Retail Pvt. Ltd.',
    'Bengaluru, Karnataka (Hybrid)',
    '```',
    '> quoted line',
    '---',
    'Title',
    '=====',
    '| Location | Berlin |',
    '- [Apply now](https://example.com/apply)',
    '#### Salary',
    '€60k – €70k',
    '**会社名**：株式会社サンプル',
  ];
  test('random documents give the sections their rendered HTML gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'markdown' | 'text'>('markdown', 'text'),
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 20 }),
        (kind, lines) => {
          const source = lines.join('\n');
          if (!source.trim()) return;
          const raw = parse(kind, source);
          if (!raw.html) return;
          // without blocks (a line the rendering sets apart) the section finder reads the HTML itself
          const readings = bothReadings(raw);
          if (readings) expect(readings.carried).toEqual(readings.reread);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  });

  test('the fence check agrees with scanning every line for a fence', () => {
    const byDefinition = (source: string): boolean =>
      source.split(/\r\n?|\n/).some((line) => /^\s{0,3}(?:```|~~~)/.test(line));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('`', '~', ' ', '\t', '\n', '\r', 'a', '```', '~~~'), { maxLength: 24 }),
        (parts) => {
          const source = parts.join('');
          expect(hasFenceLine(source)).toBe(byDefinition(source));
        },
      ),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });
});

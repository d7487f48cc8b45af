import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../../shared/sources/markdown';
import { extractSections } from '../../../shared/normalize/sections';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/documents', name), 'utf8');

describe('parseMarkdown', () => {
  it.each([
    {
      name: 'a Vietnamese posting with bold header fields',
      source: fixture('posting-vi.md'),
      title: 'Lập trình viên Frontend (ReactJS)',
      company: 'Công ty TNHH Sen Vàng',
      fields: {
        company: ['Công ty TNHH Sen Vàng'],
        location: ['Hà Nội'],
        salary: ['20 - 30 triệu VND/tháng'],
        'employment type': ['Toàn thời gian'],
      },
      applyUrl: null,
    },
    {
      name: 'a Spanish posting with a setext title and an apply link',
      source: fixture('posting-es.md'),
      title: 'Desarrolladora Backend Senior',
      company: null,
      fields: { location: ['Barcelona (híbrido)'], salary: ['50.000 - 60.000 € brutos al año'] },
      applyUrl: 'https://fintech.example/jobs/backend/apply',
    },
    {
      name: 'a Japanese posting with full-width colons',
      source:
        '# 機械学習エンジニア\n\n会社名：株式会社サクラビジョン\n勤務地：東京都渋谷区\n雇用形態：正社員\n給与：年収600万円〜900万円\n\n## 仕事内容\n- 研究開発\n',
      title: '機械学習エンジニア',
      company: '株式会社サクラビジョン',
      fields: {
        company: ['株式会社サクラビジョン'],
        location: ['東京都渋谷区'],
        'employment type': ['正社員'],
        salary: ['年収600万円〜900万円'],
      },
      applyUrl: null,
    },
    {
      name: 'YAML front matter and unknown header keys',
      source:
        '---\ncompany: Acme\nlocation: Remote (EU)\n---\n\n# Support Engineer\n\nTeam size: 8\nLieu : Paris\n\nWe help people.\n',
      title: 'Support Engineer',
      company: 'Acme',
      fields: { company: ['Acme'], location: ['Remote (EU)', 'Paris'], 'team size': ['8'] },
      applyUrl: null,
    },
  ])('reads $name', ({ source, title, company, fields, applyUrl }) => {
    const [posting] = parseMarkdown(source, { url: 'https://jobs.example/p/1' });
    expect(posting).toEqual(
      expect.objectContaining({
        kind: 'markdown',
        title,
        companyName: company,
        fields,
        applyUrl,
        markdown: expect.any(String),
      }),
    );
  });

  it('renders the body as HTML without the title, keeping headings, nested lists, bold and links', () => {
    const [posting] = parseMarkdown(
      '# Role\n\n## Requirements\n- **Go**, see [docs](https://go.dev)\n  - generics\n- <script>x</script>\n',
      {},
    );
    expect(posting?.html).toBe(
      '<h2>Requirements</h2>\n<ul><li><strong>Go</strong>, see <a href="https://go.dev">docs</a><ul><li>generics</li></ul></li><li>x</li></ul>',
    );
  });

  it('gives the same sections from its HTML rendering as from the Markdown', () => {
    const [posting] = parseMarkdown(fixture('posting-es.md'), {});
    const fromMarkdown = extractSections({ html: null, markdown: posting?.markdown ?? null, text: null, sections: [] });
    const fromHtml = extractSections({ html: posting?.html ?? null, markdown: null, text: null, sections: [] });
    for (const key of ['responsibilities', 'must', 'nice', 'benefits'] as const)
      expect(fromHtml[key]).toEqual(fromMarkdown[key]);
    expect(fromMarkdown.must).toEqual(['5 años de experiencia', 'Conocimiento de PostgreSQL']);
  });

  it('returns no posting for an empty document', () => {
    expect(parseMarkdown(' \n\n ', {})).toEqual([]);
  });
});

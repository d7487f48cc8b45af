import { extractSections, type SectionInput } from '../../../shared/normalize/sections';

const html = (body: string): SectionInput => ({ html: body, markdown: null, text: null, sections: [] });
const markdown = (body: string): SectionInput => ({ html: null, markdown: body, text: null, sections: [] });
const text = (body: string): SectionInput => ({ html: null, markdown: null, text: body, sections: [] });

interface Expected {
  about?: string[];
  responsibilities?: string[];
  must?: string[];
  nice?: string[];
  benefits?: string[];
  techStack?: string[];
}

const cases: Array<[string, SectionInput, Expected]> = [
  [
    'HTML headings in English',
    html(
      '<p>Acme builds robots.</p><h2>What you’ll do</h2><ul><li>Build APIs</li><li>Review code</li></ul><h2>Requirements</h2><ul><li>Go</li></ul><h3>Nice to have</h3><ul><li>Rust</li></ul><h2>Benefits</h2><ul><li>Equity</li></ul>',
    ),
    {
      about: ['Acme builds robots.'],
      responsibilities: ['Build APIs', 'Review code'],
      must: ['Go'],
      nice: ['Rust'],
      benefits: ['Equity'],
    },
  ],
  [
    'bold-only paragraphs as headings (Greenhouse, Ashby)',
    html(
      '<p>Intro.</p><p><strong>In this role you will</strong></p><ul><li>Threat-model features</li></ul><p><b>You might be a fit if you have</b></p><ul><li>4+ years</li></ul><p><strong>Bonus</strong></p><ul><li>OSCP</li></ul>',
    ),
    { about: ['Intro.'], responsibilities: ['Threat-model features'], must: ['4+ years'], nice: ['OSCP'] },
  ],
  [
    'a "Nice to have:" line switching section inside a source section',
    {
      html: null,
      markdown: null,
      text: null,
      sections: [
        {
          heading: 'Qualifications',
          html: '<ul><li>Java</li><li>SQL</li></ul><p>Nice to have:</p><ul><li>Kafka</li></ul>',
        },
      ],
    },
    { must: ['Java', 'SQL'], nice: ['Kafka'] },
  ],
  [
    'Personio job description names',
    {
      html: null,
      markdown: null,
      text: null,
      sections: [
        { heading: 'Deine Aufgaben', html: '<ul><li>Schichten planen</li></ul>' },
        { heading: 'Dein Profil', html: '<ul><li>Staplerschein</li></ul>' },
        { heading: 'Wir bieten', html: '<ul><li>28 Urlaubstage</li></ul>' },
      ],
    },
    { responsibilities: ['Schichten planen'], must: ['Staplerschein'], benefits: ['28 Urlaubstage'] },
  ],
  [
    'Lever lists given as bare <li>s',
    {
      html: '<div>We make solar kits.</div>',
      markdown: null,
      text: null,
      sections: [
        { heading: "What you'll do", html: '<li>Lead a team</li><li>Own metrics</li>' },
        { heading: "What you'll need", html: '<li>Swahili</li>' },
      ],
    },
    { about: ['We make solar kits.'], responsibilities: ['Lead a team', 'Own metrics'], must: ['Swahili'] },
  ],
  [
    'only list items count in a section with a list; its trailing prose stays out',
    html(
      '<p><strong>What you need</strong></p><ul><li>5+ years of Android</li><li>Fluent English</li></ul><p>Rate: €500–€650 per day.</p><p>We review every application.</p>',
    ),
    { must: ['5+ years of Android', 'Fluent English'] },
  ],
  [
    'nested lists joining their parent item',
    html(
      '<h3>Responsibilities</h3><ul><li>Run infrastructure<ul><li>Kubernetes</li><li>Terraform</li></ul></li><li>On-call</li></ul>',
    ),
    { responsibilities: ['Run infrastructure: Kubernetes; Terraform', 'On-call'] },
  ],
  [
    'a section without a list itemised by sentence',
    html(
      '<h2>Responsibilities</h2><p>You will design APIs. You will mentor engineers, e.g. juniors. You will own releases.</p>',
    ),
    { responsibilities: ['You will design APIs', 'You will mentor engineers, e.g. juniors', 'You will own releases'] },
  ],
  [
    'bullets written as text inside HTML paragraphs',
    html(
      '<div><b>Deine Aufgaben</b></div><div>• Social Media<br>• Newsletter</div><div><b>Wünschenswert</b></div><div>• Canva</div>',
    ),
    { responsibilities: ['Social Media', 'Newsletter'], nice: ['Canva'] },
  ],
  [
    'a plain heading line leading a list',
    html('<p>Requirements</p><ul><li>SQL</li></ul><p>Benefits</p><ul><li>Gym</li></ul>'),
    { must: ['SQL'], benefits: ['Gym'] },
  ],
  [
    'Markdown in Vietnamese with bold header fields',
    markdown(
      '# Lập trình viên\n\n**Địa điểm:** Hà Nội\n\n## Mô tả công việc\n- Phát triển giao diện\n\n## Yêu cầu\n- 2 năm kinh nghiệm\n\n## Ưu tiên\n- Next.js\n\n## Phúc lợi\n- Lương tháng 13\n',
    ),
    {
      responsibilities: ['Phát triển giao diện'],
      must: ['2 năm kinh nghiệm'],
      nice: ['Next.js'],
      benefits: ['Lương tháng 13'],
    },
  ],
  [
    'Markdown "Job description" bullets as duties and bold-line headings',
    markdown(
      '# Engineer\n\n## Job description\n- Design payment APIs\n- Own services\n\n**Your skills and experience**\n- PostgreSQL\n\n**Nice to have:**\n1. Kafka\n2) RabbitMQ\n',
    ),
    { responsibilities: ['Design payment APIs', 'Own services'], must: ['PostgreSQL'], nice: ['Kafka', 'RabbitMQ'] },
  ],
  [
    'Markdown in Japanese',
    markdown(
      '# 機械学習エンジニア\n\n会社名：株式会社サクラ\n\n## 仕事内容\n- モデル開発\n\n## 必須スキル\n- Python\n\n## 歓迎スキル\n- CUDA\n\n## 待遇・福利厚生\n- 書籍購入補助\n\n## 技術スタック\n- PyTorch, Vertex AI\n',
    ),
    {
      responsibilities: ['モデル開発'],
      must: ['Python'],
      nice: ['CUDA'],
      benefits: ['書籍購入補助'],
      techStack: ['PyTorch, Vertex AI'],
    },
  ],
  [
    'plain text in German with ALL-CAPS headings and indented sub-bullets',
    text(
      'Teamleitung\nStandort: Hamburg\n\nIHRE AUFGABEN\n- Team führen\n- KPIs steuern\n    - Reporting\n\nIHR PROFIL\n- Erfahrung\n\nVon Vorteil:\n- Zendesk\n\nWIR BIETEN\n- 30 Tage Urlaub\n',
    ),
    {
      responsibilities: ['Team führen', 'KPIs steuern: Reporting'],
      must: ['Erfahrung'],
      nice: ['Zendesk'],
      benefits: ['30 Tage Urlaub'],
    },
  ],
  [
    'plain text in French with "Heading :" lines',
    text(
      'Chargé de recrutement\n\nVos missions :\n- Piloter les recrutements\n\nProfil recherché :\n- Bac+3\n\nUn plus :\n- Anglais\n\nAvantages :\n- Tickets restaurant\n',
    ),
    {
      responsibilities: ['Piloter les recrutements'],
      must: ['Bac+3'],
      nice: ['Anglais'],
      benefits: ['Tickets restaurant'],
    },
  ],
  [
    'plain text in Spanish with numbered items',
    text(
      'Barista\n\nResponsabilidades:\n1. Formar baristas\n2. Controlar la calidad\n\nRequisitos:\n1) 2 años de experiencia\n\nSe valorará:\n- Inglés\n\nBeneficios:\n- Café gratis\n',
    ),
    {
      responsibilities: ['Formar baristas', 'Controlar la calidad'],
      must: ['2 años de experiencia'],
      nice: ['Inglés'],
      benefits: ['Café gratis'],
    },
  ],
  [
    'plain text in Japanese with decorated headings and ・ bullets',
    text(
      'カスタマーサクセス\n\n【仕事内容】\n・オンボーディング支援\n\n【応募資格】\n・法人営業経験\n\n■ 歓迎スキル\n・SaaS経験\n\n【待遇・福利厚生】\n・リモートワーク可\n',
    ),
    {
      responsibilities: ['オンボーディング支援'],
      must: ['法人営業経験'],
      nice: ['SaaS経験'],
      benefits: ['リモートワーク可'],
    },
  ],
  [
    'unrecognised sub-headings keeping their section',
    markdown('## Requirements\n\n### Technical\n- Go\n\n**Soft skills**\n- Empathy\n\n## How to apply\n- Send a CV\n'),
    { must: ['Go', 'Empathy'] },
  ],
];

describe('extractSections', () => {
  it.each(cases)('reads %s', (_name, input, expected) => {
    const sections = extractSections(input);
    for (const [key, items] of Object.entries(expected)) expect(sections[key as keyof Expected]).toEqual(items);
    for (const key of ['responsibilities', 'must', 'nice', 'benefits'] as const)
      if (!expected[key]) expect(sections[key]).toEqual([]);
  });

  it('keeps header lines out of the items and reports them as fields', () => {
    const sections = extractSections(
      markdown(
        '# Engineer\n\n**Company:** Lotus Pay\n**Location:** Hanoi\n\n## Benefits\n- Probation: 2 months\n- MacBook',
      ),
    );
    expect(sections.fields).toEqual({ company: ['Lotus Pay'], location: ['Hanoi'] });
    expect(sections.benefits).toEqual(['Probation: 2 months', 'MacBook']);
    expect(sections.about).toEqual([]);
  });

  it('reports a salary line stated in passing as a field, and keeps longer prose as prose', () => {
    const sections = extractSections(
      html('<h2>Benefits</h2><p>Salary: €70,000 – €85,000 per year.</p><p>Salary: we pay well. Ask us about it.</p>'),
    );
    expect(sections.fields.salary).toEqual(['€70,000 – €85,000 per year.']);
    expect(sections.benefits).toEqual(['Salary: we pay well', 'Ask us about it']);
  });

  it('names the headings it met and the sections they opened', () => {
    const sections = extractSections(markdown('# Title\n\n## Requirements\n- Go\n'));
    expect(sections.headings).toEqual([
      { text: 'Title', section: null },
      { text: 'Requirements', section: 'must' },
    ]);
  });

  it('reads nothing from an empty input', () => {
    expect(extractSections({ html: '', markdown: null, text: '  ', sections: [] })).toEqual(
      expect.objectContaining({
        about: [],
        responsibilities: [],
        must: [],
        nice: [],
        benefits: [],
        techStack: [],
        other: [],
      }),
    );
  });
});

describe('extractSections on text without bullets', () => {
  it('takes a known heading directly above its lines as a heading and each short line as an item', () => {
    const sections = extractSections({
      html: null,
      markdown: null,
      text: 'Data Analyst\n\nRequirements\n5+ years of Python\nExperience with AWS\n\nWhat we are offering\nRemote work\nHealth insurance\n',
      sections: [],
    });
    expect(sections.must).toEqual(['5+ years of Python', 'Experience with AWS']);
    expect(sections.benefits).toEqual(['Remote work', 'Health insurance']);
  });

  it('keeps a line that merely mentions a heading word as an item', () => {
    const sections = extractSections({
      html: null,
      markdown: null,
      text: 'Role\n\nRequirements:\n5 years of experience\nGood English\n',
      sections: [],
    });
    expect(sections.must).toEqual(['5 years of experience', 'Good English']);
  });
});

describe('extractSections on a job description written as lines', () => {
  it.each([
    [
      'German, ALL-CAPS heading, full stops',
      'Lagerhaus Nord sucht Verstärkung.\n\nSTELLENBESCHREIBUNG\nWareneingang prüfen und buchen.\nKommissionierung mit Handscanner.\nInventur unterstützen.\n',
      ['Wareneingang prüfen und buchen', 'Kommissionierung mit Handscanner', 'Inventur unterstützen'],
    ],
    [
      'Spanish, no full stops',
      'Bar Sol busca personal.\n\nDESCRIPCIÓN DEL PUESTO\nAtender las mesas de la terraza\nPreparar cafés y bebidas\nCobrar en caja\n',
      ['Atender las mesas de la terraza', 'Preparar cafés y bebidas', 'Cobrar en caja'],
    ],
  ])('reads each line as a duty (%s)', (_name, body, duties) => {
    const sections = extractSections({ html: null, markdown: null, text: body, sections: [] });
    expect(sections.responsibilities).toEqual(duties);
    expect(sections.about).toHaveLength(1);
  });

  it('keeps hard-wrapped prose under the heading as prose', () => {
    const body =
      'Pricewise is hiring.\n\nJOB DESCRIPTION\nWe are a small team in Leeds that builds pricing tools for\nIndependent retailers. You will work with our CTO and\nSales on the roadmap.\n';
    const sections = extractSections({ html: null, markdown: null, text: body, sections: [] });
    expect(sections.responsibilities).toEqual([]);
    expect(sections.about).toHaveLength(2);
  });
});

describe('extractSections with emoji-dressed lines', () => {
  it('takes an emoji before a known heading as decoration and emoji bullets as items', () => {
    const text =
      'Backend Developer\n\n🚀 What you’ll do\n✅ Build APIs\n✅ Experience with on-call\n\n📌 YÊU CẦU\n👉 2 năm kinh nghiệm\n\n💰 Benefits\n✅ Health insurance\n';
    const sections = extractSections({ html: null, markdown: null, text, sections: [] });
    expect(sections.responsibilities).toEqual(['Build APIs', 'Experience with on-call']);
    expect(sections.must).toEqual(['2 năm kinh nghiệm']);
    expect(sections.benefits).toEqual(['Health insurance']);
  });
});

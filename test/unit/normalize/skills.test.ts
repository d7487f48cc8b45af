import { extractSkills } from '../../../shared/normalize/skills';

const skillsOf = (text: string, title = '', tags: string[] = []) => extractSkills({ title, text, tags });

describe('extractSkills', () => {
  describe('finds skills by their aliases, with canonical names', () => {
    it.each([
      ['GKE and Postgres', ['Google Kubernetes Engine', 'Kubernetes', 'Google Cloud', 'PostgreSQL']],
      ['We deploy NextJS apps on k8s', ['Next.js', 'Kubernetes']],
      ['Next JS, NodeJS and Kafka', ['Next.js', 'Node.js', 'Apache Kafka']],
      ['Amazon Web Services (EKS) and GCP', ['AWS', 'Amazon EKS', 'Kubernetes', 'Google Cloud']],
      ['Golang microservices with psql', ['Go', 'Microservices', 'PostgreSQL']],
      ['C#, .NET 8 and ASP.NET Core', ['C#', '.NET', 'ASP.NET']],
      ['Modern C++ and Rust', ['C++', 'Rust']],
      ['Vue 3 with Tailwind', ['Vue.js', 'Tailwind CSS']],
      ['Jetpack Compose UI in Kotlin', ['Jetpack Compose', 'Kotlin']],
      ['Salesforce, Zendesk, Looker, SAP and Figma', ['Salesforce', 'Zendesk', 'Looker', 'SAP', 'Figma']],
      ['Staplerschein und HACCP-Schulung', ['Forklift licence', 'HACCP']],
      ['Active NMC registration; CDL Class A; PMP or CPA', ['NMC registration', 'CDL', 'PMP', 'CPA']],
    ])('%s', (text, expected) => {
      expect(skillsOf(text)).toEqual(expected);
    });
  });

  describe('matches ASCII skills written next to CJK text', () => {
    it.each([
      ['PyTorchを用いたモデルの学習', ['PyTorch']],
      ['Pythonでの開発経験3年以上', ['Python']],
      ['MLOps基盤（Vertex AI）の改善', ['MLOps', 'Vertex AI', 'Google Cloud']],
      ['CUDAを用いたGPUプログラミング', ['CUDA']],
      ['深層学習フレームワーク（PyTorchまたはTensorFlow）', ['Deep learning', 'PyTorch', 'TensorFlow']],
      ['熟悉Java和Spring Boot', ['Java', 'Spring Boot']],
    ])('%s', (text, expected) => {
      expect(skillsOf(text)).toEqual(expected);
    });
  });

  describe('reads "Go" as the language only in a language context', () => {
    it.each([
      ['APIs in Go and Node.js', ['Go', 'Node.js']],
      ['Senior Backend Engineer (Go/Node.js)', ['Go', 'Node.js']],
      ['services written in Go', ['Go']],
      ['Go, Rust or Zig', ['Go', 'Rust', 'Zig']],
      ['Go developer wanted', ['Go']],
      ['Goでの開発経験', ['Go']],
    ])('%s → Go', (text, expected) => {
      expect(skillsOf(text)).toEqual(expected);
    });

    it.each([
      'our go to market plan',
      'Go-to-market strategy',
      'A real go-getter',
      'Go-getter attitude',
      'we let go of legacy',
      'support the go-live',
      'Go above and beyond',
      'Ready to go?',
      'Go to our careers page',
    ])('%s → nothing', (text) => {
      expect(skillsOf(text)).not.toContain('Go');
    });
  });

  describe('reads the letters R and C as languages only in a language context', () => {
    it.each([
      ['R programming for statistics', ['R']],
      ['R, Python and SQL', ['R', 'Python', 'SQL']],
      ['C/C++ firmware', ['C', 'C++']],
      ['drivers in C and Rust', ['C', 'Rust']],
      ['knowledge of C', ['C']],
    ])('%s', (text, expected) => {
      expect(skillsOf(text)).toEqual(expected);
    });

    it.each([
      'C-level stakeholders',
      'our Series C round',
      'R&D department',
      'Plan B',
      'grade C or above',
      'Vitamin C',
      'C-suite',
      'A, B or C',
      "C'est la vie",
      'Type C cables',
      'Class C licence',
    ])('%s → neither', (text) => {
      const found = skillsOf(text);
      expect(found).not.toContain('C');
      expect(found).not.toContain('R');
    });
  });

  describe('keeps words that are also skills apart from the skills', () => {
    it.each([
      ['Java and JavaScript', ['Java', 'JavaScript']],
      ['JavaScript only', ['JavaScript']],
      ['Experience with GraphQL clients such as Apollo', ['GraphQL', 'Apollo']],
      ['Java, Spring and Hibernate', ['Java', 'Spring', 'Hibernate']],
      ['Swift and SwiftUI for iOS', ['Swift', 'SwiftUI', 'iOS']],
      ['Node.js with Express', ['Node.js', 'Express']],
      ['Advanced Excel skills', ['Microsoft Excel']],
    ])('%s', (text, expected) => {
      expect(skillsOf(text)).toEqual(expected);
    });

    it.each([
      ['The Apollo program inspired us.', 'Apollo'],
      ['Spring is our busiest season.', 'Spring'],
      ['We offer swift delivery.', 'Swift'],
      ['Swift turnaround is expected.', 'Swift'],
      ['rust-proof coating for pipes', 'Rust'],
      ['Rust-proof coatings', 'Rust'],
      ['Express delivery for every order.', 'Express'],
      ['You excel at customer service.', 'Microsoft Excel'],
      ['Excel at building relationships.', 'Microsoft Excel'],
      ['Offices in Central Java, Indonesia', 'Java'],
      ['The Chef prepares the menu.', 'Chef'],
      ['our Snowflake schema', 'Snowflake'],
    ])('%s → no %s', (text, skill) => {
      expect(skillsOf(text)).not.toContain(skill);
    });
  });

  describe('does not read ordinary words of several languages as tools', () => {
    it.each([
      'point de vue du client',
      "Vue d'ensemble du poste",
      'un tableau de bord mensuel',
      'react quickly to incidents',
      'React to customer needs within an hour',
      'at the helm of our team',
      'our annual summer bash',
      'TS/SCI clearance required',
      'networking events every month',
      'a presto!',
      'su scala globale',
      'salary of 500,000 CFA francs',
      'BLS data shows strong growth',
      'Contact Cassandra for details',
      'Playwright wanted for our theatre',
      'Our Postman delivers letters',
      'Kitchen blender and espresso machine',
      'butterflies flutter',
    ])('%s', (text) => {
      expect(skillsOf(text)).toEqual([]);
    });
  });

  it('lists skills in order of first mention, title first, without duplicates', () => {
    expect(skillsOf('Python and Docker. More Python.', 'Senior Kotlin Engineer', ['docker', 'Terraform'])).toEqual([
      'Kotlin',
      'Python',
      'Docker',
      'Terraform',
    ]);
  });

  it('maps explicit tags through the same aliases, whatever their case, and drops unknown tags', () => {
    expect(skillsOf('', '', ['golang', 'k8s', 'Teamgeist', 'go', 'Postgres'])).toEqual([
      'Go',
      'Kubernetes',
      'PostgreSQL',
    ]);
  });

  it('treats a sentence boundary as the end of a list', () => {
    expect(skillsOf('We use Python. Go to our website to apply.')).toEqual(['Python']);
  });

  it('does not read acronyms from lower-case words', () => {
    expect(skillsOf('sap the strength; a 5 ml dose; cpa')).toEqual([]);
  });

  it('returns nothing for empty input', () => {
    expect(skillsOf('')).toEqual([]);
  });
});

describe('extractSkills on arbitrary text', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const { TAXONOMY } =
    require('../../../shared/normalize/taxonomy') as typeof import('../../../shared/normalize/taxonomy');
  const names = new Set(TAXONOMY.flatMap((g) => g.skills.map((s) => s.name)));
  const words = fc.constantFrom(
    'Go',
    'go',
    'C',
    'R',
    'Java',
    'Spring',
    'Excel',
    'Node',
    'Apollo',
    'k8s',
    'PyTorch',
    'を',
    '.',
    ',',
    '/',
    '-',
    ' ',
    '\n',
    'C++',
    '.NET',
  );

  it('never throws and only returns canonical names, each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), words), { maxLength: 40 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (parts, tags) => {
          const skills = extractSkills({ title: parts.slice(0, 3).join(' '), text: parts.join(''), tags });
          expect(new Set(skills).size).toBe(skills.length);
          for (const s of skills) expect(names.has(s)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), words), { maxLength: 30 }), (parts) => {
        const input = { title: '', text: parts.join(' '), tags: [] };
        expect(extractSkills(input)).toEqual(extractSkills(input));
      }),
      { numRuns: 100, seed: 20261126 },
    );
  });
});

describe('extractSkills: tool families by domain', () => {
  it.each([
    ['Boekhouding in Twinfield en AFAS', ['Twinfield', 'AFAS Profit']],
    ['Buchhaltung mit Lexware oder sevDesk', ['Bookkeeping', 'Lexware', 'sevDesk']],
    ['Comptabilité sous Cegid et Pennylane', ['Bookkeeping', 'Cegid', 'Pennylane']],
    ['Manejo de a3innuva y Holded', ['a3 Software', 'Holded']],
    ['Obsługa Comarch ERP Optima i Subiekt GT', ['Comarch ERP', 'Insert GT']],
    ['弥生会計またはfreeeの使用経験', ['Yayoi Accounting', 'freee']],
    ['熟悉用友或金蝶财务软件', ['Yonyou', 'Kingdee']],
    ['Sử dụng thành thạo phần mềm MISA', ['MISA']],
    ['Month-end close in NetSuite and BlackLine', ['Oracle NetSuite', 'BlackLine']],
    ['Posting journals in Sage 50 Accounts', ['Sage']],
    ['Monthly runs in Sage Payroll and Xero', ['Sage', 'Xero']],
  ])('accounting software: %s', (text, expected) => {
    expect(skillsOf(text)).toEqual(expected);
  });

  it.each([
    ['Interfaces built on HL7 v2 and FHIR R4', ['HL7', 'FHIR']],
    ['Imaging workflows with DICOM and PACS', ['DICOM', 'PACS']],
    ['Coding diagnoses in ICD-10 and SNOMED CT', ['ICD-10', 'SNOMED CT']],
    ['Clinical trial data in CDISC SDTM on Medidata Rave', ['CDISC', 'Medidata Rave']],
    ['Integration engines such as Mirth Connect', ['Mirth Connect']],
  ])('health-data standards: %s', (text, expected) => {
    expect(skillsOf(text)).toEqual(expected);
  });

  it.each([
    ['Je schrijft end-to-end tests met Cypress', ['Cypress']],
    ['Automatisierte Tests mit Playwright', ['Playwright']],
    ['Pruebas de API con Postman', ['Postman']],
    ['Playwright tests for the checkout flow', ['Playwright']],
    ['API testing with Karate and REST Assured', ['API testing', 'Karate', 'REST Assured']],
    ['Load tests written with Locust', ['Locust']],
    ['テスト自動化（WebdriverIO, TestCafe）', ['Test automation', 'WebdriverIO', 'TestCafe']],
  ])('test tools named beside a test word in any language: %s', (text, expected) => {
    expect(skillsOf(text)).toEqual(expected);
  });

  it.each([
    'A playwright joins our theatre company',
    'The postman brought a parcel',
    'Karate classes for employees',
    'A cypress tree in the garden',
    'Sage advice from our founders',
    'We concur with the proposal',
    'Much mirth at the summer party',
  ])('leaves the same words alone outside their domain: %s', (text) => {
    expect(skillsOf(text)).toEqual([]);
  });
});

describe('extractSkills: declined technology names in Polish and Czech', () => {
  it.each([
    ['Znajomość Kotlina i Dockera', ['Kotlin', 'Docker']],
    ['Doświadczenie z Javą i Pythonem', ['Java', 'Python']],
    ['Praxe s Kubernetesem a Terraformem', ['Kubernetes', 'Terraform']],
    ['Wiedza o Kafce nie jest wymagana, znajomość Kafki tak', ['Apache Kafka']],
    ['Programowanie w TypeScripcie? Nie, w JavaScripcie', []],
  ])('%s', (text, expected) => {
    expect(skillsOf(text)).toEqual(expected);
  });
});

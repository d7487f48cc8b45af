/**
 * Language packs for the normalisation benchmark corpus: the words real postings use, in eight languages,
 * so the corpus exercises section headings, salaries, locations and employment types the way boards do.
 */

export interface LanguagePack {
  lang: string;
  country: string;
  currency: string;
  cities: string[];
  companies: string[];
  titles: string[];
  employment: string[];
  headings: { responsibilities: string; must: string; nice: string; benefits: string };
  labels: { company: string; location: string; salary: string; type: string };
  about: string[];
  responsibilities: string[];
  must: string[];
  nice: string[];
  benefits: string[];
  salary: (min: number, max: number) => string;
  /** a typical range (min, max) in the local currency */
  range: [number, number];
}

export const PACKS: LanguagePack[] = [
  {
    lang: 'en',
    country: 'US',
    currency: 'USD',
    cities: ['New York, NY', 'Austin, TX', 'Remote (US)', 'Denver, CO', 'Seattle, WA'],
    companies: ['Northwind Freight', 'Brightloop', 'Harborlight', 'Quillstack'],
    titles: [
      'Senior Backend Engineer',
      'Product Designer',
      'Data Analyst',
      'Customer Success Manager',
      'Staff Frontend Engineer (React)',
    ],
    employment: ['Full-time', 'Part-time', 'Contract'],
    headings: {
      responsibilities: "What you'll do",
      must: 'What we are looking for',
      nice: 'Nice to have',
      benefits: 'Benefits',
    },
    labels: { company: 'Company', location: 'Location', salary: 'Salary', type: 'Employment type' },
    about: [
      'We build scheduling software used by 12,000 clinics across North America.',
      'Our team ships small changes every day and cares about reliability.',
    ],
    responsibilities: [
      'Design and build APIs in Go and TypeScript',
      'Own services end to end, from design to on-call',
      'Mentor engineers and review code',
      'Work with product on the quarterly roadmap',
    ],
    must: [
      '5+ years of backend development',
      'Strong knowledge of PostgreSQL and Redis',
      'Experience with Docker and Kubernetes',
      'Fluent English',
    ],
    nice: ['Experience with Kafka', 'Healthcare software background'],
    benefits: [
      'Medical, dental and vision insurance',
      '401(k) match',
      '20 days of paid vacation',
      '$1,000 home office stipend',
    ],
    salary: (min, max) => `$${min.toLocaleString('en-US')} – $${max.toLocaleString('en-US')} per year`,
    range: [90000, 210000],
  },
  {
    lang: 'de',
    country: 'DE',
    currency: 'EUR',
    cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Remote (Deutschland)'],
    companies: ['Kaffeewerk GmbH', 'Bergbrot GmbH', 'Hansekontor AG'],
    titles: [
      'Teamleiter Lager (m/w/d)',
      'Softwareentwickler Java (m/w/d)',
      'Sachbearbeiter Buchhaltung (w/m/d)',
      'Werkstudent Marketing (m/w/d)',
    ],
    employment: ['Vollzeit', 'Teilzeit', 'Befristet'],
    headings: {
      responsibilities: 'Deine Aufgaben',
      must: 'Dein Profil',
      nice: 'Wünschenswert',
      benefits: 'Wir bieten',
    },
    labels: { company: 'Firma', location: 'Ort', salary: 'Gehalt', type: 'Anstellungsart' },
    about: [
      'Wir rösten seit 1998 Kaffee in Hamburg und beliefern 400 Cafés.',
      'Unser Team aus 60 Menschen arbeitet eng zusammen.',
    ],
    responsibilities: [
      'Führung eines Teams von 8 Mitarbeitenden',
      'Planung der Schichten',
      'Sicherstellung der Arbeitssicherheit',
      'Entwicklung von Microservices mit Java und Spring Boot',
    ],
    must: [
      'Abgeschlossene Ausbildung oder Studium',
      'Erste Führungserfahrung',
      'Sehr gute Deutschkenntnisse',
      'Erfahrung mit SAP',
    ],
    nice: ['Staplerschein', 'Englischkenntnisse'],
    benefits: ['30 Urlaubstage', 'Betriebliche Altersvorsorge', 'Jobrad', 'Flexible Arbeitszeiten'],
    salary: (min, max) => `${min.toLocaleString('de-DE')} € – ${max.toLocaleString('de-DE')} € brutto pro Jahr`,
    range: [42000, 85000],
  },
  {
    lang: 'fr',
    country: 'FR',
    currency: 'EUR',
    cities: ['Paris', 'Lyon', 'Bordeaux', 'Télétravail (France)'],
    companies: ['Mistral Services', 'Atelier Lumière'],
    titles: ['Chargé de clientèle (H/F)', 'Développeur Full Stack (H/F)', 'Responsable logistique'],
    employment: ['CDI', 'CDD', 'Temps partiel'],
    headings: { responsibilities: 'Vos missions', must: 'Votre profil', nice: 'Un plus', benefits: 'Avantages' },
    labels: { company: 'Entreprise', location: 'Lieu', salary: 'Salaire', type: 'Type de contrat' },
    about: [
      'Nous accompagnons 3 000 artisans dans leur transformation numérique.',
      'Notre équipe est basée à Paris et à Lyon.',
    ],
    responsibilities: [
      'Répondre aux demandes des clients',
      'Développer des applications avec React et Node.js',
      'Suivre les indicateurs de satisfaction',
    ],
    must: ['Deux ans d’expérience minimum', 'Maîtrise de SQL', 'Français courant'],
    nice: ['Anglais professionnel', 'Connaissance de Salesforce'],
    benefits: ['25 jours de congés payés', 'Tickets restaurant', 'Mutuelle prise en charge à 100 %'],
    salary: (min, max) => `${Math.round(min / 1000)}k€ – ${Math.round(max / 1000)}k€ brut annuel`,
    range: [35000, 70000],
  },
  {
    lang: 'es',
    country: 'ES',
    currency: 'EUR',
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Remoto (España)'],
    companies: ['Tostado Coffee', 'Acme Iberia S.L.'],
    titles: ['Barista Trainer', 'Ingeniero/a de Datos', 'Desarrollador/a Backend'],
    employment: ['Jornada completa', 'Media jornada', 'Contrato temporal'],
    headings: { responsibilities: 'Responsabilidades', must: 'Requisitos', nice: 'Se valorará', benefits: 'Ofrecemos' },
    labels: { company: 'Empresa', location: 'Ubicación', salary: 'Salario', type: 'Tipo de contrato' },
    about: ['Tostado tiene 14 cafeterías en Madrid y Barcelona.', 'Somos un equipo de 80 personas.'],
    responsibilities: [
      'Formar a nuevos baristas',
      'Mantener los estándares de calidad',
      'Construir pipelines de datos con Python y Airflow',
    ],
    must: ['2 años de experiencia', 'Español nativo', 'Experiencia con SQL'],
    nice: ['Inglés conversacional', 'Conocimientos de AWS'],
    benefits: ['Seguro médico', '23 días de vacaciones', 'Formación continua'],
    salary: (min, max) => `${min.toLocaleString('es-ES')} - ${max.toLocaleString('es-ES')} € brutos/año`,
    range: [24000, 60000],
  },
  {
    lang: 'ja',
    country: 'JP',
    currency: 'JPY',
    cities: ['東京都渋谷区', '大阪府大阪市', '福岡県福岡市', 'フルリモート'],
    companies: ['株式会社サクラビジョン', '株式会社ミライ物流'],
    titles: ['機械学習エンジニア（画像認識）', 'バックエンドエンジニア', 'カスタマーサクセス'],
    employment: ['正社員', '契約社員', 'アルバイト'],
    headings: { responsibilities: '仕事内容', must: '必須スキル', nice: '歓迎スキル', benefits: '待遇・福利厚生' },
    labels: { company: '会社名', location: '勤務地', salary: '給与', type: '雇用形態' },
    about: ['製造業向けの画像検査サービスを提供しています。', '社員数は120名です。'],
    responsibilities: [
      '製造業向け画像検査モデルの研究開発',
      'PyTorchを用いたモデルの学習・評価',
      'Goによる API の開発',
    ],
    must: ['Pythonでの開発経験3年以上', 'ビジネスレベルの日本語', 'Linux の実務経験'],
    nice: ['英語での技術文書の読解', 'Kubernetes の運用経験'],
    benefits: ['各種社会保険完備', '年間休日125日', '書籍購入補助', '試用期間：3ヶ月'],
    salary: (min, max) => `年収${Math.round(min / 10000)}万円〜${Math.round(max / 10000)}万円`,
    range: [4000000, 12000000],
  },
  {
    lang: 'vi',
    country: 'VN',
    currency: 'VND',
    cities: ['Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng', 'HCMC (Hybrid)'],
    companies: ['Lotus Pay Vietnam', 'Công ty Sen Vàng', 'Lotus Cloud'],
    titles: ['Lập trình viên Frontend (ReactJS)', 'Kỹ sư DevOps', 'Senior Backend Engineer (Go/Node.js)'],
    employment: ['Toàn thời gian', 'Bán thời gian', 'Full-time'],
    headings: { responsibilities: 'Mô tả công việc', must: 'Yêu cầu', nice: 'Ưu tiên', benefits: 'Quyền lợi' },
    labels: { company: 'Công ty', location: 'Địa điểm', salary: 'Mức lương', type: 'Hình thức' },
    about: ['Chúng tôi xây dựng ứng dụng thanh toán cho 2 triệu người dùng.', 'Văn phòng tại Quận 1.'],
    responsibilities: ['Phát triển giao diện với ReactJS', 'Vận hành cụm Kubernetes', 'Thiết kế API thanh toán'],
    must: ['3 năm kinh nghiệm', 'Thành thạo TypeScript', 'Tiếng Anh giao tiếp tốt'],
    nice: ['Kinh nghiệm với Kafka', 'Hiểu biết về PCI DSS'],
    benefits: ['Lương tháng 13', '15 ngày phép năm', 'Bảo hiểm sức khỏe', 'Thử việc 2 tháng'],
    salary: (min, max) => `${(min / 1_000_000).toFixed(0)} - ${(max / 1_000_000).toFixed(0)} triệu VND/tháng`,
    range: [15000000, 60000000],
  },
  {
    lang: 'pt',
    country: 'BR',
    currency: 'BRL',
    cities: ['São Paulo, SP', 'Rio de Janeiro, RJ', 'Remoto (Brasil)'],
    companies: ['Verde Bank', 'Casa Aurora'],
    titles: ['Analista de Dados', 'Engenheiro de Software Sênior', 'Designer de Produto'],
    employment: ['Tempo integral', 'CLT', 'PJ'],
    headings: {
      responsibilities: 'Responsabilidades',
      must: 'Requisitos',
      nice: 'Diferenciais',
      benefits: 'Benefícios',
    },
    labels: { company: 'Empresa', location: 'Local', salary: 'Salário', type: 'Tipo de contratação' },
    about: ['Somos um banco digital com 5 milhões de clientes.', 'Nossa equipe trabalha de forma híbrida.'],
    responsibilities: [
      'Construir dashboards no Looker',
      'Desenvolver serviços em Kotlin',
      'Analisar dados de clientes',
    ],
    must: ['Experiência com SQL', 'Inglês intermediário', 'Graduação completa'],
    nice: ['Conhecimento em dbt', 'Experiência com GCP'],
    benefits: ['Vale-refeição', 'Plano de saúde', '30 dias de férias'],
    salary: (min, max) => `R$ ${min.toLocaleString('pt-BR')} a R$ ${max.toLocaleString('pt-BR')} por mês`,
    range: [6000, 22000],
  },
  {
    lang: 'nl',
    country: 'NL',
    currency: 'EUR',
    cities: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Hybride (Amsterdam)'],
    companies: ['Fietsfabriek B.V.', 'Polderdata'],
    titles: ['Teamleider Klantenservice', 'Monteur', 'Data Engineer'],
    employment: ['Fulltime', 'Parttime', 'Tijdelijk'],
    headings: {
      responsibilities: 'Wat ga je doen?',
      must: 'Wat vragen wij?',
      nice: 'Pluspunten',
      benefits: 'Wat bieden wij?',
    },
    labels: { company: 'Bedrijf', location: 'Locatie', salary: 'Salaris', type: 'Dienstverband' },
    about: ['Wij maken elektrische fietsen in Amsterdam.', 'Ons team telt 45 collega’s.'],
    responsibilities: [
      'Je leidt een team van 8 medewerkers',
      'Je repareert fietsen',
      'Je bouwt datapijplijnen met Python',
    ],
    must: ['Uitstekend Nederlands', 'MBO-diploma', 'Ervaring met Zendesk'],
    nice: ['Rijbewijs B', 'Kennis van Engels'],
    benefits: ['25 vakantiedagen', 'Pensioenregeling', 'Fiets van de zaak'],
    salary: (min, max) => `€ ${min.toLocaleString('nl-NL')} - € ${max.toLocaleString('nl-NL')} bruto per maand`,
    range: [2800, 5600],
  },
];

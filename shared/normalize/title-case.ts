/**
 * Title case for titles written in capitals ("SENIOR SOFTWARE ENGINEER - SAAS" → "Senior Software Engineer - SaaS"),
 * keeping acronyms as they are usually written. Google for Jobs asks for titles that are not all caps.
 */

const ACRONYMS = new Map(
  (
    'IT HR QA QC UX UI AI ML BI PR VP SVP EVP AVP CEO CTO CFO COO CIO CMO CPO CISO CRO CHRO SRE AWS GCP ' +
    'SQL ERP CRM SAP API SDK NLP CAD HVAC RN LPN CNA HGV CDL PMO GIS IAM SOC NOC DBA EHS HSE CNC PLC ECU ' +
    'ADAS FP&A M&A R&D B2B B2C SEO SEM PPC CRO US USA UK EU EMEA APAC LATAM DACH NYC SF II III IV VI PHP ' +
    'VR IOT KI EDV NRW GMBH AG SAAS IOS DEVOPS DEVSECOPS MLOPS FINOPS .NET C# C++ JAVASCRIPT TYPESCRIPT ' +
    'GRAPHQL POSTGRESQL MYSQL NODE.JS REACT.JS HTML CSS ETL KYC AML GRC SDR BDR AE CSM TAM OEM PCB RF PMP ' +
    'CPA ACCA CFA LLM GPU CPU'
  )
    .split(' ')
    .map((a) => [a, canonicalAcronym(a)] as const),
);

function canonicalAcronym(upper: string): string {
  const mixed: Record<string, string> = {
    GMBH: 'GmbH',
    SAAS: 'SaaS',
    IOS: 'iOS',
    DEVOPS: 'DevOps',
    DEVSECOPS: 'DevSecOps',
    MLOPS: 'MLOps',
    FINOPS: 'FinOps',
    IOT: 'IoT',
    JAVASCRIPT: 'JavaScript',
    TYPESCRIPT: 'TypeScript',
    GRAPHQL: 'GraphQL',
    POSTGRESQL: 'PostgreSQL',
    MYSQL: 'MySQL',
    'NODE.JS': 'Node.js',
    'REACT.JS': 'React.js',
  };
  return mixed[upper] ?? upper;
}

const SMALL_WORDS = new Set(
  'of and or for the in at to a an on with by de du des la le les et und für der die das im am y en e da do di del per'.split(
    ' ',
  ),
);

const ASCII_LOWER = /[a-z]/;

/** True when the title has several letters and none of them lower case (Latin, Greek, Cyrillic). */
function isShouting(title: string): boolean {
  // most titles have a lower-case ASCII letter, which settles it without collecting the letters
  if (ASCII_LOWER.test(title)) return false;
  const letters = title.match(/[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/gu) ?? [];
  if (letters.length < 6) return false;
  return !letters.some((ch) => ch !== ch.toUpperCase()) && title.split(/\s+/).length >= 2;
}

/** Title-cases an all-capitals title; any other title is returned as it is. */
export function toTitleCaseIfShouting(title: string): string {
  if (!isShouting(title)) return title;
  return title
    .split(/(\s+)/)
    .map((word, i) => (/^\s+$/.test(word) ? word : caseWord(word, i === 0)))
    .join('');
}

function caseWord(word: string, first: boolean): string {
  const core = word.replace(/^[([{"'“‘]+|[)\]}"'”’,.:;!?]+$/g, '');
  const acronym = ACRONYMS.get(core.toUpperCase());
  if (acronym) return word.replace(core, acronym);
  if (!first && SMALL_WORDS.has(core.toLowerCase())) return word.toLowerCase();
  return word
    .split(/([-/])/)
    .map((part) => ACRONYMS.get(part.toUpperCase()) ?? part.toLowerCase().replace(/\p{L}/u, (c) => c.toUpperCase()))
    .join('');
}

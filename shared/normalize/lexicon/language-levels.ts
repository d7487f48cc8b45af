/**
 * Words and certificates that state how well a language must be spoken, in several languages.
 *
 * Levels printed: `native`, `fluent`, `business`, `conversational`, `basic`; a CEFR level `A1`–`C2`
 * (also from DELF/DALF/Goethe/telc certificates, which are CEFR-graded); or the certificate and its grade
 * as written: `JLPT N2`, `HSK 5`, `TOPIK 4`, `TOEIC 800`, `TOEFL 90`, `IELTS 6.5`, `CET-6`, `TEM-8`.
 * Every level has a rank on one scale (basic 1 … native 5) so two mentions of a language keep the higher.
 */

export type DescriptiveLevel = 'native' | 'fluent' | 'business' | 'conversational' | 'basic';

/** Descriptive level words; the first group that matches a phrase names its level. */
export const LEVEL_WORDS: ReadonlyArray<readonly [DescriptiveLevel, string]> = [
  [
    'native',
    'родн\\p{L}*|рідн\\p{L}*|äidinkiel\\p{L}*|modersmål|morsmål|modersmål\\p{L}*|limbă maternă|limba maternă|anyanyelv\\p{L}*|μητρική|שפת אם|native(?:[- ](?:speakers?|level|proficiency|or (?:near[- ]native|bilingual)))?|near[- ]native|bilingual|mother tongue|first language|muttersprach\\w*|Muttersprache|langue maternelle|natif|native|nativo|nativa|lengua materna|madrelingua|madre lingua|bản ngữ|ネイティブ(?:レベル)?|母語|母国語|母语|모국어|원어민|moedertaal|język ojczysty|bilingue|bilingüe|zweisprachig|tweetalig|dwujęzyczn\\p{L}*',
  ],
  [
    'fluent',
    // Arabic 'إجادة' / 'إتقان' (command, mastery of a language), 'بطلاقة' (fluently)
    'إجادة|بإجادة|يجيد|تجيد|إتقان|بإتقان|يتقن|بطلاقة|свободн\\p{L}*|tečn\\p{L}*|tekoč\\p{L}*|puik\\p{L}*|laisv\\p{L}*|väga hea|suurepära\\p{L}*|domini|fasih|धाराप्रवाह|تسلط|продвинут\\p{L}*|отличн\\p{L}*|вільн\\p{L}*|досконал\\p{L}*|відмінн\\p{L}*|flydende|flytende|flytande|erinomai\\p{L}*|sujuva\\p{L}*|avansat|foarte bun[ăa]?|folyékony\\p{L}*|kiváló|felsőfok\\p{L}*|άριστη|πολύ καλή|ברמה גבוהה|ดีมาก|ดีเยี่ยม|fluent(?:ly)?|fluency|full professional proficiency|proficient|excellent(?: command(?: of)?)?|strong|advanced|very good|sehr gute?[nrs]?|hervorragende?[nrs]?|ausgezeichnete?[nrs]?|fließende?[nrs]?|fliessende?[nrs]?|verhandlungssichere?[nrs]?|courante?|couramment|avancée?|excellente?|fluide|fluid[oa]|fluidez|avanzad[oa]|fluente|fluência|avançad[oa]|ottim[oa]|lưu loát|trôi chảy|thành thạo|流暢|堪能|流利|精通|유창|vloeiend|vlot(?:te)?|uitstekende?|gevorderd|biegł\\p{L}*|płynn\\p{L}*|zaawansowan\\p{L}*|nivel alto|alto|alta|elevad[oa]|熟练|熟練|上級|高级|高級|능통|능숙|고급|상급',
  ],
  [
    'business',
    'upper[- ]intermediate|aktivn\\p{L}*|dobro|dobar|ger(?:as|a|os|ai)|hea|bon nivell|dengan baik|अच्छी|अच्छा|خوب|хорош\\p{L}*|добр\\p{L}*|hyv\\p{L}*|tárgyalóképes|καλή|ברמה טובה|ได้ดี|business(?:[- ](?:level|fluent|fluency|proficiency))?|professional working proficiency|professional(?: level)?|working proficiency|good(?: command(?: of)?)?|solid|gute?[nrs]?|bonne maîtrise|bon niveau|buen nivel|buen[oa]?|bom|boa|buon[oa]?|tốt|medio[- ]alto|goede?(?: kennis)?|dobr[aąy](?: znajomość)?|sichere?[nrs]?|opérationnel(?:le)?|professionnel(?:le)?|良好|khá|원활|ビジネスレベル|ビジネス|商务|商務|비즈니스',
  ],
  [
    'conversational',
    'разговорн\\p{L}*|stredne pokročil\\p{L}*|středně pokročil\\p{L}*|srednj\\p{L}*|vidutini\\p{L}*|kesktase\\p{L}*|розмовн\\p{L}*|tyydyttäv\\p{L}*|mediu|középfok\\p{L}*|társalgási|conversational|conversation(?:al)? level|daily conversation|everyday conversation|intermediate|conversacional|de conversación|conversationnel(?:le)?|intermédiaire|intermedi[oa]|Mittelstufe|nivel medio|medio|intermediári[oa]|discret[oa]|redelijke?|komunikatywn\\p{L}*|średnio\\p{L}*|giao tiếp|日常会話(?:レベル)?|会話レベル|中級|日常会话|중급',
  ],
  [
    'basic',
    'pre[- ]intermediate|osnovn\\p{L}*|pagrind\\p{L}*|algtase\\p{L}*|बुनियादी|बेसिक|آشنایی|asas|bàsic|базов\\p{L}*|начальн\\p{L}*|perustaso\\p{L}*|începător|alapfok\\p{L}*|alapszint\\p{L}*|βασική|בסיסית|พื้นฐาน|basic|elementary|beginner|some knowledge|Grundkenntnisse|grundlegende?[nrs]?|Basiskenntnisse|Anfänger|notions(?: de base)?|básic[oa]|nociones|bas(?:e|ique)|basiskennis|elementair|scolaire|scolastic[oa]|cơ bản|基礎|初級|基本|기초|초급|podstawow\\p{L}*',
  ],
];

/** Ranks on one scale, to keep the higher of two levels for one language. */
export const DESCRIPTIVE_RANK: Record<DescriptiveLevel, number> = {
  basic: 1,
  conversational: 2,
  business: 3,
  fluent: 4,
  native: 5,
};

/** CEFR ranks: A1/A2 basic, B1 conversational, B2 business, C1 fluent, C2 between fluent and native. */
export const CEFR_RANK: Record<string, number> = { A1: 1, A2: 1.5, B1: 2, B2: 3, C1: 4, C2: 4.5 };

/** A certificate: the language it tests and how its grade maps onto the rank scale. */
export interface Certificate {
  code: string;
  /** regex source; group 1 is the grade when there is one */
  pattern: string;
  label: (grade: string | undefined) => string | null;
  rank: (grade: string | undefined) => number;
}

const cefr = (grade: string | undefined) => (grade ? grade.toUpperCase() : null);
const cefrRank = (grade: string | undefined) => (grade ? (CEFR_RANK[grade.toUpperCase()] ?? 0) : 0);
const scaled = (grade: string | undefined, steps: Array<[number, number]>) => {
  const value = Number(grade);
  if (!Number.isFinite(value)) return 0;
  return steps.reduce((rank, [min, r]) => (value >= min ? r : rank), 0);
};

export const CERTIFICATES: readonly Certificate[] = [
  {
    code: 'ja',
    pattern:
      '(?:JLPT|日本語能力試験)\\s*(?:level\\s*)?N?\\s*([1-5])(?:級)?|\\bN([1-5])\\s*(?=以上|レベル|程度|相当|合格|level|or (?:above|higher)|trở lên|이상|\\+)',
    label: (g) => (g ? `JLPT N${g}` : 'JLPT'),
    rank: (g) => (g ? ([0, 4, 3, 2, 1.5, 1][Number(g)] ?? 0) : 0),
  },
  { code: 'ja', pattern: 'JLPT|日本語能力試験', label: () => null, rank: () => 0 },
  {
    code: 'zh',
    pattern: '(?:HSK|漢語水平考試|汉语水平考试)\\s*(?:level\\s*)?([1-9])?(?:級|级)?',
    label: (g) => (g ? `HSK ${g}` : 'HSK'),
    rank: (g) =>
      scaled(g, [
        [1, 1],
        [3, 2],
        [4, 3],
        [5, 4],
        [6, 4.5],
      ]),
  },
  {
    code: 'ko',
    pattern: 'TOPIK\\s*(?:level\\s*)?([1-6])?(?:급)?',
    label: (g) => (g ? `TOPIK ${g}` : 'TOPIK'),
    rank: (g) =>
      scaled(g, [
        [1, 1],
        [3, 2],
        [4, 3],
        [5, 4],
        [6, 4.5],
      ]),
  },
  {
    code: 'en',
    pattern: 'TOEIC\\s*(?:score\\s*(?:of\\s*)?)?[:：]?\\s*(\\d{3})?',
    label: (g) => (g ? `TOEIC ${g}` : 'TOEIC'),
    rank: (g) =>
      scaled(g, [
        [1, 1],
        [550, 2],
        [730, 3],
        [860, 4],
        [945, 4.5],
      ]),
  },
  {
    code: 'en',
    pattern: 'TOEFL(?:\\s*iBT)?\\s*[:：]?\\s*(\\d{2,3})?',
    label: (g) => (g ? `TOEFL ${g}` : 'TOEFL'),
    rank: (g) =>
      scaled(g, [
        [1, 1],
        [42, 2],
        [72, 3],
        [95, 4],
        [114, 4.5],
      ]),
  },
  {
    code: 'en',
    pattern: 'IELTS\\s*(?:band\\s*)?[:：]?\\s*(\\d(?:\\.\\d)?)?',
    label: (g) => (g ? `IELTS ${g}` : 'IELTS'),
    rank: (g) =>
      scaled(g, [
        [1, 1],
        [4.5, 2],
        [5.5, 3],
        [7, 4],
        [8, 4.5],
      ]),
  },
  // China's College English Test (CET-4 ≈ B1, CET-6 ≈ B2) and the English majors' TEM-8 (≈ C1)
  {
    code: 'en',
    pattern: '(?:CET|大学英语)[- ]?([46])(?:级)?|英语([四六])级|TEM[- ]?(8)|专业英语(八)级',
    label: (g) => (g === '8' || g === '八' ? 'TEM-8' : g === '4' || g === '四' ? 'CET-4' : g ? 'CET-6' : null),
    rank: (g) => (g === '8' || g === '八' ? 4 : g === '4' || g === '四' ? 2 : 3),
  },
  { code: 'en', pattern: 'Cambridge (?:English )?(?:C2 Proficiency|CPE)', label: () => 'C2', rank: () => 4.5 },
  { code: 'en', pattern: 'Cambridge (?:English )?(?:C1 Advanced|CAE)', label: () => 'C1', rank: () => 4 },
  { code: 'fr', pattern: '(?:DELF|DALF|TCF|TEF)\\s*([ABC][12])?', label: cefr, rank: cefrRank },
  { code: 'es', pattern: '(?:DELE|SIELE)\\s*([ABC][12])?', label: cefr, rank: cefrRank },
  {
    code: 'de',
    pattern: '(?:Goethe[- ]Zertifikat|telc Deutsch|TestDaF|DSH)\\s*([ABC][12])?',
    label: cefr,
    rank: cefrRank,
  },
  { code: 'it', pattern: '(?:CILS|CELI|PLIDA)\\s*([ABC][12])?', label: cefr, rank: cefrRank },
];

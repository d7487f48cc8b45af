/**
 * Cheap tests that say when a seniority rule of lexicon/seniority-words.ts cannot match a title, so that most
 * titles ("Software Engineer", "Registered Nurse": about 7 in 10 carry no level) run none of the rules'
 * case-insensitive Unicode patterns, each tried at every position of the title, and a title with a level runs
 * only the rules whose words it holds.
 *
 * Each entry lists, for the rule at the same index of TITLE_RULES, words one of which every match of the
 * rule contains: in lower case for the case-insensitive rules (tested on the title lower-cased), as written
 * for the case-sensitive ones (CJK words, the numerals "II", "III", "IV"). The titles are NFKC-normalised
 * first, which turns the only letters that fold to ASCII letters under the `iu` flags without lower-casing
 * to them (the long s "ſ" and the Kelvin sign) into "s" and "K". test/unit/normalize/seniority-anchors.test.ts
 * checks the anchored reading against every rule on generated titles.
 */

/** A rule's anchor words: lower-cased (tested on the lower-cased title) or as written. */
interface Anchors {
  lower?: string[];
  written?: string[];
  /** the rule matches only a title that ends in this ("Support Engineer I") */
  endsWith?: string;
}

const lower = (...words: string[]): Anchors => ({ lower: words });
const written = (...words: string[]): Anchors => ({ written: words });

/** One per TITLE_RULES entry, in the same order. */
export const TITLE_RULE_ANCHORS: readonly Anchors[] = [
  // intern
  {
    lower: [
      'intern',
      'co-op',
      'coop',
      'prakti',
      'werkstudent',
      'working student',
      'studentische',
      'stagi',
      'alternan',
      'becari',
      'prácticas',
      'pasante',
      'practicante',
      'estagiári',
      'estágio',
      'tirocin',
      'staż',
      'praktyk',
      'apprenti',
      'thực tập',
      'stajyer',
      'magang',
      // CJK words have no case: read in the lower-cased title as written
      'インターン',
      '实习',
      '實習',
      '인턴',
      // Arabic has no case either
      'متدرب',
      'تدريب',
    ],
  },
  // executive
  lower(
    'chief',
    'ceo',
    'tegevjuht',
    'cto',
    'cfo',
    'coo',
    'cio',
    'cmo',
    'ciso',
    'chro',
    'cdo',
    'vp',
    'vice',
    'präsident',
    'president',
    'président',
    'founder',
    'geschäftsführ',
    'vorstand',
    'managing director',
    'directeur général',
    'directrice générale',
    'director general',
    'director ejecutivo',
    'tổng giám đốc',
  ),
  written(
    '社長',
    '取締役',
    '執行役員',
    '首席',
    '总裁',
    '總裁',
    '總經理',
    '总经理',
    '대표이사',
    '사장',
    '임원',
    'تنفيذي',
    'نائب',
    'مجلس',
    'مؤسس',
  ),
  // director
  lower(
    'head',
    'director',
    'directeur',
    'directrice',
    'diretor',
    'direttore',
    'direttrice',
    'dyrektor',
    'direktor',
    'bereichsleit',
    'werksleit',
    'chief of staff',
    'general manager',
    'country manager',
    'giám đốc',
    'leiter',
    'leitung',
  ),
  written('部長', '总监', '總監', '상무', '이사', 'مدير', 'رئيس'),
  // lead (German, French, Spanish, Vietnamese team leads)
  lower('leiter', 'leitung', 'chef d', 'jefe de equipo', 'trưởng nhóm'),
  // manager
  lower(
    'manager',
    'mgr',
    'gerente',
    'gérant',
    'responsable',
    'leiter',
    'leitung',
    'kierownik',
    'jefe',
    'jefa',
    'quản lý',
    'trưởng phòng',
    'phó phòng',
    'chef de',
  ),
  written('マネージャー', 'マネジャー', '課長', '经理', '經理', '매니저', '팀장', 'مدير'),
  // principal
  lower('principal', 'distinguished', 'technical fellow', 'プリンシパル'),
  // staff
  lower('staff'),
  // lead
  lower(
    'lead',
    'head',
    'supervisor',
    'foreman',
    'forewoman',
    'vorarbeiter',
    'polier',
    'líder',
    'lider',
    'capo',
    'teamleider',
    'тимлид',
    'тимлід',
    'ראש צוות',
    'tiiminvetäjä',
    'juhtiv',
    'tiimijuht',
    'meeskonnajuht',
    'vahetuse',
    'csoportvezető',
    'ομαδάρχης',
  ),
  written('リーダー', 'リード', '係長', '组长', '組長', '主管', 'فريق', 'مشرف'),
  // mid
  lower('semi', 'ssr', 'mid', 'intermediate', 'medior', 'pleno', 'confirmé', 'level 2', 'мидл'),
  written('中级', 'ミドル'),
  // senior
  lower(
    'senior',
    'sr',
    'snr',
    'sen.',
    'sénior',
    'sênior',
    'experienced',
    'expert',
    'expérimenté',
    'starszy',
    'cao cấp',
    'level 3',
    'kıdemli',
    'kidemli',
    'старш',
    'ведущ',
    'провідн',
    'kokenut',
    'vanem',
    'seniori',
    'tapasztalt',
    'έμπειρ',
    'בכיר',
    'višj',
    'viš',
    'starij',
    'vyresn',
    'sènior',
    'kanan',
    'वरिष्ठ',
    'सीनियर',
  ),
  written(
    'シニア',
    '高级',
    '資深',
    '资深',
    '시니어',
    '主任',
    'ベテラン',
    'كبير',
    'أول',
    'اول',
    'خبير',
    'ارشد',
    'سینیور',
  ),
  // junior
  lower(
    'junior',
    'jr',
    'jnr',
    'júnior',
    'grad',
    'entry',
    'early career',
    'trainee',
    'apprentice',
    'azubi',
    'auszubildend',
    'ausbildung',
    'débutant',
    'młodszy',
    'fresher',
    'yeni mezun',
    'младш',
    'молодш',
    'pályakezdő',
    'nuorempi',
    'mlajš',
    'mlađ',
    'jaunesn',
    'noorem',
    'कनिष्ठ',
    'जूनियर',
  ),
  written('ジュニア', '初级', '初級', '新卒', '未経験', '신입', '주니어', 'مبتدئ', 'تخرج', 'خريج', 'جونیور', 'تازه'),
  // level numerals
  written('II'),
  written('III', 'IV'),
  // "I" ends the title: `\s*$` allows what trimEnd removes
  { endsWith: 'I' },
];

/** Every NOT_A_LEVEL match holds one of these, lower-cased. */
const NOT_A_LEVEL_ANCHORS = ['lead', 'i/o', 'staff', 'mid', 'projekt', 'data entry', 'jr', 'sr', 'req'];
/** Bits past the rules' (21 of them: all bits stay within 31): NOT_A_LEVEL and LEADING_ASSOCIATE. */
export const NON_LEVEL_BIT = 2 ** TITLE_RULE_ANCHORS.length;
export const ASSOCIATE_BIT = NON_LEVEL_BIT * 2;

/**
 * Every anchor word that has no case (lower-cased, or CJK), by its first two code units, with the bits of
 * the rules it stands for: one walk over the lower-cased title finds them all, where testing ~200 words
 * one by one cost more than the rules it saved.
 */
const ANCHOR_BITS: Array<[string, number]> = [
  ...TITLE_RULE_ANCHORS.flatMap((anchors, i) =>
    [...(anchors.lower ?? []), ...(anchors.written ?? []).filter(hasNoCase)].map((word): [string, number] => [
      word,
      2 ** i,
    ]),
  ),
  ...NOT_A_LEVEL_ANCHORS.map((word): [string, number] => [word, NON_LEVEL_BIT]),
  ['associate', ASSOCIATE_BIT],
];
/** Each anchor word with the bits of every rule it stands for ("leiter": director, lead and manager). */
const BITS_OF = new Map<string, number>();
for (const [word, bit] of ANCHOR_BITS) BITS_OF.set(word, (BITS_OF.get(word) ?? 0) | bit);
/** The anchor words by their first two code units. */
const BY_BIGRAM = new Map<number, string[]>();
const BIGRAM_SEEN = new Uint8Array(0x1000);
for (const word of BITS_OF.keys()) {
  const key = word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
  BY_BIGRAM.set(key, [...(BY_BIGRAM.get(key) ?? []), word]);
  BIGRAM_SEEN[bigramSlot(key)] = 1;
}
/** The anchors that have a case ("II", "IV"), tested in the title as written. */
const CASED = TITLE_RULE_ANCHORS.flatMap((anchors, i) =>
  (anchors.written ?? []).filter((word) => !hasNoCase(word)).map((word): [string, number] => [word, 2 ** i]),
);
const ENDS_WITH = TITLE_RULE_ANCHORS.flatMap((anchors, i) =>
  anchors.endsWith ? [[anchors.endsWith, 2 ** i] as const] : [],
);

/**
 * The rules a title may match, as bits (rule i: 2 ** i; NON_LEVEL_BIT, ASSOCIATE_BIT): a rule whose bit is
 * off cannot match. `text` is the NFKC title, `lowered` the same lower-cased.
 */
export function rulesMayMatch(text: string, lowered: string): number {
  let bits = 0;
  let next = lowered.charCodeAt(0);
  for (let i = 0; i + 1 < lowered.length; i++) {
    const first = next;
    next = lowered.charCodeAt(i + 1);
    const key = first * 0x10000 + next;
    if (BIGRAM_SEEN[bigramSlot(key)] === 0) continue;
    const words = BY_BIGRAM.get(key);
    if (words)
      for (let w = 0; w < words.length; w++) if (lowered.startsWith(words[w]!, i)) bits |= BITS_OF.get(words[w]!)!;
  }
  for (const [word, bit] of CASED) if (text.includes(word)) bits |= bit;
  for (const [end, bit] of ENDS_WITH) if (text.trimEnd().endsWith(end)) bits |= bit;
  return bits;
}

function hasNoCase(word: string): boolean {
  return word.toLowerCase() === word && word.toUpperCase() === word;
}

/** A slot of the bigram flags (4,096, small enough to stay in cache): most bigrams of a title are no anchor's and fail at one array read. */
function bigramSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 20;
}

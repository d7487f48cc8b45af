import type { SkillGuard } from './types';

/**
 * Shared guards for aliases that are also ordinary words or letters. See SkillGuard for how they apply.
 * The text before an alias is tested with `before`/`notBefore` (anchored at its end with `$`), the text after
 * it with `after`/`notAfter` (anchored at its start with `^`).
 */

/**
 * The same in languages that inflect the word before a name or put a preposition there: "знание Go", "опыт
 * разработки на Go", "знання Go", "досвід роботи з Go", "znajomość Go", "doświadczenie w Go", "znalost Go",
 * "zkušenosti s Go", "ervaring met Go", "erfarenhet av Go", "kjennskap til Go", "cunoștințe de Go".
 */
const INFLECTED_CODE_BEFORE = [
  'знани[еяйю]|знанием|владение|владением|опыт(?:ом)?(?: работы| разработки| программирования)?(?: с| на)?|на|с|разработк[аи] на|программировани[ея] на',
  'знання|знанням|володіння|досвід(?: роботи| розробки| програмування)?(?: з| на)?|з|розробк[аи] на',
  'znajomoś(?:ć|ci)|doświadczeni[ea](?: w| z)?|umiejętnoś(?:ć|ci)|programowani[ea] w|w',
  'znalost(?:i)?|zkušenost(?:i)?(?: s| v)?|znalosť|skúsenost(?:i)?(?: s| v)?|programování v',
  'kennis van|ervaring met|erfarenhet av|kunskap(?:er)? i|erfaring med|kendskab til|kjennskap til',
  'cunoștințe de|experiență (?:cu|în)|conhecimento(?:s)? (?:em|de)|experiência (?:com|em)|conoscenza di|esperienza (?:con|in)|connaissance(?:s)? (?:de|en)|expérience (?:avec|en)|conocimiento(?:s)? de|experiencia (?:con|en)',
].join('|');

/** Words that, right before a programming language, say "this is a language": "written in Go", "using R". */
const CODE_BEFORE = new RegExp(
  String.raw`(?:\b(?:in|with|using|use|of|like|including|such as|e\.g\.|languages?|programming|knowledge of|proficien(?:t|cy) in|und|mit|oder|en|con|bằng|và|như)\s*[:(]?|[(:])\s*$|(?<!\p{L})(?:${INFLECTED_CODE_BEFORE})\s*:?\s*$`,
  'iu',
);

/**
 * Words that, right after a programming language, say the same: "Go developer", "R programming", "Goでの開発",
 * "Go-разработчик", "Swift розробник", "Go programista". (`\b` does not see Cyrillic letters: those words are
 * stems, matched without it.)
 */
const CODE_AFTER =
  /^(?:\s*[-–]?\s*(?:developers?|engineers?|engineering|programm(?:ing|ers?)|code|coding|codebase|language|experience|expertise|development|backend|back-end|services?|microservices|stack|skills?|knowledge|projects?|applications?|apps?|modules?|librar(?:y|ies)|runtime|scripts?|scripting|toolchain|ecosystem|Entwickler(?:in)?|Entwicklung|Kenntnisse|développeur|desarrollador)\b|\s*[-–]?\s*(?:разработчик|разработк|программист|программировани|бэкенд|бекенд|розробник|розробк|програміст|програмуванн|programist|deweloper)|(?:で|を|の|による|言語|経験|开发|開発|개발))/i;

/** Context for a programming language whose name is also a word or a letter ("Go", "R", "C", "Swift"). */
export const CODE: SkillGuard = { before: CODE_BEFORE, after: CODE_AFTER };

/** Letters that name grades, series, plans, shifts and licence classes, not the C or R languages. */
const LETTER_NOT_BEFORE = [
  /\b(?:series|type|grade|class|plan|vitamin|tier|level|category|section|part|block|building|room|hall|zone|option|step|model|phase|group|team|unit|exhibit|appendix|annex|floor|gate|wing|route|shift|licen[cs]e|driving|führerschein|klasse|kategorie|note|row|seat|size|round|stage|track|pillar|point)\s*$/i,
  // an enumeration of letters: "A, B or C", "Plan A/B/C"
  /(?:^|[^A-Za-z])[A-Z]\s*(?:[,/&]|\s(?:and|or|und|oder))\s*$/,
  /[’'.]$/,
];

/** The same letters followed by what makes them grades or abbreviations ("C-level", "R&D", "C'est", "J. C. Smith"). */
const LETTER_NOT_AFTER = [
  /^(?:[-‐]\s*(?:level|suite|corp|class|section|ebene)|\s*(?:level|suite|grade)\b|&|[’'])/i,
  /^(?:\.\s*[A-Z]|\s*(?:[,/&]|\s(?:and|or))\s*[A-Z](?![A-Za-z+#]))/,
];

/** A one-letter language name: needs code context and must not be a grade or an initial. */
export const LETTER_LANGUAGE: SkillGuard = { ...CODE, notBefore: LETTER_NOT_BEFORE, notAfter: LETTER_NOT_AFTER };

/** "Go" the language, never "go to market", "Go-getter", "go-live", "let go". */
export const GO: SkillGuard = {
  ...CODE,
  notBefore: /\b(?:let|to|will|we|you|must|can|and|or|ready to|let's|lets)\s*$/i,
  notAfter:
    /^(?:\s*[-–]\s*(?:to|getter|live|between|ahead)\b|-\w|\s+(?:to|ahead|live|beyond|above|back|for|on|out|through|the|further|far|into|over|get|green|fast|big|home|with|from|where|together|and (?:see|get|grow))\b)/i,
};

/** Spelled like a word that is also a thing outside software. */
export function near(...names: string[]): SkillGuard {
  return { near: names };
}

/** Tech words that confirm an ambiguous JavaScript-ecosystem name ("Express", "Node", "Apollo"). */
export const JS_ECOSYSTEM = [
  'JavaScript',
  'TypeScript',
  'Node.js',
  'React',
  'Express',
  'npm',
  'MongoDB',
  'GraphQL',
  'Next.js',
  'Vue.js',
  'Angular',
];

/** Tech words that confirm JVM ecosystem names ("Spring"). */
export const JVM_ECOSYSTEM = [
  'Java',
  'Kotlin',
  'Scala',
  'Spring Boot',
  'Hibernate',
  'Maven',
  'Gradle',
  'JUnit',
  'Microservices',
];

/** Words for tests and testing in the languages postings are written in ("end-to-end tests", "kiểm thử", "テスト"). */
const TEST_WORD =
  '(?:test\\p{L}*|e2e|end[- ]to[- ]end|QA|quality assurance|pruebas?|essais|collaudo|kiểm thử|kiểm tra|テスト|测试|測試|테스트|automat\\p{L}*|automazione|自動化|自动化|자동화)';

/**
 * A testing tool whose name is also a word ("Cypress", "Playwright", "Postman", "Karate"): confirmed by a
 * test word shortly before it ("end-to-end tests met Cypress", "kiểm thử tự động với Playwright",
 * "API testing với Postman") or right after it ("Cypress tests").
 */
export const TEST_TOOL: Pick<SkillGuard, 'before' | 'after'> = {
  before: new RegExp(`(?<![\\p{L}])${TEST_WORD}(?![\\p{L}])[^.!?\\n]{0,30}$`, 'iu'),
  after: new RegExp(`^[\\s,(-]{0,3}(?:\\p{L}+\\s+){0,2}${TEST_WORD}(?![\\p{L}])`, 'iu'),
};

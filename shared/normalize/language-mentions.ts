import { matchesOf } from './regex-matches';
import { trieRegexSource } from './regex-trie';
import { CEFR_RANK, CERTIFICATES, DESCRIPTIVE_RANK, LEVEL_WORDS } from './lexicon/language-levels';
import { LANGUAGE_NAMES } from './lexicon/language-names';

/**
 * Finds spoken-language names, level words and language certificates in one requirement line.
 * Positions refer to the NFKC-normalised line (full-width "Ｎ２" is "N2").
 */

/** A level as printed, with its rank (see lexicon/language-levels) and whether it is a graded level (CEFR, certificate). */
export interface Level {
  label: string;
  rank: number;
  graded: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface LanguageMention extends Span {
  code: string;
}

export interface LevelToken extends Span {
  /** null for a certificate named without a grade ("JLPT") */
  level: Level | null;
  /** a certificate tests one language and binds to it, wherever it is named */
  code: string | null;
}

/** Letters of alphabetic scripts: a name touching one is part of a longer word. CJK and Thai are not. */
const LETTER = '\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Arabic}\\p{sc=Hebrew}\\p{sc=Devanagari}\\p{N}\\p{M}_';

/** One letter of those scripts. */
export const LETTER_CHAR = new RegExp(`[${LETTER}]`, 'u');

/** What may follow an English adjective-name for it to be the language ("English (C1)", "German and", "French-speaking"). */
const LANGUAGE_FOLLOWER = new RegExp(
  '^(?:\\s*(?:[,.;:!?)(\\/&|–—]|$)|\\s+(?:and|or|as|at|to|is|are|was|with|in|for|on|skills?|languages?|speakers?|speaking|proficiency|fluency|level|knowledge|communication|writing|written|spoken|verbal|oral|required|a must|mandatory|essential|preferred|desirable|plus|native|fluent|fluently|business|conversational|basic|advanced|intermediate|both|would|will|also|would be|[ABC][12]|N[1-5]|ability|mein|but)(?![\\p{L}])|-(?:speaking|speakers?|language|native|fluent|proficient))',
  'iu',
);

/** Between two coordinated languages: "Hindi aur English", "Deutsch und Englisch", "English, French". */
const COORDINATION = /^\s*(?:,|\/|&|and|or|and\/or|aur|und|oder|sowie|et|ou|y|o|e|en|of|i|lub|oraz)\s*$/iu;

/** A conjunction and the capitalised word after it, to follow a chain of adjective-names. */
const COORDINATED_NAME = /^(\s*(?:,|\/|&|and|or|and\/or|aur|und|oder|et|ou|y|o|e)\s*)(\p{Lu}\p{L}*)(?![\p{L}-])/u;

interface NameEntry {
  code: string;
  adjective: boolean;
}

let namesRegex: RegExp | undefined;
let namesByKey: Map<string, NameEntry> | undefined;
/** The same names, anchored where the search starts (a name opening a coordinated word: "and Bahasa Malaysia"). */
let namesAt: RegExp | undefined;

/**
 * The look-up key of a name: lower case, with Turkish dotted capital İ read as i ("İngilizce" lower-cases to
 * "i" + a combining dot, which no written "ingilizce" matches).
 */
export const nameKey = (name: string): string => name.replace(/\u0130/g, 'I').toLowerCase();

function compileNames(): [RegExp, Map<string, NameEntry>] {
  const byKey = new Map<string, NameEntry>();
  for (const { code, adjectives, names } of LANGUAGE_NAMES) {
    for (const name of adjectives) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), { code, adjective: true });
    for (const name of names) byKey.set(nameKey(name), { code, adjective: false });
  }
  // German compounds: "Deutschkenntnisse", "englischsprachig", "Englischniveau". Boundaries are checked in
  // code and the regex runs without the `u` flag: both scan several times faster over long texts.
  const source = `(${trieRegexSource(byKey.keys())})(?:kenntniss(?:e|en)|sprachig[a-zäöüß]*|niveau)?`;
  namesAt = new RegExp(source, 'iy');
  return [new RegExp(source, 'gi'), byKey];
}

/** Spoken languages named in the line, without adjectives used as adjectives ("a German company"). */
export function findLanguageNames(written: string): LanguageMention[] {
  if (!namesRegex || !namesByKey) [namesRegex, namesByKey] = compileNames();
  // case-insensitive matching does not fold "İ" to "I" ("İNGİLİZCE"); one code unit for one, so positions hold
  const line = written.includes('\u0130') ? written.replace(/\u0130/g, 'I') : written;
  const mentions: LanguageMention[] = [];
  namesRegex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = namesRegex.exec(line)) !== null) {
    const name = m[1] ?? '';
    const entry = namesByKey.get(nameKey(name));
    const end = m.index + m[0].length;
    if (!entry || touchesLetter(line, m.index, end)) continue;
    if (entry.code === 'ar' && inArabStateName(line, m.index, end)) continue;
    const previous = mentions[mentions.length - 1];
    const joined = previous !== undefined && COORDINATION.test(line.slice(previous.end, m.index));
    if (entry.adjective && !joined && !isLanguageUse(line, name, m[0], end, 0)) continue;
    const shared = name.includes(' ') ? sharedHeadMention(line, m.index, name) : null;
    if (shared && !(previous && previous.end > shared.start)) mentions.push(shared);
    mentions.push({ code: entry.code, start: m.index, end });
  }
  return mentions;
}

/**
 * Languages that put one noun after coordinated adjectives write the first language bare: "eesti ja inglise
 * keele oskus", "slovenskega in angleškega jezika", "engleskog i njemačkog jezika", "английски и немски език".
 * The bare word before the conjunction is a language when it and the name's last word (its head noun) make a
 * name ("eesti keele"); "Eesti" alone is the country and stays unread.
 */
function sharedHeadMention(line: string, start: number, name: string): LanguageMention | null {
  const from = Math.max(0, start - 40);
  const before = SHARED_HEAD_BEFORE.exec(line.slice(from, start));
  const word = before?.[1];
  if (!before || !word) return null;
  const head = name.slice(name.lastIndexOf(' ') + 1);
  const entry = namesByKey?.get(nameKey(`${word} ${head}`));
  if (!entry || entry.adjective) return null;
  const wordStart = from + before.index;
  return { code: entry.code, start: wordStart, end: wordStart + word.length };
}

/** A bare word and a conjunction just before a name: "eesti ja ", "slovenskega in ", "английски и ". */
const SHARED_HEAD_BEFORE = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)\s+(?:ja|või|in|ali|i|ili|ir|ar|arba|и|или)\s+$/u;

/**
 * "العربية" (Arabic, feminine) is also the adjective of state and region names: "المملكة العربية السعودية"
 * (Saudi Arabia), "الإمارات العربية المتحدة" (UAE), "جمهورية مصر العربية" (Egypt), "الدول العربية" (the Arab
 * states). There it names a place, not the language; "اللغة العربية" (the Arabic language) stays a language.
 */
function inArabStateName(line: string, start: number, end: number): boolean {
  return (
    ARAB_STATE_AFTER.test(line.slice(end, end + 16)) ||
    ARAB_STATE_BEFORE.test(line.slice(Math.max(0, start - 16), start))
  );
}

const ARAB_STATE_BEFORE =
  /(?<!\p{L})(?:المملكة|المملكه|الإمارات|الامارات|جمهورية|الجمهورية|مصر|الدول|البلاد|المنطقة|المنطقه|الجامعة|الأمة|الدولة|الإمارة)\s*$/u;
const ARAB_STATE_AFTER = /^\s*(?:السعودية|السعوديه|المتحدة|المتحده|السورية|الليبية)(?!\p{L})/u;

function touchesLetter(line: string, start: number, end: number): boolean {
  return (
    (start > 0 && LETTER_CHAR.test(line.charAt(start - 1))) || (end < line.length && LETTER_CHAR.test(line.charAt(end)))
  );
}

/**
 * An adjective-name is the language when the word after it says so ("English (C1)", "German-speaking").
 * In a coordination the last name decides for the whole chain: "German and French customers" names
 * customers, "German, French or Dutch required" names languages, and "English and Deutsch" ends in a name
 * that is only ever a language.
 */
function isLanguageUse(line: string, name: string, matched: string, end: number, depth: number): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  if (matched.length > name.length) return true;
  const after = line.slice(end, end + 60);
  const next = depth < 6 ? COORDINATED_NAME.exec(after) : null;
  const nextEntry = next ? namesByKey?.get(nameKey(next[2]!)) : undefined;
  if (nextEntry && !nextEntry.adjective) return true;
  if (next && !nextEntry && opensName(after, next[1]!.length)) return true;
  // Other capitalised words in the chain are nationalities too: "Dutch, Belgian and French clients".
  if (next) return isLanguageUse(line, next[2]!, next[2]!, end + next[0].length, depth + 1);
  return LANGUAGE_FOLLOWER.test(after);
}

/**
 * A name of several words, only ever a language, opens the text at `at`: "English and Bahasa Malaysia",
 * "Englisch und Schweizerdeutsch". The coordinated word alone ("Bahasa") is no name.
 */
function opensName(text: string, at: number): boolean {
  if (!namesAt) return false;
  namesAt.lastIndex = at;
  const m = namesAt.exec(text);
  const entry = m ? namesByKey?.get(nameKey(m[1] ?? '')) : undefined;
  return entry !== undefined && !entry.adjective && !touchesLetter(text, at, at + m![0].length);
}

interface LevelScan {
  /** every level word as one alternation, one capture group per level (LEVEL_WORDS order) */
  words: RegExp;
  levels: Level[];
  /**
   * any certificate at all: most lines name none, and then the per-certificate patterns are skipped. Without
   * the `u` flag and the letter lookbehind (a superset: the lines are NFKC, which leaves no letter that folds
   * to ASCII only under Unicode case folding), several times cheaper on a short line.
   */
  anyCertificate: RegExp;
  certificates: RegExp[];
}

let scan: LevelScan | undefined;

function compileLevels(): LevelScan {
  const groups = LEVEL_WORDS.map(([, source]) => `(${source})`).join('|');
  return {
    words: new RegExp(`(?<![${LETTER}])(?:${groups})(?![${LETTER}])`, 'giu'),
    levels: LEVEL_WORDS.map(([level]) => ({ label: level, rank: DESCRIPTIVE_RANK[level], graded: false })),
    anyCertificate: new RegExp(CERTIFICATES.map((c) => `(?:${c.pattern})`).join('|'), 'i'),
    certificates: CERTIFICATES.map((c) => new RegExp(`(?<![${LETTER}])(?:${c.pattern})`, 'giu')),
  };
}

/** A CEFR level as printed: "C1", "B2+". */
const CEFR_LEVEL = /(?<![A-Za-z0-9])([ABC][12])\+?(?![A-Za-z0-9])/g;

/** Level words, CEFR levels and certificates in the line, one pass per kind of token. */
export function findLevelTokens(line: string): LevelToken[] {
  scan ??= compileLevels();
  const tokens: LevelToken[] = [];
  for (const m of matchesOf(CEFR_LEVEL, line)) {
    const label = m[1]!;
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      level: { label, rank: CEFR_RANK[label] ?? 0, graded: true },
      code: null,
    });
  }
  for (const m of matchesOf(scan.words, line)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    tokens.push({ start: m.index, end: m.index + m[0].length, level: scan.levels[group - 1]!, code: null });
  }
  // The longer of two overlapping words wins: "medio-alto" is one level, not "medio" and "alto".
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutOverlaps([...findCertificates(line, scan), ...tokens]);
}

function findCertificates(line: string, levels: LevelScan): LevelToken[] {
  if (!levels.anyCertificate.test(line)) return [];
  const tokens: LevelToken[] = [];
  CERTIFICATES.forEach((cert, i) => {
    for (const m of matchesOf(levels.certificates[i]!, line)) {
      const grade = m.slice(1).find((g) => g !== undefined);
      const label = cert.label(grade);
      const level = label ? { label, rank: cert.rank(grade), graded: true } : null;
      tokens.push({ start: m.index, end: m.index + m[0].trimEnd().length, level, code: cert.code });
    }
  });
  return tokens;
}

/** Earlier and longer tokens win; certificates come first, so "JLPT N2" is not also "N2". */
function withoutOverlaps(tokens: LevelToken[]): LevelToken[] {
  const kept: LevelToken[] = [];
  for (const t of tokens) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

import type { LanguageMention, LevelToken } from './language-mentions';

/**
 * A level that stands several words from the one language its clause names: "английский язык на уровне чтения
 * технической документации (не ниже B1)", "angielski na poziomie pozwalającym na swobodną komunikację (B2)",
 * "angličtina alespoň na úrovni B2", "англійська — достатня для листування з клієнтами, Upper-Intermediate",
 * "English for daily standups with the US team (C1)". Inflected languages put whole phrases between the name and
 * its grade, beyond the few words a level may be joined by (languages.ts LEVEL_GAP).
 *
 * Only a graded level (CEFR, a certificate's grade) or the CEFR scale's own names ("Upper-Intermediate",
 * "Pre-Intermediate", "Intermediate") bind this far: those words grade nothing but a language. A word level
 * ("хороший", "advanced", "solid") far from the name may grade something else ("advanced SQL") and does not.
 * The clause must name one language, or one coordinated group of them ("Deutsch und Englisch, mindestens auf
 * Niveau B2", which languages.ts then shares across the group), with no sentence end between the two.
 */

/** How far apart, in characters, the name and its level may stand. */
const REACH = 120;
/** The CEFR scale's names: they grade a language wherever they stand. */
const SCALE_NAME = /(?<!\p{L})(?:upper|pre)?[- ]?intermediate(?!\p{L})/iu;
/**
 * A level word followed by "conversation" or "level" in Korean, Japanese or Chinese ("비즈니스 회화가 가능하신 분",
 * "비즈니스 수준", "ビジネス会話", "日常口语"): such a phrase grades only a language, wherever the language is named.
 */
const LANGUAGE_ONLY_AFTER = /^\s?(?:회화|수준|会話|會話|口语|口語|对话|對話)/u;
/** A sentence or clause end between the two: the level belongs to another statement. */
const CLAUSE_END = /[.!?;。！？；\n]\s|[;；\n]/u;

/** Between two coordinated languages: "Deutsch und Englisch", "polski i angielski", "русский и английский". */
const COORDINATION =
  /^\s*(?:,|\/|&|and|or|und|oder|sowie|et|ou|y|o|e|en|i|oraz|lub|a|nebo|и|или|та|і|або|és|vagy|și|sau|ja|och|og|ve|veya)\s*$/iu;

/** The mentions name one language, or languages joined by conjunctions only. */
function isOneGroup(line: string, mentions: readonly LanguageMention[]): boolean {
  if (mentions.length === 0) return false;
  return mentions.every(
    (m, i) => i === 0 || m.code === mentions[0]!.code || COORDINATION.test(line.slice(mentions[i - 1]!.end, m.start)),
  );
}

/**
 * The index of the mention a level token grades from afar, or null: the line's only language, in the same clause
 * and within REACH of the token (see the module comment).
 */
export function farLevelTarget(line: string, mentions: readonly LanguageMention[], token: LevelToken): number | null {
  if (
    !token.level ||
    !(
      token.level.graded ||
      SCALE_NAME.test(line.slice(token.start, token.end)) ||
      LANGUAGE_ONLY_AFTER.test(line.slice(token.end, token.end + 4))
    )
  )
    return null;
  if (!isOneGroup(line, mentions)) return null;
  let best: number | null = null;
  let bestDistance = Infinity;
  mentions.forEach((m, i) => {
    const [from, to] = m.end <= token.start ? [m.end, token.start] : [token.end, m.start];
    const distance = to - from;
    if (distance < 0 || distance > REACH || distance >= bestDistance) return;
    if (CLAUSE_END.test(line.slice(from, to))) return;
    best = i;
    bestDistance = distance;
  });
  return best;
}

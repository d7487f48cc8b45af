import type { SkillCandidate } from './skill-matcher';
import type { SkillGuard } from './taxonomy';
import { isLocativeForm } from './taxonomy/inflections';

/**
 * Decides which alias candidates are skills in their context (see SkillGuard): "Go and Node.js" keeps Go,
 * "go-live" drops it; "Experience with GraphQL clients such as Apollo" keeps Apollo.
 */

const WINDOW = 40;
const SENTENCE_REACH = 300;

/** What may stand between two items of a list of skills: "Go, Rust", "C/C++", "Java and Spring", "GoとRust". */
const LIST_GAP =
  /^[\s,/&+|;:()[\]·・、，]*(?:(?:and|or|and\/or|as well as|plus|und|oder|sowie|et|ou|y|o|e|và|hoặc|i|och|og|en|of|und\/oder|と|や|及び|および|または|和|或)[\s,/&+|;:()[\]·・、，]*)?$/i;

/**
 * Keeps the candidates that are skills here, in order. Plain loops: this runs for every candidate of every
 * posting, and most candidates have no guard and no second reading, so they are kept as they are without
 * the per-candidate closures and arrays of a `flatMap`.
 */
export function confirmCandidates(text: string, candidates: SkillCandidate[]): SkillCandidate[] {
  const plausible: SkillCandidate[] = [];
  for (const c of candidates) {
    if (fits(text, c)) {
      plausible.push(c);
      continue;
    }
    // a spelling two skills share: the next skill whose guard does not reject it here ("EMR" beside AWS)
    const other = c.others?.find((entry) => fits(text, { ...c, entry }));
    if (other) plausible.push({ ...c, entry: other });
  }
  const kept: SkillCandidate[] = [];
  for (let i = 0; i < plausible.length; i++) {
    const c = plausible[i]!;
    if (!needsContext(c) || hasContext(text, plausible, i)) {
      kept.push(c);
      continue;
    }
    const other = c.others?.find((entry) => {
      const candidate = { ...c, entry };
      if (!fits(text, candidate)) return false;
      return !needsContext(candidate) || hasContext(text, plausible.with(i, candidate), i);
    });
    if (other) kept.push({ ...c, entry: other });
  }
  return kept;
}

/** Neither its guard nor a missing preposition rejects the candidate here. */
function fits(text: string, c: SkillCandidate): boolean {
  return !isRejected(text, c) && prepositionHolds(text, c);
}

/** A Slovenian or Croatian locative form ("Javi") is a name only after its preposition ("v Javi", "u Javi"). */
const LOCATIVE_PREPOSITION = /(?:^|[^\p{L}])(?:v|u|o|na|pri|po)\s+$/iu;

function prepositionHolds(text: string, c: SkillCandidate): boolean {
  if (!isLocativeForm(c.entry.text)) return true;
  return LOCATIVE_PREPOSITION.test(text.slice(Math.max(0, c.start - 8), c.start));
}

function guardOf(c: SkillCandidate): SkillGuard | undefined {
  return c.entry.skill.guard;
}

function isRejected(text: string, c: SkillCandidate): boolean {
  const guard = guardOf(c);
  // most guards only confirm (`before`, `after`, `near`): then nothing is sliced here
  if (!guard || (!guard.notBefore && !guard.notAfter)) return false;
  return (
    (!!guard.notBefore && anyMatch(guard.notBefore, text.slice(Math.max(0, c.start - WINDOW), c.start))) ||
    (!!guard.notAfter && anyMatch(guard.notAfter, text.slice(c.end, c.end + WINDOW)))
  );
}

function anyMatch(patterns: RegExp | RegExp[] | undefined, value: string): boolean {
  if (!patterns) return false;
  return (Array.isArray(patterns) ? patterns : [patterns]).some((p) => p.test(value));
}

function needsContext(c: SkillCandidate): boolean {
  const guard = guardOf(c);
  return c.entry.contextual && !!guard && !!(guard.near?.length || guard.before || guard.after);
}

function hasContext(text: string, all: SkillCandidate[], index: number): boolean {
  const c = all[index]!;
  const guard = guardOf(c)!;
  if (isListedWithSkill(text, all, index)) return true;
  if (guard.before?.test(text.slice(Math.max(0, c.start - WINDOW), c.start))) return true;
  if (guard.after?.test(text.slice(c.end, c.end + WINDOW))) return true;
  return !!guard.near?.length && hasNearSkill(text, all, index, guard.near);
}

/** A neighbouring candidate separated only by list punctuation or a conjunction. */
function isListedWithSkill(text: string, all: SkillCandidate[], index: number): boolean {
  const c = all[index]!;
  const prev = all[index - 1];
  const next = all[index + 1];
  if (prev && c.start - prev.end <= 16 && LIST_GAP.test(text.slice(prev.end, c.start))) return true;
  return !!next && next.start - c.end <= 16 && LIST_GAP.test(text.slice(c.end, next.start));
}

/** Walks outwards from the candidate over the (position-sorted) candidates of its sentence. */
function hasNearSkill(text: string, all: SkillCandidate[], index: number, names: string[]): boolean {
  const c = all[index]!;
  const [from, to] = sentenceAround(text, c.start, c.end);
  for (let j = index - 1; j >= 0 && all[j]!.start >= from; j--)
    if (names.includes(all[j]!.entry.skill.name)) return true;
  for (let j = index + 1; j < all.length && all[j]!.end <= to; j++)
    if (names.includes(all[j]!.entry.skill.name)) return true;
  return false;
}

/** The sentence (or line) holding [start, end): ends at a line break, "!", "?", CJK stops, or ". ". */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const min = Math.max(0, start - SENTENCE_REACH);
  while (from > min && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  const max = Math.min(text.length, end + SENTENCE_REACH);
  while (to < max && !isSentenceEnd(text, to)) to++;
  return [from, to];
}

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch === '\n' || ch === '!' || ch === '?' || ch === '。' || ch === '！' || ch === '？' || ch === '•') return true;
  return ch === '.' && /\s/.test(text.charAt(i + 1) || ' ');
}

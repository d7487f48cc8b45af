import { caseInsensitiveUnits, trieDispatch, trieRegexSource, type TrieDispatch } from './regex-trie';
import { addUnit, firstWordsOf, mayContinueAlias, mayOpenAlias, type FirstWords } from './skill-first-words';
import { TAXONOMY } from './taxonomy';
import type { SkillDef, SkillKind } from './taxonomy';

/**
 * Compiles the whole skills taxonomy once into case-insensitive regular expressions whose alternatives
 * share their prefixes (a trie written as a regex), one per first character, so a text is scanned once
 * whatever the taxonomy size and the trie is only tried where an alias can start (see `trieDispatch`).
 *
 * Boundaries: an alias matches only when the characters around it are not letters or digits of an
 * alphabetic script (Latin incl. Vietnamese, Greek, Cyrillic), `+`, `#` or `_`. CJK and Thai text is a
 * boundary, so "PyTorchを用いた" and "Pythonでの" match. A `.` after an alias is a boundary unless a letter
 * or digit follows it ("Python." at the end of a sentence matches, "Vue.js" is one alias), and a `.` before
 * one is a boundary only before a capital ("experience.Python" from glued HTML, not "index.html").
 */

/** Characters that continue a word: an alias touching one of them is part of a longer word. */
const WORD_CLASS = 'A-Za-z0-9+#_\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const HAS_SPACE = /\s/;
const LEADING_BOUNDARY = `(?<![${WORD_CLASS}])`;
const TRAILING_BOUNDARY = `(?![${WORD_CLASS}]|\\.[A-Za-z0-9])`;

/** One alias of one skill, as compiled. */
export interface AliasEntry {
  skill: SkillDef;
  kind: SkillKind;
  /** the alias as written in the taxonomy, spaces collapsed */
  text: string;
  /** matched only when the text spells it exactly this way */
  exact: boolean;
  /** listed in the skill's `exact`: needs the skill's guard context */
  contextual: boolean;
}

/** An alias found in a text, before its context is checked. */
export interface SkillCandidate {
  entry: AliasEntry;
  start: number;
  end: number;
  /** other skills the same spelling names ("EMR": records, or Amazon's service), tried when `entry` is rejected */
  others?: AliasEntry[];
}

interface Matcher {
  /** the whole taxonomy as one regex (the reference `scanSkillCandidates` matches exactly like) */
  regex: RegExp;
  /** the same alternatives split by first character, tried only where an alias may start */
  dispatch: TrieDispatch;
  /** which words of a text can open an alias (see skill-first-words.ts) */
  firstWords: FirstWords;
  byKey: Map<string, AliasEntry[]>;
  skills: Map<string, SkillDef>;
}

let compiled: Matcher | undefined;

/** The compiled taxonomy, built on first use. */
export function skillMatcher(): Matcher {
  compiled ??= compile();
  return compiled;
}

/** The lookup key of an alias or of matched text: lower case, spaces collapsed. */
export function aliasKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Every alias occurrence in `text` that passes the boundary and case rules, in order. */
export function scanSkillCandidates(text: string): SkillCandidate[] {
  const matcher = skillMatcher();
  const found: SkillCandidate[] = [];
  let from = 0;
  let match: RegExpExecArray | null;
  while ((match = nextAliasMatch(text, from, matcher)) !== null) {
    const start = match.index;
    const matched = match[0];
    const entries = hasLeadingBoundary(text, start, matched)
      ? fittingEntries(matcher.byKey.get(keyOfMatch(matched)), matched)
      : [];
    const entry = entries[0];
    const end = start + matched.length;
    if (entry) found.push(entries.length > 1 ? { entry, start, end, others: entries.slice(1) } : { entry, start, end });
    from = entry ? end : start + 1;
  }
  return found;
}

/**
 * What `skillMatcher().regex` finds from `from` (its `lastIndex`): the first position where an alias starts
 * after a non-word character (the regex's lookbehind) and matches with its trailing boundary. At a word the
 * regex is tried only when the whole word may open an alias (and, opening only aliases of several words, its
 * second word follows: see skill-first-words.ts); elsewhere (".NET", "機械学習") when the unit and
 * the next may start one. A word is passed over whole, so every position the loop visits follows a non-word
 * unit: the lookbehind is read once, at `from`.
 */
export function nextAliasMatch(text: string, from: number, matcher = skillMatcher()): RegExpExecArray | null {
  const { groupOf, seconds } = matcher.dispatch;
  const { wordFold } = matcher.firstWords;
  const length = text.length;
  let at = from > 0 && wordFold[text.charCodeAt(from - 1)] !== 0 ? wordEnd(text, from, wordFold) + 1 : from;
  for (; at < length; at++) {
    const unit = text.charCodeAt(at);
    if (wordFold[unit] !== 0) {
      let end = at;
      let hash = 0;
      for (let folded = 0; end < length && (folded = wordFold[text.charCodeAt(end)]!) !== 0; end++)
        hash = addUnit(hash, folded);
      const { firstWords } = matcher;
      const may = mayOpenAlias(firstWords, hash) && mayContinueAlias(firstWords, text, end, hash);
      const match = may ? aliasAt(text, at, matcher) : null;
      if (match) return match;
      // the unit after the word follows a word unit: no alias starts there either
      at = end;
      continue;
    }
    const group = groupOf[unit]!;
    if (group === 0) continue;
    const second = seconds[group - 1];
    if (second && !second.has(text.charCodeAt(at + 1))) continue;
    const match = aliasAt(text, at, matcher);
    if (match) return match;
  }
  return null;
}

/** The end of the run of word units from `at`. */
function wordEnd(text: string, at: number, wordFold: Uint16Array): number {
  let end = at;
  while (end < text.length && wordFold[text.charCodeAt(end)] !== 0) end++;
  return end;
}

/** The taxonomy regex of the unit at `at`, tried there. */
function aliasAt(text: string, at: number, matcher: Matcher): RegExpExecArray | null {
  const group = matcher.dispatch.groupOf[text.charCodeAt(at)]!;
  if (group === 0) return null;
  const regex = matcher.dispatch.regexes[group - 1]!;
  regex.lastIndex = at;
  return regex.exec(text);
}

/** The alias entry a case-insensitive lookup of `key` finds, ignoring case rules (for explicit tags). */
export function lookupAlias(text: string): AliasEntry | undefined {
  return skillMatcher().byKey.get(aliasKey(text.trim()))?.[0];
}

function hasLeadingBoundary(text: string, start: number, matched: string): boolean {
  // Letters, digits, "+", "#" and "_" before the alias are excluded by the regex itself.
  return start === 0 || text.charAt(start - 1) !== '.' || /^[A-Z]/.test(matched);
}

function keyOfMatch(matched: string): string {
  return HAS_SPACE.test(matched) ? aliasKey(matched) : matched.toLowerCase();
}

/** The entries whose case rule the matched spelling meets, free ones first; one per skill. */
function fittingEntries(entries: AliasEntry[] | undefined, matched: string): AliasEntry[] {
  if (!entries) return [];
  // most spellings name one skill once
  if (entries.length === 1) return !entries[0]!.exact || entries[0]!.text === spelledAs(matched) ? entries : [];
  const spelled = spelledAs(matched);
  const fitting = entries.filter((e) => !e.exact || e.text === spelled);
  return fitting.filter((e, i) => fitting.findIndex((f) => f.skill === e.skill) === i);
}

/** The matched text with its whitespace runs collapsed, as alias texts are written. */
function spelledAs(matched: string): string {
  return HAS_SPACE.test(matched) ? matched.replace(/\s+/g, ' ') : matched;
}

function compile(): Matcher {
  const byKey = new Map<string, AliasEntry[]>();
  const skills = new Map<string, SkillDef>();
  for (const group of TAXONOMY) {
    for (const skill of group.skills) {
      skills.set(skill.name, skill);
      for (const entry of aliasEntries(skill, group.kind)) {
        const key = aliasKey(entry.text);
        const list = byKey.get(key) ?? [];
        if (!list.some((e) => e.skill === skill && e.exact === entry.exact && e.text === entry.text)) list.push(entry);
        byKey.set(key, list);
      }
    }
  }
  // Case-insensitive entries first, so an exact entry only decides when no free spelling exists; then entries
  // that need no context, so a guarded reading of a shared spelling ("EMR" as Amazon EMR) is the fallback.
  for (const list of byKey.values())
    list.sort((a, b) => Number(a.exact) - Number(b.exact) || Number(a.contextual) - Number(b.contextual));
  let regex: RegExp | undefined;
  return {
    // Only tests read the whole-taxonomy regex: built on demand, not on every start.
    get regex() {
      regex ??= new RegExp(`${LEADING_BOUNDARY}${trieRegexSource(byKey.keys())}${TRAILING_BOUNDARY}`, 'gi');
      return regex;
    },
    dispatch: trieDispatch(byKey.keys(), TRAILING_BOUNDARY),
    firstWords: firstWordsOf(byKey.keys(), caseInsensitiveUnits(WORD_CLASS)),
    byKey,
    skills,
  };
}

/** The aliases of one skill with their case rule (see SkillDef.aliases). */
function aliasEntries(skill: SkillDef, kind: SkillKind): AliasEntry[] {
  const exact = new Set(skill.exact ?? []);
  const free = [...(exact.has(skill.name) ? [] : [skill.name]), ...(skill.aliases ?? [])];
  const entries: AliasEntry[] = free.map((text) => ({
    skill,
    kind,
    text: collapse(text),
    exact: isAcronym(text),
    contextual: false,
  }));
  for (const text of exact) entries.push({ skill, kind, text: collapse(text), exact: true, contextual: true });
  return entries;
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Short all-capital aliases stay acronyms: "SAP" is not "sap", "CPA" is not "cpa". */
function isAcronym(text: string): boolean {
  return text.length <= 5 && !/[a-z]/.test(text) && /[A-Z]/.test(text);
}

/** The kinds the skills taxonomy is grouped by (one file per kind, or two close kinds per file). */
export type SkillKind =
  | 'language'
  | 'frontend'
  | 'backend'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'data'
  | 'ml'
  | 'mobile'
  | 'design'
  | 'testing'
  | 'security'
  | 'business-tool'
  | 'health'
  | 'practice'
  | 'trade'
  | 'certification';

/**
 * Context an ambiguous alias needs before it counts ("Go" the language, not "go to market").
 * An alias with a guard is accepted when nothing in `notBefore` / `notAfter` matches and at least one of:
 * it stands in a list next to another skill ("Go, Rust", "C/C++", "Java and Spring"); a skill named in
 * `near` occurs in the same sentence; `before` matches the text just before it; `after` matches the text
 * just after it.
 */
export interface SkillGuard {
  /** canonical skill names whose presence in the same sentence confirms the alias */
  near?: string[];
  /** tested against up to 40 characters before the alias (anchor with `$`) */
  before?: RegExp;
  /** tested against up to 40 characters after the alias (anchor with `^`) */
  after?: RegExp;
  /** rejects the alias when one of these matches the text before it */
  notBefore?: RegExp | RegExp[];
  /** rejects the alias when one of these matches the text after it */
  notAfter?: RegExp | RegExp[];
}

/** One canonical skill. */
export interface SkillDef {
  /** the canonical name printed in `skills` */
  name: string;
  /**
   * Case-insensitive aliases. The canonical name is one too, unless it is listed in `exact`.
   * An alias written without lower-case letters and at most 5 characters long ("SAP", "CPA", "GCP")
   * is matched exactly as written: acronyms whose lower-case spelling is a word or a unit stay acronyms.
   * Add the lower-case spelling as its own alias where that is safe ("sql").
   */
  aliases?: string[];
  /** aliases matched exactly as written, because their other spellings are words ("Go", "Excel", "Spring") */
  exact?: string[];
  /**
   * Context the `exact` aliases need (`near`, `before`, `after`: at least one must hold). `notBefore` and
   * `notAfter` reject any alias of the skill, exact or not ("Central Java", "Snowflake schema").
   */
  guard?: SkillGuard;
  /**
   * Canonical names this skill implies, emitted right after it. Used for managed services of a
   * platform: "GKE" yields "Google Kubernetes Engine", then "Kubernetes" and "Google Cloud".
   */
  implies?: string[];
}

/** The skills of one kind. */
export interface SkillGroup {
  kind: SkillKind;
  skills: SkillDef[];
}

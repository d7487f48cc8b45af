/**
 * The whole strings a dictionary term matches, where there are few: "nice[- ]to[- ]haves?" is "nice to have",
 * "nice-to-have", "nice to haves"… Dictionary terms are regex fragments (fold.ts: compileTerms); a look-up
 * table of their whole spellings lets the common case, a heading that is nothing but a term, skip the regexes.
 *
 * Only a small grammar is expanded: literal characters, escaped punctuation, `[abc]` classes, `(?:a|b)`
 * groups, `?` after an atom, and the anchors `^`, `$`, `\b` (a whole string satisfies them or the regex decides
 * anyway: the table stores what the regex answers for each spelling). Anything else (`.`, `*`, `+`, `{n}`,
 * look-arounds, `\S`) makes the term one that has no finite list here: `expandTerm` returns null.
 */

/** More spellings than this and the term is left to the regex. */
export const MAX_EXPANSIONS = 256;

/** Characters that are syntax in a fragment; any other character stands for itself. */
const SYNTAX = new Set(['\\', '[', ']', '(', ')', '|', '?', '*', '+', '{', '}', '.', '^', '$']);

/** Thrown inside the expander when the fragment leaves its grammar or has too many spellings. */
class NotExpandable extends Error {}

/** A recursive-descent reader of one fragment, producing every spelling. */
class Expander {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  /** Every spelling of the whole fragment. */
  all(): string[] {
    const spellings = this.alternatives();
    if (this.at !== this.source.length) throw new NotExpandable();
    return spellings;
  }

  /** `a|b|c` up to a closing parenthesis or the end. */
  private alternatives(): string[] {
    const spellings = [...this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      spellings.push(...this.sequence());
    }
    return this.limited(spellings);
  }

  /** Atoms one after another, each optionally followed by `?`. */
  private sequence(): string[] {
    let spellings = [''];
    for (let char = this.source[this.at]; char !== undefined && char !== '|' && char !== ')';) {
      let atom = this.atom();
      if (this.source[this.at] === '?') {
        this.at++;
        atom = [...atom, ''];
      }
      spellings = this.limited(spellings.flatMap((head) => atom.map((tail) => head + tail)));
      char = this.source[this.at];
    }
    return spellings;
  }

  private atom(): string[] {
    const char = this.source[this.at++] ?? '';
    if (char === '^' || char === '$') return [''];
    if (char === '\\') return this.escape();
    if (char === '[') return this.charClass();
    if (char === '(') return this.group();
    if (SYNTAX.has(char)) throw new NotExpandable();
    return [char];
  }

  private escape(): string[] {
    const char = this.source[this.at++] ?? '';
    if (char === 'b') return [''];
    if (/^[\p{L}\p{N}]$/u.test(char) || char === '') throw new NotExpandable();
    return [char];
  }

  /** `[- ]`, `[oaie]`: each character one spelling (no ranges, negations or escapes). */
  private charClass(): string[] {
    const end = this.source.indexOf(']', this.at);
    const members = end < 0 ? '' : this.source.slice(this.at, end);
    if (!members || /[\\^]|.-./u.test(members)) throw new NotExpandable();
    this.at = end + 1;
    return [...new Set(members)];
  }

  private limited(spellings: string[]): string[] {
    if (spellings.length > this.limit) throw new NotExpandable();
    return spellings;
  }

  /** `(?:a|b)` only: capturing groups and look-arounds are not expanded. */
  private group(): string[] {
    if (this.source.slice(this.at, this.at + 2) !== '?:') throw new NotExpandable();
    this.at += 2;
    const spellings = this.alternatives();
    if (this.source[this.at++] !== ')') throw new NotExpandable();
    return spellings;
  }
}

/** Every whole string `fragment` can match, or null when it is outside the grammar or has more than `limit`. */
export function expandTerm(fragment: string, limit = MAX_EXPANSIONS): string[] | null {
  try {
    return [...new Set(new Expander(fragment, limit).all())];
  } catch (error) {
    if (error instanceof NotExpandable) return null;
    throw error;
  }
}

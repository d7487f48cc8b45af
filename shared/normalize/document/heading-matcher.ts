import { compileTerms } from './fold';
import { HEADING_TABLES, type SectionKind } from './heading-terms';
import { expandTerm } from './term-expansions';
import { TermStarts } from './term-starts';

/**
 * Which heading table a folded label falls in. The rule (heading-terms.ts): the first table, in order, whose
 * pattern matches anywhere in the label. `firstTableSlowly` is that rule as written, one regex per table in
 * turn; `firstTable` gives the same answer with less work:
 * - a label that is nothing but a dictionary term ("requisitos", "what we are looking for") is answered from a
 *   Map of every spelling the terms have (term-expansions.ts), filled once at module load;
 * - for any other label, only the tables that have a term starting the way one of the label's words starts
 *   are tried, in order. A job title or a sentence usually leaves none, and no regex runs at all.
 */

/** The tables' compiled patterns, in order (built once at module load). */
const TABLE_PATTERNS: readonly RegExp[] = HEADING_TABLES.map(([, terms]) => compileTerms(terms));
const KINDS: readonly SectionKind[] = HEADING_TABLES.map(([kind]) => kind);

/** A folded label's table (an index into HEADING_TABLES) and the text of that table's first match. */
export interface TableMatch {
  table: number;
  match: string;
}

/** The rule as written: each table's pattern in turn; null when none matches. */
export function firstTableSlowly(folded: string): TableMatch | null {
  return firstTableOf(folded, ALL_TABLES);
}

/** The first of the tables in `mask` (a bit per table) whose pattern matches. */
function firstTableOf(folded: string, mask: number): TableMatch | null {
  for (let table = 0; table < TABLE_PATTERNS.length; table++) {
    if ((mask & (1 << table)) === 0) continue;
    const match = TABLE_PATTERNS[table]?.exec(folded);
    if (match) return { table, match: match[0] };
  }
  return null;
}

const ALL_TABLES = (1 << HEADING_TABLES.length) - 1;

/** Where each table's terms can start (term-starts.ts). */
const STARTS = TermStarts.of(HEADING_TABLES.map(([, terms]) => terms));

/**
 * Same answer as `firstTableSlowly`: only the tables a label's word starts allow are tried. The answer for each
 * label is remembered (bounded: labels up to MEMO_MAX_CHARS, cleared at MEMO_SIZE): a source repeats the same
 * few headings on every posting (the bench corpus: 1,810 readings, 30 labels), and each reading ran the tables'
 * large regexes, out of the CPU caches between postings. The answers are never mutated by their readers.
 */
export function firstTable(folded: string): TableMatch | null {
  if (folded.length > MEMO_MAX_CHARS) return readFirstTable(folded);
  const known = memo.get(folded);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const found = readFirstTable(folded);
  memo.set(folded, found);
  return found;
}

const MEMO_MAX_CHARS = 120;
const MEMO_SIZE = 512;
const memo = new Map<string, TableMatch | null>();

/** `firstTable` without the memo: the tables the label's word starts allow, in order. */
export function readFirstTable(folded: string): TableMatch | null {
  const mask = STARTS.candidates(folded);
  return mask === 0 ? null : firstTableOf(folded, mask);
}

/** What a label that is a whole spelling of a term gets, loosely and strictly. */
export interface WholeLabel {
  kind: SectionKind | null;
  /** its table's first match covers enough of it (`classifyHeadingStrict`'s rule) */
  strictKind: SectionKind | null;
}

/**
 * Every spelling of every expandable term, with the answer the rule gives for it (by `firstTable`, which
 * agrees with the rule). Built once at module load from the dictionary alone; `strictCoverage` is the strict
 * rule's share of the label a match must cover.
 */
export function wholeLabelTable(strictCoverage: number): ReadonlyMap<string, WholeLabel> {
  const table = new Map<string, WholeLabel>();
  for (const [, terms] of HEADING_TABLES)
    for (const term of terms)
      for (const spelling of expandTerm(term) ?? []) {
        if (table.has(spelling) || !isFoldedLabel(spelling)) continue;
        const found = readFirstTable(spelling);
        const kind = found ? (KINDS[found.table] ?? null) : null;
        const covers = found !== null && found.match.length / spelling.length >= strictCoverage;
        table.set(spelling, { kind, strictKind: covers ? kind : null });
      }
  return table;
}

/** A spelling a folded heading label can be: trimmed, single-spaced, lower case (fold.ts never yields others). */
const isFoldedLabel = (spelling: string): boolean =>
  spelling !== '' && spelling === spelling.trim() && !/\s\s|[A-Z]/.test(spelling);

/** The section kind of a table index. */
export const kindOfTable = (table: number): SectionKind => KINDS[table] as SectionKind;

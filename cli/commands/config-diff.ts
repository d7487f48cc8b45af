/**
 * How `sources apply` and `partners apply` show a diff: the same marks, the same closing line, so the two
 * configuration files read alike (DESIGN §6).
 */

/** The part of a change both apply pipelines report (shared/pipeline/apply-sources.ts, apply-partners.ts). */
interface ConfigChange {
  id: string;
  change: 'create' | 'update' | 'unchanged' | 'not-in-file' | 'delete';
}

const SYMBOL: Record<ConfigChange['change'], string> = {
  create: '+',
  update: '~',
  unchanged: '=',
  'not-in-file': '?',
  delete: '-',
};

/** One `<mark> <id>: <what happens>` line per change, `describe` wording what happens. */
export function diffLines<C extends ConfigChange>(changes: readonly C[], describe: (change: C) => string): string {
  return changes.map((c) => `${SYMBOL[c.change]} ${c.id}: ${describe(c)}\n`).join('');
}

/** The line under the diff: `applied: 1 to add, 0 to change, 0 to delete`, or `dry run: …; nothing written`. */
export function appliedLine(
  changes: readonly ConfigChange[],
  written: boolean,
  deleteWord: 'delete' | 'remove',
): string {
  const count = (kind: ConfigChange['change']) => changes.filter((c) => c.change === kind).length;
  const summary = `${count('create')} to add, ${count('update')} to change, ${count('delete')} to ${deleteWord}`;
  return written ? `applied: ${summary}\n` : `dry run: ${summary}; nothing written\n`;
}

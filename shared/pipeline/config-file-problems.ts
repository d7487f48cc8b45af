import type { z } from 'zod';

/**
 * The problems of a configuration file (`jobrelay partners apply`, `jobrelay sources apply`), every one of them:
 * zod stops before a file-level check (duplicate ids) once any entry has an error of its own, so a person fixing
 * the file would meet the duplicates only on the next attempt. Duplicate ids are found on the raw entries here,
 * whatever else is wrong with them, and listed with the schema's problems, entry by entry.
 */

/** One problem: the dotted path in the file (`partners.2.webhook.url`) and what is wrong there. */
export interface FileProblem {
  path: string;
  message: string;
}

/** The schema's problems and the duplicate ids of `content[listKey]`, each listed once. */
export function fileProblems(error: z.ZodError, content: unknown, listKey: string, noun: string): FileProblem[] {
  const problems = [
    ...error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    ...duplicateIds(content, listKey, noun),
  ];
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => entryIndex(a.path) - entryIndex(b.path));
}

/** `{listKey}.{i}.id` for every entry whose string id an earlier entry already used. */
function duplicateIds(content: unknown, listKey: string, noun: string): FileProblem[] {
  const list = content && typeof content === 'object' ? (content as Record<string, unknown>)[listKey] : undefined;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const problems: FileProblem[] = [];
  list.forEach((entry: unknown, i) => {
    const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push({ path: `${listKey}.${i}.id`, message: `duplicate ${noun} id "${id}"` });
    seen.add(id);
  });
  return problems;
}

/** The entry a path is in (`partners.2.webhook.url` → 2), -1 for the file itself: problems sort by entry, stably. */
function entryIndex(path: string): number {
  const index = path.split('.')[1];
  return index !== undefined && /^\d+$/.test(index) ? Number(index) : -1;
}

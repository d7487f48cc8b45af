import { iconField } from './fact-icons';
import { splitFieldLine, type FieldLine } from './field-dictionary';

/**
 * Several facts on one line, as job boards and social posts print them: "Location: Berlin | Salary: €60k |
 * Type: Full-time", "Ort: München · Gehalt: 65.000 € · Anstellung: Vollzeit", "勤務地：大阪市 ｜ 給与：年収500万円",
 * "📍 Berlin | 💰 €60k | 💼 Full-time". The line is cut only where a separator is followed by another "Label:"
 * or fact icon (so "Berlin / Munich" or "€60k / year" stay whole), and only when the line starts with a known
 * label or fact icon ("Salary: €60k | Bonus: 10%" is two facts; "Requirements: Go | Benefits: gym" is none).
 */

/** Pipes (also full-width), and middle dots, bullets, slashes and dashes between spaces. */
const SEPARATOR = /(\s*[|｜¦]\s*|\s+[·•∙/–—]\s+|\s*[·•]\s*)/u;
/** A quick test before splitting: a separator character, and two colons or a leading icon. */
const HAS_SEPARATOR = /[|｜¦·•∙/–—]/u;
const COLONS = /[:：]/gu;
const LEADING_ICON = /^\p{Extended_Pictographic}/u;

/** The facts of a line that states several, or null when it states at most one. */
export function splitFactLine(line: string): FieldLine[] | null {
  if (!HAS_SEPARATOR.test(line) || ((line.match(COLONS)?.length ?? 0) < 2 && !LEADING_ICON.test(line))) return null;
  const parts = line.split(SEPARATOR);
  const facts: FieldLine[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i] ?? '';
    const field = current && piece ? factOf(piece)[0] : null;
    if (field) {
      facts.push(...factOf(current));
      current = piece;
    } else current = current ? `${current}${parts[i - 1] ?? ''}${piece}` : piece;
  }
  facts.push(...factOf(current));
  return facts.length >= 2 && facts[0]?.key ? facts : null;
}

/** "Label: value", or an icon that names a fact ("💰 €60k", fact-icons.ts). */
function factOf(text: string): FieldLine[] {
  const trimmed = text.trim();
  const field = splitFieldLine(trimmed) ?? iconField(trimmed);
  return field ? [field] : [];
}

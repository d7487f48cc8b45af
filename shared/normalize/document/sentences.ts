/** Sentence boundaries: after . ! ? followed by a space and a capital, or after CJK full stops. */
const BOUNDARY = /(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}"“‘(\d])|(?<=[。！？])\s*/gu;
const ABBREVIATION =
  /(?:^|\s)(?:e\.g|i\.e|etc|inc|ltd|co|corp|dr|mr|mrs|ms|prof|no|nr|vs|approx|ca|bzw|z\.b|d\.h|usw|u\.a|sr|jr|st|min|max|incl|excl|dept|[A-Z])\.$/i;

/** Splits prose into sentences, keeping abbreviations ("e.g.", "z.B.", "Inc.") inside their sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match[0].length === 0 && match.index === start) {
      BOUNDARY.lastIndex++;
      continue;
    }
    const candidate = text.slice(start, match.index);
    if (ABBREVIATION.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter(Boolean);
}

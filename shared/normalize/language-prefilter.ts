import { LANGUAGE_NAMES } from './lexicon/language-names';
import { LETTER_CHAR, nameKey } from './language-mentions';
import { startsWithKey, unitTrie, type UnitTrie } from './unit-trie';
import { PIECE_LENGTH } from './text-pieces';

/**
 * Which of a posting's lines can name a spoken language at all, found in one walk over all of them: most
 * lines name none, and reading each line on its own (normalising it, scanning it for every language name
 * and every certificate) cost more than reading the few that do.
 *
 * It over-approximates, never under: a line it passes over yields nothing in `languagesInItem`, because
 * that needs a language name not touching a letter (see `findLanguageNames`) or a certificate
 * (`CERTIFICATE_HINT`), and each such name and certificate is found here too, in the same NFKC text with the
 * same case folding.
 */

/** Language certificates, which name their language themselves ("JLPT N2以上"). */
export const CERTIFICATE_HINT =
  /JLPT|日本語能力|HSK|CET[- ]?[46]|TEM[- ]?8|英语[四六八]级|水平考试|水平考試|TOPIK|TOEIC|TOEFL|IELTS|Cambridge|DELF|DALF|TCF|TEF|DELE|SIELE|Goethe|telc|TestDaF|DSH|CILS|CELI|PLIDA/i;

/** Between the joined lines: no name or certificate contains it, and NFKC leaves it and its neighbours be. */
const SEPARATOR = 0;
const SEPARATOR_CHAR = String.fromCharCode(SEPARATOR);
const NON_ASCII = /[^\u0000-\u007f]/;

const CERTIFICATES = new RegExp(CERTIFICATE_HINT.source, 'gi');

interface Scan {
  names: UnitTrie;
  /** code units a name may not follow (the letters `touchesLetter` rejects) */
  letters: Uint8Array;
}

let scan: Scan | undefined;

function compile(): Scan {
  const names = unitTrie(LANGUAGE_NAMES.flatMap(({ adjectives, names }) => [...adjectives, ...names].map(nameKey)));
  const letters = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) if (LETTER_CHAR.test(String.fromCharCode(unit))) letters[unit] = 1;
  return { names, letters };
}

/** For each line, whether it may name a language: false only when `languagesInItem` would find none. */
export function linesNamingLanguages(lines: readonly string[]): boolean[] {
  if (lines.length === 0) return [];
  const naming = lines.map(() => false);
  const joined = lines.join(String.fromCharCode(SEPARATOR));
  const normalised = NON_ASCII.test(joined) ? joined.normalize('NFKC') : joined;
  const text = normalised.includes('\u0130') ? normalised.replace(/\u0130/g, 'I') : normalised;
  // a line holding the separator itself would shift the count: then every line is read
  if (!markNaming(text, naming)) return lines.map(() => true);
  // Lines cut into pieces are read whole: NFKC of a piece need not be a piece of the NFKC line.
  lines.forEach((line, i) => (naming[i] ||= line.length > PIECE_LENGTH));
  return naming;
}

/** Marks each line where a name (after no letter) or a certificate starts; false if the lines do not add up. */
function markNaming(text: string, naming: boolean[]): boolean {
  scan ??= compile();
  const line = markNames(text, naming, scan);
  markCertificates(text, naming);
  return line === naming.length - 1;
}

/**
 * Marks the lines where a name starts after no letter; returns the index of the last line reached. A name can
 * start only where the unit before is no letter, so the rest of a run of letters is passed over in a tight
 * loop (most of a text is such runs), and a marked line is left at once: it cannot be marked twice.
 */
function markNames(text: string, naming: boolean[], { names, letters }: Scan): number {
  let line = 0;
  let at = 0;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (unit === SEPARATOR) {
      line++;
      at++;
      continue;
    }
    // most units start no name: the table says so before a call
    if (names.starts[unit] === 1 && startsWithKey(names, text, at)) {
      naming[line] = true;
      const next = text.indexOf(SEPARATOR_CHAR, at);
      if (next < 0) return line;
      at = next;
      continue;
    }
    at++;
    // the unit after a letter follows a letter: skip to the first unit after the run that does not (a
    // separator after the run is still counted)
    if (letters[unit] === 1) {
      while (at < text.length && letters[text.charCodeAt(at)] === 1) at++;
      if (text.charCodeAt(at) !== SEPARATOR) at++;
    }
  }
  return line;
}

/** Marks the lines where a certificate starts, letter before it or not. */
function markCertificates(text: string, naming: boolean[]): void {
  let line = 0;
  let counted = 0;
  for (const start of certificateStarts(text)) {
    for (
      let sep = text.indexOf(SEPARATOR_CHAR, counted);
      sep >= 0 && sep < start;
      sep = text.indexOf(SEPARATOR_CHAR, sep + 1)
    ) {
      line++;
      counted = sep + 1;
    }
    naming[line] = true;
  }
}

/** Where each certificate starts, in order. */
function certificateStarts(text: string): number[] {
  const found: number[] = [];
  CERTIFICATES.lastIndex = 0;
  for (let m = CERTIFICATES.exec(text); m !== null; m = CERTIFICATES.exec(text)) found.push(m.index);
  CERTIFICATES.lastIndex = 0;
  return found;
}

import type { Block } from '../../normalize/document/blocks';
import { LEGAL_SUFFIX } from './company-line';

/**
 * The employer as the subject of a posting's opening sentence: "Die Rhein-Neckar Logistik GmbH ist ein
 * familiengeführter Logistikdienstleister…", "Harbour Freight Services Ltd is a…", "At Nordwind Energy AG, we…",
 * "Bei der Stadtwerke Ulm GmbH…". Many text and Markdown postings name their employer only there. Only a name that
 * opens the sentence (after an article or "At"/"Bei"/"Chez") and ends with a legal form counts: a company named
 * later in the sentence is a client, a parent or a partner, and a name without a legal form could be anything.
 */

/** How many paragraphs before the first section are read: the employer's introduction comes first. */
const MAX_PARAGRAPHS = 2;
const MAX_SENTENCE_CHARS = 300;

/** The legal forms of `LEGAL_SUFFIX`, without its leading space and end anchor. */
const FORMS = LEGAL_SUFFIX.source.slice(2, -1);
/** "At", "Bei (der)", "Chez", "En", "Bij", "Presso": the employer as where "we" work. */
const PLACE_WORD = String.raw`(?:At|Bei(?:\s+der|\s+dem)?|Chez|En|Bij|Presso|Na|W|Em)\s+`;
/** Articles of the languages whose postings open this way; not "De", a surname's particle too ("De Vries B.V."). */
const ARTICLE = String.raw`(?:The|Die|Der|Das|La|Le|Les|El|Los|Il|Lo|Het)\s+`;
/** Up to five capitalised or numeric words, then a legal form, then a space, comma or the end. */
const SUBJECT = new RegExp(
  String.raw`^(?:${PLACE_WORD})?(?:${ARTICLE})?((?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*\s+){1,5}?(?:${FORMS}))(?=[\s,]|$)`,
  'u',
);

/** The company named as the subject of the first paragraphs before any section, or null. */
export function companyOpeningSentence(blocks: readonly Block[]): string | null {
  let read = 0;
  for (const block of blocks) {
    if (block.type === 'heading' && !block.title) return null;
    if (block.type !== 'paragraph') continue;
    const name = subjectOf(block.lines[0]?.trim() ?? '');
    if (name) return name;
    if (++read >= MAX_PARAGRAPHS) return null;
  }
  return null;
}

function subjectOf(line: string): string | null {
  if (line.length === 0) return null;
  const match = SUBJECT.exec(line.slice(0, MAX_SENTENCE_CHARS));
  return match?.[1]?.trim() ?? null;
}

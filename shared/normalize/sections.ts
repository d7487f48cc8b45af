import type { Document } from 'domhandler';
import type { RawSection } from '../schema/raw-posting';
import type { Block } from './document/blocks';
import { htmlBlocks, markdownBlocks, textBlocks } from './document/document-blocks';
import { classifyHeading, type SectionKind } from './document/heading-dictionary';
import { collectSections } from './document/section-collector';
import { hasVisibleText } from './sanitize';

/** The posting body split by meaning (items are one per bullet; nested lists stay with their parent). */
export interface Sections {
  /** about the company / the role: paragraphs */
  about: string[];
  responsibilities: string[];
  must: string[];
  nice: string[];
  benefits: string[];
  /** tech stack items where the posting lists one */
  techStack: string[];
  /** lines that belong to no recognised section */
  other: string[];
  /** "Key: value" header fields found in the body ("Location: Berlin", "給与：…"), by lower-case English key */
  fields: Record<string, string[]>;
  /** each heading met and the section it opened (null: a title, or a sub-heading that kept its section): for `--explain` */
  headings: Array<{ text: string; section: SectionKind | null }>;
}

export interface SectionInput {
  html: string | null;
  markdown: string | null;
  text: string | null;
  /** sections the source already separated (Lever lists, Personio jobDescriptions, SmartRecruiters sections) */
  sections: RawSection[];
  /** DOMs of `html` and of each section's html the body composer already parsed (read-only), when it did */
  documents?: SectionDocuments | null;
  /** the blocks `html` reads as, when its parser already read them (a Markdown or text posting: document-reading.ts) */
  blocks?: readonly Block[] | null;
}

/** Parsed DOMs of a section input's HTML, each reading exactly as its string. */
export interface SectionDocuments {
  html: Document | null;
  sections: Array<Document | null>;
}

/**
 * Finds about, responsibilities, must-have and nice-to-have requirements, benefits and tech stack from
 * headings in HTML (h1–h6, bold-only paragraphs, "Heading:" lines), Markdown (#-headings, **bold** lines) and
 * plain text ("Heading:" and ALL-CAPS lines), and from sections the source already split, in English,
 * Japanese, German, French, Spanish, Vietnamese, Portuguese, Italian, Dutch, Polish, Chinese and Korean.
 * The body is read from `html`, else `markdown`, else `text`; source sections follow it.
 */
export function extractSections(input: SectionInput): Sections {
  const body = bodyBlocks(input);
  if (input.sections.length === 0) return collectSections(body);
  const blocks = [...body];
  input.sections.forEach((section, i) => addSourceSection(blocks, section, input.documents?.sections[i] ?? undefined));
  return collectSections(blocks);
}

/** The body's blocks, read only: blocks a parser handed on are not copied. */
function bodyBlocks(input: SectionInput): readonly Block[] {
  if (input.blocks) return input.blocks;
  if (input.html && hasVisibleText(input.html))
    return htmlBlocks(input.html, { headerRegion: true }, input.documents?.html ?? undefined);
  if (input.markdown?.trim()) return markdownBlocks(input.markdown);
  if (input.text?.trim()) return textBlocks(input.text);
  return [];
}

/** A source's own section: its name is a heading whatever it says (unrecognised names open an "other" section). */
function addSourceSection(blocks: Block[], section: RawSection, document: Document | undefined): void {
  const heading = section.heading.trim();
  if (heading)
    blocks.push({
      type: 'heading',
      text: heading,
      level: 2,
      signal: 'source',
      kind: classifyHeading(heading),
      title: false,
    });
  if (hasVisibleText(section.html))
    for (const block of htmlBlocks(section.html, { headerRegion: false }, document)) blocks.push(block);
}

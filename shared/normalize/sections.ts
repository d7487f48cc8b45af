import type { RawSection } from '../schema/raw-posting';

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
}

export interface SectionInput {
  html: string | null;
  markdown: string | null;
  text: string | null;
  /** sections the source already separated (Lever lists, Personio jobDescriptions, SmartRecruiters sections) */
  sections: RawSection[];
}

/**
 * Owner: documents & sections. Finds sections from headings in HTML, Markdown, bold lines and plain
 * "Heading:" lines, in English, Japanese, German, French, Spanish, Vietnamese and more.
 */
export function extractSections(_input: SectionInput): Sections {
  return { about: [], responsibilities: [], must: [], nice: [], benefits: [], techStack: [], other: [] };
}

export interface SkillInput {
  title: string;
  /** the readable text to search (sections first) */
  text: string;
  /** skills or keywords the source lists explicitly */
  tags: string[];
}

/** Owner: skills. Canonical names from the curated taxonomy, in order of first mention, no duplicates. */
export function extractSkills(_input: SkillInput): string[] {
  return [];
}

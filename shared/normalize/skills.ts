import { confirmCandidates } from './skill-context';
import { lookupAlias, scanSkillCandidates, skillMatcher } from './skill-matcher';

export interface SkillInput {
  title: string;
  /** the readable text to search (sections first) */
  text: string;
  /** skills or keywords the source lists explicitly */
  tags: string[];
}

/**
 * Owner: skills. Canonical names from the curated taxonomy (`taxonomy/`), in order of first mention
 * (title, then text, then the source's tags), no duplicates. A managed service is followed by what it
 * implies ("GKE" → "Google Kubernetes Engine", "Kubernetes", "Google Cloud").
 */
export function extractSkills(input: SkillInput): string[] {
  const { skills } = skillMatcher();
  // each name is followed at once by what it implies: the order of first mention, as one pass
  const out = new Set<string>();
  const add = (name: string): void => {
    out.add(name);
    for (const implied of skills.get(name)?.implies ?? []) out.add(implied);
  };
  for (const text of [input.title, input.text]) for (const name of skillsIn(text)) add(name);
  for (const tag of input.tags) for (const name of skillsOfTag(tag)) add(name);
  return [...out];
}

/** The skills mentioned in one text, in order, repeats included. */
export function skillsIn(text: string): string[] {
  if (!text) return [];
  return confirmCandidates(text, scanSkillCandidates(text)).map((c) => c.entry.skill.name);
}

/** A tag is explicit: a whole-tag alias counts whatever its case or context ("go" tagged is Go). */
function skillsOfTag(tag: string): string[] {
  const entry = lookupAlias(tag);
  return entry ? [entry.skill.name] : skillsIn(tag);
}

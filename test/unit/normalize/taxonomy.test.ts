import { skillsIn } from '../../../shared/normalize/skills';
import { aliasKey, skillMatcher } from '../../../shared/normalize/skill-matcher';
import { TAXONOMY } from '../../../shared/normalize/taxonomy';
import type { SkillDef } from '../../../shared/normalize/taxonomy';

const allSkills: SkillDef[] = TAXONOMY.flatMap((g) => g.skills);
const names = new Set(allSkills.map((s) => s.name));

/** Case-insensitive aliases (and the name unless it is exact-only), as the matcher reads them. */
function freeAliases(skill: SkillDef): string[] {
  const exact = new Set(skill.exact ?? []);
  return [...(exact.has(skill.name) ? [] : [skill.name]), ...(skill.aliases ?? [])];
}

describe('skills taxonomy', () => {
  it('holds at least 400 canonical skills across every kind', () => {
    expect(allSkills.length).toBeGreaterThanOrEqual(400);
    const kinds = new Set(TAXONOMY.map((g) => g.kind));
    for (const kind of [
      'language',
      'frontend',
      'backend',
      'database',
      'cloud',
      'devops',
      'data',
      'ml',
      'mobile',
      'design',
      'testing',
      'security',
      'business-tool',
      'certification',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('names every canonical skill once', () => {
    const seen = new Map<string, number>();
    for (const s of allSkills) seen.set(s.name, (seen.get(s.name) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  it('points guards and implications only at canonical names', () => {
    const dangling = allSkills.flatMap((s) =>
      [...(s.guard?.near ?? []), ...(s.implies ?? [])].filter((n) => !names.has(n)).map((n) => `${s.name} → ${n}`),
    );
    expect(dangling).toEqual([]);
  });

  it('never gives one case-insensitive alias to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of allSkills) {
      for (const alias of freeAliases(s)) {
        if (alias.length <= 5 && !/[a-z]/.test(alias)) continue; // acronyms are matched exactly
        const key = aliasKey(alias);
        const other = owner.get(key);
        if (other && other !== s.name) clashes.push(`${alias}: ${other} / ${s.name}`);
        owner.set(key, s.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every skill by each of its free aliases in a plain sentence', () => {
    const missed: string[] = [];
    for (const s of allSkills) {
      for (const alias of freeAliases(s)) {
        const found = skillsIn(`We use ${alias} every day.`);
        if (!found.includes(s.name)) missed.push(`${alias} → ${JSON.stringify(found)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('compiles the whole taxonomy into a single regular expression, once', () => {
    expect(skillMatcher()).toBe(skillMatcher());
    expect(skillMatcher().regex.flags).toContain('g');
  });
});

import type { SkillDef, SkillGroup, SkillKind } from './types';

/**
 * Polish, Czech, Slovak, Croatian and Slovenian decline the names of technologies like their own nouns: "znajomość
 * Kotlina", "doświadczenie z Javą", "práce s Pythonem", "w Dockerze", "skúsenosti s Dockerom", "s Javou",
 * "izkušnje s Kafko", "rad s Kafkom". These forms are added as aliases of the
 * technical kinds at module load, so the one compiled matcher finds them with no extra scan.
 *
 * Only free (case-insensitive) single-word Latin names qualify: a consonant ending and at least five letters
 * ("Kotlin" → Kotlina, Kotlinem, Kotlinom, Kotlinie, Kotlinu), or an "-a" ending and at least four ("Java" → Javy,
 * Javą, Javę, Javo, Javu, Javou, Javom, Javie; "Kafka" → Kafki, Kafką, Kafkę, Kafko, Kafku, Kafkou, Kafkom). Short stems ("Perl" → "Perla") and acronyms stay as
 * they are; so do names that need context, which are words elsewhere.
 */
const TECHNICAL: ReadonlySet<SkillKind> = new Set([
  'language',
  'frontend',
  'backend',
  'database',
  'cloud',
  'devops',
  'data',
  'ml',
  'mobile',
  'testing',
]);

const CONSONANT_STEM = /^[A-Za-z]{4,}[b-df-hj-np-tv-xz]$/;
const A_STEM = /^[A-Za-z]{3,}a$/;
const ACRONYM = /^[A-Z0-9]+$/;

/** Declined forms that are words of another language ("sonara" is Spanish for "would sound"). */
const WORDS: ReadonlySet<string> = new Set(['sonara', 'sonaru']);

/** The declined forms of one name, or none. */
export function slavicForms(name: string): string[] {
  if (ACRONYM.test(name)) return [];
  if (CONSONANT_STEM.test(name)) return ['a', 'em', 'om', 'ie', 'u'].map((ending) => name + ending);
  if (!A_STEM.test(name)) return [];
  const stem = name.slice(0, -1);
  const genitive = /[kg]$/i.test(stem) ? 'i' : 'y';
  return [genitive, 'ą', 'ę', 'o', 'u', 'ou', 'om', ...(/[kg]$/i.test(stem) ? [] : ['ie'])].map(
    (ending) => stem + ending,
  );
}

/** The groups with declined aliases added to their technical skills. */
export function withSlavicForms(groups: readonly SkillGroup[]): SkillGroup[] {
  const taken = new Set(
    groups.flatMap((g) => g.skills.flatMap((s) => [s.name, ...(s.aliases ?? []), ...(s.exact ?? [])])).map(lower),
  );
  return groups.map((group) =>
    TECHNICAL.has(group.kind) ? { ...group, skills: group.skills.map((s) => declined(s, taken)) } : group,
  );
}

function declined(skill: SkillDef, taken: Set<string>): SkillDef {
  const guard = skill.guard;
  if (guard && (guard.near?.length || guard.before || guard.after)) return skill;
  const exact = new Set(skill.exact ?? []);
  const free = [...(exact.has(skill.name) ? [] : [skill.name]), ...(skill.aliases ?? [])];
  const forms = free.flatMap(slavicForms).filter((form) => !taken.has(lower(form)) && !WORDS.has(lower(form)));
  return forms.length ? { ...skill, aliases: [...(skill.aliases ?? []), ...forms] } : skill;
}

const lower = (text: string) => text.toLowerCase();

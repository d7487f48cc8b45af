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
const WORDS: ReadonlySet<string> = new Set(['sonara', 'sonaru', 'mochi', 'karmi']);

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
  const fresh = (form: string): boolean => !taken.has(lower(form)) && !WORDS.has(lower(form));
  const forms = free.flatMap(slavicForms).filter(fresh);
  const written = free.flatMap(locativeForms).filter(fresh);
  for (const form of written) LOCATIVE_FORMS.add(form);
  if (!forms.length && !written.length) return skill;
  return {
    ...skill,
    aliases: [...(skill.aliases ?? []), ...forms],
    ...(written.length ? { exact: [...(skill.exact ?? []), ...written] } : {}),
  };
}

/**
 * The Slovenian and Croatian locative and dative of an a-stem ("v Javi", "u Scali"), as the name is written: in
 * lower case "-i" forms are words or names of other languages, so only the capitalised spelling counts. A
 * k/g stem's "-i" form is its genitive, added by `slavicForms` already ("Kafki"). The case follows a preposition
 * only, and skill-context.ts asks for one: "Javi" alone is a Spanish first name.
 */
const LOCATIVE_FORMS = new Set<string>();

/** Whether an alias is a locative form added here: skill-context.ts reads it only after its preposition. */
export const isLocativeForm = (alias: string): boolean => LOCATIVE_FORMS.has(alias);

export function locativeForms(name: string): string[] {
  if (ACRONYM.test(name) || !A_STEM.test(name) || !/^[A-Z]/.test(name) || /[kg]a$/i.test(name)) return [];
  return [`${name.slice(0, -1)}i`];
}

const lower = (text: string) => text.toLowerCase();

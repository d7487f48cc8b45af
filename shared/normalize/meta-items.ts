import { normalizeEmploymentTypes } from './employment-types';
import type { FieldRole } from './header-fields';
import type { Location } from '../schema/posting';
import { parseLocationText, type LocationReadings } from './geo/location-text';
import { normalizeSalary } from './salary';
import { workplaceFromText } from '../sources/workplace';
import { relativePostedDate } from './relative-date';

/**
 * Classifies one unlabelled item of a career page's meta list ("Remote (United States or Canada)",
 * "Full-time", "Engineering", "$120k–$150k") by asking each extractor whether it recognises it, most
 * specific first. Department names are recognised from a lexicon of common functions in several languages.
 */

/** Words that name a department or function (English, German, French, Spanish, Portuguese, Italian, Japanese, Vietnamese). */
const DEPARTMENT_WORDS = new RegExp(
  '^(?:' +
    [
      'engineering',
      'software engineering',
      'r&d',
      'research',
      'research and development',
      'development',
      'product',
      'product management',
      'design',
      'ux',
      'data',
      'data science',
      'analytics',
      'it',
      'information technology',
      'security',
      'infrastructure',
      'platform',
      'devops',
      'qa',
      'quality',
      'quality assurance',
      'operations',
      'ops',
      'marketing',
      'growth',
      'sales',
      'business development',
      'customer success',
      'customer support',
      'customer service',
      'support',
      'finance',
      'accounting',
      'legal',
      'compliance',
      'people',
      'hr',
      'human resources',
      'talent',
      'recruiting',
      'administration',
      'admin',
      'logistics',
      'supply chain',
      'procurement',
      'manufacturing',
      'production',
      'communications',
      'content',
      'editorial',
      'strategy',
      'partnerships',
      'healthcare',
      'nursing',
      'education',
      'hospitality',
      'retail',
      'facilities',
      'mobile',
      'frontend',
      'backend',
      'entwicklung',
      'forschung',
      'vertrieb',
      'technik',
      'personal',
      'buchhaltung',
      'logistik',
      'einkauf',
      'produktion',
      'verwaltung',
      'ingénierie',
      'ingenierie',
      'ventes',
      'opérations',
      'ressources humaines',
      'juridique',
      'recherche',
      'ingeniería',
      'ingenieria',
      'ventas',
      'operaciones',
      'recursos humanos',
      'finanzas',
      'diseño',
      'tecnología',
      'engenharia',
      'vendas',
      'operações',
      'ingegneria',
      'vendite',
      '開発',
      'エンジニアリング',
      '営業',
      '人事',
      '経理',
      '財務',
      'マーケティング',
      'デザイン',
      '研究開発',
      '技術',
      '総務',
      'kỹ thuật',
      'kinh doanh',
      'nhân sự',
      'kế toán',
      'công nghệ thông tin',
      'vận hành',
    ].join('|') +
    ')(?:\\s*(?:&|and|und|et|y|/)\\s*[\\p{L} ]{2,30})?(?:\\s+(?:team|department|dept\\.?|abteilung|équipe|equipo))?$',
  'iu',
);

/** "… Team", "… Department", "Abteilung …", "…部": a department by its own name. */
const DEPARTMENT_SUFFIX =
  /^[\p{L}&/ ,.-]{2,40}\s(team|department|dept\.?|division|abteilung)$|^(abteilung|département|departamento)\s[\p{L} ]{2,40}$|^[\p{Script=Han}\p{Script=Katakana}]{1,10}部$/iu;

const MAX_ITEM_LENGTH = 120;

/**
 * The role of a meta item, or null when it is none of salary / employment type / location / department.
 * `readings`: the posting's location readings, which keep what is read here for the location extractor.
 */
export function classifyMetaItem(item: string, readings?: LocationReadings): FieldRole | null {
  const text = item.trim();
  if (!text || text.length > MAX_ITEM_LENGTH) return null;
  if (isSalary(text)) return 'salary';
  if (isEmploymentType(text)) return 'employment';
  if (DEPARTMENT_WORDS.test(text)) return 'department';
  if (isLocation(text, readings)) return 'location';
  if (workplaceFromText(text)) return 'workplace';
  if (DEPARTMENT_SUFFIX.test(text)) return 'department';
  // "Posted 2 Days Ago", "il y a 5 jours": the shape is what counts here, so any fixed day will do
  return relativePostedDate(text, SHAPE_DAY) !== null ? 'datePosted' : null;
}

const SHAPE_DAY = new Date(0);

function isSalary(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const salary = normalizeSalary({ structured: null, texts: [text], bodyText: '', countryHint: null });
  return (
    salary !== null &&
    (salary.min !== null || salary.max !== null) &&
    (salary.currency !== null || salary.period !== null)
  );
}

function isEmploymentType(text: string): boolean {
  if (text.length > 40) return false;
  return normalizeEmploymentTypes({ values: [text], title: '', texts: [], bodyText: '' }).length > 0;
}

/**
 * Whether a text names a place or a workplace, as the posting's own locations would: the text's locations are
 * read, not merged and refined (normalizeLocations), since every later step keeps a location naming one where
 * one was (a merge or a dropped repeat leaves its twin, a placeless cue gives its workplace to the places) and
 * adds none where none was (with no body and no hint nothing is refined). Asked of every header item of a page.
 */
function isLocation(text: string, readings: LocationReadings | undefined): boolean {
  return parseLocationText(text, { countryHint: null, contextCountries: new Set() }, readings).some(namesSomething);
}

/** A location naming a place or a workplace. */
export const namesSomething = (l: Location): boolean =>
  l.city !== null || l.region !== null || l.country !== null || l.workplace !== null;

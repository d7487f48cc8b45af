import type { Workplace } from '../../schema/posting';
import { OFFICE_DAYS } from './location-lexicon';
import { countryCode } from './structured-location';

/**
 * Weak hints from the posting body. They only refine locations the fields already give ("3 days in the
 * office" makes a city hybrid; "remote within the US" gives a bare "Remote" its country); they never
 * add places, so "we have offices in 40 countries" changes nothing.
 */

/** Bodies longer than this are read only up to here: statements about the role come early. */
const MAX_BODY = 200_000;

const HYBRID =
  /\bhybrid(?:[- ](?:work(?:ing)?|role|position|model|schedule|set-?up|arrangement|policy|environment|job|office|remote))\b|\b(?:this|the) (?:role|position|job) is hybrid\b|\bhybride?s? (?:Arbeiten|Arbeitsmodell|Modell)\b|\btravail hybride\b|\bmodalidad h[ií]brida\b|ハイブリッド勤務|リモートワーク可|リモート可|在宅勤務可|週\s*\d\s*[回日]\s*(?:程度)?\s*(?:の)?\s*出社/iu;
const REMOTE =
  /\b(?:fully|100%|completely|entirely) remote\b|\b(?:this|the) (?:role|position|job) is (?:a )?(?:fully |100% )?remote\b|\bremote[- ]only (?:role|position)\b|\bwork from anywhere\b|\b100% (?:Homeoffice|remote)\b|\bvollständig remote\b|\bfull télétravail\b|\b100% (?:télétravail|remoto)\b|フルリモート|完全リモート|完全在宅/iu;
const ONSITE =
  /\b(?:this|the) (?:role|position|job) is (?:fully |100% )?(?:on-?site|in[- ]office|office[- ]based|in[- ]person)\b|\b(?:fully|100%) (?:on-?site|in[- ]office)\b|\bno remote (?:work|option)\b|\bnot (?:a )?remote\b|\bremote work is not (?:possible|available)\b|出社必須|リモート不可|在宅不可/iu;
const REMOTE_IN =
  /\bremote(?:ly)?\b[^.\n]{0,40}?\b(?:in|within|from|across|throughout|based in)\s+(?:the\s+)?((?:[A-Z][\p{L}.]*[ ]?){1,3})/u;

/** Words one of the statements needs: a cheap scan that spares long bodies the full patterns. */
const HYBRID_WORDS = ['hybrid', 'híbrid', 'ハイブリッド', 'リモート', '在宅', '出社'];
const OFFICE_WORDS = [
  'office',
  'site',
  'hq',
  'büro',
  'ort',
  'bureau',
  'présentiel',
  'oficina',
  'presencial',
  'văn phòng',
];
const REMOTE_WORDS = ['remote', 'anywhere', 'homeoffice', 'télétravail', 'remoto', 'リモート', '在宅'];
const ONSITE_WORDS = ['site', 'office', 'person', 'remote', '出社', '在宅', 'リモート'];

const mentions = (lower: string, words: readonly string[]): boolean => words.some((w) => lower.includes(w));

/** The arrangement the body states for the role, or null when it states none. */
export function bodyWorkplace(body: string): Workplace | null {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  if (!text) return null;
  const lower = text.toLowerCase();
  OFFICE_DAYS.lastIndex = 0;
  if (mentions(lower, HYBRID_WORDS) && HYBRID.test(text)) return 'hybrid';
  if (mentions(lower, OFFICE_WORDS) && OFFICE_DAYS.test(text)) return 'hybrid';
  if (mentions(lower, REMOTE_WORDS) && REMOTE.test(text)) return 'remote';
  return mentions(lower, ONSITE_WORDS) && ONSITE.test(text) ? 'onsite' : null;
}

/** The country a body says remote work is limited to ("remote within the United States"), or null. */
export function bodyRemoteCountry(body: string): string | null {
  const text = body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body;
  if (!/remote/i.test(text)) return null;
  const m = REMOTE_IN.exec(text);
  if (!m?.[1]) return null;
  const words = m[1].trim().split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const code = countryCode(words.slice(0, n).join(' ').replace(/\.$/, ''));
    if (code) return code;
  }
  return null;
}

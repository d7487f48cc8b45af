import { workplaceFromText } from '../../sources/workplace';
import { foldText } from './fold';
import { fold } from '../geo/fold';
import { possibilityAnswer } from '../geo/workplace-qualifiers';
import { locationTextWorkplace } from '../geo/location-text';

/**
 * A header line that asks "remote?" and answers it: "Remote: No", "Remote work: Not available", "Télétravail :
 * non", "Homeoffice: ja", "Praca zdalna: tak", "リモート: 不可". The answer alone names no arrangement, so the
 * line's value is read as one: yes → "Remote", no → "On-site". Only labels that name remote or home work ask the
 * question ("Work model: No" asks nothing), and only a yes/no word (or "(not) possible/available") answers it:
 * "Remote: Europe" is a remote place and stays as written.
 */

/** Folded labels (see fold.ts) that ask whether the job is remote, in the languages the field dictionary reads. */
const REMOTE_QUESTIONS: ReadonlySet<string> = new Set([
  'remote',
  'remote work',
  'remote working',
  'remote possible',
  'remote option',
  'remote friendly',
  'work from home',
  'wfh',
  'telework',
  'telecommute',
  'homeoffice',
  'home office',
  'home-office',
  'mobiles arbeiten',
  'remote-arbeit',
  'teletravail',
  'teletravail possible',
  'teletrabajo',
  'trabajo remoto',
  'teletrabalho',
  'trabalho remoto',
  'smart working',
  'lavoro da remoto',
  'telelavoro',
  'thuiswerken',
  'praca zdalna',
  'prace z domova',
  'home office moznost',
  'tavmunka',
  'munca de acasa',
  'telemunca',
  'distansarbete',
  'hjemmearbejde',
  'hjemmekontor',
  'etatyo',
  'uzaktan calisma',
  'удаленная работа',
  'удалённая работа',
  'віддалена робота',
  'リモート',
  'リモートワーク',
  '在宅勤務',
  'リモート可否',
  '远程办公',
  '远程',
  '재택근무',
  '재택',
]);

/** Folded yes and no words, and "(not) possible / available" phrases, of those languages. */
const YES: ReadonlySet<string> = new Set([
  'yes',
  'y',
  'true',
  'possible',
  'available',
  'allowed',
  'ja',
  'moglich',
  'oui',
  'si',
  'sim',
  'tak',
  'ano',
  'igen',
  'da',
  'evet',
  'kylla',
  'да',
  'так',
  'はい',
  '可',
  '可能',
  '有',
  '是',
  '가능',
  '예',
]);
const NO: ReadonlySet<string> = new Set([
  'no',
  'n',
  'false',
  'none',
  'not possible',
  'not available',
  'not allowed',
  'not offered',
  'nein',
  'nicht moglich',
  'non',
  'non possible',
  'nao',
  'nie',
  'ne',
  'nem',
  'nu',
  'hayir',
  'nej',
  'nei',
  'nee',
  'ei',
  'нет',
  'ні',
  'いいえ',
  '不可',
  'なし',
  '无',
  '否',
  '不可以',
  '불가',
  '아니요',
]);

/** Whether a label asks "remote?" ("Remote", "Homeoffice", "Télétravail ?"). */
const asksRemote = (label: string): boolean =>
  REMOTE_QUESTIONS.has(
    foldText(label)
      .replace(/[?？]$/u, '')
      .trim(),
  );

/** "Remote" or "On-site" for a yes/no answer under a remote question ("Hybrid" for a few remote days), else null (the value is read as written). */
export function workplaceAnswer(label: string, value: string): 'Remote' | 'On-site' | 'Hybrid' | null {
  if (value.length > 24 || !asksRemote(label)) return null;
  const answer = foldText(value)
    .replace(/[.!。]$/u, '')
    .trim();
  if (YES.has(answer)) return 'Remote';
  if (NO.has(answer)) return 'On-site';
  // "(not) possible" in the languages the qualifiers know: "Hjemmekontor: Ikke mulig", "Etätyö: mahdollista"
  const possible = possibilityAnswer(fold(value));
  if (possible) return possible === 'yes' ? 'Remote' : 'On-site';
  return daysAnswer(label, value);
}

const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };

/**
 * Remote days counted under the question ("Télétravail : 1 jour par semaine", "Remote: 2 days a week",
 * "Homeoffice: 2 Tage pro Woche"): fewer than five a week is hybrid work, read as the question and its answer
 * together are (attendance-patterns.ts). No place: the value is no remote area.
 */
function daysAnswer(label: string, value: string): 'Hybrid' | null {
  if (!/\d/.test(value)) return null;
  return locationTextWorkplace(`${label} ${value}`, NO_CONTEXT) === 'hybrid' ? 'Hybrid' : null;
}

/**
 * A remote question answered with a place ("Remote: Europe", "Homeoffice: Deutschland"): where the job may be
 * done remotely, read as the location "Remote (Europe)". Dropped, the remote area was lost and only the office
 * stayed. A yes/no answer is workplaceAnswer's; a value that is itself an arrangement ("Remote: hybrid") is the
 * workplace field's.
 */
export function remoteArea(label: string, value: string): string | null {
  if (value.length > 40 || !/\p{L}/u.test(value) || !asksRemote(label)) return null;
  if (workplaceAnswer(label, value) !== null || workplaceFromText(value) !== null) return null;
  return `Remote (${value})`;
}

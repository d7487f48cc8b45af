import type { Workplace } from '../../schema/posting';
import type { CueMark, PlaceGroup, Unit } from './location-grouping';

/**
 * Ties workplace words to the places they describe: "Hybrid for HCMC, remote for Da Nang/HN" (the word
 * leads), "Berlin (Remote), Munich (Hybrid)" (the word follows), "Remote (United States or Canada)"
 * (the word covers a list), and combines several words about one place into one arrangement.
 */

export interface StandaloneCue {
  mark: CueMark;
  start: number;
  end: number;
}

/** Attaches each cue to its groups; returns the cues that describe no place ("Remote", "Remote or Berlin"). */
export function attachCues(units: Unit[]): StandaloneCue[] {
  const standalone: StandaloneCue[] = [];
  let lastTarget: PlaceGroup[] = [];
  units.forEach((unit, index) => {
    if (unit.k !== 'cue') return;
    const targets = targetsOf(units, index);
    if (targets.length > 0) {
      for (const group of targets) group.cues.push(unit.mark);
      leadRemoteArea(unit, targets);
      lastTarget = targets;
      return;
    }
    // a modifier with no place of its own qualifies the place just described ("HCMC – Hybrid, 3 days in office");
    // so does a second hybrid or on-site word about a place already qualified ("Hamburg (hybrid, 2 Tage
    // Homeoffice)"); a later "remote" stays an alternative ("Berlin (hybrid) or remote")
    const modifier = unit.mark.cue === 'office-days' || unit.mark.cue === 'remote-optional';
    const refines = lastTarget.length > 0 && (unit.mark.cue === 'hybrid' || unit.mark.cue === 'onsite');
    const previous = lastTarget.length > 0 ? lastTarget : precedingGroups(units, index);
    if ((modifier || refines) && previous.length > 0) {
      for (const group of previous) group.cues.push(unit.mark);
      return;
    }
    if (unit.mark.cue !== 'office-days') standalone.push({ mark: unit.mark, start: unit.start, end: unit.end });
  });
  return standalone;
}

/**
 * A remote word leading one country or region ("zdalnie z Polski", "віддалено з України", "Remote from Germany"):
 * the location's text is the phrase, not the place word alone, which may be declined ("Polski").
 */
function leadRemoteArea(unit: Extract<Unit, { k: 'cue' }>, targets: PlaceGroup[]): void {
  const group = targets[0]!;
  if (targets.length !== 1 || unit.mark.cue !== 'remote' || unit.start >= group.start) return;
  if (group.names.some((refs) => refs.some((r) => r.kind === 'city' || r.kind === 'district'))) return;
  group.lead = unit.start;
}

function targetsOf(units: Unit[], index: number): PlaceGroup[] {
  const forward = scanForward(units, index);
  if (forward.groups.length > 0 && forward.strong) return forward.groups;
  const backward = scanBackward(units, index);
  if (backward.length > 0) return backward;
  const leading = !units.slice(0, index).some((u) => u.k === 'group');
  const broad = forward.groups.every((g) => g.area || g.names.every((refs) => refs.every((r) => r.kind === 'country')));
  return forward.groups.length > 0 && (leading || broad) ? forward.groups : [];
}

/** Groups after a cue: "Remote - Europe", "remote for Da Nang/HN", "Remote (US or Canada)". */
function scanForward(units: Unit[], index: number): { groups: PlaceGroup[]; strong: boolean } {
  const groups: PlaceGroup[] = [];
  let strong = false;
  let inParens = false;
  for (let j = index + 1; j < units.length; j++) {
    const u = units[j]!;
    if (u.k === 'group') {
      if (!u.group.cues.length) groups.push(u.group);
      continue;
    }
    if (u.k === 'conn' || (u.k === 'sep' && (u.sep === 'open' || u.sep === 'colon' || u.sep === 'dash'))) {
      if (groups.length > 0 && u.k === 'sep' && u.sep !== 'open') break;
      if (groups.length === 0) strong = true;
      if (u.k === 'sep' && u.sep === 'open') inParens = true;
      continue;
    }
    if (u.k === 'sep' && (u.sep === 'comma' || u.sep === 'list')) {
      if (groups.length === 0 && u.sep === 'list') break;
      continue;
    }
    if (u.k === 'sep' && u.sep === 'close' && inParens) break;
    if (u.k === 'word' && !u.capital) continue;
    if (u.k === 'sep' && u.sep === 'close') continue;
    break;
  }
  if (groups.length > 0 && index + 1 < units.length && units[index + 1]!.k === 'group') strong = true;
  return { groups, strong };
}

/** Groups before a cue: "Berlin (Remote)", "HCMC – Hybrid", "Berlin · Hybrid", "Paris, Lyon (hybride)". */
function scanBackward(units: Unit[], index: number): PlaceGroup[] {
  const groups: PlaceGroup[] = [];
  // a bracket right before the cue qualifies the whole address before it: "福岡市中央区天神（フルリモート可）"
  const bracketed = units[index - 1]?.k === 'sep' && (units[index - 1] as { sep: string }).sep === 'open';
  for (let j = index - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.k === 'group') {
      if (u.group.cues.length > 0) break;
      groups.unshift(u.group);
      continue;
    }
    if (u.k === 'sep' && ['open', 'close', 'dash', 'comma', 'colon', 'dot'].includes(u.sep)) continue;
    if (u.k === 'word' && bracketed && groups.length === 0) continue;
    if (u.k === 'sep' && u.sep === 'list' && groups.length > 0) continue;
    break;
  }
  return groups;
}

function precedingGroups(units: Unit[], index: number): PlaceGroup[] {
  for (let j = index - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.k === 'group') return [u.group];
  }
  return [];
}

/**
 * One arrangement from everything said about a place: remote work plus office days is hybrid
 * ("リモートワーク可・週1回出社"), five office days is on-site, "remote possible" at an office is hybrid.
 */
export function combineCues(cues: readonly CueMark[], hasPlace: boolean): Workplace | null {
  if (cues.length === 0) return null;
  const has = (c: CueMark['cue']): boolean => cues.some((m) => m.cue === c);
  const days = Math.min(...cues.filter((m) => m.cue === 'office-days').map((m) => m.days ?? 1));
  const officeDays = Number.isFinite(days) ? days : null;
  if (has('hybrid')) return 'hybrid';
  const remoteish = has('remote') || has('remote-optional');
  const officeish = has('onsite') || (officeDays !== null && officeDays < 5);
  if (remoteish && officeish) return 'hybrid';
  if (has('remote-optional')) return hasPlace ? 'hybrid' : 'remote';
  if (officeDays !== null) return officeDays >= 5 ? 'onsite' : 'hybrid';
  if (has('remote')) return 'remote';
  return has('onsite') ? 'onsite' : null;
}

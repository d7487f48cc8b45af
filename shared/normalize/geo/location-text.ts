import type { Location } from '../../schema/posting';
import { scanLocationText } from './location-scanner';
import { groupUnits, type PlaceGroup, type Unit } from './location-grouping';
import { attachCues, combineCues, type StandaloneCue } from './location-workplace';
import { resolvePlace, type ResolveContext } from './place-resolver';

/**
 * Reads one location text ("Hybrid for HCMC, remote for Da Nang/HN", "New York, NY",
 * "東京都渋谷区（リモートワーク可・週1回出社）", "Remote - Europe") into locations, each with the
 * workplace the text gives it (null when the text says nothing).
 */

const MAX_TEXT = 2000;

/** Locations one text describes, in the order written. */
export function parseLocationText(input: string, ctx: ResolveContext): Location[] {
  const original = input.trim();
  if (!original) return [];
  const scan = scanLocationText(original.length > MAX_TEXT ? original.slice(0, MAX_TEXT) : original);
  const units = groupUnits(scan);
  const standalone = attachCues(units);
  const groups = units.filter((u): u is Extract<Unit, { k: 'group' }> => u.k === 'group').map((u) => u.group);
  const local = withTextContext(groups, ctx);
  const located = groups.map((g) => ({ start: g.start, location: groupLocation(g, scan.text, local) }));
  const placeless = standalone
    .filter(
      (cue, i) => standalone.findIndex((o) => combineCues([o.mark], false) === combineCues([cue.mark], false)) === i,
    )
    .map((cue) => ({ start: cue.start, location: standaloneLocation(cue, scan.text) }));
  const all = [...located, ...placeless].sort((a, b) => a.start - b.start).map((x) => x.location);
  if (all.length === 0) return [{ city: null, region: null, country: null, workplace: null, text: original }];
  if (all.length === 1) all[0]!.text = original;
  return all;
}

/** Places named together inform each other: "HCMC, Da Nang/HN" are all in Vietnam. */
function withTextContext(groups: PlaceGroup[], ctx: ResolveContext): ResolveContext {
  if (groups.length < 2) return ctx;
  const countries = new Set(ctx.contextCountries);
  for (const g of groups) {
    const country = g.area ? null : resolvePlace(g.names, ctx)?.country;
    if (country) countries.add(country);
  }
  return { countryHint: ctx.countryHint, contextCountries: countries };
}

function groupLocation(group: PlaceGroup, text: string, ctx: ResolveContext): Location {
  const workplace = combineCues(group.cues, true) ?? (group.anywhere ? 'remote' : null);
  const span = spanText(text, group.start, group.end);
  if (group.area) return { city: null, region: null, country: null, workplace, text: span };
  const place = resolvePlace(group.names, ctx);
  const city = place?.city?.name ?? group.unknownCity;
  return {
    city: city ?? null,
    region: place?.region?.name ?? null,
    country: place?.country ?? null,
    workplace,
    text: group.unknownCity && !place?.city ? spanText(text, text.indexOf(group.unknownCity), group.end) : span,
  };
}

function standaloneLocation(cue: StandaloneCue, text: string): Location {
  return {
    city: null,
    region: null,
    country: null,
    workplace: combineCues([cue.mark], false),
    text: spanText(text, cue.start, cue.end),
  };
}

/** The text of a span, without an unbalanced bracket or dangling punctuation at its ends. */
function spanText(text: string, start: number, end: number): string {
  if (start < 0 || end <= start) return text.trim();
  let span = text.slice(start, end).trim();
  const opens = (span.match(/\(/g) ?? []).length;
  const closes = (span.match(/\)/g) ?? []).length;
  if (opens > closes && text[end] === ')') span += ')';
  return span.replace(/^[\s,;|/·•–—-]+|[\s,;|/·•–—(-]+$/g, '');
}

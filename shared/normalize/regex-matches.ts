/**
 * Every match of a global regex, as `String.prototype.matchAll` returns them, without its cost: matchAll
 * clones the regex on every call (the spec's species constructor), and for the long `u` patterns of the
 * normalisers that clone cost ten times the search itself on a short line. This runs the caller's own
 * compiled regex, from `lastIndex` 0, and leaves `lastIndex` at 0 again, so one module-level regex serves
 * every call (the matches are collected before returning, so nested use is safe).
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`matchesOf needs a global regex: /${regex.source}/${regex.flags}`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    matches.push(m);
    // an empty match would be found again at the same index: step over it as matchAll does
    if (m[0] === '') regex.lastIndex = nextIndex(text, regex.lastIndex, regex.unicode || regex.flags.includes('v'));
  }
  regex.lastIndex = 0;
  return matches;
}

/** The index after `index`: one code point in Unicode mode (a surrogate pair is one step), else one unit. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

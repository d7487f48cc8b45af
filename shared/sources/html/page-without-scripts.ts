import type { Document } from 'domhandler';
import { forEachElement } from '../../normalize/document/dom-walk';
import { parseHtmlFresh } from '../../normalize/document/parse-html';

/**
 * A page's DOM with every `<script>` left empty, for readers that never look inside one (the facts beside a
 * posting's title: every text walk skips scripts). A JSON-LD page carries its posting a second time as JSON
 * in a script, often half the page, and htmlparser2 reads a script's body character by character: leaving
 * the bodies out makes that parse about 2.5 times cheaper.
 *
 * The bodies are found as extract-jsonld.ts finds them (a script ends at the first `</script`). That scan and
 * the parser agree on ordinary pages. A start tag whose quotes could hide a `>` is not cut at all; other
 * disagreements (a `<script` inside a comment, an attribute or a `<title>`, an end tag like `</scripts>`)
 * show in the parsed page: a script element that kept some text, or a different number of scripts. Then
 * the page is parsed as written. page-without-scripts.test.ts fuzzes the two against each other.
 */

const SCRIPT_OPEN = /<script\b[^>]{0,2000}>/gi;
const SCRIPT_CLOSE = /<\/script/gi;
/** Attribute values in quotes; a quote left beside them could put the tag's end past the first `>`. */
const QUOTED_VALUE = /=\s*(?:"[^"]*"|'[^']*')/g;
const QUOTE = /["']/;

/** Whether the parser surely ends this start tag where the scan does, at its first `>`. */
const endsAtFirstGt = (tag: string): boolean => !QUOTE.test(tag.replace(QUOTED_VALUE, ''));

/** The page with its script bodies cut out, and how many scripts it has; null when there is nothing to cut. */
function withoutScriptBodies(html: string): { html: string; scripts: number } | null {
  const open = new RegExp(SCRIPT_OPEN.source, 'gi');
  const close = new RegExp(SCRIPT_CLOSE.source, 'gi');
  let out = '';
  let kept = 0;
  let scripts = 0;
  let tag: RegExpExecArray | null;
  while ((tag = open.exec(html)) !== null) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (end === null || !endsAtFirstGt(tag[0])) return null;
    out += html.slice(kept, open.lastIndex);
    kept = end.index;
    scripts++;
    open.lastIndex = end.index + end[0].length;
  }
  return scripts > 0 ? { html: out + html.slice(kept), scripts } : null;
}

/** Whether a DOM has exactly `expected` script elements, all of them empty. */
function scriptsAreEmpty(document: Document, expected: number): boolean {
  let seen = 0;
  let empty = true;
  forEachElement(document, (element) => {
    if (element.name !== 'script') return;
    seen++;
    if (element.children.length > 0) empty = false;
  });
  return empty && seen === expected;
}

/** A DOM of the page for reading everything but script bodies (see above); the same DOM otherwise. */
export function parsePageWithoutScripts(html: string): Document {
  const cut = withoutScriptBodies(html);
  if (cut === null) return parseHtmlFresh(html);
  const document = parseHtmlFresh(cut.html);
  return scriptsAreEmpty(document, cut.scripts) ? document : parseHtmlFresh(html);
}

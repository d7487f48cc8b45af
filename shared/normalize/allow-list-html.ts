/**
 * sanitize-html's result, without its parse, for HTML that provably holds nothing but the allow-list: the
 * safe-HTML writer's output. The writer now writes that result itself and notes where it wrote a token this
 * check would refuse (safe-html-writer.ts `writeSanitizedHtmlOf`); this check stays as the rule it follows, and
 * allow-list-html.test.ts holds the writer to it. sanitize-html re-parses every description and rebuilds it tag by tag, which is
 * the single largest cost of normalising a posting; on the writer's output its only changes are `<br />`,
 * `rel="nofollow noopener"` on links and `&quot;` in text decoded. This checker walks the string once and
 * returns exactly that result (made in one replace once every token is accepted) when every token is one sanitize-html passes through unchanged; anything else
 * (another tag, attribute, entity or character, an href outside http(s)/mailto, nesting htmlparser2 would
 * repair) returns null, and sanitize-html runs as before. test/unit/normalize/allow-list-html.test.ts checks
 * the equivalence against sanitize-html itself on writer output and on random token soup.
 */

/**
 * The tokens it accepts: a plain tag of the allow-list, a link whose href is http(s)/mailto with no space, control
 * character or markup character in it (`&` only as `&amp;`), a closing `</a>`, a run of text without markup
 * characters, or one of the four entities the writer escapes with. Each is tried where its first character says.
 */
const TAG =
  /<(\/?)(p|br|ul|ol|li|strong|em|b|i|h2|h3|h4)>|<a href="((?:[hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:)(?:[^\0-\x20"<>&\x7f-\x9f]|&amp;)*)">|<\/a>/y;
const ENTITY = /&(?:amp|lt|gt|quot);/y;
const TEXT = /[^<>&\0]+/y;
const LT = 0x3c;
const AMP = 0x26;

/** Tags whose opening htmlparser2 lets close an open `<p>` (its implied-close table). */
const CLOSES_P = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol']);

/** sanitize-html's three changes to accepted tokens, made in one pass once the whole string is accepted. */
const REWRITTEN = /<br>|&quot;|<a href="[^"]*">/g;
const rewritten = (token: string): string =>
  token === '<br>' ? '<br />' : token === '&quot;' ? '"' : `${token.slice(0, -1)} rel="nofollow noopener">`;

/** What sanitize-html would return for `html`, or null when `html` is not plain allow-list HTML. */
export function allowListHtml(html: string): string | null {
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    const first = html.charCodeAt(at);
    if (first === LT) {
      TAG.lastIndex = at;
      const m = TAG.exec(html);
      if (!m || !acceptToken(m, open)) return null;
      at = TAG.lastIndex;
    } else {
      const token = first === AMP ? ENTITY : TEXT;
      token.lastIndex = at;
      if (!token.test(html)) return null;
      at = token.lastIndex;
    }
  }
  // text holds no `<` (the writer escapes it) and hrefs no `"` or `&quot;`: every match below is a token
  return open.length ? null : html.replace(REWRITTEN, rewritten);
}

/** Keeps the open-tag stack for a tag token; false where htmlparser2 would close or reopen something on its own. */
function acceptToken(m: RegExpExecArray, open: string[]): boolean {
  const tag = m[2];
  if (tag !== undefined) return acceptTag(tag, m[1] === '/', open);
  if (m[3] !== undefined) return open.push('a') > 0;
  return open.pop() === 'a';
}

function acceptTag(tag: string, closing: boolean, open: string[]): boolean {
  if (tag === 'br') return !closing;
  const top = open[open.length - 1];
  if (closing) {
    if (top !== tag) return false;
    open.pop();
    return true;
  }
  if ((tag === 'li' && top === 'li') || (top === 'p' && CLOSES_P.has(tag))) return false;
  open.push(tag);
  return true;
}

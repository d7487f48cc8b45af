/**
 * sanitize-html's result, without its parse, for HTML that provably holds nothing but the allow-list: the
 * safe-HTML writer's output. sanitize-html re-parses every description and rebuilds it tag by tag, which is
 * the single largest cost of normalising a posting; on the writer's output its only changes are `<br />`,
 * `rel="nofollow noopener"` on links and `&quot;` in text decoded. This checker walks the string once and
 * returns exactly that result when every token is one sanitize-html passes through unchanged; anything else
 * (another tag, attribute, entity or character, an href outside http(s)/mailto, nesting htmlparser2 would
 * repair) returns null, and sanitize-html runs as before. test/unit/normalize/allow-list-html.test.ts checks
 * the equivalence against sanitize-html itself on writer output and on random token soup.
 */

/**
 * One token: a plain tag of the allow-list, a link whose href is http(s)/mailto with no space, control character
 * or markup character in it (`&` only as `&amp;`), a closing `</a>`, a run of text without markup characters, or one of the four entities the writer
 * escapes with.
 */
const TOKEN =
  /<(\/?)(p|br|ul|ol|li|strong|em|b|i|h2|h3|h4)>|<a href="((?:[hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:)(?:[^\0-\x20"<>&\x7f-\x9f]|&amp;)*)">|<\/a>|[^<>&\0]+|&(?:amp|lt|gt|quot);/y;

/** Tags whose opening htmlparser2 lets close an open `<p>` (its implied-close table). */
const CLOSES_P = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol']);
const LINK_REL = ' rel="nofollow noopener"';

/** What sanitize-html would return for `html`, or null when `html` is not plain allow-list HTML. */
export function allowListHtml(html: string): string | null {
  const out: string[] = [];
  const open: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const m = TOKEN.exec(html);
    if (!m) return null;
    const token = m[0];
    const tag = m[2];
    if (tag !== undefined) {
      if (!acceptTag(tag, m[1] === '/', open)) return null;
      out.push(tag === 'br' ? '<br />' : token);
    } else if (m[3] !== undefined) {
      open.push('a');
      out.push(`${token.slice(0, -1)}${LINK_REL}>`);
    } else if (token.charCodeAt(0) === 0x3c /* < */) {
      if (token !== '</a>' || open.pop() !== 'a') return null;
      out.push(token);
    } else out.push(token === '&quot;' ? '"' : token);
  }
  return open.length ? null : out.join('');
}

/** Keeps the open-tag stack; false where htmlparser2 would close or reopen something on its own. */
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

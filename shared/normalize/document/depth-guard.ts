/**
 * Caps how deeply tags nest before htmlparser2 sees the HTML. htmlparser2 keeps its open-element stack with
 * `unshift` and looks close tags up with `indexOf`, so N nested tags cost O(N²): 100,000 nested `<div>`s take
 * ~16 s. Real postings nest a few dozen levels; hostile pages nest thousands. The parser stops as soon as
 * nesting passes the cap (parse-html.ts); this pass then finds tag starts with a linear scan and rewrites the
 * HTML without the tags beyond the cap (their text stays).
 */

export const MAX_NESTING = 128;

const TAG_START = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Tags whose opening closes an open `<p>` (HTML's implied end tags, as htmlparser2 applies them). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'li',
]);
const SELF_CLOSING_SIBLINGS: Record<string, readonly string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};

/** An open-element stack with HTML's common implied closes, bounded by the cap so every look-up is cheap. */
class BoundedStack {
  readonly names: string[] = [];
  private readonly dropped = new Map<string, number>();

  /** Returns whether the opening tag is kept. */
  open(name: string): boolean {
    if (VOID.has(name)) return true;
    this.applyImpliedCloses(name);
    if (this.names.length >= MAX_NESTING) {
      this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
      return false;
    }
    this.names.push(name);
    return true;
  }

  /** Returns whether the closing tag is kept. */
  close(name: string): boolean {
    const dropped = this.dropped.get(name) ?? 0;
    if (dropped > 0) {
      this.dropped.set(name, dropped - 1);
      return false;
    }
    const at = this.names.lastIndexOf(name);
    if (at >= 0) this.names.length = at;
    return true;
  }

  private applyImpliedCloses(name: string): void {
    const top = this.names[this.names.length - 1];
    if (top === 'p' && CLOSES_P.has(name)) this.names.pop();
    const siblings = SELF_CLOSING_SIBLINGS[name];
    if (siblings && siblings.includes(this.names[this.names.length - 1] ?? '')) this.names.pop();
  }
}

/** A copy of the HTML without the tags nested beyond the cap (linear time). */
export function limitNesting(html: string): string {
  const stack = new BoundedStack();
  const parts: string[] = [];
  let copiedUpTo = 0;
  let nextGt = -1;
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(html); m; m = TAG_START.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    const kept = m[1] ? stack.close(name) : stack.open(name);
    if (kept) continue;
    // Remembering the last '>' keeps this linear when many tag starts share one far-away '>'.
    if (nextGt < m.index) nextGt = html.indexOf('>', m.index);
    if (nextGt < 0) break;
    parts.push(html.slice(copiedUpTo, m.index));
    copiedUpTo = nextGt + 1;
    TAG_START.lastIndex = copiedUpTo;
  }
  parts.push(html.slice(copiedUpTo));
  return parts.join('');
}

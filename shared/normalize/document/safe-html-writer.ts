import type { Element, ParentNode } from 'domhandler';
import { walkDom, type DomVisitor } from './dom-walk';
import { collapseRuns } from './records';
import { BLOCK_TAGS } from './html-tags';
import type { Spacer, TextWriter } from './text-writer';

/**
 * Rewrites a DOM as clean, well-nested HTML in the allow-list's vocabulary: headings h2–h4, paragraphs,
 * lists, line breaks, bold/italic and http(s)/mailto links. Containers (div, section, table…) become
 * paragraph boundaries instead of tags, so `<div>a</div><div>b</div>` keeps its break without nesting
 * paragraphs. Text is escaped here; `sanitizeHtml` still runs the result through sanitize-html.
 */

type OutputBlock = 'p' | 'h2' | 'h3' | 'h4' | 'ul' | 'ol' | 'li';
type InlineTag = 'strong' | 'em' | 'b' | 'i' | 'a';

interface InlineFormat {
  tag: InlineTag;
  href?: string;
}

const HEADING_MAP: Readonly<Record<string, OutputBlock>> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h4',
  h6: 'h4',
};
const INLINE_MAP: Readonly<Record<string, InlineTag>> = { strong: 'strong', b: 'b', em: 'em', i: 'i', a: 'a' };
const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s<>"'`]+$/i;
const MAX_HREF = 2048;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const NEEDS_ESCAPE = /[&<>"]/;
const escapeHtml = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c) : text;

/** Text as sanitize-html writes it: `"` stays itself in text (allow-list-html.ts); NUL is tested for alongside. */
const TEXT_ATTENTION = /[&<>\0]/;
const TEXT_ESCAPE = /[&<>]/g;
const escapeText = (text: string): string => text.replace(TEXT_ESCAPE, (c) => ESCAPES[c] ?? c);
/**
 * Characters of an href the allow-list check (allow-list-html.ts) leaves to sanitize-html: controls, space and
 * C1 controls. SAFE_HREF already refuses white space, `<`, `>`, `"`, `'` and backticks; `&` is written `&amp;`.
 */
const HREF_UNCHECKED = /[\0-\x20\x7f-\x9f]/;
/** The opening tags whose opening inside a `<p>` htmlparser2 would close it first (allow-list-html.ts CLOSES_P). */
const CLOSES_P: ReadonlySet<OutputBlock> = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol']);

/**
 * The form the writer writes in. 'checked': the tokens `allowListHtml` checks (`<br>`, `<a href="…">`, `&quot;`
 * in text). 'sanitized': what sanitize-html returns for that, written directly (`<br />`, `rel="nofollow
 * noopener"` on links, `"` in text): the three changes `allowListHtml` makes once it has accepted every token.
 */
type OutputForm = 'checked' | 'sanitized';

/** What an input element did on entering, undone on leaving. */
type Action =
  | { kind: 'block'; tag: OutputBlock }
  | { kind: 'inline'; format: InlineFormat }
  | { kind: 'boundary' }
  | { kind: 'none' };

/** Actions that carry nothing of their own are shared: one element in a page is one entry, not one object. */
const NONE: Action = { kind: 'none' };
const BOUNDARY: Action = { kind: 'boundary' };
const BLOCK_ACTIONS = new Map<OutputBlock, Action>(
  (['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li'] as const).map((tag) => [tag, { kind: 'block', tag }]),
);
const blockAction = (tag: OutputBlock): Action => BLOCK_ACTIONS.get(tag) ?? { kind: 'block', tag };

/** How an input element is written, by tag name: one lookup per element instead of a chain of tests. */
type Role = 'br' | 'heading' | 'list' | 'li' | 'p' | 'inline' | 'cell' | 'boundary';
const ROLES = new Map<string, Role>([
  ...[...BLOCK_TAGS].map((tag): [string, Role] => [tag, 'boundary']),
  ['td', 'cell'],
  ['th', 'cell'],
  ...Object.keys(INLINE_MAP).map((tag): [string, Role] => [tag, 'inline']),
  ['p', 'p'],
  ['li', 'li'],
  ['ul', 'list'],
  ['ol', 'list'],
  ...Object.keys(HEADING_MAP).map((tag): [string, Role] => [tag, 'heading']),
  ['br', 'br'],
]);

/**
 * What the writer writes for each tag it writes: the opening and closing tag (built once, not per element),
 * and the element its mirror is shown, as a reader of the output would see it without parsing it.
 */
interface WrittenTag {
  open: string;
  close: string;
  element: Element;
}
const WRITTEN_TAGS: Readonly<Record<OutputBlock | InlineTag | 'br', WrittenTag>> = Object.fromEntries(
  (['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'br'] as const).map((name) => [
    name,
    { open: `<${name}>`, close: `</${name}>`, element: { name, attribs: {} } as unknown as Element },
  ]),
) as Record<OutputBlock | InlineTag | 'br', WrittenTag>;

class SafeHtmlWriter implements DomVisitor {
  constructor(
    private readonly mirror: TextWriter | null,
    private readonly form: OutputForm = 'checked',
  ) {}

  /**
   * Whether every token written so far is one `allowListHtml` accepts (it then answers for sanitize-html): false
   * once text holds a NUL, an href a control character, or a block opens where htmlparser2 would repair the
   * nesting (which the writer's own rules never do; the test is the check's, kept here so no answer rests on that).
   */
  accepted = true;

  private readonly out: string[] = [];
  private readonly blocks: OutputBlock[] = [];
  /** lists opened for `<li>`s that had none: text outside the items closes them */
  private readonly implicitLists = new Set<number>();
  private pendingSeparator = false;
  private readonly actions: Action[] = [];
  private readonly wanted: InlineFormat[] = [];
  private readonly open: InlineFormat[] = [];
  private blockHasText = false;
  private pendingSpace = false;
  private pendingBreaks = 0;

  enter(element: Element): boolean {
    this.actions.push(this.enterAction(element));
    return true;
  }

  leave(): void {
    const action = this.actions.pop();
    if (!action || action.kind === 'none') return;
    if (action.kind === 'inline') this.closeFormat(action.format);
    else if (action.kind === 'boundary') this.boundary();
    else this.closeBlock(action.tag);
  }

  text(data: string): void {
    const collapsed = collapseRuns(data);
    const core = collapsed.trim();
    if (!core) {
      if (this.blockHasText && collapsed) this.pendingSpace = true;
      return;
    }
    this.ensureTextContainer();
    this.applyBreaks();
    let spacer: Spacer = '';
    if (this.pendingSeparator && this.blockHasText) {
      this.closeAllFormats();
      spacer = ' | ';
      this.out.push(spacer);
    } else if ((this.pendingSpace || collapsed.startsWith(' ')) && this.blockHasText) {
      this.closeUnwantedFormats();
      spacer = ' ';
      this.out.push(spacer);
    }
    this.pendingSeparator = false;
    this.openWantedFormats();
    this.out.push(this.escaped(core));
    this.mirror?.writtenText(spacer, core);
    this.blockHasText = true;
    this.pendingSpace = collapsed.endsWith(' ');
  }

  finish(): string {
    this.closeBlocksDownTo(0);
    return this.out.join('');
  }

  /** Text escaped in the writer's form; a NUL is noted (the allow-list check refuses it). */
  private escaped(core: string): string {
    if (this.form === 'checked') return escapeHtml(core);
    if (!TEXT_ATTENTION.test(core)) return core;
    if (core.includes('\0')) this.accepted = false;
    return escapeText(core);
  }

  private enterAction(element: Element): Action {
    const name = element.name;
    switch (ROLES.get(name)) {
      case 'br':
        if (this.blockHasText) this.pendingBreaks++;
        return NONE;
      case 'heading':
        return this.openHeading(HEADING_MAP[name] ?? 'h4');
      case 'list':
        return this.openList(name === 'ol' ? 'ol' : 'ul');
      case 'li':
        return this.openItem();
      case 'p':
        return this.openParagraph();
      case 'inline':
        return this.openFormat(INLINE_MAP[name] ?? 'b', element);
      case 'cell':
        if (this.blockHasText) this.pendingSeparator = true;
        return NONE;
      case 'boundary':
        this.boundary();
        return BOUNDARY;
      default:
        return NONE;
    }
  }

  private openHeading(tag: OutputBlock): Action {
    if (this.isInside('li') || this.isHeadingOpen()) return NONE;
    this.closeBlocksDownTo(this.listDepthStart());
    this.openBlock(tag);
    return blockAction(tag);
  }

  private openList(tag: 'ul' | 'ol'): Action {
    const top = this.blocks[this.blocks.length - 1];
    if (top !== 'li' && top !== 'ul' && top !== 'ol') this.closeBlocksDownTo(this.listDepthStart());
    else if (top === 'ul' || top === 'ol') this.openBlock('li');
    this.openBlock(tag);
    return blockAction(tag);
  }

  private openItem(): Action {
    const top = this.blocks[this.blocks.length - 1];
    if (top === 'li') this.closeBlock('li');
    const parent = this.blocks[this.blocks.length - 1];
    if (parent !== 'ul' && parent !== 'ol') {
      this.closeBlocksDownTo(this.listDepthStart());
      this.openBlock('ul');
      this.implicitLists.add(this.blocks.length - 1);
    }
    this.openBlock('li');
    return blockAction('li');
  }

  private openParagraph(): Action {
    if (this.isInside('li') || this.isHeadingOpen()) {
      this.boundary();
      return BOUNDARY;
    }
    this.closeBlocksDownTo(this.listDepthStart());
    this.openBlock('p');
    return blockAction('p');
  }

  private openFormat(tag: InlineTag, element: Element): Action {
    if (tag === 'a') {
      const href = element.attribs.href?.trim() ?? '';
      if (href.length > MAX_HREF || !SAFE_HREF.test(href) || this.wanted.some((f) => f.tag === 'a')) return NONE;
      const format = { tag, href };
      this.wanted.push(format);
      return { kind: 'inline', format };
    }
    const format = { tag };
    this.wanted.push(format);
    return { kind: 'inline', format };
  }

  private closeFormat(format: InlineFormat): void {
    const at = this.wanted.lastIndexOf(format);
    if (at >= 0) this.wanted.splice(at, 1);
    if (this.open.includes(format)) this.closeUnwantedFormats();
  }

  /** Ends the current paragraph-like run: inside a list item a later run starts on a new line. */
  private boundary(): void {
    const top = this.blocks[this.blocks.length - 1];
    if (top === 'li' || top === 'h2' || top === 'h3' || top === 'h4') {
      if (this.blockHasText && top === 'li') this.pendingBreaks = Math.max(this.pendingBreaks, 1);
      else if (this.blockHasText) this.pendingSpace = true;
      return;
    }
    if (top === 'p') this.closeBlock('p');
  }

  private ensureTextContainer(): void {
    const depth = this.blocks.length - 1;
    if (this.implicitLists.has(depth)) this.closeBlocksDownTo(depth);
    const top = this.blocks[this.blocks.length - 1];
    if (top === 'ul' || top === 'ol') this.openBlock('li');
    else if (top === undefined) this.openBlock('p');
  }

  /** `<br>`s inside text: one is a line break; two or more end the paragraph. */
  private applyBreaks(): void {
    if (this.pendingBreaks === 0) return;
    const breaks = this.pendingBreaks;
    this.pendingBreaks = 0;
    if (!this.blockHasText) return;
    const top = this.blocks[this.blocks.length - 1];
    if (top === 'p' && breaks >= 2) {
      this.closeBlock('p');
      this.openBlock('p');
      return;
    }
    if (top === 'h2' || top === 'h3' || top === 'h4') {
      this.pendingSpace = true;
      return;
    }
    this.closeAllFormats();
    this.out.push(this.form === 'checked' ? '<br>' : '<br />');
    this.mirror?.enter(WRITTEN_TAGS.br.element);
    this.pendingSpace = false;
  }

  private openBlock(tag: OutputBlock): void {
    this.closeAllFormats();
    const top = this.blocks[this.blocks.length - 1];
    if ((tag === 'li' && top === 'li') || (top === 'p' && CLOSES_P.has(tag))) this.accepted = false;
    const written = WRITTEN_TAGS[tag];
    this.out.push(written.open);
    this.mirror?.enter(written.element);
    this.blocks.push(tag);
    this.implicitLists.delete(this.blocks.length - 1);
    this.blockHasText = false;
    this.pendingSpace = false;
    this.pendingBreaks = 0;
  }

  private closeBlock(tag: OutputBlock): void {
    const at = this.blocks.lastIndexOf(tag);
    if (at >= 0) this.closeBlocksDownTo(at);
  }

  private closeBlocksDownTo(depth: number): void {
    while (this.blocks.length > depth) {
      this.closeAllFormats();
      const tag = this.blocks.pop();
      this.implicitLists.delete(this.blocks.length);
      if (tag) {
        const written = WRITTEN_TAGS[tag];
        this.out.push(written.close);
        this.mirror?.leave(written.element);
      }
      this.blockHasText = tag === 'li' || tag === 'ul' || tag === 'ol';
    }
    this.pendingSpace = false;
    this.pendingBreaks = 0;
    this.pendingSeparator = false;
  }

  /** Where a new top-level block may open: inside the innermost list item, or at the root. */
  private listDepthStart(): number {
    const at = this.blocks.lastIndexOf('li');
    return at >= 0 ? at + 1 : 0;
  }

  private isInside(tag: OutputBlock): boolean {
    return this.blocks.includes(tag);
  }

  private isHeadingOpen(): boolean {
    const top = this.blocks[this.blocks.length - 1];
    return top === 'h2' || top === 'h3' || top === 'h4';
  }

  private openWantedFormats(): void {
    this.closeUnwantedFormats();
    // each pass opens one more: `open` is a prefix of `wanted` again at the end
    for (let at = this.open.length; at < this.wanted.length; at++) {
      const format = this.wanted[at]!;
      this.out.push(format.tag === 'a' ? this.linkTag(format.href ?? '') : WRITTEN_TAGS[format.tag].open);
      this.open.push(format);
    }
  }

  private linkTag(href: string): string {
    if (this.form === 'checked') return `<a href="${escapeHtml(href)}">`;
    if (HREF_UNCHECKED.test(href)) this.accepted = false;
    return `<a href="${escapeHtml(href)}" rel="nofollow noopener">`;
  }

  /** Closes open formats from the first one that is no longer wanted at its position. */
  private closeUnwantedFormats(): void {
    let keep = 0;
    while (keep < this.open.length && this.open[keep] === this.wanted[keep]) keep++;
    while (this.open.length > keep) this.closeLastFormat();
  }

  private closeAllFormats(): void {
    while (this.open.length > 0) this.closeLastFormat();
  }

  private closeLastFormat(): void {
    const format = this.open.pop();
    if (format) this.out.push(WRITTEN_TAGS[format.tag].close);
  }
}

/**
 * Clean allow-list HTML of a DOM subtree (escaped text, well-nested tags, safe links only); `mirror`, when
 * given, sees the written tags and text as if it read the output.
 */
export function writeSafeHtml(root: ParentNode, mirror: TextWriter | null = null): string {
  const writer = new SafeHtmlWriter(mirror);
  walkDom(root, writer);
  return writer.finish();
}

/** The writer's output in sanitize-html's own form, and whether it is sanitize-html's answer (`SafeHtmlWriter.accepted`). */
export interface SanitizedHtml {
  html: string;
  /**
   * true: `html` is exactly what `allowListHtml` (and so sanitize-html) returns for `writeSafeHtml` of the same
   * walk. false: left to sanitize-html, which is to read `writeSafeHtml`'s output.
   */
  final: boolean;
}

/**
 * `writeSafeHtml` of what `walk` walks, already in the form sanitize-html gives it back (`<br />`, links with
 * `rel="nofollow noopener"`, `"` unescaped in text), so the allow-list check needs no second pass over the
 * output: the writer knows it wrote only tokens that check accepts. Null when `walk` declines (having called
 * nothing). allow-list-html.test.ts compares it with `allowListHtml` and sanitize-html on random HTML.
 */
export function writeSanitizedHtmlOf(
  walk: (visitor: DomVisitor) => boolean,
  mirror: TextWriter | null = null,
): SanitizedHtml | null {
  const writer = new SafeHtmlWriter(mirror, 'sanitized');
  if (!walk(writer)) return null;
  const html = writer.finish();
  return { html, final: writer.accepted };
}

/**
 * `writeSafeHtml` of what `walk` walks instead of a DOM (rendered-walk.ts), or null when `walk` declines
 * (having called nothing).
 */
export function writeSafeHtmlOf(
  walk: (visitor: DomVisitor) => boolean,
  mirror: TextWriter | null = null,
): string | null {
  const writer = new SafeHtmlWriter(mirror);
  return walk(writer) ? writer.finish() : null;
}

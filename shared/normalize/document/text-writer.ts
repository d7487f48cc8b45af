import type { Element, ParentNode } from 'domhandler';
import { walkDom, type DomVisitor } from './dom-walk';
import { collapseRuns } from './records';
import { BLOCK_TAGS, PARAGRAPH_TAGS } from './html-tags';

/** What the safe-HTML writer puts between two runs of text in a block: nothing, a space, or a table cell's bar. */
export type Spacer = '' | ' ' | ' | ';

/** The newlines owed before text: a line break or a blank line (`pendingBreak` is never more than 2). */
const BREAKS: readonly string[] = ['', '\n', '\n\n'];

/**
 * Reads a DOM as plain text: paragraphs separated by a blank line, other blocks and `<br>` by a line break,
 * list items as "- item" lines (nested items indented), table cells separated by " | ".
 */
export class TextWriter implements DomVisitor {
  private readonly out: string[] = [];
  /** newlines owed before the next text: 1 = line break, 2 = blank line */
  private pendingBreak = 0;
  private pendingSpace = false;
  private pendingPrefix: string | null = null;
  private lineHasText = false;
  private listDepth = 0;

  enter(element: Element): boolean {
    const name = element.name;
    if (name === 'br') this.requestBreak(1, true);
    else if (name === 'ul' || name === 'ol') {
      this.listDepth++;
      this.requestBreak(this.listDepth === 1 ? 2 : 1);
    } else if (name === 'li') {
      this.requestBreak(1);
      this.pendingPrefix = `${'  '.repeat(Math.max(0, this.listDepth - 1))}- `;
    } else if (name === 'td' || name === 'th') {
      if (this.lineHasText) this.pendingPrefix = ' | ';
    } else if (BLOCK_TAGS.has(name)) this.blockBoundary(name);
    return true;
  }

  leave(element: Element): void {
    const name = element.name;
    if (name === 'ul' || name === 'ol') {
      this.listDepth = Math.max(0, this.listDepth - 1);
      this.requestBreak(this.listDepth === 0 ? 2 : 1);
    } else if (name === 'li') this.requestBreak(1);
    else if (name === 'td' || name === 'th') return;
    else if (BLOCK_TAGS.has(name)) this.blockBoundary(name);
  }

  /** Inside a list, paragraphs and divs only separate words: the item stays on its "- " line. */
  private blockBoundary(name: string): void {
    if (this.listDepth > 0) {
      if (this.lineHasText) this.pendingSpace = true;
      return;
    }
    this.requestBreak(PARAGRAPH_TAGS.has(name) ? 2 : 1);
  }

  text(data: string): void {
    const collapsed = collapseRuns(data);
    const core = collapsed.trim();
    if (!core) {
      if (collapsed && this.lineHasText) this.pendingSpace = true;
      return;
    }
    this.write(core, collapsed.startsWith(' '), collapsed.endsWith(' '));
  }

  /**
   * `text(spacer + core)` for text the safe-HTML writer wrote (safe-html-writer.ts, as its mirror): `core` is
   * collapsed and trimmed already, so it is not read again. Read as `text` reads it: collapsing changes
   * nothing, trimming leaves `core` or, after " | ", "| " and `core`; it starts with a space when a spacer leads.
   */
  writtenText(spacer: Spacer, core: string): void {
    this.write(core, spacer !== '', false, spacer === ' | ' ? '| ' : '');
  }

  private write(core: string, spaceBefore: boolean, spaceAfter: boolean, lead = ''): void {
    if (this.pendingBreak > 0 && this.out.length > 0) this.out.push(BREAKS[this.pendingBreak] ?? '');
    this.pendingBreak = 0;
    if (this.pendingPrefix !== null) this.out.push(this.pendingPrefix);
    else if (this.lineHasText && (this.pendingSpace || spaceBefore)) this.out.push(' ');
    this.pendingPrefix = null;
    if (lead) this.out.push(lead);
    this.out.push(core);
    this.lineHasText = true;
    this.pendingSpace = spaceAfter;
  }

  finish(): string {
    return this.out.join('');
  }

  /** A `<br>` adds a line break (two in a row make a blank line); blocks ask for at least `lines`. */
  private requestBreak(lines: number, forced = false): void {
    if (this.lineHasText || this.pendingBreak > 0) {
      this.pendingBreak = forced ? Math.min(2, this.pendingBreak + 1) : Math.max(this.pendingBreak, lines);
    }
    this.lineHasText = false;
    this.pendingSpace = false;
  }
}

/** Plain text of a DOM subtree. */
export function writeText(root: ParentNode): string {
  const writer = new TextWriter();
  walkDom(root, writer);
  return writer.finish();
}

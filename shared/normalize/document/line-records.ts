import { isHeadingMarker, splitBullet } from './bullets';
import { EMOJI_SEQUENCE } from './emoji';
import { fieldKeyFor, splitFieldLine } from './field-dictionary';
import { classifyHeading, classifyHeadingStrict } from './heading-dictionary';
import { isStrongLine, stripInlineMarkdown } from './inline-markdown';
import { collapseSpace, type LineRecord, type ListItem } from './records';
import { relativePostedDate } from '../relative-date';

/** How a text source is read: Markdown syntax, or plain text (where stray Markdown is still tolerated). */
export interface TextReadOptions {
  markdown: boolean;
}

const FENCE = /^\s{0,3}(?:```|~~~)/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^\s{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^\s*(?:>\s?)+/;
const ENDS_SENTENCE = /[.!?:;。！？：]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const SHAPE_DAY = new Date(0);
const CHILD_INDENT = 2;

interface OpenItem {
  indent: number;
  item: ListItem;
}

/** Reads Markdown or plain text line by line into line records; nested bullets become child items. */
class TextRecordReader {
  readonly records: LineRecord[] = [];
  private list: { items: ListItem[]; ordered: boolean; open: OpenItem[] } | null = null;
  private blankBefore = false;
  private inFence = false;

  constructor(private readonly options: TextReadOptions) {}

  read(rawLine: string): void {
    if (this.options.markdown && FENCE.test(rawLine)) {
      this.closeList();
      this.inFence = !this.inFence;
      return;
    }
    if (this.inFence) return this.pushLine(rawLine.trim(), rawLine.trim());
    if (!rawLine.trim()) return this.blank();
    const heading = ATX_HEADING.exec(rawLine);
    if (heading) return this.heading(heading[2] ?? '', heading[1]?.length ?? 1);
    const rule = RULE.exec(rawLine);
    if (rule) return this.rule(rule[1] ?? '-');
    const indent = indentWidth(rawLine);
    const bullet = splitBullet(rawLine.trimStart());
    if (bullet && !isDecoratedHeadingLine(bullet.marker, bullet.text))
      return this.item(indent, bullet.text, bullet.ordered, bullet.marker);
    this.textLine(rawLine, indent);
  }

  finish(): LineRecord[] {
    this.closeList();
    return this.records;
  }

  private blank(): void {
    this.blankBefore = true;
    if (!this.list) this.pushBreak();
  }

  private heading(text: string, level: number): void {
    this.closeList();
    const clean = collapseSpace(stripInlineMarkdown(text));
    this.pushBreak();
    if (clean) this.records.push({ type: 'heading', text: clean, level });
    this.pushBreak();
    this.blankBefore = false;
  }

  /** "Title\n=====" and "Title\n-----" underline the line before; otherwise a rule separates paragraphs. */
  private rule(marker: string): void {
    const previous = this.records[this.records.length - 1];
    if (!this.list && !this.blankBefore && previous?.type === 'line' && (marker === '=' || marker === '-')) {
      this.records[this.records.length - 1] = { type: 'heading', text: previous.text, level: marker === '=' ? 1 : 2 };
    } else this.closeList();
    this.pushBreak();
    this.blankBefore = false;
  }

  private item(indent: number, source: string, ordered: boolean, marker: string): void {
    const entry: ListItem = { text: this.inline(source), source, marker, children: [] };
    if (!this.list) {
      this.pushBreak();
      this.list = { items: [], ordered, open: [] };
    }
    const open = this.list.open;
    while (open.length > 0 && indent < (open[open.length - 1]?.indent ?? 0) + CHILD_INDENT) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.item.children.push(entry);
    else this.list.items.push(entry);
    open.push({ indent, item: entry });
    this.blankBefore = false;
  }

  private textLine(rawLine: string, indent: number): void {
    const deepest = this.list?.open[this.list.open.length - 1];
    if (deepest && this.continuesItem(deepest, rawLine, indent)) {
      deepest.item.source = `${deepest.item.source ?? deepest.item.text} ${rawLine.trim()}`;
      deepest.item.text = collapseSpace(`${deepest.item.text} ${this.inline(rawLine.trim())}`);
      this.blankBefore = false;
      return;
    }
    this.closeList();
    let line = this.options.markdown ? rawLine.replace(BLOCKQUOTE, '') : rawLine;
    if (TABLE_ROW.test(line)) {
      if (TABLE_SEPARATOR.test(line)) return;
      line = tableRowAsLine(line);
    }
    const source = line.trim();
    this.pushLine(this.inline(source), source);
    this.blankBefore = false;
  }

  private continuesItem(open: OpenItem, rawLine: string, indent: number): boolean {
    if (indent >= open.indent + CHILD_INDENT) return true;
    if (this.blankBefore) return false;
    return !ENDS_SENTENCE.test(open.item.text) && STARTS_LOWER.test(rawLine.trim());
  }

  private pushLine(text: string, source: string): void {
    if (!text) return;
    const previous = this.records[this.records.length - 1];
    // Hard-wrapped prose: a line that goes on in lower case continues the sentence before it.
    if (
      previous?.type === 'line' &&
      !this.blankBefore &&
      !ENDS_SENTENCE.test(previous.text) &&
      STARTS_LOWER.test(text) &&
      !previous.strong &&
      !splitFieldLine(text) &&
      // "vor 3 Tagen veröffentlicht", "il y a 5 jours": a date line of its own, not the rest of a sentence
      relativePostedDate(text, SHAPE_DAY) === null
    ) {
      previous.text = `${previous.text} ${text}`;
      previous.source = `${previous.source ?? ''} ${source}`;
      return;
    }
    this.records.push({ type: 'line', text, strong: isStrongLine(source), source });
  }

  private closeList(): void {
    if (!this.list) return;
    if (this.list.items.length > 0)
      this.records.push({ type: 'list', items: this.list.items, ordered: this.list.ordered });
    this.list = null;
    this.pushBreak();
  }

  private pushBreak(): void {
    if (this.records.length > 0 && this.records[this.records.length - 1]?.type !== 'break')
      this.records.push({ type: 'break' });
  }

  private inline(text: string): string {
    return collapseSpace(this.options.markdown ? stripInlineMarkdown(text) : text);
  }
}

/** Indentation in columns (a tab counts four). */
function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x20) width += 1;
    else if (code === 0x09) width += 4;
    else break;
  }
  return width;
}

/** "| Location | Berlin |" reads as "Location: Berlin"; wider rows keep their cells apart. */
function tableRowAsLine(line: string): string {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
  const [first, second] = cells;
  if (cells.length === 2 && first && second) return `${first.replace(/[:：]$/u, '')}: ${second}`;
  return cells.join(' | ');
}

const LINE_BREAK = /\r\n?|\n/;
const FENCE_LINE = new RegExp(FENCE.source, 'm');

/**
 * Whether a Markdown document has a code fence line (FENCE) anywhere. Every fence holds three backticks or
 * tildes in a row, so a document with neither (most) skips the line-by-line scan.
 */
export const hasFenceLine = (source: string): boolean =>
  (source.includes('```') || source.includes('~~~')) && FENCE_LINE.test(source);

/** Line records of a Markdown or plain-text document. */
export function textRecords(source: string, options: TextReadOptions): LineRecord[] {
  const reader = new TextRecordReader(options);
  for (const line of source.split(LINE_BREAK)) reader.read(line);
  return reader.finish();
}

/** A marker that is one whole emoji (emoji.ts): pictographs and their sequences, keycaps, flags. */
const EMOJI = new RegExp(`^${EMOJI_SEQUENCE}`, 'u');

/**
 * "■ 歓迎スキル" and "🚀 What you'll do" are headings dressed with a bullet-like marker, not items. An emoji
 * marker also dresses items ("✅ Health insurance"), so behind one only a line that is nothing but a known
 * heading counts.
 */
export function isDecoratedHeadingLine(marker: string, text: string): boolean {
  if (text.length > 60) return false;
  // "■勤務地" alone dresses a field label whose value follows on the next line
  if (isHeadingMarker(marker)) return classifyHeading(text) !== null || fieldKeyFor(text) !== null;
  return EMOJI.test(marker) && classifyHeadingStrict(text) !== null;
}

import type { ChildNode, Element, ParentNode } from 'domhandler';
import { walkDom, type DomVisitor } from './dom-walk';
import { fieldKeyFor, splitFieldLine } from './field-dictionary';
import { BLOCK_TAGS, BOLD_TAGS, HEADING_LEVEL, PARAGRAPH_TAGS } from './html-tags';
import { collapseSpace, type LineRecord, type ListItem } from './records';

interface ItemFrame {
  parts: string[];
  children: ListItem[];
}

interface ListFrame {
  ordered: boolean;
  items: ListItem[];
  /** the item a nested list belongs to */
  parent: ItemFrame | null;
  /** `<li>`s with no list around them (Lever's `lists[].content`) */
  implicit: boolean;
}

/** Reads a DOM into line records in one walk: lines with their boldness, headings, lists with nesting, table rows. */
class HtmlRecordReader implements DomVisitor {
  readonly records: LineRecord[] = [];
  private lineParts: string[] = [];
  private boldChars = 0;
  private plainChars = 0;
  private boldDepth = 0;
  private heading: { element: Element; level: number; parts: string[] } | null = null;
  private readonly lists: ListFrame[] = [];
  private readonly items: ItemFrame[] = [];
  private readonly rows: string[][] = [];
  /** lines a `<br>` ended inside the table cell being read, and how deep in cells the walk is */
  private cellLines: string[] = [];
  private cellDepth = 0;
  private termLabel: string | null = null;
  /** a bold run just closed: the text after it may be the value of a label */
  private boldLabel = false;
  /** the line being flushed ends at a block that is no paragraph (a facts box's `<div>`), not a `<br>` or `<p>` */
  private endsAtBox = false;
  /** the last line pushed ended at such a block, so it may be a label whose value is the next box */
  private lastLineInBox = false;

  enter(element: Element): boolean {
    const name = element.name;
    if (!BLOCK_TAGS.has(name) && isElement(previousVisible(element))) this.separateLabel();
    if (name === 'br') this.lineBreak();
    else if (name === 'ul' || name === 'ol') this.openList(name === 'ol');
    else if (name === 'li') this.openItem();
    else if (BOLD_TAGS.has(name)) this.boldDepth++;
    else if (this.items.length > 0) this.itemSpace(name);
    else if (HEADING_LEVEL[name] !== undefined && !this.heading) this.openHeading(element, HEADING_LEVEL[name]);
    else if (name === 'tr') this.openRow();
    else if (name === 'td' || name === 'th') this.cellDepth++;
    else if (BLOCK_TAGS.has(name)) this.blockBoundary(name);
    return true;
  }

  leave(element: Element): void {
    const name = element.name;
    if (name === 'ul' || name === 'ol') this.closeList();
    else if (name === 'li') this.closeItem();
    else if (BOLD_TAGS.has(name)) this.closeBold();
    else if (this.items.length > 0) this.itemSpace(name);
    else if (this.heading?.element === element) this.closeHeading();
    else if (name === 'td' || name === 'th') this.closeCell();
    else if (name === 'tr') this.closeRow();
    else if (name === 'dt') this.termLabel = this.takeLine();
    else if (name === 'dd') this.closeDefinition();
    else if (BLOCK_TAGS.has(name)) this.closeBlock(name);
  }

  /** A term labels every description after it up to the next term or the end of its list. */
  private closeBlock(name: string): void {
    if (name === 'dl') this.termLabel = null;
    this.blockBoundary(name);
  }

  text(data: string): void {
    if (this.boldLabel && data.trim()) this.separateLabel();
    this.boldLabel = false;
    const item = this.items[this.items.length - 1];
    if (item) return void item.parts.push(data);
    if (this.heading) return void this.heading.parts.push(data);
    const visible = data.trim().length;
    if (visible === 0) return void this.lineParts.push(data);
    this.closeImplicitList();
    this.lineParts.push(data);
    if (this.boldDepth > 0) this.boldChars += visible;
    else this.plainChars += visible;
  }

  finish(): LineRecord[] {
    this.flushLine();
    while (this.items.length > 0) this.closeItem();
    while (this.lists.length > 0) this.closeList();
    return this.records;
  }

  /**
   * `<span class="label">Location</span><span>Toronto</span>`: a known field label in an element of its own,
   * followed by its value in the next one, reads as "Location: Toronto".
   */
  /** "<strong>Location</strong> Toronto": a bold known label followed by plain text is a label too. */
  private closeBold(): void {
    this.boldDepth--;
    this.boldLabel = this.boldDepth === 0 && !this.heading && (this.items.length > 0 || this.plainChars === 0);
  }

  private separateLabel(): void {
    if (this.heading) return;
    const parts = this.items[this.items.length - 1]?.parts ?? this.lineParts;
    if (parts.length === 0 || parts.length > MAX_LABEL_PARTS) return;
    const text = collapseSpace(parts.join(''));
    if (!text || text.length > MAX_LABEL_CHARS || LABEL_END.test(text) || !FACT_KEYS.has(fieldKeyFor(text) ?? ''))
      return;
    parts.length = 0;
    parts.push(text, ': ');
  }

  private lineBreak(): void {
    const item = this.items[this.items.length - 1];
    if (item) item.parts.push(' ');
    else if (this.heading) this.heading.parts.push(' ');
    else if (this.cellDepth > 0 && this.rows.length > 0) this.breakCellLine();
    else this.flushLine();
  }

  /** A `<br>` in a table cell ends one of the cell's lines, which stay the cell's (a row's value may be a list). */
  private breakCellLine(): void {
    const line = this.takeLine();
    if (line) this.cellLines.push(line);
  }

  private blockBoundary(name: string): void {
    this.endsAtBox = !PARAGRAPH_TAGS.has(name);
    this.flushLine();
    this.endsAtBox = false;
    if (PARAGRAPH_TAGS.has(name)) this.pushBreak();
  }

  private itemSpace(name: string): void {
    if (BLOCK_TAGS.has(name)) this.items[this.items.length - 1]?.parts.push(' ');
  }

  private openHeading(element: Element, level: number): void {
    this.flushLine();
    this.closeImplicitList();
    this.pushBreak();
    this.heading = { element, level, parts: [] };
  }

  private closeHeading(): void {
    const heading = this.heading;
    this.heading = null;
    const text = heading ? collapseSpace(heading.parts.join('')) : '';
    if (heading && text) this.records.push({ type: 'heading', text, level: heading.level });
    this.pushBreak();
  }

  private openList(ordered: boolean): void {
    const parent = this.items[this.items.length - 1] ?? null;
    if (!parent) {
      this.flushLine();
      this.closeImplicitList();
      this.pushBreak();
    }
    this.lists.push({ ordered, items: [], parent, implicit: false });
  }

  private closeList(): void {
    const list = this.lists.pop();
    if (!list) return;
    if (list.parent) list.parent.children.push(...list.items);
    else if (list.items.length > 0) {
      this.records.push({ type: 'list', items: list.items, ordered: list.ordered });
      this.pushBreak();
    }
  }

  private closeImplicitList(): void {
    const top = this.lists[this.lists.length - 1];
    if (top?.implicit && this.items.length === 0) this.closeList();
  }

  private openItem(): void {
    if (this.lists.length === 0) {
      this.flushLine();
      this.lists.push({ ordered: false, items: [], parent: null, implicit: true });
    }
    this.items.push({ parts: [], children: [] });
  }

  private closeItem(): void {
    const frame = this.items.pop();
    if (!frame) return;
    const text = collapseSpace(frame.parts.join(''));
    if (text || frame.children.length > 0)
      this.lists[this.lists.length - 1]?.items.push({ text, children: frame.children });
  }

  private openRow(): void {
    this.flushLine();
    this.rows.push([]);
  }

  private closeCell(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
    const last = this.takeLine();
    const lines = last ? [...this.cellLines, last] : this.cellLines;
    this.cellLines = [];
    const row = this.rows[this.rows.length - 1];
    if (row && lines.length > 0) row.push(lines.join(CELL_LINE));
    else for (const line of lines) this.pushLine(line, false);
  }

  /** A two-cell row reads as "Label: value", so key/value tables become header fields. */
  private closeRow(): void {
    const cells = this.rows.pop() ?? [];
    const rest = this.takeLine();
    if (rest) cells.push(rest);
    const [first, second] = cells;
    // cells that each state a fact ("Location: Berlin" | "Salary: €60k") stay apart, as fact-line.ts reads them
    if (cells.length === 2 && first && second && first.length <= 40 && !splitFieldLine(first)?.key)
      this.pushLabelled(first.replace(/[:：]\s*$/u, ''), second.split(CELL_LINE));
    else if (cells.length > 0) this.pushLine(cells.join(' | ').replaceAll(CELL_LINE, ' '), false);
  }

  /**
   * A label cell and a value cell of several lines ("勤務地" | "東京本社<br>大阪オフィス<br>福岡オフィス"): a known
   * field's label stands before each line, as a term before each of several descriptions, so every office is a
   * place; any other label's lines are one value.
   */
  private pushLabelled(label: string, lines: string[]): void {
    if (lines.length > 1 && fieldKeyFor(label) !== null)
      for (const line of lines) this.pushLine(`${label}: ${line}`, false);
    else this.pushLine(`${label}: ${lines.join(' ')}`, false);
  }

  private closeDefinition(): void {
    const value = this.takeLine();
    const label = this.termLabel;
    if (label && value) this.pushLine(`${label.replace(/[:：]\s*$/u, '')}: ${value}`, false);
    else if (value || label) this.pushLine(value || label || '', false);
  }

  private takeLine(): string {
    const text = collapseSpace(this.lineParts.join(''));
    this.resetLine();
    return text;
  }

  private flushLine(): void {
    const strong = this.boldChars > 0 && this.plainChars === 0;
    const text = this.takeLine();
    if (text) this.pushLine(text, strong);
  }

  private pushLine(text: string, strong: boolean): void {
    if (this.joinsLabel(text)) return;
    this.records.push({ type: 'line', text, strong });
    this.lastLineInBox = this.endsAtBox;
  }

  /**
   * A fact label in an element of its own and its value in the next ("<div>Hình thức làm việc</div><div>Toàn
   * thời gian</div>", the facts boxes beside a posting on job boards): the value joins the label as one
   * "Label: value" line, as a label and value side by side do. Only a short value, and only after a known label.
   */
  private joinsLabel(value: string): boolean {
    // only a label in a box of its own: lines a <br> or a paragraph ends are prose (and Markdown's rendering)
    if (!this.lastLineInBox) return false;
    if (value.length > MAX_JOINED_VALUE || LABEL_END.test(value) || SENTENCE_END.test(value)) return false;
    const records = this.records;
    const gap = records[records.length - 1]?.type === 'break' ? 1 : 0;
    const previous = records[records.length - 1 - gap];
    if (previous?.type !== 'line' || !isBareFactLabel(previous.text) || isBareFactLabel(value)) return false;
    // "<div>Location</div><div>Department: Sales</div>": the next line is a fact of its own, not the label's value
    if (splitFieldLine(value)?.key) return false;
    records.length -= gap;
    records[records.length - 1] = {
      type: 'line',
      text: `${previous.text.replace(/[:：]\s*$/u, '')}: ${value}`,
      strong: false,
    };
    return true;
  }

  private resetLine(): void {
    this.lineParts = [];
    this.boldChars = 0;
    this.plainChars = 0;
  }

  private pushBreak(): void {
    if (this.records.length > 0 && this.records[this.records.length - 1]?.type !== 'break')
      this.records.push({ type: 'break' });
  }
}

const MAX_LABEL_CHARS = 40;
/** A value joined to a label on its own line is short: a longer text after a label line is prose under a heading. */
/** A line ending a sentence ("We build payment tools for shops.") is prose under the label, not its value. */
const SENTENCE_END = /[.!?。！？]\s*$/u;
const MAX_JOINED_VALUE = 100;

/** A line that is nothing but a known fact label ("Mức lương", "Location:", "Hình thức làm việc"). */
function isBareFactLabel(text: string): boolean {
  if (text.length > MAX_LABEL_CHARS) return false;
  const key = fieldKeyFor(text.replace(/[:：]\s*$/u, ''));
  return key !== null && FACT_KEYS.has(key);
}
/** Joins a table cell's lines until its row is read (a control character no text keeps). */
const CELL_LINE = '\u0001';
/** A label is a few text nodes; a longer run is prose, and joining it at every inline tag would cost quadratic time. */
const MAX_LABEL_PARTS = 6;
/**
 * Labels whose value follows without a colon only in fact boxes; "Experience", "Travel" or "Start" in bold
 * also begin ordinary sentences and items ("<b>Experience</b> in fintech").
 */
const FACT_KEYS: ReadonlySet<string> = new Set([
  'location',
  'salary',
  'employment type',
  'department',
  'company',
  'workplace',
  'posted',
  'deadline',
  'hours',
  'reference',
]);
const LABEL_END = /[:：]$/u;

const isElement = (node: ChildNode | null): boolean => node?.type === 'tag';

/** The sibling before a node, skipping whitespace between tags. */
function previousVisible(node: ChildNode): ChildNode | null {
  let prev = node.prev;
  while (prev && prev.type === 'text' && !(prev as { data: string }).data.trim()) prev = prev.prev;
  return prev;
}

/** Line records of a DOM subtree (one pass, no recursion). */
export function htmlRecords(root: ParentNode): LineRecord[] {
  const reader = new HtmlRecordReader();
  walkDom(root, reader);
  return reader.finish();
}

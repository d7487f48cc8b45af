import type { Element, ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { childElements, textOf, walkDom } from '../../normalize/document/dom-walk';
import { foldText } from '../../normalize/document/fold';
import { isBoardStatusText } from '../text/pasted-page';
import { isBoardQuestionsHeading, isChrome, isOtherJobsHeading } from './page-noise';

interface TextStats {
  text: number;
  link: number;
}

/** Visible and link text length of every element, in one post-order walk. */
function measureText(root: ParentNode): Map<ParentNode, TextStats> {
  const stats = new Map<ParentNode, TextStats>();
  const open: Array<{ element: Element; stats: TextStats }> = [];
  let linkDepth = 0;
  walkDom(root, {
    enter(element) {
      const entry = { element, stats: { text: 0, link: 0 } };
      open.push(entry);
      if (element.name === 'a') linkDepth++;
      return true;
    },
    leave(element) {
      const entry = open.pop();
      if (element.name === 'a') linkDepth--;
      if (!entry) return;
      stats.set(element, entry.stats);
      const parent = open[open.length - 1];
      if (parent) {
        parent.stats.text += entry.stats.text;
        parent.stats.link += entry.stats.link;
      }
    },
    text(data) {
      const length = data.trim().length;
      const top = open[open.length - 1];
      if (!top || length === 0) return;
      top.stats.text += length;
      if (linkDepth > 0) top.stats.link += length;
    },
  });
  stats.set(root, sumOfChildren(root, stats));
  return stats;
}

/**
 * The node the walk started from (the `<body>`, or a document without one) counts its children's text.
 * (Counted as empty, it made the first step always descend: a small page kept only its largest paragraph
 * or list.)
 */
function sumOfChildren(root: ParentNode, stats: Map<ParentNode, TextStats>): TextStats {
  const sum = { text: 0, link: 0 };
  for (const child of childElements(root)) {
    const s = stats.get(child);
    sum.text += s?.text ?? 0;
    sum.link += s?.link ?? 0;
  }
  return sum;
}

/** Non-link text of a node (nothing for one the walk skipped). */
const ownText = (stats: Map<ParentNode, TextStats>, node: ParentNode): number => {
  const s = stats.get(node);
  return s ? s.text - s.link : 0;
};

/** What may be left out when descending into a child: a few words (a title, a button), or a sliver of the whole. */
const SMALL_REMAINDER_CHARS = 40;
const SMALL_REMAINDER_SHARE = 0.03;

/**
 * The smallest element that holds (nearly) all of the page's non-link text once chrome is removed: from
 * the body, step into a child while the other children hold next to nothing. Works without any site's
 * class names; `<main>`, `<article>` and posting containers end up chosen because they hold the text.
 */
function densestContainer(start: ParentNode, stats: Map<ParentNode, TextStats>): ParentNode {
  let node: ParentNode = start;
  for (;;) {
    const total = ownText(stats, node);
    let best: Element | null = null;
    for (const child of childElements(node)) if (!best || ownText(stats, child) > ownText(stats, best)) best = child;
    if (!best) return node;
    const remainder = total - ownText(stats, best);
    if (remainder > Math.max(SMALL_REMAINDER_CHARS, total * SMALL_REMAINDER_SHARE)) return node;
    if (remainder > 0 && leavesOutContent(node, best, stats)) return node;
    node = best;
  }
}

/** Elements that are posting content in their own right, however short: a paragraph, a list, a table, a sub-heading. */
const CONTENT_BLOCKS = new Set(['p', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether an element is, or holds, a content block with text of its own (link text aside). */
function holdsContentBlock(element: Element, stats: Map<ParentNode, TextStats>): boolean {
  if (ownText(stats, element) === 0) return false;
  if (CONTENT_BLOCKS.has(element.name)) return true;
  return childElements(element).some((child) => holdsContentBlock(child, stats));
}

/** Sentence-final punctuation, closing quotes or brackets allowed after it (not "…": "Read more…" is a link). */
const SENTENCE_END = /[.!?。！？](?:["'”’»)\]）]*)$/u;
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const MIN_SENTENCE_WORDS = 3;
const MIN_SENTENCE_CJK = 6;

/**
 * A sentence, however short ("Boutique de Lyon.", "Büro in Köln.", "Wir freuen uns auf dich!"): words that
 * end in sentence punctuation. A button ("Apply"), a date line ("Posted 3 days ago") or a copyright line is
 * not one.
 */
function readsAsSentence(text: string): boolean {
  const trimmed = text.trim();
  if (!SENTENCE_END.test(trimmed) || trimmed.includes('©')) return false;
  return (
    trimmed.split(/\s+/).length >= MIN_SENTENCE_WORDS || (trimmed.match(CJK_CHARS)?.length ?? 0) >= MIN_SENTENCE_CJK
  );
}

/** Whether a sibling is posting content: a content block, or a sentence of its own (link text aside). */
const isContentSibling = (child: Element, stats: Map<ParentNode, TextStats>): boolean =>
  holdsContentBlock(child, stats) || (ownText(stats, child) > 0 && readsAsSentence(textOf(child)));

/**
 * Whether stepping into `best` would leave out a sibling that is content: on a small page a short paragraph,
 * list or sentence is within the few characters a title or a button may take, yet it is as much the posting
 * as the rest ("<h1>…</h1><p>…</p><ul>…</ul>" keeps all three; so does a "<div>Büro in Köln.</div>" or a
 * loose sentence beside the list). Loose words and wrappers without a paragraph, list, heading or sentence
 * (a date line, breadcrumbs, a button) may still be left out.
 */
const leavesOutContent = (node: ParentNode, best: Element, stats: Map<ParentNode, TextStats>): boolean =>
  childElements(node).some((child) => child !== best && isContentSibling(child, stats)) ||
  node.children.some((child) => child.type === 'text' && readsAsSentence(child.data));

/** Removes chrome under `root`, except elements that hold `keep` (the title sits in a header more often than not); returns what it removed. */
export function removeChrome(root: ParentNode, keep: ReadonlySet<Element>): Element[] {
  const doomed: Element[] = [];
  walkDom(root, {
    enter(element) {
      if (!keep.has(element) && isChrome(element)) {
        doomed.push(element);
        return false;
      }
      return true;
    },
    leave: () => undefined,
    text: () => undefined,
  });
  for (const element of doomed) removeElement(element);
  return doomed;
}

/**
 * Removes "similar jobs" blocks and a board's application questions: the section a heading like "Related jobs"
 * or "Employer questions" opens.
 */
export function removeOtherJobs(headings: readonly Element[], keep: ReadonlySet<Element>): void {
  for (const heading of headings) {
    if (!heading.parent) continue;
    const text = textOf(heading);
    const questions = isBoardQuestionsHeading(text);
    if (!questions && !isOtherJobsHeading(text)) continue;
    const parent = heading.parent as Element;
    const headingsInParent = childElements(parent).filter((child) => /^h[1-6]$/.test(child.name)).length;
    if (parent.type === 'tag' && !keep.has(parent) && headingsInParent === 1 && parent.name !== 'body')
      removeElement(parent);
    else removeFollowingUntilHeading(heading, questions);
  }
}

const MAX_STATUS_CHARS = 120;
/** A text that may be a status note or a rating: a digit beside a time, a count of applicants or a star. */
const STATUS_HINT =
  /\d.*(?:ago|[★☆]|applicants?|bewerb|candidat|solicitud|sollicit|jours|tagen?|d[ií]as|dias|geleden|\bfa\b|\d[dhw]\b)|(?:il y a|hace|vor|há) /iu;

/**
 * Removes a job board's status notes and star ratings, each an element of its own near the title ("Posted 3d
 * ago", "Hace 2 días (actualizada)", "3.8 ★ 42 reviews"): the board's, not the posting's. Only elements whose
 * whole text is one go; a date line the posted-date logic reads stays.
 */
export function removeBoardStatus(root: ParentNode, keep: ReadonlySet<Element>): void {
  const open: Element[] = [];
  const found = new Set<Element>();
  walkDom(root, {
    enter: (element) => (open.push(element), true),
    leave: () => void open.pop(),
    text(data) {
      const element = open[open.length - 1];
      const trimmed = data.trim();
      if (element && trimmed && trimmed.length <= MAX_STATUS_CHARS && STATUS_HINT.test(trimmed)) found.add(element);
    },
  });
  for (let element of found) {
    if (keep.has(element) || !isBoardStatusText(textOf(element))) continue;
    // the widest element that holds nothing else ("<p><span>Posted 3d ago</span></p>")
    for (let up = element.parent; up?.type === 'tag' && !keep.has(up as Element); up = (up as Element).parent) {
      const text = textOf(up as Element);
      if (text.length > MAX_STATUS_CHARS || !isBoardStatusText(text)) break;
      element = up as Element;
    }
    if (element.parent) removeElement(element);
  }
}

/**
 * Removes a heading and what follows it up to the next heading; with `bySection`, also up to the next block
 * that holds one (the posting's next section: the questions are a list, while other postings' cards hold
 * headings of their own).
 */
function removeFollowingUntilHeading(heading: Element, bySection = false): void {
  let next = heading.next;
  removeElement(heading);
  while (
    next &&
    !(next.type === 'tag' && /^h[1-6]$/.test((next as Element).name)) &&
    !(bySection && next.type === 'tag' && holdsHeading(next as Element))
  ) {
    const after = next.next;
    removeElement(next);
    next = after;
  }
}

const LINK_LIST_SHARE = 0.7;
const LINK_LIST_MIN_CHARS = 40;

/** Removes link lists left inside the content (other postings, tag clouds, footers without markup). */
function removeLinkLists(root: ParentNode, stats: Map<ParentNode, TextStats>): void {
  const doomed: Element[] = [];
  walkDom(root, {
    enter(element) {
      const s = stats.get(element);
      if (
        element !== root &&
        s &&
        s.text >= LINK_LIST_MIN_CHARS &&
        s.link / s.text >= LINK_LIST_SHARE &&
        element.name !== 'a'
      ) {
        doomed.push(element);
        return false;
      }
      return true;
    },
    leave: () => undefined,
    text: () => undefined,
  });
  for (const element of doomed) removeElement(element);
}

/** The posting's main content: chrome already removed, the densest container, link lists pruned. */
export function findMainContent(body: ParentNode): ParentNode {
  const stats = measureText(body);
  const main = densestContainer(body, stats);
  removeLinkLists(main, stats);
  return main;
}

const TITLE_SEARCH_LIMIT = 60;

/** Removes the first short element of the content that only repeats the title (pages without an `<h1>`). */
export function removeTitleRepeat(main: ParentNode, title: string): void {
  const wanted = foldText(title);
  let seen = 0;
  let found: Element | null = null;
  walkDom(main, {
    enter(element) {
      if (found || ++seen > TITLE_SEARCH_LIMIT) return false;
      const text = textOf(element);
      if (foldText(text) === wanted) found = element;
      return !found && text.length > wanted.length;
    },
    leave: () => undefined,
    text: () => undefined,
  });
  if (found) removeElement(found);
}

/** Whether an element holds a heading. */
function holdsHeading(element: Element): boolean {
  let found = false;
  walkDom(element, {
    enter: (child) => {
      if (/^h[1-6]$/.test(child.name)) found = true;
      return !found;
    },
    leave: () => undefined,
    text: () => undefined,
  });
  return found;
}

import type { Element, ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { textOf, walkDom } from '../../normalize/document/dom-walk';
import { fieldKeyFor } from '../../normalize/document/field-dictionary';
import type { FieldSet } from './field-set';
import { addMetaItem } from './page-meta';

/**
 * The facts box a career site prints above the posting's text: Workday's `<dl>`s ("locations" / "Boston, MA",
 * "time type" / "Part time", "posted on", "job requisition id"), iCIMS' and Taleo's definition lists. Its
 * facts are fields (locations, employment type, date posted); left in the body they made the description open
 * with a column of bare labels and values ("locations\n\nBoston, MA\n\ntime type\n\nPart time …"), which the
 * facts list under a title on other pages never does (page-meta.ts takes that one out too).
 *
 * Only a definition list every term of which is a known field label, with short values, standing before the
 * posting's first prose: a glossary or a "Details" list inside the text stays where it is.
 */

/** Prose before the box: the text above it is the posting's (an intro paragraph), not a facts header. */
const MAX_TEXT_BEFORE = 120;
const MAX_VALUE_CHARS = 100;
const MAX_LABEL_CHARS = 40;

/** Reads the leading facts boxes of `main` into `fields` and takes them out of it; returns how many it took. */
export function takeFactsBoxes(main: ParentNode, fields: FieldSet): number {
  const boxes = leadingDefinitionLists(main).filter(isFactsBox);
  for (const box of boxes) {
    for (const item of definitionPairs(box)) addMetaItem(`${item.label}: ${item.value}`, fields);
    removeEmptied(box);
  }
  return boxes.length;
}

/** The `<dl>`s met before `MAX_TEXT_BEFORE` characters of other text, in document order. */
function leadingDefinitionLists(main: ParentNode): Element[] {
  const found: Element[] = [];
  let before = 0;
  let inList = 0;
  walkDom(main, {
    enter(element) {
      if (before > MAX_TEXT_BEFORE) return false;
      if (element.name !== 'dl') return true;
      if (inList === 0) found.push(element);
      inList++;
      return true;
    },
    leave(element) {
      if (element.name === 'dl') inList--;
    },
    text(data) {
      if (inList === 0) before += data.trim().length;
    },
  });
  return found;
}

interface Pair {
  label: string;
  value: string;
}

/**
 * `dt` / `dd` pairs, a term holding until the next one (HTML's name-value groups: one "locations" term over
 * several places), also where a template wraps each pair in a `<div>` of its own.
 */
function definitionPairs(list: Element): Pair[] {
  const pairs: Pair[] = [];
  let label: string | null = null;
  walkDom(list, {
    enter(element) {
      if (element.name === 'dt')
        label = textOf(element)
          .replace(/[:：]\s*$/u, '')
          .trim();
      else if (element.name === 'dd') pairs.push({ label: label ?? '', value: textOf(element).trim() });
      else return true;
      return false;
    },
    leave() {},
    text() {},
  });
  return pairs;
}

function isFactsBox(list: Element): boolean {
  const pairs = definitionPairs(list);
  return (
    pairs.length > 0 &&
    pairs.every(
      (p) =>
        p.label !== '' &&
        p.label.length <= MAX_LABEL_CHARS &&
        p.value.length <= MAX_VALUE_CHARS &&
        fieldKeyFor(p.label) !== null,
    )
  );
}

/** Removes the box, and the wrappers it leaves without text (Workday's `<div data-automation-id="time">`). */
function removeEmptied(box: Element): void {
  let node: Element = box;
  while (node.parent && node.parent.type === 'tag' && textOf(node.parent as Element).trim() === textOf(node).trim())
    node = node.parent as Element;
  removeElement(node);
}

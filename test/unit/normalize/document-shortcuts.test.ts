import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { cleanItem, splitBullet } from '../../../shared/normalize/document/bullets';
import { EMOJI_SEQUENCE } from '../../../shared/normalize/document/emoji';
import { stripInlineMarkdown } from '../../../shared/normalize/document/inline-markdown';
import { wordCount } from '../../../shared/normalize/document/line-headings';
import { renderBlocks } from '../../../shared/normalize/document/render-blocks';
import { splitSentences } from '../../../shared/normalize/document/sentences';

/** stripInlineMarkdown by definition: every pattern in turn, whatever characters the line holds. */
const stripByDefinition = (line: string): string => {
  if (!/[*_`[\]<&\\~]/.test(line)) return line;
  let text = line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((\S+?)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, '');
  if (text.length > 2000) text = text.replace(/\*\*|__|`/g, '');
  else
    text = text
      .replace(/(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~([^~\n]+)~~/g, '$1')
      .replace(/`([^`\n]+)`/g, '$1');
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return text.includes('&') ? decodeHTML(text) : text;
};

/** renderBlocks' inline HTML by definition: marks put in, text stripped and escaped, marks turned into tags. */
const inlineHtmlByDefinition = (source: string): string => {
  const escape = (text: string): string =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const plain = stripInlineMarkdown(
    source
      .replace(/\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)(?:\s+"[^"]*")?\)/g, '\u0001$1\u0002$2\u0003')
      .replace(/(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g, '\u0004$2\u0005')
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '\u0006$1\u0007'),
  );
  return escape(plain)
    .replace(
      /\u0001([^\u0002]*)\u0002([^\u0003]*)\u0003/g,
      (_, label: string, href: string) => `<a href="${href}">${label}</a>`,
    )
    .replace(/\u0004/g, '<strong>')
    .replace(/\u0005/g, '</strong>')
    .replace(/\u0006/g, '<em>')
    .replace(/\u0007/g, '</em>');
};

/** splitBullet by definition: the marker patterns tried on every line. */
const SPACED = /^(?:[-*+–—·]|\(?\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])\s+/u;
const SYMBOL = new RegExp(
  `^(?:[•・‣◦▪▫●○■□◆◇►▶▸▹➤➔➢→✓✔☑✗✘❖◎※]|[\\u2460-\\u2473\\u2776-\\u277f]|(?![©®™‼⁉])${EMOJI_SEQUENCE})[\\uFE0F\\s]*`,
  'u',
);
const bulletByDefinition = (line: string): { marker: string; text: string } | null => {
  const match = SPACED.exec(line) ?? SYMBOL.exec(line);
  const text = match ? line.slice(match[0].length).trim() : '';
  return match && text ? { marker: match[0].trim(), text } : null;
};

/** cleanItem by definition: both noise patterns always applied. */
const cleanByDefinition = (text: string): string => {
  let item = text.trim();
  const bullet = splitBullet(item);
  if (bullet) item = bullet.text;
  item = item.replace(/^[\s:：\-–—]+/u, '').replace(/[\s;,，；、·•]+$/u, '');
  if (item.endsWith('.') && splitSentences(item).length === 1)
    item = item.replace(/(?<![.\s]|\b(?:etc|inc|ltd|co|corp|e\.g|i\.e|jr|sr|approx|vs))\.$/i, '');
  return item.trim();
};

const PIECES = [
  '**',
  '__',
  '*',
  '_',
  '~~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  'https://x.io',
  '<b>',
  '<',
  '>',
  '&amp;',
  '&',
  '\\',
  '\\*',
  '"',
  ' ',
  'Go',
  'Über',
  '•',
  ';',
  ',',
  '、',
  ':',
  '-',
  '—',
  '.',
  'etc.',
  '\u0004',
  '\n',
];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('document reading shortcuts', () => {
  it('strips inline Markdown as every pattern in turn would', () => {
    fc.assert(
      fc.property(markdownish, (line) => expect(stripInlineMarkdown(line)).toBe(stripByDefinition(line))),
      { numRuns: 5000, seed: FUZZ_SEED },
    );
  });

  it('renders inline Markdown as HTML as the full chain of rewrites would', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const html = renderBlocks([{ type: 'paragraph', lines: [source], sources: [source] }], { markdown: true });
        expect(html).toBe(`<p>${inlineHtmlByDefinition(source)}</p>`);
      }),
      { numRuns: 5000, seed: FUZZ_SEED },
    );
  });

  it('cleans items as both noise patterns always applied would', () => {
    fc.assert(
      fc.property(markdownish, (item) => expect(cleanItem(item)).toBe(cleanByDefinition(item))),
      { numRuns: 5000, seed: FUZZ_SEED },
    );
  });

  it('splits a bullet off a line starting with any ASCII character as the marker patterns would', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x80; code++)
      for (const tail of ['', ' Go', ') Go', '. Go', '\uFE0F\u20E3 Go', 'x'])
        for (const text of [String.fromCharCode(code) + tail, `${String.fromCharCode(code)}${code}${tail}`]) {
          const found = splitBullet(text);
          const expected = bulletByDefinition(text);
          if (JSON.stringify(found && { marker: found.marker, text: found.text }) !== JSON.stringify(expected))
            differing.push(JSON.stringify(text));
        }
    expect(differing).toEqual([]);
  });

  it.each([
    ['', 0],
    ['one', 1],
    ['  two  words ', 2],
    ['a b c d e f g h i j k l m n o p', 16],
  ])('counts the words of %j, stopping past the limit asked', (text, words) => {
    expect(wordCount(text)).toBe(words);
    expect(wordCount(text, 12)).toBe(Math.min(words, 13));
  });
});

import { PermanentError } from '../errors';

/**
 * Bytes → text for parsing. UTF-8 (with or without BOM) is the norm; UTF-16 with a BOM, pages in the legacy
 * charset they declare (Shift_JIS, EUC-JP, GBK …) and Windows-1252 files (old exports, hand-saved pages) are
 * decoded too. Anything that is not text (PDF, images,
 * archives, Office files, NUL bytes) is refused with `INPUT.BINARY`: guessing at it would print garbage postings.
 */

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['OLE2 (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
];

const SAMPLE = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes input content to text, or throws `INPUT.BINARY`. Strings are checked the same way. */
export function decodeContent(content: string | Buffer): string {
  if (typeof content === 'string') {
    assertTextLike(content);
    return content.replace(/^\uFEFF/, '');
  }
  const magic = MAGIC.find(([, bytes]) => bytes.every((b, i) => content[i] === b));
  if (magic) throw binary(`${magic[0]} data`);
  const text = decodeBytes(content);
  assertTextLike(text);
  return text;
}

function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, SAMPLE).includes(0)) throw binary('NUL bytes');
  try {
    return utf8.decode(body);
  } catch {
    return decodeDeclared(body) ?? decodeWindows1252(body);
  }
}

/**
 * Bytes that are not UTF-8, decoded with the charset the document declares (`<meta charset="shift_jis">`,
 * `<?xml … encoding="EUC-JP"?>`): Japanese, Chinese and Korean career pages still arrive in legacy encodings.
 */
function decodeDeclared(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const label =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return null;
  try {
    return new TextDecoder(label.toLowerCase()).decode(bytes);
  } catch {
    return null;
  }
}

/** Windows-1252's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters, nodejs/node#56542). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** NUL or a control character `assertTextLike` counts: text without one (nearly all) is read once, not twice. */
const NUL_OR_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Text has no NUL and few control characters (tab, CR, LF and form feed aside). */
function assertTextLike(text: string): void {
  const sample = text.slice(0, SAMPLE);
  if (!NUL_OR_CONTROL.test(sample)) return;
  if (sample.includes('\u0000')) throw binary('NUL characters');
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8 && controls > sample.length * 0.01) throw binary('control characters');
}

const binary = (what: string): PermanentError =>
  new PermanentError('INPUT.BINARY', `input is binary (${what}), not a job posting or board export`);

/**
 * Mojibake repair: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 ("workersâ€™" for "workers’",
 * "Ã©" for "é", "â€“" for "–"). A run of suspicious characters is turned back into the bytes it came from
 * and decoded as UTF-8; it is replaced only when that decoding is valid and plausible, so real "Ã", "ß…"
 * or "Ñ°" in Portuguese, German or Spanish text stay as they are.
 */

/** Windows-1252's characters for bytes 0x80–0x9F (the undefined 0x81, 0x8D, 0x8F, 0x90, 0x9D arrive as C1 controls). */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** Runs of what UTF-8 lead and continuation bytes look like when read as Windows-1252. */
const SUSPICIOUS_RUN = new RegExp(
  `(?:[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3})+`,
  'g',
);
const QUICK_CHECK = /[\u00c2-\u00f4]/;
/** "â€" whose third byte was lost (0x9D is undefined in Windows-1252): almost always a closing quote. */
const LOST_QUOTE = /â€(?=[\s"'.,;:!?)\]]|$)/g;
const decoder = new TextDecoder('utf-8', { fatal: true });

function toBytes(run: string): Uint8Array | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const char = run[i] ?? '';
    const code = char.charCodeAt(0);
    const byte = code <= 0xff ? code : CP1252_HIGH[char];
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/**
 * Whether a decoded run is believable. Â/Ã leads and 3–4 byte sequences are unmistakable; a lone
 * two-byte sequence behind another Latin letter ("ß…") must decode to a Latin letter to count.
 */
function isPlausible(run: string, decoded: string): boolean {
  if (/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(decoded)) return false;
  const lead = run.charCodeAt(0);
  if (lead === 0xc2 || lead === 0xc3 || lead >= 0xe0 || decoded.length > 1) return true;
  const code = decoded.charCodeAt(0);
  return code >= 0x100 && code <= 0x2ff;
}

function repairRun(run: string): string {
  const bytes = toBytes(run);
  if (!bytes) return run;
  try {
    const decoded = decoder.decode(bytes);
    return isPlausible(run, decoded) ? decoded : run;
  } catch {
    return run;
  }
}

/** One round of repair; returns the text unchanged when nothing decodes. */
function repairOnce(text: string): string {
  let repaired = false;
  const result = text.replace(SUSPICIOUS_RUN, (run) => {
    const fixed = repairRun(run);
    if (fixed !== run) repaired = true;
    return fixed;
  });
  return repaired ? result.replace(LOST_QUOTE, '”') : text;
}

/** Repairs mojibake, including text that went through the wrong decoding twice. */
export function repairMojibake(text: string): string {
  if (!QUICK_CHECK.test(text)) return text;
  const once = repairOnce(text);
  return once !== text && QUICK_CHECK.test(once) ? repairOnce(once) : once;
}

import fc from 'fast-check';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { foldText } from '../../../shared/normalize/document/fold';

/** foldText's definition, written out: every shortcut it takes must agree with this on every input. */
const foldByDefinition = (text: string): string => {
  let folded = text.toLowerCase();
  if (/[^\x00-\x7f]/.test(folded))
    folded = folded
      .normalize('NFKD')
      .replace(/(?<=[a-z])\p{M}+/gu, '')
      .normalize('NFC')
      .replace(/[đłøßæœı]/g, (c) => ({ đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' })[c] ?? c)
      .replace(/[\u2018\u2019\u201b\u02bc\u00b4`]/g, "'")
      .replace(/[\u0640\u064b-\u0652\u0670]/g, '');
  return folded.replace(/\s+/g, ' ').trim();
};

/** Characters from every script the per-character table covers, and the ones that must take the slow path. */
const ALPHABET = [
  ..."aZ `'Éé ÅåÑñßÆœøłđıİΣσςΆάЁёЙй",
  ...'ệẠặỮữƯư‘’ʼ´…№™Ⅻ',
  ...'がガｶﾞﾊﾟカ\u3099\u309bー・、。\u3000',
  ...'漢字丽﨑가각ᄀ\u1161\u11a8ㄱ',
  ...'ＡＮｎｉ１！\u00a0\u0301\u0323',
  '😀',
];

describe('foldText', () => {
  it.each([
    ['Wünschenswert', 'wunschenswert'],
    ['WUNSCHENSWERT', 'wunschenswert'],
    ['ＮＩＣＥ　to have', 'nice to have'],
    ['Yêu cầu', 'yeu cau'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['l’expérience', "l'experience"],
    ['歓迎スキル', '歓迎スキル'],
    ['ｶﾞｲﾄﾞ', 'ガイド'],
    ['우대 사항', '우대 사항'],
    ['ΟΔΟΣ', 'οδος'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('agrees with its definition on any mix of characters from the covered scripts and the exceptions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(foldText(text)).toBe(foldByDefinition(text));
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
  });

  it('agrees with its definition on every character of the Basic Multilingual Plane, alone and between letters', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const text of [char, `É${char}`, `a${char}é`, `가${char}ᆨ`])
        if (foldText(text) !== foldByDefinition(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it('relies only on marks and Hangul vowels and finals attaching to the character before them under NFC', () => {
    // Every canonical composition joins a base with characters that are marks or Hangul jamo, so a character
    // whose decomposition starts with neither cannot compose with what precedes it.
    const joiners: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const parts = [...String.fromCharCode(code).normalize('NFD')];
      for (const part of parts.slice(1))
        if (!/^[\p{M}\u1160-\u11ff]$/u.test(part)) joiners.push(`${code.toString(16)}:${part}`);
    }
    expect(joiners).toEqual([]);
  });
});

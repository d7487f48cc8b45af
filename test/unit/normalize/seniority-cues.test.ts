import { topLevelAlternatives } from '../../../shared/normalize/guarded-regex';
import { INTERN_ANCHOR, INTERN_CUES, statesInternship } from '../../../shared/normalize/seniority-cues';

const anchors = topLevelAlternatives(INTERN_ANCHOR.source).map((word) => word.toLowerCase());

/**
 * True when every text a pattern source matches holds one of the anchor words: each top-level alternative
 * either spells one out in its own literal characters (not optional, not inside a class) or has a group it
 * cannot skip whose every alternative does.
 */
function alwaysHoldsAnchor(source: string): boolean {
  return topLevelAlternatives(source).every(alternativeHoldsAnchor);
}

function alternativeHoldsAnchor(alternative: string): boolean {
  let literal = '';
  const mandatoryGroups: string[] = [];
  for (let i = 0; i < alternative.length;) {
    const end = atomEnd(alternative, i);
    const atom = alternative.slice(i, end);
    const quantifier = alternative[end] ?? '';
    const optional = quantifier === '?' || quantifier === '*' || alternative.startsWith('{0', end);
    const plainChar = atom.length === 1 && !'.^$'.includes(atom);
    literal += plainChar && !optional ? atom : '\u0000';
    if (atom.startsWith('(') && !/^\(\?<?[=!]/.test(atom) && !optional) mandatoryGroups.push(groupBody(atom));
    i = end + (/[?*+]/.test(quantifier) ? 1 : 0);
  }
  const folded = literal.toLowerCase();
  return anchors.some((anchor) => folded.includes(anchor)) || mandatoryGroups.some(alwaysHoldsAnchor);
}

function groupBody(group: string): string {
  return group.slice(group.startsWith('(?:') ? 3 : 1, -1);
}

/** The end of the atom at `i`: an escape, a class, a group with its contents, or one character. */
function atomEnd(source: string, i: number): number {
  if (source[i] === '\\') return i + 2;
  if (source[i] === '[') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === ']') return j + 1;
    }
  }
  if (source[i] === '(') {
    let depth = 0;
    for (let j = i; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === '(') depth++;
      else if (source[j] === ')' && --depth === 0) return j + 1;
    }
  }
  if (source[i] === '{') return source.indexOf('}', i) + 1;
  return i + 1;
}

describe('internship cues in the body', () => {
  it('every internship cue holds one of the anchor words the cues are pre-filtered by', () => {
    expect(alwaysHoldsAnchor(INTERN_CUES.source)).toBe(true);
  });

  it('the coverage check fails for a cue that holds no anchor word', () => {
    expect(alwaysHoldsAnchor(`${INTERN_CUES.source}|werkzeit`)).toBe(false);
    expect(alwaysHoldsAnchor('contrat\\s*:\\s*(?:stage|cdi)')).toBe(false);
    expect(alwaysHoldsAnchor('(?:internship)?\\s+month')).toBe(false);
  });

  it.each([
    ['This is a paid internship in our Berlin office.', true],
    ['Job type: Internship', true],
    ['Type de contrat : Stage de 6 mois', true],
    ['Contrat : stagiaire', true],
    ['Poste en alternance, rythme 3/1', true],
    ['Ein 6-monatiges Praktikum im Marketing', true],
    ['Wir bieten ein duales Studium an.', true],
    ['Prácticas remuneradas de 6 meses', true],
    ['Estágio remunerado com bolsa-auxílio', true],
    ['Tirocinio formativo di 6 mesi', true],
    ['Rodzaj umowy: praktyki', true],
    ['Płatny staż w dziale IT', true],
    ['Afstudeerstage bij ons team', true],
    ['長期インターン募集', true],
    ['Loại hình: thực tập', true],
    ['Five years of experience in backend engineering.', false],
    ['You will mentor our interns.', false],
    ['Contract type: Permanent', false],
  ])('%s → %s', (text, expected) => {
    expect(statesInternship(text)).toBe(expected);
  });
});

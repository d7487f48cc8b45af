import {
  facetTermsOf,
  foldText,
  matchesWords,
  queryWordsOf,
  searchTermsOf,
  searchWordsOf,
  textTermsOf,
  MAX_PREFIX,
} from '../../../shared/adapters/posting-search';

/** The words and terms both stores search by (`shared/adapters/posting-search.ts`). */

describe('the words a posting is found by', () => {
  it.each([
    ['Senior Backend Engineer (m/w/d)', 'Acme GmbH', ['senior', 'backend', 'engineer', 'm', 'w', 'd', 'acme', 'gmbh']],
    ['Ingénieur·e logiciel', 'Société Générale', ['ingenieur', 'e', 'logiciel', 'societe', 'generale']],
    [
      'バックエンドエンジニア',
      '株式会社',
      ['バッ', 'ック', 'クエ', 'エン', 'ンド', 'ドエ', 'ンジ', 'ジニ', 'ニア', '株式', '式会', '会社'],
    ],
    ['C++ / Go developer', '', ['c', 'go', 'developer']],
    ['ÜBER-Lead', null, ['uber', 'lead']],
  ])('reads "%s" at "%s" as its words', (title, company, words) => {
    expect(searchWordsOf({ title, company: { name: company, url: null } })).toEqual([...new Set(words)]);
  });

  it('folds a query the same way, so accents and case never matter', () => {
    expect(queryWordsOf('  INGÉNIEUR   Société ')).toEqual(['ingenieur', 'societe']);
    expect(queryWordsOf(undefined)).toEqual([]);
  });

  it.each([
    [['engineer'], ['eng'], true],
    [['engineer'], ['engineering'], false],
    [['backend', 'acme'], ['acme', 'back'], true],
    [['backend'], ['ackend'], false],
    [['エン', 'ンジ'], ['エンジ'.slice(0, 2)], true],
  ])('matches %j by the prefixes %j: %s', (words, query, expected) => {
    expect(matchesWords(words, query)).toBe(expected);
  });
});

describe('the terms a posting is indexed by', () => {
  it('keeps every word prefix up to the longest indexed one', () => {
    expect(textTermsOf(['go', 'rust'])).toEqual(['q:g', 'q:go', 'q:r', 'q:ru', 'q:rus', 'q:rust']);
    const long = textTermsOf(['softwareentwicklerin']);
    expect(long).toHaveLength(MAX_PREFIX);
    expect(long.at(-1)).toBe(`q:${'softwareentwicklerin'.slice(0, MAX_PREFIX)}`);
  });

  it('adds countries, workplaces and quality warnings as exact terms, once each', () => {
    const posting = {
      title: 'Data Engineer',
      company: { name: 'Engie', url: null },
      locations: [
        { city: 'Berlin', region: null, country: 'DE', workplace: 'hybrid' as const, text: '' },
        { city: 'Munich', region: null, country: 'DE', workplace: null, text: '' },
        { city: null, region: null, country: null, workplace: 'remote' as const, text: '' },
      ],
      quality: { score: 50, warnings: ['missing_salary' as const] },
    };
    expect(facetTermsOf(posting)).toEqual(['c:DE', 'p:hybrid', 'p:remote', 'w:missing_salary']);
    expect(searchTermsOf(posting)).toEqual(expect.arrayContaining(['q:eng', 'q:engie', 'q:data', 'c:DE']));
  });
});

describe('folding', () => {
  it.each([
    ['Ingénieur', 'ingenieur'],
    ['ＡＢＣ エンジニア', 'abc エンジニア'],
    ['バグ', 'バグ'],
    ['한국어', '한국어'],
    ['Straße', 'straße'],
  ])('folds "%s" to "%s"', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

import { extractSections, type SectionInput } from '../../../shared/normalize/sections';

/**
 * Emoji are written as sequences, not single code points: a person and a laptop joined by a zero-width joiner
 * ("👩‍💻"), a skin tone ("🙋🏽"), a keycap ("1️⃣"), a flag ("🇩🇪"). A heading or bullet dressed with one loses
 * all of it.
 */
const html = (body: string): SectionInput => ({ html: body, markdown: null, text: null, sections: [] });
const markdown = (body: string): SectionInput => ({ html: null, markdown: body, text: null, sections: [] });
const text = (body: string): SectionInput => ({ html: null, markdown: null, text: body, sections: [] });

describe('headings dressed with an emoji sequence', () => {
  it.each<[string, SectionInput, string, 'responsibilities' | 'must' | 'nice' | 'benefits']>([
    [
      'a ZWJ sequence before an English heading line',
      html('<p>👩‍💻 Your mission</p><p>Build things.</p>'),
      'Your mission',
      'responsibilities',
    ],
    [
      'a skin tone before a German heading line',
      html('<p>Wir sind ein Team.</p><p>🙋🏽 Dein Profil</p><ul><li>Go</li></ul>'),
      'Dein Profil',
      'must',
    ],
    [
      'a ZWJ sequence with a skin tone before a French heading',
      html('<p>🧑🏽‍🚀 Vos missions</p><p>Coder.</p>'),
      'Vos missions',
      'responsibilities',
    ],
    [
      'a keycap before a Spanish Markdown heading',
      markdown('# Dev\n\n## 2️⃣ Requisitos\n\n- SQL\n'),
      'Requisitos',
      'must',
    ],
    [
      'a flag before a Portuguese bold heading',
      html('<p><strong>🇧🇷 Benefícios</strong></p><ul><li>Vale-refeição</li></ul>'),
      'Benefícios',
      'benefits',
    ],
    [
      'a tag-sequence flag after a Dutch heading',
      html('<p><b>Wat wij bieden 🏴󠁧󠁢󠁳󠁣󠁴󠁿</b></p><ul><li>Lease-auto</li></ul>'),
      'Wat wij bieden',
      'benefits',
    ],
    [
      'a ZWJ sequence before a Japanese heading in plain text',
      text('エンジニア募集\n\n👨‍👩‍👧 福利厚生\n・社会保険完備\n'),
      '福利厚生',
      'benefits',
    ],
    [
      'a skin tone before an Italian heading ending in a colon',
      html('<p>👋🏻 Cosa offriamo:</p><ul><li>Buoni pasto</li></ul>'),
      'Cosa offriamo',
      'benefits',
    ],
  ])('%s opens its section under its words alone', (_, input, heading, kind) => {
    const sections = extractSections(input);
    expect(sections.headings).toContainEqual({ text: heading, section: kind });
    expect(sections[kind].length).toBeGreaterThan(0);
  });
});

describe('items bulleted with an emoji sequence', () => {
  it.each<[string, SectionInput, 'responsibilities' | 'must' | 'benefits', string[]]>([
    [
      'ZWJ sequences in English plain text',
      text('Engineer\n\nResponsibilities\n👩‍💻 Build APIs\n🧑‍🔧 Fix the pipeline\n'),
      'responsibilities',
      ['Build APIs', 'Fix the pipeline'],
    ],
    [
      'skin tones in a German HTML paragraph',
      html('<p><b>Dein Profil</b><br>💪🏼 Erfahrung mit Go<br>🙌🏾 Teamgeist</p>'),
      'must',
      ['Erfahrung mit Go', 'Teamgeist'],
    ],
    [
      'keycaps in a French Markdown list',
      markdown('# Dev\n\n## Vos missions\n\n1️⃣ Concevoir l’API\n2️⃣ Écrire les tests\n'),
      'responsibilities',
      ['Concevoir l’API', 'Écrire les tests'],
    ],
    [
      'flags in a Spanish list of languages',
      text('Dev\n\nRequisitos\n🇪🇸 Español nativo\n🇬🇧 Inglés fluido\n'),
      'must',
      ['Español nativo', 'Inglés fluido'],
    ],
    [
      'ZWJ sequences in a Portuguese benefits list',
      html('<h3>Benefícios</h3><p>👨‍👩‍👧 Plano de saúde familiar<br>🏋️‍♀️ Academia</p>'),
      'benefits',
      ['Plano de saúde familiar', 'Academia'],
    ],
  ])('%s keep nothing of the emoji in the item', (_, input, kind, items) => {
    expect(extractSections(input)[kind]).toEqual(items);
  });
});

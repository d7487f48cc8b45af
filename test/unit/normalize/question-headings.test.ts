import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

type SourceKind = 'text' | 'markdown' | 'html';
type Section = 'responsibilities' | 'must' | 'benefits';

/** Headings asked as questions, in several languages, and the section each one opens. */
const QUESTIONS: ReadonlyArray<readonly [string, string, Section]> = [
  ['nl', 'Wat ga je doen?', 'responsibilities'],
  ['nl', 'Wie ben jij?', 'must'],
  ['nl', 'Wat vragen wij?', 'must'],
  ['nl', 'Wat bieden wij?', 'benefits'],
  ['nl', 'Wat krijg je?', 'benefits'],
  ['nl', 'Wat houdt de functie in?', 'responsibilities'],
  ['nl', 'Wat heb je nodig?', 'must'],
  ['de', 'Was dich erwartet?', 'responsibilities'],
  ['de', 'Was bringst du mit?', 'must'],
  ['de', 'Was wir bieten?', 'benefits'],
  ['fr', 'Qui êtes-vous ?', 'must'],
  ['fr', 'Que ferez-vous ?', 'responsibilities'],
  ['fr', 'Que vous proposons-nous ?', 'benefits'],
  ['es', '¿Qué harás?', 'responsibilities'],
  ['es', '¿Qué buscamos?', 'must'],
  ['es', '¿Qué ofrecemos?', 'benefits'],
  ['pt', 'O que você vai fazer?', 'responsibilities'],
  ['pt', 'Quem procuramos?', 'must'],
  ['pt', 'O que oferecemos?', 'benefits'],
  ['it', 'Cosa farai?', 'responsibilities'],
  ['it', 'Chi cerchiamo?', 'must'],
  ['it', 'Cosa offriamo?', 'benefits'],
  ['en', 'What will you do?', 'responsibilities'],
  ['en', 'Who are you?', 'must'],
  ['en', 'What do we offer?', 'benefits'],
];

const ITEMS = ['Alpha task item one', 'Beta task item two'];
const INTRO = 'A growing team of twelve people looks for one more colleague.';

/** The same short posting in each format: a title, a question heading, two bullets. */
function document(kind: SourceKind, heading: string): string {
  if (kind === 'html')
    return `<html><body><main><h1>Test role</h1><p>${INTRO}</p><h3>${heading}</h3><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul></main></body></html>`;
  const prefix = kind === 'markdown' ? '## ' : '';
  return [
    `${kind === 'markdown' ? '# ' : ''}Test role`,
    '',
    `${prefix}${heading}`,
    ...ITEMS.map((i) => `- ${i}`),
    '',
  ].join('\n');
}

function sectionOf(kind: SourceKind, content: string): Record<Section, string[]> {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  const posting = normalizePosting(raw, { sourceId: 'questions', now: new Date('2026-11-20T12:00:00Z') });
  return { responsibilities: posting.responsibilities, must: posting.requirements.must, benefits: posting.benefits };
}

describe('question-form section headings', () => {
  describe.each(['text', 'markdown', 'html'] as const)('in %s', (kind) => {
    it.each(QUESTIONS)('%s "%s" opens %s', (_lang, heading, section) => {
      expect(sectionOf(kind, document(kind, heading))[section]).toEqual(ITEMS);
    });
  });

  it('a plain-text question heading standing alone above a paragraph opens its section', () => {
    const content = ['Test role', '', 'Wat bieden wij?', '', '- Een leaseauto', '- Pensioenregeling', ''].join('\n');
    expect(sectionOf('text', content).benefits).toEqual(['Een leaseauto', 'Pensioenregeling']);
  });

  it('a bold question heading in Markdown opens its section', () => {
    const content = ['# Test role', '', '**Was bringst du mit?**', '- Teamgeist', '- Erfahrung mit SAP', ''].join('\n');
    expect(sectionOf('markdown', content).must).toEqual(['Teamgeist', 'Erfahrung mit SAP']);
  });

  it('a bold question paragraph in HTML opens its section', () => {
    const content = `<html><body><main><h1>Test role</h1><p>${INTRO}</p><h3>Tareas</h3><ul><li>Atender clientes</li></ul><p><strong>¿Qué ofrecemos?</strong></p><ul><li>Seguro médico</li><li>Horario flexible</li></ul></main></body></html>`;
    expect(sectionOf('html', content).benefits).toEqual(['Seguro médico', 'Horario flexible']);
  });

  it('a question inside a paragraph of prose is no heading', () => {
    const content = [
      'Test role',
      '',
      'Wat vragen wij?',
      '- Rijbewijs B',
      '',
      'Wij zijn een familiebedrijf in Breda.',
      'Wat bieden wij?',
      'Dat hoor je graag in het gesprek.',
      '- Een goed humeur',
      '',
    ].join('\n');
    const sections = sectionOf('text', content);
    expect(sections.benefits).toEqual([]);
    expect(sections.must).toContain('Rijbewijs B');
  });

  it('a long question standing alone is prose, not a heading', () => {
    const content = [
      'Test role',
      '',
      'Do you enjoy what you will do with our customers every single day?',
      '- Alpha',
      '',
    ].join('\n');
    expect(sectionOf('text', content).responsibilities).toEqual([]);
  });
});

import { iconField, iconFieldKey } from '../../../shared/normalize/document/fact-icons';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { JobPosting, SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'icons', now: new Date('2026-11-20T12:00:00Z') };

function normalize(content: string, kind: SourceKind): JobPosting {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
}

describe('an icon in front of a header fact names the fact', () => {
  test.each([
    ['a pin', '📍', 'location'],
    ['a money bag', '💰', 'salary'],
    ['a banknote with a variation selector', '💶\uFE0F', 'salary'],
    ['a briefcase, classified by its value', '💼', 'meta'],
    ['a globe, classified by its value', '🌏', 'meta'],
    ['an alarm clock', '⏰', 'hours'],
    ['a decoration', '✅', null],
    ['a rocket', '🚀', null],
  ])('%s: %s → %s', (_name, icon, key) => expect(iconFieldKey(icon)).toBe(key));

  test('a label after the icon wins over the icon', () => {
    expect(iconField('Salary: $90k', '📍')).toMatchObject({ key: 'salary', value: '$90k' });
  });

  test('an HTML item still carrying its icon is read the same', () => {
    expect(iconField('📍 Lisboa, Portugal')).toMatchObject({ key: 'location', value: 'Lisboa, Portugal' });
  });

  test('an item with a decorating icon is no field', () => {
    expect(iconField('Team lunches every Friday', '🍕')).toBeNull();
  });
});

type Expect = { city?: string; salaryMin?: number; currency?: string; employment?: string };

describe('icon-dressed header lines give location, pay and contract in several languages', () => {
  const rows: [string, SourceKind, string, Expect][] = [
    [
      'English Markdown',
      'markdown',
      '# Support Engineer\n\n📍 Dublin, Ireland\n💼 Full-time\n💶 €45,000 – €55,000 per year\n\n## What you will do\n- Answer tickets\n',
      { city: 'Dublin', salaryMin: 45000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
    [
      'German plain text',
      'text',
      'Projektmanager (m/w/d)\n\n📍 München\n⏰ Teilzeit (30 Std./Woche)\n💰 55.000 € brutto im Jahr\n\nDeine Aufgaben\n- Projekte steuern\n',
      { city: 'Munich', salaryMin: 55000, currency: 'EUR', employment: 'PART_TIME' },
    ],
    [
      'French Markdown with variation selectors',
      'markdown',
      '## Chargé de clientèle\n\n📍\uFE0F Lille\n💼\uFE0F CDI · Temps plein\n💰\uFE0F 32 000 € bruts annuels\n\n### Vos missions\n- Conseiller les clients\n',
      { city: 'Lille', salaryMin: 32000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
    [
      'Portuguese HTML list',
      'html',
      '<html lang="pt"><body><main><h1>Analista de Dados</h1><ul><li>📍 Porto</li><li>💼 Tempo integral</li><li>💶 2.000€ por mês</li></ul><h2>Responsabilidades</h2><ul><li>Criar relatórios</li></ul></main></body></html>',
      { city: 'Porto', salaryMin: 2000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
  ];
  test.each(rows)('%s', (_name, kind, content, expected) => {
    const posting = normalize(content, kind);
    if (expected.city) expect(posting.locations.map((l) => l.city)).toContain(expected.city);
    if (expected.salaryMin)
      expect(posting.salary).toMatchObject({ min: expected.salaryMin, currency: expected.currency });
    if (expected.employment) expect(posting.employmentTypes).toContain(expected.employment);
  });

  test('icon-dressed items under a section heading stay items of that section', () => {
    const posting = normalize(
      '# Designer\n\n## Benefits\n- 🏠 Work from home stipend\n- 💰 Yearly bonus\n- 🌴 30 days of leave\n',
      'markdown',
    );
    expect(posting.benefits).toHaveLength(3);
    expect(posting.salary).toBeNull();
  });
});

import { classifyHeading } from '../../../shared/normalize/document/heading-dictionary';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

describe('person-specification and criteria headings split requirements into must and nice', () => {
  it.each([
    ['en essential alone', 'Essential', 'must'],
    ['en essential requirements', 'Essential requirements', 'must'],
    ['en selection criteria', 'Key selection criteria', 'must'],
    ['en person specification', 'Person specification', 'must'],
    ['en person specification, desirable part', 'Person Specification – Desirable', 'nice'],
    ['en desirable criteria', 'Desirable criteria', 'nice'],
    ['de must criteria', 'Muss-Kriterien', 'must'],
    ['de can criteria', 'Kann-Kriterien', 'nice'],
    ['fr essential criteria', 'Critères obligatoires', 'must'],
    ['fr wished criteria', 'Critères appréciables', 'nice'],
    ['fr indispensable alone', 'Indispensables', 'must'],
    ['es mandatory criteria', 'Criterios obligatorios', 'must'],
    ['pt essential criteria', 'Critérios essenciais', 'must'],
    ['en essential duties stay duties', 'Essential duties', 'responsibilities'],
  ])('%s: %s → %s', (_name, heading, kind) => expect(classifyHeading(heading)).toBe(kind));

  it('a posting with essential and desirable sections fills both lists', () => {
    const content = [
      '# Lecturer in Chemistry',
      '',
      '## Main duties',
      '- Teach undergraduate modules',
      '- Supervise research projects',
      '',
      '## Essential',
      '- PhD in Chemistry',
      '- Teaching experience in higher education',
      '',
      '## Desirable',
      '- Experience of grant applications',
      '',
    ].join('\n');
    const raw = parseInput(content, { kind: 'markdown' })[0];
    if (!raw) throw new Error('no posting parsed');
    const posting = normalizePosting(raw, { sourceId: 'criteria', now: new Date('2026-11-20T12:00:00Z') });
    expect(posting.requirements.must).toEqual(['PhD in Chemistry', 'Teaching experience in higher education']);
    expect(posting.requirements.nice).toEqual(['Experience of grant applications']);
  });
});

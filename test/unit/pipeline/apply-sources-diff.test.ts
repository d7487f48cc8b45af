import { changedPaths, diffSources } from '../../../shared/pipeline/apply-sources';
import { SourceConfig, SourceHealth, type StoredSource } from '../../../shared/schema/source';

const config = (input: Record<string, unknown>) =>
  SourceConfig.parse({ id: 'acme', kind: 'greenhouse', boardToken: 'acme', company: { name: 'Acme' }, ...input });
const stored = (input: Record<string, unknown>): StoredSource => ({
  config: config(input),
  health: SourceHealth.parse({}),
  updatedAt: '2026-03-01T00:00:00Z',
});

describe('the sources diff', () => {
  it.each([
    [{}, {}, []],
    [{}, { refreshEveryMinutes: 60 }, ['refreshEveryMinutes']],
    [{}, { politeness: { concurrency: 2, minDelayMs: 500 } }, ['politeness.concurrency']],
    [{}, { company: { name: 'Acme Inc', url: null } }, ['company.name']],
    [{ tags: ['a'] }, { tags: ['a', 'b'] }, ['tags']],
    [{}, { baseUrl: 'https://eu.example' }, ['baseUrl']],
    [{}, { kind: 'lever', site: 'acme' }, ['boardToken', 'kind', 'region', 'site']],
  ])('from %j to %j changes %j', (before, after, paths) => {
    expect(changedPaths(config(before), config(after))).toEqual(paths);
  });

  it('names added, changed, unchanged and left-out sources, and removes left-out ones only when pruning', () => {
    const file = [config({ id: 'new' }), config({ id: 'same' }), config({ id: 'moved', boardToken: 'other' })];
    const current = [stored({ id: 'same' }), stored({ id: 'moved' }), stored({ id: 'old' })];
    expect(diffSources(file, current, false).map((c) => [c.id, c.change])).toEqual([
      ['new', 'create'],
      ['same', 'unchanged'],
      ['moved', 'update'],
      ['old', 'not-in-file'],
    ]);
    expect(diffSources(file, current, true).at(-1)).toEqual({ id: 'old', change: 'delete', closed: 0 });
  });
});

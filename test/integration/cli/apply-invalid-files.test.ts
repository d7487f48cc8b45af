import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { partnersCommand } from '../../../cli/commands/partners';
import { sourcesCommand } from '../../../cli/commands/sources';
import { cliRunner } from '../../support/run-cli';

jest.setTimeout(60_000);

/** `jobrelay …` in-process on an embedded data folder, its output captured. */
const jobrelay = cliRunner([sourcesCommand, partnersCommand]);

/** Every `path: message` line of the error output, as [path, message]. */
const problemLines = (stderr: string): [string, string][] =>
  stderr
    .split('\n')
    .map((line) => /^\s+(\S+): (.+)$/.exec(line))
    .flatMap((m) => (m ? [[m[1]!, m[2]!] as [string, string]] : []));

describe('applying an invalid configuration file', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jobrelay-apply-'));
    env = { JOBRELAY_BACKEND: 'embedded', JOBRELAY_DATA_DIR: join(dir, 'data') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, toYaml(content));
    return file;
  };

  it('jobrelay partners apply lists every problem of every entry, duplicates included, exits 65 and writes nothing', async () => {
    const file = write('partners.yaml', {
      partners: [
        { id: 'feed-a', name: 'A', delivery: 'feed', format: 'json', feed: { apiKeyRef: 'plain-key' } },
        { id: 'feed-a', name: '', delivery: 'feed', format: 'json', feed: { apiKeyRef: 'env:A_KEY' } },
        {
          id: 'hook',
          name: 'Hook',
          delivery: 'webhook',
          format: 'webhook',
          webhook: { url: 'ftp://hooks.example', secretRef: 'env:HOOK', timeoutMs: 5 },
        },
        { id: 'hook', name: 'Hook again', delivery: 'fax', format: 'json' },
      ],
    });
    const { code, stdout, stderr } = await jobrelay(env, ['partners', 'apply', file]);
    expect(code).toBe(65);
    expect(stdout).toBe('');
    const paths = problemLines(stderr).map(([path]) => path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'partners.0.feed.apiKeyRef',
        'partners.1.id',
        'partners.1.name',
        'partners.2.webhook.url',
        'partners.2.webhook.timeoutMs',
        'partners.3.id',
        'partners.3.delivery',
      ]),
    );
    expect(problemLines(stderr)).toEqual(
      expect.arrayContaining([
        ['partners.1.id', 'duplicate partner id "feed-a"'],
        ['partners.3.id', 'duplicate partner id "hook"'],
      ]),
    );
    expect(stderr).toMatch(/nothing written/);
    expect((await jobrelay(env, ['partners', 'list', '--json'])).stdout.trim()).toBe('[]');
  });

  it('jobrelay sources apply lists every problem of every entry, duplicates included, exits 65 and writes nothing', async () => {
    const file = write('sources.yaml', {
      sources: [
        { id: 'acme', kind: 'greenhouse', company: { name: 'Acme' } },
        { id: 'acme', kind: 'lever', company: { name: 'Acme' }, site: 'acme' },
        { id: 'site', kind: 'html', company: { name: '' }, startUrls: [] },
        { id: 'site', kind: 'carrier-pigeon', company: { name: 'Site' } },
      ],
    });
    const { code, stdout, stderr } = await jobrelay(env, ['sources', 'apply', file]);
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(problemLines(stderr).map(([path]) => path)).toEqual(
      expect.arrayContaining([
        'sources.0.boardToken',
        'sources.1.id',
        'sources.2.company.name',
        'sources.2.startUrls',
        'sources.2.selectors',
        'sources.3.id',
        'sources.3.kind',
      ]),
    );
    expect(problemLines(stderr)).toEqual(
      expect.arrayContaining([
        ['sources.1.id', 'duplicate source id "acme"'],
        ['sources.3.id', 'duplicate source id "site"'],
      ]),
    );
    expect(stderr).toMatch(/nothing written/);
    expect((await jobrelay(env, ['sources', 'list'])).stdout).toMatch(/no sources/);
  });

  it.each([['partners'], ['sources']])(
    'jobrelay %s apply lists every YAML syntax error with its line, exits 65 and writes nothing',
    async (group) => {
      const file = join(dir, 'broken.yaml');
      writeFileSync(
        file,
        `${group}:\n  - id: one\n    name: A\n    name: B\n  - id: two\n    kind: lever\n    kind: html\n`,
      );
      const { code, stdout, stderr } = await jobrelay(env, [group, 'apply', file]);
      expect(code).toBe(65);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/line 4, column \d+: Map keys must be unique/);
      expect(stderr).toMatch(/line 7, column \d+: Map keys must be unique/);
      expect(stderr).toMatch(/2 problem\(s\), listed above; nothing written/);
    },
  );
});

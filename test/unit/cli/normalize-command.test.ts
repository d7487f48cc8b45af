import { normalizeCommand } from '../../../cli/commands/normalize';
import { schemaCommand } from '../../../cli/commands/schema';
import { runCli } from '../../../cli/program';
import { JobPosting } from '../../../shared/schema/posting';
import { inputFixture } from '../../support/input-fixtures';
import { fakeIo } from './fake-io';

const commands = [normalizeCommand, schemaCommand];
const files = {
  'board.json': inputFixture('greenhouse-board.json'),
  'lever.json': inputFixture('lever-postings.json'),
  'nurse.md': inputFixture('posting.md'),
  'page.html': inputFixture('jsonld-graph.html'),
  'plain.html': inputFixture('posting-plain.html'),
  'empty.json': inputFixture('greenhouse-empty.json'),
  'broken.json': inputFixture('malformed.json'),
  'odd.json': inputFixture('unknown-shape.json'),
  'broken.xml': inputFixture('personio-malformed.xml'),
  'scan.pdf': Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
};

async function run(...argv: string[]) {
  const io = fakeIo(files);
  const code = await runCli(commands, argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('jobrelay normalize', () => {
  test('a board export prints a JSON array with every listed posting, each valid', async () => {
    const { code, out, err } = await run('normalize', 'board.json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const postings = JSON.parse(out) as unknown[];
    expect(postings).toHaveLength(3);
    for (const posting of postings) expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  test('a single posting prints an array of one', async () => {
    const { code, out } = await run('normalize', 'nurse.md');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(1);
  });

  test('an empty board prints an empty array', async () => {
    const { code, out } = await run('normalize', 'empty.json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
  });

  test('--title, --company and --url reach the posting', async () => {
    const { out } = await run(
      'normalize',
      'nurse.md',
      '--title',
      'Payments PM',
      '--company',
      'Tidewater',
      '--url',
      'https://tidewater.example/jobs/pm',
    );
    expect(JSON.parse(out)[0]).toMatchObject({
      title: 'Payments PM',
      company: { name: 'Tidewater' },
      source: { url: 'https://tidewater.example/jobs/pm', externalId: 'https://tidewater.example/jobs/pm' },
    });
  });

  test.each([
    [['board.json'], 'greenhouse-northwind-freight'],
    [['board.json', '--company', 'Harbor Light'], 'greenhouse-harbor-light'],
    [['lever.json'], 'lever-mistral-services'],
    [['board.json', '--source-id', 'my-board'], 'my-board'],
  ])('the source id for %p is %p', async (args, sourceId) => {
    const { out } = await run('normalize', ...args);
    expect(JSON.parse(out)[0].source.id).toBe(sourceId);
  });

  test('--source-kind forces the parser', async () => {
    const { code, out } = await run('normalize', 'page.html', '--source-kind', 'html');
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].source.kind).toBe('html');
  });

  test('--explain writes the origins to stderr and leaves stdout the JSON array', async () => {
    const { code, out, err } = await run('normalize', 'board.json', '--explain');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(3);
    expect(err).toMatch(/^input: greenhouse, 3 postings/);
    expect(err).toContain('datePosted');
    expect(err).toContain('first_published');
  });

  test('--explain names a source only for fields that have a value, and says "not found" for the rest', async () => {
    const { code, out, err } = await run('normalize', 'plain.html', '--explain');
    expect(code).toBe(0);
    const [posting] = JSON.parse(out) as JobPosting[];
    const origin = (field: string) => err.match(new RegExp(`^  ${field} +← (.*)$`, 'm'))?.[1];
    // the plain page has a body but no duties, requirements, benefits or skills under any heading
    expect(posting).toMatchObject({ responsibilities: [], requirements: { must: [], nice: [] }, benefits: [] });
    for (const empty of ['responsibilities', 'requirements', 'benefits', 'skills', 'seniority'])
      expect(origin(empty)).toBe('not found');
    // the tracers' own wording for an absent value stays; fields with a value keep their source
    expect(origin('salary')).toBe('none found');
    expect(origin('description')).toMatch(/html body/);
    expect(origin('locations')).toMatch(/Austin, TX/);
  });

  test.each([
    [['normalize', 'missing.json'], 66, /^jobrelay: cannot read missing\.json: no such file$/],
    [['normalize', 'broken.json'], 65, /^jobrelay: malformed JSON: .*\(INPUT\.MALFORMED\)$/],
    [['normalize', 'broken.xml'], 65, /^jobrelay: malformed XML at line \d+: .*\(INPUT\.MALFORMED\)$/],
    [['normalize', 'odd.json'], 65, /^jobrelay: JSON of unknown shape .*\(INPUT\.UNKNOWN_SHAPE\)$/],
    [['normalize', 'scan.pdf'], 65, /^jobrelay: input is binary \(PDF data\).*\(INPUT\.BINARY\)$/],
    [['normalize', 'board.json', '--source-kind', 'lever'], 65, /INPUT\.UNKNOWN_SHAPE/],
    [
      ['normalize', 'board.json', '--source-kind', 'word'],
      64,
      /^jobrelay: option '--source-kind <kind>' argument 'word' is invalid/,
    ],
    [
      ['normalize', 'board.json', '--source-id', 'Not A Slug'],
      64,
      /^jobrelay: --source-id "Not A Slug": lower-case letters/,
    ],
    [
      ['normalize', 'board.json', '--url', 'ftp://x'],
      64,
      /^jobrelay: --url "ftp:\/\/x" is not an absolute http\(s\) URL$/,
    ],
    [['normalize'], 64, /^jobrelay: missing required argument 'file'$/],
    [['frobnicate'], 64, /^jobrelay: unknown command 'frobnicate'/],
  ])('%p exits %i with one clear line on stderr and nothing on stdout', async (argv, exitCode, line) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(exitCode);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(line);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('--help prints usage and exits 0', async () => {
    const { code, out } = await run('normalize', '--help');
    expect(code).toBe(0);
    expect(out).toContain('--source-kind');
  });
});

describe('jobrelay schema', () => {
  test("prints the posting's JSON Schema with every contract field", async () => {
    const { code, out } = await run('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(schema).toMatchObject({
      title: 'JobPosting',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
    });
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(JobPosting.shape).sort());
    expect(schema.properties.employmentTypes.items.enum).toContain('FULL_TIME');
  });

  test('prints the raw posting schema on request', async () => {
    const { out } = await run('schema', 'raw-posting');
    expect(JSON.parse(out).title).toBe('RawPosting');
  });
});

import { load } from 'cheerio';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { JobrelayError } from '../../../shared/errors';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { JobPosting } from '../../../shared/schema/posting';
import { parseIndeedFeed } from '../../../shared/sources/feed/parse-indeed-feed';
import { readSitemap } from '../../../shared/sources/fetch/page-links';
import { parseInput } from '../../../shared/sources/parse-input';
import { INPUTS_DIR, inputFixture } from '../../support/input-fixtures';
import { FUZZ_SEED, hostileKeyJson, mutateBytes } from '../../support/hostile-inputs';
import { FILE_KINDS } from '../../../cli/commands/normalize';

/**
 * Every parser, fed property-based and mutated input: it either returns postings that normalise into the
 * contract or rejects the input with a JobrelayError carrying a stable code. Never another exception, never
 * a polluted prototype, never active content in the sanitised description, never an expanded entity bomb.
 * Fixed seed: a failure reproduces; the run is bounded by jest's timeout.
 */

jest.setTimeout(120_000);
const RUNS = Number(process.env.JOBRELAY_FUZZ_RUNS ?? 60);
const fixtures = readdirSync(INPUTS_DIR).map((name) => ({ name, bytes: inputFixture(name) }));
const KINDS = FILE_KINDS;

/** Parses and normalises; returns what happened, failing the test on anything but a clean outcome. */
function parseCleanly(content: string | Buffer, kind?: (typeof KINDS)[number]): 'parsed' | 'rejected' {
  let raws;
  try {
    raws = parseInput(content, kind ? { kind } : {});
  } catch (error) {
    if (error instanceof JobrelayError && /^[A-Z]+\.[A-Z_]+$/.test(error.code)) return 'rejected';
    throw error;
  }
  for (const raw of raws.slice(0, 5)) {
    const posting = normalizePosting(raw, { sourceId: 'fuzz', companyName: 'Fuzz Corp', now: new Date('2026-01-01') });
    expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(activeContentIn(posting.description.html)).toEqual([]);
  }
  return 'parsed';
}

/** Elements and attributes of sanitised HTML that could run code (escaped text is fine: it is text). */
function activeContentIn(html: string): string[] {
  const found: string[] = [];
  const $ = load(html);
  $('*').each((_i, element) => {
    const el = element as unknown as { tagName: string; attribs: Record<string, string> };
    if (/^(script|iframe|object|embed|style|form|svg|math)$/i.test(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.attribs ?? {})) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${el.tagName}[${name}]`);
      if (/^(href|src|action)$/i.test(name) && !/^(https?:|mailto:)/i.test(value.trim()))
        found.push(`${name}=${value}`);
    }
  });
  return found;
}

const expectNoPollution = () => {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
};

describe('parsers under hostile input', () => {
  afterEach(expectNoPollution);

  it('read arbitrary text and bytes cleanly, detected or as every kind', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2_000 }),
          fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)),
        ),
        fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
        (content, kind) => {
          parseCleanly(content, kind);
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });

  it('read every fixture mutated byte by byte (flips, cuts, splices, invalid UTF-8)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.integer(), (fixture, mutationSeed) => {
        parseCleanly(mutateBytes(fixture.bytes, mutationSeed));
      }),
      { seed: FUZZ_SEED, numRuns: RUNS * 3 },
    );
  });

  it('read JSON with prototype-pollution keys without polluting anything', () => {
    fc.assert(
      fc.property(hostileKeyJson(), fc.constantFrom(...KINDS.slice(0, 5)), (json, kind) => {
        parseCleanly(json, kind);
        parseCleanly(json);
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });

  it.each([
    ['a deeply nested JSON array', '['.repeat(200_000) + ']'.repeat(200_000)],
    ['a deeply nested JSON object', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['deeply nested HTML', '<div>'.repeat(100_000) + 'Engineer' + '</div>'.repeat(100_000)],
    [
      'deeply nested Markdown lists',
      Array.from({ length: 5_000 }, (_, i) => ' '.repeat(i % 200) + '- item').join('\n'),
    ],
    ['a 1 MB single-line text (the default body limit)', 'Engineer '.repeat(116_000)],
    [
      'a Greenhouse board of 20,000 empty jobs',
      JSON.stringify({ jobs: Array.from({ length: 20_000 }, (_, i) => ({ id: i })) }),
    ],
  ])('reads %s cleanly', (_name, content) => {
    parseCleanly(content);
  });
});

describe('XML parsers refuse entity tricks', () => {
  const bomb = (root: string, inner: string) =>
    `<?xml version="1.0"?>
<!DOCTYPE ${root} [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
${inner}`;
  const PERSONIO = bomb(
    'workzag-jobs',
    '<workzag-jobs><position><id>1</id><name>&e;</name><office>&xxe;</office><jobDescriptions><jobDescription><name>About</name><value>&e;</value></jobDescription></jobDescriptions></position></workzag-jobs>',
  );
  const INDEED = bomb(
    'source',
    '<source><job><title>&e;</title><referencenumber>1</referencenumber><url>https://x.example/1</url><company>&xxe;</company><description>&e;</description></job></source>',
  );
  const SITEMAP = bomb(
    'urlset',
    '<urlset><url><loc>https://x.example/&e;</loc></url><url><loc>&xxe;</loc></url></urlset>',
  );

  const expectNoBomb = (value: unknown) => {
    const text = JSON.stringify(value) ?? '';
    expect(text.length).toBeLessThan(100_000);
    expect(text).not.toMatch(/root:|\/bin\/(ba)?sh/);
  };

  it.each([
    ['Personio XML', () => parseInput(PERSONIO)],
    ['an Indeed-style feed', () => parseIndeedFeed(INDEED, { url: null })],
    ['a sitemap', () => readSitemap(SITEMAP)],
  ])('in %s: no billion laughs, no external entities', (_name, parse) => {
    let result: unknown = null;
    try {
      result = parse();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).message).length).toBeLessThan(10_000);
      return;
    }
    expectNoBomb(result);
  });
});

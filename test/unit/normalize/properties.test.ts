import fc from 'fast-check';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { PermanentError } from '../../../shared/errors';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { JobPosting, type SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

/**
 * Properties of normalising anything (fast-check, fixed seed so a failure reproduces): it never throws, the
 * output always validates, sanitised HTML never carries active content, and the same input always gives the
 * same contentHash.
 */

const SEED = 20261120;
// Hundreds of full normalisations per property: generous on a shared, loaded machine.
jest.setTimeout(120_000);
const context = { sourceId: 'property-test', now: new Date('2026-11-20T00:00:00Z') };

function normalizeAll(content: string, kind?: SourceKind): JobPosting[] {
  return parseInput(content, kind ? { kind } : {}).map((raw) => normalizePosting(raw, context));
}

/** Elements and attributes that must never survive sanitising. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  const document = parseDocument(html);
  for (const element of DomUtils.findAll(() => true, document.children) as Element[]) {
    if (/^(script|iframe|style|object|embed|frame|frameset|meta|link|base|form|svg|math)$/i.test(element.name))
      found.push(`<${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(name) &&
        /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f\s]/g, ''))
      )
        found.push(`${name}=${value}`);
    }
  }
  return found;
}

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">apply</a>',
  '<a href="  JaVaScRiPt:alert(1)">apply</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<div onclick="steal()">Click</div>',
  '<svg><script>alert(1)</script></svg>',
  '<object data="x.swf"></object>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
  '<form action="javascript:alert(1)"><input></form>',
  '<p style="color:red">styled</p>',
  '<scr<script>ipt>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
);
const benign = fc.constantFrom(
  '<p>Cook for 200 guests.</p>',
  '<h2>Requirements</h2>',
  '<ul><li>Python</li><li>SQL</li></ul>',
  '<strong>Salary:</strong> $50,000 per year',
  '<a href="https://x.example/apply">Apply</a>',
  'Berlin, Germany',
  '<br>',
  '• Vollzeit',
  '年収600万円',
);
const htmlChunk = fc.oneof(
  hostile,
  benign,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const htmlDocument = fc
  .array(htmlChunk, { maxLength: 12 })
  .map((chunks) => `<html><body><main><h1>Job</h1>${chunks.join('')}</main></body></html>`);

describe('normalising arbitrary input', () => {
  test('arbitrary text never throws and always validates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const postings = normalizeAll(`Title line\n${text}`, 'text');
        for (const posting of postings) expect(JobPosting.safeParse(posting).success).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('arbitrary HTML pages never throw, validate, and keep no script, handler or javascript: URL', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        for (const posting of normalizeAll(html, 'html')) {
          expect(JobPosting.safeParse(posting).success).toBe(true);
          expect(activeContent(posting.description.html)).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('hostile descriptions inside JSON-LD and ATS JSON are sanitised too', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, benign), { minLength: 1, maxLength: 6 }), (chunks) => {
        const description = chunks.join('');
        const page = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'X', description })}</script>`;
        const board = JSON.stringify({
          jobs: [
            {
              id: 1,
              absolute_url: 'https://x.example/1',
              title: 'X',
              content: description.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
            },
          ],
        });
        for (const posting of [...normalizeAll(page), ...normalizeAll(board)])
          expect(activeContent(posting.description.html)).toEqual([]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('hostile HTML inside Markdown and plain text never becomes active content', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            hostile,
            benign,
            fc.constantFrom('# Heading', '- item', '**Salary:** 50k', '[x](javascript:alert(1))'),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (chunks) => {
          const document = `# Cook\n\n${chunks.join('\n')}`;
          for (const kind of ['markdown', 'text'] as const) {
            for (const posting of normalizeAll(document, kind))
              expect(activeContent(posting.description.html)).toEqual([]);
          }
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
  });

  test('normalising is deterministic: the same input gives the same contentHash and id', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const [first] = normalizeAll(html, 'html');
        const [second] = normalizeAll(html, 'html');
        expect(second?.contentHash).toBe(first?.contentHash);
        expect(second?.id).toBe(first?.id);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

/** Any JSON value where the ATS puts a field: parsers must read wrong types as absent. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
);
const record = (keys: string[], fixed: Record<string, unknown>) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }).map((r) => ({ ...r, ...fixed }));

const atsShapes: [SourceKind, fc.Arbitrary<unknown>][] = [
  [
    'greenhouse',
    fc
      .array(
        record(
          [
            'title',
            'content',
            'location',
            'metadata',
            'departments',
            'offices',
            'pay_input_ranges',
            'first_published',
            'company_name',
            'requisition_id',
          ],
          { id: 1, absolute_url: 'https://x.example/1' },
        ),
        { maxLength: 3 },
      )
      .map((jobs) => ({ jobs, meta: { total: jobs.length } })),
  ],
  [
    'lever',
    fc.array(
      record(
        [
          'categories',
          'description',
          'lists',
          'additional',
          'createdAt',
          'workplaceType',
          'salaryRange',
          'country',
          'hostedUrl',
          'applyUrl',
        ],
        { id: 'a', text: 'Lever job' },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  ],
  [
    'ashby',
    fc
      .array(
        record(
          [
            'department',
            'employmentType',
            'location',
            'secondaryLocations',
            'isListed',
            'workplaceType',
            'publishedAt',
            'address',
            'descriptionHtml',
            'compensation',
            'applyUrl',
          ],
          { id: 'b', title: 'Ashby job', jobUrl: 'https://x.example/b' },
        ),
        { maxLength: 3 },
      )
      .map((jobs) => ({ apiVersion: '1', jobs })),
  ],
  [
    'smartrecruiters',
    fc
      .array(
        record(
          [
            'company',
            'releasedDate',
            'location',
            'department',
            'typeOfEmployment',
            'experienceLevel',
            'jobAd',
            'postingUrl',
            'applyUrl',
            'customField',
          ],
          { id: '1', name: 'SR job' },
        ),
        { maxLength: 3 },
      )
      .map((content) => ({ offset: 0, limit: 100, totalFound: content.length, content })),
  ],
  [
    'recruitee',
    fc
      .array(
        record(
          [
            'status',
            'company_name',
            'city',
            'country_code',
            'remote',
            'hybrid',
            'on_site',
            'employment_type_code',
            'salary',
            'published_at',
            'description',
            'requirements',
            'locations',
          ],
          { id: 1, title: 'Recruitee job', careers_url: 'https://x.example/r' },
        ),
        { maxLength: 3 },
      )
      .map((offers) => ({ offers })),
  ],
];

describe('normalising arbitrary ATS-shaped JSON', () => {
  test.each(atsShapes)(
    '%s exports with arbitrary field values never fail unexpectedly and always validate',
    (kind, shape) => {
      fc.assert(
        fc.property(shape, (json) => {
          try {
            for (const posting of normalizeAll(JSON.stringify(json), kind))
              expect(JobPosting.safeParse(posting).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(PermanentError);
          }
        }),
        { seed: SEED, numRuns: 80 },
      );
    },
  );
});

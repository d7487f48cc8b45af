import { API_SOURCE_ID, namedSources, planSubmissions } from '../../../functions/lib/submissions';
import { PostingSubmission } from '../../../shared/schema/http';

const submit = (value: unknown) => PostingSubmission.parse(value);
const greenhouse = (ids: number[]) => ({
  jobs: ids.map((id) => ({
    id,
    title: `Engineer ${id}`,
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    location: { name: 'Berlin' },
    content: '&lt;p&gt;Build things.&lt;/p&gt;',
    updated_at: '2026-01-01T00:00:00Z',
  })),
  meta: { total: ids.length },
});

describe('planning POST /postings submissions', () => {
  it.each([
    ['a Markdown document', { type: 'document', format: 'markdown', content: '# Engineer\n\nBuild things.' }, 1],
    [
      'an HTML document, detected',
      { type: 'document', content: '<html><body><h1>Engineer</h1><p>Build things for us.</p></body></html>' },
      1,
    ],
    ['a Greenhouse board export', { type: 'ats-record', kind: 'greenhouse', record: greenhouse([1, 2, 3]) }, 3],
    ['a structured posting', { type: 'posting', posting: { title: 'Engineer', text: 'Build things.' } }, 1],
  ])('reads %s into raw postings', (_name, value, count) => {
    const plan = planSubmissions([submit(value)]);
    expect(plan.rejections).toEqual([]);
    expect(plan.groups.get(API_SOURCE_ID)).toHaveLength(count);
  });

  it.each([
    ['content no parser recognises', { type: 'ats-record', kind: 'lever', record: { hello: 'world' } }, /lever/i],
    [
      'an empty board export',
      { type: 'ats-record', kind: 'greenhouse', record: { jobs: [], meta: { total: 0 } } },
      /no job posting/,
    ],
  ])('rejects %s with a reason, for its index only', (_name, value, reason) => {
    const ok = submit({ type: 'posting', posting: { title: 'Fine', text: 'Fine.' } });
    const plan = planSubmissions([ok, submit(value)]);
    expect(plan.rejections).toHaveLength(1);
    expect(plan.rejections[0]!.index).toBe(1);
    expect(plan.rejections[0]!.reasons[0]!.message).toMatch(reason);
    expect(plan.groups.get(API_SOURCE_ID)).toHaveLength(1);
  });

  it('lets metadata override a single posting but never collapses an export into one id', () => {
    const single = planSubmissions([
      submit({
        type: 'document',
        format: 'text',
        content: 'Engineer\n\nBuild.',
        externalId: 'req-1',
        title: 'Staff Engineer',
        company: 'Acme',
      }),
    ]);
    expect(single.groups.get(API_SOURCE_ID)![0]!.item).toEqual({
      raw: expect.objectContaining({ externalId: 'req-1', title: 'Staff Engineer', companyName: 'Acme' }),
    });
    const board = planSubmissions([
      submit({
        type: 'ats-record',
        kind: 'greenhouse',
        record: greenhouse([7, 8]),
        externalId: 'same',
        company: 'Acme',
      }),
    ]);
    const raws = board.groups
      .get(API_SOURCE_ID)!
      .map((i) => (i.item as { raw: { externalId: string; companyName: string } }).raw);
    expect(raws.map((r) => r.externalId)).toEqual(['7', '8']);
    expect(raws.every((r) => r.companyName === 'Acme')).toBe(true);
  });

  it('groups by source: named sources, the webhook source, or the virtual api source', () => {
    const submissions = [
      submit({ type: 'posting', posting: { title: 'A' }, sourceId: 'acme' }),
      submit({ type: 'posting', posting: { title: 'B' } }),
    ];
    expect([...planSubmissions(submissions).groups.keys()].sort()).toEqual(['acme', API_SOURCE_ID]);
    expect([...planSubmissions(submissions, 'hooked').groups.keys()].sort()).toEqual(['acme', 'hooked']);
    expect(namedSources(submissions)).toEqual(['acme']);
  });
});

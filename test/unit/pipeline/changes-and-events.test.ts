import { changedFields } from '../../../shared/pipeline/changes';
import { buildPostingEvent, eventSize } from '../../../shared/pipeline/posting-events';
import { expiresAtOf } from '../../../shared/pipeline/posting-changes';
import { PostingEvent } from '../../../shared/schema/events';
import { recordOf, syntheticPosting, withRaise } from '../../support/posting-records';

describe('changed fields', () => {
  it('lists the top-level fields that differ, in contract order', () => {
    const before = syntheticPosting(1);
    const after = { ...withRaise(before), title: 'Staff Engineer' };
    expect(changedFields(before, after)).toEqual(['title', 'salary']);
  });

  it('does not count key order inside objects, identity, status or the hash as changes', () => {
    const before = syntheticPosting(1);
    const reordered = {
      ...before,
      company: { url: before.company.url, name: before.company.name },
      status: 'closed' as const,
      contentHash: 'x',
    };
    expect(changedFields(before, reordered)).toEqual([]);
  });
});

describe('posting events', () => {
  const build = (record = recordOf(syntheticPosting(1), { version: 3 }), budgetBytes = 256 * 1024) =>
    buildPostingEvent({
      record,
      type: 'posting.updated',
      changedFields: ['salary'],
      time: '2026-03-01T09:00:00.000Z',
      sourceBase: '//jobrelay',
      budgetBytes,
    });

  it('is a CloudEvents 1.0 event identified by posting and version, with attributes for filters and the posting as ordering key', () => {
    const outbox = build();
    const record = recordOf(syntheticPosting(1));
    expect(PostingEvent.parse(outbox.event)).toEqual(outbox.event);
    expect(outbox).toMatchObject({
      id: `${record.id}-v3`,
      topic: 'posting-events',
      orderingKey: record.id,
      attributes: { type: 'posting.updated', postingId: record.id, sourceId: 'bench-source' },
      sentAt: null,
      publishAttempts: 0,
    });
    expect(outbox.event).toMatchObject({
      specversion: '1.0',
      id: `${record.id}-v3`,
      source: '//jobrelay/sources/bench-source',
      subject: `postings/${record.id}`,
      datacontenttype: 'application/json',
      data: { version: 3, changedFields: ['salary'], truncated: false, duplicateOf: null },
    });
    expect(Object.keys(outbox.event.data.posting)).not.toContain('firstSeenAt');
  });

  it('empties the HTML and cuts the text of an oversize description to fit the budget, and says so', () => {
    const posting = syntheticPosting(1, { descriptionWords: 60_000 });
    const outbox = build(recordOf(posting), 64 * 1024);
    const description = outbox.event.data.posting.description;
    expect(eventSize(outbox.event)).toBeLessThanOrEqual(64 * 1024);
    expect(eventSize(outbox.event)).toBeGreaterThan(60 * 1024);
    expect(outbox.event.data.truncated).toBe(true);
    expect(description.html).toBe('');
    expect(description.text.endsWith('…')).toBe(true);
    expect(posting.description.text.startsWith(description.text.slice(0, -1))).toBe(true);
  });

  it('empties the list sections too when the text alone cannot make it fit', () => {
    const posting = {
      ...syntheticPosting(1),
      responsibilities: Array.from({ length: 4000 }, (_, i) => `Responsibility number ${i}`),
    };
    const outbox = build(recordOf(posting), 32 * 1024);
    expect(outbox.event.data.posting.responsibilities).toEqual([]);
    expect(eventSize(outbox.event)).toBeLessThanOrEqual(32 * 1024);
  });

  it('refuses a posting that cannot fit at all, permanently', () => {
    const posting = { ...syntheticPosting(1), title: 'x'.repeat(40 * 1024) };
    expect(() => build(recordOf(posting), 32 * 1024)).toThrow(expect.objectContaining({ code: 'EVENT.TOO_LARGE' }));
  });
});

describe('expiry instants', () => {
  it.each([
    [null, null],
    ['2026-03-05', '2026-03-06T12:00:00.000Z'],
    ['2026-03-05T18:00:00+09:00', '2026-03-05T09:00:00.000Z'],
    ['2026-03-05T18:00', '2026-03-05T18:00:00.000Z'],
    ['2026-03-05T18:00:00Z', '2026-03-05T18:00:00.000Z'],
    ['soon', null],
  ])('reads validThrough %s as %s', (validThrough, expected) => {
    expect(expiresAtOf(validThrough)).toBe(expected);
  });
});

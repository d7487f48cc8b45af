import { buildOpenApiDocument } from '../../../functions/lib/openapi';

const doc = buildOpenApiDocument({ serverUrl: 'http://127.0.0.1:8080' }) as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; operationId: string }>>;
  components: { schemas: Record<string, unknown> };
};

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with every function path', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/feeds/{partner}.json',
        '/feeds/{partner}.xml',
        '/jobs/{id}',
        '/openapi.json',
        '/postings',
        '/sitemap.xml',
        '/syndications',
      ].sort(),
    );
  });

  it('resolves every $ref to a component schema', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')]).toBeDefined();
    }
  });

  it('documents the ingest body variants and the problem answers', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'IngestRequest',
        'DocumentSubmission',
        'AtsRecordSubmission',
        'StructuredSubmission',
        'IngestResponse',
        'Problem',
      ]),
    );
    const responses = doc.paths['/postings']!.post!.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400', '401', '409', '413', '415', '422']));
  });

  it('gives every operation a unique id', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

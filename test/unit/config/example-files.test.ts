import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SourcesFile } from '../../../shared/schema/source';
import { PartnersFile } from '../../../shared/schema/partner';

/** The example configuration files the README points newcomers to must stay valid as the schemas evolve. */

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const load = (name: string): unknown => parse(readFileSync(join(EXAMPLES, name), 'utf8'));

describe('examples/', () => {
  test('sources.yaml is a valid sources file with one example of every source kind', () => {
    const result = SourcesFile.safeParse(load('sources.yaml'));
    expect(result.error?.issues ?? []).toEqual([]);
    const kinds = new Set(result.data!.sources.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(
      ['ashby', 'feed', 'greenhouse', 'html', 'jsonld', 'lever', 'personio', 'recruitee', 'smartrecruiters'].sort(),
    );
  });

  test('partners.yaml is a valid partners file covering webhook and feed delivery', () => {
    const result = PartnersFile.safeParse(load('partners.yaml'));
    expect(result.error?.issues ?? []).toEqual([]);
    const formats = new Set(result.data!.partners.map((p) => p.format));
    expect(formats).toEqual(new Set(['webhook', 'indeed-xml', 'linkedin-xml', 'json']));
  });
});

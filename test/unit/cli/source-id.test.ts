import { deriveSourceId, slugify } from '../../../cli/source-id';
import { Slug } from '../../../shared/schema/common';

describe('default source ids', () => {
  test.each<[string, string | null, (string | null)[], string]>([
    ['greenhouse', 'Harborlight', [], 'greenhouse-harborlight'],
    ['recruitee', 'Café Zürich GmbH', [], 'recruitee-cafe-zurich-gmbh'],
    ['greenhouse', null, ['https://boards.greenhouse.io/harborlight/jobs/1'], 'greenhouse-harborlight'],
    ['lever', null, ['https://jobs.lever.co/pinecrest/abc'], 'lever-pinecrest'],
    ['ashby', null, ['https://jobs.ashbyhq.com/quillstack/x'], 'ashby-quillstack'],
    ['smartrecruiters', null, ['https://jobs.smartrecruiters.com/Meridianbank/744'], 'smartrecruiters-meridianbank'],
    ['personio', null, ['https://kaffeewerk.jobs.personio.de'], 'personio-kaffeewerk'],
    ['recruitee', null, ['https://tostado.recruitee.com/o/x'], 'recruitee-tostado'],
    ['html', null, ['https://www.brightloop.example/careers/x'], 'html-brightloop-example'],
    ['markdown', null, [null], 'markdown'],
  ])('%s with company %p and URLs %p → %p', (kind, company, urls, id) => {
    expect(deriveSourceId(kind, company, urls)).toBe(id);
  });

  test('a company name without Latin letters still gives a stable, valid id', () => {
    const id = deriveSourceId('markdown', '株式会社サクラビジョン', []);
    expect(id).toBe(deriveSourceId('markdown', '株式会社サクラビジョン', []));
    expect(id).toMatch(/^markdown-x[0-9a-f]{8}$/);
  });

  test('every derived id is a valid source slug, however long the name', () => {
    for (const name of [
      'A'.repeat(200),
      '--x--',
      'Ünïcödé & Co. KG',
      'a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9',
    ]) {
      expect(Slug.safeParse(deriveSourceId('smartrecruiters', name, [])).success).toBe(true);
    }
  });

  test('slugify keeps letters and digits only', () => {
    expect(slugify('  Ho Chi Minh City (HCMC) ')).toBe('ho-chi-minh-city-hcmc');
  });
});

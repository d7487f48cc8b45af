import { parseWithSelectors } from '../../../../shared/sources/fetch/selector-parser';

const page = `<html><body><nav>Menu</nav><main>
  <h1 class="role"> Data Engineer </h1>
  <ul class="facts"><li class="where">Berlin, DE</li><li class="where">Remote, DE</li><li class="team">Data</li><li class="type">Vollzeit</li></ul>
  <time class="posted" datetime="2026-02-03">3 Feb</time><span class="salary">€70k–€90k</span>
  <div class="job" data-id="JOB-42"></div>
  <section class="body"><p>Move <b>data</b>.</p><p>You will build and run the pipelines that feed our analytics, own their reliability and mentor two engineers.</p><ul><li>Design batch and streaming jobs</li><li>Keep data quality high</li></ul></section><a class="apply" href="/apply/42">Apply</a>
</main><footer>© Acme</footer></body></html>`;

describe('reading a career page with selectors', () => {
  it('reads each field its selector points at', () => {
    const [posting] = parseWithSelectors(page, 'https://acme.example/jobs/42', {
      link: 'a',
      title: 'h1.role',
      description: 'section.body',
      location: '.facts .where',
      department: '.facts .team',
      employmentType: '.facts .type',
      salary: '.salary',
      applyUrl: 'a.apply',
      datePosted: 'time.posted',
      externalId: '.job@data-id',
    });
    expect(posting).toMatchObject({
      kind: 'html',
      externalId: 'JOB-42',
      title: 'Data Engineer',
      html: expect.stringMatching(/^<p>Move <b>data<\/b>\.<\/p><p>You will build/),
      locations: [expect.objectContaining({ text: 'Berlin, DE' }), expect.objectContaining({ text: 'Remote, DE' })],
      department: 'Data',
      employmentTypes: ['Vollzeit'],
      salary: expect.objectContaining({ text: '€70k–€90k' }),
      applyUrl: 'https://acme.example/apply/42',
      datePosted: '2026-02-03',
    });
  });

  it('falls back to the URL as the external id and finds the body without a description selector', () => {
    const [posting] = parseWithSelectors(page, 'https://acme.example/jobs/42', { link: 'a', title: 'h1.role' });
    expect(posting?.externalId).toBe('https://acme.example/jobs/42');
    expect(posting?.html).toContain('Move');
  });

  it('returns nothing for a page that is not a posting', () => {
    expect(
      parseWithSelectors('<html><body></body></html>', 'https://acme.example/x', {
        link: 'a',
        title: 'h1',
        description: '.body',
      }),
    ).toEqual([]);
  });
});

import { parseIndeedFeed } from '../../../../shared/sources/feed/parse-indeed-feed';

const feed = (jobs: string, root = 'source') =>
  `<?xml version="1.0" encoding="utf-8"?><${root}><publisher>Other Board</publisher><publisherurl>https://other.example</publisherurl>${jobs}</${root}>`;

const indeedJob = `<job>
  <title><![CDATA[Senior Backend Engineer (m/w/d)]]></title>
  <date><![CDATA[Fri, 06 Mar 2026 10:00:00 GMT]]></date>
  <referencenumber><![CDATA[unique123131]]></referencenumber>
  <requisitionid><![CDATA[REQ-77]]></requisitionid>
  <url><![CDATA[https://other.example/jobs/123?source=Indeed]]></url>
  <company><![CDATA[Acme & Sons]]></company>
  <city><![CDATA[Austin]]></city><state><![CDATA[TX]]></state><country><![CDATA[US]]></country><postalcode><![CDATA[78701]]></postalcode>
  <description><![CDATA[<p>Build <b>APIs</b> &amp; services.</p><ul><li>Go</li></ul>]]></description>
  <salary><![CDATA[$120,000 - $150,000 per year]]></salary>
  <jobtype><![CDATA[fulltime, contract]]></jobtype>
  <category><![CDATA[Engineering]]></category>
  <experience><![CDATA[5+ years]]></experience>
  <expirationdate><![CDATA[2026-06-30]]></expirationdate>
  <remotetype><![CDATA[Hybrid remote]]></remotetype>
</job>`;

describe('parsing an Indeed-style XML feed', () => {
  it('reads every field of an Indeed job, CDATA included', () => {
    const [job] = parseIndeedFeed(feed(indeedJob), { url: 'https://other.example/feed.xml' });
    expect(job).toMatchObject({
      kind: 'feed',
      externalId: 'unique123131',
      requisitionId: 'REQ-77',
      url: 'https://other.example/jobs/123?source=Indeed',
      title: 'Senior Backend Engineer (m/w/d)',
      companyName: 'Acme & Sons',
      html: '<p>Build <b>APIs</b> &amp; services.</p><ul><li>Go</li></ul>',
      locations: [{ text: 'Austin, TX, 78701, US', city: 'Austin', region: 'TX', country: 'US', workplace: 'hybrid' }],
      workplace: 'hybrid',
      employmentTypes: ['fulltime', 'contract'],
      salary: expect.objectContaining({ text: '$120,000 - $150,000 per year' }),
      datePosted: 'Fri, 06 Mar 2026 10:00:00 GMT',
      validThrough: '2026-06-30',
      department: 'Engineering',
      fields: { experience: ['5+ years'], category: ['Engineering'] },
    });
  });

  it.each([
    ['an empty feed', feed(''), 0],
    ['one job', feed(indeedJob), 1],
    ['three jobs', feed(indeedJob.repeat(3)), 3],
    [
      'an Adzuna-style <jobs> root',
      feed(
        '<job><id>9</id><title>Cook</title><location>Leeds</location><description>Cook food</description></job>',
        'jobs',
      ),
      1,
    ],
  ])('reads %s as %i postings', (_name, xml, count) => {
    expect(parseIndeedFeed(xml, { url: null })).toHaveLength(count);
  });

  it('keeps a description that is HTML without CDATA', () => {
    const [job] = parseIndeedFeed(
      feed(
        '<job><referencenumber>1</referencenumber><title>T</title><description><p>Hello <b>you</b></p></description></job>',
      ),
      { url: null },
    );
    expect(job?.html).toBe('<p>Hello <b>you</b></p>');
  });

  it('resolves relative job URLs against the feed URL', () => {
    const [job] = parseIndeedFeed(
      feed('<job><referencenumber>1</referencenumber><title>T</title><url>/jobs/1</url></job>'),
      { url: 'https://other.example/feed.xml' },
    );
    expect(job?.url).toBe('https://other.example/jobs/1');
  });

  it('refuses XML that is not well-formed', () => {
    expect(() => parseIndeedFeed('<source><job><title>x</job></source>', { url: null })).toThrow(
      expect.objectContaining({ code: 'INPUT.MALFORMED' }),
    );
  });
});

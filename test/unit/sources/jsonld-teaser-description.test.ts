import { parseInput } from '../../../shared/sources/parse-input';
import { isTeaserOf } from '../../../shared/sources/jsonld/teaser-description';

/**
 * Job boards and career-site builders whose JSON-LD `description` is only the posting's first paragraph
 * (StepStone, Reed, Workable): the posting takes the body the page shows; what the JSON-LD states stays.
 */
const URL = 'https://jobs.example.org/postings/4711';

const ld = (description: string, place = { addressLocality: 'Paris', addressCountry: 'FR' }): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Data Engineer',
    description,
    datePosted: '2026-11-20',
    hiringOrganization: { '@type': 'Organization', name: 'Kestrel Freight' },
    jobLocation: { '@type': 'Place', address: place },
  })}</script>`;

const OPENING = 'Kestrel Freight runs forty cross-dock terminals across Europe and moves two million parcels a day.';
const TASKS = ['Build the pipelines', 'Own the warehouse models', 'Review pull requests', 'Run the on-call rota'];
const PROFILE = ['Three years with Python', 'SQL you can explain', 'Experience with Airflow or Dagster'];
const fullBody = (lang: string): string =>
  ({
    en: `<p>${OPENING} Our data team of twelve sits in the operations tower and works closely with planning.</p><h2>Your tasks</h2><ul>${TASKS.map((t) => `<li>${t} for the planning and finance teams every week</li>`).join('')}</ul><h2>Your profile</h2><ul>${PROFILE.map((t) => `<li>${t} and a liking for tidy data</li>`).join('')}</ul>`,
  })[lang] ?? '';

const page = (head: string, facts: string, body: string): string =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header><nav><a href="/">Jobs</a></nav></header>` +
  `<main><h1>Data Engineer</h1>${facts}${body}</main><footer><p>© 2026 Jobs Example</p></footer></body></html>`;

describe('a JSON-LD teaser of the page body', () => {
  test.each([
    ['the first paragraph of the body', OPENING, true],
    ['a sentence the body opens with, written in other case and accents', OPENING.toUpperCase(), true],
    ['another posting entirely', 'We are hiring nurses for our night shift in the Lyon clinic.', false],
    ['the whole posting', `${OPENING} ${'Long description of tasks and profile. '.repeat(12)}`, false],
  ])('%s: %s', (_name, description, teaser) => expect(isTeaserOf(description, fullBody('en'))).toBe(teaser));

  test('a body barely longer than the description is no fuller page', () =>
    expect(isTeaserOf(OPENING, `<p>${OPENING} Apply today.</p>`)).toBe(false));
});

describe('a JSON-LD posting whose description is a teaser takes the page body', () => {
  test('sections and facts come from the page; title, company and dates from the JSON-LD', () => {
    const [raw] = parseInput(page(ld(`<p>${OPENING}</p>`), '', fullBody('en')), { url: URL });
    expect(raw?.kind).toBe('jsonld');
    expect(raw?.html).toContain('Own the warehouse models');
    expect(raw?.companyName).toBe('Kestrel Freight');
    expect(raw?.datePosted).toBe('2026-11-20');
  });

  test.each([
    ['a teaser of another page', '<p>We are hiring nurses for our night shift in the Lyon clinic.</p>'],
    [
      'a full description',
      `<p>${OPENING}</p><ul>${TASKS.map((t) => `<li>${t}</li>`).join('')}</ul>${'<p>More about the team and how we work together every day.</p>'.repeat(6)}`,
    ],
  ])('counter-case, %s: the JSON-LD description stays', (_name, description) => {
    const [raw] = parseInput(page(ld(description), '', fullBody('en')), { url: URL });
    expect(raw?.html).not.toContain('Own the warehouse models for the planning');
  });

  test.each([
    ['the page shows another city (the JSON-LD names the head office)', 'Nantes, Pays de la Loire, France', []],
    ['the page names the same city', 'Paris, Île-de-France', ['Paris']],
    ['the page names it in a longer place', 'Greater Paris Area', ['Paris']],
  ])('%s', (_name, shown, kept) => {
    const facts = `<div><span data-ui="job-location">${shown}</span><span data-ui="job-type">Full time</span></div>`;
    const [raw] = parseInput(page(ld(`<p>${OPENING}</p>`), facts, fullBody('en')), { url: URL });
    expect(raw?.locations.map((l) => l.city)).toEqual(kept);
    expect(raw?.fields.location).toEqual([shown]);
  });
});

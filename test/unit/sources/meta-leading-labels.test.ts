import { parseHtmlPage } from '../../../shared/sources/html';

/** A career page whose facts list under the title labels each value with an element of its own. */
const page = (lang: string, items: string[]): string =>
  `<!doctype html><html lang="${lang}"><body><main><h1>Operator</h1><ul class="job-meta">${items
    .map((i) => `<li>${i}</li>`)
    .join('')}</ul><div><p>${'We run a friendly plant with a long history. '.repeat(3)}</p></div></main></body></html>`;

describe('a facts list item led by a label element reads as "label: value"', () => {
  const rows: [string, string, string[], Record<string, string>][] = [
    [
      'English spans',
      'en',
      ['<span>Posted</span> October 14, 2026', '<span>Location</span> Leeds'],
      { posted: 'October 14, 2026', location: 'Leeds' },
    ],
    [
      'German bold labels with colons',
      'de',
      ['<b>Veröffentlicht:</b> 14.10.2026', '<b>Standort:</b> Kassel'],
      { posted: '14.10.2026', location: 'Kassel' },
    ],
    [
      'French labels in strong',
      'fr',
      ['<strong>Lieu</strong> Rennes', '<strong>Contrat</strong> CDI'],
      { location: 'Rennes', 'employment type': 'CDI' },
    ],
  ];
  test.each(rows)('%s', (_name, lang, items, expected) => {
    const [posting] = parseHtmlPage(page(lang, items), {});
    for (const [key, value] of Object.entries(expected)) expect(posting?.fields[key]).toEqual([value]);
  });

  test('an item led by an element that is no label stays one meta item', () => {
    const [posting] = parseHtmlPage(page('en', ['<span>Night</span> shift', '<i>Full-time</i>']), {});
    expect(posting?.fields.meta).toEqual(['Night shift', 'Full-time']);
  });
});

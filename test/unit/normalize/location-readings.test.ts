import { readLocationText, type LocationReadings } from '../../../shared/normalize/geo/location-text';
import { routeFields } from '../../../shared/normalize/header-fields';
import { normalizeLocations, type LocationInput } from '../../../shared/normalize/locations';

/**
 * A career page's meta item is read as a location text when it is classified (meta-items.ts) and again as the
 * posting's location: the posting keeps the first reading and the location extractor uses it, with the same
 * result as reading the text afresh.
 */
const input = (texts: string[], readings?: LocationReadings): LocationInput => ({
  raw: [],
  texts,
  workplace: null,
  bodyText: 'We work 2 days a week from home.',
  countryHint: 'DE',
  readings,
});

describe('location readings kept per posting', () => {
  it('keeps the reading of each meta item classification read as a location text', () => {
    const fields = routeFields({ meta: ['Amsterdam', 'Fulltime', 'Remote (US)', 'Engineering'] });
    expect(fields.byRole.location).toEqual(['Amsterdam', 'Remote (US)']);
    expect([...fields.locationReadings.keys()]).toEqual(['Amsterdam', 'Remote (US)']);
    expect(fields.locationReadings.get('Amsterdam')).toEqual(readLocationText('Amsterdam'));
  });

  it.each([
    [['Amsterdam']],
    [['Remote (US)']],
    [['Hybrid for HCMC, remote for Da Nang/HN']],
    [['東京都渋谷区（リモートワーク可・週1回出社）', 'Berlin']],
    [['Valencia', 'Paterna']],
    [['', '  ']],
  ])('gives the same locations for %j with the meta items read first as without', (texts) => {
    const fields = routeFields({ meta: texts });
    expect(normalizeLocations(input(texts, fields.locationReadings))).toEqual(normalizeLocations(input(texts)));
  });

  it('reads a text it has not read and keeps it for the next use in the posting', () => {
    const readings: LocationReadings = new Map();
    const first = normalizeLocations(input(['Lyon (Hybride)'], readings));
    expect(readings.get('Lyon (Hybride)')).toEqual(readLocationText('Lyon (Hybride)'));
    expect(normalizeLocations(input(['Lyon (Hybride)'], readings))).toEqual(first);
  });
});

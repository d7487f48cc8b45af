import { normalizeLocations } from '../../../shared/normalize/locations';
import { locationInput as input } from '../../support/location-input';

/**
 * An office town with a remote option beside it in Czech, Slovak, Croatian, Slovenian, Lithuanian, Estonian,
 * Catalan, Malay and Bulgarian ("Košice (možnosť práce z domu)", "Zagreb (mogućnost rada od kuće)"): one hybrid
 * location, not the town plus a placeless remote one.
 */
describe('a remote option beside an office town', () => {
  test.each([
    ['cs', 'Brno (možnost práce z domova)', 'CZ'],
    ['sk', 'Bratislava (možnosť home office)', 'SK'],
    ['hr', 'Zagreb (mogućnost rada od kuće)', 'HR'],
    ['sl', 'Maribor (možnost dela od doma)', 'SI'],
    ['lt', 'Kaunas (galimybė dirbti iš namų)', 'LT'],
    ['et', 'Tartu (kaugtöö võimalus)', 'EE'],
    ['bg', 'София (възможност за работа от вкъщи)', 'BG'],
  ])('%s: %s', (_name, text, country) => {
    const out = normalizeLocations(input({ texts: [text] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ country, workplace: 'hybrid' });
  });

  test('a town with no remote word stays as it is', () => {
    const out = normalizeLocations(input({ texts: ['Kaunas'] }));
    expect(out).toEqual([expect.objectContaining({ city: 'Kaunas', workplace: null })]);
  });
});

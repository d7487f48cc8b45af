import { normalizeLocations } from '../../../shared/normalize/locations';
import { locationInput as input } from '../../support/location-input';

/**
 * Indian cities and states as Hindi job pages write them, in Devanagari ("लखनऊ, उत्तर प्रदेश"): curated
 * aliases of the gazetteer (geo/curated-places.ts), read like their English names.
 */
describe('Indian places written in Devanagari', () => {
  test.each([
    ['a city and its state', 'जयपुर, राजस्थान', 'Jaipur', 'Rajasthan'],
    ['a city alone', 'पटना', 'Patna', 'Bihar'],
    ['a city with a nukta, and its state', 'गुड़गांव, हरियाणा', 'Gurgaon', 'Haryana'],
    ['a city and a two-word state', 'इंदौर, मध्य प्रदेश', 'Indore', 'Madhya Pradesh'],
    ['Bengaluru', 'बेंगलुरु', 'Bangalore', 'Karnataka'],
  ])('%s: %s', (_name, text, city, region) =>
    expect(normalizeLocations(input({ texts: [text] }))).toEqual([
      expect.objectContaining({ city, region, country: 'IN' }),
    ]),
  );

  test.each([
    ['Delhi in Devanagari stays the city', 'दिल्ली', 'Delhi'],
    ['the English name is unchanged', 'Lucknow', 'Lucknow'],
  ])('%s: %s', (_name, text, city) =>
    expect(normalizeLocations(input({ texts: [text] }))).toEqual([expect.objectContaining({ city, country: 'IN' })]),
  );
});

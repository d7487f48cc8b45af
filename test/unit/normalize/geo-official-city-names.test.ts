import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, NO_CONTEXT).map((p) => [p.city, p.region, p.country]);

describe("a city under the name everyone writes, not its municipality's official name", () => {
  test.each([
    ['León, Guanajuato', [['León', 'Guanajuato', 'MX']]],
    ['León, México', [['León', 'Guanajuato', 'MX']]],
    ['León, Gto.', [['León', 'Guanajuato', 'MX']]],
    ['León de los Aldama', [['León', 'Guanajuato', 'MX']]],
    ['Tel Aviv-Yafo', [['Tel Aviv', 'Tel Aviv District', 'IL']]],
  ])('%s', (text, places) => expect(read(text)).toEqual(places));

  test.each([
    ['León, Nicaragua', [['León', 'León Department', 'NI']]],
    ['León, España', [['León', 'Castile and León', 'ES']]],
  ])('counter-case: %s keeps its own country', (text, places) => expect(read(text)).toEqual(places));
});

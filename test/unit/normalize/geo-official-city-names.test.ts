import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const NO_CONTEXT = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, NO_CONTEXT).map((p) => [p.city, p.region, p.country]);

describe("a city under the name everyone writes, not its municipality's official name", () => {
  test.each([
    ['León, Guanajuato', [['Leon', 'Guanajuato', 'MX']]],
    ['León, México', [['Leon', 'Guanajuato', 'MX']]],
    ['León, Gto.', [['Leon', 'Guanajuato', 'MX']]],
    ['León de los Aldama', [['Leon', 'Guanajuato', 'MX']]],
    ['Tel Aviv-Yafo', [['Tel Aviv', 'Tel Aviv District', 'IL']]],
  ])('%s', (text, places) => expect(read(text)).toEqual(places));

  test.each([
    ['León, Nicaragua', [['Leon', 'Leon Department', 'NI']]],
    ['León, España', [['Leon', 'Castile and Leon', 'ES']]],
  ])('counter-case: %s keeps its own country', (text, places) => expect(read(text)).toEqual(places));
});

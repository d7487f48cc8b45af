import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, ctx).map((l) => [l.city, l.region, l.country]);

describe('a capital district is the capital, with its own region', () => {
  it.each([
    ['Bogotá, D.C.', 'Bogotá', 'Bogotá', 'CO'],
    ['Bogotá D.C.', 'Bogotá', 'Bogotá', 'CO'],
    ['Fontibón, Bogotá, D.C.', 'Bogotá', 'Bogotá', 'CO'],
    ['Bogotá, D.C., Colombia', 'Bogotá', 'Bogotá', 'CO'],
    ['Ciudad de México, CDMX', 'Mexico City', 'Mexico City', 'MX'],
    ['CDMX', 'Mexico City', 'Mexico City', 'MX'],
    // counter-cases: the US capital keeps its district
    ['Washington, DC', 'Washington', 'District of Columbia', 'US'],
    ['Washington, D.C.', 'Washington', 'District of Columbia', 'US'],
    ['Washington D.C.', 'Washington', 'District of Columbia', 'US'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });
});

describe('a street named after a city is no city', () => {
  it.each([
    ['上海 静安区 南京西路', [['Shanghai', 'Shanghai', 'CN']]],
    ['上海静安区南京西路1788号国际会所1层', [['Shanghai', 'Shanghai', 'CN']]],
    ['广州市北京路', [['Guangzhou', 'Guangdong', 'CN']]],
    ['南京东路', [[null, null, null]]],
    // counter-cases: the city itself, a station, a commute, a real city before its ward
    ['南京', [['Nanjing', 'Jiangsu', 'CN']]],
    ['江苏省南京市玄武区', [['Nanjing', 'Jiangsu', 'CN']]],
    ['北京南站', [['Beijing', 'Beijing', 'CN']]],
    ['東京通勤', [['Tokyo', 'Tokyo', 'JP']]],
    ['京都市中京区', [['Kyoto', 'Kyoto', 'JP']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a company's dotted legal form is no country or state", () => {
  it.each([
    ['Groupe Vallière S.A.S.', [[null, null, null]]],
    ['Acme S.A.', [[null, null, null]]],
    ['Acme S.A. de C.V., Monterrey', [['Monterrey', 'Nuevo León', 'MX']]],
    ['Nordwerk B.V., Amsterdam', [['Amsterdam', 'North Holland', 'NL']]],
    ['Transportes Sabana Norte S.A.S. - Bogotá, D.C.', [['Bogotá', 'Bogotá', 'CO']]],
    // counter-cases: dotted country and state codes, and undotted SAS (a skill, an airline)
    ['Remote (U.S.)', [[null, null, 'US']]],
    ['Dubai, U.A.E.', [['Dubai', 'Dubai', 'AE']]],
    ['Charleston, S.C.', [['Charleston', 'South Carolina', 'US']]],
    ['SAS', [[null, null, null]]],
    ['Scandinavian Airlines SAS', [[null, null, null]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, ctx).map((l) => [l.city, l.region, l.country]);

describe('a town qualified by a region or country is the town there, not a bigger namesake elsewhere', () => {
  it.each([
    ['Kingston, Ontario', 'Kingston', 'Ontario', 'CA'],
    ['Kingston, ON', 'Kingston', 'Ontario', 'CA'],
    ['Kingston ON', 'Kingston', 'Ontario', 'CA'],
    ['Perth, Ontario', 'Perth', 'Ontario', 'CA'],
    ['Sydney, Nova Scotia', 'Sydney', 'Nova Scotia', 'CA'],
    ['Paris, Texas', 'Paris', 'Texas', 'US'],
    ['Paris, TX', 'Paris', 'Texas', 'US'],
    ['Paris, Texas, USA', 'Paris', 'Texas', 'US'],
    ['Vienna, Virginia', 'Vienna', 'Virginia', 'US'],
    ['Vienna, VA', 'Vienna', 'Virginia', 'US'],
    ['Berlin, New Hampshire', 'Berlin', 'New Hampshire', 'US'],
    ['Valencia, California', 'Valencia', 'California', 'US'],
    ['Valencia, CA', 'Valencia', 'California', 'US'],
    ['Richmond, VIC', 'Richmond', 'Victoria', 'AU'],
    ['Richmond, Victoria, Australia', 'Richmond', 'Victoria', 'AU'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it('keeps the text as written from the town on', () => {
    expect(parseLocationText('Kingston, Ontario', ctx).map((l) => l.text)).toEqual(['Kingston, Ontario']);
  });

  it.each([
    ['Paris, France', [['Paris', 'Île-de-France', 'FR']]],
    ['London, UK', [['London', 'England', 'GB']]],
    ['London, Ontario', [['London', 'Ontario', 'CA']]],
    ['Melbourne', [['Melbourne', 'Victoria', 'AU']]],
    ['Melbourne, Florida', [['Melbourne', 'Florida', 'US']]],
    ['Berlin, Germany', [['Berlin', 'Berlin', 'DE']]],
    // two cities listed, the second a city named like its region: a list, not a qualifier
    [
      'Munich, Vienna',
      [
        ['Munich', 'Bavaria', 'DE'],
        ['Vienna', 'Vienna', 'AT'],
      ],
    ],
    [
      'Tokyo, Osaka',
      [
        ['Tokyo', 'Tokyo', 'JP'],
        ['Osaka', 'Osaka', 'JP'],
      ],
    ],
    [
      'Paris, London',
      [
        ['Paris', 'Île-de-France', 'FR'],
        ['London', 'England', 'GB'],
      ],
    ],
    // two offices of one country, the second also a region elsewhere (Manchester Parish, Jamaica): a list
    [
      'Leeds, Manchester',
      [
        ['Leeds', 'England', 'GB'],
        ['Manchester', 'England', 'GB'],
      ],
    ],
    // a word after a space is the city's own district, not a qualifier ("Centro" is also a French region)
    ['Madrid Centro', [['Madrid', 'Community of Madrid', 'ES']]],
  ])('counter-case: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

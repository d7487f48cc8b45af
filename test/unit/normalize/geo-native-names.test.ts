import { normalizeLocations } from '../../../shared/normalize/locations';
import { textsInput as input } from '../../support/location-input';

describe('cities written in their own script or in another script resolve to their English name', () => {
  it.each([
    ['Greek, a regional capital', 'Πάτρα', 'Patras', 'GR'],
    ['Greek, with the country', 'Ηράκλειο, Ελλάδα', 'Heraklion', 'GR'],
    ['Ukrainian', 'Одеса', 'Odesa', 'UA'],
    ['Russian spelling of a Ukrainian city', 'Одесса', 'Odesa', 'UA'],
    ['Ukrainian, another city', 'Харків', 'Kharkiv', 'UA'],
    ['Russian', 'Новосибирск', 'Novosibirsk', 'RU'],
    ['Russian, a Ye- city', 'Екатеринбург', 'Yekaterinburg', 'RU'],
    ['Bulgarian', 'Пловдив', 'Plovdiv', 'BG'],
    ['Serbian Cyrillic', 'Нови Сад', 'Novi Sad', 'RS'],
    ['Kazakh city in Cyrillic', 'Шымкент', 'Shymkent', 'KZ'],
    ['Hebrew', 'חיפה', 'Haifa', 'IL'],
    ['Arabic', 'جدة', 'Jeddah', 'SA'],
    ['Russian exonym of a foreign capital', 'Лондон', 'London', 'GB'],
    ['Greek exonym of a foreign capital', 'Λονδίνο', 'London', 'GB'],
    ['Thai exonym of a foreign capital', 'ลอนดอน', 'London', 'GB'],
    ['Korean exonym of a foreign capital', '런던', 'London', 'GB'],
    ['Arabic exonym of a foreign city', 'باريس', 'Paris', 'FR'],
  ])('%s: %s', (_name, text, city, country) => {
    expect(normalizeLocations(input([text]))[0]).toMatchObject({ city, country });
  });

  it('a city district the source lists as a city does not take over its city in spaceless Chinese', () => {
    expect(normalizeLocations(input(['上海市浦东新区张江高科技园区']))[0]).toMatchObject({ city: 'Shanghai' });
  });
});

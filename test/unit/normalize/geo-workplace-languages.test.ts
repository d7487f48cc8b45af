import { normalizeLocations } from '../../../shared/normalize/locations';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * Workplace words of Central and Eastern European, Greek, Turkish, Indonesian and Nordic postings, read from the
 * one vocabulary table (geo/workplace-vocabulary.ts) in location texts and in workplace labels.
 */
const locationsOf = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null });

type Workplace = 'remote' | 'hybrid' | 'onsite';

describe('a location text gives its place the workplace it states', () => {
  it.each<[string, string, string, Workplace]>([
    ['cs remotely', 'Praha – vzdáleně', 'Prague', 'remote'],
    ['cs work at a distance', 'Brno (práce na dálku)', 'Brno', 'remote'],
    ['cs hybrid', 'Ostrava, hybridně', 'Ostrava', 'hybrid'],
    ['cs at the workplace', 'Plzeň (na pracovišti)', 'Plzeň', 'onsite'],
    ['sk at a distance', 'Bratislava – na diaľku', 'Bratislava', 'remote'],
    ['sk hybrid', 'Košice (hybridne)', 'Košice', 'hybrid'],
    ['sk in the office', 'Žilina, v kancelárii', 'Žilina', 'onsite'],
    ['hu telework', 'Budapest, távmunka', 'Budapest', 'remote'],
    ['hu hybrid', 'Debrecen (hibrid)', 'Debrecen', 'hybrid'],
    ['hu in the office', 'Szeged – irodában', 'Szeged', 'onsite'],
    ['ro at a distance', 'București – la distanță', 'Bucharest', 'remote'],
    ['ro hybrid', 'Cluj-Napoca (hibrid)', 'Cluj-Napoca', 'hybrid'],
    ['ro at the office', 'Iași, la birou', 'Iaşi', 'onsite'],
    ['tr remote', 'İstanbul (uzaktan)', 'Istanbul', 'remote'],
    ['tr hybrid', 'Ankara – hibrit', 'Ankara', 'hybrid'],
    ['el at a distance', 'Αθήνα (εξ αποστάσεως)', 'Athens', 'remote'],
    ['el hybrid', 'Θεσσαλονίκη – υβριδικό', 'Thessaloniki', 'hybrid'],
    ['el in the office', 'Αθήνα, στο γραφείο', 'Athens', 'onsite'],
    ['uk remotely', 'Київ (віддалено)', 'Kyiv', 'remote'],
    ['uk hybrid', 'Львів, гібридно', 'Lviv', 'hybrid'],
    ['uk in the office', 'Київ – в офісі', 'Kyiv', 'onsite'],
    ['ru remotely, written with ё', 'Москва (удалённо)', 'Moscow', 'remote'],
    ['ru remotely, written with е', 'Москва (удаленно)', 'Moscow', 'remote'],
    ['id at a distance', 'Jakarta (jarak jauh)', 'Jakarta', 'remote'],
    ['id hybrid', 'Surabaya – hibrida', 'Surabaya', 'hybrid'],
    ['id work from office', 'Bandung (WFO)', 'Bandung', 'onsite'],
    ['sv at a distance', 'Stockholm (distans)', 'Stockholm', 'remote'],
    ['sv on site', 'Malmö, på plats', 'Malmö', 'onsite'],
    ['fi remotely', 'Tampere – etänä', 'Tampere', 'remote'],
    ['fi at the office', 'Espoo (toimistolla)', 'Espoo', 'onsite'],
    ['da from home', 'København (hjemmefra)', 'Copenhagen', 'remote'],
  ])('%s: %s', (_name, text, city, workplace) => {
    expect(locationsOf(text)).toEqual([expect.objectContaining({ city, workplace })]);
  });
});

describe('a workplace label names its arrangement', () => {
  it.each<[string, string, Workplace]>([
    ['cs', 'Vzdáleně', 'remote'],
    ['cs', 'Práce na dálku', 'remote'],
    ['sk', 'Na diaľku', 'remote'],
    ['hu', 'Távmunka', 'remote'],
    ['hu', 'Hibrid', 'hybrid'],
    ['ro', 'La distanță', 'remote'],
    ['ro', 'Hibrid', 'hybrid'],
    ['ro', 'La birou', 'onsite'],
    ['el', 'Εξ αποστάσεως', 'remote'],
    ['el', 'Υβριδικό', 'hybrid'],
    ['uk', 'Віддалено', 'remote'],
    ['uk', 'Гібридний формат', 'hybrid'],
    ['ru', 'Удалённая работа', 'remote'],
    ['ru', 'В офисе', 'onsite'],
    ['id', 'Kerja dari rumah', 'remote'],
    ['sv', 'Distans', 'remote'],
    ['fi', 'Etätyö', 'remote'],
    ['fi', 'Toimistolla', 'onsite'],
    ['da', 'Hjemmefra', 'remote'],
  ])('%s: %s', (_lang, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));
});

describe('ordinary words that contain a workplace word say nothing', () => {
  it.each([
    ['sv distance learning', 'Distansutbildning'],
    ['hu remote-work office', 'Távmunkahely-fejlesztés'],
    ['ro hybridisation', 'Hibridizare'],
    ['tr remote control', 'Uzaktankumanda'],
    ['fi remote connection', 'Etäyhteys'],
    ['uk remoteness', 'Віддаленість'],
    ['el hybrids', 'Υβριδικότητα'],
    ['id long-distance', 'Jarakjauhnya'],
    ['en an option, not an arrangement', 'Flexible working'],
    ['it an option, not an arrangement', 'Smart working'],
  ])('a label: %s (%s)', (_name, label) => expect(workplaceFromText(label)).toBeNull());

  it.each([
    ['sv distance learning', 'Stockholm, distansutbildning', 'Stockholm'],
    ['hu the word inside a longer one', 'Budapest, távmunkahely', 'Budapest'],
    ['ro hybridisation', 'Timișoara – hibridizare', 'Timişoara'],
    ['uk remoteness', 'Харків (віддаленість)', 'Kharkiv'],
  ])('a location text: %s (%s)', (_name, text, city) => {
    expect(locationsOf(text)).toEqual([expect.objectContaining({ city, workplace: null })]);
  });
});

describe("a text posting's workplace line gives its location the arrangement", () => {
  const posting = (place: string, workplace: string): string =>
    `Backend developer\n\n${place}\n${workplace}\n\nWe are hiring a backend developer for our platform team.\n\nRequirements:\n- Node.js\n- TypeScript`;

  it.each<[string, string, string, string, Workplace]>([
    ['cs', 'Místo: Brno', 'Forma práce: hybridně', 'Brno', 'hybrid'],
    ['sk', 'Location: Bratislava', 'Work mode: na diaľku', 'Bratislava', 'remote'],
    ['hu', 'Location: Budapest', 'Work mode: távmunka', 'Budapest', 'remote'],
    ['ro', 'Location: Cluj-Napoca', 'Work mode: hibrid', 'Cluj-Napoca', 'hybrid'],
    ['el', 'Location: Αθήνα', 'Work mode: εξ αποστάσεως', 'Athens', 'remote'],
    ['uk', 'Location: Київ', 'Work mode: гібридно', 'Kyiv', 'hybrid'],
    ['ru', 'Location: Москва', 'Work mode: в офисе', 'Moscow', 'onsite'],
    ['id', 'Location: Jakarta', 'Work mode: WFO', 'Jakarta', 'onsite'],
    ['sv', 'Location: Stockholm', 'Work mode: på plats', 'Stockholm', 'onsite'],
    ['fi', 'Location: Helsinki', 'Work mode: etänä', 'Helsinki', 'remote'],
  ])('%s: %s / %s', (_lang, place, line, city, workplace) => {
    const [raw] = parseInput(posting(place, line));
    const { locations } = normalizePosting(raw!, { sourceId: 'test', now: new Date('2026-11-20T00:00:00Z') });
    expect(locations).toEqual([expect.objectContaining({ city, workplace })]);
  });
});

import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { LABELS_BY_LANGUAGE } from '../../../shared/normalize/document/field-labels-by-language';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'labels', now: new Date('2026-11-20T12:00:00Z') };

describe('header labels in the languages the workplace vocabulary reads', () => {
  const rows = Object.entries(LABELS_BY_LANGUAGE).flatMap(([language, row]) =>
    Object.entries(row).flatMap(([key, labels]) => labels.map((label) => [language, label, key] as const)),
  );

  it.each(Object.entries(LABELS_BY_LANGUAGE))('%s has labels for place, pay, contract and arrangement', (_l, row) => {
    for (const key of ['location', 'salary', 'employment type', 'workplace'] as const)
      expect(row[key].length).toBeGreaterThan(0);
  });

  it.each(rows)('%s "%s" is a %s label', (_language, label, key) => {
    expect(fieldKeyFor(label)).toBe(key);
    expect(fieldKeyFor(label.toUpperCase())).toBe(key);
  });

  it.each([
    ['Greek capitals without accents', 'ΤΟΠΟΘΕΣΙΑ', 'location'],
    ['Greek capitals', 'ΜΙΣΘΟΣ', 'salary'],
    ['Russian capitals', 'ТИП ЗАНЯТОСТИ', 'employment type'],
    ['Romanian with a cedilla', 'Locaţie', 'location'],
  ])('%s: "%s" is a %s label', (_name, label, key) => {
    expect(fieldKeyFor(label)).toBe(key);
  });

  it.each([
    ['an English byline', 'By'],
    ['an article', 'Il'],
    ['a sentence opener', 'Мы ищем'],
  ])('%s ("%s") is no label', (_name, label) => {
    expect(fieldKeyFor(label)).toBeNull();
  });
});

describe('a text posting whose header names the place in its own language gives the city', () => {
  it.each([
    ['Hungarian', 'Helyszín: Budapest', 'Budapest', 'HU'],
    ['Romanian', 'Locație: Cluj-Napoca', 'Cluj-Napoca', 'RO'],
    ['Greek', 'Τοποθεσία: Athens', 'Athens', 'GR'],
    ['Ukrainian', 'Місто: Odesa', 'Odesa', 'UA'],
    ['Russian', 'Город: Kazan', 'Kazan', 'RU'],
    ['Finnish', 'Sijainti: Tampere', 'Tampere', 'FI'],
    ['Slovak', 'Miesto práce: Košice', 'Košice', 'SK'],
    ['Indonesian', 'Kota: Surabaya', 'Surabaya', 'ID'],
    ['Turkish', 'Ofis: Ankara', 'Ankara', 'TR'],
  ])('%s: %s', (_language, line, city, country) => {
    const text = `Backend Developer\n\n${line}\n\nAbout the role\nWe build payment APIs for shops.\n\nWhat you will do\n- Build APIs\n- Review code\n`;
    const posting = normalizePosting(parseInput(text)[0]!, context);
    expect(posting.locations[0]).toMatchObject({ city, country });
  });
});

describe('a text posting whose header names the contract in its own language keeps it as the contract field', () => {
  it.each([
    ['Hungarian', 'Foglalkoztatás jellege: teljes munkaidő'],
    ['Romanian', 'Tip contract: normă întreagă'],
    ['Greek', 'Τύπος απασχόλησης: Πλήρης απασχόληση'],
    ['Ukrainian', 'Тип зайнятості: повна зайнятість'],
    ['Russian', 'Тип занятости: полная занятость'],
    ['Finnish', 'Työsuhteen tyyppi: vakituinen'],
  ])('%s: %s', (_language, line) => {
    const text = `Backend Developer\n\n${line}\n\nWhat you will do\n- Build APIs\n- Review code\n`;
    const raw = parseInput(text)[0]!;
    expect(raw.fields['employment type']).toEqual([line.split(/:\s*/)[1]]);
  });
});

describe('a workplace label whose value names the contract gives the employment type, and one naming the arrangement none', () => {
  it.each([
    ['Turkish', 'Çalışma şekli: tam zamanlı', ['FULL_TIME']],
    ['Turkish, part-time', 'Çalışma Şekli: Yarı zamanlı', ['PART_TIME']],
    ['Czech', 'Forma práce: plný úvazek', ['FULL_TIME']],
    ['English', 'Work model: Remote, full-time', ['FULL_TIME']],
    ['Spanish', 'Modalidad: Tiempo completo', ['FULL_TIME']],
    ['Turkish, the arrangement', 'Çalışma şekli: Hibrit', []],
    ['Indonesian, the arrangement', 'Sistem kerja: WFH', []],
  ])('%s: %s', (_language, line, types) => {
    const text = `Backend Developer\n\n${line}\n\nWhat you will do\n- Build APIs\n- Review code\n`;
    const posting = normalizePosting(parseInput(text)[0]!, context);
    expect(posting.employmentTypes).toEqual(types);
  });
});

import { parseText } from '../../../shared/sources/text';

const companyOf = (source: string): string | null => parseText(source)[0]?.companyName ?? null;

describe('parseText reads the employer from an unlabelled line under the title', () => {
  it.each([
    [
      'Senior Data Analyst\nKaveri Retail Technologies Pvt. Ltd.\nBengaluru\n\nAbout us\nWe run stores.',
      'Kaveri Retail Technologies Pvt. Ltd.',
    ],
    [
      'Lagerist (m/w/d)\nNordlicht Logistik GmbH\nHamburg, Vollzeit\n\nDeine Aufgaben\n- Kommissionieren',
      'Nordlicht Logistik GmbH',
    ],
    [
      'Warehouse Operative\nHarbour Freight Services Ltd\n\nWhat you will do\n- Load vans',
      'Harbour Freight Services Ltd',
    ],
    ['倉庫スタッフ\n株式会社みなと物流\n\n仕事内容\n- 入出荷作業', '株式会社みなと物流'],
    ['Operatore di magazzino\nLogistica Padana S.r.l.\n\nAttività\n- Carico e scarico', 'Logistica Padana S.r.l.'],
  ])('%#: %s…', (source, company) => {
    expect(companyOf(source)).toBe(company);
  });

  it.each([
    ['Senior Data Analyst\nBengaluru, Karnataka\n\nAbout us\nWe run stores.'],
    ['Lagerist (m/w/d)\nUnser Team in Hamburg sucht Verstärkung\n\nDeine Aufgaben\n- Kommissionieren'],
    ['Care Assistant\nMonday to Friday, 8 AM start\n\nDuties\n- Support residents'],
    ['Nurse\nTrust values and patient care come first\n\nDuties\n- Care'],
    ['Sprzedawca\nSp. z o.o. to najczęstsza forma spółki w Polsce\n\nObowiązki\n- Obsługa klienta'],
    ['Driver\nLondon – night shifts\n\nDuties\n- Drive'],
  ])('%#: names no company when no line carries a legal form', (source) => {
    expect(companyOf(source)).toBeNull();
  });

  it('prefers a labelled company field', () => {
    expect(companyOf('Driver\nCompany: Roadrunner Couriers\nAcme Holdings Ltd\n\nDuties\n- Drive')).toBe(
      'Roadrunner Couriers',
    );
  });
});

describe('the employer line in more legal forms and with the place after a dash', () => {
  it.each([
    [
      'a Polish company written in lower case',
      'Senior DevOps Engineer\nWisła Data Systems sp. z o.o.\n\nObowiązki\n- AWS',
      'Wisła Data Systems sp. z o.o.',
    ],
    [
      'an NHS trust',
      'Staff Nurse\nNorth Fells Hospitals NHS Foundation Trust\n\nDuties\n- Care',
      'North Fells Hospitals NHS Foundation Trust',
    ],
    [
      'a Swiss AG with its site after a dash',
      'Informatiker EFZ\nAlpenfirn Versicherungen AG – Bern Wankdorf\n\nAufgaben\n- Support',
      'Alpenfirn Versicherungen AG',
    ],
    [
      'a British company with its town after a middle dot',
      'Baker\nTamar Foods Ltd · Plymouth\n\nDuties\n- Bake',
      'Tamar Foods Ltd',
    ],
    ['an Arabic company', 'محاسب\nشركة النخيل للتجارة\n\nالمهام\n- إعداد التقارير', 'شركة النخيل للتجارة'],
    ['an Arabic establishment', 'سائق\nمؤسسة الفجر للنقل\n\nالمهام\n- التوصيل', 'مؤسسة الفجر للنقل'],
  ])('%s', (_name, source, company) => {
    expect(companyOf(source)).toBe(company);
  });
});

describe('parseText reads the place from an unlabelled line under the title', () => {
  const placeOf = (source: string): string | null => parseText(source)[0]?.fields.location?.[0] ?? null;

  it.each([
    [
      'Senior Data Analyst\nKaveri Retail Pvt. Ltd.\nBengaluru, Karnataka (Hybrid)\n\nAbout us\nText',
      'Bengaluru, Karnataka (Hybrid)',
    ],
    ['Lagerist (m/w/d)\nHamburg, Vollzeit\n\nDeine Aufgaben\n- Kommissionieren', 'Hamburg, Vollzeit'],
    ['Warehouse Operative\nReading – night shifts\n\nWhat you will do\n- Load vans', 'Reading – night shifts'],
    // a place name's own lower-case particles
    ['Lagerist (m/w/d)\nFrankfurt am Main\n\nDeine Aufgaben\n- Packen', 'Frankfurt am Main'],
    ['Warehouse Operative\nKingston upon Hull\n\nWhat you will do\n- Load vans', 'Kingston upon Hull'],
    ['Analista\nRio de Janeiro (Hybrid)\n\nAtividades\n- Analisar', 'Rio de Janeiro (Hybrid)'],
  ])('%#: %s…', (source, place) => {
    expect(placeOf(source)).toBe(place);
  });

  it.each([
    ['Lagerist (m/w/d)\nUnser Team in Hamburg sucht Verstärkung\n\nDeine Aufgaben\n- Kommissionieren'],
    ['Care Assistant\nMonday to Friday, 8 AM start\n\nDuties\n- Support residents'],
    ['Barista\nParis is where we roast our coffee\n\nDuties\n- Make coffee'],
    // short sentences whose first word the gazetteer knows as a town (Wé, New Caledonia)
    ['Backend Engineer\nWe are hiring\n\nDuties\n- Build services'],
    ['Backend Engineer\nWe build things.\n\nDuties\n- Build services'],
  ])('%#: finds no place in a sentence', (source) => {
    expect(placeOf(source)).toBeNull();
  });

  it('keeps a labelled location', () => {
    expect(placeOf('Driver\nLocation: Leeds\nHamburg, Vollzeit\n\nDuties\n- Drive')).toBe('Leeds');
  });
});

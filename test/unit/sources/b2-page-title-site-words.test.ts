import { siteBesideTitle, splitDocumentTitle } from '../../../shared/sources/html/page-title';

/**
 * Careers-site words of Bulgarian, Croatian, Lithuanian, Estonian, Catalan, Malay, Hindi and Persian sites in
 * <title>s ("Кариери", "Karijere", "Karjera", "Karjäär", "Treballa amb nosaltres", "Kerjaya", "करियर",
 * "فرصت‌های شغلی"): the company is read without the word; the word alone names no company.
 */
describe('careers-site words in Balkan, Baltic, Catalan, Malay, Hindi and Persian titles', () => {
  it.each([
    ['Счетоводител | Кариери – Тракия Логистик', 'Счетоводител', 'Тракия Логистик'],
    ['Referent nabave | Karijere Jadran Distribucija', 'Referent nabave', 'Jadran Distribucija'],
    ['Analitikas | Karjera - Baltų Energija', 'Analitikas', 'Baltų Energija'],
    ['Logistik | Karjäär Nordbalt', 'Logistik', 'Nordbalt'],
    ['Tècnic de màrqueting | Treballa amb nosaltres - Mercat Digital', 'Tècnic de màrqueting', 'Mercat Digital'],
    ['Eksekutif Akaun | Kerjaya Serambi Niaga', 'Eksekutif Akaun', 'Serambi Niaga'],
    ['लोन ऑफिसर | करियर | सहयोग माइक्रोफाइनेंस', 'लोन ऑफिसर', 'सहयोग माइक्रोफाइनेंस'],
    ['حسابدار | فرصت‌های شغلی آرین پخش', 'حسابدار', 'آرین پخش'],
  ])('%s: the company beside %s is %s', (raw, pageTitle, company) => {
    const { title, site } = splitDocumentTitle(raw);
    expect(title).toBe(pageTitle);
    expect(site ?? siteBesideTitle(raw, pageTitle)).toBe(company);
  });

  it.each([['Счетоводител | Кариери'], ['लोन ऑफिसर | करियर'], ['Analitikas | Karjera']])('%s names no company', (raw) =>
    expect(splitDocumentTitle(raw).site).toBeNull(),
  );
});

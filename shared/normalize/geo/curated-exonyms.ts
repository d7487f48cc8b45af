/**
 * English exonyms and former names of cities that postings still write, reviewed one by one: the English press's
 * name ("Patras", "Heraklion", "Nizhny Novgorod") where the city source writes a local romanisation, and the
 * Russian-based or pre-reform spellings of Ukrainian, Belarusian, Moldovan, Kazakh and Georgian cities
 * ("Odessa", "Nikolaev", "Kishinev", "Alma-Ata") and the colonial-era names of Indian and Chinese cities
 * ("Benares", "Amoy") that recruiters, relocation agencies and older company pages keep using.
 *
 * Why a reviewed table and not GeoNames' alternate names: those are not language-tagged and include stems and
 * inflections of the native name ('Warszaw' for Warsaw, reverted in a6f67b0); each name here is a whole name a
 * reader would recognise as the city. A name is left out when it now names something else first: "Leningrad"
 * (the city is Saint Petersburg again, while Leningrad Oblast around it still bears the name), "Salisbury"
 * (Harare; an English city), "Constantinople" (no posting writes it), "Dnipropetrovsk" (still the oblast's name).
 *
 * Each row: [English name, ISO country, ...aliases]. Where the English name is not the source's, the first alias
 * the source knows is renamed to it (gazetteer-builder.ts `renamed`), as CITY_ALIASES does.
 */
export const CITY_EXONYMS: readonly (readonly string[])[] = [
  // Ukraine: Russian-based spellings, and the source's own names for two regionless cities
  ['Odesa', 'UA', 'Odessa'],
  ['Mykolaiv', 'UA', 'Nikolaev', 'Nikolayev', 'Mykolayiv'],
  ['Zaporizhzhia', 'UA', 'Zaporozhye', 'Zaporizhia', 'Zaporozhe'],
  ['Vinnytsia', 'UA', 'Vinnitsa', 'Vinnytsya'],
  ['Chernihiv', 'UA', 'Chernigov'],
  ['Luhansk', 'UA', 'Lugansk'],
  ['Kryvyi Rih', 'UA', 'Krivoy Rog', 'Kryvyy Rih'],
  ['Dnipro', 'UA', 'Dnepr'],
  ['Kyiv', 'UA', 'Kyiv City', 'City of Kyiv', 'Kiev City'],
  // Belarus, Moldova, the Caucasus and Central Asia
  ['Gomel', 'BY', "Homyel'", 'Homyel', 'Homiel'],
  ['Grodno', 'BY', 'Hrodna'],
  ['Chișinău', 'MD', 'Kishinev', 'Chisinau'],
  ['Almaty', 'KZ', 'Alma-Ata', 'Alma Ata'],
  ['Astana', 'KZ', 'Nur-Sultan', 'Nursultan'],
  ['Tbilisi', 'GE', 'Tiflis'],
  // Russia: the English press's romanisation
  ['Nizhny Novgorod', 'RU', 'Nizhniy Novgorod', 'Nizhni Novgorod'],
  ['Yekaterinburg', 'RU', 'Ekaterinburg'],
  // Greece: the English names of cities the source writes in Greek romanisation
  ['Patras', 'GR', 'Patra', 'Patrai'],
  ['Heraklion', 'GR', 'Irakleio', 'Iraklio', 'Iraklion', 'Herakleion'],
  ['Larisa', 'GR', 'Larissa'],
  ['Thessaloniki', 'GR', 'Salonika', 'Saloniki', 'Thessalonica'],
  // Western and Central Europe: English exonyms
  ['Padova', 'IT', 'Padua'],
  ['Bolzano', 'IT', 'Bozen'],
  ['Leuven', 'BE', 'Louvain'],
  ['Zaragoza', 'ES', 'Saragossa'],
  ['Plzeň', 'CZ', 'Pilsen', 'Plzen'],
  // India and China: former names
  ['Varanasi', 'IN', 'Benares', 'Banaras'],
  ['Guwahati', 'IN', 'Gauhati'],
  ['Shimla', 'IN', 'Simla'],
  ['Puducherry', 'IN', 'Pondicherry'],
  ['Tianjin', 'CN', 'Tientsin'],
  ['Xiamen', 'CN', 'Amoy'],
  ['Chongqing', 'CN', 'Chungking'],
  ['Jeddah', 'SA', 'Jiddah', 'Jedda'],
];

/** Regions for cities the source leaves without one, in the form of CITY_REGIONS (curated-places.ts). */
export const EXONYM_CITY_REGIONS: readonly (readonly string[])[] = [
  ['UA', '48', 'Mykolaiv'],
  ['UA', '23', 'Zaporizhzhia'],
  ['UA', '05', 'Vinnytsia'],
  ['UA', '12', 'Kryvyi Rih'],
  ['GR', 'M', 'Heraklion'],
  ['KZ', 'AST', 'Astana'],
];

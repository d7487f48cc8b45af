/**
 * Second-level ISO 3166-2 codes (provinces) that career sites write between a city and its country ("Milano, MI,
 * IT", "Barcelona, B, ES", "Gent, VOV, BE"), by the first-level region each lies in: the gazetteer holds first-level
 * regions only. Codes per ISO 3166-2:IT, ISO 3166-2:ES and ISO 3166-2:BE (https://www.iso.org/obp/ui/#iso:code:3166).
 */

/** First-level region code → the province codes inside it, per country. */
const PROVINCES: Record<string, Record<string, string>> = {
  IT: {
    '21': 'TO VC NO CN AT AL BI VB',
    '23': 'AO',
    '25': 'VA CO SO MI BG BS PV CR MN LC LO MB',
    '32': 'BZ TN',
    '34': 'VR VI BL TV VE PD RO',
    '36': 'UD GO TS PN',
    '42': 'IM SV GE SP',
    '45': 'PC PR RE MO BO FE RA FC RN',
    '52': 'MS LU PT FI LI PI AR SI GR PO',
    '55': 'PG TR',
    '57': 'PU AN MC AP FM',
    '62': 'VT RI RM LT FR',
    '65': 'AQ TE PE CH',
    '67': 'CB IS',
    '72': 'CE BN NA AV SA',
    '75': 'FG BA TA BR LE BT',
    '77': 'PZ MT',
    '78': 'CS CZ RC KR VV',
    '82': 'TP PA ME AG CL EN CT RG SR',
    '88': 'SS NU CA OR SU OT OG VS CI',
  },
  ES: {
    AN: 'AL CA CO GR H J MA SE',
    AR: 'HU TE Z',
    AS: 'O',
    CB: 'S',
    CL: 'AV BU LE P SA SG SO VA ZA',
    CM: 'AB CR CU GU TO',
    CN: 'GC TF',
    CT: 'B GI L T',
    EX: 'BA CC',
    GA: 'C LU OR PO',
    MD: 'M',
    NC: 'NA',
    PV: 'BI SS VI',
    VC: 'A CS V',
  },
  BE: {
    VLG: 'VAN VBR VLI VOV VWV',
    WAL: 'WBR WHT WLG WLX WNA',
  },
  // France's départements by number, as postings write them after the town ("Nanterre (92)", "Lyon (69)"):
  // ISO 3166-2:FR metropolitan départements by the region each lies in (Corsica's 2A/2B are no code here)
  FR: {
    ARA: '01 03 07 15 26 38 42 43 63 69 73 74',
    BFC: '21 25 39 58 70 71 89 90',
    BRE: '22 29 35 56',
    CVL: '18 28 36 37 41 45',
    GES: '08 10 51 52 54 55 57 67 68 88',
    HDF: '02 59 60 62 80',
    IDF: '75 77 78 91 92 93 94 95',
    NOR: '14 27 50 61 76',
    NAQ: '16 17 19 23 24 33 40 47 64 79 86 87',
    OCC: '09 11 12 30 31 32 34 46 48 65 66 81 82',
    PDL: '44 49 53 72 85',
    PAC: '04 05 06 13 83 84',
  },
};

/**
 * Abbreviations of first-level regions that are not their ISO codes but are what a country writes after a city,
 * dotted or not ("Monterrey, N.L.", "Tijuana, B.C.", "México, D.F."): Mexico's postal-address abbreviations of
 * states whose ISO 3166-2:MX code differs (NLE, BCN, CMX). Without them "N.L." reads as Newfoundland and Labrador.
 */
const ABBREVIATIONS: Record<string, Record<string, string>> = {
  MX: { NLE: 'NL', BCN: 'BC', CMX: 'DF' },
};

/** "IT-MI" → "25": the first-level region code of a province (or of a region's abbreviation). */
const REGION_OF_PROVINCE = new Map(
  [PROVINCES, ABBREVIATIONS]
    .flatMap((table) => Object.entries(table))
    .flatMap(([country, regions]) =>
      Object.entries(regions).flatMap(([region, codes]) =>
        codes.split(' ').map((code): [string, string] => [`${country}-${code}`, region]),
      ),
    ),
);

/** The first-level region code of a province code of `country` ("IT", "MI" → "25"), or null. */
export function regionOfProvince(country: string, code: string): string | null {
  return REGION_OF_PROVINCE.get(`${country}-${code}`) ?? null;
}

/**
 * Header labels for the place, pay, contract and work arrangement of a posting in the languages the
 * workplace vocabulary (geo/workplace-vocabulary.ts) reads but the main field dictionary listed only in part:
 * Czech, Slovak, Hungarian, Romanian, Greek, Ukrainian, Russian, Indonesian, Swedish, Finnish, Danish,
 * Norwegian, Polish, Turkish, Hebrew, Thai and Arabic. One row per language, one column per field, so a gap shows as a short cell
 * (field-labels-by-language.test.ts holds every language to every column).
 *
 * Labels are written as postings write them; fold.ts folds both sides of the look-up (case, Latin accents),
 * and a Greek label is also listed without its accents, as capitals are written ("ΤΟΠΟΘΕΣΙΑ").
 */
export const LABELS_BY_LANGUAGE: Readonly<
  Record<string, Readonly<Record<'location' | 'salary' | 'employment type' | 'workplace', readonly string[]>>>
> = {
  cs: {
    location: ['místo výkonu práce', 'místo práce', 'místo', 'lokalita', 'pracoviště', 'město', 'adresa pracoviště'],
    salary: ['mzda', 'plat', 'odměna', 'mzdové ohodnocení', 'platové ohodnocení', 'měsíční mzda', 'hrubá mzda'],
    'employment type': ['typ úvazku', 'úvazek', 'pracovní poměr', 'typ pracovního poměru', 'druh pracovního poměru'],
    workplace: ['forma práce', 'způsob práce', 'režim práce'],
  },
  sk: {
    location: ['miesto výkonu práce', 'miesto práce', 'miesto', 'lokalita', 'pracovisko', 'mesto'],
    salary: [
      'mzda',
      'plat',
      'odmena',
      'platové ohodnotenie',
      'mzdové ohodnotenie',
      'mesačná mzda',
      'základná zložka mzdy',
    ],
    'employment type': ['druh pracovného pomeru', 'typ pracovného pomeru', 'pracovný pomer', 'úväzok', 'typ úväzku'],
    workplace: ['forma práce', 'spôsob práce', 'režim práce'],
  },
  hu: {
    location: [
      'helyszín',
      'munkavégzés helye',
      'munkavégzés helyszíne',
      'munkahely',
      'település',
      'város',
      'telephely',
    ],
    salary: ['fizetés', 'bér', 'bérezés', 'javadalmazás', 'havi bruttó bér', 'bruttó fizetés', 'fizetési sáv'],
    'employment type': [
      'foglalkoztatás jellege',
      'foglalkoztatás típusa',
      'munkarend',
      'munkaidő',
      'szerződés típusa',
      'jogviszony',
      'alkalmazás típusa',
    ],
    workplace: ['munkavégzés módja', 'munkavégzés formája', 'munkamodell'],
  },
  ro: {
    location: ['locație', 'locația', 'locul de muncă', 'loc de muncă', 'oraș', 'localitate', 'locația jobului'],
    salary: ['salariu', 'salariul', 'salariu brut', 'salariu net', 'remunerație', 'pachet salarial', 'venit'],
    'employment type': [
      'tip contract',
      'tipul contractului',
      'tip de contract',
      'tip job',
      'tipul jobului',
      'tip de angajare',
      'normă',
    ],
    workplace: ['mod de lucru', 'modul de lucru', 'regim de lucru', 'tip de lucru'],
  },
  el: {
    location: ['τοποθεσία', 'περιοχή', 'πόλη', 'τόπος εργασίας', 'έδρα', 'διεύθυνση'],
    salary: ['μισθός', 'αποδοχές', 'αμοιβή', 'μικτές αποδοχές', 'μικτός μισθός', 'καθαρός μισθός'],
    'employment type': ['τύπος απασχόλησης', 'είδος απασχόλησης', 'απασχόληση', 'τύπος σύμβασης', 'είδος σύμβασης'],
    workplace: ['τρόπος εργασίας', 'μοντέλο εργασίας', 'καθεστώς εργασίας'],
  },
  uk: {
    location: ['місто', 'локація', 'місце роботи', 'розташування', 'адреса', 'офіс'],
    salary: [
      'зарплата',
      'зарплатна вилка',
      'заробітна плата',
      'оплата',
      'оплата праці',
      'винагорода',
      'оклад',
      'дохід',
    ],
    'employment type': ['тип зайнятості', 'зайнятість', 'вид зайнятості', 'графік роботи', 'тип договору'],
    workplace: ['формат роботи', 'формат', 'режим роботи'],
  },
  ru: {
    location: ['город', 'локация', 'местоположение', 'место работы', 'адрес', 'офис', 'регион'],
    salary: [
      'зарплата',
      'зарплатная вилка',
      'заработная плата',
      'оплата',
      'оплата труда',
      'вознаграждение',
      'оклад',
      'доход',
      'зп',
      'з/п',
    ],
    'employment type': ['тип занятости', 'занятость', 'вид занятости', 'график работы', 'тип договора', 'оформление'],
    workplace: ['формат работы', 'формат', 'режим работы'],
  },
  id: {
    location: ['lokasi', 'penempatan', 'lokasi kerja', 'lokasi penempatan', 'kota', 'tempat kerja'],
    salary: ['gaji', 'kisaran gaji', 'upah', 'penghasilan', 'gaji pokok', 'kompensasi'],
    'employment type': [
      'tipe pekerjaan',
      'jenis pekerjaan',
      'status pekerjaan',
      'jenis kontrak',
      'status kepegawaian',
      'tipe kontrak',
    ],
    workplace: ['model kerja', 'sistem kerja', 'pengaturan kerja'],
  },
  sv: {
    location: ['arbetsort', 'placering', 'placeringsort', 'ort', 'plats', 'stad', 'kontor', 'arbetsplats'],
    salary: ['lön', 'lönenivå', 'månadslön', 'löneintervall', 'ersättning', 'timlön'],
    'employment type': ['anställningsform', 'omfattning', 'anställningstyp', 'tjänstgöringsgrad', 'typ av anställning'],
    workplace: ['arbetssätt', 'distansarbete'],
  },
  fi: {
    location: [
      'sijainti',
      'paikkakunta',
      'toimipaikka',
      'kaupunki',
      'työskentelypaikka',
      'työpaikan sijainti',
      'työpiste',
    ],
    salary: ['palkka', 'palkkaus', 'kuukausipalkka', 'tuntipalkka', 'palkkahaarukka', 'palkkatoive'],
    'employment type': [
      'työsuhteen tyyppi',
      'työsuhde',
      'työsuhteen kesto',
      'työaika',
      'työn tyyppi',
      'työsuhteen muoto',
    ],
    workplace: ['työskentelytapa', 'työskentelymalli', 'etätyö'],
  },
  da: {
    location: ['arbejdssted', 'lokation', 'sted', 'kontor', 'arbejdsplads'],
    salary: ['løn', 'lønniveau', 'månedsløn', 'timeløn', 'gage', 'aflønning'],
    'employment type': ['ansættelsesform', 'ansættelse', 'ansættelsestype', 'arbejdstid', 'stillingstype'],
    workplace: ['arbejdsform', 'hjemmearbejde'],
  },
  no: {
    location: ['arbeidssted', 'sted', 'lokasjon', 'kontorsted', 'arbeidsplass'],
    salary: ['lønn', 'lønnsnivå', 'månedslønn', 'timelønn', 'godtgjørelse', 'avlønning'],
    'employment type': ['ansettelsesform', 'stillingstype', 'ansettelse', 'stillingsprosent', 'arbeidstid'],
    workplace: ['arbeidsform', 'hjemmekontor'],
  },
  pl: {
    location: ['lokalizacja', 'miejsce pracy', 'miasto', 'siedziba', 'biuro', 'adres'],
    salary: ['wynagrodzenie', 'widełki', 'widełki płacowe', 'stawka', 'pensja', 'zarobki', 'wynagrodzenie brutto'],
    'employment type': [
      'rodzaj umowy',
      'typ umowy',
      'forma zatrudnienia',
      'rodzaj zatrudnienia',
      'typ zatrudnienia',
      'wymiar pracy',
      'wymiar etatu',
    ],
    workplace: ['tryb pracy', 'model pracy', 'forma pracy', 'praca zdalna'],
  },
  tr: {
    location: ['konum', 'lokasyon', 'şehir', 'iş yeri', 'çalışma yeri', 'ofis'],
    salary: ['maaş', 'ücret', 'maaş aralığı', 'brüt maaş', 'net maaş', 'aylık ücret'],
    'employment type': ['istihdam türü', 'çalışma türü', 'pozisyon tipi', 'iş tipi', 'sözleşme türü'],
    workplace: ['çalışma modeli', 'çalışma biçimi', 'uzaktan çalışma'],
  },
  // Hebrew, as Israeli boards label the facts block ("מיקום: תל אביב", "היקף משרה: משרה מלאה")
  he: {
    location: ['מיקום', 'מיקום המשרה', 'אזור', 'עיר', 'מקום העבודה'],
    salary: ['שכר', 'טווח שכר', 'משכורת', 'שכר חודשי'],
    'employment type': ['היקף משרה', 'סוג משרה', 'סוג העסקה', 'היקף המשרה'],
    workplace: ['מודל עבודה', 'אופן העבודה', 'עבודה מהבית'],
  },
  // Thai, as JobsDB and company pages label it ("สถานที่ปฏิบัติงาน:", "เงินเดือน:")
  th: {
    location: ['สถานที่ปฏิบัติงาน', 'สถานที่ทำงาน', 'ที่ตั้ง', 'พื้นที่ปฏิบัติงาน', 'จังหวัด'],
    salary: ['เงินเดือน', 'อัตราเงินเดือน', 'ค่าตอบแทน', 'รายได้'],
    'employment type': ['ประเภทงาน', 'ประเภทการจ้างงาน', 'รูปแบบการจ้างงาน', 'ลักษณะการจ้าง'],
    workplace: ['รูปแบบการทำงาน', 'ทำงานที่บ้าน'],
  },
  // Arabic, as Gulf and Levant boards label the facts block ("الموقع: الرياض", "نوع الوظيفة: دوام كامل")
  ar: {
    location: ['الموقع', 'مكان العمل', 'موقع العمل', 'المدينة', 'الموقع الجغرافي', 'مقر العمل'],
    salary: ['الراتب', 'الراتب الشهري', 'الراتب الأساسي', 'نطاق الراتب', 'الأجر', 'الراتب المتوقع'],
    'employment type': ['نوع الوظيفة', 'نوع التوظيف', 'نوع الدوام', 'نوع العقد', 'طبيعة العمل', 'الدوام'],
    workplace: ['نمط العمل', 'نظام العمل', 'طريقة العمل', 'العمل عن بعد'],
  },
  // Bulgarian, Croatian/Serbian (Latin), Slovenian, Lithuanian, Estonian, Catalan, Malay, Hindi and Persian, as
  // their boards label the facts block ("Заплата:", "Mjesto rada:", "Kraj dela:", "Darbo vieta:", "Asukoht:",
  // "Ubicació:", "Lokasi:", "स्थान:", "موقعیت مکانی:")
  bg: {
    location: ['местоположение', 'място на работа', 'град', 'локация', 'адрес'],
    salary: ['заплата', 'възнаграждение', 'брутна заплата', 'месечна заплата', 'основна заплата'],
    'employment type': ['вид заетост', 'тип заетост', 'вид на договора', 'работно време', 'тип на работата'],
    workplace: ['начин на работа', 'работа от вкъщи', 'дистанционна работа'],
  },
  hr: {
    location: ['mjesto rada', 'mesto rada', 'lokacija', 'grad', 'mjesto', 'adresa'],
    salary: ['plaća', 'plata', 'neto plaća', 'bruto plaća', 'iznos plaće', 'primanja'],
    'employment type': ['vrsta zaposlenja', 'vrsta ugovora', 'radno vrijeme', 'tip zaposlenja', 'vrsta radnog odnosa'],
    workplace: ['način rada', 'rad od kuće', 'model rada'],
  },
  sl: {
    location: ['kraj dela', 'lokacija dela', 'kraj', 'naslov'],
    salary: ['plača', 'bruto plača', 'osnovna plača', 'plačilo'],
    'employment type': ['vrsta zaposlitve', 'oblika zaposlitve', 'delovni čas', 'vrsta pogodbe', 'trajanje zaposlitve'],
    workplace: ['način dela', 'delo od doma', 'delo na daljavo'],
  },
  lt: {
    location: ['darbo vieta', 'vieta', 'miestas', 'adresas', 'darbo vietos adresas'],
    salary: ['atlyginimas', 'darbo užmokestis', 'mėnesinis atlyginimas', 'atlygis'],
    'employment type': ['darbo pobūdis', 'darbo laikas', 'sutarties tipas', 'užimtumo tipas', 'etatas'],
    workplace: ['darbo modelis', 'darbo būdas', 'nuotolinis darbas'],
  },
  et: {
    location: ['asukoht', 'töökoht', 'linn', 'aadress', 'tööpiirkond'],
    salary: ['palk', 'brutopalk', 'töötasu', 'palgavahemik', 'kuupalk'],
    'employment type': ['töö tüüp', 'tööaeg', 'lepingu tüüp', 'koormus', 'töösuhte liik'],
    workplace: ['töövorm', 'kaugtöö', 'töökorraldus'],
  },
  ca: {
    location: ['ubicació', 'localització', 'lloc de treball', 'població', 'ciutat', 'adreça'],
    salary: ['salari', 'sou', 'retribució', 'salari brut anual', 'remuneració'],
    'employment type': ['tipus de contracte', 'jornada', 'tipus de jornada', 'contracte', 'durada del contracte'],
    workplace: ['modalitat', 'model de treball', 'teletreball', 'modalitat de treball'],
  },
  ms: {
    location: ['lokasi', 'tempat bertugas', 'lokasi kerja', 'alamat', 'negeri'],
    salary: ['gaji', 'gaji bulanan', 'julat gaji', 'pendapatan', 'imbuhan'],
    'employment type': ['jenis pekerjaan', 'jenis jawatan', 'taraf jawatan', 'jenis kontrak', 'status pekerjaan'],
    workplace: ['mod kerja', 'cara bekerja', 'bekerja dari rumah'],
  },
  hi: {
    location: ['स्थान', 'लोकेशन', 'शहर', 'कार्यस्थल', 'नौकरी का स्थान', 'पता'],
    salary: ['वेतन', 'सैलरी', 'मासिक वेतन', 'वार्षिक वेतन', 'पैकेज'],
    'employment type': ['नौकरी का प्रकार', 'रोजगार का प्रकार', 'कार्य का प्रकार', 'जॉब टाइप', 'नौकरी प्रकार'],
    workplace: ['कार्य मॉडल', 'काम का तरीका', 'वर्क फ्रॉम होम'],
  },
  fa: {
    location: ['موقعیت مکانی', 'محل کار', 'شهر', 'آدرس', 'محل خدمت'],
    salary: ['حقوق', 'میزان حقوق', 'دستمزد', 'حقوق ماهانه', 'حقوق پایه'],
    'employment type': ['نوع همکاری', 'نوع قرارداد', 'نوع استخدام', 'شرایط همکاری', 'ساعت کاری'],
    workplace: ['نحوه همکاری', 'دورکاری', 'مدل کاری'],
  },
};

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;
const MARKS = /\p{M}+/gu;

/**
 * Every label of the table with its field key; a Greek label also without its accents ("τοποθεσια"), the form
 * an all-capitals label folds to.
 */
export function labelsByLanguage(): Array<readonly [string, string]> {
  return Object.values(LABELS_BY_LANGUAGE).flatMap((row) =>
    Object.entries(row).flatMap(([key, labels]) =>
      labels.flatMap((label) => {
        const bare = GREEK.test(label) ? label.normalize('NFD').replace(MARKS, '').normalize('NFC') : label;
        return bare === label ? [[label, key] as const] : [[label, key] as const, [bare, key] as const];
      }),
    ),
  );
}

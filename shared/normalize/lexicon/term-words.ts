/**
 * Words for employment terms in the languages Jobrelay reads: durations, probation and paid leave.
 * Latin-script entries are matched as whole words; CJK/Thai entries anywhere, and so are the Cyrillic, Greek and
 * Hebrew ones (listed with the CJK ones: `\b` and the Latin look-arounds do not bound them).
 */

/** Spelled-out numbers that precede a duration ("six-month probation", "sechs Monate Probezeit"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  một: 1,
  hai: 2,
  ba: 3,
  sáu: 6,
  // Leave is counted in tens of days and probation in days ("ninety days"), so the tens are words too.
  ...tensOf(
    { twenty: 20, thirty: 30 },
    { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
  ),
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  sixty: 60,
  ninety: 90,
  zwanzig: 20,
  fünfundzwanzig: 25,
  achtundzwanzig: 28,
  dreißig: 30,
  dreissig: 30,
  quinze: 15,
  vingt: 20,
  'vingt-cinq': 25,
  trente: 30,
  'quatre-vingt-dix': 90,
  quince: 15,
  veinte: 20,
  veintidós: 22,
  veintitrés: 23,
  veinticinco: 25,
  treinta: 30,
  sesenta: 60,
  noventa: 90,
  dois: 2,
  duas: 2,
  três: 3,
  vinte: 20,
  trinta: 30,
  sessenta: 60,
  due: 2,
  tre: 3,
  sei: 6,
  venti: 20,
  trenta: 30,
  novanta: 90,
  twee: 2,
  drie: 3,
  zes: 6,
  twintig: 20,
  dertig: 30,
  dwa: 2,
  trzy: 3,
  sześć: 6,
  // Swedish, Danish / Norwegian, Finnish ("sex månaders provanställning", "seks måneders prøvetid")
  två: 2,
  fyra: 4,
  fem: 5,
  sex: 6,
  tolv: 12,
  seks: 6,
  kolme: 3,
  neljä: 4,
  kuusi: 6,
};

/** "twenty-five", "twenty five": the compound number words of one language. */
function tensOf(tens: Record<string, number>, units: Record<string, number>): Record<string, number> {
  const words: Record<string, number> = { ...tens };
  for (const [ten, t] of Object.entries(tens))
    for (const [unit, u] of Object.entries(units)) {
      words[`${ten}-${unit}`] = t + u;
      words[`${ten} ${unit}`] = t + u;
    }
  return words;
}

/** Duration units, by what they count. */
export const UNIT_WORDS = {
  month:
    'months?|mos?\\.?|Monate?n?|Monats|mois|mes(?:es)?|mesi|mese|meses|maand(?:en)?|miesi(?:ąc|ące|ęcy)|měsíc(?:e|ů)?|месяц(?:а|ев)?|місяц(?:і|ів)?|måneders|måneder|måned|månaders|månader|månad|kuukautta|kuukauden|kuukaudeksi|kuukausi|kk|luni|hónapos|hónap|μηνών|μήνες|μήνα|חודשים|tháng|ヶ月間?|か月間?|カ月間?|ケ月間?|箇月間?|ヵ月間?|个月|個月|개월|bulan|เดือน|أشهر|شهور|شهر(?:اً|ا)?|месеца|месец|mjesec(?:i|a)?|mesec(?:i|a|ev|e)?|mesiac(?:e|ov|a)?|mėnes(?:iai|ių|ius|į)|mėn\\.?|kuud|kuu|mesos|महीन(?:े|ा|ों)|माह|ماهه|ماه',
  week: "weeks?'?|Wochen?|týždň(?:ov|e|a)|tjedana|tjedna|tednov|tedne|savaičių|savaites|nädalat|setmanes|हफ़?्ते|هفته|semaines?|semanas?|settimane?|weken|tygodni(?:e)?|týdn(?:y|ů)|ugers|uger|ukers|uker|veckors|veckor|hafta|minggu|tuần|週間|周|주",
  day: 'days?|working days|business days|calendar days|Tage?n?|Arbeitstage?n?|Werktage?n?|Kalendertage?n?|jours?(?: ouvrés| ouvrables| calendaires)?|días?(?: hábiles| laborables| naturales)?|dias(?: úteis| corridos)?|giorni(?: lavorativi)?|(?:werk|kalender)?dagen|dni(?: roboczych| robocze)?|dní|dnů|dagars|dagar|dage|dager|päivää|päivän|gün|zile|дней|дня|днів|дні|день|munkanap|nap|ημέρες|ημερών|μέρες|ימים|ימי|ngày|日間?|天|일|hari|วัน|يوم(?:اً|ا)?|أيام|дни|дена|dana|dien(?:ų|os|as)|(?:kalendri|töö)?päeva|dies(?: laborables| naturals| feiners)?|दिन|روز',
  hour: 'hours?|hrs|Stunden|heures|horas|ore|uur|godzin',
} as const;

/**
 * Words that may stand between a number and its unit: "20 wettelijke vakantiedagen", "25 bezahlte
 * Urlaubstage", "30 paid vacation days". Not "statutory": in English that is a public holiday.
 */
export const UNIT_ADJECTIVES =
  'paid|fully paid|annual|extra|additional|supplementary|dodatkow(?:ych|e)|dodatečn(?:é|ých)|дополнительных|додаткових|wettelijke|betaalde|bezahlte[nr]?|gesetzliche[nr]?|zusätzliche[nr]?|payés?|pagad[oa]s|remunerad[oa]s|płatn(?:ych|e)|ücretli|betald(?:a)?|betalt|placen(?:é|ých)|dibayar|календарных|рабочих|оплачиваемых|календарних|робочих|оплачуваних|de|εργάσιμες|εργάσιμων|darbo|kalendrin(?:ių|ės)|सवैतनिक';

/** Units that also say "of paid leave" ("28 Urlaubstage", "25 CP"). */
export const LEAVE_DAY_UNITS =
  'Urlaubstage?n?|Ferientage?n?|vacation days|holiday days|PTO days|days of PTO|days PTO|ngày phép|dias de férias|vakantiedagen|verlofdagen|semesterdagar|feriedage|feriedager|lomapäivää|छुट्ट(?:ियाँ|ियां|ियों)';

/** Probation in several languages. */
export const PROBATION_WORDS = {
  latin:
    "probation(?:ary)?(?: period)?|trial period|introductory period|orientation and probation(?:ary)? period|Probezeit|période d['’]essai|periode d['’]essai|période probatoire|periodo de prueba|período de prueba|periodo di prova|período de experiência|período probatório|per[ií]odo experimental|contrato de experiência|proeftijd|okres(?:u)? próbn(?:y|ego|ym)|zkušební dob[ay]|skúšobná doba|prøvetid|provanställning|prövotid|koeaika(?:a|na)?|perioad[aă] de prob[aă]|próbaidő|deneme süresi|thử việc|masa percobaan|probation period|probn(?:i|og|im) (?:rad(?:a|om)?|period(?:a)?)|poskusn(?:o|ega) del(?:o|a)|poskusna doba|bandom(?:asis|uoju|ojo) laikotarp(?:is|iu|io)|katseaeg|katseaja(?:ga)?|per[ií]ode de prova|tempoh (?:percubaan|probasi)|skúšobn(?:á|ej|ou) dob(?:a|y|u|ou)",
  cjk: '試用期間|试用期|試用期|수습\\s*기간|수습|ทดลองงาน|испытательн(?:ый|ого) срок|випробувальн(?:ий|ого) термін|فترة (?:ال)?تجربة|فترة (?:ال)?اختبار|δοκιμαστικ(?:ή|ής) περ[ίι]οδ(?:ος|ου)|תקופת ניסיון|изпитател(?:ен|ния|ният) срок|пробни рад|प्रोबेशन(?: अवधि| पीरियड)?|परिवीक्षा(?: अवधि)?|دوره (?:ی )?(?:آزمایشی|آزمایش|پروبیشن)|مدت آزمایشی',
};

/** "No probation" and the like: probation of zero months. */
export const NO_PROBATION =
  /\bno probation|without (?:a )?probation|keine Probezeit|ohne Probezeit|sans période d['’]essai|sin periodo de prueba|không (?:có )?thử việc|試用期間[:：\s]*(?:なし|無し|無)/iu;

/** Paid annual leave in several languages (not "年間休日": annual days off counting weekends). */
export const LEAVE_WORDS = {
  latin:
    'annual leave|paid leave|paid annual leave|leave days|days leave|vacation|vacations|holidays?|holiday allowance|paid time off|PTO|days off per year|Urlaub|Urlaubstage?n?|Jahresurlaub|Urlaubsanspruch|Erholungsurlaub|Ferien|Ferientage?n?|congés? payés|congés annuels|jours de congés?|congés|vacances|CP|vacaciones|días libres|ferie|giorni di ferie|férias|vakantiedagen|verlofdagen|vakantie|verlof|urlop(?:u)?(?: wypoczynkow(?:y|ego))?|płatn(?:ej|ego) (?:przerwy|urlopu|wolnego)|dni wolnych|dovolen(?:á|é|ou)|dovolenky|semester|semesterdagar|feriedage|feriedager|vuosiloma|lomapäivää|concediu(?: de odihnă)?|szabadság|yıllık izin|yıllık ücretli izin|ücretli izin|izin|phép năm|phép|nghỉ phép|cuti tahunan|cuti|godišnj(?:i|eg|ega) odmor(?:a)?|letn(?:i|ega) dopust(?:a)?|dopust(?:a)?|(?:kasmetinės )?atostog(?:os|ų|as)|(?:põhi)?puhkus(?:t|e|ega)?',
  cjk: '年次有給休暇|有給休暇|有給|有休|年休|带薪年假|带薪假期|带薪休假|帶薪年假|帶薪休假|特別休假|特休|年假|연차(?:\\s*휴가)?|유급휴가|วันลาพักร้อน|วันหยุดพักร้อน|отпуск(?:а)?|відпустк[аи]|إجازة سنوية(?: مدفوعة(?: الأجر)?)?|إجازة مدفوعة(?: الأجر)?|άδεια(?:ς)?|ימי חופשה|חופשה(?: שנתית)?|छुट्ट(?:ियाँ|ियां|ियों|ी)|अवकाश|مرخصی(?: استحقاقی| سالانه| با حقوق)?',
};

/** What may stand between "25 days" and the leave word: "25 days of paid vacation", "30 Tage bezahlter Urlaub". */
export const LEAVE_GAP =
  /^(?:[\s()（）,:：+'’/]|of|de|der|des|di|del|paid|annual|fully paid|bezahlte[nr]?|payés?|pagad[oa]s|retribuid[oa]s|retribuite|remunerad[oa]s|ücretli|yıllık|оплачиваемого|оплачиваемый|ежегодного|ежегодный|оплачуваної|оплачувана|щорічної|щорічна|betald(?:a)?|betalt|placen(?:é|ých)|per year|a year|p\.a\.|\/year|per annum|jährlich|im Jahr|pro Jahr|par an|al año|all'anno|năm|\/năm|mỗi năm|платен|годишен|платения|годишния|در سال)*$/iu;

/** Leave that is not paid annual leave, or days that are not leave at all. */
export const NOT_PAID_LEAVE =
  /(?:sick|illness|unpaid|parental|maternity|paternity|study|compassionate|bereavement|volunteer(?:ing)?|wellness|mental health|learning|education|training|carer'?s?|family|birthday|bank|public|national|statutory|federal|Sonderurlaub|Bildungsurlaub|Elternzeit|Krankheit|Feiertage?|maternité|paternité|parental|maladie|fériés?|festivos?|enfermedad|ốm|lễ|病気|祝日|産休|育休|特別休暇)\s*$/iu;

/** After a number of days: it counts something per week (office days), not leave. */
export const PER_WEEK =
  /^\s*(?:a|per|each|every|\/|pro|par|por|mỗi|in the|in)\s*(?:week|wk|Woche|semaine|semana|tuần|office|Büro)/iu;

/** After a number of days: per month ("1 ngày phép mỗi tháng", "2,5 jours par mois"): times twelve. */
export const PER_MONTH =
  /^\s*(?:(?:of \S+ )?(?:leave|phép|congés?)\s*)?(?:a|per|each|every|\/|pro|par|por|mỗi)\s*(?:month|Monat|mois|mes|tháng)/iu;

/** Unlimited leave: no number, unless a guaranteed minimum is stated. */
export const UNLIMITED_LEAVE =
  /unlimited|uncapped|limitless|flexible (?:PTO|vacation|time off|holidays?)|unbegrenzte?[nr]?|unbegrenzt|illimités?|ilimitad[oa]s?|無制限|không giới hạn/iu;

/** A guaranteed minimum next to unlimited leave: "with a 20-day minimum", "at least 25 days". */
export const LEAVE_MINIMUM =
  /(\d{1,2})[- ]day minimum|(?:minimum(?: of)?|at least|min\.|mindestens|au moins|al menos)\s*(\d{1,2})\s*(?:days?|Tage|jours|días)/iu;
